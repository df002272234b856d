using System;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Periods;
using Quzhou.Governance.Quantities;
using Xunit;

namespace Quzhou.Governance.Tests.Calculations;

public class PlanTargetTest
{
    private static readonly FiveYearPlan Fourteenth = FiveYearPlan.FromOrdinal(14);

    [Fact]
    public void AtMost_Count_KeepsBaseTargetAndBaseYear()
    {
        var target = PlanTarget.AtMost(Fourteenth, InterviewIndicators.ProductionSafetyAccidents, 159, 100, TargetCommitment.Binding);
        Assert.Equal(PlanTargetKind.LevelAtMost, target.Kind);
        Assert.Equal(TargetCommitment.Binding, target.Commitment);
        Assert.Equal(2020, target.BaseYear);
        Assert.Equal(159m, target.BaseValue);
        Assert.Equal(100m, target.TargetValue);
        Assert.Equal(0m, target.AnnualRate);
        Assert.Same(InterviewIndicators.ProductionSafetyAccidents, target.Indicator);
        Assert.Equal(Fourteenth, target.Plan);
        Assert.Equal("14th Five-Year Plan production-safety.accidents at most 100 (base 2020: 159, binding)", target.ToString());
    }

    [Fact]
    public void AtLeast_Rate_KeepsPercentages()
    {
        var target = PlanTarget.AtLeast(Fourteenth, InterviewIndicators.LocalDisputeResolutionRate, new Percentage(95m), new Percentage(98m), TargetCommitment.Expected);
        Assert.Equal(PlanTargetKind.LevelAtLeast, target.Kind);
        Assert.Equal(95m, target.BaseValue);
        Assert.Equal(98m, target.TargetValue);
        Assert.Contains("at least 98 (base 2020: 95, expected)", target.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AverageAnnualGrowth_FivePercent_ImpliesExactLevel()
    {
        var target = PlanTarget.AverageAnnualGrowth(Fourteenth, InterviewIndicators.LegalServices, 3_200_000, 0.05m, TargetCommitment.Expected);
        Assert.Equal(PlanTargetKind.AverageAnnualGrowth, target.Kind);
        Assert.Equal(4_084_101m, target.TargetValue);
        Assert.Equal(0.05m, target.AnnualRate);
        Assert.Contains("growing 5.00% a year", target.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Cumulative_Flow_HasNoBase()
    {
        var target = PlanTarget.Cumulative(Fourteenth, InterviewIndicators.LegalServices, 190_000, TargetCommitment.Expected);
        Assert.Equal(PlanTargetKind.Cumulative, target.Kind);
        Assert.Equal(0m, target.BaseValue);
        Assert.Equal(190_000m, target.TargetValue);
        Assert.Equal("14th Five-Year Plan legal-services.services five-year total at least 190000 (expected)", target.ToString());
    }

    [Fact]
    public void Equals_BindingVersusExpected_Differ()
    {
        var binding = PlanTarget.AtMost(Fourteenth, InterviewIndicators.RoadTrafficDeaths, 80, 60, TargetCommitment.Binding);
        var expected = PlanTarget.AtMost(Fourteenth, InterviewIndicators.RoadTrafficDeaths, 80, 60, TargetCommitment.Expected);
        var again = PlanTarget.AtMost(Fourteenth, InterviewIndicators.RoadTrafficDeaths, 80, 60, TargetCommitment.Binding);
        Assert.NotEqual(binding, expected);
        Assert.Equal(binding, again);
        Assert.Equal(binding.GetHashCode(), again.GetHashCode());
        Assert.False(binding.Equals(null));
        Assert.False(binding.Equals((object)"target"));
        Assert.Equal(TargetCommitment.Expected, default(TargetCommitment));
        Assert.Equal(PlanTargetKind.LevelAtLeast, default(PlanTargetKind));
    }

    [Fact]
    public void AtMost_CeilingAboveBase_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => PlanTarget.AtMost(Fourteenth, InterviewIndicators.Homicides, 10, 12, TargetCommitment.Binding));
        Assert.Equal("target", e.ParamName);
        Assert.Contains("ceiling 12 is above the base 10", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AtLeast_FloorBelowBase_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => PlanTarget.AtLeast(Fourteenth, InterviewIndicators.LocalDisputeResolutionRate, new Percentage(97m), new Percentage(96m), TargetCommitment.Binding));
        Assert.Equal("target", e.ParamName);
        Assert.Throws<ArgumentException>(() => PlanTarget.AtLeast(Fourteenth, InterviewIndicators.LegalServiceStations, 10, 9, TargetCommitment.Binding));
    }

    [Fact]
    public void Factories_BadValues_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PlanTarget.AtMost(Fourteenth, InterviewIndicators.Homicides, -1, -2, TargetCommitment.Binding));
        Assert.Throws<ArgumentOutOfRangeException>(() => PlanTarget.AtLeast(Fourteenth, InterviewIndicators.LocalDisputeResolutionRate, new Percentage(95m), new Percentage(101m), TargetCommitment.Binding));
        Assert.Throws<ArgumentOutOfRangeException>(() => PlanTarget.AtMost(Fourteenth, InterviewIndicators.LocalDisputeResolutionRate, new Percentage(-1m), new Percentage(-2m), TargetCommitment.Binding));
        Assert.Throws<ArgumentNullException>(() => PlanTarget.AtMost(Fourteenth, (QuantityIndicator)null!, 1, 1, TargetCommitment.Binding));
        Assert.Throws<ArgumentNullException>(() => PlanTarget.AtLeast(Fourteenth, (RateIndicator)null!, default, default, TargetCommitment.Binding));
        Assert.Throws<ArgumentOutOfRangeException>(() => PlanTarget.Cumulative(Fourteenth, InterviewIndicators.LegalServices, 0, TargetCommitment.Binding));
        var stock = Assert.Throws<ArgumentException>(() => PlanTarget.Cumulative(Fourteenth, InterviewIndicators.LegalServiceStations, 10, TargetCommitment.Binding));
        Assert.Contains("legal-services.stations is a stock", stock.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => PlanTarget.AverageAnnualGrowth(Fourteenth, InterviewIndicators.LegalServices, 0, 0.05m, TargetCommitment.Expected));
        Assert.Throws<ArgumentOutOfRangeException>(() => PlanTarget.AverageAnnualGrowth(Fourteenth, InterviewIndicators.LegalServices, 10, -1m, TargetCommitment.Expected));
    }

    [Fact]
    public void AtLeast_RatioMayExceedHundred_Accepted()
    {
        var ratio = new RateIndicator("courts.closed-to-received", "结收案比", "cases closed to received", Polarity.HigherIsBetter, RateBasis.Counts, mayExceedHundredPercent: true);
        var target = PlanTarget.AtLeast(Fourteenth, ratio, new Percentage(98m), new Percentage(105m), TargetCommitment.Expected);
        Assert.Equal(105m, target.TargetValue);
    }

    [Fact]
    public void ProgressAt_WrongValueKindOrMonth_Throws()
    {
        var count = PlanTarget.AtMost(Fourteenth, InterviewIndicators.Homicides, 10, 5, TargetCommitment.Binding);
        var rate = PlanTarget.AtLeast(Fourteenth, InterviewIndicators.LocalDisputeResolutionRate, new Percentage(95m), new Percentage(98m), TargetCommitment.Binding);
        Assert.Throws<ArgumentException>(() => count.ProgressAt(new Percentage(5m), new NodaTime.YearMonth(2023, 6)));
        Assert.Throws<ArgumentException>(() => rate.ProgressAt(96, new NodaTime.YearMonth(2023, 6)));
        Assert.Throws<ArgumentOutOfRangeException>(() => count.ProgressAt(-1, new NodaTime.YearMonth(2023, 6)));
        Assert.Throws<ArgumentOutOfRangeException>(() => rate.ProgressAt(new Percentage(-1m), new NodaTime.YearMonth(2023, 6)));
        var before = Assert.Throws<ArgumentException>(() => count.ProgressAt(8, new NodaTime.YearMonth(2020, 12)));
        Assert.Equal("dataThrough", before.ParamName);
        Assert.Contains("not inside the 14th Five-Year Plan (2021–2025)", before.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => count.ProgressAt(8, new NodaTime.YearMonth(2026, 1)));
    }
}
