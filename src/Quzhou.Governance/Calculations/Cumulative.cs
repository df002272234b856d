using System;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.Calculations;

/// <summary>
/// Cumulative totals of flows: over any span (累计), and year to date (1—10月累计), for which last period's
/// cumulative + this period = this period's cumulative.
/// </summary>
public static class Cumulative
{
    /// <summary>The total of a flow over <paramref name="from"/>…<paramref name="to"/>.</summary>
    /// <param name="series">A series of a flow indicator.</param>
    /// <param name="from">The first period.</param>
    /// <param name="to">The last period, not before <paramref name="from"/>.</param>
    /// <returns>The total, or undefined (<see cref="UndefinedReason.MissingCurrent"/>) when a period of the span is a gap or outside the series.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    /// <exception cref="ArgumentException">The indicator is a stock, a period has another frequency, or the span is reversed.</exception>
    public static SpanTotal Total(IndicatorSeries series, SeriesPeriod from, SeriesPeriod to)
    {
        Preconditions.CheckNotNull(series, nameof(series));
        CheckFlow(series.Indicator);
        var i = series.IndexOf(from);
        var j = series.IndexOf(to);
        Preconditions.CheckArgument(j >= i, nameof(to), "The span ends before it starts: {0}.", from.ToString() + ".." + to.ToString());
        if (i < 0 || j >= series.Length)
        {
            return new SpanTotal(0, UndefinedReason.MissingCurrent);
        }

        var total = Kernels.SumRange(series.RawValues.AsSpan(i, j - i + 1), series.RawFlags.AsSpan(i, j - i + 1), series.IsRegular, out var complete);
        return new SpanTotal(total, complete ? UndefinedReason.None : UndefinedReason.MissingCurrent);
    }

    /// <summary>
    /// The year-to-date totals of a monthly or quarterly flow, on the same axis: each period's value is the sum
    /// from the first period of its year. A period is a gap when any period from January (or Q1) to it is
    /// missing, or lies before the series; its status is the weightiest of the periods summed. Feeding two of
    /// these to <see cref="Streaks.YearOnYearDeclines(IndicatorSeries[])"/> gives the year-to-date reading of “双下降”.
    /// </summary>
    /// <param name="series">A series of a flow indicator.</param>
    /// <returns>The year-to-date series.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    /// <exception cref="ArgumentException">The indicator is a stock.</exception>
    public static IndicatorSeries YearToDate(IndicatorSeries series)
    {
        Preconditions.CheckNotNull(series, nameof(series));
        CheckFlow(series.Indicator);
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
        for (var i = 0; i < n; i++, number = (number + 1) % ppy)
        {
            if (number == 0)
            {
                running = 0;
                ok = true;
                status = ObservationStatus.Final;
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
            status = PointFlags.Rank(st) > PointFlags.Rank(status) ? st : status;
            values[i] = running;
            flags[i] = PointFlags.FromStatus(status);
        }

        return new IndicatorSeries(series.Indicator, series.Start, values, flags);
    }

    private static void CheckFlow(QuantityIndicator indicator)
    {
        if (indicator.MeasureKind != MeasureKind.Flow)
        {
            Preconditions.ThrowArgument(nameof(indicator), "A cumulative total needs a flow; " + indicator.Code + " is a stock, whose values do not add up over time.");
        }
    }
}
