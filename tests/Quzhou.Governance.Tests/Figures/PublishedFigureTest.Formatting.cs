using System;
using System.Globalization;
using Quzhou.Governance.Figures;
using Xunit;

namespace Quzhou.Governance.Tests.Figures;

public partial class PublishedFigureTest
{
    [Theory]
    [InlineData("72.96%")]
    [InlineData("97.10%")]
    [InlineData("下降31.3%")]
    [InlineData("提升11.53%")]
    [InlineData("11.53个百分点")]
    [InlineData("提高1.2百分点")]
    [InlineData("19万余次")]
    [InlineData("1360余人")]
    [InlineData("1360多人")]
    [InlineData("增加1360余人")]
    [InlineData("97%以上")]
    [InlineData("5%以下")]
    [InlineData("6.77‰")]
    [InlineData("0.46起/10万人")]
    [InlineData("增长1.3倍")]
    [InlineData("下降三成")]
    [InlineData("翻一番")]
    [InlineData("翻两番")]
    [InlineData("下降两成")]
    [InlineData("两万人")]
    [InlineData("二")]
    [InlineData("约3000人")]
    [InlineData("3000人左右")]
    [InlineData("近2万")]
    [InlineData("超过100万")]
    [InlineData("突破1亿元")]
    [InlineData("4282个")]
    [InlineData("100%")]
    [InlineData("0")]
    [InlineData("58个月")]
    [InlineData("7大")]
    [InlineData("十九万余次")]
    [InlineData("一千三百六十")]
    [InlineData("-5%")]
    [InlineData("3万亿元")]
    public void ToString_ReadFigure_PrintsAsWritten(string text)
    {
        var figure = PublishedFigure.Parse(text);
        Assert.Equal(text, figure.ToString());
        Assert.Equal(text, figure.ToString(null, CultureInfo.InvariantCulture));
        Assert.Equal(text, figure.ToString("G", CultureInfo.GetCultureInfo("zh-CN")));
        Assert.Equal(text, figure.ToString("zh", CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("７２．９６％", "72.96%")]
    [InlineData("1,360人", "1360人")]
    [InlineData("1 360", "1360")]
    [InlineData(" 提高 1.2 个百分点 ", "提高1.2个百分点")]
    [InlineData("０．４６起／１０万人", "0.46起/10万人")]
    [InlineData("下降二成", "下降两成")]
    [InlineData("一十九万", "十九万")]
    public void ToString_NonCanonicalText_PrintsCanonical(string text, string expected)
    {
        Assert.Equal(expected, PublishedFigure.Parse(text).ToString());
    }

    [Theory]
    [InlineData("下降三成", "下降3成")]
    [InlineData("十九万余次", "19万余次")]
    [InlineData("72.96%", "72.96%")]
    public void ToString_ArabicFormat_UsesDigits(string text, string expected)
    {
        Assert.Equal(expected, PublishedFigure.Parse(text).ToString("A", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ToString_UnknownFormat_Throws()
    {
        Assert.Throws<FormatException>(() => PublishedFigure.Parse("72.96%").ToString("X", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void TryFormat_SmallAndLargeBuffers_WritesOrRefuses()
    {
        var figure = PublishedFigure.Parse("19万余次");
        Span<char> buffer = stackalloc char[16];
        Assert.True(figure.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture));
        Assert.Equal("19万余次", buffer.Slice(0, written).ToString());
        Assert.False(figure.TryFormat(buffer.Slice(0, 3), out written, default, CultureInfo.InvariantCulture));
        Assert.Equal(0, written);
        Assert.True(PublishedFigure.Parse("下降三成").TryFormat(buffer, out written, "A".AsSpan(), CultureInfo.InvariantCulture));
        Assert.Equal("下降3成", buffer.Slice(0, written).ToString());
    }

    [Fact]
    public void FromValue_ExactValue_RoundsHalfAwayFromZero()
    {
        Assert.Equal("72.96%", PublishedFigure.FromValue(0.729604m * 100, 2, FigureUnit.Percent).ToString());
        Assert.Equal("72.96%", PublishedFigure.FromValue(72.955m, 2, FigureUnit.Percent).ToString());
        Assert.Equal("97.10%", PublishedFigure.FromValue(97.1m, 2, FigureUnit.Percent).ToString());
        Assert.Equal("19万次", PublishedFigure.FromValue(193456m, 0, FigureUnit.Counter("次"), Magnitude.TenThousand).ToString());
        Assert.Equal("-73%", PublishedFigure.FromValue(-72.5m, 0, FigureUnit.Percent).ToString());
    }

    [Fact]
    public void FromChange_SignedChange_PicksDirectionWord()
    {
        Assert.Equal("下降31.3%", PublishedFigure.FromChange(-31.2954m, 1, FigureUnit.Percent).ToString());
        Assert.Equal("增长1.3倍", PublishedFigure.FromChange(1.25m, 1, FigureUnit.Times).ToString());
        Assert.Equal("提高1.2个百分点", PublishedFigure.FromChange(1.23m, 1, FigureUnit.PercentagePoints, FigureDirection.Raise).ToString());
        Assert.Equal("减少12件", PublishedFigure.FromChange(-12m, 0, FigureUnit.Counter("件"), decrease: FigureDirection.Reduction).ToString());
    }

    [Fact]
    public void FromChange_WrongWords_Throw()
    {
        Assert.Equal("increase", Assert.Throws<ArgumentException>(() => PublishedFigure.FromChange(1m, 0, FigureUnit.Percent, FigureDirection.Decline)).ParamName);
        Assert.Equal("decrease", Assert.Throws<ArgumentException>(() => PublishedFigure.FromChange(1m, 0, FigureUnit.Percent, decrease: FigureDirection.Growth)).ParamName);
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => PublishedFigure.FromChange(1m, 21, FigureUnit.Percent)).ParamName);
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => PublishedFigure.FromValue(1m, -1, FigureUnit.Percent)).ParamName);
    }
}
