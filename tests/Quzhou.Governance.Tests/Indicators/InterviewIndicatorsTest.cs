using System;
using System.Collections.Generic;
using System.Linq;
using Quzhou.Governance.Indicators;
using Xunit;

namespace Quzhou.Governance.Tests.Indicators;

public class InterviewIndicatorsTest
{
    [Fact]
    public void All_Codes_AreUnique()
    {
        var codes = InterviewIndicators.All.Select(i => i.Code).ToList();
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(27, codes.Count);
    }

    [Fact]
    public void TryFind_KnownCode_ReturnsIndicator()
    {
        Assert.True(InterviewIndicators.TryFind("telecom-fraud.losses", out var found));
        var amount = Assert.IsType<AmountIndicator>(found);
        Assert.Equal("元", amount.Unit);
        Assert.Equal(MeasureKind.Flow, amount.MeasureKind);
        Assert.False(InterviewIndicators.TryFind("nope", out _));
    }

    [Fact]
    public void Kinds_MatchTheInterview()
    {
        Assert.Equal(MeasureKind.Stock, InterviewIndicators.LegalServiceStations.MeasureKind);
        Assert.Equal(RateBasis.Amounts, InterviewIndicators.EnforcementFulfilmentRate.Basis);
        Assert.Equal(RateBasis.Counts, InterviewIndicators.EnforcementClosureRate.Basis);
        Assert.False(InterviewIndicators.LocalDisputeResolutionRate.MayExceedHundredPercent);
        Assert.Equal("%", InterviewIndicators.OnlineServiceRate.Unit);
        Assert.Equal(Polarity.LowerIsBetter, InterviewIndicators.TelecomFraudCases.Polarity);
    }

    [Fact]
    public void CountIndicator_RateKind_ThrowsNamingArgument()
    {
        var ex = Assert.Throws<ArgumentException>(() => new CountIndicator("x", "x", "x", "件", Polarity.Neutral, MeasureKind.Rate));
        Assert.Equal("measureKind", ex.ParamName);
    }

    [Fact]
    public void Indicator_EmptyCode_Throws()
    {
        Assert.Throws<ArgumentException>(() => new CountIndicator(" ", "x", "x", "件", Polarity.Neutral, MeasureKind.Flow));
        Assert.Throws<ArgumentNullException>(() => new CountIndicator(null!, "x", "x", "件", Polarity.Neutral, MeasureKind.Flow));
    }

    [Fact]
    public void Equals_SameDefinition_IsTrue()
    {
        var a = new RateIndicator("r", "率", "rate", Polarity.HigherIsBetter, RateBasis.Counts, false);
        var b = new RateIndicator("r", "率", "rate", Polarity.HigherIsBetter, RateBasis.Counts, false);
        var c = new RateIndicator("r", "率", "rate", Polarity.HigherIsBetter, RateBasis.Counts, true);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
        Assert.Equal("r 率", a.ToString());
        Assert.False(new HashSet<Indicator> { a }.Add(b));
    }
}
