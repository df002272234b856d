using System;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.Calculations;

/// <summary>
/// The total of a flow over a span (累计提供法律服务19万余次): a measure of one span, as <see cref="Rates.Over(RateSeries, SeriesPeriod, SeriesPeriod)"/>
/// is of a rate. The running total within each year, a series, is <see cref="Rollups.YearToDate"/>.
/// </summary>
public static class Totals
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
    public static SpanTotal Over(IndicatorSeries series, SeriesPeriod from, SeriesPeriod to)
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

    private static void CheckFlow(QuantityIndicator indicator)
    {
        if (indicator.MeasureKind != MeasureKind.Flow)
        {
            Preconditions.ThrowArgument(nameof(indicator), "A cumulative total needs a flow; " + indicator.Code + " is a stock, whose values do not add up over time.");
        }
    }
}
