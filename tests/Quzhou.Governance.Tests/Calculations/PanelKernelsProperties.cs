using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.Tests.Calculations;

/// <summary>
/// Every panel kernel, series by series, against the single-series call on that series alone: a panel of
/// several series with different data, so a series after the first judged on the first's data (or on its
/// neighbour's) gives a different answer.
/// </summary>
public class PanelKernelsProperties
{
    private static readonly RateIndicator Local = InterviewIndicators.LocalDisputeResolutionRate;
    private static readonly SeriesPeriod Start = SeriesPeriod.Month(2024, 1);

    /// <summary>A panel's parts: 1–4 series of 1–12 periods, scaled so that each of the threshold paths runs
    /// (small parts, parts beyond 32 bits, parts whose products need 128 bits), with or without 0/0 points.</summary>
    private static Gen<(int Length, long[] Numerators, long[] Denominators)> RateParts() =>
        from seriesCount in Gen.Choose(1, 4)
        from length in Gen.Choose(1, 12)
        from scale in Gen.Elements(1L, 10_000_000_000L, 1_000_000_000_000_000L)
        from zeros in Gen.Elements(false, true)
        from points in Gen.ArrayOf(
            from d in Gen.Choose(1, 40)
            from n in Gen.Choose(0, d)
            from zero in Gen.Choose(0, 9)
            select zeros && zero == 0 ? (0L, 0L) : (n * scale, d * scale),
            seriesCount * length)
        select (length, points.Select(p => p.Item1).ToArray(), points.Select(p => p.Item2).ToArray());

    private static RateSeries SeriesOf(long[] numerators, long[] denominators, int length, int s) =>
        RateSeries.FromParts(Local, Start, numerators.AsSpan(s * length, length), denominators.AsSpan(s * length, length));

    [Property]
    public Property HeldAtOrAboveAndBelow_EverySeriesOfAPanel_EqualsTheSeriesAlone()
    {
        var thresholds = Gen.Elements(0m, 50m, 75m, 97m, 97.5m, 100m);
        return Prop.ForAll(RateParts().ToArbitrary(), thresholds.ToArbitrary(), (parts, percent) =>
        {
            var (length, num, den) = parts;
            var panel = RatePanel.FromParts(Local, Start, length, num, den);
            var threshold = new Percentage(percent);
            var above = Thresholds.HeldAtOrAbove(panel, threshold);
            var below = Thresholds.HeldAtOrBelow(panel, threshold);
            var into = new ThresholdCheck[panel.SeriesCount];
            Thresholds.HeldAtOrAbove(panel, threshold, into);
            for (var s = 0; s < panel.SeriesCount; s++)
            {
                var series = SeriesOf(num, den, length, s);
                var aloneAbove = Thresholds.HeldAtOrAbove(series, threshold);
                if (above[s] != aloneAbove || into[s] != aloneAbove || below[s] != Thresholds.HeldAtOrBelow(series, threshold))
                {
                    return false;
                }
            }

            return true;
        });
    }

    /// <summary>1–4 series of 1–30 months of small counts (zeros give undefined changes).</summary>
    private static Gen<(int Length, long[] Values)> CountValues() =>
        from seriesCount in Gen.Choose(1, 4)
        from length in Gen.Choose(1, 30)
        from values in Gen.ArrayOf(Gen.Choose(0, 5).Select(x => (long)x), seriesCount * length)
        select (length, values);

    private static IndicatorSeries CountsOf(long[] values, int length, int s) =>
        IndicatorSeries.FromValues(InterviewIndicators.Thefts, Start, values.AsSpan(s * length, length));

    [Property]
    public Property YearOnYearAndPeriodOnPeriod_EverySeriesOfAPanel_EqualsTheSeriesAlone() =>
        Prop.ForAll(CountValues().ToArbitrary(), parts =>
        {
            var (length, values) = parts;
            var panel = SeriesPanel.FromValues(InterviewIndicators.Thefts, Start, length, values);
            var yearOnYear = Changes.YearOnYear(panel);
            var periodOnPeriod = Changes.PeriodOnPeriod(panel);
            for (var s = 0; s < panel.SeriesCount; s++)
            {
                var series = CountsOf(values, length, s);
                var aloneYear = Changes.YearOnYear(series);
                var alonePeriod = Changes.PeriodOnPeriod(series);
                for (var p = Start; p <= series.End; p = p.PlusPeriods(1))
                {
                    if (yearOnYear.Get(s, p) != aloneYear[p] || periodOnPeriod.Get(s, p) != alonePeriod[p])
                    {
                        return false;
                    }
                }
            }

            return true;
        });

    [Property]
    public Property YearOnYearDeclines_EverySeriesOfTwoPanels_EqualsTheSeriesAlone()
    {
        var gen = from length in Gen.Choose(1, 30)
                  from seriesCount in Gen.Choose(1, 4)
                  from first in Gen.ArrayOf(Gen.Choose(0, 3).Select(x => (long)x), seriesCount * length)
                  from second in Gen.ArrayOf(Gen.Choose(0, 3).Select(x => (long)x), seriesCount * length)
                  select (length, first, second);
        return Prop.ForAll(gen.ToArbitrary(), parts =>
        {
            var (length, first, second) = parts;
            var a = SeriesPanel.FromValues(InterviewIndicators.Thefts, Start, length, first);
            var b = SeriesPanel.FromValues(InterviewIndicators.Thefts, Start, length, second);
            var table = Streaks.YearOnYearDeclines(a, b);
            var into = new Streak[a.SeriesCount];
            Streaks.YearOnYearDeclines(a, b, into);
            for (var s = 0; s < a.SeriesCount; s++)
            {
                var alone = Streaks.YearOnYearDeclines(CountsOf(first, length, s), CountsOf(second, length, s));
                if (table[s] != alone || into[s] != alone)
                {
                    return false;
                }
            }

            return true;
        });
    }

    [Property]
    public Property AgainstSameSpan_EverySeriesOfAPanel_EqualsTheSeriesAlone()
    {
        var gen = from seriesCount in Gen.Choose(1, 4)
                  from values in Gen.ArrayOf(Gen.Choose(0, 5).Select(x => (long)x), seriesCount * 24)
                  from first in Gen.Choose(0, 11)
                  from span in Gen.Choose(0, 11 - first)
                  select (values, first, span);
        return Prop.ForAll(gen.ToArbitrary(), parts =>
        {
            var (values, first, span) = parts;
            var panel = SeriesPanel.FromValues(InterviewIndicators.Thefts, Start, 24, values);
            var from = Start.PlusPeriods(12 + first);
            var to = from.PlusPeriods(span);
            var table = Changes.AgainstSameSpan(panel, from, to, 1);
            for (var s = 0; s < panel.SeriesCount; s++)
            {
                if (table[s] != Changes.AgainstSameSpan(CountsOf(values, 24, s), from, to, 1))
                {
                    return false;
                }
            }

            return true;
        });
    }
}
