using System;
using Quzhou.Governance.Claims;
using Quzhou.Governance.Figures;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Claims;

public partial class ClaimTest
{
    private static readonly ClaimSubject[] One = [new ClaimSubject("刑事案件", "public-security.criminal-cases")];

    [Fact]
    public void Constructor_InterviewClaims_KeepEveryPart()
    {
        var claim = InterviewClaims.Crimes;
        Assert.Equal("public-security", claim.Id);
        Assert.Equal(ClaimKind.RelativeChange, claim.Kind);
        Assert.Equal(4, claim.Subjects.Count);
        Assert.Equal("public-security.homicides", claim.Subjects[1].IndicatorCode);
        Assert.Equal(PublishedFigure.Parse("下降17.5%"), claim.FigureOf(1));
        Assert.Equal(ClaimBaseKind.PlanSameSpan, claim.Base.Kind);
        Assert.Equal(13, claim.Base.Plan!.Value.Ordinal);
        Assert.Equal(RegionCode.Quzhou, claim.Region);
        Assert.Null(claim.Period);
        Assert.True(claim.Respectively);
        Assert.False(claim.IsShared);
        Assert.True(InterviewClaims.TelecomFraud.IsShared);
        Assert.Equal(PublishedFigure.Parse("58个月"), InterviewClaims.TelecomFraud.FigureOf(1));
    }

    [Theory]
    [InlineData(ClaimKind.RelativeChange, "下降3个百分点")]
    [InlineData(ClaimKind.PercentagePointChange, "下降3%")]
    [InlineData(ClaimKind.Multiple, "下降3%")]
    [InlineData(ClaimKind.AbsoluteChange, "下降3%")]
    public void Constructor_FigureNotOfTheKind_Throws(ClaimKind kind, string figure)
    {
        var error = Assert.Throws<ArgumentException>(() => Make(kind, ClaimBase.YearOnYear, figure));
        Assert.Equal("figures", error.ParamName);
    }

    [Theory]
    [InlineData(ClaimKind.Streak, "58.0个月")]
    [InlineData(ClaimKind.Streak, "约58个月")]
    [InlineData(ClaimKind.ThresholdHeld, "97%")]
    [InlineData(ClaimKind.Count, "1725.5个")]
    [InlineData(ClaimKind.Level, "下降97%")]
    [InlineData(ClaimKind.PlanProgress, "49人")]
    public void Constructor_NotAChangeWithWrongFigure_Throws(ClaimKind kind, string figure)
    {
        var error = Assert.Throws<ArgumentException>(() => Make(kind, ClaimBase.None, figure));
        Assert.Equal("figures", error.ParamName);
    }

    [Fact]
    public void Constructor_BaseNotFittingKind_Throws()
    {
        Assert.Equal("base", Assert.Throws<ArgumentException>(() => Make(ClaimKind.Level, ClaimBase.YearOnYear, "97%")).ParamName);
        Assert.Equal("base", Assert.Throws<ArgumentException>(() => Make(ClaimKind.RelativeChange, ClaimBase.None, "下降3%")).ParamName);
        Assert.Equal(ClaimBaseKind.Unstated, Make(ClaimKind.RelativeChange, ClaimBase.Unstated, "下降3%").Base.Kind);
    }

    [Fact]
    public void Constructor_FiguresNotPairedWithSubjects_Throws()
    {
        var two = new[] { new ClaimSubject("甲"), new ClaimSubject("乙") };
        var three = new[] { PublishedFigure.Parse("1%"), PublishedFigure.Parse("2%"), PublishedFigure.Parse("3%") };
        Assert.Equal("figures", Assert.Throws<ArgumentException>(() => new Claim("x", ClaimKind.Level, two, three, ClaimBase.None, RegionCode.Quzhou, InterviewClaims.Published)).ParamName);
        Assert.Equal("respectively", Assert.Throws<ArgumentException>(() => new Claim("x", ClaimKind.Level, two, [three[0]], ClaimBase.None, RegionCode.Quzhou, InterviewClaims.Published, respectively: true)).ParamName);
        Assert.Equal("subjects", Assert.Throws<ArgumentException>(() => new Claim("x", ClaimKind.Level, [], [three[0]], ClaimBase.None, RegionCode.Quzhou, InterviewClaims.Published)).ParamName);
        Assert.Equal("subjects", Assert.Throws<ArgumentException>(() => new Claim("x", ClaimKind.Level, [default(ClaimSubject)], [three[0]], ClaimBase.None, RegionCode.Quzhou, InterviewClaims.Published)).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new Claim(string.Empty, ClaimKind.Level, two, [three[0]], ClaimBase.None, RegionCode.Quzhou, InterviewClaims.Published)).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => new Claim("x", (ClaimKind)99, two, [three[0]], ClaimBase.None, RegionCode.Quzhou, InterviewClaims.Published)).ParamName);
    }

    [Fact]
    public void Equals_EveryPart_Compared()
    {
        var claim = InterviewClaims.Crimes;
        Assert.True(claim.Equals(InterviewClaims.Crimes));
        Assert.Equal(claim.GetHashCode(), InterviewClaims.Crimes.GetHashCode());
        Assert.True(claim.Equals((object)InterviewClaims.Crimes));
        Assert.False(claim.Equals(null));
        Assert.False(InterviewClaims.SafetyProse.Equals(InterviewClaims.SafetyPanel));
        var precise = Make(ClaimKind.Level, ClaimBase.None, "97.10%");
        Assert.False(precise.Equals(Make(ClaimKind.Level, ClaimBase.None, "97.1%")));
        Assert.True(precise.Equals(Make(ClaimKind.Level, ClaimBase.None, "97.10%")));
    }

    private static Claim Make(ClaimKind kind, ClaimBase @base, string figure) =>
        new("x", kind, One, [PublishedFigure.Parse(figure)], @base, RegionCode.Quzhou, InterviewClaims.Published);
}
