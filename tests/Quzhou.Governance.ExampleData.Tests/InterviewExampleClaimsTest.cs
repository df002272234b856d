using System.Linq;
using NodaTime;
using Quzhou.Governance.Claims;
using Quzhou.Governance.Data;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Figures;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Periods;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.ExampleData.Tests;

/// <summary>The interview's claims checked by <see cref="ClaimChecker"/> against the bundled example: the verdicts of
/// issue 9's table.</summary>
public class InterviewExampleClaimsTest
{
    private static readonly LocalDate Published = new(2025, 11, 28);
    private static readonly FiveYearPlan Thirteenth = FiveYearPlan.FromOrdinal(13);
    private static readonly DataSet Data = DataSetCsv.Load(System.IO.Path.Combine(System.AppContext.BaseDirectory, "examples", "review", "quzhou-data.csv"));

    private static Claim Make(ClaimKind kind, Indicator[] indicators, string[] figures, ClaimBase @base) =>
        new("c", kind, indicators.Select(i => ClaimSubject.For(i)), figures.Select(PublishedFigure.Parse), @base, RegionCode.Quzhou, Published, respectively: figures.Length > 1);

    private static ClaimVerdict[] Check(Claim claim) => ClaimChecker.Check(claim, Data).ToArray();

    [Fact]
    public void JuvenileCrime_YearOnYearUnstated_HoldsFor2024()
    {
        var verdicts = Check(Make(ClaimKind.RelativeChange, new Indicator[] { InterviewIndicators.JuvenileCrimeCases, InterviewIndicators.JuvenileOffenders }, new[] { "下降6.67%", "下降13.53%" }, ClaimBase.YearOnYear));
        Assert.All(verdicts, v => Assert.Equal(ClaimVerdictKind.Holds, v.Kind));
        Assert.All(verdicts, v => Assert.Equal(CalendarPeriod.ForYear(2024), v.Period));
    }

    [Fact]
    public void ProductionSafety_PanelHolds_ProseAmbiguousWithTheSameSpanFitting()
    {
        var indicators = new Indicator[] { InterviewIndicators.ProductionSafetyAccidents, InterviewIndicators.ProductionSafetyDeaths };
        var figures = new[] { "下降72.96%", "下降69.11%" };
        Assert.All(Check(Make(ClaimKind.RelativeChange, indicators, figures, ClaimBase.AgainstPlanSameSpan(Thirteenth))), v => Assert.Equal(ClaimVerdictKind.Holds, v.Kind));
        Assert.All(Check(Make(ClaimKind.RelativeChange, indicators, figures, ClaimBase.AgainstPlan(Thirteenth))), v =>
        {
            Assert.Equal(ClaimVerdictKind.Ambiguous, v.Kind);
            Assert.Equal(new[] { ClaimReadingKind.SameSpan }, v.Readings.Where(r => r.Fits).Select(r => r.Kind));
        });
    }

    [Fact]
    public void Enforcement_RiseAgainstThe13thPlan_AmbiguousWithOneReadingFitting()
    {
        var verdicts = Check(Make(ClaimKind.RelativeChange, new Indicator[] { InterviewIndicators.EnforcementClosureRate, InterviewIndicators.EnforcementFulfilmentRate }, new[] { "提升11.53%", "提升6.47%" }, ClaimBase.AgainstPlan(Thirteenth)));
        Assert.All(verdicts, v =>
        {
            Assert.Equal(ClaimVerdictKind.Ambiguous, v.Kind);
            var fitting = Assert.Single(v.Readings, r => r.Fits);
            Assert.Equal((ClaimReadingKind.SameSpan, ClaimReadingKind.PercentagePoints), (fitting.Kind, fitting.Measure));
            Assert.Contains("按百分点成立，按百分比不成立", v.ToString("zh", null), System.StringComparison.Ordinal);
            Assert.Contains("percentage points, not percent", v.ToString("en", null), System.StringComparison.Ordinal);
        });
    }

    [Fact]
    public void TheRest_Hold()
    {
        var claims = new[]
        {
            Make(ClaimKind.RelativeChange, new Indicator[] { InterviewIndicators.CriminalCases, InterviewIndicators.Homicides, InterviewIndicators.Thefts, InterviewIndicators.RobberiesAndSnatchings }, new[] { "下降31.3%", "下降17.5%", "下降9.2%", "下降82.2%" }, ClaimBase.AgainstPlanSameSpan(Thirteenth)),
            Make(ClaimKind.RelativeChange, new Indicator[] { InterviewIndicators.RoadTrafficDeaths }, new[] { "下降30.4%" }, ClaimBase.AgainstPlanSameSpan(Thirteenth)),
            Make(ClaimKind.Streak, new Indicator[] { InterviewIndicators.TelecomFraudCases, InterviewIndicators.TelecomFraudLosses }, new[] { "58个月" }, ClaimBase.None),
            Make(ClaimKind.Level, new Indicator[] { InterviewIndicators.EnterpriseRequestSatisfactionRate }, new[] { "97.18%" }, ClaimBase.None),
            Make(ClaimKind.Level, new Indicator[] { InterviewIndicators.OnlineServiceRate }, new[] { "100%" }, ClaimBase.None),
            Make(ClaimKind.Level, new Indicator[] { InterviewIndicators.LegalServiceSatisfactionRate }, new[] { "99.1%" }, ClaimBase.None),
            Make(ClaimKind.Level, new Indicator[] { InterviewIndicators.CrossRegionDisputeResolutionRate }, new[] { "98.5%" }, ClaimBase.None),
            Make(ClaimKind.ThresholdHeld, new Indicator[] { InterviewIndicators.LocalDisputeResolutionRate }, new[] { "97%以上" }, ClaimBase.None),
            Make(ClaimKind.RelativeChange, new Indicator[] { InterviewIndicators.EnterpriseInspections }, new[] { "下降54.3%" }, ClaimBase.YearOnYear),
            Make(ClaimKind.RelativeChange, new Indicator[] { InterviewIndicators.BorderIncidents }, new[] { "下降23.6%" }, ClaimBase.RecentYears(5)),
            Make(ClaimKind.Count, new Indicator[] { InterviewIndicators.SocialOrganisations }, new[] { "4282个" }, ClaimBase.None),
            Make(ClaimKind.Count, new Indicator[] { InterviewIndicators.LegalServiceStations }, new[] { "1725个" }, ClaimBase.None),
            Make(ClaimKind.Count, new Indicator[] { InterviewIndicators.MajorProductionSafetyAccidents }, new[] { "0" }, ClaimBase.None),
            Make(ClaimKind.CumulativeTotal, new Indicator[] { InterviewIndicators.LegalServices }, new[] { "19万余次" }, ClaimBase.None),
            Make(ClaimKind.AbsoluteChange, new Indicator[] { InterviewIndicators.InterProvincialWorkerInflow }, new[] { "增加1360余人" }, ClaimBase.Unstated),
        };
        var failures = claims.SelectMany(Check).Where(v => v.Kind != ClaimVerdictKind.Holds).Select(v => v.ToString()).ToList();
        Assert.Empty(failures);
    }
}
