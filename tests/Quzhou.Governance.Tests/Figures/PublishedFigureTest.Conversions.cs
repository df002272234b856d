using System;
using Quzhou.Governance.Figures;
using Quzhou.Governance.Quantities;
using Xunit;

namespace Quzhou.Governance.Tests.Figures;

public partial class PublishedFigureTest
{
    [Fact]
    public void ToQuantity_InterviewFigures_Convert()
    {
        Assert.Equal(Percentage.FromPercent(97.18m), PublishedFigure.Parse("97.18%").ToPercentage());
        Assert.Equal(RelativeChange.FromPercent(-72.96m), PublishedFigure.Parse("下降72.96%").ToRelativeChange());
        Assert.Equal(new PercentagePoints(11.53m), PublishedFigure.Parse("提升11.53个百分点").ToPercentagePoints());
        Assert.Equal(new Count(4282), PublishedFigure.Parse("4282个").ToCount());
        Assert.Equal(new CountChange(1360), PublishedFigure.Parse("增加1360人").ToCountChange());
        Assert.Equal(Amount.FromYuan(100000000m), PublishedFigure.Parse("1亿元").ToAmount());
        Assert.Equal(9718, PublishedFigure.Parse("97.18%").ToRatio().Numerator);
        Assert.Equal(PopulationRate.FromPublished(0.46m, PopulationBase.PerHundredThousand), PublishedFigure.Parse("0.46起/10万人").ToPopulationRate());
    }

    [Fact]
    public void ToQuantity_QualifiedOrWrongUnit_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => PublishedFigure.Parse("97%以上").ToPercentage());
        Assert.Throws<InvalidOperationException>(() => PublishedFigure.Parse("1360余人").ToCountChange());
        Assert.Throws<InvalidOperationException>(() => PublishedFigure.Parse("19万余次").ToCount());
        Assert.Throws<InvalidOperationException>(() => PublishedFigure.Parse("11.53%").ToPercentagePoints());
        Assert.Throws<InvalidOperationException>(() => PublishedFigure.Parse("3人").ToRelativeChange());
        Assert.Throws<InvalidOperationException>(() => PublishedFigure.Parse("3人").ToAmount());
        Assert.Throws<InvalidOperationException>(() => PublishedFigure.Parse("3人").ToRatio());
        Assert.Throws<InvalidOperationException>(() => PublishedFigure.Parse("3人").ToPopulationRate());
        Assert.Throws<InvalidOperationException>(() => PublishedFigure.Parse("翻一百番").ToRelativeChange());
    }
}
