using System;
using System.Globalization;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;
using Quzhou.Governance.Quantities;

namespace Quzhou.Governance.Calculations;

/// <summary>
/// Progress of a <see cref="PlanTarget"/> read from a series: the data's last period inside the plan gives the
/// months elapsed (a year counts its 12 months, a quarter its 3) and the current level, or, for a cumulative
/// target, the total of every period from the plan's start.
/// </summary>
public static class PlanTargets
{
    /// <summary>Progress of a count or amount target from <paramref name="series"/>.</summary>
    /// <param name="target">The target.</param>
    /// <param name="series">A series of the target's indicator; yearly for a level or growth target of a flow (a year's total is its level).</param>
    /// <returns>
    /// The progress; undefined with <see cref="UndefinedReason.EmptySpan"/> when no period of the plan has data
    /// yet, <see cref="UndefinedReason.MissingCurrent"/> when the latest period (or, for a total, any period so
    /// far) is a gap, <see cref="UndefinedReason.BasisBreak"/> when the basis changed (口径调整) after the base
    /// year, so the level (or the total so far) cannot be compared with the base (or the target set on its basis).
    /// A yearly series rolled up from months whose base year mixes two bases carries that break into the next year.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The series is of another indicator, or a flow's level is asked of a series that is not yearly.</exception>
    public static TargetProgress Progress(PlanTarget target, IndicatorSeries series)
    {
        Preconditions.CheckNotNull(target, nameof(target));
        Preconditions.CheckNotNull(series, nameof(series));
        CheckIndicator(target, series.Indicator);
        if (target.Kind != PlanTargetKind.Cumulative && series.Indicator.MeasureKind == MeasureKind.Flow && series.Frequency != Frequency.Year)
        {
            Preconditions.ThrowArgument(nameof(series), string.Format(
                CultureInfo.InvariantCulture,
                "A level or growth target of the flow {0} needs a yearly series (a year's total is its level), not a {1} one.",
                series.Indicator.Code,
                series.Frequency));
        }

        if (!TryLastInPlan(target, series.Start, series.End, out var first, out var last))
        {
            return target.NoDataYet();
        }

        var months = target.MonthsThrough(last.LastMonth.ToYearMonth());
        if (target.Kind == PlanTargetKind.Cumulative)
        {
            decimal total = 0;
            var broken = false;
            for (var p = first; p <= last; p = p.PlusPeriods(1))
            {
                var o = series[p];
                if (!o.TryGetValue(out var value))
                {
                    return TargetProgress.Undefined(target, months, UndefinedReason.MissingCurrent);
                }

                broken |= o.Status == ObservationStatus.BasisBreak;
                total += value;
            }

            // The target was set on the base year's basis: a total with a period on another basis is not comparable with it.
            return broken
                ? TargetProgress.Undefined(target, months, UndefinedReason.BasisBreak)
                : TargetProgress.Compute(target, total, months);
        }

        var observation = series[last];
        if (observation.IsGap)
        {
            return TargetProgress.Undefined(target, months, UndefinedReason.MissingCurrent);
        }

        for (var p = first; p <= last; p = p.PlusPeriods(1))
        {
            if (!series[p].IsGap && series[p].Status == ObservationStatus.BasisBreak)
            {
                return TargetProgress.Undefined(target, months, UndefinedReason.BasisBreak);
            }
        }

        return TargetProgress.Compute(target, observation.Value, months);
    }

    /// <summary>Progress of a rate target from <paramref name="series"/>: the latest period's rate, from its parts or as published.</summary>
    /// <param name="target">The target.</param>
    /// <param name="series">A series of the target's rate indicator.</param>
    /// <returns>
    /// The progress; undefined with <see cref="UndefinedReason.EmptySpan"/> when no period of the plan has data
    /// yet, <see cref="UndefinedReason.MissingCurrent"/> when the latest period is a gap,
    /// <see cref="UndefinedReason.ZeroDenominator"/> when its denominator is zero, and
    /// <see cref="UndefinedReason.BasisBreak"/> when the basis changed after the base year.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The series is of another indicator.</exception>
    public static TargetProgress Progress(PlanTarget target, RateSeries series)
    {
        Preconditions.CheckNotNull(target, nameof(target));
        Preconditions.CheckNotNull(series, nameof(series));
        CheckIndicator(target, series.Indicator);
        if (!TryLastInPlan(target, series.Start, series.End, out var first, out var last))
        {
            return target.NoDataYet();
        }

        var months = target.MonthsThrough(last.LastMonth.ToYearMonth());
        var observation = series[last];
        if (observation.IsGap)
        {
            return TargetProgress.Undefined(target, months, UndefinedReason.MissingCurrent);
        }

        for (var p = first; p <= last; p = p.PlusPeriods(1))
        {
            var o = series[p];
            if (!o.IsGap && o.Status == ObservationStatus.BasisBreak)
            {
                return TargetProgress.Undefined(target, months, UndefinedReason.BasisBreak);
            }
        }

        if (!observation.HasParts)
        {
            return TargetProgress.Compute(target, observation.PublishedPercent!.Value, months);
        }

        return observation.Denominator == 0
            ? TargetProgress.Undefined(target, months, UndefinedReason.ZeroDenominator)
            : TargetProgress.Compute(target, observation.Numerator * 100m / observation.Denominator, months);
    }

    private static void CheckIndicator(PlanTarget target, Indicator indicator)
    {
        if (!indicator.Equals(target.Indicator))
        {
            Preconditions.ThrowArgument("series", string.Format(
                CultureInfo.InvariantCulture, "The series is of {0}, the target of {1}.", indicator.Code, target.Indicator.Code));
        }
    }

    private static bool TryLastInPlan(PlanTarget target, SeriesPeriod start, SeriesPeriod end, out SeriesPeriod first, out SeriesPeriod last)
    {
        var (planFirst, planLast) = SeriesPeriod.Cover(target.Plan.Period, start.Frequency);
        first = planFirst;
        last = end < planLast ? end : planLast;
        return last >= planFirst && last >= start;
    }
}
