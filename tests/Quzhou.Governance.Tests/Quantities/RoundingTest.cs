using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Quzhou.Governance.Quantities;
using Xunit;

namespace Quzhou.Governance.Tests.Quantities;

public class RoundingTest
{
    [Theory]
    [InlineData("72.955", 2, "72.96")]
    [InlineData("-72.955", 2, "-72.96")]
    [InlineData("97.1", 2, "97.10")]
    [InlineData("0.125", 2, "0.13")]
    [InlineData("1365", -1, "1370")]
    public void HalfAwayFromZero_Value_RoundsAndKeepsPrecision(string value, int decimals, string expected)
    {
        var result = Rounding.HalfAwayFromZero(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), decimals);
        Assert.Equal(expected, result.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void HalfAwayFromZero_DecimalsOutOfRange_ThrowsNamingArgument()
    {
        var ex = Assert.Throws<System.ArgumentOutOfRangeException>(() => Rounding.HalfAwayFromZero(1m, 29));
        Assert.Equal("decimals", ex.ParamName);
    }

    [Property]
    public Property HalfAwayFromZero_IsSymmetric()
    {
        return Prop.ForAll(
            Gen.Choose(-1_000_000, 1_000_000).Select(i => i / 1000m).ToArbitrary(),
            Gen.Choose(0, 3).ToArbitrary(),
            (value, decimals) => Rounding.HalfAwayFromZero(-value, decimals) == -Rounding.HalfAwayFromZero(value, decimals));
    }

    [Property]
    public Property HalfAwayFromZero_IsIdempotent()
    {
        return Prop.ForAll(
            Gen.Choose(-1_000_000, 1_000_000).Select(i => i / 1000m).ToArbitrary(),
            Gen.Choose(-2, 3).ToArbitrary(),
            (value, decimals) =>
            {
                var once = Rounding.HalfAwayFromZero(value, decimals);
                return Rounding.HalfAwayFromZero(once, decimals) == once;
            });
    }

    [Theory]
    [InlineData(2L, 3L, 2, "0.67")]
    [InlineData(1L, 8L, 2, "0.13")]
    [InlineData(-1L, 8L, 2, "-0.13")]
    [InlineData(-1L, 3L, 0, "0")]
    [InlineData(7296L, 100L, 1, "73.0")]
    [InlineData(long.MinValue, 1L, 0, "-9223372036854775808")]
    [InlineData(1L, long.MaxValue, 19, "0.0000000000000000001")]
    public void HalfAwayFromZero_Fraction_RoundsExactly(long numerator, long denominator, int decimals, string expected) =>
        Assert.Equal(expected, Rounding.HalfAwayFromZero(numerator, denominator, decimals).ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void HalfAwayFromZero_FractionBadArguments_ThrowNamingArgument()
    {
        Assert.Equal("denominator", Assert.Throws<System.ArgumentOutOfRangeException>(() => Rounding.HalfAwayFromZero(1L, 0L, 2)).ParamName);
        Assert.Equal("decimals", Assert.Throws<System.ArgumentOutOfRangeException>(() => Rounding.HalfAwayFromZero(1L, 3L, 20)).ParamName);
        Assert.Throws<System.OverflowException>(() => Rounding.HalfAwayFromZero(long.MaxValue, 1L, 19));
    }

    [Property]
    public Property HalfAwayFromZero_Fraction_AgreesWithBigIntegerReference()
    {
        return Prop.ForAll(
            Gen.Choose(int.MinValue, int.MaxValue).Select(i => (long)i * 1009).ToArbitrary(),
            Gen.Choose(1, int.MaxValue).ToArbitrary(),
            Gen.Choose(0, 8).ToArbitrary(),
            (numerator, denominator, decimals) =>
            {
                var scaled = System.Numerics.BigInteger.Abs(numerator) * System.Numerics.BigInteger.Pow(10, decimals);
                var quotient = System.Numerics.BigInteger.DivRem(scaled, denominator, out var remainder);
                if (remainder * 2 >= denominator)
                {
                    quotient += 1;
                }

                var expected = (decimal)quotient / (decimal)System.Numerics.BigInteger.Pow(10, decimals);
                expected = numerator < 0 ? -expected : expected;
                return Rounding.HalfAwayFromZero(numerator, denominator, decimals) == expected;
            });
    }
}
