using System.Linq;
using NodaTime;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Claims;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Figures;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Periods;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Claims;

/// <summary>Progress against a plan target at the edges of its data: a rate's target (not a fraction of counts), a
/// growth target, a period at the series' first month, before it or after its last, a flow's data ending in
/// December or covering no whole year.</summary>
public partial class ClaimCheckerTest
{
    private static readonly SeriesPeriod PlanStart = SeriesPeriod.Month(2021, 1);

    /// <summary>The closure rate from 2021-01: 85.5% in the first month, 88% after; the target 80% → 90%.</summary>
    private static DataSet RateProgressData(SeriesPeriod start)
    {
        var rates = RateSeries.CreateBuilder(InterviewIndicators.EnforcementClosureRate, Frequency.Month);
        for (var p = start; p <= Last; p = p.Next())
        {
            rates.AddParts(p, p == PlanStart ? 8550 : 8800, 10000);
        }

        var target = PlanTarget.AtLeast(Fourteenth, InterviewIndicators.EnforcementClosureRate, new Percentage(80m), new Percentage(90m), TargetCommitment.Expected);
        return DataSet.CreateBuilder().AddRateSeries(RegionCode.Quzhou, rates.Build()).AddTarget(new DataSetTarget(RegionCode.Quzhou, target)).Build();
    }

    private static Claim RateProgress(string figure, CalendarPeriod period, LocalDate published) =>
        new("progress", ClaimKind.PlanProgress, [InterviewClaims.Subject(InterviewIndicators.EnforcementClosureRate, "实际执结率")], [PublishedFigure.Parse(figure)], ClaimBase.None, RegionCode.Quzhou, published, period, false, null, null);

    /// <summary>A series of <paramref name="indicator"/> from <paramref name="start"/> to <paramref name="end"/>, one
    /// value every month, with the stations' floor and the accidents' ceiling as targets.</summary>
    private static DataSet ProgressFrom(QuantityIndicator indicator, SeriesPeriod start, SeriesPeriod end, System.Func<SeriesPeriod, long> value, PlanTarget? target = null)
    {
        var builder = IndicatorSeries.CreateBuilder(indicator, Frequency.Month);
        for (var p = start; p <= end; p = p.Next())
        {
            builder.Add(p, value(p));
        }

        return DataSet.CreateBuilder()
            .AddSeries(RegionCode.Quzhou, builder.Build())
            .AddTarget(new DataSetTarget(RegionCode.Quzhou, target ?? (indicator == InterviewIndicators.LegalServiceStations ? StationFloor : AccidentCeiling)))
            .Build();
    }

    [Fact]
    public void Check_ProgressOfARate_AtTheSeriesFirstMonth_TheShareOfThatMonth()
    {
        // 85.5% against 80% → 90%: 55% of the way (not the 50% of whole points, nor 0.55%), in 2021-01 itself.
        var verdict = ClaimChecker.Check(RateProgress("55%", CalendarPeriod.ForMonth(new YearMonth(2021, 1)), InterviewClaims.Published), RateProgressData(PlanStart)).Single();
        Assert.Equal(ClaimVerdictKind.Holds, verdict.Kind);
        Assert.Equal(55m, verdict.Value);
        Assert.Equal(1, verdict.Progress!.MonthsElapsed);
        Assert.Equal(85.5m, verdict.Progress.Current);
        Assert.Equal(CalendarPeriod.ForMonth(new YearMonth(2021, 1)), verdict.Period);
        Assert.Null(verdict.Numerator);
    }

    [Fact]
    public void Check_ProgressOfARate_PeriodPastTheData_TheLastMonthOfData()
    {
        // 88% at 2025-10 (the data's end; the claim's period runs to 2025-12): 80% of the way in 58 months.
        var verdict = ClaimChecker.Check(RateProgress("80%", CalendarPeriod.ForMonths(new YearMonth(2021, 1), new YearMonth(2025, 12)), new LocalDate(2026, 1, 20)), RateProgressData(PlanStart)).Single();
        Assert.Equal(ClaimVerdictKind.Holds, verdict.Kind);
        Assert.Equal(80m, verdict.Value);
        Assert.Equal(58, verdict.Progress!.MonthsElapsed);
    }

    [Fact]
    public void Check_ProgressOfARate_PeriodBeforeTheData_UndefinedWithoutAPeriod()
    {
        var verdict = ClaimChecker.Check(RateProgress("55%", CalendarPeriod.ForMonths(new YearMonth(2021, 1), new YearMonth(2021, 6)), InterviewClaims.Published), RateProgressData(SeriesPeriod.Month(2022, 1))).Single();
        Assert.Equal(ClaimVerdictKind.Undefined, verdict.Kind);
        Assert.Equal(UndefinedReason.EmptySpan, verdict.Reason);
        Assert.Null(verdict.Period);
        Assert.Equal(0, verdict.Progress!.MonthsElapsed);
    }

    [Fact]
    public void Check_ProgressOfAStock_AtTheSeriesFirstMonth_Counts()
    {
        // 1,210 stations in 2021-01, the series' first month: 10 of 600.
        var data = ProgressFrom(InterviewIndicators.LegalServiceStations, PlanStart, Last, p => 1200 + (10 * (PlanStart.PeriodsUntil(p) + 1)));
        var verdict = ClaimChecker.Check(Progress(InterviewIndicators.LegalServiceStations, "公共法律服务站点", "1.67%", InterviewClaims.Published, CalendarPeriod.ForMonth(new YearMonth(2021, 1))), data).Single();
        Assert.Equal(ClaimVerdictKind.Holds, verdict.Kind);
        Assert.Equal(1210m, verdict.Progress!.Current);
        Assert.Equal(1, verdict.Progress.MonthsElapsed);
    }

    [Fact]
    public void Check_ProgressOfAStock_PeriodBeforeTheData_UndefinedWithoutAPeriod()
    {
        var data = ProgressFrom(InterviewIndicators.LegalServiceStations, SeriesPeriod.Month(2022, 1), Last, p => 1400);
        var verdict = ClaimChecker.Check(Progress(InterviewIndicators.LegalServiceStations, "公共法律服务站点", "10%", InterviewClaims.Published, CalendarPeriod.ForMonths(new YearMonth(2021, 1), new YearMonth(2021, 6))), data).Single();
        Assert.Equal(ClaimVerdictKind.Undefined, verdict.Kind);
        Assert.Equal(UndefinedReason.EmptySpan, verdict.Reason);
        Assert.Null(verdict.Period);
        Assert.Equal(0, verdict.Progress!.MonthsElapsed);
        Assert.DoesNotContain("2021", verdict.ToString("zh", null), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ProgressOfAStock_PeriodPastTheData_TheLastValue()
    {
        // 1,780 stations at 2025-10, the data's end: 580 of 600.
        var verdict = ClaimChecker.Check(Progress(InterviewIndicators.LegalServiceStations, "公共法律服务站点", "96.67%", new LocalDate(2026, 1, 20), CalendarPeriod.ForMonths(new YearMonth(2021, 1), new YearMonth(2025, 12))), ProgressData()).Single();
        Assert.Equal(ClaimVerdictKind.Holds, verdict.Kind);
        Assert.Equal(1780m, verdict.Progress!.Current);
        Assert.Equal(58, verdict.Progress.MonthsElapsed);
    }

    [Fact]
    public void Check_ProgressOfAFlow_DataEndingInDecember_ThatYear()
    {
        // Published in 2024-01: the data end at 2023-12, so 2023 (390, half-way) is the last whole year, not 2022.
        var verdict = ClaimChecker.Check(Progress(InterviewIndicators.ProductionSafetyAccidents, "生产安全事故", "50%", new LocalDate(2024, 1, 20)), ProgressData()).Single();
        Assert.Equal(ClaimVerdictKind.Holds, verdict.Kind);
        Assert.Equal(390m, verdict.Progress!.Current);
        Assert.Equal(36, verdict.Progress.MonthsElapsed);
    }

    [Fact]
    public void Check_ProgressOfAFlow_OnlyItsFirstYear_ThatYear()
    {
        // 35 accidents a month in 2021 only: 420, a third of the way from 480 to 300.
        var data = ProgressFrom(InterviewIndicators.ProductionSafetyAccidents, PlanStart, SeriesPeriod.Month(2021, 12), p => 35);
        var verdict = ClaimChecker.Check(Progress(InterviewIndicators.ProductionSafetyAccidents, "生产安全事故", "33.33%", new LocalDate(2022, 1, 20)), data).Single();
        Assert.Equal(ClaimVerdictKind.Holds, verdict.Kind);
        Assert.Equal(420m, verdict.Progress!.Current);
        Assert.Equal(12, verdict.Progress.MonthsElapsed);
    }

    [Fact]
    public void Check_ProgressOfAFlow_NoWholeYearYet_Undefined()
    {
        var data = ProgressFrom(InterviewIndicators.ProductionSafetyAccidents, PlanStart, SeriesPeriod.Month(2021, 12), p => 35);
        var verdict = ClaimChecker.Check(Progress(InterviewIndicators.ProductionSafetyAccidents, "生产安全事故", "10%", new LocalDate(2021, 7, 20)), data).Single();
        Assert.Equal(ClaimVerdictKind.Undefined, verdict.Kind);
        Assert.Equal(UndefinedReason.EmptySpan, verdict.Reason);
        Assert.Null(verdict.Period);
    }

    [Fact]
    public void Check_ProgressOfAGrowthTarget_TheShareOfTheGrowth()
    {
        // 10% a year from 1,000: 1,100 after one year is a fifth of the plan's growth (not 100 of the 610 to 1,610.51).
        var growth = PlanTarget.AverageAnnualGrowth(Fourteenth, InterviewIndicators.LegalServiceStations, 1000, 0.1m, TargetCommitment.Expected);
        var data = ProgressFrom(InterviewIndicators.LegalServiceStations, PlanStart, Last, p => 1100, growth);
        var verdict = ClaimChecker.Check(Progress(InterviewIndicators.LegalServiceStations, "公共法律服务站点", "20%", InterviewClaims.Published, CalendarPeriod.ForYear(2021)), data).Single();
        Assert.Equal(ClaimVerdictKind.Holds, verdict.Kind);
        Assert.Equal(20m, decimal.Round(verdict.Value!.Value, 10));
        Assert.Equal(12, verdict.Progress!.MonthsElapsed);
    }

    [Fact]
    public void Check_ProgressInAYearOfNoPlan_UnverifiableNamingThePeriod()
    {
        var verdict = ClaimChecker.Check(Progress(InterviewIndicators.LegalServiceStations, "公共法律服务站点", "10%", InterviewClaims.Published, CalendarPeriod.ForYear(1950)), ProgressData()).Single();
        Assert.Equal(ClaimVerdictKind.Unverifiable, verdict.Kind);
        Assert.Equal(["a plan the period 1950-12 belongs to"], verdict.Missing);
    }

    [Fact]
    public void Check_Progress_SentenceEndsWithTheProgressAfterItsSeparator()
    {
        var verdict = ClaimChecker.Check(Progress(InterviewIndicators.LegalServiceStations, "公共法律服务站点", "49.17%", new LocalDate(2023, 7, 15)), ProgressData()).Single();
        Assert.EndsWith("）；" + verdict.Progress!.ToString("zh", null), verdict.ToString("zh", null), System.StringComparison.Ordinal);
        Assert.EndsWith("); " + verdict.Progress.ToString(), verdict.ToString("en", null), System.StringComparison.Ordinal);
    }
}
