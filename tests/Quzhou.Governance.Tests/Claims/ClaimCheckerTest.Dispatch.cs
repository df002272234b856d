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

/// <summary>The dispatch's edges: its argument checks and what an unverifiable claim names, the revised data of a
/// claim contradicted either way, a rate's level over each candidate span, a rate's change in points or from 0%,
/// 翻番 at exactly 2ⁿ and 2ⁿ⁺¹, totals and stocks over each span, a structure's exact fraction when contradicted.</summary>
public partial class ClaimCheckerTest
{
    /// <summary>Satisfaction 97% in every month of 2024, 95% in 2025-01/09, 90% in 2025-10.</summary>
    private static DataSet RateLevels()
    {
        var rates = RateSeries.CreateBuilder(InterviewIndicators.EnterpriseRequestSatisfactionRate, Frequency.Month);
        for (var p = M(2024, 1); p <= Last; p = p.Next())
        {
            rates.AddParts(p, p.Year == 2024 ? 97 : p == Last ? 90 : 95, 100);
        }

        return DataSet.CreateBuilder().AddRateSeries(RegionCode.Quzhou, rates.Build()).Build();
    }

    private static ClaimVerdict Satisfaction(string figure, DataSet data, LocalDate? published = null) =>
        ClaimChecker.Check(new Claim("satisfaction", ClaimKind.Level, [InterviewClaims.Subject(InterviewIndicators.EnterpriseRequestSatisfactionRate, "满意率")], [PublishedFigure.Parse(figure)], ClaimBase.None, RegionCode.Quzhou, published ?? InterviewClaims.Published, null, false, null, null), data).Single();

    [Fact]
    public void Check_NullArguments_NameThem()
    {
        Assert.Equal("claim", Assert.Throws<System.ArgumentNullException>(() => ClaimChecker.Check(null!, Data())).ParamName);
        Assert.Equal("data", Assert.Throws<System.ArgumentNullException>(() => ClaimChecker.Check(InterviewClaims.Stations, null!)).ParamName);
    }

    [Fact]
    public void Check_RateLevel_EachCandidateSpanOrTheLatestMonthWhenNoneFits()
    {
        var toDate = Satisfaction("94.50%", RateLevels());
        Assert.Equal(ClaimVerdictKind.Holds, toDate.Kind);
        Assert.Equal(CalendarPeriod.ForMonths(new YearMonth(2025, 1), new YearMonth(2025, 10)), toDate.Period);
        Assert.Equal((945L, 1000L), (toDate.Numerator!.Value, toDate.Denominator!.Value));
        var year = Satisfaction("97.00%", RateLevels());
        Assert.Equal(ClaimVerdictKind.Holds, year.Kind);
        Assert.Equal(CalendarPeriod.ForYear(2024), year.Period);
        var none = Satisfaction("50%", RateLevels());
        Assert.Equal(ClaimVerdictKind.Contradicted, none.Kind);
        Assert.Equal(CalendarPeriod.ForMonth(2025, 10), none.Period);
        Assert.Equal(90m, none.Value);
        Assert.Equal(PublishedFigure.Parse("90%"), none.Printed);
    }

    [Fact]
    public void Check_PublishedLongAfterTheData_TheDatasLastPeriod()
    {
        var verdict = Satisfaction("90%", RateLevels(), new LocalDate(2026, 3, 1));
        Assert.Equal(ClaimVerdictKind.Holds, verdict.Kind);
        Assert.Equal(CalendarPeriod.ForMonth(2025, 10), verdict.Period);
    }

    [Fact]
    public void Check_RateLevelContradicted_PrintsALevelNotAChange()
    {
        var verdict = ClaimChecker.Check(InterviewClaims.Claim("satisfaction", ClaimKind.Level, [InterviewClaims.Subject(InterviewIndicators.EnterpriseRequestSatisfactionRate, "满意率")], ["97.5%"], ClaimBase.None), Data()).Single();
        Assert.Equal(ClaimVerdictKind.Contradicted, verdict.Kind);
        Assert.Equal(PublishedFigure.Parse("97.2%"), verdict.Printed);
    }

    [Fact]
    public void Check_ContradictedAsPublishedAndAsRevised_StaysContradicted()
    {
        var december = SeriesPeriod.Month(2024, 12);
        var data = DataSet.CreateBuilder()
            .Add(DataRecord.ForValue(InterviewIndicators.LegalServiceStations, RegionCode.Quzhou, december, 1725, ObservationStatus.Provisional, new LocalDate(2025, 1, 10)))
            .Add(DataRecord.ForValue(InterviewIndicators.LegalServiceStations, RegionCode.Quzhou, december, 1731, ObservationStatus.Revised, new LocalDate(2025, 3, 1)))
            .Build();
        var claim = new Claim("stations", ClaimKind.Count, [ClaimSubject.For(InterviewIndicators.LegalServiceStations, "公共法律服务站点")], [PublishedFigure.Parse("1800个")], ClaimBase.None, RegionCode.Quzhou, new LocalDate(2025, 1, 20));
        var verdict = ClaimChecker.Check(claim, data).Single();
        Assert.Equal(ClaimVerdictKind.Contradicted, verdict.Kind);
        Assert.Equal(1725m, verdict.Value);
        Assert.Null(verdict.RevisedValue);
    }

    [Fact]
    public void Check_StructureOfOneSubject_UnverifiableNamingTheCheck()
    {
        var verdict = ClaimChecker.Check(InterviewClaims.Claim("share", ClaimKind.Structure, [InterviewClaims.Subject(InterviewIndicators.Thefts, "盗窃案件")], ["34.4%"], ClaimBase.None), Crimes14th()).Single();
        Assert.Equal(ClaimVerdictKind.Unverifiable, verdict.Kind);
        Assert.Equal(["a check of a Structure claim with 34.4% on public-security.thefts"], verdict.Missing);
    }

    [Fact]
    public void Check_UnknownIndicatorOrSeries_NamesWhatIsMissing()
    {
        var unknown = InterviewClaims.Claim("crimes", ClaimKind.RelativeChange, [new ClaimSubject("某类案件", "public-security.unknown")], ["下降31.3%"], ClaimBase.AgainstPlanSameSpan(Thirteenth));
        Assert.Equal(["the indicator of " + unknown.Subjects[0]], ClaimChecker.Check(unknown, Data()).Single().Missing);
        var fraud = DataSet.CreateBuilder().AddSeries(RegionCode.Quzhou, Monthly(InterviewIndicators.TelecomFraudCases, p => 100)).Build();
        var streak = ClaimChecker.Check(InterviewClaims.TelecomFraud, fraud).Single();
        Assert.Equal(ClaimVerdictKind.Unverifiable, streak.Kind);
        Assert.Equal(["the series of " + InterviewClaims.TelecomFraud.Subjects[1] + " in " + RegionCode.Quzhou], streak.Missing);
        var subjects = new[] { InterviewClaims.Subject(InterviewIndicators.Thefts, "盗窃案件"), InterviewClaims.Subject(InterviewIndicators.CriminalCases, "刑事案件") };
        var shares = ClaimChecker.Check(InterviewClaims.Claim("shares", ClaimKind.Structure, subjects, ["34.4%", "65.6%"], ClaimBase.None), Crimes14th());
        Assert.Equal(["the series of " + subjects[1] + " in " + RegionCode.Quzhou], shares[0].Missing);
    }

    [Fact]
    public void Check_SharedChangeWithOneSeriesMissing_TheOtherIsStillChecked()
    {
        // Thefts 100 → 210 a month: 增长110% holds for them; criminal cases have no series here.
        var subjects = new[] { InterviewClaims.Subject(InterviewIndicators.Thefts, "盗窃案件"), InterviewClaims.Subject(InterviewIndicators.CriminalCases, "刑事案件") };
        var verdicts = ClaimChecker.Check(InterviewClaims.Claim("shared", ClaimKind.RelativeChange, subjects, ["增长110%"], ClaimBase.AgainstPlanSameSpan(Thirteenth)), Crimes14th());
        Assert.Equal(ClaimVerdictKind.Holds, verdicts[0].Kind);
        Assert.Equal(ClaimVerdictKind.Unverifiable, verdicts[1].Kind);
    }

    [Fact]
    public void Check_StreakHolding_ItsPeriodIsTheWholeRun()
    {
        var streak = ClaimChecker.Check(InterviewClaims.TelecomFraud, Data()).Single();
        Assert.Equal(CalendarPeriod.ForMonths(new YearMonth(2021, 1), new YearMonth(2025, 10)), streak.Period);
    }

    [Fact]
    public void Check_PointsChangeNotFitting_ContradictedWithThePoints()
    {
        var claim = InterviewClaims.Claim("closure", ClaimKind.PercentagePointChange, [InterviewClaims.Subject(InterviewIndicators.EnforcementClosureRate, "实际执结率")], ["提升11.6个百分点"], ClaimBase.AgainstPlanSameSpan(Thirteenth));
        var verdict = ClaimChecker.Check(claim, Data()).Single();
        Assert.Equal(ClaimVerdictKind.Contradicted, verdict.Kind);
        Assert.Equal(11.53m, verdict.Value);
        Assert.NotNull(verdict.Printed);
    }

    [Fact]
    public void Check_RateChangeInPercentFromZero_OnlyThePointsReading()
    {
        // 0% in the 13th plan, 5% in the 14th: no relative change, so the points reading alone decides.
        var data = DataSet.CreateBuilder().AddRateSeries(RegionCode.Quzhou, MonthlyRate(InterviewIndicators.EnforcementClosureRate, p => p.Year <= 2020 ? (0, 100) : (5, 100))).Build();
        ClaimVerdict Rise(string figure) => ClaimChecker.Check(InterviewClaims.Claim("closure", ClaimKind.RelativeChange, [InterviewClaims.Subject(InterviewIndicators.EnforcementClosureRate, "实际执结率")], [figure], ClaimBase.AgainstPlanSameSpan(Thirteenth)), data).Single();
        var holds = Rise("提升5%");
        Assert.Equal(ClaimVerdictKind.Holds, holds.Kind);
        Assert.Equal(5m, holds.Value);
        var contradicted = Rise("提升6%");
        Assert.Equal(ClaimVerdictKind.Contradicted, contradicted.Kind);
        Assert.Equal(5m, contradicted.Value);
    }

    private static DataSet TheftsDoubling(long before, long after) =>
        DataSet.CreateBuilder().AddSeries(RegionCode.Quzhou, Monthly(InterviewIndicators.Thefts, p => p.Year <= 2020 ? before : after)).Build();

    [Fact]
    public void Check_Doubling_AtExactlyTwiceAndFourTimes()
    {
        Assert.Equal(ClaimVerdictKind.Holds, ClaimChecker.Check(Thefts("翻一番"), TheftsDoubling(100, 200)).Single().Kind);
        Assert.Equal(ClaimVerdictKind.Contradicted, ClaimChecker.Check(Thefts("翻一番"), TheftsDoubling(100, 400)).Single().Kind);
        Assert.Equal(ClaimVerdictKind.Holds, ClaimChecker.Check(Thefts("翻两番"), TheftsDoubling(100, 400)).Single().Kind);
        var sixty = ClaimChecker.Check(Thefts("翻60番"), TheftsDoubling(100, 200)).Single();
        Assert.Equal(ClaimVerdictKind.Contradicted, sixty.Kind);
        Assert.Equal(2m, sixty.Value);
    }

    [Fact]
    public void Check_DoublingFromOrToZero_ContradictedOrUndefined()
    {
        var toZero = ClaimChecker.Check(Thefts("翻一番"), TheftsDoubling(100, 0)).Single();
        Assert.Equal(ClaimVerdictKind.Contradicted, toZero.Kind);
        Assert.Equal(0m, toZero.Value);
        var fromZero = ClaimChecker.Check(Thefts("翻一番"), TheftsDoubling(0, 200)).Single();
        Assert.Equal(ClaimVerdictKind.Undefined, fromZero.Kind);
        Assert.Equal(UndefinedReason.ZeroBase, fromZero.Reason);
    }

    [Fact]
    public void Check_StructureContradicted_KeepsTheSharesFraction()
    {
        var subjects = new[] { InterviewClaims.Subject(InterviewIndicators.Thefts, "盗窃案件"), InterviewClaims.Subject(InterviewIndicators.Homicides, "命案"), InterviewClaims.Subject(InterviewIndicators.RobberiesAndSnatchings, "“两抢”案件") };
        var wrong = ClaimChecker.Check(InterviewClaims.Claim("shares", ClaimKind.Structure, subjects, ["34.5%", "41.0%", "24.6%"], ClaimBase.None), Crimes14th());
        Assert.Equal("34.4%（210/610）", wrong[0].FormatValue("zh", null));
        Assert.Equal(CalendarPeriod.ForMonth(2025, 10), wrong[0].Period);
    }

    private static ClaimVerdict Services(string figure, CalendarPeriod? period = null) =>
        ClaimChecker.Check(InterviewClaims.Claim("services", ClaimKind.CumulativeTotal, [InterviewClaims.Subject(InterviewIndicators.LegalServices, "法律服务")], [figure], ClaimBase.None, period), Data()).Single();

    [Fact]
    public void Check_TotalUnstated_ThePlanSoFarThenTheYearToDate()
    {
        // 3,300 a month from 2021: 33,000 in 2025-01/10.
        var toDate = Services("33000次");
        Assert.Equal(ClaimVerdictKind.Holds, toDate.Kind);
        Assert.Equal(CalendarPeriod.ForMonths(new YearMonth(2025, 1), new YearMonth(2025, 10)), toDate.Period);
        var none = Services("1次");
        Assert.Equal(ClaimVerdictKind.Contradicted, none.Kind);
        Assert.Equal(191_400m, none.Value);
        Assert.Equal(CalendarPeriod.ForMonths(new YearMonth(2021, 1), new YearMonth(2025, 10)), none.Period);
    }

    [Fact]
    public void Check_TotalOverAStatedPeriod_ThatPeriodOrUndefined()
    {
        var year = Services("39600次", CalendarPeriod.ForYear(2024));
        Assert.Equal(ClaimVerdictKind.Holds, year.Kind);
        Assert.Equal(CalendarPeriod.ForYear(2024), year.Period);
        Assert.Equal(ClaimVerdictKind.Undefined, Services("39600次", CalendarPeriod.ForYear(2010)).Kind);
    }

    [Fact]
    public void Check_StockOverAStatedPeriod_ItsValueAtThePeriodsEnd()
    {
        // Stations: 1,200 at 2020-12 and ten more a month: 1,320 at 2021-12 (1,210 at 2021-01); none in 2019.
        ClaimVerdict Stations(string figure, CalendarPeriod period) => ClaimChecker.Check(InterviewClaims.Claim("stations", ClaimKind.Count, [InterviewClaims.Subject(InterviewIndicators.LegalServiceStations, "站点")], [figure], ClaimBase.None, period), ProgressData()).Single();
        var held = Stations("1320个", CalendarPeriod.ForYear(2021));
        Assert.Equal(ClaimVerdictKind.Holds, held.Kind);
        Assert.Equal(CalendarPeriod.ForMonth(2021, 12), held.Period);
        var missing = Stations("1320个", CalendarPeriod.ForYear(2019));
        Assert.Equal(ClaimVerdictKind.Undefined, missing.Kind);
        Assert.Equal(UndefinedReason.MissingCurrent, missing.Reason);
    }
}
