using System;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Quzhou.Governance.Figures;
using Xunit;

namespace Quzhou.Governance.Tests.Figures;

/// <summary>
/// <see cref="FigureInterval"/> at its edges: whether a numerator exists (<see cref="FigureInterval.HasFractionWithDenominator"/>)
/// when the smallest one is near <see cref="long.MinValue"/> or <see cref="long.MaxValue"/>, when the decimal estimate
/// overflows or falls one short, and whether a fraction lies inside, each against a BigInteger reference; the
/// constructor's message and the hash code of intervals differing in one end.
/// </summary>
public class FigureIntervalEdgesTest
{
    [Fact]
    public void Constructor_LowerAboveUpper_SaysBothEnds()
    {
        var ex = Assert.Throws<ArgumentException>(() => new FigureInterval(2.50m, true, 1m, false));
        Assert.Equal("lower", ex.ParamName);
        Assert.StartsWith("The lower end 2.50 is greater than the upper end 1.", ex.Message, StringComparison.Ordinal);
        Assert.Equal("[2, 2]", new FigureInterval(2m, true, 2m, true).ToString());
    }

    [Fact]
    public void Flags_EachEndAndInclusion_AreKept()
    {
        var interval = new FigureInterval(1m, false, 2m, true);
        Assert.Equal(1m, interval.Lower);
        Assert.False(interval.IncludesLower);
        Assert.Equal(2m, interval.Upper);
        Assert.True(interval.IncludesUpper);
        var other = new FigureInterval(1m, true, 2m, false);
        Assert.True(other.IncludesLower);
        Assert.False(other.IncludesUpper);
        var upperOnly = new FigureInterval(null, true, 2m, true);
        Assert.Null(upperOnly.Lower);
        Assert.False(upperOnly.IncludesLower);
        Assert.True(upperOnly.IncludesUpper);
        var lowerOnly = new FigureInterval(1m, true, null, true);
        Assert.Null(lowerOnly.Upper);
        Assert.False(lowerOnly.IncludesUpper);
        Assert.True(lowerOnly.IncludesLower);
    }

    [Fact]
    public void GetHashCode_IntervalsDifferingInOneEnd_Differ()
    {
        Assert.NotEqual(new FigureInterval(1m, true, 2m, true).GetHashCode(), new FigureInterval(1m, true, 3m, true).GetHashCode());
        Assert.NotEqual(new FigureInterval(1m, true, 3m, true).GetHashCode(), new FigureInterval(2m, true, 3m, true).GetHashCode());
        Assert.NotEqual(new FigureInterval(1m, true, null, false).GetHashCode(), new FigureInterval(2m, true, null, false).GetHashCode());
        Assert.NotEqual(new FigureInterval(null, false, 1m, true).GetHashCode(), new FigureInterval(null, false, 2m, true).GetHashCode());
        Assert.NotEqual(new FigureInterval(1m, true, 2m, true).GetHashCode(), new FigureInterval(1m, false, 2m, true).GetHashCode());
        Assert.Equal(new FigureInterval(1m, true, 2m, true).GetHashCode(), new FigureInterval(1.0m, true, 2.00m, true).GetHashCode());
    }

    [Fact]
    public void HasFraction_SmallestNumeratorIsLongMaxValue_Found()
    {
        // [2⁶³ − 1.5, +∞): the estimate is 2⁶³ − 2, the numerator 2⁶³ − 1 one above it, 2⁶³ − 0.5 two above.
        Assert.True(new FigureInterval(9223372036854775806.5m, true, null, false).HasFractionWithDenominator(1));
        Assert.True(new FigureInterval(9223372036854775805.5m, false, null, false).HasFractionWithDenominator(1));
        Assert.True(new FigureInterval(9223372036854775807m, true, null, false).HasFractionWithDenominator(1));
        Assert.False(new FigureInterval(9223372036854775807m, false, null, false).HasFractionWithDenominator(1));
        Assert.False(new FigureInterval(9223372036854775806.5m, true, 9223372036854775806.9m, true).HasFractionWithDenominator(1));
    }

    [Fact]
    public void HasFraction_EstimateOneShortOfAnOpenEnd_LooksTwoAbove()
    {
        // 1 / 3 × 3 is 0.999…9 in decimal: the estimate is 0, the exact value 1, and above the open end 1 the first
        // numerator is 2 (2 / 3 × 3 = 2).
        Assert.True(new FigureInterval(1m, false, null, false).HasFractionWithDenominator(3, 3));
        Assert.True(new FigureInterval(1m, false, 2m, true).HasFractionWithDenominator(3, 3));
        Assert.False(new FigureInterval(1m, false, 2m, false).HasFractionWithDenominator(3, 3));
        Assert.True(new FigureInterval(1m, true, 1m, true).HasFractionWithDenominator(3, 3));
    }

    [Fact]
    public void HasFraction_EstimateBeyondLong_IsClamped()
    {
        // The decimal product passes 2⁶³ (not a long) but not decimal's range: no numerator is that large.
        Assert.False(new FigureInterval(1e20m, true, null, false).HasFractionWithDenominator(1));
        Assert.True(new FigureInterval(-1e20m, true, null, false).HasFractionWithDenominator(1));
        Assert.True(new FigureInterval(-1e20m, true, 0m, true).HasFractionWithDenominator(1));
        Assert.True(new FigureInterval(-1e20m, true, -9223372036854775808m, true).HasFractionWithDenominator(1));
        Assert.False(new FigureInterval(-1e20m, true, -9223372036854775808m, false).HasFractionWithDenominator(1));
    }

    [Fact]
    public void HasFraction_EstimateOverflowsDecimal_IsClampedBySign()
    {
        // bound × denominator passes 7.9 × 10²⁸: decimal overflows, and the estimate is the long of the bound's sign.
        Assert.False(new FigureInterval(1e27m, true, null, false).HasFractionWithDenominator(long.MaxValue));
        Assert.True(new FigureInterval(-1e27m, true, null, false).HasFractionWithDenominator(long.MaxValue));
        Assert.True(new FigureInterval(-1e27m, true, 0m, true).HasFractionWithDenominator(long.MaxValue));
        Assert.True(new FigureInterval(-1e27m, true, -1m, true).HasFractionWithDenominator(long.MaxValue));
        Assert.False(new FigureInterval(-1e27m, true, -1.5m, true).HasFractionWithDenominator(long.MaxValue));
        Assert.True(new FigureInterval(null, false, 1e27m, true).HasFractionWithDenominator(long.MaxValue));
        Assert.False(new FigureInterval(null, false, -1e27m, true).HasFractionWithDenominator(long.MaxValue));
    }

    [Fact]
    public void HasFraction_UpperEndOnly_AnyNumeratorFarEnoughBelow()
    {
        // (−∞, 0): 0 itself is not inside, every negative numerator is.
        Assert.True(new FigureInterval(null, false, 0m, false).HasFractionWithDenominator(1));
        Assert.True(new FigureInterval(null, false, -9223372036854775807m, false).HasFractionWithDenominator(1));
        Assert.False(new FigureInterval(null, false, -9223372036854775808m, false).HasFractionWithDenominator(1));
        Assert.True(new FigureInterval(null, false, -9223372036854775808m, true).HasFractionWithDenominator(1));
        Assert.True(new FigureInterval(null, false, -1e-20m, false).HasFractionWithDenominator(long.MaxValue, 1_000_000_000));
    }

    [Fact]
    public void HasFraction_SmallestNumeratorNearLongMinValue_Found()
    {
        Assert.True(new FigureInterval(-9223372036854775808m, true, -9223372036854775808m, true).HasFractionWithDenominator(1));
        Assert.False(new FigureInterval(-9223372036854775808m, false, -9223372036854775807m, false).HasFractionWithDenominator(1));
        Assert.True(new FigureInterval(-9223372036854775808.5m, true, -9223372036854775807.5m, true).HasFractionWithDenominator(1));
        Assert.False(new FigureInterval(-9223372036854775809m, true, -9223372036854775808.5m, true).HasFractionWithDenominator(1));
    }

    [Property(MaxTest = 3000)]
    public Property HasFraction_AgreesWithBigIntegerReference() =>
        Prop.ForAll(
            Intervals.ToArbitrary(),
            (from denominator in Denominators
             from scale in Scales
             select (denominator, scale)).ToArbitrary(),
            (interval, parts) => interval.HasFractionWithDenominator(parts.denominator, parts.scale) == HasFractionReference(interval, parts.denominator, parts.scale));

    [Property(MaxTest = 3000)]
    public Property HasFraction_NearTheEndsOfLong_AgreesWithBigIntegerReference() =>
        Prop.ForAll(
            (from denominator in Denominators
             from scale in Scales
             from target in Targets
             from shift in Shifts
             from width in Gen.Elements(-1m, 0m, 0.5m, 1m, 2m, 3m)
             from includesLower in Gen.Elements(false, true)
             from includesUpper in Gen.Elements(false, true)
             select (denominator, scale, target, shift, width, includesLower, includesUpper)).ToArbitrary(),
            c =>
            {
                // An end at the numerator `target` (plus a shift) in the interval's units: target × scale / denominator.
                var lower = ((c.target + c.shift) * c.scale) / c.denominator;
                var interval = c.width < 0m
                    ? new FigureInterval(null, false, lower, c.includesUpper)
                    : new FigureInterval(lower, c.includesLower, lower + (c.width * c.scale / c.denominator), c.includesUpper);
                return interval.HasFractionWithDenominator(c.denominator, c.scale) == HasFractionReference(interval, c.denominator, c.scale);
            });

    [Property(MaxTest = 3000)]
    public Property Contains_AgreesWithBigIntegerReference() =>
        Prop.ForAll(
            Intervals.ToArbitrary(),
            (from numerator in Numerators
             from denominator in Numerators
             from scale in Scales
             select (numerator, denominator, scale)).ToArbitrary(),
            (interval, f) => interval.Contains(f.numerator, f.denominator, f.scale) == ContainsReference(interval, f.numerator, f.denominator, f.scale));

    [Property(MaxTest = 2000)]
    public Property Contains_AtEachEnd_DependsOnInclusion() =>
        Prop.ForAll(
            (from numerator in Gen.Choose(-1_000_000, 1_000_000)
             from denominator in Gen.Elements(1L, 2L, 4L, 5L, 8L, 25L, 1000L, -4L, -1000L)
             from scale in Gen.Elements(1L, 10L, 100L, 1000L, 100_000L)
             from lowerAt in Gen.Elements(false, true)
             from includes in Gen.Elements(false, true)
             from other in Gen.Elements(false, true)
             select (numerator, denominator, scale, lowerAt, includes, other)).ToArbitrary(),
            c =>
            {
                // The fraction exactly at one end of the interval.
                var at = (decimal)c.numerator * c.scale / c.denominator;
                var interval = c.lowerAt
                    ? new FigureInterval(at, c.includes, at + 1m, c.other)
                    : new FigureInterval(at - 1m, c.other, at, c.includes);
                return interval.Contains(c.numerator, c.denominator, c.scale) == c.includes
                    && interval.Contains(at) == c.includes
                    && ContainsReference(interval, c.numerator, c.denominator, c.scale) == c.includes;
            });

    private static Gen<long> AnyLong =>
        from high in Gen.Choose(int.MinValue, int.MaxValue)
        from low in Gen.Choose(int.MinValue, int.MaxValue)
        select ((long)high << 32) | unchecked((uint)low);

    private static Gen<long> Numerators =>
        Gen.OneOf(
            Gen.Choose(-1000, 1000).Select(i => (long)i),
            AnyLong,
            Gen.Elements(0L, 1L, -1L, long.MaxValue, long.MinValue, long.MaxValue - 1, long.MinValue + 1));

    private static Gen<long> Denominators =>
        Gen.OneOf(
            Gen.Elements(1L, 2L, 3L, 7L, 1000L, 9999L, long.MaxValue, long.MaxValue - 1),
            Gen.Choose(1, 100_000).Select(i => (long)i),
            AnyLong.Select(x => x == long.MinValue ? 1 : Math.Max(1, Math.Abs(x))));

    private static Gen<long> Scales =>
        Gen.OneOf(
            Gen.Elements(1L, 3L, 10L, 100L, 1000L, 100_000L, 1_000_000_000L),
            Gen.Choose(1, 1_000_000_000).Select(i => (long)i));

    private static Gen<decimal> Targets =>
        Gen.OneOf(
            Gen.Elements<decimal>(long.MinValue, long.MinValue + 1m, long.MinValue + 2m, long.MaxValue, long.MaxValue - 1m, long.MaxValue - 2m, 0m, 1m, -1m),
            AnyLong.Select(x => (decimal)x),
            Gen.Choose(-100, 100).Select(i => (decimal)i));

    private static Gen<decimal> Shifts =>
        Gen.Elements(-3m, -2m, -1.5m, -1m, -0.5m, -0.000001m, 0m, 0.000001m, 0.5m, 1m, 1.5m, 2m, 3m);

    private static Gen<decimal?> Ends =>
        Gen.OneOf(
            Gen.Constant<decimal?>(null),
            Gen.Choose(-2000, 2000).Select(i => (decimal?)(i / 8m)),
            from target in Targets
            from shift in Shifts
            from divisor in Gen.Elements(1m, 3m, 7m, 1000m, 1e9m, 1e18m)
            select (decimal?)((target + shift) / divisor),
            Gen.Elements<decimal?>(1e20m, -1e20m, 1e27m, -1e27m, decimal.MaxValue, decimal.MinValue, 0.0000000000000000000000000001m));

    private static Gen<FigureInterval> Intervals =>
        from a in Ends
        from b in Ends
        from includesLower in Gen.Elements(false, true)
        from includesUpper in Gen.Elements(false, true)
        from same in Gen.Elements(false, false, false, true)
        select Interval(a, b, includesLower, includesUpper, same);

    private static FigureInterval Interval(decimal? a, decimal? b, bool includesLower, bool includesUpper, bool same)
    {
        if (same && a is { } end)
        {
            return new FigureInterval(end, includesLower, end, includesUpper);
        }

        if (a is { } x && b is { } y && x > y)
        {
            (a, b) = (b, a);
        }

        return new FigureInterval(a, includesLower, b, includesUpper);
    }

    /// <summary>Whether some long k has k × scale / denominator inside, in BigInteger: the smallest k at or above the
    /// lower end and the largest at or below the upper end, each within the range of long.</summary>
    private static bool HasFractionReference(FigureInterval interval, long denominator, long scale)
    {
        var smallest = (BigInteger)long.MinValue;
        var largest = (BigInteger)long.MaxValue;
        if (interval.Lower is { } lower)
        {
            var (m, p) = Exact(lower);
            var num = m * denominator;
            var den = scale * BigInteger.Pow(10, p);
            var q = BigInteger.Divide(num, den);
            if (q * den < num)
            {
                q += 1;
            }

            if (!interval.IncludesLower && q * den == num)
            {
                q += 1;
            }

            smallest = BigInteger.Max(smallest, q);
        }

        if (interval.Upper is { } upper)
        {
            var (m, p) = Exact(upper);
            var num = m * denominator;
            var den = scale * BigInteger.Pow(10, p);
            var q = BigInteger.Divide(num, den);
            if (q * den > num)
            {
                q -= 1;
            }

            if (!interval.IncludesUpper && q * den == num)
            {
                q -= 1;
            }

            largest = BigInteger.Min(largest, q);
        }

        return smallest <= largest;
    }

    private static bool ContainsReference(FigureInterval interval, long numerator, long denominator, long scale)
    {
        if (denominator == 0)
        {
            return false;
        }

        var n = (BigInteger)numerator * scale;
        var d = (BigInteger)denominator;
        if (d.Sign < 0)
        {
            n = -n;
            d = -d;
        }

        if (interval.Lower is { } lower)
        {
            var (m, p) = Exact(lower);
            var c = (n * BigInteger.Pow(10, p)).CompareTo(m * d);
            if (c < 0 || (c == 0 && !interval.IncludesLower))
            {
                return false;
            }
        }

        if (interval.Upper is { } upper)
        {
            var (m, p) = Exact(upper);
            var c = (n * BigInteger.Pow(10, p)).CompareTo(m * d);
            if (c > 0 || (c == 0 && !interval.IncludesUpper))
            {
                return false;
            }
        }

        return true;
    }

    private static (BigInteger Mantissa, int Places) Exact(decimal value)
    {
        var bits = decimal.GetBits(value);
        var mantissa = ((BigInteger)unchecked((uint)bits[2]) << 64) | ((BigInteger)unchecked((uint)bits[1]) << 32) | unchecked((uint)bits[0]);
        return (bits[3] < 0 ? -mantissa : mantissa, (bits[3] >> 16) & 0xFF);
    }
}
