using System;
using System.Globalization;
using System.Text;
#if NET7_0_OR_GREATER
using System.Numerics;
#endif

namespace Quzhou.Governance.Figures;

/// <summary>
/// An interval of true values, each end open, closed or absent (unbounded): what a published figure stands
/// for. “72.96%” is [72.955, 72.965] (in percent units), “1360余人” is (1360, 1370), “97%以上” is [97, +∞).
/// Immutable.
/// </summary>
/// <remarks>The default value has neither end: (−∞, +∞), every value.</remarks>
public readonly struct FigureInterval : IEquatable<FigureInterval>
#if NET7_0_OR_GREATER
    , IEqualityOperators<FigureInterval, FigureInterval, bool>
#endif
{
    private const byte HasLowerFlag = 1;
    private const byte HasUpperFlag = 2;
    private const byte IncludesLowerFlag = 4;
    private const byte IncludesUpperFlag = 8;

    private readonly decimal lower;
    private readonly decimal upper;
    private readonly byte flags;

    /// <summary>Creates an interval.</summary>
    /// <param name="lower">The lower end, or null for none (−∞).</param>
    /// <param name="includesLower">Whether the lower end belongs to the interval (ignored without a lower end).</param>
    /// <param name="upper">The upper end, or null for none (+∞).</param>
    /// <param name="includesUpper">Whether the upper end belongs to the interval (ignored without an upper end).</param>
    /// <exception cref="ArgumentException"><paramref name="lower"/> is greater than <paramref name="upper"/>.</exception>
    public FigureInterval(decimal? lower, bool includesLower, decimal? upper, bool includesUpper)
    {
        if (lower.HasValue && upper.HasValue && lower.Value > upper.Value)
        {
            Preconditions.ThrowArgument(nameof(lower), string.Format(CultureInfo.InvariantCulture, "The lower end {0} is greater than the upper end {1}.", lower.Value, upper.Value));
        }

        this.lower = lower ?? 0m;
        this.upper = upper ?? 0m;
        byte f = 0;
        if (lower.HasValue)
        {
            f |= HasLowerFlag;
            if (includesLower)
            {
                f |= IncludesLowerFlag;
            }
        }

        if (upper.HasValue)
        {
            f |= HasUpperFlag;
            if (includesUpper)
            {
                f |= IncludesUpperFlag;
            }
        }

        flags = f;
    }

    /// <summary>The lower end, or null when the interval has none.</summary>
    public decimal? Lower => (flags & HasLowerFlag) != 0 ? lower : null;

    /// <summary>The upper end, or null when the interval has none.</summary>
    public decimal? Upper => (flags & HasUpperFlag) != 0 ? upper : null;

    /// <summary>Whether the lower end exists and belongs to the interval.</summary>
    public bool IncludesLower => (flags & IncludesLowerFlag) != 0;

    /// <summary>Whether the upper end exists and belongs to the interval.</summary>
    public bool IncludesUpper => (flags & IncludesUpperFlag) != 0;

    /// <summary>Whether no value lies inside: equal ends, not both included.</summary>
    public bool IsEmpty => (flags & (HasLowerFlag | HasUpperFlag)) == (HasLowerFlag | HasUpperFlag)
        && lower == upper && (flags & (IncludesLowerFlag | IncludesUpperFlag)) != (IncludesLowerFlag | IncludesUpperFlag);

    private bool HasLower => (flags & HasLowerFlag) != 0;

    private bool HasUpper => (flags & HasUpperFlag) != 0;

    /// <summary>Compares ends and their inclusion.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(FigureInterval left, FigureInterval right) => left.Equals(right);

    /// <summary>Compares ends and their inclusion.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(FigureInterval left, FigureInterval right) => !left.Equals(right);

    /// <summary>Whether <paramref name="value"/> lies inside the interval.</summary>
    /// <param name="value">The value, in the interval's units.</param>
    /// <returns>Whether it is inside.</returns>
    [Pure]
    public bool Contains(decimal value)
    {
        if (HasLower && (value < lower || (value == lower && !IncludesLower)))
        {
            return false;
        }

        return !HasUpper || value < upper || (value == upper && IncludesUpper);
    }

    /// <summary>
    /// Whether the exact fraction <paramref name="numerator"/> / <paramref name="denominator"/>, multiplied by
    /// <paramref name="scale"/>, lies inside, compared by cross-multiplication in 192-bit integers (no
    /// division, no rounding).
    /// </summary>
    /// <param name="numerator">The numerator.</param>
    /// <param name="denominator">The denominator; a zero denominator is an undefined value, inside no interval.</param>
    /// <param name="scale">What the fraction is multiplied by to be in the interval's units (100 for percent), 1 to 10⁹.</param>
    /// <returns>Whether it is inside; false for a zero denominator.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scale"/> is out of range.</exception>
    [Pure]
    public bool Contains(long numerator, long denominator, long scale = 1)
    {
        Preconditions.CheckArgumentRange(nameof(scale), scale, 1, FigureUnit.MaxPopulationBase);
        if (denominator == 0)
        {
            return false;
        }

        if (HasLower)
        {
            var c = WideFraction.Compare(numerator, denominator, scale, lower);
            if (c < 0 || (c == 0 && !IncludesLower))
            {
                return false;
            }
        }

        if (HasUpper)
        {
            var c = WideFraction.Compare(numerator, denominator, scale, upper);
            if (c > 0 || (c == 0 && !IncludesUpper))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether some whole numerator k makes k / <paramref name="denominator"/> × <paramref name="scale"/> lie
    /// inside: can a share printed as this figure come from <paramref name="denominator"/> cases at all?
    /// (97.18% from 1,000 responses: no.)
    /// </summary>
    /// <param name="denominator">The denominator, positive.</param>
    /// <param name="scale">What the fraction is multiplied by (100 for percent), 1 to 10⁹.</param>
    /// <returns>Whether a numerator k (any <see cref="long"/>) exists.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="denominator"/> is not positive, or
    /// <paramref name="scale"/> is out of range.</exception>
    [Pure]
    public bool HasFractionWithDenominator(long denominator, long scale = 1)
    {
        Preconditions.CheckArgumentRange(nameof(denominator), denominator, 1, long.MaxValue);
        Preconditions.CheckArgumentRange(nameof(scale), scale, 1, FigureUnit.MaxPopulationBase);
        if (IsEmpty)
        {
            return false;
        }

        if (!HasLower)
        {
            if (!HasUpper)
            {
                return true;
            }

            // Every k far enough below the upper end is inside; the smallest long is, unless the upper end
            // lies below even that.
            return Contains(long.MinValue, denominator, scale) || Contains(Estimate(upper, denominator, scale), denominator, scale);
        }

        // The smallest k at or above the lower end is within two of the estimate; if it is not inside, no
        // larger k is.
        var estimate = Estimate(lower, denominator, scale);
        for (var offset = -2; offset <= 2; offset++)
        {
            if ((offset < 0 && estimate < long.MinValue - offset) || (offset > 0 && estimate > long.MaxValue - offset))
            {
                continue;
            }

            if (Contains(estimate + offset, denominator, scale))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Compares ends and their inclusion.</summary>
    /// <param name="other">The other interval.</param>
    /// <returns>Whether they are equal.</returns>
    [Pure]
    public bool Equals(FigureInterval other) =>
        flags == other.flags && (!HasLower || lower == other.lower) && (!HasUpper || upper == other.upper);

    /// <inheritdoc />
    [Pure]
    public override bool Equals(object? obj) => obj is FigureInterval other && Equals(other);

    /// <inheritdoc />
    [Pure]
    public override int GetHashCode() => HashCodes.Combine(flags, HasLower ? lower.GetHashCode() : 0, HasUpper ? upper.GetHashCode() : 0);

    /// <summary>The interval in mathematical notation: <c>[72.955, 72.965]</c>, <c>(1360, 1370)</c>, <c>[97, +∞)</c>.</summary>
    /// <returns>The text.</returns>
    [Pure]
    public override string ToString()
    {
        var builder = new StringBuilder();
        builder.Append(HasLower ? (IncludesLower ? "[" : "(") + lower.ToString(CultureInfo.InvariantCulture) : "(−∞");
        builder.Append(", ");
        builder.Append(HasUpper ? upper.ToString(CultureInfo.InvariantCulture) + (IncludesUpper ? "]" : ")") : "+∞)");
        return builder.ToString();
    }

    /// <summary>floor(bound × denominator / scale), clamped to the range of <see cref="long"/>; within one of the
    /// exact value (decimal keeps 28 significant digits, far more than a long needs).</summary>
    private static long Estimate(decimal bound, long denominator, long scale)
    {
        decimal product;
        try
        {
            product = decimal.Floor(bound / scale * denominator);
        }
        catch (OverflowException)
        {
            return bound > 0 ? long.MaxValue : long.MinValue;
        }

        if (product >= long.MaxValue)
        {
            return long.MaxValue;
        }

        return product <= long.MinValue ? long.MinValue : (long)product;
    }
}
