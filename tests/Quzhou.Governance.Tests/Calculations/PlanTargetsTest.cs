using System;
using System.Collections.Generic;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Periods;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Calculations;

public class PlanTargetsTest
{
    private static readonly FiveYearPlan Fourteenth = FiveYearPlan.FromOrdinal(14);

    private static PlanTarget Stations => PlanTarget.AtLeast(Fourteenth, InterviewIndicators.LegalServiceStations, 100, 160, TargetCommitment.Expected);

    [Fact]
    public void Progress_StockMonthly_UsesTheLatestMonth()
    {
        // A stock's level at 2023-06 (30 months): 130 of 100 → 160 is 30/60, on track.
        var series = TestSeries.Build(InterviewIndicators.LegalServiceStations, SeriesPeriod.Month(2020, 12), SeriesPeriod.Month(2023, 6), p => 100 + (p.Year - 2020) * 12 + p.Number - 12);
        var progress = PlanTargets.Progress(Stations, series);
        Assert.Equal(30, progress.MonthsElapsed);
        Assert.Equal(130m, progress.Current);
        Assert.Equal(0.5m, progress.AchievedShare);
        Assert.True(progress.IsOnTrack);
    }

    [Fact]
    public void Progress_FlowYearly_UsesTheYearsTotal()
    {
        var target = PlanTarget.AtMost(Fourteenth, InterviewIndicators.ProductionSafetyAccidents, 159, 100, TargetCommitment.Binding);
        var series = IndicatorSeries.FromValues(InterviewIndicators.ProductionSafetyAccidents, SeriesPeriod.CalendarYear(2019), new long[] { 170, 159, 150, 135 });
        var progress = PlanTargets.Progress(target, series);
        Assert.Equal(24, progress.MonthsElapsed);
        Assert.Equal(135m, progress.Current);
        Assert.Equal(24m / 59m, progress.AchievedShare);
        Assert.True(progress.IsOnTrack); // 40.68% ≥ 40%
    }

    [Fact]
    public void Progress_FlowMonthlyLevel_Throws()
    {
        var target = PlanTarget.AtMost(Fourteenth, InterviewIndicators.ProductionSafetyAccidents, 159, 100, TargetCommitment.Binding);
        var monthly = TestSeries.Monthly(InterviewIndicators.ProductionSafetyAccidents, SeriesPeriod.Month(2021, 1), 10, 12);
        var e = Assert.Throws<ArgumentException>(() => PlanTargets.Progress(target, monthly));
        Assert.Equal("series", e.ParamName);
        Assert.Contains("needs a yearly series", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_OtherIndicatorOrNull_Throws()
    {
        var series = TestSeries.Monthly(InterviewIndicators.SocialOrganisations, SeriesPeriod.Month(2021, 1), 10);
        var e = Assert.Throws<ArgumentException>(() => PlanTargets.Progress(Stations, series));
        Assert.Contains("The series is of participation.social-organisations, the target of legal-services.stations.", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => PlanTargets.Progress(null!, series));
        Assert.Throws<ArgumentNullException>(() => PlanTargets.Progress(Stations, (IndicatorSeries)null!));
        Assert.Throws<ArgumentNullException>(() => PlanTargets.Progress(Stations, (RateSeries)null!));
    }

    [Fact]
    public void Progress_NoDataInThePlanYet_EmptySpan()
    {
        var series = TestSeries.Monthly(InterviewIndicators.LegalServiceStations, SeriesPeriod.Month(2020, 11), 99, 100);
        var progress = PlanTargets.Progress(Stations, series);
        Assert.Equal(UndefinedReason.EmptySpan, progress.Reason);
        Assert.Equal(0, progress.MonthsElapsed);
        Assert.Null(progress.IsOnTrack);
        Assert.Equal(Stations.NoDataYet(), progress);
    }

    [Fact]
    public void Progress_LatestPeriodMissing_MissingCurrent()
    {
        var series = TestSeries.Build(InterviewIndicators.LegalServiceStations, SeriesPeriod.Month(2021, 1), SeriesPeriod.Month(2023, 6), _ => 120, new HashSet<SeriesPeriod> { SeriesPeriod.Month(2023, 6) });
        var progress = PlanTargets.Progress(Stations, series);
        Assert.Equal(UndefinedReason.MissingCurrent, progress.Reason);
        Assert.Equal(30, progress.MonthsElapsed);
        Assert.Null(progress.Current);
        Assert.Null(progress.IsOnTrack);
    }

    [Fact]
    public void Progress_BasisBreakAfterTheBase_BasisBreak()
    {
        var statuses = new Dictionary<SeriesPeriod, ObservationStatus> { [SeriesPeriod.Month(2022, 1)] = ObservationStatus.BasisBreak };
        var series = TestSeries.Build(InterviewIndicators.LegalServiceStations, SeriesPeriod.Month(2021, 1), SeriesPeriod.Month(2023, 6), _ => 120, statuses: statuses);
        Assert.Equal(UndefinedReason.BasisBreak, PlanTargets.Progress(Stations, series).Reason);
    }

    [Fact]
    public void Progress_SeriesPastThePlan_StopsAtItsEnd()
    {
        var series = TestSeries.Build(InterviewIndicators.LegalServiceStations, SeriesPeriod.Month(2021, 1), SeriesPeriod.Month(2026, 3), p => p.Year < 2026 ? 170 : 1);
        var progress = PlanTargets.Progress(Stations, series);
        Assert.Equal(60, progress.MonthsElapsed);
        Assert.Equal(170m, progress.Current);
        Assert.True(progress.IsTargetMet);
        Assert.Null(progress.RequiredAnnualGrowth);
    }

    [Fact]
    public void Progress_CumulativeMonthly_SumsFromThePlansStart()
    {
        // 〔5000〕 legal services over the plan; 100 a month from 2020-07 (before the plan: not counted) to 2023-06.
        var target = PlanTarget.Cumulative(Fourteenth, InterviewIndicators.LegalServices, 5000, TargetCommitment.Expected);
        var series = TestSeries.Build(InterviewIndicators.LegalServices, SeriesPeriod.Month(2020, 7), SeriesPeriod.Month(2023, 6), _ => 100);
        var progress = PlanTargets.Progress(target, series);
        Assert.Equal(3000m, progress.Current);
        Assert.Equal(0.6m, progress.AchievedShare);
        Assert.True(progress.IsOnTrack);

        var gappy = TestSeries.Build(InterviewIndicators.LegalServices, SeriesPeriod.Month(2021, 1), SeriesPeriod.Month(2023, 6), _ => 100, new HashSet<SeriesPeriod> { SeriesPeriod.Month(2022, 2) });
        Assert.Equal(UndefinedReason.MissingCurrent, PlanTargets.Progress(target, gappy).Reason);

        var late = TestSeries.Build(InterviewIndicators.LegalServices, SeriesPeriod.Month(2021, 3), SeriesPeriod.Month(2023, 6), _ => 100);
        Assert.Equal(UndefinedReason.MissingCurrent, PlanTargets.Progress(target, late).Reason);
    }

    [Fact]
    public void Progress_RateFromParts_95To98()
    {
        var target = PlanTarget.AtLeast(Fourteenth, InterviewIndicators.LocalDisputeResolutionRate, new Percentage(95m), new Percentage(98m), TargetCommitment.Binding);
        var series = RateSeries.FromParts(InterviewIndicators.LocalDisputeResolutionRate, SeriesPeriod.CalendarYear(2021), new long[] { 960, 968 }, new long[] { 1000, 1000 });
        var progress = PlanTargets.Progress(target, series);
        Assert.Equal(24, progress.MonthsElapsed);
        Assert.Equal(96.8m, progress.Current);
        Assert.Equal(0.6m, progress.AchievedShare);
        Assert.True(progress.IsOnTrack);
    }

    [Fact]
    public void Progress_RatePublishedOrZeroDenominator()
    {
        var target = PlanTarget.AtLeast(Fourteenth, InterviewIndicators.LocalDisputeResolutionRate, new Percentage(95m), new Percentage(98m), TargetCommitment.Binding);
        var published = RateSeries.CreateBuilder(InterviewIndicators.LocalDisputeResolutionRate, Frequency.Year)
            .AddPublished(SeriesPeriod.CalendarYear(2022), 96.2m, 1).Build();
        Assert.Equal(0.4m, PlanTargets.Progress(target, published).AchievedShare);

        var empty = RateSeries.FromParts(InterviewIndicators.LocalDisputeResolutionRate, SeriesPeriod.CalendarYear(2022), new long[] { 0 }, new long[] { 0 });
        var progress = PlanTargets.Progress(target, empty);
        Assert.Equal(UndefinedReason.ZeroDenominator, progress.Reason);
        Assert.Null(progress.IsOnTrack);

        var before = RateSeries.FromParts(InterviewIndicators.LocalDisputeResolutionRate, SeriesPeriod.CalendarYear(2020), new long[] { 95 }, new long[] { 100 });
        Assert.Equal(UndefinedReason.EmptySpan, PlanTargets.Progress(target, before).Reason);

        var gap = RateSeries.CreateBuilder(InterviewIndicators.LocalDisputeResolutionRate, Frequency.Year)
            .AddParts(SeriesPeriod.CalendarYear(2021), 96, 100).AddParts(SeriesPeriod.CalendarYear(2023), 97, 100).Build();
        Assert.Equal(2m / 3m, PlanTargets.Progress(target, gap).AchievedShare); // the gap in 2022 is not the latest year

        var broken = RateSeries.CreateBuilder(InterviewIndicators.LocalDisputeResolutionRate, Frequency.Year)
            .AddParts(SeriesPeriod.CalendarYear(2021), 96, 100, ObservationStatus.BasisBreak).Build();
        Assert.Equal(UndefinedReason.BasisBreak, PlanTargets.Progress(target, broken).Reason);

        var other = RateSeries.FromParts(InterviewIndicators.CrossRegionDisputeResolutionRate, SeriesPeriod.CalendarYear(2021), new long[] { 1 }, new long[] { 1 });
        Assert.Throws<ArgumentException>(() => PlanTargets.Progress(target, other));
    }

    [Fact]
    public void Progress_CumulativeAcrossBreak_BasisBreak()
    {
        // 〔5000〕 legal services, counted on a new basis from 2022-01: the total so far adds two bases.
        var target = PlanTarget.Cumulative(Fourteenth, InterviewIndicators.LegalServices, 5000, TargetCommitment.Expected);
        var statuses = new Dictionary<SeriesPeriod, ObservationStatus> { [SeriesPeriod.Month(2022, 1)] = ObservationStatus.BasisBreak };
        var series = TestSeries.Build(InterviewIndicators.LegalServices, SeriesPeriod.Month(2021, 1), SeriesPeriod.Month(2023, 6), p => 50, statuses: statuses);
        Assert.Equal(UndefinedReason.BasisBreak, PlanTargets.Progress(target, series).Reason);
    }

    [Fact]
    public void Progress_YearsRolledUpFromABaseYearThatMixesBases_BasisBreak()
    {
        // Accidents counted on a new basis from 2020-07: the base year's total mixes bases, so no later year compares with it.
        var target = PlanTarget.AtMost(Fourteenth, InterviewIndicators.ProductionSafetyAccidents, 159, 100, TargetCommitment.Binding);
        var statuses = new Dictionary<SeriesPeriod, ObservationStatus> { [SeriesPeriod.Month(2020, 7)] = ObservationStatus.BasisBreak };
        var monthly = TestSeries.Build(InterviewIndicators.ProductionSafetyAccidents, SeriesPeriod.Month(2020, 1), SeriesPeriod.Month(2023, 12), p => 11, statuses: statuses);
        var years = Rollups.ToFrequency(monthly, Frequency.Year);
        Assert.Equal(UndefinedReason.BasisBreak, PlanTargets.Progress(target, years).Reason);
    }
}
