using System;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.Calculations;

/// <summary>
/// Whether a rate stayed at or above a threshold over a span (就地化解率保持在97%以上), decided exactly by
/// cross-multiplication of the parts (numerator × 100 ≥ 97 × denominator), never by dividing. Each period is
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
    public static ThresholdResult HeldAtOrAbove(RateSeries series, Percentage threshold, SeriesPeriod from, SeriesPeriod to)
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
                below = published![first + i] < threshold.Value;
            }
            else if (den[i] == 0)
            {
                reason = UndefinedReason.ZeroDenominator;
                below = false;
            }
            else
            {
                reason = UndefinedReason.None;
                below = WideArithmetic.CompareProducts(num[i], q, p, den[i]) < 0;
            }

            if (below)
            {
                return new ThresholdResult(ThresholdOutcome.Broken, i + 1, from.PlusPeriods(i), UndefinedReason.None);
            }

            if (reason != UndefinedReason.None && undecided < 0)
            {
                undecided = i;
                undecidedReason = reason;
            }
        }

        return undecided < 0
            ? new ThresholdResult(ThresholdOutcome.Held, count, default, UndefinedReason.None)
            : new ThresholdResult(ThresholdOutcome.Undetermined, count, from.PlusPeriods(undecided), undecidedReason);
    }

    /// <summary>Whether every period of the whole <paramref name="series"/> was at or above <paramref name="threshold"/>.</summary>
    /// <param name="series">The rate series.</param>
    /// <param name="threshold">The threshold (97%).</param>
    /// <returns>The outcome, as for <see cref="HeldAtOrAbove(RateSeries, Percentage, SeriesPeriod, SeriesPeriod)"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is negative, above 10¹⁰%, or has more than 8 decimals.</exception>
    public static ThresholdResult HeldAtOrAbove(RateSeries series, Percentage threshold)
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
    public static ThresholdResult[] HeldAtOrAbove(RatePanel panel, Percentage threshold)
    {
        Preconditions.CheckNotNull(panel, nameof(panel));
        var (p, q) = ToFraction(threshold.Value);

        // Parts are never negative; below this bound both products fit in a long.
        var limit = (ulong)(long.MaxValue / Math.Max(p, q));
        var length = panel.Length;
        var result = new ThresholdResult[panel.SeriesCount];
        for (var s = 0; s < result.Length; s++)
        {
            var num = panel.RawNumerators.AsSpan(s * length, length);
            var den = panel.RawDenominators.AsSpan(s * length, length);
            var undecided = -1;
            var broken = -1;
            if (!panel.AnyZeroDenominator && (ulong)panel.MaxPart <= limit)
            {
                // Every product fits in 64 bits and no denominator is zero: the plain cross-multiplication.
                for (var i = 0; i < num.Length && i < den.Length; i++)
                {
                    if (unchecked(num[i] * q < p * den[i]))
                    {
                        broken = i;
                        break;
                    }
                }

                result[s] = broken >= 0
                    ? new ThresholdResult(ThresholdOutcome.Broken, broken + 1, panel.Start.PlusPeriods(broken), UndefinedReason.None)
                    : new ThresholdResult(ThresholdOutcome.Held, length, default, UndefinedReason.None);
                continue;
            }

            for (var i = 0; i < num.Length && i < den.Length; i++)
            {
                var n = num[i];
                var d = den[i];

                // One predictable branch per point: below (with small parts), a zero denominator, or parts too
                // large for 64-bit products all take the careful path.
                if ((unchecked(n * q < p * d) | (d == 0)) | (unchecked((ulong)(n | d)) > limit))
                {
                    if (d == 0)
                    {
                        undecided = undecided < 0 ? i : undecided;
                        continue;
                    }

                    if (WideArithmetic.CompareProducts(n, q, p, d) < 0)
                    {
                        broken = i;
                        break;
                    }
                }
            }

            result[s] = broken >= 0 ? new ThresholdResult(ThresholdOutcome.Broken, broken + 1, panel.Start.PlusPeriods(broken), UndefinedReason.None)
                : undecided >= 0 ? new ThresholdResult(ThresholdOutcome.Undetermined, length, panel.Start.PlusPeriods(undecided), UndefinedReason.ZeroDenominator)
                : new ThresholdResult(ThresholdOutcome.Held, length, default, UndefinedReason.None);
        }

        return result;
    }

    /// <summary>A percentage as the reduced fraction p/q of one: 97 → 97/100, 97.5 → 39/40.</summary>
    internal static (long P, long Q) ToFraction(decimal percent)
    {
        Preconditions.CheckArgumentRange("threshold", percent, 0m, 10_000_000_000m);
        var scale = Math.Min(Rounding.Scale(percent), 8);
        var factor = Rounding.Pow10(scale);
        var scaled = percent * factor;
        Preconditions.CheckArgument(scaled == decimal.Truncate(scaled), "threshold", "A threshold may have at most 8 decimals: {0}.", percent);
        var p = (long)scaled;
        var q = 100L * (long)factor;
        var g = (long)WideArithmetic.Gcd((ulong)p, (ulong)q);
        return g == 0 ? (0, 1) : (p / g, q / g);
    }
}
