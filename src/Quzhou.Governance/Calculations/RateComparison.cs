using System;
using System.Numerics;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.Calculations;

/// <summary>
/// A rate now against a rate before (执结率较“十三五”), both kept as their parts: the change in percentage
/// points, the relative change, and which of the two readings a published “提升11.53%” fits.
/// </summary>
/// <remarks>The default value is not computed: it compares two default <see cref="SpanRate"/>s, so <see cref="Reason"/>
/// is <see cref="UndefinedReason.NotComputed"/> and <see cref="Readings(decimal, int)"/> is <see cref="RateChangeReadings.None"/>.</remarks>
public readonly struct RateComparison : IEquatable<RateComparison>
#if NET7_0_OR_GREATER
    , IEqualityOperators<RateComparison, RateComparison, bool>
#endif
{
    internal RateComparison(SpanRate current, SpanRate @base)
    {
        Current = current;
        Base = @base;
    }

    /// <summary>The current rate.</summary>
    public SpanRate Current { get; }

    /// <summary>The base rate.</summary>
    public SpanRate Base { get; }

    /// <summary>Why the comparison is undefined (the reason of the first undefined rate, or
    /// <see cref="UndefinedReason.BasisBreak"/> when the basis changed between the two spans), or <see cref="UndefinedReason.None"/>.</summary>
    public UndefinedReason Reason =>
        !Current.IsDefined ? Current.Reason
        : !Base.IsDefined ? Base.Reason
        : CrossesBreak(Current, Base) ? UndefinedReason.BasisBreak
        : UndefinedReason.None;

    /// <summary>The change in percentage points, rounded half away from zero (11.53 for 60% → 71.53%); null when undefined.</summary>
    /// <param name="decimals">The decimals wanted, 0–20.</param>
    /// <returns>The signed points, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is out of range.</exception>
    [Pure]
    public decimal? ToPercentagePoints(int decimals)
    {
        Preconditions.CheckArgumentRange(nameof(decimals), decimals, 0, 20);
        if (Reason != UndefinedReason.None)
        {
            return null;
        }

        var (n, d) = PointsFraction();
        return RoundExactly(n, d, decimals);
    }

    /// <summary>The relative change of the rate in percent (19.22 for 60% → 71.53%); null when undefined or against a 0% base.</summary>
    /// <param name="decimals">The decimals wanted, 0–20.</param>
    /// <returns>The signed percentage, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is out of range.</exception>
    /// <exception cref="OverflowException">The change does not fit a <see cref="decimal"/> at <paramref name="decimals"/>
    /// (a rate of 1 in 2^63 rising to almost 100% is a change of 922337203685477580500%, which has no room for 8 places).</exception>
    [Pure]
    public decimal? ToRelativePercent(int decimals)
    {
        Preconditions.CheckArgumentRange(nameof(decimals), decimals, 0, 20);
        if (Reason != UndefinedReason.None || Base.Numerator == 0)
        {
            return null;
        }

        var (n, d) = RelativeFraction();
        return RoundExactly(n, d, decimals);
    }

    /// <summary>
    /// Which readings of an unsigned claim (“提升11.53%”: 11.53 with 2 decimals; the direction word gives the sign)
    /// round to the data: percentage points, relative, both (ambiguous: say so), or none.
    /// </summary>
    /// <param name="claimedPercent">The signed figure as printed: +11.53 for 提升, −6.47 for 下降.</param>
    /// <param name="decimals">The decimals printed, 0–10.</param>
    /// <returns>The readings that fit; <see cref="RateChangeReadings.None"/> when the comparison is undefined.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="claimedPercent"/> has more decimals than <paramref name="decimals"/>
    /// (11.534 cannot have been printed with 2; naming <paramref name="decimals"/> and the value).</exception>
    [Pure]
    public RateChangeReadings Readings(decimal claimedPercent, int decimals)
    {
        SeriesValidation.CheckPrintedPrecision(claimedPercent, decimals, nameof(claimedPercent), nameof(decimals));
        var result = RateChangeReadings.None;
        if (Reason != UndefinedReason.None)
        {
            return result;
        }

        // A reading fits when the exact value prints as the claim: within half a step of the last printed digit,
        // both ends included, because GB/T 8170 rounds an exact tie to even and a checker accepts either neighbour.
        var (pn, pd) = PointsFraction();
        if (Fits(pn, pd, claimedPercent, decimals))
        {
            result |= RateChangeReadings.PercentagePoints;
        }

        if (Base.Numerator != 0)
        {
            var (rn, rd) = RelativeFraction();
            if (Fits(rn, rd, claimedPercent, decimals))
            {
                result |= RateChangeReadings.Relative;
            }
        }

        return result;
    }

    /// <inheritdoc />
    [Pure]
    public bool Equals(RateComparison other) => Current == other.Current && Base == other.Base;

    /// <inheritdoc />
    [Pure]
    public override bool Equals(object? obj) => obj is RateComparison other && Equals(other);

    /// <inheritdoc />
    [Pure]
    public override int GetHashCode() => HashCodes.Combine(Current.GetHashCode(), Base.GetHashCode());

    /// <summary><c>7153/10000 vs 6000/10000</c>.</summary>
    /// <returns>A string for diagnostics.</returns>
    [Pure]
    public override string ToString() => Current.ToString() + " vs " + Base.ToString();

    /// <summary>Whether two comparisons are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(RateComparison left, RateComparison right) => left.Equals(right);

    /// <summary>Whether two comparisons differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(RateComparison left, RateComparison right) => !left.Equals(right);

    /// <summary>Whether a break lies after the earlier span's first month and at or before the later span's end: the later
    /// span's basis began after the earlier span began (neither span holds a break inside, or it would be undefined).
    /// Spans starting together (two regions at one time) never cross.</summary>
    private static bool CrossesBreak(SpanRate a, SpanRate b)
    {
        var (earlier, later) = a.FirstMonth <= b.FirstMonth ? (a, b) : (b, a);
        return later.BasisMonth > earlier.FirstMonth;
    }

    // (cn/cd − bn/bd) × 100 as the exact fraction (cn·bd − bn·cd)·100 / (cd·bd); both denominators are positive.
    private (BigInteger Numerator, BigInteger Denominator) PointsFraction() =>
        (((new BigInteger(Current.Numerator) * Base.Denominator) - (new BigInteger(Base.Numerator) * Current.Denominator)) * 100,
            new BigInteger(Current.Denominator) * Base.Denominator);

    // ((cn/cd) / (bn/bd) − 1) × 100 as the exact fraction (cn·bd − bn·cd)·100 / (cd·bn); the base numerator is not zero.
    private (BigInteger Numerator, BigInteger Denominator) RelativeFraction() =>
        (((new BigInteger(Current.Numerator) * Base.Denominator) - (new BigInteger(Base.Numerator) * Current.Denominator)) * 100,
            new BigInteger(Current.Denominator) * Base.Numerator);

    /// <summary>n/d (d &gt; 0) rounded half away from zero (四舍五入) to <paramref name="decimals"/> places, exactly.</summary>
    private static decimal RoundExactly(BigInteger n, BigInteger d, int decimals)
    {
        var quotient = BigInteger.DivRem(BigInteger.Abs(n) * BigInteger.Pow(10, decimals), d, out var remainder);
        if (remainder * 2 >= d)
        {
            quotient += 1;
        }

        var bits = decimal.GetBits((decimal)quotient);
        return new decimal(bits[0], bits[1], bits[2], n.Sign < 0 && !quotient.IsZero, (byte)decimals);
    }

    /// <summary>Whether the exact n/d prints as <paramref name="claim"/> at <paramref name="decimals"/> places: within half a
    /// step of the last printed digit, both ends included (GB/T 8170 rounds an exact tie to even; a checker accepts either).</summary>
    private static bool Fits(BigInteger n, BigInteger d, decimal claim, int decimals)
    {
        // |n/d − cn/cd| ≤ 1 / (2·10^decimals)  ⇔  |n·cd − cn·d| · 2·10^decimals ≤ d·cd.
        WideArithmetic.ToBigFraction(claim, out var cn, out var cd);
        return BigInteger.Abs((n * cd) - (cn * d)) * 2 * BigInteger.Pow(10, decimals) <= d * cd;
    }
}
