using System.Linq;
using Quzhou.Governance.Claims;
using Quzhou.Governance.Periods;
using Xunit;

namespace Quzhou.Governance.Tests.Text;

/// <summary>Short wrapped lines and the span a streak covers.</summary>
public sealed partial class BulletinReaderTest
{
    [Theory]
    [InlineData("2024年，全市共发生较大及以上生产安全事故5起，同比\n下降30%。")]
    [InlineData("2024年，全市共发生较大及以上生产安全事故5起，\n同比下降30%。")]
    [InlineData("2024年，全市刑事案件、\n盗窃案件同比分别下降31.3%、9.2%。")]
    public void Read_ShortLineStoppingInsideAPhrase_JoinsTheNextLine(string text)
    {
        var reading = Read(text);
        var change = Assert.Single(reading.Claims, c => c.Claim.Kind == ClaimKind.RelativeChange);
        Assert.Equal(ClaimBaseKind.YearOnYear, change.Claim.Base.Kind);
        Assert.Contains(change.Claim.Figures, f => f.ToString() == "下降30%" || f.ToString() == "下降31.3%");
    }

    [Fact]
    public void Read_ShortLinesEachASentence_AreNotJoined()
    {
        // A panel: one figure per line, none stopping inside a phrase.
        var reading = Read("矛盾纠纷就地化解率保持在97%以上\n公共法律服务“一事一评”满意率达99.1%");
        Assert.Equal(2, reading.Claims.Count);
    }

    [Fact]
    public void Read_ShortLineStoppingInsideAPhraseBeforeABlankLine_IsNotJoined()
    {
        var reading = Read("2024年，全市共发生较大及以上生产安全事故5起，同比\n\n下降30%。");
        Assert.DoesNotContain(reading.Claims, c => c.Claim.Kind == ClaimKind.RelativeChange && c.Claim.Base.Kind == ClaimBaseKind.YearOnYear);
    }

    [Theory]
    [InlineData("截至2024年10月，全市电信网络诈骗发案数连续24个月同比下降。", 2022, 11, 2024, 10)]
    [InlineData("截至2024年12月，全市电信网络诈骗发案数连续26个月同比下降。", 2022, 11, 2024, 12)]
    [InlineData("截至2024年10月，全市电信网络诈骗发案数连续1个月同比下降。", 2024, 10, 2024, 10)]
    public void Read_StreakOfMonthsUpToADate_CoversTheMonthsUpToThen(string text, int firstYear, int firstMonth, int lastYear, int lastMonth)
    {
        var claim = Single(text).Claim;
        Assert.Equal(ClaimKind.Streak, claim.Kind);
        Assert.Equal(CalendarPeriod.ForMonths(new NodaTime.YearMonth(firstYear, firstMonth), new NodaTime.YearMonth(lastYear, lastMonth)), claim.Period);
    }

    [Fact]
    public void Read_StreakReachingBeforeTheCalendarsFirstYear_KeepsThePeriodStatedAndDoesNotThrow()
    {
        // Found by the never-throws property: a year 2 (from “２年”) and a streak of 58 months before it.
        var reading = Read("２年，全市电信网络诈骗发案数持续58个月保持“双下降”。");
        Assert.All(reading.Claims, c => Assert.True(c.Claim.Period is null || c.Claim.Period.Value.Start.Year >= 1));
    }

    [Fact]
    public void Read_StreakOfYearsUpToAYear_CoversTheYearsUpToThen()
    {
        var claim = Read("2025年，全市电信网络诈骗发案数连续3年下降。").Claims.Single(c => c.Claim.Kind == ClaimKind.Streak).Claim;
        Assert.Equal(CalendarPeriod.RecentYears(3, 2025), claim.Period);
    }
}
