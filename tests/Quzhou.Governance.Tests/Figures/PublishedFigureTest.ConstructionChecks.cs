using System;
using Quzhou.Governance.Figures;
using Xunit;

namespace Quzhou.Governance.Tests.Figures;

/// <summary>The checks of <see cref="PublishedFigure"/>'s constructor, <see cref="PublishedFigure.FromValue"/> and
/// <see cref="PublishedFigure.FromChange"/>, each at its bound (accepted) and one past it (refused), with the words of
/// the exception; Chinese numerals taking their magnitude; zero keeping no sign.</summary>
public partial class PublishedFigureTest
{
    [Theory]
    [InlineData(Magnitude.One, "9999999999999999999999999999")]
    [InlineData(Magnitude.TenThousand, "999999999999999999999999")]
    [InlineData(Magnitude.HundredMillion, "99999999999999999999")]
    [InlineData(Magnitude.Trillion, "9999999999999999")]
    public void Constructor_LargestValueForEachMagnitude_IsAccepted(Magnitude magnitude, string largest)
    {
        var max = decimal.Parse(largest, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(max, PublishedFigure.MaxForMagnitude(magnitude));
        Assert.Equal(max, new PublishedFigure(max, FigureUnit.None, magnitude: magnitude).Value);
        Assert.Equal(-max, new PublishedFigure(-max, FigureUnit.None, magnitude: magnitude).Value);
        if (magnitude != Magnitude.One)
        {
            var ex = Assert.Throws<ArgumentException>(() => new PublishedFigure(max + 1m, FigureUnit.None, magnitude: magnitude));
            Assert.Equal("value", ex.ParamName);
            Assert.StartsWith("The value " + (max + 1m).ToString(System.Globalization.CultureInfo.InvariantCulture) + " is too large to carry its magnitude.", ex.Message, StringComparison.Ordinal);
            Assert.Equal("value", Assert.Throws<ArgumentException>(() => new PublishedFigure(-max - 1m, FigureUnit.None, magnitude: magnitude)).ParamName);
        }
    }

    [Fact]
    public void Constructor_TwentyDecimals_AcceptedAndTwentyOneRefused()
    {
        Assert.Equal(20, new PublishedFigure(0.00000000000000000001m, FigureUnit.None).Decimals);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new PublishedFigure(0.000000000000000000001m, FigureUnit.None));
        Assert.Equal("value", ex.ParamName);
        Assert.Equal(21, ex.ActualValue);
    }

    [Fact]
    public void Constructor_NegativeAfterADirectionWord_SaysTheValue()
    {
        var ex = Assert.Throws<ArgumentException>(() => new PublishedFigure(-1.5m, FigureUnit.Percent, direction: FigureDirection.Growth));
        Assert.Equal("value", ex.ParamName);
        Assert.StartsWith("A value after a direction word is unsigned, but was -1.5.", ex.Message, StringComparison.Ordinal);
        Assert.Equal("增长0%", new PublishedFigure(0m, FigureUnit.Percent, direction: FigureDirection.Growth).ToString());
        Assert.Equal(-1.5m, new PublishedFigure(-1.5m, FigureUnit.Percent).Value);
    }

    [Fact]
    public void Constructor_ChineseNumerals_WholeNonNegativeLongs()
    {
        var ex = Assert.Throws<ArgumentException>(() => new PublishedFigure(1.5m, FigureUnit.None, numerals: NumeralStyle.Chinese));
        Assert.Equal("value", ex.ParamName);
        Assert.StartsWith("Chinese numerals write whole non-negative numbers, but the value was 1.5.", ex.Message, StringComparison.Ordinal);
        Assert.Equal(long.MaxValue, new PublishedFigure(long.MaxValue, FigureUnit.None, numerals: NumeralStyle.Chinese).Value);
        Assert.Equal("value", Assert.Throws<ArgumentException>(() => new PublishedFigure(9223372036854775808m, FigureUnit.None, numerals: NumeralStyle.Chinese)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentException>(() => new PublishedFigure(-1m, FigureUnit.None, numerals: NumeralStyle.Chinese)).ParamName);
        Assert.Equal(0m, new PublishedFigure(0m, FigureUnit.None, numerals: NumeralStyle.Chinese).Value);
        Assert.Equal(1.5m, new PublishedFigure(1.5m, FigureUnit.None).Value);
    }

    [Fact]
    public void Constructor_ChineseBeforeAMagnitudeWord_BelowTenThousand()
    {
        var ex = Assert.Throws<ArgumentException>(() => new PublishedFigure(10000m, FigureUnit.None, magnitude: Magnitude.TenThousand, numerals: NumeralStyle.Chinese));
        Assert.Equal("value", ex.ParamName);
        Assert.StartsWith("A Chinese numeral before a magnitude word is below 10000, but was 10000.", ex.Message, StringComparison.Ordinal);
        Assert.Equal("九千九百九十九万", new PublishedFigure(9999m, FigureUnit.None, magnitude: Magnitude.TenThousand, numerals: NumeralStyle.Chinese).ToString());
        Assert.Equal(10000m, new PublishedFigure(10000m, FigureUnit.None, magnitude: Magnitude.TenThousand).Value);
    }

    [Fact]
    public void Constructor_Doublings_NoDirectionAndNotNegative()
    {
        var direction = Assert.Throws<ArgumentException>(() => new PublishedFigure(1m, FigureUnit.Doublings, direction: FigureDirection.Growth));
        Assert.Equal("direction", direction.ParamName);
        Assert.StartsWith("A number of doublings is written 翻…番, without a direction word, but the direction was Growth.", direction.Message, StringComparison.Ordinal);
        var negative = Assert.Throws<ArgumentException>(() => new PublishedFigure(-1m, FigureUnit.Doublings));
        Assert.Equal("value", negative.ParamName);
        Assert.StartsWith("A number of doublings is not negative, but was -1.", negative.Message, StringComparison.Ordinal);
        Assert.Equal(0m, new PublishedFigure(0m, FigureUnit.Doublings).Value);
        Assert.Equal(FigureDirection.Growth, new PublishedFigure(1m, FigureUnit.Times, direction: FigureDirection.Growth).Direction);
        Assert.Equal(-1m, new PublishedFigure(-1m, FigureUnit.Times).Value);
    }

    [Fact]
    public void Constructor_UndefinedMagnitude_SaysTheExponent()
    {
        var ex = Assert.Throws<ArgumentException>(() => new PublishedFigure(1m, FigureUnit.None, magnitude: (Magnitude)3));
        Assert.Equal("magnitude", ex.ParamName);
        Assert.StartsWith("Expected a magnitude of 10⁰, 10⁴, 10⁸ or 10¹², but was 3.", ex.Message, StringComparison.Ordinal);
        Assert.Equal(Magnitude.HundredMillion, new PublishedFigure(1m, FigureUnit.None, magnitude: Magnitude.HundredMillion).Magnitude);
        Assert.Equal(Magnitude.Trillion, new PublishedFigure(1m, FigureUnit.None, magnitude: Magnitude.Trillion).Magnitude);
    }

    [Theory]
    [InlineData("1000000000000", Magnitude.Trillion, "1")]
    [InlineData("999900000000", Magnitude.HundredMillion, "9999")]
    [InlineData("1000000000000000", Magnitude.Trillion, "1000")]
    [InlineData("9999000000000000", Magnitude.Trillion, "9999")]
    [InlineData("10000000000000000", Magnitude.One, "10000000000000000")]
    [InlineData("1000000000000000000", Magnitude.One, "1000000000000000000")]
    [InlineData("100000000", Magnitude.HundredMillion, "1")]
    [InlineData("99990000", Magnitude.TenThousand, "9999")]
    [InlineData("100000000000", Magnitude.HundredMillion, "1000")]
    [InlineData("10000", Magnitude.TenThousand, "1")]
    [InlineData("9999", Magnitude.One, "9999")]
    [InlineData("0", Magnitude.One, "0")]
    public void Constructor_ChineseWholeCount_TakesTheLargestMagnitudeBelowTenThousand(string value, Magnitude magnitude, string printed)
    {
        var figure = new PublishedFigure(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), FigureUnit.None, numerals: NumeralStyle.Chinese);
        Assert.Equal(magnitude, figure.Magnitude);
        Assert.Equal(printed, figure.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (figure.Value < 10000m)
        {
            Assert.Equal(figure, PublishedFigure.Parse(figure.ToString()));
        }
    }

    [Fact]
    public void Constructor_Zero_KeepsNoSign()
    {
        Assert.Equal(0, decimal.GetBits(new PublishedFigure(0m, FigureUnit.None).Value)[3]);
        Assert.Equal(0, decimal.GetBits(new PublishedFigure(-0m, FigureUnit.None).Value)[3]);
        Assert.Equal(1 << 16, decimal.GetBits(new PublishedFigure(decimal.Negate(0.0m), FigureUnit.Percent).Value)[3]);
        Assert.Equal(0, decimal.GetBits(new PublishedFigure(0m, FigureUnit.None, numerals: NumeralStyle.Chinese).Value)[3]);
        Assert.True(decimal.GetBits(new PublishedFigure(-5m, FigureUnit.None).Value)[3] < 0);
    }

    [Fact]
    public void FromValue_LargestPrintable_AcceptedAndOneMoreRefused()
    {
        var largest = 9_999_999_999_999_999_999_999_999_999m;
        Assert.Equal(largest, PublishedFigure.FromValue(largest, 0, FigureUnit.None).Value);
        Assert.Equal(-largest, PublishedFigure.FromValue(-largest, 0, FigureUnit.None).Value);
        Assert.Equal(999_999_999_999_999_999_999_999m, PublishedFigure.FromValue(9_999_999_999_999_999_999_999_999_999m - 5000m, 0, FigureUnit.None, Magnitude.TenThousand).Value);
        var ex = Assert.Throws<ArgumentException>(() => PublishedFigure.FromValue(largest, 0, FigureUnit.None, Magnitude.TenThousand));
        Assert.Equal("exactValue", ex.ParamName);
        Assert.StartsWith("The value 9999999999999999999999999999 is too large to print as a figure (at most 28 digits).", ex.Message, StringComparison.Ordinal);
        Assert.Equal("exactValue", Assert.Throws<ArgumentException>(() => PublishedFigure.FromValue(-largest, 0, FigureUnit.None, Magnitude.TenThousand)).ParamName);
        Assert.Equal(20, PublishedFigure.FromValue(1m, 20, FigureUnit.None).Decimals);
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => PublishedFigure.FromValue(1m, 21, FigureUnit.None)).ParamName);
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => PublishedFigure.FromValue(1m, -1, FigureUnit.None)).ParamName);
    }

    [Fact]
    public void FromChange_LargestPrintable_AcceptedAndBadWordsRefused()
    {
        var largest = 9_999_999_999_999_999_999_999_999_999m;
        Assert.Equal(largest, PublishedFigure.FromChange(-largest, 0, FigureUnit.None).Value);
        Assert.Equal(20, PublishedFigure.FromChange(1m, 20, FigureUnit.None).Decimals);
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => PublishedFigure.FromChange(1m, 21, FigureUnit.None)).ParamName);
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => PublishedFigure.FromChange(1m, -1, FigureUnit.None)).ParamName);
        Assert.Equal("增加5%", PublishedFigure.FromChange(5m, 0, FigureUnit.Percent, FigureDirection.Addition).ToString());
        var none = Assert.Throws<ArgumentException>(() => PublishedFigure.FromChange(5m, 0, FigureUnit.Percent, FigureDirection.None));
        Assert.Equal("increase", none.ParamName);
        Assert.StartsWith("Expected a word of increase, but was None.", none.Message, StringComparison.Ordinal);
        var decline = Assert.Throws<ArgumentException>(() => PublishedFigure.FromChange(5m, 0, FigureUnit.Percent, FigureDirection.Decline));
        Assert.Equal("increase", decline.ParamName);
        Assert.StartsWith("Expected a word of increase, but was Decline.", decline.Message, StringComparison.Ordinal);
        var growth = Assert.Throws<ArgumentException>(() => PublishedFigure.FromChange(5m, 0, FigureUnit.Percent, FigureDirection.Growth, FigureDirection.Growth));
        Assert.Equal("decrease", growth.ParamName);
        Assert.StartsWith("Expected a word of decrease, but was Growth.", growth.Message, StringComparison.Ordinal);
        var message = Assert.Throws<ArgumentException>(() => PublishedFigure.FromChange(decimal.MinValue, 0, FigureUnit.Percent));
        Assert.StartsWith("The value -79228162514264337593543950335 is too large to print as a figure (at most 28 digits).", message.Message, StringComparison.Ordinal);
    }
}
