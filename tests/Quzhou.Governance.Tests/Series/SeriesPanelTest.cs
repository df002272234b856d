using System;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Series;

public class SeriesPanelTest
{
    private static readonly CountIndicator Cases = InterviewIndicators.TelecomFraudCases;

    [Fact]
    public void FromValues_NegativeCount_ThrowsNamingValuesAndPeriod()
    {
        var ex = Assert.Throws<ArgumentException>(() => SeriesPanel.FromValues(Cases, SeriesPeriod.Month(2025, 1), 2, new long[] { 1, 2, 3, -3 }));
        Assert.Equal("values", ex.ParamName);
        Assert.Contains("-3", ex.Message, StringComparison.Ordinal);
        Assert.Contains("2025-02", ex.Message, StringComparison.Ordinal);
        Assert.Equal(-3, SeriesPanel.FromValues(InterviewIndicators.TelecomFraudLosses, SeriesPeriod.Month(2025, 1), 2, new long[] { 1, 2, 3, -3 }).Values(1)[1]);
    }

    [Fact]
    public void FromValues_PastYear9999_NamesLength()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => SeriesPanel.FromValues(Cases, SeriesPeriod.Month(9999, 12), 2, new long[] { 1, 2 }));
        Assert.Equal("length", ex.ParamName);
    }

    [Fact]
    public void FromValues_NoSeries_ThrowsAsFromSeriesDoes()
    {
        // One rule for every panel factory: a panel has at least one series.
        var ex = Assert.Throws<ArgumentException>(() => SeriesPanel.FromValues(Cases, SeriesPeriod.Month(2025, 1), 3, ReadOnlySpan<long>.Empty));
        Assert.Equal("values", ex.ParamName);
        Assert.Equal("series", Assert.Throws<ArgumentException>(() => SeriesPanel.FromSeries(Array.Empty<IndicatorSeries>())).ParamName);
    }
}
