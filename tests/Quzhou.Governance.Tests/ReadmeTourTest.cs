using Quzhou.Governance.Figures;
using Quzhou.Governance.Periods;
using Quzhou.Governance.Quantities;
using Xunit;

namespace Quzhou.Governance.Tests;

/// <summary>The README's tour, line for line, with its comments as assertions.</summary>
public class ReadmeTourTest
{
    [Fact]
    public void Tour_AsWrittenInTheReadme_GivesTheCommentedResults()
    {
        var plan = FiveYearPlan.Parse("“十四五”");
        var span = CalendarPeriod.Parse("2021年1月至2025年10月");
        var before = span.SameSpanInPreviousPlan();
        var code = span.ToString("D", null);

        var accidents = RelativeChange.Between(new Count(43), new Count(159));
        var text = accidents.ToString("zh", null);
        var fell = accidents < RelativeChange.Zero;
        var rate = Ratio.Share(9718, 10000);
        var held = rate >= new Percentage(97m);
        var gap = new Percentage(91.53m) - new Percentage(80m);

        var services = PublishedFigure.Parse("19万余次");
        var interval = services.Interval;
        var fits = services.IsConsistentWith(193_456m);
        var possible = PublishedFigure.Parse("97.18%").IsAttainableWithDenominator(1000);
        var claim = PublishedFigure.Parse("下降72.96%");
        var follows = claim.IsConsistentWith(43 - 159, 159);

        Assert.Equal(14, plan.Ordinal);
        Assert.Equal(58, span.MonthCount);
        Assert.Equal("2016-01/2020-10", before.ToString());
        Assert.Equal("2021-01-01/P58M", code);
        Assert.Equal("下降72.96%", text);
        Assert.True(fell);
        Assert.True(held);
        Assert.Equal(new PercentagePoints(11.53m), gap);
        Assert.Equal("(190000, 200000)", interval.ToString());
        Assert.True(fits);
        Assert.False(possible);
        Assert.True(follows);
    }
}
