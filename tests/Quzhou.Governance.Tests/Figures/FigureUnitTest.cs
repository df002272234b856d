using System;
using Quzhou.Governance.Figures;
using Xunit;

namespace Quzhou.Governance.Tests.Figures;

public class FigureUnitTest
{
    [Fact]
    public void Default_IsNone()
    {
        Assert.Equal(FigureUnit.None, default);
        Assert.Equal(FigureUnitKind.None, default(FigureUnit).Kind);
        Assert.Equal(string.Empty, default(FigureUnit).Text);
        Assert.Equal(string.Empty, default(FigureUnit).ToString());
    }

    [Fact]
    public void Counter_CommonWord_IsShared()
    {
        var unit = FigureUnit.Counter("人次");
        Assert.Equal(FigureUnitKind.Counter, unit.Kind);
        Assert.Equal("人次", unit.Text);
        Assert.Same(FigureUnit.Counter(new string('人', 1)).Text, FigureUnit.Counter("人").Text);
        Assert.Equal("宗案", FigureUnit.Counter("宗案").Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("x")]
    [InlineData("人 ")]
    [InlineData("3人")]
    [InlineData("余人")]
    [InlineData("多人")]
    [InlineData("万人")]
    [InlineData("倍")]
    [InlineData("成")]
    [InlineData("番")]
    [InlineData("百分点")]
    [InlineData("个百分点")]
    [InlineData("千分点")]
    [InlineData("人以上")]
    [InlineData("人左右人")]
    [InlineData("人人人人人人人人人人人人人人人人人")]
    public void Counter_NotACountingWord_ThrowsNamingWord(string word)
    {
        var ex = Assert.Throws<ArgumentException>(() => FigureUnit.Counter(word));
        Assert.Equal("word", ex.ParamName);
    }

    [Fact]
    public void Counter_Null_Throws()
    {
        Assert.Equal("word", Assert.Throws<ArgumentNullException>(() => FigureUnit.Counter(null!)).ParamName);
    }

    [Theory]
    [InlineData("起", 100000, "人", "起/10万人")]
    [InlineData("人", 10000, "人", "人/万人")]
    [InlineData("件", 1000, "户", "件/1000户")]
    [InlineData("起", 1, "人", "起/1人")]
    public void PerPopulation_Parts_WritesText(string counter, long populationBase, string population, string expected)
    {
        var unit = FigureUnit.PerPopulation(counter, populationBase, population);
        Assert.Equal(expected, unit.Text);
        Assert.Equal(populationBase, unit.PopulationBase);
        Assert.Equal(FigureUnitKind.PerPopulation, unit.Kind);
    }

    [Fact]
    public void PerPopulation_BadParts_ThrowNamingArgument()
    {
        Assert.Equal("populationBase", Assert.Throws<ArgumentOutOfRangeException>(() => FigureUnit.PerPopulation("起", 0, "人")).ParamName);
        Assert.Equal("populationBase", Assert.Throws<ArgumentOutOfRangeException>(() => FigureUnit.PerPopulation("起", FigureUnit.MaxPopulationBase + 1, "人")).ParamName);
        Assert.Equal("counter", Assert.Throws<ArgumentException>(() => FigureUnit.PerPopulation("1", 10, "人")).ParamName);
        Assert.Equal("population", Assert.Throws<ArgumentException>(() => FigureUnit.PerPopulation("起", 10, "/")).ParamName);
        Assert.Equal("counter", Assert.Throws<ArgumentNullException>(() => FigureUnit.PerPopulation(null!, 10, "人")).ParamName);
        Assert.Equal("population", Assert.Throws<ArgumentNullException>(() => FigureUnit.PerPopulation("起", 10, null!)).ParamName);
    }

    [Fact]
    public void Equality_KindAndText()
    {
        Assert.Equal(FigureUnit.Percent, FigureUnit.Percent);
        TestHelper.TestEquality(FigureUnit.Percent, FigureUnit.Percent, FigureUnit.Permille, FigureUnit.PercentagePoints);
        TestHelper.TestEquality(FigureUnit.Counter("人"), FigureUnit.Counter("人"), FigureUnit.Counter("次"), FigureUnit.Times);
        Assert.NotEqual(FigureUnit.PercentagePoints, PublishedFigure.Parse("1百分点").Unit);
        Assert.False(FigureUnit.Percent.Equals((object)"%"));
        Assert.True(FigureUnit.Times.Equals((object)FigureUnit.Times));
        Assert.Equal("千分点", FigureUnit.PermillePoints.ToString());
        Assert.Equal("成", FigureUnit.Tenths.Text);
        Assert.Equal("番", FigureUnit.Doublings.Text);
        Assert.Equal(0, FigureUnit.Percent.PopulationBase);
    }

    [Theory]
    [InlineData("97.18%", true)]
    [InlineData("3‰", true)]
    [InlineData("11.53个百分点", true)]
    [InlineData("2千分点", true)]
    [InlineData("下降三成", true)]
    [InlineData("增长1.3倍", true)]
    [InlineData("0.46起/10万人", true)]
    [InlineData("1360余人", false)]
    [InlineData("19万余次", false)]
    [InlineData("翻一番", false)]
    [InlineData("0", false)]
    public void IsFraction_EachKind_SaysWhetherADenominatorGivesIt(string figure, bool expected)
    {
        Assert.Equal(expected, PublishedFigure.Parse(figure).Unit.IsFraction);
    }
}
