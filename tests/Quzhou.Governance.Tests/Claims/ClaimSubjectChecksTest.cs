using System;
using Quzhou.Governance.Claims;
using Quzhou.Governance.Indicators;
using Xunit;

namespace Quzhou.Governance.Tests.Claims;

public class ClaimSubjectChecksTest
{
    private static void ThrowsWithWords(string paramName, string message, Func<object> action)
    {
        var e = Assert.Throws<ArgumentException>(action);
        Assert.Equal(paramName, e.ParamName);
        Assert.Equal(message + " (Parameter '" + paramName + "')", e.Message);
    }

    [Fact]
    public void Constructor_EachArgument_NamedWithItsWords()
    {
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => new ClaimSubject(null!)).ParamName);
        ThrowsWithWords("text", "A subject's text is not empty.", () => new ClaimSubject(string.Empty));
        ThrowsWithWords("indicatorCode", "An indicator code is null or not empty.", () => new ClaimSubject("甲", string.Empty));
        ThrowsWithWords("englishText", "English text is null or not empty.", () => new ClaimSubject("甲", null, string.Empty));
        Assert.Equal("indicator", Assert.Throws<ArgumentNullException>(() => ClaimSubject.For(null!)).ParamName);
        Assert.Equal("the item", new ClaimSubject("甲", null, "the item").EnglishText);
    }

    [Fact]
    public void HasIndicator_WhenACodeIsGiven()
    {
        Assert.True(new ClaimSubject("甲", "a.b").HasIndicator);
        Assert.False(new ClaimSubject("甲").HasIndicator);
        Assert.True(ClaimSubject.For(InterviewIndicators.CriminalCases).HasIndicator);
    }

    [Fact]
    public void SameSubjectAs_ByCodeWhenBothHaveOne_ElseByText()
    {
        Assert.False(new ClaimSubject("甲").SameSubjectAs(new ClaimSubject("乙")));
        Assert.True(new ClaimSubject("甲").SameSubjectAs(new ClaimSubject("甲")));
        Assert.True(new ClaimSubject("甲", "a.b").SameSubjectAs(new ClaimSubject("甲")));
        Assert.True(new ClaimSubject("甲").SameSubjectAs(new ClaimSubject("甲", "a.b")));
        Assert.False(new ClaimSubject("甲", "a.b").SameSubjectAs(new ClaimSubject("乙")));
        Assert.True(new ClaimSubject("甲", "a.b").SameSubjectAs(new ClaimSubject("乙", "a.b")));
        Assert.False(new ClaimSubject("甲", "a.b").SameSubjectAs(new ClaimSubject("甲", "a.c")));
    }

    [Fact]
    public void GetHashCode_CodeAndEnglishCount()
    {
        var subject = new ClaimSubject("甲", "a.b", "the item");
        Assert.Equal(subject.GetHashCode(), new ClaimSubject("甲", "a.b", "the item").GetHashCode());
        Assert.NotEqual(subject.GetHashCode(), new ClaimSubject("甲", "a.c", "the item").GetHashCode());
        Assert.NotEqual(subject.GetHashCode(), new ClaimSubject("甲", "a.b", "an item").GetHashCode());
        Assert.NotEqual(subject, new ClaimSubject("甲", "a.b"));
    }

    [Fact]
    public void ToString_CodeInBracketsOnlyWhenThereIsOne()
    {
        Assert.Equal("甲", new ClaimSubject("甲").ToString());
        Assert.Equal("甲 [a.b]", new ClaimSubject("甲", "a.b").ToString());
    }
}
