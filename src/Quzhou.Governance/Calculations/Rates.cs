using System;
using System.Collections.Generic;
using Quzhou.Governance.Series;
using Quzhou.Governance.Quantities;

namespace Quzhou.Governance.Calculations;

/// <summary>
/// Rates (满意率, 化解率, 执结率, 到位率) over a period, a span of periods, or several regions: always the
/// summed numerators over the summed denominators, never an average of rates.
/// </summary>
public static class Rates
{
    /// <summary>The rate of <paramref name="series"/> over <paramref name="from"/>…<paramref name="to"/>, recomputed from the parts.</summary>
    /// <param name="series">The rate series.</param>
    /// <param name="from">The first period, inside the series.</param>
    /// <param name="to">The last period, inside the series.</param>
    /// <returns>The rate; undefined when a period is a gap (<see cref="UndefinedReason.MissingCurrent"/>), known only
    /// as published (<see cref="UndefinedReason.PartsMissing"/>), the basis changed after the span's first period
    /// (<see cref="UndefinedReason.BasisBreak"/>: the parts of two bases would be summed), or the denominators sum to 0.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    /// <exception cref="ArgumentException">The span is not inside the series or is reversed.</exception>
    public static SpanRate Over(RateSeries series, SeriesPeriod from, SeriesPeriod to)
    {
        Preconditions.CheckNotNull(series, nameof(series));
        var (first, count) = SeriesRange.Check(series.Start, series.Length, from, to);
        long n = 0, d = 0;
        var flags = series.RawFlags;
        for (var i = first; i < first + count; i++)
        {
            var f = flags[i];
            if (f == PointFlags.Gap)
            {
                return new SpanRate(0, 0, UndefinedReason.MissingCurrent);
            }

            if ((f & PointFlags.PublishedOnly) != 0)
            {
                return new SpanRate(0, 0, UndefinedReason.PartsMissing);
            }

            n = checked(n + series.RawNumerators[i]);
            d = checked(d + series.RawDenominators[i]);
        }

        if (Kernels.HasBreak(flags, first, first + count - 1))
        {
            return new SpanRate(0, 0, UndefinedReason.BasisBreak);
        }

        // Keep the basis the span is on, so a comparison with another span can tell whether a break lies between them.
        var basis = Kernels.LastBreakAtOrBefore(flags, first);
        return new SpanRate(n, d, UndefinedReason.None, from.FirstMonth.Ordinal, basis < 0 ? 0 : series.Start.PlusPeriods(basis).FirstMonth.Ordinal);
    }

    /// <summary>The rate of one period of <paramref name="series"/>.</summary>
    /// <param name="series">The rate series.</param>
    /// <param name="period">The period, inside the series.</param>
    /// <returns>The rate, undefined as for <see cref="Over(RateSeries, SeriesPeriod, SeriesPeriod)"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    /// <exception cref="ArgumentException">The period is not inside the series.</exception>
    public static SpanRate At(RateSeries series, SeriesPeriod period) => Over(series, period, period);

    /// <summary>The rate over several regions (or sub-indicators) and a span: all their parts summed.</summary>
    /// <param name="series">The series, of one indicator, each covering the span.</param>
    /// <param name="from">The first period.</param>
    /// <param name="to">The last period.</param>
    /// <returns>The rate; undefined as for <see cref="Over(RateSeries, SeriesPeriod, SeriesPeriod)"/>, or
    /// <see cref="UndefinedReason.EmptySpan"/> when there are no series.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> or an item is null.</exception>
    /// <exception cref="ArgumentException">The indicators differ, or the span is not inside a series.</exception>
    public static SpanRate Over(IEnumerable<RateSeries> series, SeriesPeriod from, SeriesPeriod to)
    {
        Preconditions.CheckNotNull(series, nameof(series));
        long n = 0, d = 0;
        var basis = 0;
        RateSeries? first = null;
        foreach (var item in series)
        {
            Preconditions.CheckNotNull(item, nameof(series));
            first ??= item;
            Preconditions.CheckArgument(item.Indicator.Equals(first.Indicator), nameof(series), "Every series summed into one rate observes the same indicator ({0}).", first.Indicator.Code);
            var part = Over(item, from, to);
            if (part.Reason is not (UndefinedReason.None or UndefinedReason.ZeroDenominator))
            {
                return part;
            }

            n = checked(n + part.Numerator);
            d = checked(d + part.Denominator);
            basis = Math.Max(basis, part.BasisMonth);
        }

        return first is null ? new SpanRate(0, 0, UndefinedReason.EmptySpan) : new SpanRate(n, d, UndefinedReason.None, from.FirstMonth.Ordinal, basis);
    }

    /// <summary>A rate now against a rate before, for percentage points, relative change and the readings of a claim;
    /// undefined (<see cref="UndefinedReason.BasisBreak"/>) when a break in basis lies between the two spans.</summary>
    /// <param name="current">The current rate (for example <see cref="Over(RateSeries, SeriesPeriod, SeriesPeriod)"/> over 2021–2025).</param>
    /// <param name="base">The base rate (the same over 2016–2020).</param>
    /// <returns>The comparison.</returns>
    public static RateComparison Compare(SpanRate current, SpanRate @base) => new(current, @base);
}
