using System;
using NodaTime;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Series;

public partial class SeriesPeriodTest
{
    [Fact]
    public void ToString_EachFrequency_WritesCode()
    {
        Assert.Equal("2025-10", SeriesPeriod.Month(2025, 10).ToString());
        Assert.Equal("2025-Q3", SeriesPeriod.Quarter(2025, 3).ToString());
        Assert.Equal("2025", SeriesPeriod.CalendarYear(2025).ToString());
    }

    [Fact]
    public void PeriodsUntil_FourteenthPlanToOctober2025_Is57()
    {
        // 2021-01 … 2025-10 is 58 months: 57 steps.
        Assert.Equal(57, SeriesPeriod.Month(2021, 1).PeriodsUntil(SeriesPeriod.Month(2025, 10)));
    }

    [Fact]
    public void PlusYears_Month_IsSameMonthOtherYear()
    {
        Assert.Equal(SeriesPeriod.Month(2024, 10), SeriesPeriod.Month(2025, 10).PlusYears(-1));
        Assert.Equal(SeriesPeriod.Month(2026, 1), SeriesPeriod.Month(2025, 10).PlusPeriods(3));
        Assert.Equal(SeriesPeriod.Month(2025, 9), SeriesPeriod.Month(2025, 10).MinusPeriods(1));
    }

    [Fact]
    public void ToFrequency_Month_GivesContainingPeriods()
    {
        var october = SeriesPeriod.Month(2025, 10);
        Assert.Equal(SeriesPeriod.Quarter(2025, 4), october.ToFrequency(Frequency.Quarter));
        Assert.Equal(SeriesPeriod.CalendarYear(2025), october.ToFrequency(Frequency.Year));
        Assert.True(october.IsWithin(SeriesPeriod.CalendarYear(2025)));
        Assert.False(SeriesPeriod.CalendarYear(2025).IsWithin(october));
        Assert.Equal(SeriesPeriod.Month(2025, 7), SeriesPeriod.Quarter(2025, 3).FirstMonth);
        Assert.Equal(SeriesPeriod.Month(2025, 12), SeriesPeriod.CalendarYear(2025).LastMonth);
    }

    [Fact]
    public void ToFrequency_Finer_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => SeriesPeriod.CalendarYear(2025).ToFrequency(Frequency.Month));
        Assert.Equal("target", ex.ParamName);
    }

    [Fact]
    public void Factories_OutOfRange_ThrowNamingArgument()
    {
        Assert.Equal("month", Assert.Throws<ArgumentOutOfRangeException>(() => SeriesPeriod.Month(2025, 13)).ParamName);
        Assert.Equal("quarter", Assert.Throws<ArgumentOutOfRangeException>(() => SeriesPeriod.Quarter(2025, 0)).ParamName);
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => SeriesPeriod.CalendarYear(10000)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => SeriesPeriod.Month(9999, 12).PlusPeriods(1));
    }

    [Fact]
    public void CompareTo_OtherFrequency_Throws()
    {
        Assert.Throws<ArgumentException>(() => SeriesPeriod.Month(2025, 1).CompareTo(SeriesPeriod.CalendarYear(2025)));
        Assert.NotEqual(SeriesPeriod.Month(2025, 1), SeriesPeriod.Quarter(2025, 1));
        TestHelper.TestEquality(SeriesPeriod.Month(2025, 1), SeriesPeriod.Month(2025, 1), SeriesPeriod.Quarter(2025, 1), SeriesPeriod.CalendarYear(2025));
    }

    [Fact]
    public void Ordering_SameFrequency_FollowsTime()
    {
        TestHelper.TestOrdering(
            SeriesPeriod.Month(2025, 1),
            SeriesPeriod.FromYearMonth(new YearMonth(2025, 1)),
            SeriesPeriod.Month(2025, 2),
            SeriesPeriod.Month(2025, 12),
            SeriesPeriod.Month(2026, 1));
        TestHelper.TestOrdering(SeriesPeriod.Quarter(2025, 4), SeriesPeriod.Quarter(2025, 4), SeriesPeriod.Quarter(2026, 1));
        TestHelper.TestOrdering(SeriesPeriod.CalendarYear(2024), SeriesPeriod.CalendarYear(2024), SeriesPeriod.CalendarYear(2025));
    }

    [Fact]
    public void YearMonth_RoundTrips()
    {
        var period = SeriesPeriod.FromYearMonth(new YearMonth(2025, 10));
        Assert.Equal(new YearMonth(2025, 10), period.ToYearMonth());
        Assert.Equal(SeriesPeriod.Quarter(2025, 4), SeriesPeriod.Containing(new LocalDate(2025, 11, 3), Frequency.Quarter));
        Assert.Throws<InvalidOperationException>(() => SeriesPeriod.CalendarYear(2025).ToYearMonth());
    }

    [Fact]
    public void ToString_Chinese_WritesChineseForm()
    {
        var zh = System.Globalization.CultureInfo.GetCultureInfo("zh-CN");
        Assert.Equal("2025年10月", SeriesPeriod.Month(2025, 10).ToString("zh", null));
        Assert.Equal("2025年第三季度", SeriesPeriod.Quarter(2025, 3).ToString(null, zh));
        Assert.Equal("2025年", SeriesPeriod.CalendarYear(2025).ToString("zh", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("2025-M10", SeriesPeriod.Month(2025, 10).ToString("S", zh));
        Assert.Equal("2025年10月", SeriesPeriod.Month(2025, 10).ToString("G", zh));
        Assert.Throws<FormatException>(() => SeriesPeriod.Month(2025, 10).ToString("X", null));
    }

    [Theory]
    [InlineData("", "zh-CN")]
    [InlineData("G", "zh-CN")]
    [InlineData("S", "zh-CN")]
    [InlineData("S", "")]
    [InlineData("I", "")]
    [InlineData("D", "zh-CN")]
    [InlineData("zh", "")]
    [InlineData("C", "en-US")]
    public void ToString_EachFormatLetter_MeansWhatItMeansForCalendarPeriod(string format, string culture)
    {
        var provider = System.Globalization.CultureInfo.GetCultureInfo(culture);
        foreach (var period in new[] { SeriesPeriod.Month(2025, 10), SeriesPeriod.Quarter(2025, 3), SeriesPeriod.CalendarYear(2025) })
        {
            Assert.Equal(period.ToCalendarPeriod().ToString(format, provider), period.ToString(format, provider));
        }
    }

    [Fact]
    public void ToString_GeneralLetterInvariant_IsTheSeriesCodeWhichIsIso()
    {
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        Assert.Equal("2025-10", SeriesPeriod.Month(2025, 10).ToString("G", invariant));
        Assert.Equal("2025-10", SeriesPeriod.Month(2025, 10).ToString("I", invariant));
        Assert.Equal("2025-M10", SeriesPeriod.Month(2025, 10).ToString("S", invariant));
        Assert.Equal("2025-Q3", SeriesPeriod.Quarter(2025, 3).ToString("G", invariant));
        Assert.Equal("2025-07/2025-09", SeriesPeriod.Quarter(2025, 3).ToString("I", invariant));
        Assert.Equal(SeriesPeriod.Month(2025, 10), SeriesPeriod.Parse(SeriesPeriod.Month(2025, 10).ToString("S", invariant)));
    }

    [Fact]
    public void PlusYearsAndMinusPeriods_PastTheCalendar_NameTheirOwnArgumentAndValue()
    {
        var years = Assert.Throws<ArgumentOutOfRangeException>(() => SeriesPeriod.Month(9999, 1).PlusYears(1));
        Assert.Equal("years", years.ParamName);
        Assert.Equal(1, years.ActualValue);
        Assert.Equal("years", Assert.Throws<ArgumentOutOfRangeException>(() => SeriesPeriod.Month(2025, 1).PlusYears(int.MinValue)).ParamName);
        var back = Assert.Throws<ArgumentOutOfRangeException>(() => SeriesPeriod.Month(1, 1).MinusPeriods(1));
        Assert.Equal("count", back.ParamName);
        Assert.Equal(1, back.ActualValue);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => SeriesPeriod.Month(2025, 1).MinusPeriods(int.MinValue)).ParamName);
    }
}
