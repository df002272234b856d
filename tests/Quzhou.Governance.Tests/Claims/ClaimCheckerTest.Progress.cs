using System;
using System.Linq;
using NodaTime;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Claims;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Figures;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Periods;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Claims;

/// <summary>Progress against a plan target (完成目标的49.17%): checked against the target the data set holds.</summary>
public partial class ClaimCheckerTest
{
    private static readonly FiveYearPlan Fourteenth = FiveYearPlan.FromOrdinal(14);

    private static PlanTarget StationFloor => PlanTarget.AtLeast(Fourteenth, InterviewIndicators.LegalServiceStations, 1200, 1800, TargetCommitment.Expected);

    private static PlanTarget AccidentCeiling => PlanTarget.AtMost(Fourteenth, InterviewIndicators.ProductionSafetyAccidents, 480, 300, TargetCommitment.Binding);

    /// <summary>Stations: 1,200 at the end of 2020, ten more a month, but 1,495 at 2023-06 (30 months: 295 of 600);
    /// accidents: 40 a month in 2020 (480), 32.5 on average in 2023 (390: half-way from 480 to 300).</summary>
    private static DataSet ProgressData(bool withTargets = true)
    {
        var stations = IndicatorSeries.CreateBuilder(InterviewIndicators.LegalServiceStations, Frequency.Month);
        for (var p = SeriesPeriod.Month(2020, 12); p <= Last; p = p.Next())
        {
            var months = SeriesPeriod.Month(2020, 12).PeriodsUntil(p);
            stations.Add(p, 1200 + (10 * months) - (months == 30 ? 5 : 0));
        }

        var accidents = Monthly(InterviewIndicators.ProductionSafetyAccidents, p => p.Year switch
        {
            2023 => p.Number <= 6 ? 33 : 32,
            _ => 40,
        });
        var builder = DataSet.CreateBuilder()
            .AddSeries(RegionCode.Quzhou, stations.Build())
            .AddSeries(RegionCode.Quzhou, accidents);
        if (withTargets)
        {
            builder.AddTarget(new DataSetTarget(RegionCode.Quzhou, StationFloor)).AddTarget(new DataSetTarget(RegionCode.Quzhou, AccidentCeiling));
        }

        return builder.Build();
    }

    private static Claim Progress(QuantityIndicator indicator, string words, string figure, LocalDate published, CalendarPeriod? period = null) =>
        new("progress", ClaimKind.PlanProgress, [InterviewClaims.Subject(indicator, words)], [PublishedFigure.Parse(figure)], ClaimBase.None, RegionCode.Quzhou, published, period, false, null, null);

    [Fact]
    public void Check_ProgressOfAStock_HoldsAtTheMonthBeforePublication()
    {
        var verdict = ClaimChecker.Check(Progress(InterviewIndicators.LegalServiceStations, "公共法律服务站点", "49.17%", new LocalDate(2023, 7, 15)), ProgressData()).Single();

        Assert.Equal(ClaimVerdictKind.Holds, verdict.Kind);
        Assert.Equal(295m * 100 / 600, verdict.Value!.Value, 14);
        Assert.Equal(CalendarPeriod.ForMonths(new YearMonth(2021, 1), new YearMonth(2023, 6)), verdict.Period);
        Assert.Equal(30, verdict.Progress!.MonthsElapsed);
        Assert.False(verdict.Progress.IsOnTrack); // 49.17% of the target in 50% of the time
        Assert.Contains("成立", verdict.ToString("zh", null), StringComparison.Ordinal);
        Assert.Contains("时间进度50.00%（60个月中的30个月）：进度滞后", verdict.ToString("zh", null), StringComparison.Ordinal);
        Assert.Contains("holds", verdict.ToString(), StringComparison.Ordinal);
        Assert.Contains("in 50.00% of the time (30 of 60 months): behind", verdict.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ProgressNotPrinted_ContradictedWithWhatItPrintsAs()
    {
        var verdict = ClaimChecker.Check(Progress(InterviewIndicators.LegalServiceStations, "公共法律服务站点", "50%", new LocalDate(2023, 7, 15)), ProgressData()).Single();

        Assert.Equal(ClaimVerdictKind.Contradicted, verdict.Kind);
        Assert.Equal("49%", verdict.Printed!.Value.ToString());
        Assert.Contains("不成立", verdict.ToString("zh", null), StringComparison.Ordinal);
        Assert.Contains("which prints as 49%", verdict.ToString(), StringComparison.Ordinal);
        Assert.NotNull(verdict.Progress);
    }

    [Fact]
    public void Check_ProgressWithoutATarget_UnverifiableNamingTheTarget()
    {
        var verdict = ClaimChecker.Check(Progress(InterviewIndicators.LegalServiceStations, "公共法律服务站点", "49.17%", new LocalDate(2023, 7, 15)), ProgressData(withTargets: false)).Single();

        Assert.Equal(ClaimVerdictKind.Unverifiable, verdict.Kind);
        Assert.Equal(["the 14th Five-Year Plan target of legal-services.stations in 330800"], verdict.Missing);
        Assert.Null(verdict.Progress);
        Assert.Contains("无法核验：缺少the 14th Five-Year Plan target", verdict.ToString("zh", null), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ProgressOfAFlow_UsesTheLastWholeYear()
    {
        // Published in 2024-02: 2023 is the last whole year, 36 months of the plan; 390 is half-way from 480 to 300.
        var verdict = ClaimChecker.Check(Progress(InterviewIndicators.ProductionSafetyAccidents, "生产安全事故", "50%", new LocalDate(2024, 2, 20)), ProgressData()).Single();

        Assert.Equal(ClaimVerdictKind.Holds, verdict.Kind);
        Assert.Equal(50m, verdict.Value);
        Assert.Equal(36, verdict.Progress!.MonthsElapsed);
        Assert.Equal(390m, verdict.Progress.Current);
        Assert.Contains("时间进度60.00%（60个月中的36个月）：进度滞后", verdict.ToString("zh", null), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ProgressOfAStatedPeriod_UsesThatPeriod()
    {
        // 2022-12: 24 months, 240 of 600 = 40% in 40% of the time, on track.
        var verdict = ClaimChecker.Check(
            Progress(InterviewIndicators.LegalServiceStations, "公共法律服务站点", "40%", new LocalDate(2025, 11, 28), CalendarPeriod.ForMonths(new YearMonth(2021, 1), new YearMonth(2022, 12))),
            ProgressData()).Single();

        Assert.Equal(ClaimVerdictKind.Holds, verdict.Kind);
        Assert.Equal(24, verdict.Progress!.MonthsElapsed);
        Assert.True(verdict.Progress.IsOnTrack);
        Assert.Contains("进度达标", verdict.ToString("zh", null), StringComparison.Ordinal);
    }
}
