using System.Globalization;
using System.Numerics;
using Quzhou.Governance.Figures;
using Quzhou.Governance.Quantities;

namespace Quzhou.Governance.Claims;

/// <summary>
/// An interval of exact values held as big integers at the scale 10²⁸ (every <see cref="decimal"/> is a whole
/// number there), each end open, closed or absent: sums and differences of published figures' intervals with no
/// rounding at all. Internal to the audits.
/// </summary>
internal readonly struct ExactRange
{
    /// <summary>10²⁸: a decimal times this is a whole number.</summary>
    internal static readonly BigInteger One = BigInteger.Pow(10, 28);

    private ExactRange(BigInteger? lower, bool includesLower, BigInteger? upper, bool includesUpper)
    {
        Lower = lower;
        IncludesLower = lower.HasValue && includesLower;
        Upper = upper;
        IncludesUpper = upper.HasValue && includesUpper;
    }

    internal BigInteger? Lower { get; }

    internal BigInteger? Upper { get; }

    internal bool IncludesLower { get; }

    internal bool IncludesUpper { get; }

    internal bool IsEmpty => Lower is { } l && Upper is { } u && (l > u || (l == u && !(IncludesLower && IncludesUpper)));

    internal bool IsBounded => Lower.HasValue && Upper.HasValue;

    internal static BigInteger Scaled(decimal value)
    {
        WideArithmetic.ToBigFraction(value, out var numerator, out var denominator);
        return numerator * One / denominator;
    }

    internal static ExactRange Of(FigureInterval interval) =>
        new(interval.Lower is { } l ? Scaled(l) : null, interval.IncludesLower, interval.Upper is { } u ? Scaled(u) : null, interval.IncludesUpper);

    internal static ExactRange Point(BigInteger scaled) => new(scaled, true, scaled, true);

    internal static ExactRange Closed(BigInteger lower, BigInteger upper) => new(lower, true, upper, true);

    /// <summary>The whole numbers inside, as a closed range (empty when there are none).</summary>
    internal ExactRange WholeNumbers()
    {
        BigInteger? lower = null;
        if (Lower is { } l)
        {
            var q = Floor(l);
            var atWhole = q * One == l;
            lower = (atWhole && IncludesLower ? q : q + 1) * One;
        }

        BigInteger? upper = null;
        if (Upper is { } u)
        {
            var q = Floor(u);
            var atWhole = q * One == u;
            upper = (atWhole && !IncludesUpper ? q - 1 : q) * One;
        }

        return new ExactRange(lower, true, upper, true);
    }

    /// <summary>Every a + b with a in this and b in <paramref name="other"/>.</summary>
    internal ExactRange Plus(ExactRange other) => new(
        Lower.HasValue && other.Lower.HasValue ? Lower.Value + other.Lower.Value : null,
        IncludesLower && other.IncludesLower,
        Upper.HasValue && other.Upper.HasValue ? Upper.Value + other.Upper.Value : null,
        IncludesUpper && other.IncludesUpper);

    /// <summary>Every a − b with a in this and b in <paramref name="other"/>.</summary>
    internal ExactRange Minus(ExactRange other) => new(
        Lower.HasValue && other.Upper.HasValue ? Lower.Value - other.Upper.Value : null,
        IncludesLower && other.IncludesUpper,
        Upper.HasValue && other.Lower.HasValue ? Upper.Value - other.Lower.Value : null,
        IncludesUpper && other.IncludesLower);

    /// <summary>Whether some value lies in both.</summary>
    internal bool Intersects(ExactRange other)
    {
        if (IsEmpty || other.IsEmpty)
        {
            return false;
        }

        // The greater lower end and the smaller upper end; at equal ends, included only when both include it.
        var lower = Lower;
        var includesLower = IncludesLower;
        if (other.Lower is { } ol)
        {
            if (lower is null || ol > lower.Value)
            {
                lower = ol;
                includesLower = other.IncludesLower;
            }
            else if (ol == lower.Value)
            {
                includesLower &= other.IncludesLower;
            }
        }

        var upper = Upper;
        var includesUpper = IncludesUpper;
        if (other.Upper is { } ou)
        {
            if (upper is null || ou < upper.Value)
            {
                upper = ou;
                includesUpper = other.IncludesUpper;
            }
            else if (ou == upper.Value)
            {
                includesUpper &= other.IncludesUpper;
            }
        }

        return !new ExactRange(lower, includesLower, upper, includesUpper).IsEmpty;
    }

    /// <summary>In mathematical notation, the ends as decimals: <c>[99.75, 100.05]</c>.</summary>
    public override string ToString() =>
        (Lower is { } l ? (IncludesLower ? "[" : "(") + Format(l) : "(−∞")
        + ", "
        + (Upper is { } u ? Format(u) + (IncludesUpper ? "]" : ")") : "+∞)");

    internal static string Format(BigInteger scaled)
    {
        var negative = scaled.Sign < 0;
        var digits = BigInteger.Abs(scaled).ToString(CultureInfo.InvariantCulture).PadLeft(29, '0');
        var whole = digits.Substring(0, digits.Length - 28);
        var fraction = digits.Substring(digits.Length - 28).TrimEnd('0');
        return (negative ? "−" : string.Empty) + whole + (fraction.Length > 0 ? "." + fraction : string.Empty);
    }

    private static BigInteger Floor(BigInteger scaled)
    {
        var q = BigInteger.DivRem(scaled, One, out var remainder);
        return remainder.Sign < 0 ? q - 1 : q;
    }
}
