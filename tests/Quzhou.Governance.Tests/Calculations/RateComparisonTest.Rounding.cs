using System;
using Quzhou.Governance.Calculations;
using Xunit;

namespace Quzhou.Governance.Tests.Calculations;

/// <summary>The exact big-integer rounding behind <see cref="RateComparison.ToPercentagePoints"/> and
/// <see cref="RateComparison.ToRelativePercent"/>, branch by branch: the half, either side of it, a negative value that
/// rounds to zero, the printed scale, and parts whose cross products pass 128 bits.</summary>
public partial class RateComparisonTest
{
    private const long Max = long.MaxValue;

    /// <summary>The sign bit and the scale of a decimal, which <c>==</c> does not compare.</summary>
    private static (bool Negative, int Scale) SignAndScale(decimal value)
    {
        var flags = decimal.GetBits(value)[3];
        return (flags < 0, (flags >> 16) & 0xFF);
    }

    [Fact]
    public void ToPercentagePoints_ExactHalf_RoundsAwayFromZero()
    {
        // 0% → 12.5% is 12.5 points exactly: 四舍五入 prints 13 at 0 places, −13 the other way round.
        Assert.Equal(13m, Rates.Compare(Rate(1, 8), Rate(0, 1)).ToPercentagePoints(0));
        Assert.Equal(-13m, Rates.Compare(Rate(0, 1), Rate(1, 8)).ToPercentagePoints(0));
        Assert.Equal(12.5m, Rates.Compare(Rate(1, 8), Rate(0, 1)).ToPercentagePoints(1));
    }

    [Fact]
    public void ToPercentagePoints_EitherSideOfTheHalf_RoundsToTheNearer()
    {
        Assert.Equal(12m, Rates.Compare(Rate(1249, 10000), Rate(0, 1)).ToPercentagePoints(0));
        Assert.Equal(13m, Rates.Compare(Rate(1251, 10000), Rate(0, 1)).ToPercentagePoints(0));
        Assert.Equal(-12m, Rates.Compare(Rate(0, 1), Rate(1249, 10000)).ToPercentagePoints(0));
        Assert.Equal(-13m, Rates.Compare(Rate(0, 1), Rate(1251, 10000)).ToPercentagePoints(0));
    }

    [Fact]
    public void ToPercentagePoints_NegativeRoundingToZero_IsZeroWithoutASign()
    {
        // 0.1% → 0% is −0.1 points: 0 at 0 places, and a zero carries no sign (it would print as "-0" in places).
        var points = Rates.Compare(Rate(0, 1000), Rate(1, 1000)).ToPercentagePoints(0)!.Value;
        Assert.Equal(0m, points);
        Assert.Equal((false, 0), SignAndScale(points));
        var twoPlaces = Rates.Compare(Rate(0, 100000), Rate(1, 100000)).ToPercentagePoints(2)!.Value;
        Assert.Equal((false, 2), SignAndScale(twoPlaces));
        Assert.Equal("0.00", twoPlaces.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // −0.5 is the half: away from zero, to −1.
        Assert.Equal(-1m, Rates.Compare(Rate(0, 1000), Rate(5, 1000)).ToPercentagePoints(0));
        Assert.Equal((true, 0), SignAndScale(Rates.Compare(Rate(0, 1000), Rate(5, 1000)).ToPercentagePoints(0)!.Value));
    }

    [Fact]
    public void ToPercentagePoints_AnyDecimals_KeepsThePrintedScale()
    {
        // 60% → 71.53% is 11.53 points; asked for four places it prints 11.5300, and an exact 10 points as 10.00.
        var comparison = Rates.Compare(Rate(7153, 10000), Rate(6000, 10000));
        Assert.Equal("11.5300", comparison.ToPercentagePoints(4)!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("19.2167", comparison.ToRelativePercent(4)!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("10.00", Rates.Compare(Rate(7, 10), Rate(6, 10)).ToPercentagePoints(2)!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("-16.67", Rates.Compare(Rate(5, 10), Rate(6, 10)).ToRelativePercent(2)!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ToPercentagePoints_TwentyDecimals_UsesTheDecimalsHighWord()
    {
        // 33.33333333333333333333 holds 22 digits: more than the low 64 bits of a decimal.
        var points = Rates.Compare(Rate(1, 3), Rate(0, 1)).ToPercentagePoints(20)!.Value;
        Assert.Equal("33.33333333333333333333", points.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("-33.33333333333333333333", Rates.Compare(Rate(0, 1), Rate(1, 3)).ToPercentagePoints(20)!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ToPercentagePoints_PartsNearLongMaxValue_ExactPastOneHundredTwentyEightBits()
    {
        // (M − 1)/M against 1/M, M = long.MaxValue: the cross difference M·(M − 2) times 100 has 133 bits.
        // Points: 100 − 200/M = 99.99999999999999997831…; relative: (M − 2) × 100 = 922337203685477580500.
        var comparison = Rates.Compare(Rate(Max - 1, Max), Rate(1, Max));
        Assert.Equal(99.99999999999999997832m, comparison.ToPercentagePoints(20));
        Assert.Equal(99.99999999999999998m, comparison.ToPercentagePoints(17));
        Assert.Equal("100.0000000000000000", comparison.ToPercentagePoints(16)!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(-99.99999999999999997832m, Rates.Compare(Rate(1, Max), Rate(Max - 1, Max)).ToPercentagePoints(20));
        Assert.Equal(922337203685477580500m, comparison.ToRelativePercent(0));
        Assert.Equal("922337203685477580500.0000000", comparison.ToRelativePercent(7)!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ToRelativePercent_MoreDigitsThanADecimalHolds_ThrowsOverflow()
    {
        // 922337203685477580500 at 8 places is 30 digits, past a decimal's 79228162514264337593543950335: overflow
        // throws rather than print a figure that is not the value.
        var comparison = Rates.Compare(Rate(Max - 1, Max), Rate(1, Max));
        Assert.Throws<OverflowException>(() => comparison.ToRelativePercent(8));
    }
}
