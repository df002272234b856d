using System;
using System.Globalization;
using Quzhou.Governance.Figures;
using Xunit;

namespace Quzhou.Governance.Tests.Figures;

public partial class PublishedFigureTest
{
    [Theory]
    [InlineData("72.96%", "[72.955, 72.965]")]
    [InlineData("97.10%", "[97.095, 97.105]")]
    [InlineData("1360余人", "(1360, 1370)")]
    [InlineData("1360多人", "(1360, 1370)")]
    [InlineData("19万余次", "(190000, 200000)")]
    [InlineData("十九万余次", "(190000, 200000)")]
    [InlineData("97%以上", "[97, +∞)")]
    [InlineData("5%以下", "(−∞, 5]")]
    [InlineData("近2万", "[10000, 20000)")]
    [InlineData("约3000人", "[2999, 3001]")]
    [InlineData("3000人左右", "[2999, 3001]")]
    [InlineData("超过100万", "(1000000, +∞)")]
    [InlineData("突破1亿元", "(100000000, +∞)")]
    [InlineData("下降31.3%", "[31.25, 31.35]")]
    [InlineData("-5%", "[-5.5, -4.5]")]
    [InlineData("-5余", "(-6, -5)")]
    [InlineData("0", "[0, 0]")]
    public void Interval_DefaultPolicy_IsDomainInterval(string text, string expected)
    {
        Assert.Equal(expected, PublishedFigure.Parse(text).Interval.ToString());
    }

    [Theory]
    [InlineData("58个月", true)]
    [InlineData("0", true)]
    [InlineData("4282个社会组织", true)]
    [InlineData("1360余人", false)]
    [InlineData("19万次", false)]
    [InlineData("5.0人", false)]
    [InlineData("1360元", false)]
    [InlineData("72.96%", false)]
    public void IsExactCount_WholeCountWithoutQualifierOrMagnitude_True(string text, bool expected)
    {
        var figure = PublishedFigure.Parse(text);
        Assert.Equal(expected, figure.IsExactCount);
        Assert.Equal(expected, figure.Interval.Lower == figure.Interval.Upper);
    }

    [Theory]
    [InlineData("58个月", "[58, 58]")]
    [InlineData("0", "[0, 0]")]
    [InlineData("4282个社会组织", "[4282, 4282]")]
    [InlineData("1725个站点", "[1725, 1725]")]
    [InlineData("7大指引", "[7, 7]")]
    [InlineData("7大重点产业", "[7, 7]")]
    [InlineData("三年", "[3, 3]")]
    [InlineData("-25", "[-25, -25]")]
    [InlineData("增加1360人", "[1360, 1360]")]
    [InlineData("一千三百六十", "[1360, 1360]")]
    public void Interval_WholeCount_IsExact(string text, string expected)
    {
        var figure = PublishedFigure.Parse(text);
        Assert.Equal(expected, figure.Interval.ToString());
        Assert.Equal(expected, figure.GetInterval(QualifierPolicy.Default.With(FigureQualifier.Exact, new QualifierRule(-1m, true, 1m, true))).ToString());
    }

    [Theory]
    [InlineData("1360余人", "(1360, 1370)")]
    [InlineData("约3000人", "[2999, 3001]")]
    [InlineData("19万次", "[185000.0, 195000.0]")]
    [InlineData("5.0人", "[4.95, 5.05]")]
    [InlineData("1360元", "[1359.5, 1360.5]")]
    [InlineData("5千米", "[4.5, 5.5]")]
    [InlineData("95分", "[94.5, 95.5]")]
    [InlineData("3小时", "[2.5, 3.5]")]
    [InlineData("72%", "[71.5, 72.5]")]
    public void Interval_QualifierMagnitudeDecimalsOrMeasure_Widens(string text, string expected)
    {
        Assert.Equal(expected, PublishedFigure.Parse(text).Interval.ToString());
    }

    [Fact]
    public void IsConsistentWith_WholeCount_OnlyTheCountItself()
    {
        var months = PublishedFigure.Parse("58个月");
        Assert.True(months.IsConsistentWith(58m));
        Assert.False(months.IsConsistentWith(57.6m));
        Assert.False(months.IsConsistentWith(117, 2));
        Assert.True(PublishedFigure.Parse("7大重点产业").ToCount() == new Quzhou.Governance.Quantities.Count(7));
        Assert.Equal("大重点产业", PublishedFigure.Parse("7大重点产业").Unit.Text);
    }

    [Theory]
    [InlineData("下降31.3%", "[-31.35, -31.25]")]
    [InlineData("增长31.3%", "[31.25, 31.35]")]
    [InlineData("增长0.0%", "[0, 0.05]")]
    [InlineData("下降0.0%", "[-0.05, 0]")]
    [InlineData("增长5%以下", "[0, 5]")]
    [InlineData("72.96%", "[72.955, 72.965]")]
    public void GetSignedInterval_Direction_GivesSign(string text, string expected)
    {
        Assert.Equal(expected, PublishedFigure.Parse(text).GetSignedInterval().ToString());
    }

    [Fact]
    public void Interval_OddPeople_HoldsIntegers1361To1369()
    {
        var interval = PublishedFigure.Parse("1360余人").Interval;
        for (var people = 1350; people <= 1380; people++)
        {
            Assert.Equal(people >= 1361 && people <= 1369, interval.Contains(people));
        }
    }

    [Fact]
    public void Interval_AtLeast97_Includes97()
    {
        var figure = PublishedFigure.Parse("97%以上");
        Assert.True(figure.IsConsistentWith(97m));
        Assert.True(figure.IsConsistentWith(100m));
        Assert.False(figure.IsConsistentWith(96.99m));
    }

    [Fact]
    public void GetInterval_CustomPolicy_UsesRule()
    {
        var truncating = QualifierPolicy.Default.With(FigureQualifier.Exact, new QualifierRule(0m, true, 1m, false));
        Assert.Equal("[72.96, 72.97)", PublishedFigure.Parse("72.96%").GetInterval(truncating).ToString());
        Assert.Equal("[72.955, 72.965]", PublishedFigure.Parse("72.96%").GetInterval().ToString());
    }

    [Fact]
    public void Step_Figures_IsOneLastDigit()
    {
        Assert.Equal(0.01m, PublishedFigure.Parse("72.96%").Step);
        Assert.Equal(1m, PublishedFigure.Parse("1360余人").Step);
        Assert.Equal(10000m, PublishedFigure.Parse("19万余次").Step);
        Assert.Equal(10m, PublishedFigure.Parse("1.234万").Step);
    }

    [Fact]
    public void SignedValue_Figures_ApplyMagnitudeAndDirection()
    {
        Assert.Equal(190000m, PublishedFigure.Parse("19万余次").SignedValue);
        Assert.Equal(-31.3m, PublishedFigure.Parse("下降31.3%").SignedValue);
        Assert.Equal(1360m, PublishedFigure.Parse("增加1360余人").SignedValue);
        Assert.True(PublishedFigure.Parse("下降31.3%").IsDecrease);
        Assert.False(PublishedFigure.Parse("增加1360余人").IsDecrease);
    }
}
