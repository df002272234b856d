using System;
using System.Globalization;
using NodaTime;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Claims;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Figures;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Periods;

namespace Quzhou.Governance.Cli;

/// <summary>
/// One plan target of the data set and how far it has come (时间过半、任务过半), for the review's progress section. The
/// progress is the library's: <see cref="ClaimChecker"/> checks a <see cref="ClaimKind.PlanProgress"/> claim over the
/// target's whole plan on the latest data and its verdict carries the <see cref="TargetProgress"/> (a flow's level on
/// the last whole year, a cumulative target's total so far); this class only chooses the words.
/// </summary>
internal sealed class ReviewTarget
{
    private ReviewTarget(DataSetTarget target, TargetProgress? progress, string? missing)
    {
        Target = target;
        Progress = progress;
        Missing = missing;
    }

    internal DataSetTarget Target { get; }

    /// <summary>The progress, or null when the data set has no series of the target's indicator in its region.</summary>
    internal TargetProgress? Progress { get; }

    /// <summary>What is missing when there is no progress.</summary>
    internal string? Missing { get; }

    internal PlanTarget Plan => Target.Target;

    /// <summary>The target's progress on <paramref name="data"/> (as every figure is judged, on the latest vintage).</summary>
    internal static ReviewTarget Of(DataSetTarget target, DataSet data)
    {
        var indicator = target.Indicator;
        var claim = new Claim(
            "target:" + target.Plan.Ordinal.ToString(CultureInfo.InvariantCulture) + ":" + indicator.Code + ":" + target.Region,
            ClaimKind.PlanProgress,
            [new ClaimSubject(indicator.ChineseName, indicator.Code)],
            [PublishedFigure.Parse("0%")],
            ClaimBase.None,
            target.Region,
            LocalDate.MaxIsoValue,
            target.Plan.Period);
        var verdict = ClaimChecker.Check(claim, data)[0];
        return new ReviewTarget(target, verdict.Progress, verdict.Progress is null ? string.Join("; ", verdict.Missing) : null);
    }

    /// <summary>A code for the verdict: met, on-track, behind, undetermined (no current value), no-data (no series).</summary>
    internal string Code => Progress switch
    {
        null => "no-data",
        { IsTargetMet: true } => "met",
        { IsOnTrack: true } => "on-track",
        { IsOnTrack: false } => "behind",
        _ => "undetermined",
    };

    /// <summary>The verdict in words: 已完成; 时间过半、任务过半 (or, before half the time, 进度达标); 时间过半、任务未过半
    /// (or 进度滞后); 无法判定; 无数据.</summary>
    internal string Verdict(bool chinese)
    {
        var overHalfTime = Progress is { MonthsElapsed: >= 30 };
        var underHalfTask = Progress is { IsDefined: true } p && p.AchievedShare < 0.5m;
        return Code switch
        {
            "met" => chinese ? "已完成" : "target met",
            "on-track" => overHalfTime
                ? chinese ? "时间过半、任务过半" : "on track: over half the time, over half the task"
                : chinese ? "进度达标" : "on track",
            "behind" => overHalfTime && underHalfTask
                ? chinese ? "时间过半、任务未过半" : "behind: over half the time, under half the task"
                : chinese ? "进度滞后" : "behind the time elapsed",
            "undetermined" => chinese ? "无法判定" : "undetermined",
            _ => chinese ? "无数据" : "no data",
        };
    }

    internal string Indicator(bool chinese) => chinese || Plan.Indicator.EnglishName.Length == 0 ? Plan.Indicator.ChineseName : Plan.Indicator.EnglishName;

    internal string PlanName(bool chinese) => chinese ? "“" + Plan.Plan.ShortName + "”" : Plan.Plan.EnglishName;

    /// <summary>The target as set: 不低于4000（基期2742，预期性）, 累计200000, 年均增长5%（基期…）.</summary>
    internal string TargetText(bool chinese)
    {
        var commitment = Plan.Commitment == TargetCommitment.Binding ? (chinese ? "约束性" : "binding") : (chinese ? "预期性" : "expected");
        var baseText = Number(Plan.BaseValue, asSet: true);
        var (words, value) = Plan.Kind switch
        {
            PlanTargetKind.LevelAtLeast => (chinese ? "不低于" : "at least ", Number(Plan.TargetValue, asSet: true)),
            PlanTargetKind.LevelAtMost => (chinese ? "不高于" : "at most ", Number(Plan.TargetValue, asSet: true)),
            PlanTargetKind.Cumulative => (chinese ? "累计" : "in total ", Number(Plan.TargetValue, asSet: true)),
            _ => (chinese ? "年均增长" : "growth a year ", Percent(Plan.AnnualRate * 100m)),
        };
        var detail = Plan.Kind == PlanTargetKind.Cumulative
            ? commitment
            : (chinese ? "基期" : "base ") + baseText + (chinese ? "，" : ", ") + commitment;
        return words + value + (chinese ? "（" + detail + "）" : " (" + detail + ")");
    }

    /// <summary>The latest value the progress is measured on: the level (a flow's last whole year), or the total so far.</summary>
    internal string Latest => Progress?.Current is { } current ? Number(current, asSet: false) : "—";

    /// <summary>The period of <see cref="Latest"/>: the total's span, a flow's year, a stock's or rate's month.</summary>
    internal CalendarPeriod? LatestPeriod
    {
        get
        {
            if (Progress is not { MonthsElapsed: > 0 } progress || progress.Current is null)
            {
                return null;
            }

            var first = Plan.Plan.FirstYear * 12;
            var last = first + progress.MonthsElapsed - 1;
            return Plan.Kind == PlanTargetKind.Cumulative ? CalendarPeriod.ForMonths(Month(first), Month(last))
                : Plan.Indicator.MeasureKind == MeasureKind.Flow && Plan.Indicator is QuantityIndicator ? CalendarPeriod.ForYear(last / 12)
                : CalendarPeriod.ForMonth(Month(last));
        }
    }

    private static YearMonth Month(int index) => new(index / 12, (index % 12) + 1);

    internal string LatestPeriodText(bool chinese) => LatestPeriod is { } period ? period.ToString(chinese ? "zh" : "I", null) : "—";

    /// <summary>The share of the task done, in percent to two decimals (四舍五入), or — when undefined.</summary>
    internal string Achieved => Progress?.ToAchievedPercent(2) is { } percent ? Share(percent) : "—";

    /// <summary>The share of the plan's time elapsed: 96.67%（58/60个月）.</summary>
    internal string Elapsed(bool chinese) => Progress is { } progress
        ? Share(progress.ToElapsedPercent(2)) + (chinese ? "（" : " (") + progress.MonthsElapsed.ToString(CultureInfo.InvariantCulture) + "/60" + (chinese ? "个月）" : " months)")
        : "—";

    /// <summary>The library's sentence for the progress, or what is missing.</summary>
    internal string Explanation(bool chinese) => Progress is { } progress
        ? progress.ToString(chinese ? "zh" : "G", null)
        : (chinese ? "无法核验：缺少 " : "no data: missing ") + Missing;

    /// <summary>A value in the target's unit: as set (<paramref name="asSet"/>: the target file's base and target, at the
    /// decimals the file printed them with, 95.50 stays 95.50), or as computed (the latest level: a rate at two decimals,
    /// 四舍五入, like the shares beside it; a count as the integer it is).</summary>
    private string Number(decimal value, bool asSet)
    {
        if (Plan.Indicator is RateIndicator)
        {
            return asSet ? Percent(value) : Share(decimal.Round(value, 2, MidpointRounding.AwayFromZero));
        }

        // Amounts are kept in 分 and printed in 元 with their 分.
        return Plan.Indicator is AmountIndicator
            ? (value / 100m).ToString("F2", CultureInfo.InvariantCulture) + "元"
            : value.ToString(CultureInfo.InvariantCulture);
    }

    private static string Share(decimal percent) => percent.ToString("F2", CultureInfo.InvariantCulture) + "%";

    private static string Percent(decimal value) => value.ToString(CultureInfo.InvariantCulture) + "%";
}
