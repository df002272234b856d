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

    [Fact]
    public void FromParts_NegativeOrAboveHundred_NamesTheArgumentLikeTheBuilder()
    {
        var start = SeriesPeriod.Month(2025, 1);
        Assert.Equal("denominators", Assert.Throws<ArgumentException>(() => RateSeries.FromParts(Satisfaction, start, new long[] { 1, 1 }, new long[] { 2, -2 })).ParamName);
        Assert.Equal("numerators", Assert.Throws<ArgumentException>(() => RateSeries.FromParts(Satisfaction, start, new long[] { 1, -1 }, new long[] { 2, 2 })).ParamName);
        var above = Assert.Throws<ArgumentException>(() => RateSeries.FromParts(Satisfaction, start, new long[] { 1, 3 }, new long[] { 2, 2 }));
        Assert.Equal("numerators", above.ParamName);
        Assert.Contains("2025-02", above.Message, StringComparison.Ordinal);
        var builder = RateSeries.CreateBuilder(Satisfaction, Frequency.Month);
        Assert.Equal("denominator", Assert.Throws<ArgumentException>(() => builder.AddParts(start, 1, -2)).ParamName);
        Assert.Equal("numerator", Assert.Throws<ArgumentException>(() => builder.AddParts(start, -1, 2)).ParamName);
        Assert.Equal("numerator", Assert.Throws<ArgumentException>(() => builder.AddParts(start, 3, 2)).ParamName);
    }

    [Fact]
    public void FromParts_PastYear9999_NamesNumerators()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => RateSeries.FromParts(Satisfaction, SeriesPeriod.Month(9999, 12), new long[] { 1, 1 }, new long[] { 2, 2 }));
        Assert.Equal("numerators", ex.ParamName);
    }

    [Fact]
    public void Panel_FromParts_NamesTheArgument()
    {
        var start = SeriesPeriod.Month(2025, 1);
        Assert.Equal("denominators", Assert.Throws<ArgumentException>(() => RatePanel.FromParts(Satisfaction, start, 2, new long[] { 1, 1 }, new long[] { 2, -2 })).ParamName);
        Assert.Equal("numerators", Assert.Throws<ArgumentException>(() => RatePanel.FromParts(Satisfaction, start, 2, new long[] { 1, 3 }, new long[] { 2, 2 })).ParamName);
        Assert.Equal("length", Assert.Throws<ArgumentOutOfRangeException>(() => RatePanel.FromParts(Satisfaction, SeriesPeriod.Month(9999, 12), 2, new long[] { 1, 1 }, new long[] { 2, 2 })).ParamName);
    }

    [Fact]
    public void Panel_FromParts_NoSeries_Throws()
    {
        // One rule for every panel factory: a panel has at least one series.
        var ex = Assert.Throws<ArgumentException>(() => RatePanel.FromParts(Satisfaction, SeriesPeriod.Month(2025, 1), 3, ReadOnlySpan<long>.Empty, ReadOnlySpan<long>.Empty));
        Assert.Equal("numerators", ex.ParamName);
    }

    [Fact]
    public void AddPublished_MoreDecimalsThanPrinted_ThrowsNamingDecimalsAndValue()
    {
        var builder = RateSeries.CreateBuilder(Satisfaction, Frequency.Year);
        var ex = Assert.Throws<ArgumentException>(() => builder.AddPublished(SeriesPeriod.CalendarYear(2025), 97.18m, decimals: 1));
        Assert.Equal("decimals", ex.ParamName);
        Assert.Contains("97.18", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, builder.Count);
        builder.AddPublished(SeriesPeriod.CalendarYear(2024), 97.10m, decimals: 1).AddPublished(SeriesPeriod.CalendarYear(2023), 97m, decimals: 2);
        Assert.Equal(2, builder.Count);
    }
}
