using System.Globalization;
using System.Linq;
using NodaTime;
using Quzhou.Governance.Claims;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Figures;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Periods;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Claims;

/// <summary>Each base a change can name (环比, 较“十二五”同期, 较“十三五” at the plan's end, 比2012年, 近五年, 比上年,
/// 同比) and each candidate span of an unstated period, checked on a series whose every span has its own total: the
/// verdict's exact fraction is the brute-force sum of the spans the base names.</summary>
public partial class ClaimCheckerTest
{
    private static readonly SeriesPeriod From2011 = SeriesPeriod.Month(2011, 1);
    private static readonly SeriesPeriod December2025 = SeriesPeriod.Month(2025, 12);

    /// <summary>Crimes every month from 2011-01 to 2025-12, no two spans alike: 500 + 13i + (i² mod 97) in month i.</summary>
    private static long Crime(SeriesPeriod p)
    {
        long i = From2011.PeriodsUntil(p);
        return 500 + (13 * i) + (i * i % 97);
    }

    private static DataSet LongData() =>
        DataSet.CreateBuilder().AddSeries(RegionCode.Quzhou, Series(InterviewIndicators.CriminalCases, From2011, December2025, Crime)).Build();

    private static IndicatorSeries Series(QuantityIndicator indicator, SeriesPeriod start, SeriesPeriod end, System.Func<SeriesPeriod, long> value)
    {
        var builder = IndicatorSeries.CreateBuilder(indicator, Frequency.Month);
        for (var p = start; p <= end; p = p.Next())
        {
            builder.Add(p, value(p));
        }

        return builder.Build();
    }

    private static long Sum(SeriesPeriod from, SeriesPeriod to, System.Func<SeriesPeriod, long> value)
    {
        long total = 0;
        for (var p = from; p <= to; p = p.Next())
        {
            total += value(p);
        }

        return total;
    }

    private static SeriesPeriod M(int year, int month) => SeriesPeriod.Month(year, month);

    /// <summary>The change (current − base) / base as the bulletin prints it to two decimals: 增长12.34% / 下降12.34%.</summary>
    private static string ChangeText(long current, long @base)
    {
        var percent = decimal.Round((decimal)(current - @base) * 100 / @base, 2, System.MidpointRounding.AwayFromZero);
        return (percent < 0 ? "下降" : "增长") + System.Math.Abs(percent).ToString("F2", CultureInfo.InvariantCulture) + "%";
    }

    private static (string Figure, long Numerator, long Denominator) Expected(SeriesPeriod from, SeriesPeriod to, SeriesPeriod baseFrom, SeriesPeriod baseTo, System.Func<SeriesPeriod, long> value)
    {
        var current = Sum(from, to, value);
        var @base = Sum(baseFrom, baseTo, value);
        return (ChangeText(current, @base), current - @base, @base);
    }

    private static ClaimVerdict CheckCrimes(string figure, ClaimBase @base, CalendarPeriod? period = null, LocalDate? published = null, DataSet? data = null) =>
        ClaimChecker.Check(
            new Claim("crimes", ClaimKind.RelativeChange, [InterviewClaims.Subject(InterviewIndicators.CriminalCases, "刑事案件")], [PublishedFigure.Parse(figure)], @base, RegionCode.Quzhou, published ?? InterviewClaims.Published, period, false, null, null),
            data ?? LongData()).Single();

    private static CalendarPeriod Months(SeriesPeriod from, SeriesPeriod to) => CalendarPeriod.ForMonths(from.FirstMonth.ToYearMonth(), to.LastMonth.ToYearMonth());

    private static void AssertHolds(ClaimVerdict verdict, (string Figure, long Numerator, long Denominator) expected, CalendarPeriod period)
    {
        Assert.Equal(ClaimVerdictKind.Holds, verdict.Kind);
        Assert.Equal(expected.Numerator, verdict.Numerator);
        Assert.Equal(expected.Denominator, verdict.Denominator);
        Assert.Equal(period, verdict.Period);
    }

    [Fact]
    public void Check_PeriodOnPeriod_AgainstThePeriodJustBefore()
    {
        var expected = Expected(M(2025, 10), M(2025, 10), M(2025, 9), M(2025, 9), Crime);
        AssertHolds(CheckCrimes(expected.Figure, ClaimBase.PeriodOnPeriod, CalendarPeriod.ForMonth(2025, 10)), expected, CalendarPeriod.ForMonth(2025, 10));
        var quarter = Expected(M(2025, 4), M(2025, 6), M(2025, 1), M(2025, 3), Crime);
        AssertHolds(CheckCrimes(quarter.Figure, ClaimBase.PeriodOnPeriod, CalendarPeriod.ForMonths(new YearMonth(2025, 4), new YearMonth(2025, 6))), quarter, Months(M(2025, 4), M(2025, 6)));
    }

    [Fact]
    public void Check_AgainstAPlanTwoBack_TheSameSpanTenYearsEarlier()
    {
        // 较“十二五”同期 in the 14th plan: 2021-01/2025-10 against 2011-01/2015-10.
        var expected = Expected(M(2021, 1), M(2025, 10), M(2011, 1), M(2015, 10), Crime);
        AssertHolds(CheckCrimes(expected.Figure, ClaimBase.AgainstPlanSameSpan(FiveYearPlan.FromOrdinal(12))), expected, Months(M(2021, 1), M(2025, 10)));
    }

    [Fact]
    public void Check_AgainstAPlanOverAStatedPeriod_EndsWhereThePeriodEnds()
    {
        var expected = Expected(M(2021, 1), M(2024, 6), M(2016, 1), M(2019, 6), Crime);
        var verdict = CheckCrimes(expected.Figure, ClaimBase.AgainstPlanSameSpan(Thirteenth), CalendarPeriod.ForMonths(new YearMonth(2021, 1), new YearMonth(2024, 6)));
        AssertHolds(verdict, expected, Months(M(2021, 1), M(2024, 6)));
    }

    [Fact]
    public void Check_AgainstAPlanAtItsLastMonth_OneReadingAgainstTheWholePlan()
    {
        // Published in 2026-01: the 14th plan is over, so 较“十三五” is the whole plan against the whole plan, not ambiguous.
        var expected = Expected(M(2021, 1), M(2025, 12), M(2016, 1), M(2020, 12), Crime);
        var verdict = CheckCrimes(expected.Figure, ClaimBase.AgainstPlan(Thirteenth), published: new LocalDate(2026, 1, 20));
        AssertHolds(verdict, expected, Months(M(2021, 1), M(2025, 12)));
        Assert.Empty(verdict.Readings);
    }

    [Fact]
    public void Check_AgainstAYear_TheLastWholeYearOrTheStatedPeriod()
    {
        var whole = Expected(M(2024, 1), M(2024, 12), M(2012, 1), M(2012, 12), Crime);
        AssertHolds(CheckCrimes(whole.Figure, ClaimBase.AgainstYear(2012)), whole, CalendarPeriod.ForYear(2024));
        var half = Expected(M(2025, 1), M(2025, 6), M(2012, 1), M(2012, 6), Crime);
        AssertHolds(CheckCrimes(half.Figure, ClaimBase.AgainstYear(2012), CalendarPeriod.ForMonths(new YearMonth(2025, 1), new YearMonth(2025, 6))), half, Months(M(2025, 1), M(2025, 6)));
        var december = Expected(M(2025, 1), M(2025, 12), M(2012, 1), M(2012, 12), Crime);
        AssertHolds(CheckCrimes(december.Figure, ClaimBase.AgainstYear(2012), published: new LocalDate(2026, 1, 20)), december, CalendarPeriod.ForYear(2025));
    }

    [Fact]
    public void Check_RecentYears_EachOfItsTwoReadings()
    {
        // 近五年 with data to 2025-10: 2024 against 2019, or 2020–2024 against 2015–2019.
        var latest = Expected(M(2024, 1), M(2024, 12), M(2019, 1), M(2019, 12), Crime);
        AssertHolds(CheckCrimes(latest.Figure, ClaimBase.RecentYears(5)), latest, CalendarPeriod.ForYear(2024));
        var span = Expected(M(2020, 1), M(2024, 12), M(2015, 1), M(2019, 12), Crime);
        AssertHolds(CheckCrimes(span.Figure, ClaimBase.RecentYears(5)), span, Months(M(2020, 1), M(2024, 12)));
        var stated = Expected(M(2021, 1), M(2023, 12), M(2018, 1), M(2020, 12), Crime);
        AssertHolds(CheckCrimes(stated.Figure, ClaimBase.RecentYears(3), CalendarPeriod.ForYear(2023)), stated, Months(M(2021, 1), M(2023, 12)));
    }

    [Fact]
    public void Check_PreviousYear_TheLastWholeYearOrTheStatedYear()
    {
        var last = Expected(M(2024, 1), M(2024, 12), M(2023, 1), M(2023, 12), Crime);
        AssertHolds(CheckCrimes(last.Figure, ClaimBase.PreviousYear), last, CalendarPeriod.ForYear(2024));
        var stated = Expected(M(2022, 1), M(2022, 12), M(2021, 1), M(2021, 12), Crime);
        AssertHolds(CheckCrimes(stated.Figure, ClaimBase.PreviousYear, CalendarPeriod.ForYear(2022)), stated, CalendarPeriod.ForYear(2022));
    }

    [Fact]
    public void Check_YearOnYearUnstatedPeriod_EachCandidateSpanAlone()
    {
        // Data to 2025-10: the month, the year to date and the whole of 2024, each a year earlier.
        var month = Expected(M(2025, 10), M(2025, 10), M(2024, 10), M(2024, 10), Crime);
        AssertHolds(CheckCrimes(month.Figure, ClaimBase.YearOnYear), month, CalendarPeriod.ForMonth(2025, 10));
        var toDate = Expected(M(2025, 1), M(2025, 10), M(2024, 1), M(2024, 10), Crime);
        AssertHolds(CheckCrimes(toDate.Figure, ClaimBase.YearOnYear), toDate, Months(M(2025, 1), M(2025, 10)));
        var year = Expected(M(2024, 1), M(2024, 12), M(2023, 1), M(2023, 12), Crime);
        AssertHolds(CheckCrimes(year.Figure, ClaimBase.YearOnYear), year, CalendarPeriod.ForYear(2024));
        AssertHolds(CheckCrimes(year.Figure, ClaimBase.Unstated), year, CalendarPeriod.ForYear(2024));
    }

    [Fact]
    public void Check_YearOnYearNothingFits_ContradictedOnTheLatestMonth()
    {
        // A stated base stays contradicted however many spans were tried; the first span's value is reported.
        var verdict = CheckCrimes("增长99.99%", ClaimBase.YearOnYear);
        var month = Expected(M(2025, 10), M(2025, 10), M(2024, 10), M(2024, 10), Crime);
        Assert.Equal(ClaimVerdictKind.Contradicted, verdict.Kind);
        Assert.Equal(CalendarPeriod.ForMonth(2025, 10), verdict.Period);
        Assert.Equal(month.Numerator, verdict.Numerator);
        Assert.Empty(verdict.Readings);
    }

    [Fact]
    public void Check_UnstatedBaseAtTheYearsEnd_AmbiguousWithItsTwoSpans()
    {
        // Data to 2025-12: the month and the year (the year to date is the whole year, not tried twice).
        var verdict = CheckCrimes("增长99.99%", ClaimBase.Unstated, published: new LocalDate(2026, 1, 20));
        Assert.Equal(ClaimVerdictKind.Ambiguous, verdict.Kind);
        Assert.Equal(new[] { CalendarPeriod.ForMonth(2025, 12), CalendarPeriod.ForYear(2025) }, verdict.Readings.Select(r => r.Period));
        Assert.All(verdict.Readings, r => Assert.False(r.Fits));
        var year = Expected(M(2025, 1), M(2025, 12), M(2024, 1), M(2024, 12), Crime);
        AssertHolds(CheckCrimes(year.Figure, ClaimBase.Unstated, published: new LocalDate(2026, 1, 20)), year, CalendarPeriod.ForYear(2025));
    }

    [Fact]
    public void Check_EverySpanFits_TheLatestHoldsAlone()
    {
        // 100 a month in 2023, 110 in 2024, 121 in 2025: +10% on every span.
        var data = DataSet.CreateBuilder().AddSeries(RegionCode.Quzhou, Series(InterviewIndicators.CriminalCases, M(2023, 1), Last, p => p.Year switch { 2023 => 100, 2024 => 110, _ => 121 })).Build();
        var verdict = CheckCrimes("增长10%", ClaimBase.YearOnYear, data: data);
        Assert.Equal(ClaimVerdictKind.Holds, verdict.Kind);
        Assert.Equal(CalendarPeriod.ForMonth(2025, 10), verdict.Period);
        Assert.Equal(10m, verdict.Value);
    }

    [Fact]
    public void Check_RecentYearsBothReadingsFit_Ambiguous()
    {
        // 100 a month to 2019, 50 after: 2024 against 2019 and 2020–2024 against 2015–2019 both fell by half.
        var data = DataSet.CreateBuilder().AddSeries(RegionCode.Quzhou, Series(InterviewIndicators.CriminalCases, From2011, Last, p => p.Year <= 2019 ? 100 : 50)).Build();
        var verdict = CheckCrimes("下降50%", ClaimBase.RecentYears(5), data: data);
        Assert.Equal(ClaimVerdictKind.Ambiguous, verdict.Kind);
        Assert.Equal(new[] { ClaimReadingKind.LatestYearAgainstYearsBefore, ClaimReadingKind.RecentYearsAgainstPrecedingYears }, verdict.Readings.Select(r => r.Kind));
        Assert.All(verdict.Readings, r => Assert.True(r.Fits));
    }

    [Fact]
    public void Check_ChangeWithoutItsBaseYear_UndefinedMissingBase()
    {
        var verdict = CheckCrimes("增长10%", ClaimBase.YearOnYear, CalendarPeriod.ForYear(2011));
        Assert.Equal(ClaimVerdictKind.Undefined, verdict.Kind);
        Assert.Equal(UndefinedReason.MissingBase, verdict.Reason);
        Assert.Null(verdict.Numerator);
    }

    [Fact]
    public void Check_RecomputedValues_CarryNoTrailingZeros()
    {
        var claim = InterviewClaims.Claim("closure", ClaimKind.RelativeChange, [InterviewClaims.Subject(InterviewIndicators.EnforcementClosureRate, "实际执结率")], ["提升11.53%"], ClaimBase.AgainstPlanSameSpan(Thirteenth));
        var verdict = ClaimChecker.Check(claim, Data()).Single();
        Assert.Equal(new[] { "11.53", "14.4125" }, verdict.Readings.Select(r => r.Value.ToString(CultureInfo.InvariantCulture)));
        Assert.Equal("-31.3", ClaimChecker.Check(Crimes("下降31.3%", ClaimBase.AgainstPlanSameSpan(Thirteenth)), Data()).Single().Value!.Value.ToString(CultureInfo.InvariantCulture));
    }
}
