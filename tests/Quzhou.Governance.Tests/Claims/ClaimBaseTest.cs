using Quzhou.Governance.Claims;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Periods;
using Xunit;

namespace Quzhou.Governance.Tests.Claims;

public class ClaimBaseTest
{
    [Fact]
    public void Equality_KindAndWhatItNames() =>
        TestHelper.TestEquality(
            ClaimBase.AgainstPlanSameSpan(FiveYearPlan.FromOrdinal(13)),
            ClaimBase.AgainstPlanSameSpan(FiveYearPlan.FromOrdinal(13)),
            ClaimBase.AgainstPlan(FiveYearPlan.FromOrdinal(13)),
            ClaimBase.AgainstPlanSameSpan(FiveYearPlan.FromOrdinal(12)),
            ClaimBase.AgainstYear(2012),
            ClaimBase.None);

    [Fact]
    public void Default_IsNone()
    {
        Assert.Equal(ClaimBase.None, default);
        Assert.False(default(ClaimBase).IsChange);
        Assert.Equal(string.Empty, default(ClaimBase).ToString());
    }

    [Fact]
    public void ToString_EachKind_BulletinWords()
    {
        var plan = FiveYearPlan.FromOrdinal(13);
        Assert.Equal("同比", ClaimBase.YearOnYear.ToString());
        Assert.Equal("环比", ClaimBase.PeriodOnPeriod.ToString());
        Assert.Equal("比上年", ClaimBase.PreviousYear.ToString());
        Assert.Equal("比上年同期", ClaimBase.PreviousYearSamePeriod.ToString());
        Assert.Equal("较“十三五”", ClaimBase.AgainstPlan(plan).ToString());
        Assert.Equal("较“十三五”同期", ClaimBase.AgainstPlanSameSpan(plan).ToString());
        Assert.Equal("比2012年", ClaimBase.AgainstYear(2012).ToString());
        Assert.Equal("近五年", ClaimBase.RecentYears(5).ToString());
        Assert.Equal(string.Empty, ClaimBase.Unstated.ToString());
        Assert.Equal("against the same span of the 13th Five-Year Plan", ClaimBase.AgainstPlanSameSpan(plan).ToString("en", null));
        Assert.Equal("over the last five years", ClaimBase.RecentYears(5).ToString("en", null));
        Assert.Equal(2012, ClaimBase.AgainstYear(2012).Year);
        Assert.Equal(5, ClaimBase.RecentYears(5).Years);
        Assert.Null(ClaimBase.YearOnYear.Plan);
    }

    [Fact]
    public void Factories_OutOfRange_Throw()
    {
        Assert.Equal("year", Assert.Throws<System.ArgumentOutOfRangeException>(() => ClaimBase.AgainstYear(0)).ParamName);
        Assert.Equal("years", Assert.Throws<System.ArgumentOutOfRangeException>(() => ClaimBase.RecentYears(0)).ParamName);
    }
}

public class ClaimSubjectTest
{
    [Fact]
    public void Equality_TextCodeAndEnglish() =>
        TestHelper.TestEquality(
            new ClaimSubject("命案总量", "public-security.homicides", "homicides"),
            new ClaimSubject("命案总量", "public-security.homicides", "homicides"),
            new ClaimSubject("命案总量", "public-security.homicides"),
            new ClaimSubject("命案", "public-security.homicides", "homicides"),
            new ClaimSubject("命案总量"),
            default);

    [Fact]
    public void SameSubjectAs_CodeWhenBothHaveOne_TextOtherwise()
    {
        var byCode = ClaimSubject.For(InterviewIndicators.Homicides, "命案总量");
        Assert.True(byCode.SameSubjectAs(ClaimSubject.For(InterviewIndicators.Homicides)));
        Assert.True(new ClaimSubject("命案").SameSubjectAs(new ClaimSubject("命案")));
        Assert.False(new ClaimSubject("命案").SameSubjectAs(byCode));
        Assert.Equal("命案总量 [public-security.homicides]", byCode.ToString());
        Assert.Equal("homicides", byCode.EnglishText);
    }

    [Fact]
    public void Constructor_EmptyText_Throws()
    {
        Assert.Equal("text", Assert.Throws<System.ArgumentException>(() => new ClaimSubject(string.Empty)).ParamName);
        Assert.Equal("indicatorCode", Assert.Throws<System.ArgumentException>(() => new ClaimSubject("甲", string.Empty)).ParamName);
        Assert.Equal(string.Empty, default(ClaimSubject).Text);
    }
}
