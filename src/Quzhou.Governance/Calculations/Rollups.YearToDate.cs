using System;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.Calculations;

/// <content>Year to date (1—10月累计): a transform of a flow's series into the series of its running totals within each year.</content>
public static partial class Rollups
{
    /// <summary>
    /// The year-to-date totals of a monthly or quarterly flow, on the same axis: each period's value is the sum
    /// from the first period of its year. A period is a gap when any period from January (or Q1) to it is
    /// missing, or lies before the series; its status is the weightiest of the periods summed, and a break in basis when
    /// the total is not on the basis of the total before it (a break after January of its year, or after January of the
    /// previous total's year for a January): every change against a total that mixes two bases is then undefined,
    /// and a year wholly on a new basis compares with the next one. Feeding two of
    /// these to <see cref="Streaks.YearOnYearDeclines(IndicatorSeries[])"/> gives the year-to-date reading of “双下降”.
    /// </summary>
    /// <param name="series">A series of a flow indicator.</param>
    /// <returns>The year-to-date series.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    /// <exception cref="ArgumentException">The indicator is a stock.</exception>
    public static IndicatorSeries YearToDate(IndicatorSeries series)
    {
        Preconditions.CheckNotNull(series, nameof(series));
        CheckYearToDateFlow(series.Indicator);
        var n = series.Length;
        var values = new long[n];
        var flags = new byte[n];
        var source = series.RawValues;
        var sourceFlags = series.RawFlags;
        var ppy = SeriesPeriod.PeriodsPerYear(series.Frequency);
        var number = series.Start.Number - 1; // position within the year
        long running = 0;
        var ok = number == 0;
        var status = ObservationStatus.Final;
        var january = 0;
        var breaks = BreakCarry.Create();
        for (var i = 0; i < n; i++, number = (number + 1) % ppy)
        {
            if (number == 0)
            {
                running = 0;
                ok = true;
                status = ObservationStatus.Final;
                january = i;
            }

            var f = sourceFlags[i];
            if (f == PointFlags.Gap)
            {
                ok = false;
            }

            if (!ok)
            {
                continue;
            }

            running = checked(running + source[i]);
            var st = PointFlags.ToStatus(f);
            status = st != ObservationStatus.BasisBreak && PointFlags.Rank(st) > PointFlags.Rank(status) ? st : status;
            values[i] = running;

            // The total uses January…i: a break after the previous total's January (and up to i) puts it on another basis.
            flags[i] = breaks.Next(sourceFlags, january, i) ? PointFlags.Break : PointFlags.FromStatus(status);
        }

        return new IndicatorSeries(series.Indicator, series.Start, values, flags);
    }

    private static void CheckYearToDateFlow(QuantityIndicator indicator)
    {
        if (indicator.MeasureKind != MeasureKind.Flow)
        {
            Preconditions.ThrowArgument(nameof(indicator), "A year-to-date total needs a flow; " + indicator.Code + " is a stock, whose values do not add up over time.");
        }
    }
}
