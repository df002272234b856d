using System.Globalization;
using System.Linq;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Figures;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Periods;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;
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

    [Fact]
    public void SeriesTour_AsWrittenInTheReadme_GivesTheCommentedResults()
    {
        var from2016 = SeriesPeriod.Month(2016, 1);
        var cases = IndicatorSeries.FromValues(InterviewIndicators.TelecomFraudCases, from2016,
            Enumerable.Range(0, 118).Select(i => 1000L - i).ToArray());
        var losses = IndicatorSeries.FromValues(InterviewIndicators.TelecomFraudLosses, from2016,
            Enumerable.Range(0, 118).Select(i => 5_000_000L - (100L * i)).ToArray());

        var october = Changes.YearOnYear(cases, SeriesPeriod.Month(2025, 10));
        var percent = october.ToPercent(2);
        var words = october.ToRelativeChange().ToString("zh", null);
        var plan = Changes.AgainstPreviousPlanSameSpan(cases, SeriesPeriod.Month(2021, 1), SeriesPeriod.Month(2025, 10));
        var againstPlan = plan.ToPercent(1);
        var soFar = Totals.Over(cases, SeriesPeriod.Month(2025, 1), SeriesPeriod.Month(2025, 10)).Value;

        var streak = Streaks.YearOnYearDeclines(cases, losses);
        var holds = streak.HoldsFor(58);
        var run = streak.Current.ToString("zh", null);

        var first = Changes.YearOnYear(cases, SeriesPeriod.Month(2016, 6));
        var why = first.Reason;
        var whyText = why.Describe(CultureInfo.GetCultureInfo("zh-CN"));

        var rates = RateSeries.FromParts(InterviewIndicators.LocalDisputeResolutionRate, SeriesPeriod.Month(2025, 1),
            new long[] { 9718, 9650, 9801 }, new long[] { 10000, 10000, 10000 });
        var quarter = Rates.Over(rates, SeriesPeriod.Month(2025, 1), SeriesPeriod.Month(2025, 3)).ToPercent(2);
        var check = Thresholds.HeldAtOrAbove(rates, new Percentage(97m));
        var checkText = check.ToString("zh", null);

        Assert.Equal((883L, 895L), (october.Current, october.Base));
        Assert.Equal(-1.34m, percent);
        Assert.Equal("下降1.34%", words);
        Assert.Equal((52867L, 56347L), (plan.Current, plan.Base));
        Assert.Equal(-6.2m, againstPlan);
        Assert.Equal(8875, soFar);
        Assert.True(holds);
        Assert.Equal("2017-01至2025-10，连续106期，持续至最新一期", run);
        Assert.Equal(UndefinedReason.MissingBase, why);
        Assert.Equal("无法计算（基期数据缺失）", whyText);
        Assert.Equal(97.23m, quarter);
        Assert.Equal(ThresholdOutcome.Broken, check.Outcome);
        Assert.Equal("未保持（2025-02）", checkText);
    }
}
