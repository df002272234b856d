using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Quzhou.Governance.Claims;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Figures;

namespace Quzhou.Governance.Cli;

/// <summary>The panel checked: every claim with its verdicts (from <see cref="ClaimChecker"/>), in the file's order,
/// and the words to print them in; it computes nothing itself.</summary>
internal sealed class ReviewReport
{
    private ReviewReport(string dataName, string claimsName, DataSet data, IReadOnlyList<Claim> claims, IReadOnlyList<(Claim Claim, ClaimVerdict Verdict)> rows, bool chinese)
    {
        DataName = dataName;
        ClaimsName = claimsName;
        Data = data;
        Claims = claims;
        Rows = rows;
        Chinese = chinese;
        Targets = data.Targets.Select(t => ReviewTarget.Of(t, data)).ToList();
    }

    /// <summary>How many claims pass between two progress reports.</summary>
    internal const int ProgressStep = 500;

    /// <summary>Fewer claims than this are checked without a progress line (they take well under a second).</summary>
    internal const int ProgressThreshold = 2000;

    internal string DataName { get; }

    internal string ClaimsName { get; }

    internal DataSet Data { get; }

    internal IReadOnlyList<Claim> Claims { get; }

    internal IReadOnlyList<(Claim Claim, ClaimVerdict Verdict)> Rows { get; }

    internal bool Chinese { get; }

    /// <summary>The data set's plan targets, each with its progress on the data (时间过半、任务过半), in the data set's order.</summary>
    internal IReadOnlyList<ReviewTarget> Targets { get; }

    internal string TargetsTitle => Chinese ? "规划目标进度" : "Progress against plan targets";

    internal string[] TargetHeaders => Chinese
        ? ["指标", "规划", "目标", "最新值", "期间", "完成进度", "时间进度", "结论"]
        : ["Indicator", "Plan", "Target", "Latest", "Period", "Task done", "Time elapsed", "Verdict"];

    /// <summary>A target's cells, in the order of <see cref="TargetHeaders"/>.</summary>
    internal string[] TargetCells(ReviewTarget target) =>
    [
        target.Indicator(Chinese), target.PlanName(Chinese), target.TargetText(Chinese), target.Latest, target.LatestPeriodText(Chinese),
        target.Achieved, target.Elapsed(Chinese), target.Verdict(Chinese),
    ];

    internal string Lang => Chinese ? "zh" : "en";

    /// <summary>Checks every claim; <paramref name="sources"/>, for claims read from text, says where each came from;
    /// <paramref name="progress"/>, when given, hears (claims done, claims in all) every
    /// <see cref="ProgressStep"/> claims and at the end.</summary>
    internal static ReviewReport Check(string dataName, string claimsName, DataSet data, IReadOnlyList<Claim> claims, bool chinese, IReadOnlyDictionary<string, TextSource>? sources = null, Action<int, int>? progress = null)
    {
        var rows = new List<(Claim, ClaimVerdict)>();
        for (var i = 0; i < claims.Count; i++)
        {
            var claim = claims[i];
            foreach (var verdict in ClaimChecker.Check(claim, data))
            {
                rows.Add((claim, verdict));
            }

            if (progress is not null && ((i + 1) % ProgressStep == 0 || i + 1 == claims.Count))
            {
                progress(i + 1, claims.Count);
            }
        }

        return new ReviewReport(dataName, claimsName, data, claims, rows, chinese) { Sources = sources };
    }

    /// <summary>Where each claim came from in its text (<c>qzgov check</c>), by claim id; null for a claims file.</summary>
    internal IReadOnlyDictionary<string, TextSource>? Sources { get; private init; }

    /// <summary>Where the claim came from, or null.</summary>
    internal TextSource? SourceOf(Claim claim) => Sources is { } sources && sources.TryGetValue(claim.Id, out var source) ? source : null;

    internal int Count(ClaimVerdictKind kind) => Rows.Count(r => r.Verdict.Kind == kind);

    /// <summary>0 when nothing is contradicted, 1 when something is (or, strict, is ambiguous or unverifiable).</summary>
    internal int ExitCode(bool strict) =>
        Rows.Any(r => r.Verdict.Kind == ClaimVerdictKind.Contradicted
            || (strict && r.Verdict.Kind is ClaimVerdictKind.Ambiguous or ClaimVerdictKind.Unverifiable))
            ? Program.Contradicted
            : Program.Success;

    internal string Title => Chinese ? "“数说五年”核验" : "“数说五年”: the five-year figures checked";

    internal string Summary => Chinese
        ? string.Format(CultureInfo.InvariantCulture, "{0}项公布数据、{1}个数字，对照 {2}：成立{3}，不成立{4}，有歧义{5}，无法计算{6}，无法核验{7}，仅与初次公布数据相符{8}。", Claims.Count, Rows.Count, DataName, Count(ClaimVerdictKind.Holds), Count(ClaimVerdictKind.Contradicted), Count(ClaimVerdictKind.Ambiguous), Count(ClaimVerdictKind.Undefined), Count(ClaimVerdictKind.Unverifiable), Count(ClaimVerdictKind.HoldsOnEarlierVintageOnly))
        : string.Format(CultureInfo.InvariantCulture, "{0} claims, {1} figures, checked against {2}: {3} hold, {4} contradicted, {5} ambiguous, {6} undefined, {7} unverifiable, {8} hold on the first release only.", Claims.Count, Rows.Count, DataName, Count(ClaimVerdictKind.Holds), Count(ClaimVerdictKind.Contradicted), Count(ClaimVerdictKind.Ambiguous), Count(ClaimVerdictKind.Undefined), Count(ClaimVerdictKind.Unverifiable), Count(ClaimVerdictKind.HoldsOnEarlierVintageOnly));

    internal string[] Headers => Chinese
        ? ["指标", "公布", "重算值", "期间", "结论"]
        : ["Indicator", "Published", "Recomputed", "Period", "Verdict"];

    internal string ExplanationHeader => Chinese ? "说明" : "Explanation";

    internal string KindWord(ClaimVerdictKind kind) => kind switch
    {
        ClaimVerdictKind.Holds => Chinese ? "成立" : "holds",
        ClaimVerdictKind.Contradicted => Chinese ? "不成立" : "contradicted",
        ClaimVerdictKind.Ambiguous => Chinese ? "有歧义" : "ambiguous",
        ClaimVerdictKind.Undefined => Chinese ? "无法计算" : "undefined",
        ClaimVerdictKind.Unverifiable => Chinese ? "无法核验" : "unverifiable",
        _ => Chinese ? "仅初次公布相符" : "first release only",
    };

    internal static string KindCode(ClaimVerdictKind kind) => kind switch
    {
        ClaimVerdictKind.Holds => "holds",
        ClaimVerdictKind.Contradicted => "contradicted",
        ClaimVerdictKind.Ambiguous => "ambiguous",
        ClaimVerdictKind.Undefined => "undefined",
        ClaimVerdictKind.Unverifiable => "unverifiable",
        _ => "holds-on-earlier-vintage-only",
    };

    internal static string ReadingCode(ClaimReadingKind kind) => kind switch
    {
        ClaimReadingKind.PercentagePoints => "percentage-points",
        ClaimReadingKind.RelativeChange => "relative-change",
        ClaimReadingKind.WholePlan => "whole-plan",
        ClaimReadingKind.SameSpan => "same-span",
        ClaimReadingKind.LatestYearAgainstYearsBefore => "latest-year-against-years-before",
        ClaimReadingKind.RecentYearsAgainstPrecedingYears => "recent-years-against-preceding-years",
        ClaimReadingKind.DifferenceFromPreviousYear => "difference-from-previous-year",
        ClaimReadingKind.TotalOfPeriod => "total-of-period",
        _ => "as-worded",
    };

    internal string ReadingWord(ClaimReadingKind kind) => kind switch
    {
        ClaimReadingKind.PercentagePoints => Chinese ? "百分点" : "points",
        ClaimReadingKind.RelativeChange => Chinese ? "相对变化" : "relative",
        ClaimReadingKind.WholePlan => Chinese ? "上一规划全期" : "whole plan",
        ClaimReadingKind.SameSpan => Chinese ? "上一规划同期" : "same span",
        ClaimReadingKind.LatestYearAgainstYearsBefore => Chinese ? "末年对比" : "latest year",
        ClaimReadingKind.RecentYearsAgainstPrecedingYears => Chinese ? "近年对比" : "recent years",
        ClaimReadingKind.DifferenceFromPreviousYear => Chinese ? "与上年之差" : "difference",
        ClaimReadingKind.TotalOfPeriod => Chinese ? "本期合计" : "total",
        _ => Chinese ? "按字面" : "as worded",
    };

    /// <summary>The subject's words: the claim's, as printed; in English the claim's English words or the indicator's
    /// English name from the catalog, the Chinese words only when there is neither.</summary>
    internal string SubjectText(ClaimVerdict verdict) =>
        !Chinese && verdict.SubjectEnglishName is { } english ? english : verdict.Subject.Text;

    /// <summary>The recomputed value as shown in a table: at the figure's precision with what decides it (the exact
    /// fraction of counts, or two more decimals; <see cref="ClaimVerdict.FormatValue"/>); for an ambiguous figure,
    /// each reading that fits, rounded to two more decimals than the figure prints.</summary>
    internal string Recomputed(ClaimVerdict verdict)
    {
        switch (verdict.Kind)
        {
            case ClaimVerdictKind.Ambiguous:
                var fitting = verdict.Readings.Where(r => r.Fits).ToList();
                return fitting.Count == 0
                    ? (Chinese ? "均不相符" : "none fits")
                    : string.Join(Chinese ? "；" : "; ", fitting.Select(r => ReadingWords(r) + " " + Show(r.Value, verdict.Figure)));
            case ClaimVerdictKind.HoldsOnEarlierVintageOnly:
                return (verdict.Value is { } first ? Show(first, verdict.Figure) : "—") + " → " + (verdict.RevisedValue is { } revised ? Show(revised, verdict.Figure) : "—");
            default:
                return verdict.FormatValue(Lang, null);
        }
    }

    /// <summary>A reading's words, with its measure (百分点, 相对变化) when it has one of its own.</summary>
    internal string ReadingWords(ClaimReading reading) =>
        reading.Measure == ClaimReadingKind.AsWorded || reading.Measure == reading.Kind || reading.Kind == ClaimReadingKind.AsWorded
            ? ReadingWord(reading.Measure == ClaimReadingKind.AsWorded ? reading.Kind : reading.Measure)
            : ReadingWord(reading.Kind) + (Chinese ? "·" : ", ") + ReadingWord(reading.Measure);

    internal string PeriodText(ClaimVerdict verdict) =>
        verdict.Period is { } period ? period.ToString(Chinese ? "zh" : "I", null) : verdict.Kind == ClaimVerdictKind.Ambiguous ? string.Join(Chinese ? "；" : "; ", verdict.Readings.Where(r => r.Fits).Select(r => r.Period.ToString(Chinese ? "zh" : "I", null))) : "—";

    internal string Explanation(ClaimVerdict verdict) => verdict.ToString(Lang, null);

    internal static string Show(decimal value, PublishedFigure figure)
    {
        var decimals = Math.Min(figure.Decimals + 2, 10);
        var rounded = decimal.Round(value, decimals, MidpointRounding.AwayFromZero);
        return rounded.ToString(CultureInfo.InvariantCulture);
    }
}
