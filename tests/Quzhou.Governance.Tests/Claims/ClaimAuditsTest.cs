using System;
using System.Linq;
using NodaTime;
using Quzhou.Governance.Claims;
using Quzhou.Governance.Figures;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Periods;
using Xunit;

namespace Quzhou.Governance.Tests.Claims;

public partial class ClaimAuditsTest
{
    private static PublishedFigure F(string text) => PublishedFigure.Parse(text);

    private static Claim Level(string id, params string[] figures) =>
        InterviewClaims.Claim(id, ClaimKind.Level, figures.Select((_, i) => new ClaimSubject("分项" + i)).ToArray(), figures, ClaimBase.None);

    [Fact]
    public void IsRateAttainable_9718From1000_NoButFrom461AndFor972From1000()
    {
        Assert.False(ClaimAudits.IsRateAttainable(F("97.18%"), 1000));
        Assert.True(ClaimAudits.IsRateAttainable(F("97.18%"), 461));   // 448/461
        Assert.True(ClaimAudits.IsRateAttainable(F("97.2%"), 1000));    // the same cases, one decimal fewer
        Assert.True(ClaimAudits.IsRateAttainable(F("100%"), 7));
        Assert.False(ClaimAudits.IsRateAttainable(F("100.5%"), 1000));   // a share is at most the whole
        Assert.True(ClaimAudits.IsRateAttainable(F("97%以上"), 3));       // 3/3
    }

    [Fact]
    public void SmallestDenominators_9718_StartsAt71()
    {
        Assert.Equal(new long[] { 71, 142, 177, 213, 248 }, ClaimAudits.SmallestDenominators(F("97.18%"), 5));
        Assert.Equal(new long[] { 1 }, ClaimAudits.SmallestDenominators(F("100%"), 1));
        Assert.Empty(ClaimAudits.SmallestDenominators(F("97.18%"), 3, maxDenominator: 70));
    }

    [Fact]
    public void AuditRate_Impossible_NamesTheClaimAndTheNeighbours()
    {
        var finding = ClaimAudits.AuditRate(InterviewClaims.Satisfaction, 0, 1000);
        Assert.NotNull(finding);
        Assert.Equal(AuditFindingKind.RateNotAttainable, finding!.Kind);
        Assert.Equal(new[] { "enterprise-satisfaction" }, finding.ClaimIds);
        Assert.Equal("97.18% is [97.175, 97.185]; of 1000 cases, 971 prints 97.1% and 972 prints 97.2%; the fewest cases that fit are 71, 142, 177", finding.Arithmetic);
        Assert.StartsWith("enterprise-satisfaction：所公布的比率不可能由该个案数得出：97.18% is", finding.ToString("zh", null), StringComparison.Ordinal);
        Assert.StartsWith("enterprise-satisfaction: the printed rate cannot come from that number of cases: ", finding.ToString(), StringComparison.Ordinal);
        Assert.Null(ClaimAudits.AuditRate(InterviewClaims.Satisfaction, 0, 461));
    }

    [Fact]
    public void TryFindBases_563Up300Percent_NoneButFor564()
    {
        Assert.False(ClaimAudits.TryFindBases(F("增加300%"), 563, out _, out _));
        Assert.True(ClaimAudits.TryFindBases(F("增加300%"), 564, out var smallest, out var largest));
        Assert.Equal((141L, 141L), (smallest, largest));
        Assert.True(ClaimAudits.TryFindBases(F("下降31.3%"), 687, out smallest, out largest));
        Assert.Equal((1000L, 1000L), (smallest, largest)); // 687/999 is −31.2%, 687/1001 −31.4%
        Assert.True(ClaimAudits.TryFindBases(F("下降31.3%"), 6870, out smallest, out largest));
        Assert.Equal((9993L, 10007L), (smallest, largest)); // 6870/9992 is −31.245%, 6870/10008 −31.355%
        Assert.True(ClaimAudits.TryFindBases(F("下降100%"), 0, out smallest, out largest));
        Assert.Equal((1L, long.MaxValue), (smallest, largest));
        Assert.False(ClaimAudits.TryFindBases(F("下降50%"), 0, out _, out _));
    }

    [Fact]
    public void AuditChangeFromCount_563Up300Percent_Finding()
    {
        var count = InterviewClaims.Claim("cases", ClaimKind.Count, [new ClaimSubject("受理案件")], ["563件"], ClaimBase.None, CalendarPeriod.ForYear(2025));
        var change = InterviewClaims.Claim("cases.change", ClaimKind.RelativeChange, [new ClaimSubject("受理案件")], ["增加300%"], ClaimBase.YearOnYear, CalendarPeriod.ForYear(2025));
        var finding = ClaimAudits.AuditChangeFromCount(count, 0, change, 0);
        Assert.NotNull(finding);
        Assert.Equal(new[] { "cases", "cases.change" }, finding!.ClaimIds);
        Assert.Equal("增加300% is [299.5, 300.5] and the current count is 563; no whole base b fits (c − b) / b: b = 140 gives 302.14%, b = 141 gives 299.29%", finding.Arithmetic);
        Assert.Single(ClaimAudits.Run([count, change]));
        var neighbour = InterviewClaims.Claim("cases", ClaimKind.Count, [new ClaimSubject("受理案件")], ["564件"], ClaimBase.None, CalendarPeriod.ForYear(2025));
        Assert.Null(ClaimAudits.AuditChangeFromCount(neighbour, 0, change, 0));
        Assert.Empty(ClaimAudits.Run([neighbour, change]));
    }

    [Fact]
    public void PartsCanSumTo_RoundedParts_NotFlaggedWhereAnExactSumWouldBe()
    {
        // 1.2万 + 3.4万 is 4.6万 exactly, yet the parts may be 1.24万 and 3.44万: a total of 4.7万 is consistent.
        Assert.True(ClaimAudits.PartsCanSumTo([F("1.2万人"), F("3.4万人")], F("4.7万人")));
        Assert.False(ClaimAudits.PartsCanSumTo([F("1.2万人"), F("3.4万人")], F("4.8万人")));
        // Exact counts add up exactly.
        Assert.True(ClaimAudits.PartsCanSumTo([F("100人"), F("200人")], F("300人")));
        Assert.False(ClaimAudits.PartsCanSumTo([F("100人"), F("200人")], F("301人")));
        // 余 leaves whole numbers: 1360余人 + 10人 is 1371…1379.
        Assert.True(ClaimAudits.PartsCanSumTo([F("1360余人"), F("10人")], F("1379人")));
        Assert.False(ClaimAudits.PartsCanSumTo([F("1360余人"), F("10人")], F("1380人")));
    }

    [Fact]
    public void AuditPartsAndTotal_Impossible_ShowsTheSum()
    {
        var parts = Level("parts", "1.2万人", "3.4万人");
        var finding = ClaimAudits.AuditPartsAndTotal(parts, Level("total", "4.8万人"));
        Assert.Equal("the parts 1.2万人 + 3.4万人 add up to [45000, 47000] in whole numbers, which does not meet 4.8万人 = [47500, 48500]", finding!.Arithmetic);
        Assert.Null(ClaimAudits.AuditPartsAndTotal(parts, Level("total", "4.7万人")));
    }

    [Fact]
    public void SharesCanSumToHundred_StructureWithinRounding()
    {
        Assert.True(ClaimAudits.SharesCanSumToHundred([F("2.8"), F("41.1"), F("56.1")]));
        Assert.True(ClaimAudits.SharesCanSumToHundred([F("2.8"), F("41.1"), F("56.2")]));   // 100.1 printed: consistent
        Assert.False(ClaimAudits.SharesCanSumToHundred([F("2.8"), F("41.1"), F("56.3")]));  // at least 100.05
        Assert.True(ClaimAudits.SharesCanSumToHundred([F("33.3%"), F("33.3%"), F("33.3%")]));
        Assert.False(ClaimAudits.SharesCanSumToHundred([F("33.4%"), F("33.4%"), F("33.4%")]));
        Assert.True(ClaimAudits.SharesCanSumToHundred([F("30"), F("70")]));
        Assert.True(ClaimAudits.SharesCanSumToHundred([F("30"), F("71")]));   // whole shares are rounded too: 29.5 + 70.5
        Assert.False(ClaimAudits.SharesCanSumToHundred([F("30"), F("72")]));
    }

    [Fact]
    public void AuditShares_StructureClaim()
    {
        var structure = InterviewClaims.Claim("structure", ClaimKind.Structure, [new ClaimSubject("三次产业")], ["2.8", "41.1", "56.3"], ClaimBase.None);
        var finding = ClaimAudits.AuditShares(structure);
        Assert.Equal("2.8 + 41.1 + 56.3 lies in [100.05, 100.35], which does not contain 100", finding!.Arithmetic);
        Assert.Single(ClaimAudits.Run([structure]));
        var consistent = InterviewClaims.Claim("structure", ClaimKind.Structure, [new ClaimSubject("三次产业")], ["2.8", "41.1", "56.2"], ClaimBase.None);
        Assert.Null(ClaimAudits.AuditShares(consistent));
    }

    [Fact]
    public void FirstShareNotFittingParts_ThirdsOfThreeCases()
    {
        Assert.Equal(-1, ClaimAudits.FirstShareNotFittingParts([F("33.3%"), F("33.3%"), F("33.3%")], [F("1起"), F("1起"), F("1起")]));
        Assert.Equal(0, ClaimAudits.FirstShareNotFittingParts([F("33.4%"), F("33.3%"), F("33.3%")], [F("1起"), F("1起"), F("1起")]));
        Assert.Equal(-1, ClaimAudits.FirstShareNotFittingParts([F("66.7%"), F("33.3%")], [F("2起"), F("1起")]));
        Assert.Equal(0, ClaimAudits.FirstShareNotFittingParts([F("66.6%"), F("33.3%")], [F("2起"), F("1起")]));
        // Rounded parts: 2万 and 1万 may be 2.4万 and 0.5万 (82.8%) or 1.5万 and 1.4万 (51.7%).
        Assert.Equal(-1, ClaimAudits.FirstShareNotFittingParts([F("80%"), F("20%")], [F("2万人"), F("1万人")]));
        Assert.Equal(0, ClaimAudits.FirstShareNotFittingParts([F("85%"), F("15%")], [F("2万人"), F("1万人")]));
    }

    [Fact]
    public void AuditSharesAgainstParts_Impossible_ShowsTheRange()
    {
        var finding = ClaimAudits.AuditSharesAgainstParts(Level("shares", "66.6%", "33.3%"), Level("parts", "2起", "1起"));
        Assert.Equal(AuditFindingKind.SharesDisagreeWithParts, finding!.Kind);
        Assert.Equal("the share 66.6% of 2起 in 2起 + 1起 can only be in [66.6667%, 66.6667%], which does not meet [66.55, 66.65]", finding.Arithmetic);
    }

    [Fact]
    public void DifferenceCanBe_RatePointsAndLastYear_WithinRounding()
    {
        // 98.5 − 97.4 is 1.1, yet 98.54 − 97.36 = 1.18 prints 1.2.
        Assert.True(ClaimAudits.DifferenceCanBe(F("98.5%"), F("97.4%"), F("提高1.2个百分点")));
        Assert.False(ClaimAudits.DifferenceCanBe(F("98.5%"), F("97.4%"), F("提高1.3个百分点")));
        Assert.True(ClaimAudits.DifferenceCanBe(F("97.4%"), F("98.5%"), F("下降1.1个百分点")));
        Assert.False(ClaimAudits.DifferenceCanBe(F("97.4%"), F("98.5%"), F("提高1.1个百分点")));
    }

    [Fact]
    public void AuditDifference_NamesTheThreeClaims()
    {
        var subject = InterviewClaims.Subject(InterviewIndicators.CrossRegionDisputeResolutionRate, "跨域矛盾纠纷化解率");
        var now = InterviewClaims.Claim("rate.2025", ClaimKind.Level, [subject], ["98.5%"], ClaimBase.None, CalendarPeriod.ForYear(2025));
        var before = InterviewClaims.Claim("rate.2024", ClaimKind.Level, [subject], ["97.4%"], ClaimBase.None, CalendarPeriod.ForYear(2024));
        var points = InterviewClaims.Claim("rate.points", ClaimKind.PercentagePointChange, [subject], ["提高1.3个百分点"], ClaimBase.PreviousYear, CalendarPeriod.ForYear(2025));
        var finding = ClaimAudits.AuditDifference(now, before, points);
        Assert.Equal(new[] { "rate.2025", "rate.2024", "rate.points" }, finding!.ClaimIds);
        Assert.Equal("98.5% − 97.4% lies in [1, 1.2], which does not meet 提高1.3个百分点 = [1.25, 1.35]", finding.Arithmetic);
        var fits = InterviewClaims.Claim("rate.points", ClaimKind.PercentagePointChange, [subject], ["提高1.2个百分点"], ClaimBase.PreviousYear, CalendarPeriod.ForYear(2025));
        Assert.Null(ClaimAudits.AuditDifference(now, before, fits));
    }

    [Fact]
    public void AuditStreak_LengthAgainstSpan()
    {
        var fits = Streak("streak", "58个月", 2021, 1, 2025, 10);
        Assert.Null(ClaimAudits.AuditStreak(fits));
        var longer = Streak("streak", "58个月", 2021, 1, 2025, 12);
        Assert.Equal("58个月 up to 2021-01/2025-12 starts at 2021-03, not at 2021-01", ClaimAudits.AuditStreak(longer)!.Arithmetic);
        Assert.Null(ClaimAudits.AuditStreak(InterviewClaims.TelecomFraud));   // no period stated
    }

    [Fact]
    public void AuditStreakStarts_TwoPlaces()
    {
        var panel = Streak("panel", "58个月", 2021, 1, 2025, 10);
        var prose = Streak("prose", "60个月", 2021, 1, 2025, 12);
        Assert.Null(ClaimAudits.AuditStreakStarts(panel, prose));
        var other = Streak("prose", "59个月", 2020, 12, 2025, 10);
        var finding = ClaimAudits.AuditStreakStarts(panel, other);
        Assert.Equal("58个月 up to 2021-01/2025-10 starts at 2021-01; 59个月 up to 2020-12/2025-10 starts at 2020-12", finding!.Arithmetic);
        Assert.Single(ClaimAudits.Run([panel, other]));
        Assert.Empty(ClaimAudits.Run([panel, prose]));
    }

    [Fact]
    public void AuditPointsOnCount_CountFlagged_RateNot()
    {
        var count = InterviewClaims.Claim("crimes.points", ClaimKind.PercentagePointChange, [InterviewClaims.Subject(InterviewIndicators.CriminalCases, "刑事案件")], ["下降3个百分点"], ClaimBase.YearOnYear);
        var finding = ClaimAudits.AuditPointsOnCount(count, InterviewIndicators.All);
        Assert.Equal(AuditFindingKind.PointsOnCount, finding!.Kind);
        Assert.Equal("刑事案件 (public-security.criminal-cases) is a flow of counts, but 下降3个百分点 is in points", finding.Arithmetic);
        var rate = InterviewClaims.Claim("closure.points", ClaimKind.PercentagePointChange, [InterviewClaims.Subject(InterviewIndicators.EnforcementClosureRate, "实际执结率")], ["提高3个百分点"], ClaimBase.YearOnYear);
        Assert.Null(ClaimAudits.AuditPointsOnCount(rate, InterviewIndicators.All));
        var unknown = InterviewClaims.Claim("unknown.points", ClaimKind.PercentagePointChange, [new ClaimSubject("某指标")], ["提高3个百分点"], ClaimBase.YearOnYear);
        Assert.Null(ClaimAudits.AuditPointsOnCount(unknown, InterviewIndicators.All));
        Assert.Single(ClaimAudits.Run([count, rate, unknown]));
    }

    [Fact]
    public void Run_InterviewClaims_FindNothing() => Assert.Empty(ClaimAudits.Run(InterviewClaims.All));

    [Fact]
    public void Arguments_Checked()
    {
        Assert.Equal("rate", Assert.Throws<ArgumentException>(() => ClaimAudits.IsRateAttainable(F("1360人"), 3)).ParamName);
        Assert.Equal("cases", Assert.Throws<ArgumentOutOfRangeException>(() => ClaimAudits.IsRateAttainable(F("97%"), 0)).ParamName);
        Assert.Equal("change", Assert.Throws<ArgumentException>(() => ClaimAudits.TryFindBases(F("翻一番"), 3, out _, out _)).ParamName);
        Assert.Equal("parts", Assert.Throws<ArgumentException>(() => ClaimAudits.PartsCanSumTo([], F("3人"))).ParamName);
        Assert.Equal("streak", Assert.Throws<ArgumentException>(() => ClaimAudits.AuditStreak(InterviewClaims.Satisfaction)).ParamName);
    }

    private static Claim Streak(string id, string figure, int fromYear, int fromMonth, int toYear, int toMonth) =>
        InterviewClaims.Claim(
            id,
            ClaimKind.Streak,
            [InterviewClaims.Subject(InterviewIndicators.TelecomFraudCases, "电信网络诈骗发案数"), InterviewClaims.Subject(InterviewIndicators.TelecomFraudLosses, "损失数")],
            [figure],
            ClaimBase.None,
            CalendarPeriod.ForMonths(new YearMonth(fromYear, fromMonth), new YearMonth(toYear, toMonth)),
            predicate: "保持“双下降”");
}
