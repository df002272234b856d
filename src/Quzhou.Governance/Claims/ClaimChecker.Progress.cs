using Quzhou.Governance.Calculations;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Figures;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Periods;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.Claims;

/// <content>Progress against a plan target (完成目标的49.15%): a thin dispatch to <see cref="PlanTargets"/>.</content>
public static partial class ClaimChecker
{
    /// <summary>
    /// A share of a plan target achieved: the target the data set holds for the plan the claim's period ends in (or,
    /// unstated, the plan of the last period of data before publication), in the claim's region; its progress from
    /// <see cref="PlanTargets.Progress(PlanTarget, IndicatorSeries)"/> on the data up to that period (a flow's level
    /// target on the last whole year); the figure holds when the share achieved, in percent, prints as it — exact as
    /// a fraction of counts for a level or cumulative target of a count or amount. Every verdict carries the
    /// progress (时间过半: the share of the plan's months elapsed).
    /// </summary>
    private static ClaimVerdict CheckProgress(Claim claim, int index, PublishedFigure figure, Indicator indicator, DataSet data)
    {
        var isRate = indicator is RateIndicator;
        var end = isRate ? data.GetRateSeries((RateIndicator)indicator, claim.Region).End : data.GetSeries((QuantityIndicator)indicator, claim.Region).End;
        var to = claim.Period is { } stated ? SeriesPeriod.Cover(stated, end.Frequency).Last : LastPeriod(claim, end, end.Frequency);
        if (FiveYearPlan.ForYear(to.Year) is not { } plan)
        {
            return ClaimVerdict.Unverifiable(claim, index, ["a plan the period " + to + " belongs to"]);
        }

        if (!data.TryGetTarget(plan, indicator, claim.Region, out var target))
        {
            return ClaimVerdict.Unverifiable(claim, index, ["the " + plan.EnglishName + " target of " + indicator.Code + " in " + claim.Region]);
        }

        var progress = isRate
            ? ProgressOfRate(target, data.GetRateSeries((RateIndicator)indicator, claim.Region), to)
            : ProgressOfQuantity(target, data.GetSeries((QuantityIndicator)indicator, claim.Region), to);
        CalendarPeriod? period = progress.MonthsElapsed == 0 ? null : CalendarPeriod.FromMonthIndexes(plan.FirstYear * 12, (plan.FirstYear * 12) + progress.MonthsElapsed - 1);
        if (!progress.IsDefined)
        {
            return ClaimVerdict.Undefined(claim, index, progress.Reason, period).WithProgress(progress);
        }

        var value = Trim(Rounding.HalfAwayFromZero(progress.AchievedShare * 100m, ValueDecimals));
        var holds = ExactShare(progress) is var (numerator, denominator)
            ? figure.IsConsistentWith(numerator, denominator)
            : figure.IsConsistentWith(progress.AchievedShare * 100m);
        var verdict = holds
            ? ClaimVerdict.Holds(claim, index, value, period)
            : ClaimVerdict.Contradicted(claim, index, value, PublishedFigure.FromValue(value, figure.Decimals, figure.Unit), period);
        return verdict.WithProgress(progress);
    }

    /// <summary>The share achieved as a fraction of whole numbers, where it is one: a level or cumulative target of a
    /// count or amount ((current − base) / (target − base), total / target); null otherwise.</summary>
    private static (long Numerator, long Denominator)? ExactShare(TargetProgress progress)
    {
        var target = progress.Target;
        if (target.Indicator is not QuantityIndicator || target.Kind == PlanTargetKind.AverageAnnualGrowth || progress.Current is not { } current)
        {
            return null;
        }

        var numerator = checked((long)current - (long)target.BaseValue);
        var denominator = checked((long)target.TargetValue - (long)target.BaseValue);
        return denominator < 0 ? (-numerator, -denominator) : (numerator, denominator);
    }

    private static TargetProgress ProgressOfRate(PlanTarget target, RateSeries series, SeriesPeriod to) =>
        to < series.Start ? target.NoDataYet() : PlanTargets.Progress(target, series.Slice(series.Start, to < series.End ? to : series.End));

    private static TargetProgress ProgressOfQuantity(PlanTarget target, IndicatorSeries series, SeriesPeriod to)
    {
        if (to < series.Start)
        {
            return target.NoDataYet();
        }

        var upTo = series.Slice(series.Start, to < series.End ? to : series.End);
        if (target.Kind == PlanTargetKind.Cumulative || series.Indicator.MeasureKind != MeasureKind.Flow || series.Frequency == Frequency.Year)
        {
            return PlanTargets.Progress(target, upTo);
        }

        // A flow's level is a whole year's total: the last whole year of the data.
        var yearly = Rollups.ToFrequency(upTo, Frequency.Year);
        var lastYear = upTo.End.Number == SeriesPeriod.PeriodsPerYear(upTo.Frequency) ? yearly.End : yearly.End.Previous();
        return lastYear < yearly.Start ? target.NoDataYet() : PlanTargets.Progress(target, yearly.Slice(yearly.Start, lastYear));
    }
}
