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
}
