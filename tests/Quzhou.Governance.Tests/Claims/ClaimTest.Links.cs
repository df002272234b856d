using System;
using Quzhou.Governance.Claims;
using Xunit;

namespace Quzhou.Governance.Tests.Claims;

public partial class ClaimTest
{
    [Fact]
    public void WithOf_Ids_KeepsEveryOtherPartAndComparesTheLinks()
    {
        var claim = InterviewClaims.Crimes;
        var linked = claim.WithOf(["cases", "total"]);
        Assert.Equal(["cases", "total"], linked.Of);
        Assert.Empty(claim.Of);
        Assert.Equal(claim.ToString(), linked.ToString());
        Assert.Equal(claim.Subjects, linked.Subjects);
        Assert.False(linked.Equals(claim));
        Assert.True(linked.Equals(claim.WithOf(["cases", "total"])));
        Assert.False(linked.Equals(claim.WithOf(["total", "cases"])));
        Assert.True(claim.Equals(linked.WithOf([])));
    }

    [Fact]
    public void WithOf_ItselfTwiceOrEmpty_ThrowsNamingTheId()
    {
        var claim = InterviewClaims.Crimes;
        var self = Assert.Throws<ArgumentException>(() => claim.WithOf([claim.Id]));
        Assert.Equal("ids", self.ParamName);
        Assert.Contains(claim.Id, self.Message, StringComparison.Ordinal);
        var twice = Assert.Throws<ArgumentException>(() => claim.WithOf(["a", "a"]));
        Assert.Contains("a twice", twice.Message, StringComparison.Ordinal);
        Assert.Equal("ids", Assert.Throws<ArgumentException>(() => claim.WithOf([string.Empty])).ParamName);
        Assert.Equal("ids", Assert.Throws<ArgumentNullException>(() => claim.WithOf(null!)).ParamName);
    }
}
