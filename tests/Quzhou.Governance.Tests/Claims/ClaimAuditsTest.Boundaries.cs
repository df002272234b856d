using System;
using System.Linq;
using NodaTime;
using Quzhou.Governance.Claims;
using Quzhou.Governance.Figures;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Periods;
using Xunit;

namespace Quzhou.Governance.Tests.Claims;

/// <summary>The audits at their boundaries: each argument check with its name and words, each end of an interval
/// included or not, the bases at 1 and at <see cref="long.MaxValue"/>, and the arithmetic of every finding's text.</summary>
public partial class ClaimAuditsTest
{
    private static Claim Single(string id, ClaimKind kind, string subject, string figure, CalendarPeriod? period = null) =>
        InterviewClaims.Claim(id, kind, [new ClaimSubject(subject)], [figure], kind is ClaimKind.RelativeChange or ClaimKind.PercentagePointChange ? ClaimBase.YearOnYear : ClaimBase.None, period);

    private static void ThrowsArgument(string paramName, string message, Action action)
    {
        var e = Assert.Throws<ArgumentException>(action);
        Assert.Equal(paramName, e.ParamName);
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SmallestDenominators_Arguments_NamedAndRanged()
    {
        ThrowsArgument("rate", "Expected a rate in %, ‰ or per population without a direction word, but was 1360人.", () => ClaimAudits.SmallestDenominators(F("1360人"), 3));
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => ClaimAudits.SmallestDenominators(F("97%"), 0)).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => ClaimAudits.SmallestDenominators(F("97%"), ClaimAudits.MaxDenominatorsListed + 1)).ParamName);
        Assert.Equal("maxDenominator", Assert.Throws<ArgumentOutOfRangeException>(() => ClaimAudits.SmallestDenominators(F("97%"), 3, 0)).ParamName);
        Assert.Equal("maxDenominator", Assert.Throws<ArgumentOutOfRangeException>(() => ClaimAudits.SmallestDenominators(F("97%"), 3, 1_000_000_001)).ParamName);
        Assert.Equal(new long[] { 1 }, ClaimAudits.SmallestDenominators(F("100%"), 3, 1));   // the largest denominator is tried
        Assert.Equal(new long[] { 1, 2, 3 }, ClaimAudits.SmallestDenominators(F("100%"), 3, 1_000_000_000));
        Assert.Empty(ClaimAudits.SmallestDenominators(F("100.5%"), 3, 1000));   // above the whole: no share fits
    }

    [Fact]
    public void IsRateAttainable_EndsOfTheShare_IncludedOrNot()
    {
        Assert.True(ClaimAudits.IsRateAttainable(F("100%以上"), 7));   // [100, 100]: 7/7
        Assert.True(ClaimAudits.IsRateAttainable(F("0%以下"), 7));     // [0, 0]: 0/7
        Assert.False(ClaimAudits.IsRateAttainable(F("超过100%"), 7));  // (100, 100]: nothing
        Assert.False(ClaimAudits.IsRateAttainable(F("近97.5%"), 40));  // [97.4, 97.5): 39/40 is 97.5%, excluded
        Assert.True(ClaimAudits.IsRateAttainable(F("97.5%"), 40));
        Assert.True(ClaimAudits.IsRateAttainable(F("近97.5%"), 1000));
    }

    [Fact]
    public void TryFindBases_NoneFits_BothOutsZero()
    {
        Assert.False(ClaimAudits.TryFindBases(F("增加300%"), 563, out var smallest, out var largest));
        Assert.Equal((0L, 0L), (smallest, largest));
        Assert.False(ClaimAudits.TryFindBases(F("增加250%"), 4, out smallest, out largest));   // b = 1 gives 300%, b = 2 100%
        Assert.Equal((0L, 0L), (smallest, largest));
        Assert.False(ClaimAudits.TryFindBases(F("增加150%"), 2, out smallest, out largest));   // b = 1 gives 100%: below
        Assert.Equal((0L, 0L), (smallest, largest));
        Assert.False(ClaimAudits.TryFindBases(F("下降100.5%"), 5, out smallest, out largest)); // every base gives more than −100%
        Assert.Equal((0L, 0L), (smallest, largest));
        Assert.False(ClaimAudits.TryFindBases(F("下降50%"), 0, out smallest, out largest));
        Assert.Equal((0L, 0L), (smallest, largest));
        Assert.Equal("current", Assert.Throws<ArgumentOutOfRangeException>(() => ClaimAudits.TryFindBases(F("增加300%"), -1, out _, out _)).ParamName);
        ThrowsArgument("change", "Expected a relative change in %, ‰, 倍 or 成, but was 翻一番.", () => ClaimAudits.TryFindBases(F("翻一番"), 3, out _, out _));
    }

    [Fact]
    public void TryFindBases_BaseOfOne_Found()
    {
        Assert.True(ClaimAudits.TryFindBases(F("增加300%"), 4, out var smallest, out var largest));   // 4 against 1
        Assert.Equal((1L, 1L), (smallest, largest));
        Assert.True(ClaimAudits.TryFindBases(F("增加100%"), 2, out smallest, out largest));
        Assert.Equal((1L, 1L), (smallest, largest));
    }

    [Fact]
    public void AuditChangeFromCount_EachSideOfTheBases_Printed()
    {
        var period = CalendarPeriod.ForYear(2025);
        AuditFinding? Audit(string count, string change) => ClaimAudits.AuditChangeFromCount(
            Single("count", ClaimKind.Count, "受理案件", count, period), 0, Single("change", ClaimKind.RelativeChange, "受理案件", change, period), 0);

        // Only the largest base fits the lower end (b = 1), the smallest above it.
        Assert.Equal("增加250% is [249.5, 250.5] and the current count is 4; no whole base b fits (c − b) / b: b = 1 gives 300%, b = 2 gives 100%", Audit("4件", "增加250%")!.Arithmetic);
        // No base reaches the lower end: only the smallest base that is not above the upper end.
        Assert.Equal("增加150% is [149.5, 150.5] and the current count is 2; no whole base b fits (c − b) / b: b = 1 gives 100%", Audit("2件", "增加150%")!.Arithmetic);
        // Every base is above the lower end, none below the upper end: no base to show.
        Assert.Equal("下降100.5% is [-100.55, -100.45] and the current count is 5; no whole base b fits (c − b) / b", Audit("5件", "下降100.5%")!.Arithmetic);
        // A current count of 0: every base gives −100%.
        Assert.Equal("增加300% is [299.5, 300.5] and the current count is 0; no whole base b fits (c − b) / b", Audit("0件", "增加300%")!.Arithmetic);
        Assert.Null(Audit("0件", "下降100%"));
        // A fall, with its sign.
        Assert.Equal("下降60% is [-60.5, -59.5] and the current count is 1; no whole base b fits (c − b) / b: b = 2 gives −50%, b = 3 gives −66.67%", Audit("1件", "下降60%")!.Arithmetic);
        // A count that is not exact is not judged.
        Assert.Null(Audit("563余件", "增加300%"));
        Assert.NotNull(Audit("563件", "增加300%"));
    }

    [Fact]
    public void AuditChangeFromCount_Arguments_Named()
    {
        var count = Single("count", ClaimKind.Count, "受理案件", "563件");
        var change = Single("change", ClaimKind.RelativeChange, "受理案件", "增加300%");
        Assert.Equal("count", Assert.Throws<ArgumentNullException>(() => ClaimAudits.AuditChangeFromCount(null!, 0, change, 0)).ParamName);
        Assert.Equal("change", Assert.Throws<ArgumentNullException>(() => ClaimAudits.AuditChangeFromCount(count, 0, null!, 0)).ParamName);
        ThrowsArgument("change", "Expected a relative change in %, ‰, 倍 or 成, but was 提高3个百分点.", () => ClaimAudits.AuditChangeFromCount(count, 0, Single("points", ClaimKind.PercentagePointChange, "受理案件", "提高3个百分点"), 0));
    }

    [Fact]
    public void AuditRate_NoShareFits_SaysSo()
    {
        var finding = ClaimAudits.AuditRate(Level("rate", "100.5%"), 0, 1000);
        Assert.Equal("100.5% is [100.45, 100.55]; of 1000 cases, no share fits", finding!.Arithmetic);
        Assert.Equal("claim", Assert.Throws<ArgumentNullException>(() => ClaimAudits.AuditRate(null!, 0, 3)).ParamName);
    }

    [Fact]
    public void AuditRate_PrintedNeighbours_RoundHalfAwayFromZeroInTheirUnit()
    {
        // 1/32 is 3.125%, printed at two places 四舍五入: 3.13%.
        Assert.Equal("5% is [4.5, 5.5]; of 32 cases, 1 prints 3.13% and 2 prints 6.25%; the fewest cases that fit are 19, 20, 21", ClaimAudits.AuditRate(Level("rate", "5%"), 0, 32)!.Arithmetic);
        Assert.Equal("971.8‰ is [971.75, 971.85]; of 1000 cases, 971 prints 971‰ and 972 prints 972‰; the fewest cases that fit are 71, 142, 177", ClaimAudits.AuditRate(Level("rate", "971.8‰"), 0, 1000)!.Arithmetic);
        Assert.Equal("1.5起/10万人 is [1.45, 1.55]; of 1000 cases, 0 prints 0 (× 100000) and 1 prints 100 (× 100000); the fewest cases that fit are 64517, 64518, 64519", ClaimAudits.AuditRate(Level("rate", "1.5起/10万人"), 0, 1000)!.Arithmetic);
    }

    [Fact]
    public void SharesCanSumToHundred_Arguments_Named()
    {
        Assert.Equal("shares", Assert.Throws<ArgumentNullException>(() => ClaimAudits.SharesCanSumToHundred(null!)).ParamName);
        ThrowsArgument("shares", "Expected at least one figure.", () => ClaimAudits.SharesCanSumToHundred([]));
        Assert.Equal("parts", Assert.Throws<ArgumentNullException>(() => ClaimAudits.PartsCanSumTo(null!, F("3人"))).ParamName);
    }

    [Fact]
    public void FirstShareNotFittingParts_Arguments_Named()
    {
        Assert.Equal("shares", Assert.Throws<ArgumentNullException>(() => ClaimAudits.FirstShareNotFittingParts(null!, [F("1起")])).ParamName);
        Assert.Equal("parts", Assert.Throws<ArgumentNullException>(() => ClaimAudits.FirstShareNotFittingParts([F("50%")], null!)).ParamName);
        ThrowsArgument("parts", "Expected at least one figure.", () => ClaimAudits.FirstShareNotFittingParts([F("50%")], []));
        ThrowsArgument("parts", "There is one part per share, but there were 1 parts.", () => ClaimAudits.FirstShareNotFittingParts([F("50%"), F("50%")], [F("1起")]));
    }

    [Fact]
    public void PartsCanSumTo_WholeNumbersOnlyWhenEveryFigureCountsThings()
    {
        // A counting word with decimals still counts things: 1.5人 holds no whole number.
        Assert.False(ClaimAudits.PartsCanSumTo([F("1.5人"), F("1.5人")], F("3人")));
        // A bare number without decimals counts things: 1 + 1 is 2, never 3.
        Assert.False(ClaimAudits.PartsCanSumTo([F("1"), F("1")], F("3")));
        Assert.True(ClaimAudits.PartsCanSumTo([F("1.0"), F("1.0")], F("2")));
        // A step of exactly one counts things too: 5余 is 6…5 in whole numbers, nothing.
        Assert.False(ClaimAudits.PartsCanSumTo([F("5余")], F("5余")));
        Assert.True(ClaimAudits.PartsCanSumTo([F("5余元")], F("5余元")));
        // Parts with decimals and a total that counts: not whole numbers.
        Assert.True(ClaimAudits.PartsCanSumTo([F("1.2"), F("1.3")], F("2.5人")));
        Assert.True(ClaimAudits.PartsCanSumTo([F("1.2"), F("1人")], F("2.2人")));
        // The total in whole numbers: 10000.15…10000.25 holds none.
        Assert.False(ClaimAudits.PartsCanSumTo([F("1万人"), F("1人")], F("10000.2人")));
        Assert.True(ClaimAudits.PartsCanSumTo([F("1万元"), F("1元")], F("10000.2元")));
    }

    [Fact]
    public void AuditPartsAndTotal_TextOfTheTotal_WholeOrNot()
    {
        Assert.Equal("the parts 1.2元 + 3.4元 add up to [4.5, 4.7], which does not meet 4.85元 = [4.845, 4.855]", ClaimAudits.AuditPartsAndTotal(Level("parts", "1.2元", "3.4元"), Level("total", "4.85元"))!.Arithmetic);
        Assert.Equal("the parts 1人 + 2人 add up to [3, 3] in whole numbers, which does not meet 3.6人 = [4, 3]", ClaimAudits.AuditPartsAndTotal(Level("parts", "1人", "2人"), Level("total", "3.6人"))!.Arithmetic);
        Assert.Equal("parts", Assert.Throws<ArgumentNullException>(() => ClaimAudits.AuditPartsAndTotal(null!, Level("total", "3人"))).ParamName);
        Assert.Equal("total", Assert.Throws<ArgumentNullException>(() => ClaimAudits.AuditPartsAndTotal(Level("parts", "1人"), null!)).ParamName);
        Assert.Equal("shares", Assert.Throws<ArgumentNullException>(() => ClaimAudits.AuditShares(null!)).ParamName);
    }

    [Fact]
    public void FirstShareNotFittingParts_PartsNotJudged_WhenUnboundedOrNegativeOrZero()
    {
        Assert.Equal(-1, ClaimAudits.FirstShareNotFittingParts([F("50%"), F("10%")], [F("1万人以上"), F("1人")]));   // no upper end
        Assert.Equal(-1, ClaimAudits.FirstShareNotFittingParts([F("10%"), F("90%")], [F("0.0"), F("1.0")]));      // may be negative
        Assert.Equal(0, ClaimAudits.FirstShareNotFittingParts([F("10%"), F("90%")], [F("0起"), F("1起")]));        // zero is a part
        Assert.Equal(-1, ClaimAudits.FirstShareNotFittingParts([F("超过50%"), F("超过50%")], [F("0起"), F("0起")])); // 0 of 0: no share
    }

    [Fact]
    public void FirstShareNotFittingParts_WholeNumbersOnlyWhenEveryPartCountsThings()
    {
        // 10余起 is 11…19: 11/21 = 52.4% at least, so 51% cannot be; 10.5 to 20 of 30 would allow it.
        Assert.Equal(0, ClaimAudits.FirstShareNotFittingParts([F("51%"), F("49%")], [F("10余起"), F("10起")]));
        // Parts with decimals are not whole: 1.45 to 1.55 of 3 is about half, never 60%.
        Assert.Equal(0, ClaimAudits.FirstShareNotFittingParts([F("60%"), F("40%")], [F("1.5"), F("1.5")]));
        // One part with decimals: none is whole, 1 of 2.2 is about 45%.
        Assert.Equal(0, ClaimAudits.FirstShareNotFittingParts([F("50%"), F("50%")], [F("1起"), F("1.2")]));
    }

    [Fact]
    public void FirstShareNotFittingParts_EqualEnds_FitOnlyWhenBothIncluded()
    {
        // 1元 is [0.5, 1.5], 1余元 (1, 2): the first's share is at most 1.5/2.5 = 60%, not reached (1 excluded).
        Assert.Equal(0, ClaimAudits.FirstShareNotFittingParts([F("60%以上"), F("30%以上")], [F("1元"), F("1余元")]));
        Assert.Equal(-1, ClaimAudits.FirstShareNotFittingParts([F("60%以上"), F("30%以上")], [F("1元"), F("1元")]));
        // …and at least 0.5/2.5 = 20%, not reached (2 excluded).
        Assert.Equal(0, ClaimAudits.FirstShareNotFittingParts([F("20%以下"), F("30%以上")], [F("1元"), F("1余元")]));
        Assert.Equal(-1, ClaimAudits.FirstShareNotFittingParts([F("25%以下"), F("30%以上")], [F("1元"), F("1余元")]));
    }

    [Fact]
    public void AuditSharesAgainstParts_RangeText_OpenEnds()
    {
        Assert.Equal("the share 60%以上 of 1元 in 1元 + 1余元 can only be in (20%, 60%), which does not meet [60, +∞)", ClaimAudits.AuditSharesAgainstParts(Level("shares", "60%以上", "30%以上"), Level("parts", "1元", "1余元"))!.Arithmetic);
        Assert.Equal("the share 20%以下 of 1元 in 1元 + 1余元 can only be in (20%, 60%), which does not meet (−∞, 20]", ClaimAudits.AuditSharesAgainstParts(Level("shares", "20%以下", "30%以上"), Level("parts", "1元", "1余元"))!.Arithmetic);
    }

    [Fact]
    public void AuditSharesAgainstParts_SecondShare_FoundAndConsistentNull()
    {
        var finding = ClaimAudits.AuditSharesAgainstParts(Level("shares", "33.3%", "33.4%", "33.3%"), Level("parts", "1起", "1起", "1起"));
        Assert.StartsWith("the share 33.4% of 1起 in 1起 + 1起 + 1起 can only be in", finding!.Arithmetic, StringComparison.Ordinal);
        Assert.Null(ClaimAudits.AuditSharesAgainstParts(Level("shares", "33.3%", "33.3%", "33.3%"), Level("parts", "1起", "1起", "1起")));
        Assert.Equal("shares", Assert.Throws<ArgumentNullException>(() => ClaimAudits.AuditSharesAgainstParts(null!, Level("parts", "1起"))).ParamName);
        Assert.Equal("parts", Assert.Throws<ArgumentNullException>(() => ClaimAudits.AuditSharesAgainstParts(Level("shares", "50%"), null!)).ParamName);
        ThrowsArgument("parts", "There is one part per share, but there were 1 parts.", () => ClaimAudits.AuditSharesAgainstParts(Level("shares", "50%", "50%"), Level("parts", "1起")));
    }

    [Fact]
    public void AuditDifference_TakesTheFigureOfTheDifferencesSubject()
    {
        var urban = new ClaimSubject("城镇");
        var rural = new ClaimSubject("农村");
        var now = InterviewClaims.Claim("now", ClaimKind.RelativeChange, [urban, rural], ["增长5.1%", "增长6.3%"], ClaimBase.PreviousYear);
        var before = InterviewClaims.Claim("before", ClaimKind.RelativeChange, [urban, rural], ["增长4.0%", "增长5.0%"], ClaimBase.PreviousYear);
        var points = InterviewClaims.Claim("points", ClaimKind.PercentagePointChange, [rural], ["提高1.3个百分点"], ClaimBase.Unstated);
        Assert.Null(ClaimAudits.AuditDifference(now, before, points));   // 6.3 − 5.0, not 5.1 − 4.0
        var wrong = InterviewClaims.Claim("points", ClaimKind.PercentagePointChange, [urban], ["提高1.3个百分点"], ClaimBase.Unstated);
        Assert.NotNull(ClaimAudits.AuditDifference(now, before, wrong));
        Assert.Equal("current", Assert.Throws<ArgumentNullException>(() => ClaimAudits.AuditDifference(null!, before, points)).ParamName);
        Assert.Equal("previous", Assert.Throws<ArgumentNullException>(() => ClaimAudits.AuditDifference(now, null!, points)).ParamName);
        Assert.Equal("difference", Assert.Throws<ArgumentNullException>(() => ClaimAudits.AuditDifference(now, before, null!)).ParamName);
    }

    [Fact]
    public void AuditStreak_InYears_AndInOtherUnitsNotJudged()
    {
        Assert.Null(ClaimAudits.AuditStreak(Streak("streak", "5年", 2021, 1, 2025, 12)));
        Assert.Equal("5年 up to 2020-01/2025-12 starts at 2021-01, not at 2020-01", ClaimAudits.AuditStreak(Streak("streak", "5年", 2020, 1, 2025, 12))!.Arithmetic);
        Assert.Null(ClaimAudits.AuditStreak(Streak("streak", "30天", 2025, 1, 2025, 12)));
    }

    [Fact]
    public void AuditStreak_StartsLongAgo_MonthTextPadded()
    {
        Assert.Equal("20000个月 up to 2021-01/2025-10 starts at 0359-03, not at 2021-01", ClaimAudits.AuditStreak(Streak("streak", "20000个月", 2021, 1, 2025, 10))!.Arithmetic);
        Assert.Equal("30000个月 up to 2021-01/2025-10 starts at -0475-11, not at 2021-01", ClaimAudits.AuditStreak(Streak("streak", "30000个月", 2021, 1, 2025, 10))!.Arithmetic);
    }

    [Fact]
    public void AuditStreak_OneMonthPeriods_WrittenInIso()
    {
        Assert.Equal("2个月 up to 2025-10 starts at 2025-09, not at 2025-10", ClaimAudits.AuditStreak(Streak("streak", "2个月", 2025, 10, 2025, 10))!.Arithmetic);
        Assert.Null(ClaimAudits.AuditStreakStarts(Streak("a", "2个月", 2025, 10, 2025, 10), Streak("b", "1个月", 2025, 9, 2025, 9)));
        var apart = ClaimAudits.AuditStreakStarts(Streak("a", "2个月", 2025, 10, 2025, 10), Streak("b", "1个月", 2025, 8, 2025, 8));
        Assert.Equal("2个月 up to 2025-10 starts at 2025-09; 1个月 up to 2025-08 starts at 2025-08", apart!.Arithmetic);
    }

    [Fact]
    public void AuditStreakStarts_Arguments_AndAStreakWithoutPeriod()
    {
        var streak = Streak("streak", "58个月", 2021, 1, 2025, 10);
        var unstated = InterviewClaims.Claim("unstated", ClaimKind.Streak, [new ClaimSubject("发案数")], ["59个月"], ClaimBase.None);
        Assert.Null(ClaimAudits.AuditStreakStarts(unstated, streak));
        Assert.Null(ClaimAudits.AuditStreakStarts(streak, unstated));
        Assert.Equal("first", Assert.Throws<ArgumentNullException>(() => ClaimAudits.AuditStreakStarts(null!, streak)).ParamName);
        Assert.Equal("second", Assert.Throws<ArgumentNullException>(() => ClaimAudits.AuditStreakStarts(streak, null!)).ParamName);
        ThrowsArgument("first", "Expected a streak claim, but was Level.", () => ClaimAudits.AuditStreakStarts(InterviewClaims.Satisfaction, streak));
        ThrowsArgument("second", "Expected a streak claim, but was Level.", () => ClaimAudits.AuditStreakStarts(streak, InterviewClaims.Satisfaction));
        Assert.Equal("streak", Assert.Throws<ArgumentNullException>(() => ClaimAudits.AuditStreak(null!)).ParamName);
    }

    [Fact]
    public void AuditPointsOnCount_AmountsAndCodesNotInTheCatalog()
    {
        var losses = InterviewClaims.Claim("losses.points", ClaimKind.PercentagePointChange, [InterviewClaims.Subject(InterviewIndicators.TelecomFraudLosses, "损失数")], ["下降3个百分点"], ClaimBase.YearOnYear);
        Assert.Equal("损失数 (telecom-fraud.losses) is a flow of amounts, but 下降3个百分点 is in points", ClaimAudits.AuditPointsOnCount(losses, InterviewIndicators.All)!.Arithmetic);
        Assert.Null(ClaimAudits.AuditPointsOnCount(losses, []));
        Assert.Equal("claim", Assert.Throws<ArgumentNullException>(() => ClaimAudits.AuditPointsOnCount(null!, [])).ParamName);
        Assert.Equal("catalog", Assert.Throws<ArgumentNullException>(() => ClaimAudits.AuditPointsOnCount(losses, null!)).ParamName);
        Assert.Empty(ClaimAudits.Run([losses], []));   // the catalog given, not the interview's
        Assert.Single(ClaimAudits.Run([losses]));
    }

    [Fact]
    public void Run_Arguments_NullsNamed()
    {
        Assert.Equal("claims", Assert.Throws<ArgumentNullException>(() => ClaimAudits.Run(null!)).ParamName);
        ThrowsArgument("claims", "The claims hold no null.", () => ClaimAudits.Run([null!]));
        ThrowsArgument("claims", "The claims hold no null.", () => ClaimAudits.Run([InterviewClaims.Satisfaction, null!]));
    }

    [Fact]
    public void Run_StreakAlone_AndBesideOtherClaims()
    {
        Assert.Single(ClaimAudits.Run([Streak("streak", "58个月", 2021, 1, 2025, 12)]));
        Assert.Empty(ClaimAudits.Run([Streak("streak", "58个月", 2021, 1, 2025, 10), InterviewClaims.Satisfaction]));
        // Streaks of other subjects are not compared: fewer subjects, or one different.
        var both = Streak("both", "58个月", 2021, 1, 2025, 10);
        var fewer = InterviewClaims.Claim("fewer", ClaimKind.Streak, [InterviewClaims.Subject(InterviewIndicators.TelecomFraudCases, "电信网络诈骗发案数")], ["59个月"], ClaimBase.None, CalendarPeriod.ForMonths(new YearMonth(2020, 12), new YearMonth(2025, 10)));
        var other = InterviewClaims.Claim(
            "other",
            ClaimKind.Streak,
            [InterviewClaims.Subject(InterviewIndicators.TelecomFraudCases, "电信网络诈骗发案数"), InterviewClaims.Subject(InterviewIndicators.CriminalCases, "刑事案件")],
            ["59个月"],
            ClaimBase.None,
            CalendarPeriod.ForMonths(new YearMonth(2020, 12), new YearMonth(2025, 10)));
        Assert.Empty(ClaimAudits.Run([both, fewer]));
        Assert.Empty(ClaimAudits.Run([both, other]));
    }

    [Fact]
    public void Run_ChangeFromCount_OnlyCountsOfTheSameStatedPeriod()
    {
        var y2025 = CalendarPeriod.ForYear(2025);
        var change = Single("change", ClaimKind.RelativeChange, "受理案件", "增加300%", y2025);
        Assert.Single(ClaimAudits.Run([Single("count", ClaimKind.Count, "受理案件", "563件", y2025), change]));
        Assert.Empty(ClaimAudits.Run([Single("level", ClaimKind.Level, "受理案件", "563件", y2025), change]));
        Assert.Empty(ClaimAudits.Run([Single("count", ClaimKind.Count, "受理案件", "563件", CalendarPeriod.ForYear(2024)), change]));
        Assert.Empty(ClaimAudits.Run([Single("count", ClaimKind.Count, "受理案件", "563件"), Single("change", ClaimKind.RelativeChange, "受理案件", "增加300%")]));
    }

    [Fact]
    public void Run_Links_ChangesAndRatesOfSeveralFigures()
    {
        // A total of changes, or of parts that are changes, is not judged.
        Assert.Empty(ClaimAudits.Run([Level("male", "131.2万人"), InterviewClaims.Claim("female", ClaimKind.AbsoluteChange, [new ClaimSubject("女性")], ["增加3万人"], ClaimBase.PreviousYear), Level("total", "258.3万人").WithOf(["male", "female"])]));
        Assert.Empty(ClaimAudits.Run([Level("male", "131.2万人"), Level("female", "127.4万人"), InterviewClaims.Claim("total", ClaimKind.AbsoluteChange, [new ClaimSubject("合计")], ["增加258.3万人"], ClaimBase.PreviousYear).WithOf(["male", "female"])]));
        // A claim of a rate and a count is not a rate of its cases, nor a total (two figures): not judged.
        Assert.Empty(ClaimAudits.Run([Cases("cases", "1000家"), Level("mixed", "97.18%", "3人").WithOf(["cases"])]));
        // A rate of a claim of two figures, or of a count that is not exact or below one, is not judged.
        Assert.Empty(ClaimAudits.Run([Level("cases", "1000家", "1000家"), Level("rate", "97.18%").WithOf(["cases"])]));
        Assert.Empty(ClaimAudits.Run([Cases("cases", "1000余家"), Level("rate", "97.18%").WithOf(["cases"])]));
        Assert.Empty(ClaimAudits.Run([Cases("cases", "0家"), Level("rate", "97.18%").WithOf(["cases"])]));
        Assert.Single(ClaimAudits.Run([Cases("cases", "1家"), Level("rate", "50%").WithOf(["cases"])]));
        // A total of parts of which one is a rate is not judged.
        Assert.Empty(ClaimAudits.Run([Level("a", "1人"), Level("b", "50%"), Level("total", "5人").WithOf(["a", "b"])]));
    }

    [Fact]
    public void AuditChangeFromCount_LargestCount_TheSmallestBaseIsLongMaxValue()
    {
        // 0.000000000000000001% lies between what b = 2⁶³ − 1 gives (0) and b = 2⁶³ − 2 (1/(2⁶³ − 2) ≈ 1.08 × 10⁻¹⁷%):
        // the smallest base below the upper end is long.MaxValue itself, which has no neighbour to show.
        var current = long.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture) + "件";
        var finding = ClaimAudits.AuditChangeFromCount(Single("count", ClaimKind.Count, "受理案件", current), 0, Single("change", ClaimKind.RelativeChange, "受理案件", "增加0.000000000000000001%"), 0);
        Assert.Equal("增加0.000000000000000001% is [0.0000000000000000005, 0.0000000000000000015] and the current count is 9223372036854775807; no whole base b fits (c − b) / b: b = 9223372036854775806 gives 0.00000000000000001084%", finding!.Arithmetic);
    }

    [Fact]
    public void TryFindBases_EmptyIntervalOfAPolicy_NoBase()
    {
        var policy = QualifierPolicy.Default.With(FigureQualifier.Exact, new QualifierRule(0m, false, 0m, false));
        Assert.False(ClaimAudits.TryFindBases(F("增加300%"), 564, out var smallest, out var largest, policy));
        Assert.Equal((0L, 0L), (smallest, largest));
    }

    [Fact]
    public void FirstShareNotFittingParts_OneDenominatorZero_ShareNotJudged() =>
        // 近1元 is [0, 1), 0起 exactly 0: the first share is at least 0/0, the second at most 0/0; neither is judged.
        Assert.Equal(-1, ClaimAudits.FirstShareNotFittingParts([F("超过50%"), F("超过50%")], [F("近1元"), F("0起")]));
}
