using System;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Quzhou.Governance.Figures;
using Xunit;

namespace Quzhou.Governance.Tests.Figures;

/// <summary>
/// <c>WideFraction.Compare</c>, the exact comparison behind every consistency check, against a BigInteger reference:
/// bounds of all 96 bits and 28 decimals (the high word alone, the low word alone, 2⁶⁴, a negative zero), numerators
/// and denominators at the ends of <see cref="long"/>, scales up to 10⁹, equal values whose 192-bit products carry,
/// and values differing in one 64-bit word of the product only.
/// </summary>
public class WideFractionTest
{
    private const long TwoTo37 = 137_438_953_472L;

    // 100 × 10⁹ / 2³⁷ exactly, at 28 decimals: both products are 10³⁹, three words long.
    private static readonly decimal Equal = 0.7275957614183425903320312500m;

    [Fact]
    public void Compare_EqualThreeWordProducts_IsZero()
    {
        Assert.Equal(0, WideFraction.Compare(100, TwoTo37, 1_000_000_000, Equal));
        Assert.Equal(0, WideFraction.Compare(-100, -TwoTo37, 1_000_000_000, Equal));
        Assert.Equal(0, WideFraction.Compare(-100, TwoTo37, 1_000_000_000, -Equal));
        Assert.Equal(0, WideFraction.Compare(100, -TwoTo37, 1_000_000_000, -Equal));
    }

    [Fact]
    public void Compare_ProductsDifferingInTheLowWordOnly_AreOrdered()
    {
        // The bound's mantissa one less: the right product is 2³⁷ less, its two high words unchanged.
        var below = 0.7275957614183425903320312499m;
        var above = 0.7275957614183425903320312501m;
        Assert.Equal(1, WideFraction.Compare(100, TwoTo37, 1_000_000_000, below));
        Assert.Equal(-1, WideFraction.Compare(100, TwoTo37, 1_000_000_000, above));
        Assert.Equal(-1, WideFraction.Compare(-100, TwoTo37, 1_000_000_000, -below));
        Assert.Equal(1, WideFraction.Compare(-100, TwoTo37, 1_000_000_000, -above));
    }

    [Fact]
    public void Compare_ProductsDifferingInTheMiddleWordOnly_AreOrdered()
    {
        // 4·5³⁹ − 2²⁷: the right product is 10³⁹ − 2⁶⁴, the same low and high words as the left.
        var below = 0.7275957614183425903186094772m;
        Assert.Equal(1, WideFraction.Compare(100, TwoTo37, 1_000_000_000, below));
        Assert.Equal(-1, WideFraction.Compare(100, -TwoTo37, 1_000_000_000, -below));
    }

    [Fact]
    public void Compare_ProductsDifferingInTheHighWordOnly_AreOrdered()
    {
        // 100·5³⁷ − 2⁹¹: the right product is 10³⁹ − 2¹²⁸, the same two low words as the left.
        var below = 0.4800077535612665353522064052m;
        Assert.Equal(1, WideFraction.Compare(100, TwoTo37, 1_000_000_000, below));
        Assert.Equal(-1, WideFraction.Compare(-100, TwoTo37, 1_000_000_000, -below));
    }

    [Theory]
    [InlineData(1470148081085504520L, 7168722071578841088L, 1L, "0.2050781250000000000000000000")]
    [InlineData(3078334048737385122L, 3219757080078125000L, 1000L, "956.0764902992904192000000000")]
    [InlineData(5668062119680023360L, 796057424363520000L, 1L, "7.1201673977375030517578125000")]
    [InlineData(5158272840865422020L, 7812500000000000000L, 10L, "6.6025892363077401856000000000")]
    public void Compare_EqualValuesWhoseProductCarriesOnOneSide_IsZero(long numerator, long denominator, long scale, string bound)
    {
        // The first two carry into the right product's high word, the last two into the left's.
        var value = decimal.Parse(bound, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(0, WideFraction.Compare(numerator, denominator, scale, value));
        Assert.Equal(Reference(numerator + 1, denominator, scale, value), WideFraction.Compare(numerator + 1, denominator, scale, value));
        Assert.Equal(1, WideFraction.Compare(numerator + 1, denominator, scale, value));
        Assert.Equal(-1, WideFraction.Compare(numerator - 1, denominator, scale, value));
        Assert.Equal(0, WideFraction.Compare(-numerator, denominator, scale, -value));
    }

    [Fact]
    public void Compare_BoundWithOnlyTheHighWord_IsNotZero()
    {
        // 2⁶⁴: the low 64 bits are zero, the high 32 are 1.
        var twoTo64 = 18446744073709551616m;
        Assert.Equal(-1, WideFraction.Compare(1, 1, 1, twoTo64));
        Assert.Equal(1, WideFraction.Compare(-1, 1, 1, -twoTo64));
        Assert.Equal(-1, WideFraction.Compare(long.MaxValue, 1, 1, twoTo64));
        Assert.Equal(1, WideFraction.Compare(long.MinValue, 1, 1, -twoTo64));
        Assert.Equal(0, WideFraction.Compare(long.MinValue, -1, 2, twoTo64));
    }

    [Fact]
    public void Compare_ZeroBounds_GiveTheFractionsSign()
    {
        foreach (var zero in new[] { 0m, 0.00m, -0m, -0.000m, decimal.Negate(0.0m) })
        {
            Assert.Equal(0, WideFraction.Compare(0, 5, 100, zero));
            Assert.Equal(1, WideFraction.Compare(3, 5, 100, zero));
            Assert.Equal(-1, WideFraction.Compare(-3, 5, 100, zero));
            Assert.Equal(-1, WideFraction.Compare(3, -5, 100, zero));
            Assert.Equal(1, WideFraction.Compare(long.MinValue, long.MinValue, 1, zero));
        }
    }

    [Fact]
    public void Compare_ZeroFraction_AgainstSignedBounds()
    {
        Assert.Equal(-1, WideFraction.Compare(0, 7, 1, 0.0000000000000000000000000001m));
        Assert.Equal(1, WideFraction.Compare(0, -7, 1, -0.0000000000000000000000000001m));
        Assert.Equal(-1, WideFraction.Compare(0, 1, 1, decimal.MaxValue));
        Assert.Equal(1, WideFraction.Compare(0, 1, 1, decimal.MinValue));
    }

    [Fact]
    public void Compare_OppositeSigns_OrderBySignAlone()
    {
        Assert.Equal(1, WideFraction.Compare(1, long.MaxValue, 1, -decimal.MaxValue / 1e28m));
        Assert.Equal(-1, WideFraction.Compare(-1, long.MaxValue, 1, 0.0000000000000000000000000001m));
        Assert.Equal(-1, WideFraction.Compare(long.MaxValue, -1, 1_000_000_000, 1m));
        Assert.Equal(1, WideFraction.Compare(long.MinValue, long.MinValue, 1_000_000_000, -decimal.MaxValue));
    }

    [Fact]
    public void Compare_LongMinValueParts_UseTheirMagnitude()
    {
        // |long.MinValue| = 2⁶³ does not fit a long: the magnitude is taken unsigned.
        Assert.Equal(0, WideFraction.Compare(long.MinValue, 1, 1, -9223372036854775808m));
        Assert.Equal(-1, WideFraction.Compare(long.MinValue, 1, 1, -9223372036854775807m));
        Assert.Equal(Reference(1, long.MinValue, 1_000_000_000, -0.0000000001084202172485504434m), WideFraction.Compare(1, long.MinValue, 1_000_000_000, -0.0000000001084202172485504434m));
        Assert.Equal(0, WideFraction.Compare(long.MinValue, long.MinValue, 1_000_000_000, 1000000000m));
    }

    [Property(MaxTest = 3000)]
    public Property Compare_AgreesWithBigIntegerReference() =>
        Prop.ForAll(
            (from numerator in Numerators
             from denominator in Denominators
             from scale in Scales
             select (numerator, denominator, scale)).ToArbitrary(),
            Bounds.ToArbitrary(),
            (fraction, bound) =>
                WideFraction.Compare(fraction.numerator, fraction.denominator, fraction.scale, bound)
                == Reference(fraction.numerator, fraction.denominator, fraction.scale, bound));

    [Property(MaxTest = 3000)]
    public Property Compare_EqualValueAndItsNeighbours_AgreeWithBigIntegerReference() =>
        Prop.ForAll(
            EqualCases.ToArbitrary(),
            c =>
            {
                var (numerator, denominator, scale, bound) = c;
                if (WideFraction.Compare(numerator, denominator, scale, bound) != 0)
                {
                    return false;
                }

                // The bound one unit of its last place either way, and the numerator one either way.
                var (mantissa, places) = Exact(bound);
                foreach (var other in new[] { mantissa + 1, mantissa - 1 })
                {
                    var neighbour = ToDecimal(other, places);
                    if (WideFraction.Compare(numerator, denominator, scale, neighbour) != Reference(numerator, denominator, scale, neighbour))
                    {
                        return false;
                    }
                }

                foreach (var n in new[] { (BigInteger)numerator + 1, (BigInteger)numerator - 1 })
                {
                    if (n >= long.MinValue && n <= long.MaxValue
                        && WideFraction.Compare((long)n, denominator, scale, bound) != Reference((long)n, denominator, scale, bound))
                    {
                        return false;
                    }
                }

                return true;
            });

    /// <summary>The sign of numerator × scale / denominator − bound, in BigInteger.</summary>
    private static int Reference(long numerator, long denominator, long scale, decimal bound)
    {
        var (mantissa, places) = Exact(bound);
        var difference = ((BigInteger)numerator * scale * BigInteger.Pow(10, places)) - (mantissa * denominator);
        return difference.Sign * Math.Sign(denominator);
    }

    private static (BigInteger Mantissa, int Places) Exact(decimal value)
    {
        var bits = decimal.GetBits(value);
        var mantissa = ((BigInteger)unchecked((uint)bits[2]) << 64) | ((BigInteger)unchecked((uint)bits[1]) << 32) | unchecked((uint)bits[0]);
        return (bits[3] < 0 ? -mantissa : mantissa, (bits[3] >> 16) & 0xFF);
    }

    /// <summary>mantissa / 10^places as a decimal, the mantissa clamped to 96 bits.</summary>
    private static decimal ToDecimal(BigInteger mantissa, int places)
    {
        var limit = (BigInteger.One << 96) - 1;
        var magnitude = BigInteger.Min(BigInteger.Abs(mantissa), limit);
        return new decimal(
            unchecked((int)(uint)(magnitude & uint.MaxValue)),
            unchecked((int)(uint)((magnitude >> 32) & uint.MaxValue)),
            unchecked((int)(uint)(magnitude >> 64)),
            mantissa.Sign < 0,
            (byte)places);
    }

    private static Gen<long> AnyLong =>
        from high in Gen.Choose(int.MinValue, int.MaxValue)
        from low in Gen.Choose(int.MinValue, int.MaxValue)
        select ((long)high << 32) | unchecked((uint)low);

    private static Gen<long> Numerators =>
        Gen.OneOf(
            Gen.Choose(-1000, 1000).Select(i => (long)i),
            AnyLong,
            AnyLong.Select(x => x >> 20),
            Gen.Elements(0L, 1L, -1L, long.MaxValue, long.MinValue, long.MaxValue - 1, long.MinValue + 1));

    private static Gen<long> Denominators => Numerators.Select(d => d == 0 ? 1 : d);

    private static Gen<long> Scales =>
        Gen.OneOf(
            Gen.Elements(1L, 10L, 100L, 1000L, 100_000L, 1_000_000_000L, 3L, 7L, 999_999_937L),
            Gen.Choose(1, 1_000_000_000).Select(i => (long)i));

    private static Gen<decimal> Bounds =>
        from low in Gen.Choose(int.MinValue, int.MaxValue)
        from middle in Gen.Choose(int.MinValue, int.MaxValue)
        from high in Gen.Choose(int.MinValue, int.MaxValue)
        from shape in Gen.Choose(0, 5)
        from negative in Gen.Elements(false, true)
        from places in Gen.Choose(0, 28)
        select shape switch
        {
            0 => new decimal(low, middle, 0, negative, (byte)places),              // the low 64 bits only
            1 => new decimal(0, 0, high, negative, (byte)places),                  // the high 32 bits only
            2 => new decimal(low, 0, 0, negative, (byte)places),                   // 32 bits
            3 => new decimal(0, 0, 0, negative, (byte)places),                     // a zero, signed or not
            _ => new decimal(low, middle, high, negative, (byte)places),
        };

    /// <summary>(n, d, scale, bound) with n × scale / d exactly the bound: d is 2ᵃ·5ᵇ times a factor of n, and the
    /// bound carries extra trailing zeros up to 28 decimals, so the products reach 192 bits.</summary>
    private static Gen<(long, long, long, decimal)> EqualCases =>
        from a in Gen.Choose(0, 28)
        from b in Gen.Choose(0, 20)
        from factor in Gen.Choose(1, 1000)
        from raw in Numerators
        from negativeDenominator in Gen.Elements(false, true)
        from scale in Scales
        from zeros in Gen.Choose(0, 28)
        select Build(a, b, factor, raw, negativeDenominator, scale, zeros);

    private static (long, long, long, decimal) Build(int a, int b, int factor, long raw, bool negativeDenominator, long scale, int zeros)
    {
        var powers = BigInteger.Pow(2, a) * BigInteger.Pow(5, b);
        var d = powers * factor;
        if (d > long.MaxValue)
        {
            d = powers;
            factor = 1;
            if (d > long.MaxValue)
            {
                return (3, 4, 100, 75m);
            }
        }

        var numerator = raw / factor * factor;
        var denominator = negativeDenominator ? -(long)d : (long)d;

        // n·scale / d = n·scale·2^(p−a)·5^(p−b) / 10^p, p = max(a, b); then trimmed to fit 96 bits and 28 places.
        var p = Math.Max(a, b);
        var mantissa = (BigInteger)numerator * scale * BigInteger.Pow(2, p - a) * BigInteger.Pow(5, p - b) / factor;
        if (negativeDenominator)
        {
            mantissa = -mantissa;
        }

        var limit = BigInteger.Pow(2, 96);
        while (p > 0 && (BigInteger.Abs(mantissa) >= limit || p > 28) && mantissa % 10 == 0)
        {
            mantissa /= 10;
            p--;
        }

        if (BigInteger.Abs(mantissa) >= limit || p > 28)
        {
            return (3, 4, 100, 75m);
        }

        for (var i = 0; i < zeros && p < 28 && BigInteger.Abs(mantissa * 10) < limit; i++)
        {
            mantissa *= 10;
            p++;
        }

        var bound = ToDecimal(mantissa, p);
        return (numerator, denominator, scale, bound);
    }
}
