using System;
using System.Globalization;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Quantities;

namespace Quzhou.Governance.Calculations;

/// <summary>
/// How far a <see cref="PlanTarget"/> has come (“时间过半、任务过半”): the share of the target achieved against
/// the share of the plan's 60 months elapsed in months of data, whether that is on track, whether the target is
/// already met, and the annual growth the remaining months need.
/// </summary>
/// <remarks>
/// <para>Share achieved, exact in <see cref="decimal"/>: for a level target (current − base) / (target − base),
/// linear; for a cumulative one total / target; for a growth target compound, ln(current / base) / ln((1 + g)⁵),
/// the fraction of the five years' compound growth done (logarithms in decimal, about 26 digits). A share
/// above 1 (beyond the target) or below 0 (moving away from it) is reported as it is, never clamped.</para>
/// <para>On track: share achieved ≥ months / 60, decided by cross-multiplication for levels and totals, and
/// ln-free for growth: current ≥ base·(1 + g)^(months/12) (≤ for a falling target), exact for whole years.
/// A hold target (target = base) or a growth of 0 has no share (<see cref="UndefinedReason.ZeroDenominator"/>)
/// but is on track while the level is met.</para>
/// </remarks>
public sealed class TargetProgress : IEquatable<TargetProgress>, IFormattable
{
    private readonly decimal share;
    private readonly decimal? current;

    private TargetProgress(PlanTarget target, int months, decimal? current, UndefinedReason reason, decimal share, bool? onTrack, bool? met)
    {
        Target = target;
        MonthsElapsed = months;
        this.current = current;
        Reason = reason;
        this.share = reason == UndefinedReason.None ? share : 0m;
        IsOnTrack = onTrack;
        IsTargetMet = met;
    }

    /// <summary>The target.</summary>
    public PlanTarget Target { get; }

    /// <summary>The months of data since the plan's start, 0–60 (2023-06 is 30 in the 14th plan).</summary>
    public int MonthsElapsed { get; }

    /// <summary>The months of the plan still ahead, 60 − <see cref="MonthsElapsed"/>.</summary>
    public int MonthsRemaining => 60 - MonthsElapsed;

    /// <summary>The share of the plan's time elapsed, <see cref="MonthsElapsed"/> / 60.</summary>
    public decimal ElapsedShare => MonthsElapsed / 60m;

    /// <summary>The current level, or the total so far for a cumulative target; null when there is none (no data, a gap).</summary>
    public decimal? Current => current;

    /// <summary>Why the share achieved is undefined, or <see cref="UndefinedReason.None"/>.</summary>
    public UndefinedReason Reason { get; }

    /// <summary>Whether the share achieved is defined.</summary>
    public bool IsDefined => Reason == UndefinedReason.None;

    /// <summary>The share of the target achieved as a fraction (0.48 for 48%; above 1 beyond the target).</summary>
    /// <exception cref="InvalidOperationException">The share is undefined.</exception>
    public decimal AchievedShare
    {
        get
        {
            if (!IsDefined)
            {
                Preconditions.ThrowInvalidOperation("The share achieved is undefined: " + Reason.ToString() + ".");
            }

            return share;
        }
    }

    /// <summary>Whether the share achieved keeps pace with the time elapsed; null without a current value.</summary>
    public bool? IsOnTrack { get; }

    /// <summary>Whether the current value already meets the target (the five years' total, for a cumulative one); null without a current value.</summary>
    public bool? IsTargetMet { get; }

    /// <summary>
    /// The average annual growth the remaining months need to bring the current level to the target level:
    /// (target / current)^(12 / remaining months) − 1, its <see cref="AnnualGrowth.Years"/> the remaining months
    /// in years rounded up. Undefined (<see cref="UndefinedReason.ZeroCurrent"/>) from a current 0; −100% to a
    /// target of 0. Null for a cumulative target, when no months remain, or without a current value.
    /// </summary>
    /// <exception cref="OverflowException">The growth needed is beyond <see cref="decimal"/> (more than 10²⁸-fold in a year).</exception>
    public AnnualGrowth? RequiredAnnualGrowth
    {
        get
        {
            if (current is not { } value || Target.Kind == PlanTargetKind.Cumulative || MonthsRemaining == 0)
            {
                return null;
            }

            var remaining = MonthsRemaining;
            var years = (remaining + 11) / 12;
            if (value == 0)
            {
                return new AnnualGrowth(0m, years, UndefinedReason.ZeroCurrent);
            }

            if (Target.TargetValue == 0)
            {
                return new AnnualGrowth(-1m, years, UndefinedReason.None);
            }

            var perMonth = Growth.Root(Target.TargetValue / value, remaining);
            return new AnnualGrowth(DecimalMath.Pow(perMonth, 12) - 1m, years, UndefinedReason.None);
        }
    }

    /// <summary>The share achieved in percent, rounded half away from zero; null when undefined.</summary>
    /// <param name="decimals">The decimals wanted, 0–20.</param>
    /// <returns>The percentage, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is out of range.</exception>
    public decimal? ToAchievedPercent(int decimals)
    {
        Preconditions.CheckArgumentRange(nameof(decimals), decimals, 0, 20);
        return IsDefined ? Rounding.HalfAwayFromZero(share * 100m, decimals) : null;
    }

    /// <summary>The share of time elapsed in percent, rounded half away from zero (30 months: 50).</summary>
    /// <param name="decimals">The decimals wanted, 0–20.</param>
    /// <returns>The percentage.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is out of range.</exception>
    public decimal ToElapsedPercent(int decimals)
    {
        Preconditions.CheckArgumentRange(nameof(decimals), decimals, 0, 20);
        return Rounding.HalfAwayFromZero(MonthsElapsed * 100m / 60m, decimals);
    }

    /// <inheritdoc />
    public bool Equals(TargetProgress? other) =>
        other is not null && Target.Equals(other.Target) && MonthsElapsed == other.MonthsElapsed && current == other.current
        && Reason == other.Reason && share == other.share && IsOnTrack == other.IsOnTrack && IsTargetMet == other.IsTargetMet;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TargetProgress);

    /// <inheritdoc />
    public override int GetHashCode() => HashCodes.Combine(Target.GetHashCode(), MonthsElapsed, share.GetHashCode(), (int)Reason);

    /// <summary>For diagnostics: <c>achieved 49.15% in 50% of the time (30 of 60 months): behind</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var achieved = IsDefined
            ? "achieved " + ToAchievedPercent(2)!.Value.ToString(CultureInfo.InvariantCulture) + "%"
            : "share undefined (" + Reason.ToString() + ")";
        var pace = IsOnTrack switch
        {
            true => "on track",
            false => "behind",
            null => "undetermined",
        };
        return achieved + " in " + ToElapsedPercent(2).ToString(CultureInfo.InvariantCulture) + "% of the time ("
            + MonthsElapsed.ToString(CultureInfo.InvariantCulture) + " of 60 months): " + pace;
    }

    /// <summary>
    /// The progress as text: <c>G</c> (or null) as <see cref="ToString()"/>; <c>zh</c>, or a zh culture, in Chinese:
    /// “已完成49.15%，时间进度50.00%（60个月中的30个月）：进度滞后”; an undefined share says why in the words of
    /// <see cref="UndefinedReasonWords"/> (“完成比例无法计算（本期值为0）…”).
    /// </summary>
    /// <param name="format"><c>G</c>, <c>zh</c> or null.</param>
    /// <param name="formatProvider">A zh culture makes <c>zh</c> the default.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is not one of the documented ones.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        if (!OutcomeWords.IsChinese(format, formatProvider))
        {
            return ToString();
        }

        var words = UndefinedReasonWords.For(Reason, chinese: true);
        var achieved = IsDefined
            ? "已完成" + ToAchievedPercent(2)!.Value.ToString(CultureInfo.InvariantCulture) + "%"
            : "完成比例" + words;
        var pace = IsOnTrack switch
        {
            true => "进度达标",
            false => "进度滞后",
            null => "进度无法判定",
        };
        return achieved + "，时间进度" + ToElapsedPercent(2).ToString(CultureInfo.InvariantCulture) + "%（60个月中的"
            + MonthsElapsed.ToString(CultureInfo.InvariantCulture) + "个月）：" + pace;
    }

    internal static TargetProgress Undefined(PlanTarget target, int months, UndefinedReason reason) =>
        new(target, months, null, reason, 0m, null, null);

    internal static TargetProgress Compute(PlanTarget target, decimal current, int months)
    {
        switch (target.Kind)
        {
            case PlanTargetKind.Cumulative:
                return new TargetProgress(target, months, current, UndefinedReason.None, current / target.TargetValue, current * 60 >= target.TargetValue * months, current >= target.TargetValue);
            case PlanTargetKind.AverageAnnualGrowth:
                return Growing(target, current, months);
            default:
                var met = target.Kind == PlanTargetKind.LevelAtMost ? current <= target.TargetValue : current >= target.TargetValue;
                var numerator = current - target.BaseValue;
                var denominator = target.TargetValue - target.BaseValue;
                if (denominator == 0)
                {
                    return new TargetProgress(target, months, current, UndefinedReason.ZeroDenominator, 0m, met, met);
                }

                if (denominator < 0)
                {
                    numerator = -numerator;
                    denominator = -denominator;
                }

                return new TargetProgress(target, months, current, UndefinedReason.None, numerator / denominator, numerator * 60 >= denominator * months, met);
        }
    }

    private static TargetProgress Growing(PlanTarget target, decimal current, int months)
    {
        var rate = target.AnnualRate;
        var factor = 1m + rate;
        if (rate == 0)
        {
            var held = current >= target.BaseValue;
            return new TargetProgress(target, months, current, UndefinedReason.ZeroDenominator, 0m, held, held);
        }

        // ln-free: the level growing at the target rate would have reached by now.
        var expected = months % 12 == 0
            ? target.BaseValue * DecimalMath.Pow(factor, months / 12)
            : target.BaseValue * DecimalMath.Pow(Growth.Root(factor, 12), months);
        var onTrack = rate > 0 ? current >= expected : current <= expected;
        var met = rate > 0 ? current >= target.TargetValue : current <= target.TargetValue;
        if (current == 0)
        {
            return new TargetProgress(target, months, current, UndefinedReason.ZeroCurrent, 0m, onTrack, met);
        }

        var share = DecimalMath.Ln(current / target.BaseValue) / (5 * DecimalMath.Ln(factor));
        return new TargetProgress(target, months, current, UndefinedReason.None, share, onTrack, met);
    }
}
