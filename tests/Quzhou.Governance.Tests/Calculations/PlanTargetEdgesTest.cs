using System;
using System.Collections.Generic;
using NodaTime;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Periods;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Calculations;

/// <summary>Plan targets and their progress at the edges the Stryker survivors named: a target equal to its base,
/// the plan's first month, exactly on pace and exactly met, a falling growth target, two breaks, a break or a gap
/// in the last period, and every argument check with its name and words.</summary>
public class PlanTargetEdgesTest
{
    private static readonly FiveYearPlan Fourteenth = FiveYearPlan.FromOrdinal(14);

    private static readonly CountIndicator Stations = InterviewIndicators.LegalServiceStations;

    private static readonly RateIndicator Rate = InterviewIndicators.LocalDisputeResolutionRate;

    private static SeriesPeriod Y(int year) => SeriesPeriod.CalendarYear(year);

    [Fact]
    public void Factories_NullIndicator_NamesTheIndicator()
    {
        ArgumentChecks.Throws<ArgumentNullException>(() => PlanTarget.AtLeast(Fourteenth, (QuantityIndicator)null!, 1, 2, TargetCommitment.Binding), "indicator");
        ArgumentChecks.Throws<ArgumentNullException>(() => PlanTarget.AtMost(Fourteenth, (RateIndicator)null!, new Percentage(5m), new Percentage(4m), TargetCommitment.Binding), "indicator");
        ArgumentChecks.Throws<ArgumentNullException>(() => PlanTarget.Cumulative(Fourteenth, null!, 10, TargetCommitment.Binding), "indicator");
        ArgumentChecks.Throws<ArgumentNullException>(() => PlanTarget.AverageAnnualGrowth(Fourteenth, null!, 10, 0.05m, TargetCommitment.Binding), "indicator");
    }

    [Fact]
    public void Factories_ValuesOutOfRange_NameTheValue()
    {
        ArgumentChecks.Throws<ArgumentOutOfRangeException>(() => PlanTarget.AtLeast(Fourteenth, Stations, -1, 5, TargetCommitment.Binding), "baseValue");
        ArgumentChecks.Throws<ArgumentOutOfRangeException>(() => PlanTarget.AtMost(Fourteenth, Stations, 5, -1, TargetCommitment.Binding), "target");
        ArgumentChecks.Throws<ArgumentOutOfRangeException>(() => PlanTarget.AtMost(Fourteenth, Rate, new Percentage(101m), new Percentage(90m), TargetCommitment.Binding), "baseValue");
    }

    [Fact]
    public void Level_TargetEqualToTheBase_IsAHold()
    {
        Assert.Equal(5m, PlanTarget.AtLeast(Fourteenth, Stations, 5, 5, TargetCommitment.Binding).TargetValue);
        Assert.Equal(97m, PlanTarget.AtLeast(Fourteenth, Rate, new Percentage(97m), new Percentage(97m), TargetCommitment.Expected).TargetValue);
        Assert.Equal(5m, PlanTarget.AtMost(Fourteenth, Stations, 5, 5, TargetCommitment.Binding).TargetValue);
    }

    [Fact]
    public void Level_TargetTheBaseAlreadyMeets_SaysCeilingOrFloor()
    {
        ArgumentChecks.Throws<ArgumentException>(
            () => PlanTarget.AtMost(Fourteenth, Stations, 10, 12, TargetCommitment.Binding),
            "target",
            "The ceiling 12 is above the base 10: the base already meets it; give the base as the target to hold it (保持). (");
        ArgumentChecks.Throws<ArgumentException>(
            () => PlanTarget.AtLeast(Fourteenth, Stations, 10, 9, TargetCommitment.Binding),
            "target",
            "The floor 9 is below the base 10: the base already meets it; give the base as the target to hold it (保持). (");
    }

    [Fact]
    public void ProgressAt_TheWrongKindOfValue_SaysWhichToGive()
    {
        var rate = PlanTarget.AtLeast(Fourteenth, Rate, new Percentage(95m), new Percentage(98m), TargetCommitment.Expected);
        ArgumentChecks.Throws<ArgumentException>(() => rate.ProgressAt(5, new YearMonth(2022, 1)), "current", "The target is of the rate " + Rate.Code + ": give the current rate as a Percentage. (");
        var count = PlanTarget.AtLeast(Fourteenth, Stations, 100, 120, TargetCommitment.Expected);
        ArgumentChecks.Throws<ArgumentException>(() => count.ProgressAt(new Percentage(5m), new YearMonth(2022, 1)), "current", "The target is of " + Stations.Code + ", not a rate: give the current value as a number. (");
    }

    [Fact]
    public void ProgressAt_ThePlansFirstMonth_IsOneMonthIn()
    {
        var target = PlanTarget.AtLeast(Fourteenth, Stations, 100, 120, TargetCommitment.Expected);
        Assert.Equal(1, target.ProgressAt(101, new YearMonth(2021, 1)).MonthsElapsed);
    }

    [Fact]
    public void ProgressAt_ExactlyMet_IsMet()
    {
        var level = PlanTarget.AtLeast(Fourteenth, Stations, 100, 120, TargetCommitment.Expected).ProgressAt(120, new YearMonth(2024, 6));
        Assert.True(level.IsTargetMet);

        var total = PlanTarget.Cumulative(Fourteenth, InterviewIndicators.LegalServices, 600, TargetCommitment.Expected);
        var done = total.ProgressAt(600, new YearMonth(2024, 12));
        Assert.True(done.IsTargetMet);
        Assert.Equal(1m, done.AchievedShare);

        // 300 of 600 after 30 of 60 months: exactly on pace (时间过半、任务过半).
        var half = total.ProgressAt(300, new YearMonth(2023, 6));
        Assert.True(half.IsOnTrack);
        Assert.False(half.IsTargetMet);
        Assert.False(total.ProgressAt(299, new YearMonth(2023, 6)).IsOnTrack);
    }

    [Fact]
    public void ProgressAt_AFallingGrowthTarget_IsMetBelowIt()
    {
        var target = PlanTarget.AverageAnnualGrowth(Fourteenth, InterviewIndicators.LegalServices, 1000, -0.1m, TargetCommitment.Expected);
        Assert.Equal(590.49m, target.TargetValue);
        var progress = target.ProgressAt(500, new YearMonth(2025, 12));
        Assert.True(progress.IsTargetMet);
        Assert.True(progress.IsOnTrack);
        Assert.False(target.ProgressAt(600, new YearMonth(2025, 12)).IsTargetMet);
    }

    [Fact]
    public void Progress_CumulativeWithTwoBreaks_IsUndefined()
    {
        var statuses = new Dictionary<SeriesPeriod, ObservationStatus>
        {
            [SeriesPeriod.Month(2021, 2)] = ObservationStatus.BasisBreak,
            [SeriesPeriod.Month(2021, 4)] = ObservationStatus.BasisBreak,
        };
        var series = TestSeries.Build(InterviewIndicators.LegalServices, SeriesPeriod.Month(2021, 1), SeriesPeriod.Month(2021, 6), p => 10, statuses: statuses);
        var target = PlanTarget.Cumulative(Fourteenth, InterviewIndicators.LegalServices, 600, TargetCommitment.Expected);
        Assert.Equal(UndefinedReason.BasisBreak, PlanTargets.Progress(target, series).Reason);
    }

    [Fact]
    public void Progress_LevelWithABreakInTheLastYear_IsUndefined()
    {
        var statuses = new Dictionary<SeriesPeriod, ObservationStatus> { [Y(2023)] = ObservationStatus.BasisBreak };
        var series = TestSeries.Build(Stations, Y(2020), Y(2023), p => 110, statuses: statuses);
        var target = PlanTarget.AtLeast(Fourteenth, Stations, 100, 120, TargetCommitment.Expected);
        Assert.Equal(UndefinedReason.BasisBreak, PlanTargets.Progress(target, series).Reason);
    }

    [Fact]
    public void Progress_RateWithAGapInThePlansLastYear_IsMissing()
    {
        var builder = RateSeries.CreateBuilder(Rate, Frequency.Year);
        foreach (var year in new[] { 2020, 2021, 2022, 2023, 2024, 2026 })
        {
            builder.AddParts(Y(year), 96, 100);
        }

        var target = PlanTarget.AtLeast(Fourteenth, Rate, new Percentage(95m), new Percentage(98m), TargetCommitment.Expected);
        var progress = PlanTargets.Progress(target, builder.Build());
        Assert.Equal(UndefinedReason.MissingCurrent, progress.Reason);
        Assert.Equal(60, progress.MonthsElapsed);
        ArgumentChecks.InvalidOperation(() => _ = progress.AchievedShare, "The share achieved is undefined: MissingCurrent.");
    }

    [Fact]
    public void Progress_Arguments_NameTheArgumentAndSayWhy()
    {
        var rates = RateSeries.FromParts(Rate, Y(2021), new long[] { 96 }, new long[] { 100 });
        ArgumentChecks.Throws<ArgumentNullException>(() => PlanTargets.Progress(null!, rates), "target");
        var other = PlanTarget.AtLeast(Fourteenth, InterviewIndicators.OnlineServiceRate, new Percentage(95m), new Percentage(98m), TargetCommitment.Expected);
        ArgumentChecks.Throws<ArgumentException>(() => PlanTargets.Progress(other, rates), "series", "The series is of " + Rate.Code + ", the target of " + InterviewIndicators.OnlineServiceRate.Code + ". (");
    }
}
