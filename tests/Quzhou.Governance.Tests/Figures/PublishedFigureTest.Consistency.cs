using System;
using Quzhou.Governance.Figures;
using Xunit;

namespace Quzhou.Governance.Tests.Figures;

public partial class PublishedFigureTest
{
    [Fact]
    public void IsConsistentWith_Fraction_ChecksDeclineByCrossMultiplication()
    {
        var figure = PublishedFigure.Parse("下降72.96%");
        Assert.False(figure.IsConsistentWith(2496 - 9233, 9233)); // −72.966…% prints as 72.97%
        Assert.True(figure.IsConsistentWith(2497 - 9233, 9233));  // −72.955…%
        Assert.False(figure.IsConsistentWith(9233 - 2497, 9233)); // an increase is not a 下降
    }

    [Fact]
    public void IsConsistentWith_Share_AcceptsTiesEitherWay()
    {
        var figure = PublishedFigure.Parse("72.96%");
        Assert.True(figure.IsConsistentWith(14591, 20000)); // 72.955 exactly
        Assert.True(figure.IsConsistentWith(14593, 20000)); // 72.965 exactly
        Assert.False(figure.IsConsistentWith(145909, 200000));
        Assert.True(figure.IsConsistentWith(-14592, -20000));
        Assert.True(PublishedFigure.Parse("97.18%").IsConsistentWith(9718, 10000));
    }

    [Fact]
    public void IsConsistentWith_ZeroDenominator_IsFalse()
    {
        Assert.False(PublishedFigure.Parse("0").IsConsistentWith(0, 0));
        Assert.False(PublishedFigure.Parse("72.96%").IsConsistentWith(1, 0));
    }

    [Fact]
    public void IsConsistentWith_Extremes_DoNotOverflow()
    {
        var figure = PublishedFigure.Parse("100%");
        Assert.True(figure.IsConsistentWith(long.MaxValue, long.MaxValue));
        Assert.True(figure.IsConsistentWith(long.MinValue, long.MinValue));
        Assert.False(figure.IsConsistentWith(long.MaxValue, long.MinValue));
        Assert.False(figure.IsConsistentWith(long.MaxValue - 1, 1));
        Assert.True(PublishedFigure.Parse("0.00000000000000000001%以上").IsConsistentWith(1, long.MaxValue));
    }

    [Fact]
    public void IsConsistentWith_Units_ScaleTheFraction()
    {
        Assert.True(PublishedFigure.Parse("0.46起/10万人").IsConsistentWith(46, 10_000_000));
        Assert.False(PublishedFigure.Parse("0.46起/10万人").IsConsistentWith(47, 10_000_000));
        Assert.True(PublishedFigure.Parse("6.77‰").IsConsistentWith(677, 100_000));
        Assert.True(PublishedFigure.Parse("下降三成").IsConsistentWith(-3, 10));
        Assert.True(PublishedFigure.Parse("下降三成").IsConsistentWith(-35, 100));
        Assert.False(PublishedFigure.Parse("下降三成").IsConsistentWith(-36, 100));
        Assert.True(PublishedFigure.Parse("增长1.3倍").IsConsistentWith(13, 10));
        Assert.True(PublishedFigure.Parse("11.53个百分点").IsConsistentWith(1153, 10000));
        Assert.True(PublishedFigure.Parse("4282个").IsConsistentWith(4282, 1));
    }

    [Fact]
    public void IsConsistentWith_Decimal_UsesSignedInterval()
    {
        var odd = PublishedFigure.Parse("增加1360余人");
        Assert.True(odd.IsConsistentWith(1365m));
        Assert.False(odd.IsConsistentWith(-1365m));
        Assert.False(odd.IsConsistentWith(1360m));
        Assert.False(odd.IsConsistentWith(1370m));
        var times = PublishedFigure.Parse("19万余次");
        Assert.True(times.IsConsistentWith(193456m));
        Assert.False(times.IsConsistentWith(190000m));
        Assert.False(times.IsConsistentWith(200000m));
        Assert.True(PublishedFigure.Parse("下降31.3%").IsConsistentWith(-31.2954m));
        Assert.False(PublishedFigure.Parse("下降31.3%").IsConsistentWith(31.2954m));
    }

    [Theory]
    [InlineData("97.18%", 1000, false)]
    [InlineData("97.18%", 10000, true)]
    [InlineData("97.18%", 2000, false)]
    [InlineData("97.18%", 461, true)] // 448/461 = 97.180…%
    [InlineData("72.96%", 9233, true)]
    [InlineData("100%", 1, true)]
    [InlineData("99.1%", 100, false)]
    [InlineData("99.1%", 111, true)] // 110/111 = 99.099…%
    [InlineData("99.1%", 112, true)] // 111/112 = 99.107…%
    [InlineData("97%以上", 3, true)]
    [InlineData("5%以下", 7, true)]
    [InlineData("下降72.96%", 9233, true)]
    [InlineData("-5%", 20, true)]
    public void IsAttainableWithDenominator_Shares_SaysWhetherSomeCountOverItRoundsToTheFigure(string text, long denominator, bool expected)
    {
        Assert.Equal(expected, PublishedFigure.Parse(text).IsAttainableWithDenominator(denominator));
    }

    [Fact]
    public void IsAttainableWithDenominator_NonPositive_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => PublishedFigure.Parse("97.18%").IsAttainableWithDenominator(0));
        Assert.Equal("denominator", ex.ParamName);
    }

    [Fact]
    public void IsAttainableWithDenominator_Huge_StaysExact()
    {
        Assert.True(PublishedFigure.Parse("97.18%").IsAttainableWithDenominator(long.MaxValue));
        Assert.True(PublishedFigure.Parse("1亿").IsAttainableWithDenominator(3));
        Assert.False(PublishedFigure.Parse("9999999999999999999999999999").IsAttainableWithDenominator(1)); // no long numerator
    }
}
