using System;
using Quzhou.Governance.Calculations;
using Xunit;
using Quzhou.Governance.Quantities;

namespace Quzhou.Governance.Tests.Calculations;

/// <summary>The default value of every result type says “not computed”: it never claims a value, a hold or a streak.</summary>
public class ResultDefaultsTest
{
    [Fact]
    public void ThresholdCheck_Default_IsNotComputedAndNotHeld()
    {
        var result = default(ThresholdCheck);
        Assert.False(result.IsHeld);
        Assert.Equal(ThresholdOutcome.NotComputed, result.Outcome);
        Assert.Equal(ThresholdOutcome.NotComputed, default(ThresholdOutcome));
        Assert.Equal(UndefinedReason.NotComputed, result.Reason);
        Assert.Null(result.FirstFailure);
        Assert.Equal(0, result.PeriodsChecked);
        Assert.Equal("Not computed", result.ToString());
    }

    [Fact]
    public void Streak_Default_IsNotComputedAndHoldsForNothing()
    {
        var result = default(Streak);
        Assert.False(result.HoldsFor(1));
        Assert.Equal(RunEnd.NotComputed, result.Current.EndedBy);
        Assert.Equal(RunEnd.NotComputed, result.Longest.EndedBy);
    }

    [Fact]
    public void Run_Default_IsNotComputedNotStillGoing()
    {
        var run = default(Run);
        Assert.Equal(RunEnd.NotComputed, run.EndedBy);
        Assert.Equal(RunEnd.NotComputed, default(RunEnd));
        Assert.NotEqual(RunEnd.EndOfData, run.EndedBy);
        Assert.True(run.IsEmpty);
        Assert.Null(run.EndedAt);
        Assert.Equal("not computed", run.ToString());
    }

    [Fact]
    public void PeriodChange_Default_IsNotComputed()
    {
        var change = default(PeriodChange);
        Assert.Equal(UndefinedReason.NotComputed, change.Reason);
        Assert.False(change.IsDefined);
        Assert.False(change.IsComparable);
        Assert.False(change.IsDecrease);
        Assert.Null(change.ToPercent(2));
        Assert.Throws<InvalidOperationException>(() => change.Difference);
    }

    [Fact]
    public void SpanChange_Default_IsNotComputed()
    {
        var change = default(SpanChange);
        Assert.Equal(UndefinedReason.NotComputed, change.Reason);
        Assert.False(change.IsComparable);
        Assert.Throws<InvalidOperationException>(() => change.Difference);
    }

    [Fact]
    public void SpanRate_Default_IsNotComputed()
    {
        var rate = default(SpanRate);
        Assert.Equal(UndefinedReason.NotComputed, rate.Reason);
        Assert.Null(rate.ToPercent(2));
        Assert.Throws<InvalidOperationException>(() => rate.ToRatio());
    }

    [Fact]
    public void SpanTotal_Default_IsNotComputedNotZero()
    {
        var total = default(SpanTotal);
        Assert.Equal(UndefinedReason.NotComputed, total.Reason);
        Assert.False(total.IsDefined);
        Assert.Throws<InvalidOperationException>(() => total.Value);
    }

    [Fact]
    public void AnnualGrowth_Default_IsNotComputedNotZeroGrowth()
    {
        var growth = default(AnnualGrowth);
        Assert.Equal(UndefinedReason.NotComputed, growth.Reason);
        Assert.False(growth.IsDefined);
        Assert.Null(growth.ToPercent(2));
        Assert.Throws<InvalidOperationException>(() => growth.Rate);
    }

    [Fact]
    public void RateComparison_Default_IsNotComputed()
    {
        var comparison = default(RateComparison);
        Assert.Equal(UndefinedReason.NotComputed, comparison.Reason);
        Assert.Null(comparison.ToPercentagePoints(2));
        Assert.Equal(RateChangeReadings.None, comparison.Readings(1m, 0));
    }

    [Fact]
    public void ComputedResults_AreNeverNotComputed()
    {
        // The calculations still say what they found: an empty streak reaches the end of the data, a zero base is a zero base.
        var series = TestSeries.Monthly(Quzhou.Governance.Indicators.InterviewIndicators.Thefts, Quzhou.Governance.Series.SeriesPeriod.Month(2025, 1), 5, 5);
        var streak = Streaks.Find(series, o => o.Value > 10);
        Assert.NotEqual(RunEnd.NotComputed, streak.Longest.EndedBy);
        Assert.NotEqual(RunEnd.NotComputed, streak.Current.EndedBy);
        var zero = TestSeries.Monthly(Quzhou.Governance.Indicators.InterviewIndicators.Thefts, Quzhou.Governance.Series.SeriesPeriod.Month(2025, 1), 0, 1);
        Assert.Equal(UndefinedReason.ZeroBase, Changes.PeriodOnPeriod(zero, Quzhou.Governance.Series.SeriesPeriod.Month(2025, 2)).Reason);
    }
}
