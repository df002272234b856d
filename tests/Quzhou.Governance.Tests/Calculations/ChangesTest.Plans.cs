using System;
using NodaTime;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Periods;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Calculations;

public partial class ChangesTest
{
    private static readonly CalendarPeriod FourteenthSoFar = CalendarPeriod.ForMonths(new YearMonth(2021, 1), new YearMonth(2025, 10));


    [Fact]
    public void AgainstPreviousPlanSameSpan_Monthly_Uses2016To2020October()
    {
        // 刑事案件较“十三五”同期下降31.3%: 1000 a month then 687 a month.
        var series = TestSeries.Build(InterviewIndicators.CriminalCases, M(2016, 1), M(2025, 10), p => p.Year <= 2020 ? 1000 : 687);
        var change = Changes.AgainstPreviousPlanSameSpan(series, M(2021, 1), M(2025, 10));
        Assert.Equal(M(2016, 1), change.BaseFrom);
        Assert.Equal(M(2020, 10), change.BaseTo);
        Assert.Equal(-31.3m, change.ToPercent(1));
        var panel = Changes.AgainstPreviousPlanSameSpan(SeriesPanel.FromSeries(new[] { series }), M(2021, 1), M(2025, 10));
        Assert.Equal(change, panel[0]);
    }

    [Fact]
    public void AgainstPreviousPlan_WholePlan_IsTheOtherReading()
    {
        var series = TestSeries.Build(InterviewIndicators.ProductionSafetyAccidents, M(2016, 1), M(2025, 10), p => p.Year <= 2020 ? 100 : 27);
        var whole = Changes.AgainstPreviousPlan(series, M(2021, 1), M(2025, 10));
        Assert.Equal(M(2020, 12), whole.BaseTo);
        Assert.Equal(6000, whole.Base);
        Assert.NotEqual(whole.ToPercent(2), Changes.AgainstPreviousPlanSameSpan(series, M(2021, 1), M(2025, 10)).ToPercent(2));
    }

    [Fact]
    public void AgainstPreviousPlanSameSpan_Yearly_UsesWholeYears()
    {
        var series = IndicatorSeries.FromValues(InterviewIndicators.RoadTrafficDeaths, SeriesPeriod.CalendarYear(2016), new long[] { 100, 100, 100, 100, 100, 70, 70, 70, 69, 69 });
        var change = Changes.AgainstPreviousPlanSameSpan(series, SeriesPeriod.CalendarYear(2021), SeriesPeriod.CalendarYear(2025));
        Assert.Equal(-30.4m, change.ToPercent(1));
    }

    [Fact]
    public void AgainstPreviousPlanSameSpan_BadSpans_Throw()
    {
        var yearly = IndicatorSeries.FromValues(InterviewIndicators.RoadTrafficDeaths, SeriesPeriod.CalendarYear(2016), new long[] { 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 });
        Assert.Throws<ArgumentException>(() => Changes.AgainstPreviousPlanSameSpan(yearly, M(2021, 1), M(2025, 10)));
        Assert.Throws<ArgumentException>(() => Changes.AgainstPreviousPlanSameSpan(yearly, SeriesPeriod.CalendarYear(2020), SeriesPeriod.CalendarYear(2021)));
    }

    [Fact]
    public void SeriesPeriod_CalendarPeriod_RoundTrips()
    {
        Assert.Equal(CalendarPeriod.ForQuarter(2025, 3), SeriesPeriod.Quarter(2025, 3).ToCalendarPeriod());
        Assert.Equal(CalendarPeriod.ForYear(2025), SeriesPeriod.CalendarYear(2025).ToCalendarPeriod());
        var (first, last) = SeriesPeriod.Cover(FourteenthSoFar, Frequency.Month);
        Assert.Equal(58, first.PeriodsUntil(last) + 1);
        Assert.Equal((SeriesPeriod.Quarter(2025, 3), SeriesPeriod.Quarter(2025, 3)), SeriesPeriod.Cover(CalendarPeriod.ForQuarter(2025, 3), Frequency.Quarter));
    }
}
