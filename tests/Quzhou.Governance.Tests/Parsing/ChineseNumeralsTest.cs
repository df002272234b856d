using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Quzhou.Governance.Parsing;
using Xunit;

namespace Quzhou.Governance.Tests.Parsing;

public class ChineseNumeralsTest
{
    [Theory]
    [InlineData("零", 0L)]
    [InlineData("三", 3L)]
    [InlineData("十", 10L)]
    [InlineData("十三", 13L)]
    [InlineData("二十", 20L)]
    [InlineData("一千三百六十", 1360L)]
    [InlineData("一千零五", 1005L)]
    [InlineData("一千三", 1300L)]
    [InlineData("两万五", 25000L)]
    [InlineData("十九万", 190000L)]
    [InlineData("一亿零五万", 100050000L)]
    [InlineData("三万亿", 3000000000000L)]
    [InlineData("壹仟叁佰陆拾", 1360L)]
    [InlineData("二〇二五", 2025L)]
    public void Parse_ValidNumeral_ReturnsValue(string text, long expected)
    {
        Assert.Equal(expected, ChineseNumerals.Parse(text).Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("三百四百")]
    public void Parse_Invalid_ReturnsErrorWithPosition(string text)
    {
        var result = ChineseNumerals.Parse(text);
        Assert.False(result.Success);
        Assert.InRange(result.Error.Position, 0, text.Length);
        Assert.Throws<UnparsableValueException>(() => result.Value);
    }

    [Theory]
    [InlineData("一千亿一亿", 4)]
    [InlineData("九万亿九千亿", 5)]
    [InlineData("九九九九九九九九九九九九九九九九九九九九", 18)]
    public void Parse_Overflowing_SaysSoAtTheOverflow(string text, int position)
    {
        var result = ChineseNumerals.Parse(text);
        Assert.False(result.Success);
        Assert.Equal(position, result.Error.Position);
        Assert.Contains("9223372036854775807", result.Error.Expected, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("两万零", 2, "a digit after 零")]
    [InlineData("一百零", 2, "a digit after 零")]
    [InlineData("九百二十二京", 5, "the end of the numeral")]
    public void Parse_NotANumeralThroughout_FailsWhereItStops(string text, int position, string expected)
    {
        var result = ChineseNumerals.Parse(text);
        Assert.False(result.Success);
        Assert.Equal(position, result.Error.Position);
        Assert.Equal(expected, result.Error.Expected);
    }

    [Theory]
    [InlineData("兩萬", 20_000L)]
    [InlineData("拾萬", 100_000L)]
    [InlineData("壹億", 100_000_000L)]
    [InlineData("貳拾", 20L)]
    public void Parse_TraditionalAndFinancialForms_ReadAsSimplified(string text, long expected)
    {
        Assert.Equal(expected, ChineseNumerals.Parse(text).Value);
    }

    [Theory]
    [InlineData(0L, "零")]
    [InlineData(13L, "十三")]
    [InlineData(1360L, "一千三百六十")]
    [InlineData(1005L, "一千零五")]
    [InlineData(190000L, "十九万")]
    [InlineData(100050000L, "一亿零五万")]
    [InlineData(110000L, "十一万")]
    [InlineData(2010L, "二千零一十")]
    public void Format_Value_WritesNumeral(long value, string expected)
    {
        Assert.Equal(expected, ChineseNumerals.Format(value));
    }

    [Property]
    public Property FormatThenParse_RoundTrips()
    {
        return Prop.ForAll(
            Gen.Choose(0, int.MaxValue).Select(i => (long)i * 997).ToArbitrary(),
            value => ChineseNumerals.Parse(ChineseNumerals.Format(value)).Value == value);
    }
}
