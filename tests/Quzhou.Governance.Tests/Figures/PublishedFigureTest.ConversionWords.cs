using System;
using Quzhou.Governance.Figures;
using Xunit;

namespace Quzhou.Governance.Tests.Figures;

/// <summary>The words of each conversion's exception: "The figure is not …." with what was expected, and the units and
/// population bases the conversions read.</summary>
public partial class PublishedFigureTest
{
    [Fact]
    public void Conversions_WrongFigure_SayWhatWasExpected()
    {
        var people = PublishedFigure.Parse("1360余人");
        Assert.Equal("The figure is not an exact percentage such as 72.96%.", Assert.Throws<InvalidOperationException>(() => people.ToPercentage()).Message);
        Assert.Equal("The figure is not exact percentage points such as 11.53个百分点.", Assert.Throws<InvalidOperationException>(() => people.ToPercentagePoints()).Message);
        Assert.Equal("The figure is not an exact change such as 下降31.3%, -31.3%, 增长1.3倍, 下降三成 or 翻一番.", Assert.Throws<InvalidOperationException>(() => people.ToRelativeChange()).Message);
        Assert.Equal("The figure is not an exact whole count such as 4282个 or 19万.", Assert.Throws<InvalidOperationException>(() => people.ToCount()).Message);
        Assert.Equal("The figure is not an exact whole change such as 增加1360人 or -25.", Assert.Throws<InvalidOperationException>(() => people.ToCountChange()).Message);
        Assert.Equal("The figure is not an exact amount in 元 such as 1234567.89元 or 1.23亿元.", Assert.Throws<InvalidOperationException>(() => people.ToAmount()).Message);
        Assert.Equal("The figure is not an exact non-negative percentage such as 97.18%.", Assert.Throws<InvalidOperationException>(() => people.ToRatio()).Message);
        Assert.Equal("The figure is not an exact rate such as 6.77‰, 1.2/万人 or 0.46起/10万人.", Assert.Throws<InvalidOperationException>(() => people.ToPopulationRate()).Message);
    }

    [Fact]
    public void Conversions_UnitsTheyRead_GiveTheQuantity()
    {
        Assert.Equal(4282, PublishedFigure.Parse("4282").ToCount().Value);
        Assert.Equal(4282, PublishedFigure.Parse("4282个").ToCount().Value);
        Assert.Equal("0.46 per 100,000", PublishedFigure.Parse("0.46起/10万人").ToPopulationRate().ToString());
        Assert.Equal(0L, FigureUnit.Percent.PopulationBase);
        Assert.Equal(0L, FigureUnit.Counter("人").PopulationBase);
        Assert.Equal(1000L, FigureUnit.PerPopulation("件", 1000, "户").PopulationBase);
        Assert.Equal("件/1000户", FigureUnit.PerPopulation("件", 1000, "户").Text);
        Assert.Equal("起/10万人", FigureUnit.PerPopulation("起", 100000, "人").Text);
    }
}
