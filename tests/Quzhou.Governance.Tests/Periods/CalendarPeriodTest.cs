using System;
using System.Linq;
using NodaTime;
using Quzhou.Governance.Periods;
using Xunit;

namespace Quzhou.Governance.Tests.Periods;

public partial class CalendarPeriodTest
{
    private static CalendarPeriod Months(int y1, int m1, int y2, int m2) => CalendarPeriod.ForMonths(new YearMonth(y1, m1), new YearMonth(y2, m2));

    private static CalendarPeriod Days(int y1, int m1, int d1, int y2, int m2, int d2) =>
        CalendarPeriod.ForDays(new LocalDate(y1, m1, d1), new LocalDate(y2, m2, d2));

    [Fact]
    public void ForYear_Year_SpansJanuaryToDecember()
    {
        var year = CalendarPeriod.ForYear(2025);
        Assert.Equal(CalendarPeriodKind.Year, year.Kind);
        Assert.Equal(new LocalDate(2025, 1, 1), year.Start);
        Assert.Equal(new LocalDate(2025, 12, 31), year.End);
        Assert.Equal(new YearMonth(2025, 1), year.FirstMonth);
        Assert.Equal(new YearMonth(2025, 12), year.LastMonth);
        Assert.Equal(12, year.MonthCount);
        Assert.Equal(365, year.DayCount);
        Assert.Equal(366, CalendarPeriod.ForYear(2024).DayCount);
    }

    [Fact]
    public void ForHalfYearQuarterMonth_Spans()
    {
        Assert.Equal(Months(2025, 7, 2025, 12), CalendarPeriod.ForHalfYear(2025, 2));
        Assert.Equal(CalendarPeriodKind.HalfYear, CalendarPeriod.ForHalfYear(2025, 1).Kind);
        var q3 = CalendarPeriod.ForQuarter(2025, 3);
        Assert.Equal(CalendarPeriodKind.Quarter, q3.Kind);
        Assert.Equal(new LocalDate(2025, 7, 1), q3.Start);
        Assert.Equal(new LocalDate(2025, 9, 30), q3.End);
        Assert.Equal(92, q3.DayCount);
        Assert.Equal(3, q3.MonthCount);
        var february = CalendarPeriod.ForMonth(2024, 2);
        Assert.Equal(CalendarPeriodKind.Month, february.Kind);
        Assert.Equal(new LocalDate(2024, 2, 29), february.End);
        Assert.Equal(february, CalendarPeriod.ForMonth(new YearMonth(2024, 2)));
    }

    [Fact]
    public void ForMonths_Interview_FiftyEightMonths()
    {
        var span = Months(2021, 1, 2025, 10);
        Assert.Equal(CalendarPeriodKind.MonthRange, span.Kind);
        Assert.Equal(58, span.MonthCount);
        Assert.Equal(58, span.EnumerateMonths().Count());
        Assert.Equal(new YearMonth(2025, 10), span.EnumerateMonths().Last());
        Assert.Equal(new LocalDate(2025, 10, 31), span.End);
    }

    [Fact]
    public void Kind_DerivedFromSpan()
    {
        Assert.Equal(CalendarPeriod.ForQuarter(2025, 1), Months(2025, 1, 2025, 3));
        Assert.Equal(CalendarPeriodKind.Quarter, Months(2025, 1, 2025, 3).Kind);
        Assert.Equal(CalendarPeriodKind.MonthRange, Months(2025, 2, 2025, 4).Kind);
        Assert.Equal(CalendarPeriodKind.HalfYear, Days(2025, 7, 1, 2025, 12, 31).Kind);
        Assert.Equal(CalendarPeriodKind.MonthRange, Months(2025, 4, 2025, 9).Kind);
        Assert.Equal(CalendarPeriodKind.Year, Days(2025, 1, 1, 2025, 12, 31).Kind);
        Assert.Equal(CalendarPeriodKind.MonthRange, Months(2025, 2, 2026, 1).Kind);
        Assert.Equal(CalendarPeriodKind.MonthRange, Days(2021, 1, 1, 2025, 10, 31).Kind);
        Assert.Equal(CalendarPeriodKind.DayRange, Days(2025, 1, 1, 2025, 1, 30).Kind);
        Assert.Equal(CalendarPeriodKind.DayRange, Days(2024, 2, 1, 2024, 2, 28).Kind);
        Assert.Equal(CalendarPeriodKind.Month, Days(2025, 2, 1, 2025, 2, 28).Kind);
        Assert.False(Days(2025, 1, 1, 2025, 1, 30).IsWholeMonths);
        Assert.Throws<InvalidOperationException>(() => Days(2025, 1, 1, 2025, 1, 30).MonthCount);
        Assert.Throws<InvalidOperationException>(() => Days(2025, 1, 1, 2025, 1, 30).EnumerateMonths());
    }

    [Fact]
    public void Default_IsDayOne()
    {
        CalendarPeriod period = default;
        Assert.Equal(CalendarPeriodKind.DayRange, period.Kind);
        Assert.Equal(new LocalDate(1, 1, 1), period.Start);
        Assert.Equal(period.Start, period.End);
        Assert.Equal(1, period.DayCount);
        Assert.Equal(Days(1, 1, 1, 1, 1, 1), period);
    }

    [Theory]
    [InlineData(0, "year")]
    [InlineData(10000, "year")]
    public void ForYear_OutOfRange_ThrowsNamingArgument(int year, string name)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => CalendarPeriod.ForYear(year));
        Assert.Equal(name, ex.ParamName);
        Assert.Equal(year, ex.ActualValue);
    }

    [Fact]
    public void Factories_OutOfRange_ThrowNamingArgument()
    {
        Assert.Equal("half", Assert.Throws<ArgumentOutOfRangeException>(() => CalendarPeriod.ForHalfYear(2025, 3)).ParamName);
        Assert.Equal("half", Assert.Throws<ArgumentOutOfRangeException>(() => CalendarPeriod.ForHalfYear(2025, 0)).ParamName);
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => CalendarPeriod.ForHalfYear(0, 1)).ParamName);
        Assert.Equal("quarter", Assert.Throws<ArgumentOutOfRangeException>(() => CalendarPeriod.ForQuarter(2025, 5)).ParamName);
        Assert.Equal(5, Assert.Throws<ArgumentOutOfRangeException>(() => CalendarPeriod.ForQuarter(2025, 5)).ActualValue);
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => CalendarPeriod.ForQuarter(10000, 1)).ParamName);
        Assert.Equal("month", Assert.Throws<ArgumentOutOfRangeException>(() => CalendarPeriod.ForMonth(2025, 13)).ParamName);
        Assert.Equal("month", Assert.Throws<ArgumentOutOfRangeException>(() => CalendarPeriod.ForMonth(2025, 0)).ParamName);
        Assert.Equal("month", Assert.Throws<ArgumentOutOfRangeException>(() => CalendarPeriod.ForMonth(new YearMonth(0, 1))).ParamName);
        Assert.Equal("last", Assert.Throws<ArgumentException>(() => Months(2025, 10, 2021, 1)).ParamName);
        Assert.Equal("first", Assert.Throws<ArgumentOutOfRangeException>(() => CalendarPeriod.ForMonths(new YearMonth(-5, 1), new YearMonth(2021, 1))).ParamName);
        Assert.Equal("end", Assert.Throws<ArgumentException>(() => Days(2025, 10, 31, 2025, 10, 1)).ParamName);
        Assert.Equal("start", Assert.Throws<ArgumentOutOfRangeException>(() => CalendarPeriod.ForDays(new LocalDate(0, 1, 1), new LocalDate(1, 1, 1))).ParamName);
        Assert.Equal("start", Assert.Throws<ArgumentException>(() => CalendarPeriod.ForDays(new LocalDate(2025, 1, 1, CalendarSystem.Julian), new LocalDate(2025, 2, 1))).ParamName);
        Assert.Equal("month", Assert.Throws<ArgumentException>(() => CalendarPeriod.ForMonth(new YearMonth(2025, 1, CalendarSystem.Julian))).ParamName);
        Assert.Equal("interval", Assert.Throws<ArgumentNullException>(() => CalendarPeriod.ForDays(null!)).ParamName);
    }

    [Fact]
    public void ForDays_Interval_SameAsDates()
    {
        var interval = new DateInterval(new LocalDate(2025, 10, 5), new LocalDate(2025, 10, 31));
        var period = CalendarPeriod.ForDays(interval);
        Assert.Equal(27, period.DayCount);
        Assert.Equal(interval, period.ToDateInterval());
    }

    [Fact]
    public void Contains_DatesMonthsPeriods()
    {
        var q3 = CalendarPeriod.ForQuarter(2025, 3);
        Assert.True(q3.Contains(new LocalDate(2025, 7, 1)));
        Assert.True(q3.Contains(new LocalDate(2025, 9, 30)));
        Assert.False(q3.Contains(new LocalDate(2025, 10, 1)));
        Assert.False(q3.Contains(new LocalDate(2025, 7, 1, CalendarSystem.Julian)));
        Assert.True(q3.Contains(new YearMonth(2025, 8)));
        Assert.False(q3.Contains(new YearMonth(2025, 10)));
        Assert.False(Days(2025, 8, 2, 2025, 9, 30).Contains(new YearMonth(2025, 8)));
        Assert.False(q3.Contains(new YearMonth(0, 8)));
        Assert.True(q3.Contains(CalendarPeriod.ForMonth(2025, 9)));
        Assert.True(q3.Contains(q3));
        Assert.False(q3.Contains(CalendarPeriod.ForYear(2025)));
        Assert.True(CalendarPeriod.ForYear(2025).Contains(q3));
    }

    [Fact]
    public void NextPrevious_SameKindAndLength()
    {
        Assert.Equal(CalendarPeriod.ForYear(2026), CalendarPeriod.ForYear(2025).Next());
        Assert.Equal(CalendarPeriod.ForHalfYear(2026, 1), CalendarPeriod.ForHalfYear(2025, 2).Next());
        Assert.Equal(CalendarPeriod.ForQuarter(2024, 4), CalendarPeriod.ForQuarter(2025, 1).Previous());
        Assert.Equal(CalendarPeriod.ForMonth(2026, 1), CalendarPeriod.ForMonth(2025, 12).Next());
        Assert.Equal(Months(2016, 1, 2020, 12), Months(2021, 1, 2025, 12).Previous());
        Assert.Equal(Months(2025, 11, 2026, 1), Months(2025, 8, 2025, 10).Next());
        Assert.Equal(Days(2025, 10, 11, 2025, 10, 20), Days(2025, 10, 1, 2025, 10, 10).Next());
        Assert.Equal(Days(2025, 9, 21, 2025, 9, 30), Days(2025, 10, 1, 2025, 10, 10).Previous());
    }

    [Fact]
    public void NextPrevious_PastYearLimits_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => CalendarPeriod.ForYear(9999).Next());
        Assert.Throws<InvalidOperationException>(() => CalendarPeriod.ForYear(1).Previous());
        Assert.Throws<InvalidOperationException>(() => Days(9999, 12, 20, 9999, 12, 30).Next());
        Assert.Throws<InvalidOperationException>(() => Days(1, 1, 2, 1, 1, 10).Previous());
    }

    [Fact]
    public void YearEarlier_SameCalendarSpanOneYearBack()
    {
        Assert.Equal(CalendarPeriod.ForMonth(2024, 10), CalendarPeriod.ForMonth(2025, 10).YearEarlier());
        Assert.Equal(Months(2020, 1, 2024, 10), Months(2021, 1, 2025, 10).YearEarlier());
        Assert.Equal(CalendarPeriod.ForMonth(2023, 2), CalendarPeriod.ForMonth(2024, 2).YearEarlier());
        Assert.Equal(new LocalDate(2024, 2, 29), CalendarPeriod.ForMonth(2025, 2).YearEarlier().End);
        Assert.Equal(Days(2023, 2, 28, 2023, 2, 28), Days(2024, 2, 29, 2024, 2, 29).YearEarlier());
        Assert.Equal(Days(2024, 3, 5, 2024, 4, 10), Days(2025, 3, 5, 2025, 4, 10).YearEarlier());
        Assert.Throws<InvalidOperationException>(() => CalendarPeriod.ForYear(1).YearEarlier());
    }

    [Fact]
    public void SameSpanInPreviousPlan_NotInOnePlan_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => Months(2025, 6, 2026, 6).SameSpanInPreviousPlan());
        Assert.Throws<InvalidOperationException>(() => CalendarPeriod.ForYear(1964).SameSpanInPreviousPlan());
        Assert.Throws<InvalidOperationException>(() => CalendarPeriod.ForYear(1950).SameSpanInPreviousPlan());
        Assert.False(Months(2025, 6, 2026, 6).TrySameSpanInPreviousPlan(out var none));
        Assert.Equal(default, none);
        Assert.True(CalendarPeriod.ForYear(2025).TrySameSpanInPreviousPlan(out var previous));
        Assert.Equal(CalendarPeriod.ForYear(2020), previous);
        Assert.Throws<InvalidOperationException>(() => CalendarPeriod.ForYear(1950).SameSpanInNextPlan());
        var last = FiveYearPlan.FromOrdinal(FiveYearPlan.MaxOrdinal);
        Assert.Throws<InvalidOperationException>(() => last.OpeningYear.SameSpanInNextPlan());
    }

    [Fact]
    public void RecentYears_Interview_FiveYearsEndingWithLastYear()
    {
        var window = CalendarPeriod.RecentYears(5, 2025);
        Assert.Equal(Months(2021, 1, 2025, 12), window);
        Assert.Equal(new[] { 2021, 2022, 2023, 2024, 2025 }, window.EnumerateYears().Select(y => y.Start.Year));
        Assert.All(window.EnumerateYears(), y => Assert.Equal(CalendarPeriodKind.Year, y.Kind));
        Assert.Equal(Months(2016, 1, 2020, 12), window.Previous());
        Assert.Equal(CalendarPeriod.ForYear(2025), CalendarPeriod.RecentYears(1, 2025));
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => CalendarPeriod.RecentYears(0, 2025)).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => CalendarPeriod.RecentYears(3, 2)).ParamName);
        Assert.Equal("lastYear", Assert.Throws<ArgumentOutOfRangeException>(() => CalendarPeriod.RecentYears(3, 10000)).ParamName);
    }

    [Fact]
    public void Comparison_ByStartThenEnd()
    {
        var year = CalendarPeriod.ForYear(2025);
        var q1 = CalendarPeriod.ForQuarter(2025, 1);
        var q2 = CalendarPeriod.ForQuarter(2025, 2);
        // By start, then by end: Q1 (Jan–Mar) before the year (Jan–Dec) before Q2 (Apr–Jun).
        TestHelper.TestOrdering(q1, Months(2025, 1, 2025, 3), year, q2, CalendarPeriod.ForQuarter(2025, 2).Next());
        Assert.True(q2 >= CalendarPeriod.ForQuarter(2025, 2));
        Assert.False(q1.Equals("2025-Q1"));
    }
}
