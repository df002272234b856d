using System;
using System.Collections.Generic;
using Quzhou.Governance.Indicators;
using Xunit;

namespace Quzhou.Governance.Tests.Indicators;

/// <summary>The catalog finds an indicator by its code, its names and the aliases bulletins write.</summary>
public partial class IndicatorCatalogTest
{
    private static readonly CountIndicator Pickpocketing = new("team.pickpocketing", "扒窃案件数", "pickpocketing cases", "起", Polarity.LowerIsBetter, MeasureKind.Flow);

    [Fact]
    public void Interview_HoldsEveryInterviewIndicator()
    {
        Assert.Equal(InterviewIndicators.All.Count, IndicatorCatalog.Interview.Count);
        foreach (var indicator in InterviewIndicators.All)
        {
            Assert.Same(indicator, IndicatorCatalog.Interview.Get(indicator.Code));
        }
    }

    [Theory]
    [InlineData("“两抢”案件", "public-security.robberies-and-snatchings")]
    [InlineData("\"两抢\"案件", "public-security.robberies-and-snatchings")]
    [InlineData("两抢案件数", "public-security.robberies-and-snatchings")]
    [InlineData("“两抢”案件数", "public-security.robberies-and-snatchings")]
    [InlineData("电诈", "telecom-fraud.cases")]
    [InlineData("电信网络诈骗发案数", "telecom-fraud.cases")]
    [InlineData("telecom-fraud.cases", "telecom-fraud.cases")]
    [InlineData("Telecom-Fraud Cases", "telecom-fraud.cases")]
    [InlineData("刑事案件", "public-security.criminal-cases")]
    [InlineData(" 命案 ", "public-security.homicides")]
    [InlineData("执结率", "courts.enforcement-closure-rate")]
    public void Find_CodeNameOrAlias_FindsTheIndicator(string text, string code)
    {
        var found = IndicatorCatalog.Interview.Find(text);
        Assert.Single(found);
        Assert.Equal(code, found[0].Code);
        Assert.Equal(code, IndicatorCatalog.Interview.Read(text).Value.Code);
    }

    [Fact]
    public void Find_UnknownSubject_IsEmptyAndReadFails()
    {
        Assert.Empty(IndicatorCatalog.Interview.Find("扒窃"));
        var result = IndicatorCatalog.Interview.Read("扒窃");
        Assert.False(result.Success);
        Assert.Contains("an indicator code, name or alias the catalog knows", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_TeamIndicatorAndAliases_FindsThemAndLeavesTheOriginal()
    {
        var team = IndicatorCatalog.Interview.With(Pickpocketing, "扒窃", "扒窃案件");
        Assert.Equal(IndicatorCatalog.Interview.Count + 1, team.Count);
        Assert.Same(Pickpocketing, team.Read("扒窃").Value);
        Assert.Equal(new[] { "扒窃", "扒窃案件" }, team.AliasesOf(Pickpocketing));
        Assert.False(IndicatorCatalog.Interview.Contains(Pickpocketing.Code));
    }

    [Fact]
    public void Find_AliasOfTwoIndicators_GivesBothAndReadRefuses()
    {
        var team = IndicatorCatalog.Interview.With(Pickpocketing, "盗窃");
        var found = team.Find("盗窃");
        Assert.Equal(new[] { "public-security.thefts", "team.pickpocketing" }, new[] { found[0].Code, found[1].Code });
        var result = team.Read("盗窃");
        Assert.False(result.Success);
        Assert.Contains("public-security.thefts or team.pickpocketing", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_AnotherDefinitionOfACode_Throws()
    {
        var other = new CountIndicator("telecom-fraud.cases", "电诈", "fraud", "起", Polarity.LowerIsBetter, MeasureKind.Flow);
        var e = Assert.Throws<ArgumentException>(() => IndicatorCatalog.Interview.With(other));
        Assert.Equal("indicator", e.ParamName);
    }

    [Fact]
    public void WithAliases_UnknownCodeOrEmptyAlias_Throws()
    {
        Assert.Equal("code", Assert.Throws<ArgumentException>(() => IndicatorCatalog.Interview.WithAliases("no.such", "x")).ParamName);
        Assert.Equal("aliases", Assert.Throws<ArgumentException>(() => IndicatorCatalog.Interview.WithAliases("telecom-fraud.cases", "“ ”")).ParamName);
    }

    [Fact]
    public void Get_UnknownCode_ThrowsKeyNotFound()
    {
        Assert.False(IndicatorCatalog.Interview.TryGet("no.such", out var none));
        Assert.Null(none);
        Assert.Throws<KeyNotFoundException>(() => IndicatorCatalog.Interview.Get("no.such"));
    }

    [Fact]
    public void Indicators_AreInCodeOrder()
    {
        var codes = new List<string>();
        foreach (var indicator in IndicatorCatalog.Interview.Indicators)
        {
            codes.Add(indicator.Code);
        }

        var sorted = new List<string>(codes);
        sorted.Sort(StringComparer.Ordinal);
        Assert.Equal(sorted, codes);
    }
}
