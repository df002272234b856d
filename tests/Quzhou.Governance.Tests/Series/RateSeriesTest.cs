using System;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Series;

public class RateSeriesTest
{
    private static readonly RateIndicator Satisfaction = InterviewIndicators.EnterpriseRequestSatisfactionRate;

    [Fact]
    public void AddParts_ShareAboveHundred_Throws()
    {
        var builder = RateSeries.CreateBuilder(Satisfaction, Frequency.Month);
        Assert.Throws<ArgumentException>(() => builder.AddParts(SeriesPeriod.Month(2025, 1), 11, 10));
        Assert.Throws<ArgumentException>(() => builder.AddParts(SeriesPeriod.Month(2025, 1), -1, 10));
    }

    [Fact]
    public void AddParts_RatioMayExceed_IsAccepted()
    {
        var ratio = new RateIndicator("courts.closed-to-received", "结收案比", "cases closed to received", Polarity.HigherIsBetter, RateBasis.Counts, true);
        var series = RateSeries.CreateBuilder(ratio, Frequency.Year).AddParts(SeriesPeriod.CalendarYear(2025), 110, 100).Build();
        Assert.Equal(110, series[SeriesPeriod.CalendarYear(2025)].Numerator);
    }

    [Fact]
    public void AddPublished_KeepsPrecision_AndHasNoParts()
    {
        var series = RateSeries.CreateBuilder(Satisfaction, Frequency.Year)
            .AddPublished(SeriesPeriod.CalendarYear(2025), 97.18m, 2)
            .AddParts(SeriesPeriod.CalendarYear(2024), 9600, 10000)
            .Build();
        var published = series[SeriesPeriod.CalendarYear(2025)];
        Assert.False(published.HasParts);
        Assert.Equal(97.18m, published.PublishedPercent);
        Assert.Equal(2, published.PublishedDecimals);
        Assert.Throws<InvalidOperationException>(() => published.Numerator);
        Assert.True(series[SeriesPeriod.CalendarYear(2024)].HasParts);
        Assert.Null(series[SeriesPeriod.CalendarYear(2024)].PublishedPercent);
        Assert.Throws<ArgumentOutOfRangeException>(() => RateSeries.CreateBuilder(Satisfaction, Frequency.Year).AddPublished(SeriesPeriod.CalendarYear(2025), 100.1m, 1));
    }

    [Fact]
    public void Builder_Duplicate_ThrowsNamingPeriod()
    {
        var builder = RateSeries.CreateBuilder(Satisfaction, Frequency.Month).AddParts(SeriesPeriod.Month(2025, 3), 1, 2);
        var ex = Assert.Throws<ArgumentException>(() => builder.AddPublished(SeriesPeriod.Month(2025, 3), 50m, 0));
        Assert.Contains("2025-03", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Panel_FromParts_ValidatesShares()
    {
        Assert.Throws<ArgumentException>(() => RatePanel.FromParts(Satisfaction, SeriesPeriod.Month(2025, 1), 2, new long[] { 1, 3 }, new long[] { 2, 2 }));
        var panel = RatePanel.FromParts(Satisfaction, SeriesPeriod.Month(2025, 1), 2, new long[] { 1, 2 }, new long[] { 2, 2 });
        Assert.Equal(2, panel.GetSeries(0).Length);
    }
}
