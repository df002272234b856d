using System;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Calculations;

/// <summary>
/// Every argument check of <see cref="Changes"/> (single series, panels, caller-owned spans) with the parameter it
/// names and the words it says: a missing check would let a NullReferenceException or an IndexOutOfRangeException out.
/// </summary>
public class ChangesArgumentWordsTest
{
    private static readonly IndicatorSeries Series = TestSeries.Monthly(InterviewIndicators.Thefts, M(2024, 1), 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
    private static readonly SeriesPanel Panel = SeriesPanel.FromSeries(new[] { Series, Series });

    [Fact]
    public void SeriesOverloads_NullSeries_NameSeries()
    {
        const IndicatorSeries? none = null;
        AssertNull("series", () => Changes.YearOnYear(none!, M(2025, 1)));
        AssertNull("series", () => Changes.YearOnYearOnComparableBasis(none!, M(2025, 1), 1));
        AssertNull("series", () => Changes.PeriodOnPeriod(none!, M(2025, 1)));
        AssertNull("series", () => Changes.Between(none!, M(2025, 1), M(2024, 1)));
        AssertNull("series", () => Changes.YearOnYear(none!));
        AssertNull("series", () => Changes.PeriodOnPeriod(none!));
        AssertNull("series", () => Changes.AgainstSameSpan(none!, M(2025, 1), M(2025, 2), 1));
        AssertNull("series", () => Changes.BetweenSpans(none!, M(2025, 1), M(2025, 2), M(2024, 1), M(2024, 2)));
        AssertNull("series", () => Changes.AgainstPreviousPlanSameSpan(none!, M(2025, 1), M(2025, 2)));
        AssertNull("series", () => Changes.AgainstPreviousPlan(none!, M(2025, 1), M(2025, 2)));
        AssertNull("series", () => Changes.LatestYearAgainstYearsBefore(none!, 2025, 1));
        AssertNull("series", () => Changes.RecentYearsAgainstPrecedingYears(none!, 2025, 1));
    }

    [Fact]
    public void PanelOverloads_NullPanel_NamePanel()
    {
        const SeriesPanel? none = null;
        AssertNull("panel", () => Changes.YearOnYear(none!));
        AssertNull("panel", () => Changes.PeriodOnPeriod(none!));
        AssertNull("panel", () => Changes.AgainstSameSpan(none!, M(2025, 1), M(2025, 2), 1));
        AssertNull("panel", () => Changes.AgainstPreviousPlanSameSpan(none!, M(2025, 1), M(2025, 2)));
        AssertNull("panel", () => Changes.AgainstSameSpan(none!, M(2025, 1), M(2025, 2), 1, new long[2], new long[2], new UndefinedReason[2]));
        AssertNull("panel", () => Changes.YearOnYear(none!, new long[28], new long[28], new UndefinedReason[28]));
        AssertNull("panel", () => Changes.PeriodOnPeriod(none!, new long[28], new long[28], new UndefinedReason[28]));
        AssertNull("panel", () => Changes.YearOnYear(none!, 2, new decimal[28], new UndefinedReason[28]));
        AssertNull("panel", () => Changes.PeriodOnPeriod(none!, 2, new decimal[28], new UndefinedReason[28]));
    }

    [Fact]
    public void PercentsInto_SpanOfWrongLength_SaysBothLengthsAndTheShape()
    {
        var ex = Assert.Throws<ArgumentException>(() => Changes.YearOnYear(Panel, 2, new decimal[27], new UndefinedReason[28]));
        Assert.Equal("percents", ex.ParamName);
        Assert.Equal(Words("The span holds 27 elements; the result has 28 (2 series × 14 periods).", "percents"), ex.Message);
        ex = Assert.Throws<ArgumentException>(() => Changes.PeriodOnPeriod(Panel, 2, new decimal[28], new UndefinedReason[29]));
        Assert.Equal(Words("The span holds 29 elements; the result has 28 (2 series × 14 periods).", "reasons"), ex.Message);
        ex = Assert.Throws<ArgumentException>(() => Changes.YearOnYear(Panel, new long[28], new long[28], new UndefinedReason[3]));
        Assert.Equal(Words("The span holds 3 elements; the result has 28 (2 series × 14 periods).", "reasons"), ex.Message);
    }

    [Fact]
    public void PercentsInto_DecimalsOutOfRange_NameDecimals()
    {
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => Changes.YearOnYear(Panel, 17, new decimal[28], new UndefinedReason[28])).ParamName);
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => Changes.PeriodOnPeriod(Panel, -1, new decimal[28], new UndefinedReason[28])).ParamName);
    }

    [Fact]
    public void SameSpanInto_SpansOfWrongLength_NameEachSpan()
    {
        var ex = Assert.Throws<ArgumentException>(() => Changes.AgainstSameSpan(Panel, M(2025, 1), M(2025, 2), 1, new long[1], new long[2], new UndefinedReason[2]));
        Assert.Equal(Words("The span holds 1 elements; the result has 2 (2 series × 1 periods).", "currents"), ex.Message);
        ex = Assert.Throws<ArgumentException>(() => Changes.AgainstSameSpan(Panel, M(2025, 1), M(2025, 2), 1, new long[2], new long[3], new UndefinedReason[2]));
        Assert.Equal("bases", ex.ParamName);
        ex = Assert.Throws<ArgumentException>(() => Changes.AgainstSameSpan(Panel, M(2025, 1), M(2025, 2), 1, new long[2], new long[2], Array.Empty<UndefinedReason>()));
        Assert.Equal(Words("The span holds 0 elements; the result has 2 (2 series × 1 periods).", "reasons"), ex.Message);
    }

    [Fact]
    public void SameSpanInto_StockOrNoYearsEarlier_Refused()
    {
        var stations = SeriesPanel.FromSeries(new[] { IndicatorSeries.FromValues(InterviewIndicators.LegalServiceStations, SeriesPeriod.CalendarYear(2020), new long[] { 1, 2, 3 }) });
        var ex = Assert.Throws<ArgumentException>(() => Changes.AgainstSameSpan(stations, SeriesPeriod.CalendarYear(2021), SeriesPeriod.CalendarYear(2022), 1, new long[1], new long[1], new UndefinedReason[1]));
        Assert.Equal(Words("A span total needs a flow; legal-services.stations is a stock, whose values do not add up over time.", "indicator"), ex.Message);
        var range = Assert.Throws<ArgumentOutOfRangeException>(() => Changes.AgainstSameSpan(Panel, M(2025, 1), M(2025, 2), 0, new long[2], new long[2], new UndefinedReason[2]));
        Assert.Equal("yearsEarlier", range.ParamName);
        Assert.Equal(0, range.ActualValue);
    }

    [Fact]
    public void BetweenSpans_ReversedSpans_SayWhichSpan()
    {
        var ex = Assert.Throws<ArgumentException>(() => Changes.BetweenSpans(Series, M(2025, 2), M(2025, 1), M(2024, 1), M(2024, 2)));
        Assert.Equal(Words("The span ends before it starts: " + M(2025, 2) + ".." + M(2025, 1) + ".", "to"), ex.Message);
        ex = Assert.Throws<ArgumentException>(() => Changes.BetweenSpans(Series, M(2025, 1), M(2025, 2), M(2024, 2), M(2024, 1)));
        Assert.Equal(Words("The base span ends before it starts: " + M(2024, 2) + ".." + M(2024, 1) + ".", "baseTo"), ex.Message);
    }

    [Fact]
    public void PreviousPlan_PeriodsOfAnotherFrequencyOrReversed_SayWhichPeriod()
    {
        var ex = Assert.Throws<ArgumentException>(() => Changes.AgainstPreviousPlanSameSpan(Series, SeriesPeriod.CalendarYear(2024), M(2025, 2)));
        Assert.Equal(Words("The period " + SeriesPeriod.CalendarYear(2024) + " is not of the series' frequency.", "from"), ex.Message);
        ex = Assert.Throws<ArgumentException>(() => Changes.AgainstPreviousPlanSameSpan(Series, M(2024, 1), SeriesPeriod.CalendarYear(2025)));
        Assert.Equal(Words("The period " + SeriesPeriod.CalendarYear(2025) + " is not of the series' frequency.", "to"), ex.Message);
        ex = Assert.Throws<ArgumentException>(() => Changes.AgainstPreviousPlanSameSpan(Series, M(2025, 2), M(2025, 1)));
        Assert.Equal(Words("The span ends before it starts: " + M(2025, 2) + ".." + M(2025, 1) + ".", "to"), ex.Message);
    }

    [Fact]
    public void PreviousPlan_OnePeriodSpan_IsASpan()
    {
        var series = TestSeries.Build(InterviewIndicators.Thefts, M(2016, 1), M(2025, 12), p => p.Year - 2000);
        var change = Changes.AgainstPreviousPlanSameSpan(series, M(2025, 3), M(2025, 3));
        Assert.Equal(25, change.Current);
        Assert.Equal(20, change.Base);
    }

    [Fact]
    public void PreviousPlan_SpanAcrossPlansOrInTheFirstPlan_SaysTheSpan()
    {
        var across = Assert.Throws<ArgumentException>(() => Changes.AgainstPreviousPlanSameSpan(Series, M(2025, 6), M(2026, 2)));
        AssertPlanWords(across);
        var years = IndicatorSeries.FromValues(InterviewIndicators.Thefts, SeriesPeriod.CalendarYear(1953), new long[] { 1, 2, 3 });
        var first = Assert.Throws<ArgumentException>(() => Changes.AgainstPreviousPlanSameSpan(years, SeriesPeriod.CalendarYear(1954), SeriesPeriod.CalendarYear(1955)));
        AssertPlanWords(first);
        Assert.Contains("1954", first.Message, StringComparison.Ordinal);
    }

    private static void AssertPlanWords(ArgumentException ex)
    {
        Assert.Equal("to", ex.ParamName);
        Assert.StartsWith("The span ", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith(" is not inside one plan that has a previous plan. (Parameter 'to')", ex.Message, StringComparison.Ordinal);
        Assert.True(ex.Message.Length > "The span  is not inside one plan that has a previous plan. (Parameter 'to')".Length, ex.Message);
    }

    private static void AssertNull(string paramName, Action call) =>
        Assert.Equal(paramName, Assert.Throws<ArgumentNullException>(call).ParamName);

    private static string Words(string message, string paramName) => new ArgumentException(message, paramName).Message;

    private static SeriesPeriod M(int year, int month) => SeriesPeriod.Month(year, month);
}
