using System;
using Quzhou.Governance.Figures;
using Xunit;

namespace Quzhou.Governance.Tests.Figures;

// Units, traditional and financial forms: what the reader does not know is refused at its position, never
// read with another scale.
public partial class PublishedFigureTest
{
    [Theory]
    [InlineData("5起/萬人", "5起/万人", 10_000L)]
    [InlineData("5起/10萬人", "5起/10万人", 100_000L)]
    [InlineData("5起/拾万人", "5起/十万人", 100_000L)]
    [InlineData("5起/拾萬人", "5起/十万人", 100_000L)]
    [InlineData("5起/壹佰万人", "5起/一百万人", 1_000_000L)]
    [InlineData("5起/十万人", "5起/十万人", 100_000L)]
    [InlineData("5起/千人", "5起/千人", 1_000L)]
    [InlineData("5起/１０万人", "5起/10万人", 100_000L)]
    public void Read_PopulationInTraditionalOrFinancialForms_ReadsAsSimplified(string text, string printed, long populationBase)
    {
        var figure = PublishedFigure.Parse(text);
        Assert.Equal(populationBase, figure.Unit.PopulationBase);
        Assert.Equal(printed, figure.ToString());
        Assert.Equal(figure, PublishedFigure.Parse(printed));
    }

    [Theory]
    [InlineData("5起/百千人", 4)]
    [InlineData("5起/万万人", 4)]
    [InlineData("5起/十百人", 4)]
    [InlineData("5起/10千人", 5)]
    public void Read_PopulationThatIsNoNumeral_FailsAtIt(string text, int position)
    {
        var result = PublishedFigure.Read(text);
        Assert.False(result.Success);
        Assert.Equal(position, result.Error.Position);
    }

    [Theory]
    [InlineData("九百二十二京", 5)]
    [InlineData("922京", 3)]
    [InlineData("922京人", 3)]
    [InlineData("3兆", 1)]
    [InlineData("3垓次", 1)]
    public void Read_MagnitudeAboveYi_FailsAtItsWord(string text, int position)
    {
        var result = PublishedFigure.Read(text);
        Assert.False(result.Success);
        Assert.Equal(position, result.Error.Position);
        Assert.Contains("万, 亿 or 万亿", result.Error.Expected, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => FigureUnit.Counter(text.Substring(position)));
    }

    [Fact]
    public void Read_MegawattsAfterANumber_IsAMeasureWord()
    {
        Assert.Equal("兆瓦", PublishedFigure.Parse("5兆瓦").Unit.Text);
    }

    [Theory]
    [InlineData("下降0.5个千分点", "个千分点")]
    [InlineData("0.5个千分点", "个千分点")]
    [InlineData("0.5千分点", "千分点")]
    [InlineData("提高三个千分点", "个千分点")]
    public void Read_PermillePoints_WithOrWithoutCounter(string text, string unitText)
    {
        var figure = PublishedFigure.Parse(text);
        Assert.Equal(FigureUnitKind.PermillePoints, figure.Unit.Kind);
        Assert.Equal(unitText, figure.Unit.Text);
        Assert.Equal(1000, figure.Unit.FractionScale);
        Assert.Equal(figure, PublishedFigure.Parse(figure.ToString()));
    }

    [Theory]
    [InlineData("0.5个万分点", 3)]
    [InlineData("0.5个分点", 3)]
    [InlineData("0.5人百分点", 3)]
    [InlineData("0.5个个百分点", 3)]
    public void Read_PointsUnitTheLibraryDoesNotKnow_FailsAtTheWord(string text, int position)
    {
        var result = PublishedFigure.Read(text);
        Assert.False(result.Success);
        Assert.Equal(position, result.Error.Position);
    }

    [Theory]
    [InlineData("19萬餘次", "19万余次")]
    [InlineData("3億元", "3亿元")]
    [InlineData("2萬億", "2万亿")]
    [InlineData("下降0.5個百分點", "下降0.5个百分点")]
    [InlineData("下降0.5個千分點", "下降0.5个千分点")]
    [InlineData("約3000人", "约3000人")]
    [InlineData("超過100萬", "超过100万")]
    [InlineData("增長6.47%", "增长6.47%")]
    [InlineData("減少25人", "减少25人")]
    [InlineData("壹仟叁佰陆拾人", "一千三百六十人")]
    [InlineData("兩萬人", "两万人")]
    [InlineData("5個月", "5个月")]
    public void Read_TraditionalForms_ReadAsTheirSimplifiedEquivalents(string traditional, string simplified)
    {
        Assert.Equal(PublishedFigure.Parse(simplified), PublishedFigure.Parse(traditional));
        Assert.Equal(simplified, PublishedFigure.Parse(traditional).ToString());
    }

    [Theory]
    [InlineData("5ｐｃ", 1)]
    [InlineData("5ｋｍ", 1)]
    [InlineData("5人ＡＢ", 2)]
    [InlineData("5起/万ｐ", 4)]
    public void Read_FullWidthLatinLettersInAUnit_FailLikeTheirAsciiTwins(string text, int position)
    {
        var result = PublishedFigure.Read(text);
        Assert.False(result.Success);
        Assert.Equal(position, result.Error.Position);
    }

    [Theory]
    [InlineData("两万零", 2)]
    [InlineData("一千零人", 2)]
    public void Read_ChineseNumeralEndingInZero_FailsAtTheZero(string text, int position)
    {
        var result = PublishedFigure.Read(text);
        Assert.False(result.Success);
        Assert.Equal(position, result.Error.Position);
    }

    [Fact]
    public void Read_TwoAndLiangTenThousand_AreTheSameFigure()
    {
        Assert.Equal(PublishedFigure.Parse("两万"), PublishedFigure.Parse("二万"));
        Assert.Equal(PublishedFigure.Parse("两万"), PublishedFigure.Parse("两万").ToString() is var s ? PublishedFigure.Parse(s) : default);
    }

    [Fact]
    public void Read_OverflowingChineseNumeral_SaysSoAtTheOverflow()
    {
        var result = PublishedFigure.Read("增加一千亿一亿人");
        Assert.False(result.Success);
        Assert.Equal(6, result.Error.Position);
        Assert.Contains("9223372036854775807", result.Error.Expected, StringComparison.Ordinal);
    }
}
