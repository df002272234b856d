using System;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.Calculations;

/// <summary>
/// Whether a rate stayed at or above a floor (就地化解率保持在97%以上) or at or below a ceiling (a death rate 控制在…以内)
/// over a span, decided exactly by cross-multiplication of the parts (numerator × 100 ≥ 97 × denominator), never by
/// dividing; and the same for a count series, compared as integers. Each period is
/// judged against the fixed threshold on its own, never against another period, so a break in basis does not
/// make the outcome undefined.
/// </summary>
public static class Thresholds
{
    /// <summary>Whether every period of <paramref name="series"/> from <paramref name="from"/> to <paramref name="to"/>
    /// was at or above <paramref name="threshold"/> (“97%以上” includes 97%).</summary>
    /// <param name="series">The rate series.</param>
    /// <param name="threshold">The threshold, 0%–10¹⁰% (97% for “97%以上”).</param>
    /// <param name="from">The first period of the span, inside the series.</param>
    /// <param name="to">The last period of the span, inside the series.</param>
    /// <returns>Held; broken with the first period below; or undetermined with the first period that has no
    /// value or a zero denominator. A period known only as its published percentage is judged by that
    /// percentage as printed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    /// <exception cref="ArgumentException">The span is not inside the series or is reversed.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is negative, above 10¹⁰%, or has more than 8 decimals.</exception>
    public static ThresholdCheck HeldAtOrAbove(RateSeries series, Percentage threshold, SeriesPeriod from, SeriesPeriod to) =>
        Check<Floor>(series, threshold, from, to);

    /// <summary>Whether every period of <paramref name="series"/> from <paramref name="from"/> to <paramref name="to"/>
    /// was strictly above <paramref name="threshold"/> (“超过95%”, “突破95%”: exactly 95% is not above it).</summary>
    /// <param name="series">The rate series.</param>
    /// <param name="threshold">The threshold, 0%–10¹⁰%.</param>
    /// <param name="from">The first period of the span, inside the series.</param>
    /// <param name="to">The last period of the span, inside the series.</param>
    /// <returns>Held; broken with the first period at or below; or undetermined with the first period that has no
    /// value or a zero denominator. A period known only as its published percentage is judged by that
    /// percentage as printed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    /// <exception cref="ArgumentException">The span is not inside the series or is reversed.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is negative, above 10¹⁰%, or has more than 8 decimals.</exception>
    public static ThresholdCheck HeldAbove(RateSeries series, Percentage threshold, SeriesPeriod from, SeriesPeriod to) =>
        Check<StrictFloor>(series, threshold, from, to);

    /// <summary>Whether every period of <paramref name="series"/> from <paramref name="from"/> to <paramref name="to"/>
    /// was at or below <paramref name="threshold"/>, a ceiling (a death rate 控制在0.5%以内 includes 0.5%).</summary>
    /// <param name="series">The rate series.</param>
    /// <param name="threshold">The ceiling, 0%–10¹⁰%.</param>
    /// <param name="from">The first period of the span, inside the series.</param>
    /// <param name="to">The last period of the span, inside the series.</param>
    /// <returns>Held; broken with the first period above; or undetermined with the first period that has no
    /// value or a zero denominator. A period known only as its published percentage is judged by that
    /// percentage as printed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    /// <exception cref="ArgumentException">The span is not inside the series or is reversed.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is negative, above 10¹⁰%, or has more than 8 decimals.</exception>
    public static ThresholdCheck HeldAtOrBelow(RateSeries series, Percentage threshold, SeriesPeriod from, SeriesPeriod to) =>
        Check<Ceiling>(series, threshold, from, to);

    /// <summary>Whether every period of the whole <paramref name="series"/> was at or below <paramref name="threshold"/>.</summary>
    /// <param name="series">The rate series.</param>
    /// <param name="threshold">The ceiling.</param>
    /// <returns>The outcome, as for <see cref="HeldAtOrBelow(RateSeries, Percentage, SeriesPeriod, SeriesPeriod)"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is negative, above 10¹⁰%, or has more than 8 decimals.</exception>
    public static ThresholdCheck HeldAtOrBelow(RateSeries series, Percentage threshold)
    {
        Preconditions.CheckNotNull(series, nameof(series));
        return HeldAtOrBelow(series, threshold, series.Start, series.End);
    }

    /// <summary>For every series of <paramref name="panel"/>, whether it was at or below <paramref name="threshold"/> over the whole axis.</summary>
    /// <param name="panel">The rate panel.</param>
    /// <param name="threshold">The ceiling.</param>
    /// <returns>One check per series, in series order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="panel"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is negative, above 10¹⁰%, or has more than 8 decimals.</exception>
    public static ThresholdCheckTable HeldAtOrBelow(RatePanel panel, Percentage threshold) => Check<Ceiling>(panel, threshold);

    /// <summary>Whether every period of a count (or amount) series from <paramref name="from"/> to <paramref name="to"/> was
    /// at or above <paramref name="threshold"/> (每年不少于1000件), compared as integers.</summary>
    /// <param name="series">The series.</param>
    /// <param name="threshold">The floor, in the series' unit (a count, or 分 for an amount).</param>
    /// <param name="from">The first period of the span, inside the series.</param>
    /// <param name="to">The last period of the span, inside the series.</param>
    /// <returns>Held; broken with the first period below; or undetermined with the first gap
    /// (<see cref="UndefinedReason.MissingCurrent"/>). A break in basis does not matter: each period is judged alone.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    /// <exception cref="ArgumentException">The span is not inside the series or is reversed.</exception>
    public static ThresholdCheck HeldAtOrAbove(IndicatorSeries series, long threshold, SeriesPeriod from, SeriesPeriod to) =>
        Check<Floor>(series, threshold, from, to);

    /// <summary>Whether every period of the whole count (or amount) series was at or above <paramref name="threshold"/>.</summary>
    /// <param name="series">The series.</param>
    /// <param name="threshold">The floor, in the series' unit.</param>
    /// <returns>The outcome, as for <see cref="HeldAtOrAbove(IndicatorSeries, long, SeriesPeriod, SeriesPeriod)"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    public static ThresholdCheck HeldAtOrAbove(IndicatorSeries series, long threshold)
    {
        Preconditions.CheckNotNull(series, nameof(series));
        return HeldAtOrAbove(series, threshold, series.Start, series.End);
    }

    /// <summary>Whether every period of a count (or amount) series from <paramref name="from"/> to <paramref name="to"/> was
    /// at or below <paramref name="threshold"/>, a ceiling (生产安全事故控制在100起以内), compared as integers.</summary>
    /// <param name="series">The series.</param>
    /// <param name="threshold">The ceiling, in the series' unit (a count, or 分 for an amount).</param>
    /// <param name="from">The first period of the span, inside the series.</param>
    /// <param name="to">The last period of the span, inside the series.</param>
    /// <returns>Held; broken with the first period above; or undetermined with the first gap
    /// (<see cref="UndefinedReason.MissingCurrent"/>). A break in basis does not matter: each period is judged alone.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    /// <exception cref="ArgumentException">The span is not inside the series or is reversed.</exception>
    public static ThresholdCheck HeldAtOrBelow(IndicatorSeries series, long threshold, SeriesPeriod from, SeriesPeriod to) =>
        Check<Ceiling>(series, threshold, from, to);

    /// <summary>Whether every period of the whole count (or amount) series was at or below <paramref name="threshold"/>.</summary>
    /// <param name="series">The series.</param>
    /// <param name="threshold">The ceiling, in the series' unit.</param>
    /// <returns>The outcome, as for <see cref="HeldAtOrBelow(IndicatorSeries, long, SeriesPeriod, SeriesPeriod)"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    public static ThresholdCheck HeldAtOrBelow(IndicatorSeries series, long threshold)
    {
        Preconditions.CheckNotNull(series, nameof(series));
        return HeldAtOrBelow(series, threshold, series.Start, series.End);
    }

    private static ThresholdCheck Check<TBound>(IndicatorSeries series, long threshold, SeriesPeriod from, SeriesPeriod to)
        where TBound : struct, IBound
    {
        Preconditions.CheckNotNull(series, nameof(series));
        var (first, count) = SeriesRange.Check(series.Start, series.Length, from, to);
        var values = series.RawValues.AsSpan(first, count);
        var flags = series.RawFlags.AsSpan(first, count);
        var undecided = -1;
        for (var i = 0; i < count; i++)
        {
            if (flags[i] == PointFlags.Gap)
            {
                undecided = undecided < 0 ? i : undecided;
            }
            else if (default(TBound).Fails(values[i], threshold))
            {
                return new ThresholdCheck(ThresholdOutcome.Broken, i + 1, from.PlusPeriods(i), UndefinedReason.None);
            }
        }

        return undecided < 0
            ? new ThresholdCheck(ThresholdOutcome.Held, count, default, UndefinedReason.None)
            : new ThresholdCheck(ThresholdOutcome.Undetermined, count, from.PlusPeriods(undecided), UndefinedReason.MissingCurrent);
    }

    private static ThresholdCheck Check<TBound>(RateSeries series, Percentage threshold, SeriesPeriod from, SeriesPeriod to)
        where TBound : struct, IBound
    {
        Preconditions.CheckNotNull(series, nameof(series));
        var (p, q) = ToFraction(threshold.Value);
        var (first, count) = SeriesRange.Check(series.Start, series.Length, from, to);
        var num = series.RawNumerators.AsSpan(first, count);
        var den = series.RawDenominators.AsSpan(first, count);
        var flags = series.RawFlags.AsSpan(first, count);
        var published = series.RawPublished;
        var undecided = -1;
        var undecidedReason = UndefinedReason.None;
        for (var i = 0; i < count; i++)
        {
            var f = flags[i];
            UndefinedReason reason;
            bool below;
            if (f == PointFlags.Gap)
            {
                reason = UndefinedReason.MissingCurrent;
                below = false;
            }
            else if ((f & PointFlags.PublishedOnly) != 0)
            {
                reason = UndefinedReason.None;
                below = default(TBound).Fails(published![first + i].CompareTo(threshold.Value), 0);
            }
            else if (den[i] == 0)
            {
                reason = UndefinedReason.ZeroDenominator;
                below = false;
            }
            else
            {
                reason = UndefinedReason.None;
                below = default(TBound).Fails(WideArithmetic.CompareProducts(num[i], q, p, den[i]), 0);
            }

            if (below)
            {
                return new ThresholdCheck(ThresholdOutcome.Broken, i + 1, from.PlusPeriods(i), UndefinedReason.None);
            }

            if (reason != UndefinedReason.None && undecided < 0)
            {
                undecided = i;
                undecidedReason = reason;
            }
        }

        return undecided < 0
            ? new ThresholdCheck(ThresholdOutcome.Held, count, default, UndefinedReason.None)
            : new ThresholdCheck(ThresholdOutcome.Undetermined, count, from.PlusPeriods(undecided), undecidedReason);
    }

    /// <summary>Whether every period of the whole <paramref name="series"/> was at or above <paramref name="threshold"/>.</summary>
    /// <param name="series">The rate series.</param>
    /// <param name="threshold">The threshold (97%).</param>
    /// <returns>The outcome, as for <see cref="HeldAtOrAbove(RateSeries, Percentage, SeriesPeriod, SeriesPeriod)"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is negative, above 10¹⁰%, or has more than 8 decimals.</exception>
    public static ThresholdCheck HeldAtOrAbove(RateSeries series, Percentage threshold)
    {
        Preconditions.CheckNotNull(series, nameof(series));
        return HeldAtOrAbove(series, threshold, series.Start, series.End);
    }

    /// <summary>For every series of <paramref name="panel"/>, whether it was at or above <paramref name="threshold"/> over the whole axis.</summary>
    /// <param name="panel">The rate panel.</param>
    /// <param name="threshold">The threshold (97%).</param>
    /// <returns>One result per series, in series order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="panel"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is negative, above 10¹⁰%, or has more than 8 decimals.</exception>
    public static ThresholdCheckTable HeldAtOrAbove(RatePanel panel, Percentage threshold) => Check<Floor>(panel, threshold);

    /// <summary>For every series of <paramref name="panel"/>, whether it was at or above <paramref name="threshold"/> over the
    /// whole axis, written into a span the caller owns (one <see cref="ThresholdCheck"/> per series, as
    /// <see cref="HeldAtOrAbove(RatePanel, Percentage)"/> returns them). Allocates nothing.</summary>
    /// <param name="panel">The rate panel.</param>
    /// <param name="threshold">The threshold (97%).</param>
    /// <param name="results">The results, <see cref="RatePanel.SeriesCount"/> long.</param>
    /// <exception cref="ArgumentNullException"><paramref name="panel"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is negative, above 10¹⁰%, or has more than 8 decimals.</exception>
    /// <exception cref="ArgumentException"><paramref name="results"/> is not as long as the panel has series.</exception>
    public static void HeldAtOrAbove(RatePanel panel, Percentage threshold, Span<ThresholdCheck> results) => CheckInto<Floor>(panel, threshold, results);

    /// <summary>For every series of <paramref name="panel"/>, whether it was at or below <paramref name="threshold"/> over the
    /// whole axis, written into a span the caller owns (as <see cref="HeldAtOrBelow(RatePanel, Percentage)"/>). Allocates nothing.</summary>
    /// <param name="panel">The rate panel.</param>
    /// <param name="threshold">The ceiling.</param>
    /// <param name="results">The results, <see cref="RatePanel.SeriesCount"/> long.</param>
    /// <exception cref="ArgumentNullException"><paramref name="panel"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is negative, above 10¹⁰%, or has more than 8 decimals.</exception>
    /// <exception cref="ArgumentException"><paramref name="results"/> is not as long as the panel has series.</exception>
    public static void HeldAtOrBelow(RatePanel panel, Percentage threshold, Span<ThresholdCheck> results) => CheckInto<Ceiling>(panel, threshold, results);

    private static ThresholdCheckTable Check<TBound>(RatePanel panel, Percentage threshold)
        where TBound : struct, IBound
    {
        Preconditions.CheckNotNull(panel, nameof(panel));
        var result = new ThresholdCheck[panel.SeriesCount];
        CheckInto<TBound>(panel, threshold, result);
        return new ThresholdCheckTable(result);
    }

    private static void CheckInto<TBound>(RatePanel panel, Percentage threshold, Span<ThresholdCheck> results)
        where TBound : struct, IBound
    {
        Preconditions.CheckNotNull(panel, nameof(panel));
        var (p, q) = ToFraction(threshold.Value);
        BulkKernels.CheckLength(results.Length, panel.SeriesCount, nameof(results), panel.SeriesCount, 1);
        var result = results;

        // Parts are never negative; below this bound both products fit in a long. Checked once per panel.
        var limit = (ulong)(long.MaxValue / Math.Max(p, q));
        var length = panel.Length;
        var plain = !panel.AnyZeroDenominator && (ulong)panel.MaxPart <= limit;

        // The vector kernel multiplies 32-bit halves: every part and both terms of the fraction must fit in 32 bits.
        var narrow = plain && panel.MaxPart <= uint.MaxValue && p <= uint.MaxValue && q <= uint.MaxValue;
        var floor = default(TBound).Fails(0, 1);
        for (var s = 0; s < result.Length; s++)
        {
            var num = panel.RawNumerators.AsSpan(s * length, length);
            var den = panel.RawDenominators.AsSpan(s * length, length);
            var undecided = -1;
            var broken = -1;
            if (narrow)
            {
                broken = BulkKernels.FirstFailure(num, den, p, q, floor);
                result[s] = broken >= 0
                    ? new ThresholdCheck(ThresholdOutcome.Broken, broken + 1, panel.Start.PlusPeriods(broken), UndefinedReason.None)
                    : new ThresholdCheck(ThresholdOutcome.Held, length, default, UndefinedReason.None);
                continue;
            }

            if (plain)
            {
                // Every product fits in 64 bits and no denominator is zero: the plain cross-multiplication.
                for (var i = 0; i < num.Length && i < den.Length; i++)
                {
                    if (default(TBound).Fails(unchecked(num[i] * q), unchecked(p * den[i])))
                    {
                        broken = i;
                        break;
                    }
                }

                result[s] = broken >= 0
                    ? new ThresholdCheck(ThresholdOutcome.Broken, broken + 1, panel.Start.PlusPeriods(broken), UndefinedReason.None)
                    : new ThresholdCheck(ThresholdOutcome.Held, length, default, UndefinedReason.None);
                continue;
            }

            for (var i = 0; i < num.Length && i < den.Length; i++)
            {
                var n = num[i];
                var d = den[i];

                // One predictable branch per point: below (with small parts), a zero denominator, or parts too
                // large for 64-bit products all take the careful path.
                if ((default(TBound).Fails(unchecked(n * q), unchecked(p * d)) | (d == 0)) | (unchecked((ulong)(n | d)) > limit))
                {
                    if (d == 0)
                    {
                        undecided = undecided < 0 ? i : undecided;
                        continue;
                    }

                    if (default(TBound).Fails(WideArithmetic.CompareProducts(n, q, p, d), 0))
                    {
                        broken = i;
                        break;
                    }
                }
            }

            result[s] = broken >= 0 ? new ThresholdCheck(ThresholdOutcome.Broken, broken + 1, panel.Start.PlusPeriods(broken), UndefinedReason.None)
                : undecided >= 0 ? new ThresholdCheck(ThresholdOutcome.Undetermined, length, panel.Start.PlusPeriods(undecided), UndefinedReason.ZeroDenominator)
                : new ThresholdCheck(ThresholdOutcome.Held, length, default, UndefinedReason.None);
        }
    }

    /// <summary>A percentage as the reduced fraction p/q of one: 97 → 97/100, 97.5 → 39/40.</summary>
    internal static (long P, long Q) ToFraction(decimal percent)
    {
        Preconditions.CheckArgumentRange("threshold", percent, 0m, 10_000_000_000m);
        // The fewest decimals that hold the value (97.50 → 1), found by multiplying: no decimal.GetBits, which allocates
        // on netstandard2.0, so the caller-owned overloads allocate nothing there either. The reduced fraction is the same.
        var scaled = percent;
        long factor = 1;
        for (var scale = 0; scale < 8 && scaled != decimal.Truncate(scaled); scale++)
        {
            scaled *= 10m;
            factor *= 10;
        }

        Preconditions.CheckArgument(scaled == decimal.Truncate(scaled), "threshold", "A threshold may have at most 8 decimals: {0}.", percent);
        var p = (long)scaled;
        var q = 100L * factor;
        var g = (long)WideArithmetic.Gcd((ulong)p, (ulong)q);
        return g == 0 ? (0, 1) : (p / g, q / g);
    }

    /// <summary>Which side of the threshold fails: below a floor, above a ceiling. A struct, so each loop is compiled
    /// for its side with no branch on it.</summary>
    private interface IBound
    {
        /// <summary>Whether a value compared as <paramref name="value"/> against <paramref name="threshold"/> fails.</summary>
        bool Fails(long value, long threshold);
    }

    private readonly struct Floor : IBound
    {
        public bool Fails(long value, long threshold) => value < threshold;
    }

    private readonly struct StrictFloor : IBound
    {
        public bool Fails(long value, long threshold) => value <= threshold;
    }

    private readonly struct Ceiling : IBound
    {
        public bool Fails(long value, long threshold) => value > threshold;
    }
}
