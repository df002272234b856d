using System;
using Quzhou.Governance.Figures;
using Xunit;

namespace Quzhou.Governance.Tests.Figures;

public class QualifierPolicyTest
{
    [Fact]
    public void Default_Rules_AreDomainPolicy()
    {
        var policy = QualifierPolicy.Default;
        Assert.Equal("[x − 0.5u, x + 0.5u]", policy[FigureQualifier.Exact].ToString());
        Assert.Equal("(x, x + 1u), u at the last non-zero digit", policy[FigureQualifier.Odd].ToString());
        Assert.Equal(policy[FigureQualifier.Odd], policy[FigureQualifier.More]);
        Assert.Equal("[x, +∞)", policy[FigureQualifier.AtLeast].ToString());
        Assert.Equal("(−∞, x]", policy[FigureQualifier.AtMost].ToString());
        Assert.Equal("[x − 1u, x)", policy[FigureQualifier.Nearly].ToString());
        Assert.Equal("[x − 1u, x + 1u]", policy[FigureQualifier.About].ToString());
        Assert.Equal(policy[FigureQualifier.About], policy[FigureQualifier.Around]);
        Assert.Equal("(x, +∞)", policy[FigureQualifier.Exceeding].ToString());
        Assert.Equal(policy[FigureQualifier.Exceeding], policy[FigureQualifier.Breaking]);
        Assert.Equal(10, policy.Rules.Count);
        Assert.Equal(FigureQualifier.Breaking, policy.Rules[9].Key);
        Assert.StartsWith("exact [x − 0.5u, x + 0.5u]; 余 (x, x + 1u)", policy.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void With_Rule_ChangesOnlyACopy()
    {
        var wide = new QualifierRule(-2m, true, 2m, true);
        var policy = QualifierPolicy.Default.With(FigureQualifier.About, wide);
        Assert.Equal(wide, policy[FigureQualifier.About]);
        Assert.NotEqual(wide, QualifierPolicy.Default[FigureQualifier.About]);
        Assert.Equal("[2998, 3002]", PublishedFigure.Parse("约3000人").GetInterval(policy).ToString());
        Assert.True(PublishedFigure.Parse("约3000人").IsConsistentWith(2998m, policy));
        Assert.False(PublishedFigure.Parse("约3000人").IsConsistentWith(2998m));
    }

    [Fact]
    public void Indexer_UndefinedQualifier_Throws()
    {
        Assert.Equal("qualifier", Assert.Throws<ArgumentOutOfRangeException>(() => QualifierPolicy.Default[(FigureQualifier)10]).ParamName);
        Assert.Equal("qualifier", Assert.Throws<ArgumentOutOfRangeException>(() => QualifierPolicy.Default.With((FigureQualifier)10, default)).ParamName);
    }

    [Fact]
    public void Rule_BadOffsets_ThrowNamingArgument()
    {
        Assert.Equal("lowerSteps", Assert.Throws<ArgumentException>(() => new QualifierRule(-101m, true, 0m, true)).ParamName);
        Assert.Equal("upperSteps", Assert.Throws<ArgumentException>(() => new QualifierRule(0m, true, 0.00001m, true)).ParamName);
        Assert.Equal("lower", Assert.Throws<ArgumentException>(() => new QualifierRule(1m, true, 0m, true)).ParamName);
    }

    [Fact]
    public void Rule_Parts_AreKept()
    {
        var rule = new QualifierRule(null, false, 0m, true, stepsFromLastNonzeroDigit: true);
        Assert.Null(rule.LowerSteps);
        Assert.False(rule.IncludesLower);
        Assert.Equal(0m, rule.UpperSteps);
        Assert.True(rule.IncludesUpper);
        Assert.True(rule.StepsFromLastNonzeroDigit);
        TestHelper.TestEquality(rule, new QualifierRule(null, false, 0m, true, true), new QualifierRule(null, false, 0m, true));
        Assert.False(rule.Equals((object)0m));
    }
}
