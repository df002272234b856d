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
    /// <returns>The total, or undefined: <see cref="UndefinedReason.MissingCurrent"/> when a period of the span is a gap or
    /// outside the series, <see cref="UndefinedReason.BasisBreak"/> when the basis changed after the span's first period
    /// (the total would add two bases; a break at the first period itself is fine).</returns>
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
        var reason = !complete ? UndefinedReason.MissingCurrent
            : !series.IsRegular && Kernels.HasBreak(series.RawFlags, i, j) ? UndefinedReason.BasisBreak
            : UndefinedReason.None;
        return new SpanTotal(total, reason);
    }

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

    private static void CheckFlow(QuantityIndicator indicator)
    {
        if (indicator.MeasureKind != MeasureKind.Flow)
        {
            Preconditions.ThrowArgument(nameof(indicator), "A cumulative total needs a flow; " + indicator.Code + " is a stock, whose values do not add up over time.");
        }
    }
}
