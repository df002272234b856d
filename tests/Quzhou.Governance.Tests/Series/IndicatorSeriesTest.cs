using System;
using System.Linq;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Series;

public class IndicatorSeriesTest
{
    private static readonly CountIndicator Cases = InterviewIndicators.TelecomFraudCases;

    [Fact]
    public void Builder_Duplicate_ThrowsNamingPeriod()
    {
        var builder = IndicatorSeries.CreateBuilder(Cases, Frequency.Month).Add(SeriesPeriod.Month(2025, 10), 5);
        var ex = Assert.Throws<ArgumentException>(() => builder.Add(SeriesPeriod.Month(2025, 10), 6));
        Assert.Contains("2025-10", ex.Message, StringComparison.Ordinal);
        Assert.Equal("period", ex.ParamName);
    }

    [Fact]
    public void Builder_WrongFrequencyOrNegativeCount_Throws()
    {
        var builder = IndicatorSeries.CreateBuilder(Cases, Frequency.Month);
        Assert.Throws<ArgumentException>(() => builder.Add(SeriesPeriod.CalendarYear(2025), 1));
        Assert.Throws<ArgumentException>(() => builder.Add(SeriesPeriod.Month(2025, 1), -1));
        Assert.Throws<InvalidOperationException>(() => builder.Build());
    }

    [Fact]
    public void Build_MissingMonths_AreExplicitGaps()
    {
        var series = IndicatorSeries.CreateBuilder(Cases, Frequency.Month)
            .Add(SeriesPeriod.Month(2025, 10), 7)
            .Add(SeriesPeriod.Month(2025, 7), 9, ObservationStatus.Provisional)
            .Build();
        Assert.Equal(SeriesPeriod.Month(2025, 7), series.Start);
        Assert.Equal(4, series.Length);
        Assert.True(series.IsGap(SeriesPeriod.Month(2025, 8)));
        Assert.True(series[SeriesPeriod.Month(2025, 8)].IsGap);
        Assert.Throws<InvalidOperationException>(() => series[SeriesPeriod.Month(2025, 8)].Value);
        Assert.Equal(ObservationStatus.Provisional, series[SeriesPeriod.Month(2025, 7)].Status);
        Assert.True(series.TryGetValue(SeriesPeriod.Month(2025, 10), out var v));
        Assert.Equal(7, v);
        Assert.False(series.TryGetValue(SeriesPeriod.Month(2030, 1), out _));
        Assert.Equal(new[] { true, false, false, true }, series.Observations.Select(o => !o.IsGap).ToArray());
    }

    [Fact]
    public void Build_ValueOutsideRange_Throws()
    {
        var builder = IndicatorSeries.CreateBuilder(Cases, Frequency.Month).Add(SeriesPeriod.Month(2025, 10), 7);
        Assert.Throws<ArgumentException>(() => builder.Build(SeriesPeriod.Month(2025, 1), SeriesPeriod.Month(2025, 9)));
        var wide = builder.Build(SeriesPeriod.Month(2025, 1), SeriesPeriod.Month(2025, 12));
        Assert.Equal(12, wide.Length);
    }

    [Fact]
    public void Slice_Range_KeepsCalendar()
    {
        var series = IndicatorSeries.FromValues(Cases, SeriesPeriod.Month(2024, 1), Enumerable.Range(1, 24).Select(i => (long)i).ToArray());
        var slice = series.Slice(SeriesPeriod.Month(2025, 1), SeriesPeriod.Month(2025, 3));
        Assert.Equal(new long[] { 13, 14, 15 }, slice.Values.ToArray());
        Assert.Equal(SeriesPeriod.Month(2025, 3), slice.End);
        Assert.Throws<ArgumentException>(() => series.Slice(SeriesPeriod.Month(2025, 3), SeriesPeriod.Month(2025, 1)));
        Assert.Throws<ArgumentException>(() => series.Slice(SeriesPeriod.Month(2023, 12), SeriesPeriod.Month(2025, 1)));
        Assert.Throws<ArgumentException>(() => series.Slice(SeriesPeriod.CalendarYear(2024), SeriesPeriod.CalendarYear(2024)));
    }

    [Fact]
    public void Indexer_OtherFrequency_Throws()
    {
        var series = IndicatorSeries.FromValues(Cases, SeriesPeriod.Month(2024, 1), new long[] { 1 });
        Assert.Throws<ArgumentException>(() => series[SeriesPeriod.CalendarYear(2024)]);
    }

    [Fact]
    public void Panel_FromSeries_AlignsByCalendar()
    {
        var a = IndicatorSeries.FromValues(Cases, SeriesPeriod.Month(2025, 1), new long[] { 1, 2 });
        var b = IndicatorSeries.FromValues(Cases, SeriesPeriod.Month(2025, 2), new long[] { 5, 6 });
        var panel = SeriesPanel.FromSeries(new[] { a, b });
        Assert.Equal(3, panel.Length);
        Assert.Equal(2, panel.SeriesCount);
        Assert.True(panel.TryGetValue(1, SeriesPeriod.Month(2025, 3), out var v));
        Assert.Equal(6, v);
        Assert.False(panel.TryGetValue(1, SeriesPeriod.Month(2025, 1), out _));
        Assert.True(panel.GetSeries(1).IsGap(SeriesPeriod.Month(2025, 1)));
        Assert.Throws<ArgumentException>(() => SeriesPanel.FromSeries(new[] { a, IndicatorSeries.FromValues(InterviewIndicators.Thefts, a.Start, new long[] { 1 }) }));
        Assert.Throws<ArgumentException>(() => SeriesPanel.FromValues(Cases, a.Start, 3, new long[] { 1, 2, 3, 4 }));
    }

    [Fact]
    public void FromValues_NegativeCount_ThrowsAsTheBuilderDoes()
    {
        // −3起 would otherwise give a year-on-year change of −160%.
        var ex = Assert.Throws<ArgumentException>(() => IndicatorSeries.FromValues(Cases, SeriesPeriod.Month(2024, 10), new long[] { 5, -3 }));
        Assert.Equal("values", ex.ParamName);
        Assert.Contains("-3", ex.Message, StringComparison.Ordinal);
        Assert.Contains("2024-11", ex.Message, StringComparison.Ordinal);
        var built = Assert.Throws<ArgumentException>(() => IndicatorSeries.CreateBuilder(Cases, Frequency.Month).Add(SeriesPeriod.Month(2024, 11), -3));
        Assert.Equal("value", built.ParamName);
        Assert.Equal(ex.Message.Replace("(Parameter 'values')", string.Empty, StringComparison.Ordinal), built.Message.Replace("(Parameter 'value')", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void FromValues_NegativeAmount_IsAcceptedAsTheBuilderAccepts()
    {
        var losses = InterviewIndicators.TelecomFraudLosses;
        var series = IndicatorSeries.FromValues(losses, SeriesPeriod.Month(2025, 1), new long[] { -500 });
        var built = IndicatorSeries.CreateBuilder(losses, Frequency.Month).Add(SeriesPeriod.Month(2025, 1), -500).Build();
        Assert.Equal(built.Values.ToArray(), series.Values.ToArray());
    }

    [Fact]
    public void FromValues_PastYear9999_NamesValues()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => IndicatorSeries.FromValues(Cases, SeriesPeriod.Month(9999, 12), new long[] { 1, 2 }));
        Assert.Equal("values", ex.ParamName);
        Assert.Equal(2, ex.ActualValue);
        Assert.Equal(SeriesPeriod.Month(9999, 12), IndicatorSeries.FromValues(Cases, SeriesPeriod.Month(9999, 12), new long[] { 1 }).End);
    }

    [Fact]
    public void FromValues_DefaultStart_NamesStart()
    {
        var ex = Assert.Throws<ArgumentException>(() => IndicatorSeries.FromValues(Cases, default, new long[] { 1 }));
        Assert.Equal("start", ex.ParamName);
    }

    [Fact]
    public void BuildRange_OtherFrequencyAtEnd_NamesTo()
    {
        var builder = IndicatorSeries.CreateBuilder(Cases, Frequency.Month).Add(SeriesPeriod.Month(2025, 1), 1);
        var ex = Assert.Throws<ArgumentException>(() => builder.Build(SeriesPeriod.Month(2025, 1), SeriesPeriod.CalendarYear(2025)));
        Assert.Equal("to", ex.ParamName);
        Assert.Equal("from", Assert.Throws<ArgumentException>(() => builder.Build(SeriesPeriod.CalendarYear(2025), SeriesPeriod.Month(2025, 1))).ParamName);
    }

    [Fact]
    public void BuildRange_DefaultFrom_NamesFrom()
    {
        var builder = IndicatorSeries.CreateBuilder(Cases, Frequency.Month);
        Assert.Equal("from", Assert.Throws<ArgumentException>(() => builder.Build(default, SeriesPeriod.Month(1, 1))).ParamName);
    }
}
