using System;
using System.Linq;
using NodaTime;
using Quzhou.Governance.Claims;
using Quzhou.Governance.Periods;
using Xunit;

namespace Quzhou.Governance.Tests.Claims;

/// <summary>The sentences of the claim kinds and figures the interview has none of: each unit's English words in the
/// singular and the plural, each qualifier's, signs, predicates given and not, a period and 近五年 together.</summary>
public partial class ClaimTest
{
    private static Claim Of(ClaimKind kind, string figure, ClaimBase? @base = null, CalendarPeriod? period = null, string? predicate = null, string? englishPredicate = null) =>
        InterviewClaims.Claim("claim", kind, [new ClaimSubject("分项", englishText: "the item")], [figure], @base ?? ClaimBase.None, period, predicate: predicate, englishPredicate: englishPredicate);

    private static Claim Of(ClaimKind kind, string[] figures, ClaimBase? @base = null, string? predicate = null) =>
        InterviewClaims.Claim("claim", kind, figures.Select((_, i) => new ClaimSubject("分项" + i, englishText: "item " + i)).ToArray(), figures, @base ?? ClaimBase.None, predicate: predicate);

    private static Claim OfStructure(string? predicate) =>
        InterviewClaims.Claim("claim", ClaimKind.Structure, [new ClaimSubject("分项", englishText: "the item")], ["2.8", "41.1", "56.1"], ClaimBase.None, predicate: predicate);

    [Theory]
    [InlineData(1, "one")]
    [InlineData(2, "two")]
    [InlineData(3, "three")]
    [InlineData(4, "four")]
    [InlineData(5, "five")]
    [InlineData(6, "six")]
    [InlineData(7, "seven")]
    [InlineData(8, "eight")]
    [InlineData(9, "nine")]
    [InlineData(10, "ten")]
    [InlineData(11, "11")]
    [InlineData(100, "100")]
    public void ToString_RecentYears_InEnglishWords(int years, string words) =>
        Assert.Equal("Over the last " + words + " years, the item fell by 5%", Of(ClaimKind.RelativeChange, "下降5%", ClaimBase.RecentYears(years)).ToString("en", null));

    [Fact]
    public void ToString_RecentYearsWithAPeriod_LowerCaseAfterIt()
    {
        var claim = Of(ClaimKind.RelativeChange, "下降5%", ClaimBase.RecentYears(5), CalendarPeriod.ForYear(2025));
        Assert.Equal("In 2025, over the last five years, the item fell by 5%", claim.ToString("en", null));
        Assert.Equal("2025年，近五年分项下降5%", claim.ToString("zh", null));
    }

    [Fact]
    public void ToString_PeriodOfOneMonth_IsoInEnglish() =>
        Assert.Equal("In 2025-10, the item reached 97%", Of(ClaimKind.Level, "97%", period: CalendarPeriod.ForMonth(new YearMonth(2025, 10))).ToString("en", null));

    [Fact]
    public void ToString_UnknownFormat_MessageNamesIt()
    {
        var e = Assert.Throws<FormatException>(() => Of(ClaimKind.Level, "97%").ToString("x", null));
        Assert.Equal("Unknown claim format \"x\"; use G, zh or en.", e.Message);
    }

    [Theory]
    [InlineData("58个月", "分项持续58个月", "The item held for 58 consecutive months")]
    [InlineData("1个月", "分项持续1个月", "The item held for 1 month")]
    [InlineData("58月", "分项持续58月", "The item held for 58 consecutive months")]
    [InlineData("1月", "分项持续1月", "The item held for 1 month")]
    [InlineData("5年", "分项连续5年", "The item held for 5 consecutive years")]
    [InlineData("1年", "分项连续1年", "The item held for 1 year")]
    [InlineData("30天", "分项连续30天", "The item held for 30 days")]
    [InlineData("1天", "分项连续1天", "The item held for 1 day")]
    [InlineData("3日", "分项连续3日", "The item held for 3 days")]
    [InlineData("1日", "分项连续1日", "The item held for 1 day")]
    [InlineData("3次", "分项连续3次", "The item held for 3")]
    public void ToString_Streak_EachUnitOfPeriods(string figure, string chinese, string english)
    {
        var claim = Of(ClaimKind.Streak, figure);
        Assert.Equal(chinese, claim.ToString("zh", null));
        Assert.Equal(english, claim.ToString("en", null));
    }

    [Fact]
    public void ToString_Predicates_GivenOrTheDefault()
    {
        Assert.Equal("分项稳定在97%以上", Of(ClaimKind.ThresholdHeld, "97%以上", predicate: "稳定在").ToString("zh", null));
        Assert.Equal("分项保持在97%以上", Of(ClaimKind.ThresholdHeld, "97%以上").ToString("zh", null));
        Assert.Equal("分项比例为2.8:41.1:56.1", OfStructure("比例为").ToString("zh", null));
        Assert.Equal("分项结构为2.8:41.1:56.1", OfStructure(null).ToString("zh", null));
        Assert.Equal("The item stood at 2.8:41.1:56.1", OfStructure(null).ToString("en", null));
        Assert.Equal("分项为97.18%", Of(ClaimKind.Level, "97.18%", predicate: "为").ToString("zh", null));
        Assert.Equal("分项达97.18%", Of(ClaimKind.Level, "97.18%").ToString("zh", null));
        Assert.Equal("The item rose year on year for 58 consecutive months", Of(ClaimKind.Streak, "58个月", englishPredicate: "rose year on year").ToString("en", null));
    }

    [Fact]
    public void ToString_Count_ZeroOnlyForOneBareZero()
    {
        Assert.Equal("分项“0”发生", Of(ClaimKind.Count, "0").ToString("zh", null));
        Assert.Equal("The item: none occurred", Of(ClaimKind.Count, "0").ToString("en", null));
        Assert.Equal("分项5", Of(ClaimKind.Count, "5").ToString("zh", null));
        Assert.Equal("The item numbered 5", Of(ClaimKind.Count, "5").ToString("en", null));
        Assert.Equal("分项0起", Of(ClaimKind.Count, "0起").ToString("zh", null));
        Assert.Equal("The item numbered 0", Of(ClaimKind.Count, "0起").ToString("en", null));
        Assert.Equal("分项0、分项10、0", Of(ClaimKind.Count, ["0", "0"]).ToString("zh", null));
        Assert.Equal("Item 0 and item 1 numbered 0 and 0 respectively", Of(ClaimKind.Count, ["0", "0"]).ToString("en", null));
        Assert.Equal("分项563件", Of(ClaimKind.Count, "563件").ToString("zh", null));
    }

    [Fact]
    public void ToString_PlanProgress_BothLanguages()
    {
        var claim = Of(ClaimKind.PlanProgress, "60%");
        Assert.Equal("分项完成规划目标的60%", claim.ToString("zh", null));
        Assert.Equal("The item reached 60% of the plan target", claim.ToString("en", null));
    }

    [Theory]
    [InlineData(ClaimKind.Level, "971.8‰", "The item reached 971.8‰")]
    [InlineData(ClaimKind.Level, "1.5起/10万人", "The item reached 1.5 per 100,000")]
    [InlineData(ClaimKind.Level, "-5", "The item reached −5")]
    [InlineData(ClaimKind.Level, "0", "The item reached 0")]
    [InlineData(ClaimKind.Level, "5%以下", "The item reached 5% or less")]
    [InlineData(ClaimKind.Level, "近97.5%", "The item reached nearly 97.5%")]
    [InlineData(ClaimKind.Level, "约97.5%", "The item reached about 97.5%")]
    [InlineData(ClaimKind.ThresholdHeld, "超过90%", "The item stayed at more than 90%")]
    [InlineData(ClaimKind.PercentagePointChange, "提高1个百分点", "The item rose by 1 percentage point year on year")]
    [InlineData(ClaimKind.PercentagePointChange, "提高2个百分点", "The item rose by 2 percentage points year on year")]
    [InlineData(ClaimKind.PercentagePointChange, "提高1个千分点", "The item rose by 1 permille point year on year")]
    [InlineData(ClaimKind.PercentagePointChange, "提高2个千分点", "The item rose by 2 permille points year on year")]
    [InlineData(ClaimKind.Multiple, "增长1.5倍", "The item rose by 1.5 times year on year")]
    [InlineData(ClaimKind.Multiple, "增长1成", "The item rose by 1 tenth year on year")]
    [InlineData(ClaimKind.Multiple, "增长3成", "The item rose by 3 tenths year on year")]
    [InlineData(ClaimKind.Multiple, "翻一番", "The item doubled once year on year")]
    [InlineData(ClaimKind.Multiple, "翻两番", "The item doubled two times year on year")]
    [InlineData(ClaimKind.PercentagePointChange, "1.4个百分点", "The item rose by 1.4 percentage points year on year")]
    [InlineData(ClaimKind.PercentagePointChange, "0个百分点", "The item rose by 0 percentage points year on year")]
    [InlineData(ClaimKind.PercentagePointChange, "-1.4个百分点", "The item fell by −1.4 percentage points year on year")]
    public void ToString_English_EachUnitAndQualifier(ClaimKind kind, string figure, string english)
    {
        var @base = kind is ClaimKind.PercentagePointChange or ClaimKind.Multiple ? ClaimBase.YearOnYear : ClaimBase.None;
        Assert.Equal(english, Of(kind, figure, @base).ToString("en", null));
    }

    [Fact]
    public void ToString_MixedChanges_SignedOneByOne()
    {
        Assert.Equal("Item 0 and item 1 rose by once and 1.5 times respectively year on year", Of(ClaimKind.Multiple, ["翻一番", "增长1.5倍"], ClaimBase.YearOnYear).ToString("en", null));
        Assert.Equal("Item 0 and item 1 changed by +1.4 percentage points and −0.3 percentage points respectively year on year", Of(ClaimKind.PercentagePointChange, ["1.4个百分点", "下降0.3个百分点"], ClaimBase.YearOnYear).ToString("en", null));
        Assert.Equal("分项0、分项1同比1.4个百分点、下降0.3个百分点", Of(ClaimKind.PercentagePointChange, ["1.4个百分点", "下降0.3个百分点"], ClaimBase.YearOnYear).ToString("zh", null));
    }
}
