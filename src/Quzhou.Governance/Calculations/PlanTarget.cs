using System;
using System.Globalization;
using NodaTime;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Periods;
using Quzhou.Governance.Quantities;

namespace Quzhou.Governance.Calculations;

/// <summary>
/// A target a Five-Year Plan sets for one indicator: its base-year value (the year before the plan's first,
/// 2020 for the 14th), the target, the <see cref="PlanTargetKind"/> and the <see cref="TargetCommitment"/>
/// (约束性 or 预期性). Counts and amounts (in 分) are <see cref="long"/>s, rates <see cref="Percentage"/>s;
/// all are kept exactly as <see cref="decimal"/>s. Immutable; equal when every field is equal.
/// </summary>
/// <remarks>
/// A level target points one way: a ceiling (<see cref="PlanTargetKind.LevelAtMost"/>) is not above its base
/// and a floor not below it; a target equal to its base is a hold (保持), whose share achieved is undefined
/// (<see cref="UndefinedReason.ZeroDenominator"/>) but whose being on track is not.
/// </remarks>
public sealed class PlanTarget : IEquatable<PlanTarget>
{
    private PlanTarget(FiveYearPlan plan, Indicator indicator, PlanTargetKind kind, TargetCommitment commitment, decimal baseValue, decimal targetValue, decimal annualRate)
    {
        Plan = plan;
        Indicator = indicator;
        Kind = kind;
        Commitment = commitment;
        BaseValue = baseValue;
        TargetValue = targetValue;
        AnnualRate = annualRate;
    }

    /// <summary>The plan the target belongs to.</summary>
    public FiveYearPlan Plan { get; }

    /// <summary>The indicator the target is set for.</summary>
    public Indicator Indicator { get; }

    /// <summary>What the target asks.</summary>
    public PlanTargetKind Kind { get; }

    /// <summary>约束性 (binding) or 预期性 (expected).</summary>
    public TargetCommitment Commitment { get; }

    /// <summary>The base year, the year before the plan's first: 2020 for the 14th plan.</summary>
    public int BaseYear => Plan.FirstYear - 1;

    /// <summary>The base-year value (a count, 分, or a percentage's value); 0 for a <see cref="PlanTargetKind.Cumulative"/> target.</summary>
    public decimal BaseValue { get; }

    /// <summary>
    /// The target: the last year's level for a level target, the five years' total for a cumulative one, and
    /// for a growth target the level it implies, base·(1 + rate)⁵, exact in <see cref="decimal"/>.
    /// </summary>
    public decimal TargetValue { get; }

    /// <summary>The average annual growth asked, as a fraction (0.05 for 5%); 0 unless <see cref="Kind"/> is <see cref="PlanTargetKind.AverageAnnualGrowth"/>.</summary>
    public decimal AnnualRate { get; }

    /// <summary>A floor for a count or amount: at least <paramref name="target"/> in the plan's last year.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="indicator">A count or amount indicator.</param>
    /// <param name="baseValue">The base-year value, not negative.</param>
    /// <param name="target">The floor, not below <paramref name="baseValue"/>.</param>
    /// <param name="commitment">Binding or expected.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative.</exception>
    /// <exception cref="ArgumentException">The floor is below the base.</exception>
    public static PlanTarget AtLeast(FiveYearPlan plan, QuantityIndicator indicator, long baseValue, long target, TargetCommitment commitment)
    {
        Preconditions.CheckNotNull(indicator, nameof(indicator));
        CheckCounts(baseValue, target);
        return Level(plan, indicator, PlanTargetKind.LevelAtLeast, commitment, baseValue, target);
    }

    /// <summary>A ceiling for a count or amount: at most <paramref name="target"/> in the plan's last year.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="indicator">A count or amount indicator.</param>
    /// <param name="baseValue">The base-year value, not negative.</param>
    /// <param name="target">The ceiling, not above <paramref name="baseValue"/>.</param>
    /// <param name="commitment">Binding or expected.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative.</exception>
    /// <exception cref="ArgumentException">The ceiling is above the base.</exception>
    public static PlanTarget AtMost(FiveYearPlan plan, QuantityIndicator indicator, long baseValue, long target, TargetCommitment commitment)
    {
        Preconditions.CheckNotNull(indicator, nameof(indicator));
        CheckCounts(baseValue, target);
        return Level(plan, indicator, PlanTargetKind.LevelAtMost, commitment, baseValue, target);
    }

    /// <summary>A floor for a rate: at least <paramref name="target"/> in the plan's last year (95% → 98%).</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="indicator">A rate indicator.</param>
    /// <param name="baseValue">The base-year rate.</param>
    /// <param name="target">The floor, not below <paramref name="baseValue"/>.</param>
    /// <param name="commitment">Binding or expected.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A rate is negative, or above 100% for a share.</exception>
    /// <exception cref="ArgumentException">The floor is below the base.</exception>
    public static PlanTarget AtLeast(FiveYearPlan plan, RateIndicator indicator, Percentage baseValue, Percentage target, TargetCommitment commitment)
    {
        Preconditions.CheckNotNull(indicator, nameof(indicator));
        CheckRates(indicator, baseValue, target);
        return Level(plan, indicator, PlanTargetKind.LevelAtLeast, commitment, baseValue.Value, target.Value);
    }

    /// <summary>A ceiling for a rate: at most <paramref name="target"/> in the plan's last year.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="indicator">A rate indicator.</param>
    /// <param name="baseValue">The base-year rate.</param>
    /// <param name="target">The ceiling, not above <paramref name="baseValue"/>.</param>
    /// <param name="commitment">Binding or expected.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A rate is negative, or above 100% for a share.</exception>
    /// <exception cref="ArgumentException">The ceiling is above the base.</exception>
    public static PlanTarget AtMost(FiveYearPlan plan, RateIndicator indicator, Percentage baseValue, Percentage target, TargetCommitment commitment)
    {
        Preconditions.CheckNotNull(indicator, nameof(indicator));
        CheckRates(indicator, baseValue, target);
        return Level(plan, indicator, PlanTargetKind.LevelAtMost, commitment, baseValue.Value, target.Value);
    }

    /// <summary>A total over the plan's five years (〔 〕 in plan tables), of a flow: at least <paramref name="total"/>.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="indicator">A flow count or amount indicator.</param>
    /// <param name="total">The five years' total, positive.</param>
    /// <param name="commitment">Binding or expected.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="total"/> is not positive.</exception>
    /// <exception cref="ArgumentException">The indicator is a stock, whose values do not add up.</exception>
    public static PlanTarget Cumulative(FiveYearPlan plan, QuantityIndicator indicator, long total, TargetCommitment commitment)
    {
        Preconditions.CheckNotNull(indicator, nameof(indicator));
        Preconditions.CheckArgument(indicator.MeasureKind == MeasureKind.Flow, nameof(indicator), "A cumulative target needs a flow; {0} is a stock.", indicator.Code);
        Preconditions.CheckArgumentRange(nameof(total), total, 1L, long.MaxValue);
        return new PlanTarget(plan, indicator, PlanTargetKind.Cumulative, commitment, 0m, total, 0m);
    }

    /// <summary>An average annual growth (年均增长) of a count or amount from the base year to the plan's last year.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="indicator">A count or amount indicator.</param>
    /// <param name="baseValue">The base-year value, positive (growth from nothing is undefined).</param>
    /// <param name="annualRate">The growth a year as a fraction, −0.99 to 10 (0.05 for 5%).</param>
    /// <param name="commitment">Binding or expected.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The base is not positive or the rate is out of range.</exception>
    public static PlanTarget AverageAnnualGrowth(FiveYearPlan plan, QuantityIndicator indicator, long baseValue, decimal annualRate, TargetCommitment commitment)
    {
        Preconditions.CheckNotNull(indicator, nameof(indicator));
        Preconditions.CheckArgumentRange(nameof(baseValue), baseValue, 1L, long.MaxValue);
        Preconditions.CheckArgumentRange(nameof(annualRate), annualRate, -0.99m, 10m);
        var target = baseValue * DecimalMath.Pow(1m + annualRate, 5);
        return new PlanTarget(plan, indicator, PlanTargetKind.AverageAnnualGrowth, commitment, baseValue, target, annualRate);
    }

    /// <summary>
    /// Progress with the data through <paramref name="dataThrough"/>: <paramref name="current"/> is the latest
    /// level (a count or 分), or for a cumulative target the total since the plan's start.
    /// </summary>
    /// <param name="current">The latest value or the total so far, not negative.</param>
    /// <param name="dataThrough">The last month of data, inside the plan.</param>
    /// <returns>The progress.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="current"/> is negative.</exception>
    /// <exception cref="ArgumentException">The month is outside the plan, or the target is of a rate.</exception>
    public TargetProgress ProgressAt(long current, YearMonth dataThrough)
    {
        Preconditions.CheckArgument(Indicator is QuantityIndicator, nameof(current), "The target is of the rate {0}: give the current rate as a Percentage.", Indicator.Code);
        Preconditions.CheckArgumentRange(nameof(current), current, 0L, long.MaxValue);
        return TargetProgress.Compute(this, current, MonthsThrough(dataThrough));
    }

    /// <summary>Progress of a rate target with the data through <paramref name="dataThrough"/>.</summary>
    /// <param name="current">The latest rate, not negative.</param>
    /// <param name="dataThrough">The last month of data, inside the plan.</param>
    /// <returns>The progress.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="current"/> is negative.</exception>
    /// <exception cref="ArgumentException">The month is outside the plan, or the target is not of a rate.</exception>
    public TargetProgress ProgressAt(Percentage current, YearMonth dataThrough)
    {
        Preconditions.CheckArgument(Indicator is RateIndicator, nameof(current), "The target is of {0}, not a rate: give the current value as a number.", Indicator.Code);
        Preconditions.CheckArgumentRange(nameof(current), current.Value, 0m, decimal.MaxValue);
        return TargetProgress.Compute(this, current.Value, MonthsThrough(dataThrough));
    }

    /// <summary>The progress when no data of the plan's years exists yet: undefined (<see cref="UndefinedReason.EmptySpan"/>), nothing elapsed.</summary>
    /// <returns>The progress.</returns>
    public TargetProgress NoDataYet() => TargetProgress.Undefined(this, 0, UndefinedReason.EmptySpan);

    /// <inheritdoc />
    public bool Equals(PlanTarget? other) =>
        other is not null && Plan == other.Plan && Indicator.Equals(other.Indicator) && Kind == other.Kind && Commitment == other.Commitment
        && BaseValue == other.BaseValue && TargetValue == other.TargetValue && AnnualRate == other.AnnualRate;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PlanTarget);

    /// <inheritdoc />
    public override int GetHashCode() => HashCodes.Combine(Plan.GetHashCode(), Indicator.GetHashCode(), (int)Kind, (int)Commitment, TargetValue.GetHashCode());

    /// <summary>For diagnostics: <c>14th Five-Year Plan production-safety.accidents at most 100 (base 2020: 159, binding)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var what = Kind switch
        {
            PlanTargetKind.LevelAtLeast => "at least " + Text(TargetValue),
            PlanTargetKind.LevelAtMost => "at most " + Text(TargetValue),
            PlanTargetKind.Cumulative => "five-year total at least " + Text(TargetValue),
            _ => "growing " + Text(AnnualRate * 100m) + "% a year",
        };
        var baseText = Kind == PlanTargetKind.Cumulative ? string.Empty : "base " + BaseYear.ToString(CultureInfo.InvariantCulture) + ": " + Text(BaseValue) + ", ";
        return Plan.EnglishName + " " + Indicator.Code + " " + what + " (" + baseText + (Commitment == TargetCommitment.Binding ? "binding" : "expected") + ")";
    }

    /// <summary>The months of data from the plan's January through <paramref name="dataThrough"/>, 1–60.</summary>
    internal int MonthsThrough(YearMonth dataThrough)
    {
        var months = MonthIndex.Of(dataThrough) - (Plan.FirstYear * 12) + 1;
        if (months < 1 || months > 60)
        {
            Preconditions.ThrowArgument(nameof(dataThrough), string.Format(
                CultureInfo.InvariantCulture, "The month {0} is not inside the {1} ({2}–{3}).", dataThrough, Plan.EnglishName, Plan.FirstYear, Plan.LastYear));
        }

        return months;
    }

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static PlanTarget Level(FiveYearPlan plan, Indicator indicator, PlanTargetKind kind, TargetCommitment commitment, decimal baseValue, decimal target)
    {
        if (kind == PlanTargetKind.LevelAtMost ? target > baseValue : target < baseValue)
        {
            Preconditions.ThrowArgument(nameof(target), string.Format(
                CultureInfo.InvariantCulture,
                "The {0} {1} is {2} the base {3}: the base already meets it; give the base as the target to hold it (保持).",
                kind == PlanTargetKind.LevelAtMost ? "ceiling" : "floor",
                Text(target),
                kind == PlanTargetKind.LevelAtMost ? "above" : "below",
                Text(baseValue)));
        }

        return new PlanTarget(plan, indicator, kind, commitment, baseValue, target, 0m);
    }

    private static void CheckCounts(long baseValue, long target)
    {
        Preconditions.CheckArgumentRange(nameof(baseValue), baseValue, 0L, long.MaxValue);
        Preconditions.CheckArgumentRange(nameof(target), target, 0L, long.MaxValue);
    }

    private static void CheckRates(RateIndicator indicator, Percentage baseValue, Percentage target)
    {
        var max = indicator.MayExceedHundredPercent ? decimal.MaxValue : 100m;
        Preconditions.CheckArgumentRange(nameof(baseValue), baseValue.Value, 0m, max);
        Preconditions.CheckArgumentRange(nameof(target), target.Value, 0m, max);
    }
}
