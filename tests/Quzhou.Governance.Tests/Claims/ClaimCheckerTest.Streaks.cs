using System.Linq;
using NodaTime;
using Quzhou.Governance.Claims;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Figures;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Periods;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Claims;

/// <summary>Streaks: a shared streak judged on the joint run of every subject, a 分别 streak on each subject's own run,
/// a streak mixing a rate with a count, and the yearly streak (连续N年) over a yearly series and over months rolled up
/// to years, with a year of no event inside it and a year still running at the data's end.</summary>
public partial class ClaimCheckerTest
{
    /// <summary>Telecom-fraud cases falling every month from 2021-01 (58 months of 同比下降 to 2025-10); criminal cases
    /// 1,000 a month, then 900 from 2025-01 (10 months).</summary>
    private static DataSet TwoStreaks() => DataSet.CreateBuilder()
        .AddSeries(RegionCode.Quzhou, Monthly(InterviewIndicators.TelecomFraudCases, p => p.Year <= 2020 ? 1000 : 990 - (2 * M(2021, 1).PeriodsUntil(p))))
        .AddSeries(RegionCode.Quzhou, Monthly(InterviewIndicators.CriminalCases, p => p.Year <= 2024 ? 1000 : 900))
        .AddRateSeries(RegionCode.Quzhou, MonthlyRate(InterviewIndicators.EnforcementClosureRate, p => (80, 100)))
        .Build();

    private static readonly ClaimSubject FraudCases = InterviewClaims.Subject(InterviewIndicators.TelecomFraudCases, "电信网络诈骗发案数");

    private static readonly ClaimSubject CriminalCases = InterviewClaims.Subject(InterviewIndicators.CriminalCases, "刑事案件");

    private static Claim Streak(ClaimSubject[] subjects, params string[] figures) =>
        InterviewClaims.Claim("streak", ClaimKind.Streak, subjects, figures, ClaimBase.None, respectively: figures.Length > 1);

    [Fact]
    public void Check_StreakRespectively_EachSubjectOnItsOwnRun()
    {
        // 分别持续58个月、10个月: each subject's own run, not the joint one (10 months for both).
        var verdicts = ClaimChecker.Check(Streak([FraudCases, CriminalCases], "58个月", "10个月"), TwoStreaks());
        Assert.Equal(new[] { ClaimVerdictKind.Holds, ClaimVerdictKind.Holds }, verdicts.Select(v => v.Kind));
        Assert.Equal(new decimal?[] { 58m, 10m }, verdicts.Select(v => v.Value));
        Assert.Equal(CalendarPeriod.ForMonths(new YearMonth(2021, 1), new YearMonth(2025, 10)), verdicts[0].Period);
        Assert.Equal(CalendarPeriod.ForMonths(new YearMonth(2025, 1), new YearMonth(2025, 10)), verdicts[1].Period);
    }

    [Fact]
    public void Check_SharedStreak_TheJointRunOfEverySubject()
    {
        // 双下降 for 58 months does not hold when the second series fell for 10 only; the first alone would hold.
        var verdict = ClaimChecker.Check(Streak([FraudCases, CriminalCases], "58个月"), TwoStreaks()).Single();
        Assert.Equal(ClaimVerdictKind.Contradicted, verdict.Kind);
        Assert.Equal(10m, verdict.Value);
        Assert.Equal(PublishedFigure.Parse("10个月"), verdict.Printed);
        Assert.Equal(CalendarPeriod.ForMonths(new YearMonth(2025, 1), new YearMonth(2025, 10)), verdict.Period);
        Assert.Equal(ClaimVerdictKind.Holds, ClaimChecker.Check(Streak([FraudCases, CriminalCases], "10个月"), TwoStreaks()).Single().Kind);
    }

    [Fact]
    public void Check_SharedStreakOfACountAndARate_UnverifiableNamingTheCheck()
    {
        var closure = InterviewClaims.Subject(InterviewIndicators.EnforcementClosureRate, "实际执结率");
        var verdict = ClaimChecker.Check(Streak([FraudCases, closure], "10个月"), TwoStreaks()).Single();
        Assert.Equal(ClaimVerdictKind.Unverifiable, verdict.Kind);
        Assert.Equal(["a check of a streak of rates"], verdict.Missing);
        var alone = ClaimChecker.Check(Streak([closure], "10个月"), TwoStreaks()).Single();
        Assert.Equal(["a check of a streak of rates"], alone.Missing);
    }

    private static Claim YearlyStreak(string figure) =>
        InterviewClaims.Claim("years", ClaimKind.Streak, [InterviewClaims.Subject(InterviewIndicators.ProvincialAntiFraudConferenceTalks, "在全省反诈工作会议上作经验交流")], [figure], ClaimBase.None);

    private static DataSet YearlyTalks(params long[] from2019) =>
        DataSet.CreateBuilder().AddSeries(RegionCode.Quzhou, IndicatorSeries.FromValues(InterviewIndicators.ProvincialAntiFraudConferenceTalks, SeriesPeriod.CalendarYear(2019), from2019)).Build();

    [Fact]
    public void Check_YearlyStreak_AYearWithoutTheEventEndsIt()
    {
        // 2019–2025: 1, 1, 0, 1, 2, 1, 1 — the run is 2022–2025 (4 years): a year of 0 is not a year of the event.
        var data = YearlyTalks(1, 1, 0, 1, 2, 1, 1);
        var holds = ClaimChecker.Check(YearlyStreak("4年"), data).Single();
        Assert.Equal(ClaimVerdictKind.Holds, holds.Kind);
        Assert.Equal(4m, holds.Value);
        Assert.Equal(CalendarPeriod.ForMonths(new YearMonth(2022, 1), new YearMonth(2025, 12)), holds.Period);
        var longer = ClaimChecker.Check(YearlyStreak("5年"), data).Single();
        Assert.Equal(ClaimVerdictKind.Contradicted, longer.Kind);
        Assert.Equal(PublishedFigure.Parse("4年"), longer.Printed);
    }

    /// <summary>Talks by month from 2019-01 to <paramref name="end"/>: one each March, none in 2020.</summary>
    private static DataSet MonthlyTalks(SeriesPeriod end) =>
        DataSet.CreateBuilder().AddSeries(RegionCode.Quzhou, Series(InterviewIndicators.ProvincialAntiFraudConferenceTalks, M(2019, 1), end, p => p.Number == 3 && p.Year != 2020 ? 1 : 0)).Build();

    [Fact]
    public void Check_YearlyStreakOfMonths_RolledUpToYears()
    {
        // Months to 2024-12: the years 2021–2024 each had a talk (not the months: 11 of every 12 had none).
        var verdict = ClaimChecker.Check(YearlyStreak("4年"), MonthlyTalks(M(2024, 12))).Single();
        Assert.Equal(ClaimVerdictKind.Holds, verdict.Kind);
        Assert.Equal(4m, verdict.Value);
        Assert.Equal(CalendarPeriod.ForMonths(new YearMonth(2021, 1), new YearMonth(2024, 12)), verdict.Period);
        Assert.Equal(ClaimVerdictKind.Contradicted, ClaimChecker.Check(YearlyStreak("5年"), MonthlyTalks(M(2024, 12))).Single().Kind);
    }

    [Fact]
    public void Check_YearlyStreakOfMonthsEndingInsideAYear_TheWholeYearsBeforeIt()
    {
        // Months to 2025-10: 2025 is still running, so the streak is of the whole years 2021–2024 (it was a gap that
        // ended every run: 0 years).
        var verdict = ClaimChecker.Check(YearlyStreak("4年"), MonthlyTalks(M(2025, 10))).Single();
        Assert.Equal(ClaimVerdictKind.Holds, verdict.Kind);
        Assert.Equal(4m, verdict.Value);
        Assert.Equal(CalendarPeriod.ForMonths(new YearMonth(2021, 1), new YearMonth(2024, 12)), verdict.Period);
    }

    [Fact]
    public void Check_YearlyStreakOfMonthsWithinTheFirstYear_NoWholeYear()
    {
        var verdict = ClaimChecker.Check(YearlyStreak("1年"), DataSet.CreateBuilder().AddSeries(RegionCode.Quzhou, Series(InterviewIndicators.ProvincialAntiFraudConferenceTalks, M(2025, 1), M(2025, 10), p => 1)).Build()).Single();
        Assert.Equal(ClaimVerdictKind.Contradicted, verdict.Kind);
        Assert.Equal(0m, verdict.Value);
        Assert.Null(verdict.Period);
    }
}
