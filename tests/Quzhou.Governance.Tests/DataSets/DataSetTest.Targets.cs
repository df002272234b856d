using System;
using System.Collections.Generic;
using NodaTime;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Periods;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.DataSets;

/// <summary>A data set holds plan targets beside its records, one for each plan, indicator and region.</summary>
public partial class DataSetTest
{
    private static readonly FiveYearPlan Fourteenth = FiveYearPlan.FromOrdinal(14);

    private static PlanTarget AccidentCeiling => PlanTarget.AtMost(Fourteenth, InterviewIndicators.ProductionSafetyAccidents, 480, 300, TargetCommitment.Binding);

    private static PlanTarget StationFloor => PlanTarget.AtLeast(Fourteenth, InterviewIndicators.LegalServiceStations, 1200, 1800, TargetCommitment.Expected);

    [Fact]
    public void TryGetTarget_TargetOfARegion_GivesIt()
    {
        var data = DataSet.CreateBuilder()
            .Add(DataRecord.ForValue(Fraud, Quzhou, Oct, 43))
            .AddTarget(new DataSetTarget(Quzhou, StationFloor))
            .AddTarget(new DataSetTarget(Quzhou, AccidentCeiling))
            .Build();

        Assert.True(data.TryGetTarget(Fourteenth, InterviewIndicators.ProductionSafetyAccidents, Quzhou, out var target));
        Assert.Equal(AccidentCeiling, target);
        Assert.False(data.TryGetTarget(Fourteenth, InterviewIndicators.ProductionSafetyAccidents, RegionCode.Huangshan, out var none));
        Assert.Null(none);
        Assert.False(data.TryGetTarget(FiveYearPlan.FromOrdinal(15), InterviewIndicators.ProductionSafetyAccidents, Quzhou, out _));

        // By plan, then indicator code: legal-services.stations before production-safety.accidents.
        Assert.Equal(new[] { new DataSetTarget(Quzhou, StationFloor), new DataSetTarget(Quzhou, AccidentCeiling) }, data.Targets);
    }

    [Fact]
    public void AddTarget_SecondTargetOfThePlanIndicatorAndRegion_IsRefused()
    {
        var builder = DataSet.CreateBuilder().AddTarget(new DataSetTarget(Quzhou, AccidentCeiling));
        var other = PlanTarget.AtMost(Fourteenth, InterviewIndicators.ProductionSafetyAccidents, 480, 250, TargetCommitment.Binding);
        Assert.False(builder.TryAddTarget(new DataSetTarget(Quzhou, other), out var refusal));
        Assert.Contains("14th Five-Year Plan already has a target for production-safety.accidents 330800", refusal, StringComparison.Ordinal);
        var e = Assert.Throws<ArgumentException>(() => builder.AddTarget(new DataSetTarget(Quzhou, other)));
        Assert.Equal("target", e.ParamName);

        // Another region, or another plan, is another target.
        Assert.True(builder.TryAddTarget(new DataSetTarget(RegionCode.Huangshan, other), out _));
        Assert.True(builder.TryAddTarget(new DataSetTarget(Quzhou, PlanTarget.AtMost(FiveYearPlan.FromOrdinal(15), InterviewIndicators.ProductionSafetyAccidents, 300, 250, TargetCommitment.Binding)), out _));
        Assert.Equal(3, builder.TargetCount);
    }

    [Fact]
    public void AddTarget_IndicatorOutsideTheCatalog_JoinsTheCatalog()
    {
        var team = new CountIndicator("team.mediators", "人民调解员数", "people's mediators", "人", Polarity.HigherIsBetter, MeasureKind.Stock);
        var data = DataSet.CreateBuilder(IndicatorCatalog.Empty)
            .AddTarget(new DataSetTarget(Quzhou, PlanTarget.AtLeast(Fourteenth, team, 100, 150, TargetCommitment.Expected)))
            .Build();
        Assert.Same(team, data.Catalog.Get("team.mediators"));

        var clash = new CountIndicator("telecom-fraud.cases", "别的", "other", "起", Polarity.LowerIsBetter, MeasureKind.Stock);
        Assert.False(DataSet.CreateBuilder().TryAddTarget(new DataSetTarget(Quzhou, PlanTarget.AtLeast(Fourteenth, clash, 1, 2, TargetCommitment.Expected)), out var refusal));
        Assert.Contains("another indicator with the code telecom-fraud.cases", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Equals_TargetsDiffer_AreNotEqual()
    {
        var records = DataSet.CreateBuilder().Add(DataRecord.ForValue(Fraud, Quzhou, Oct, 43)).Build();
        var withTarget = records.WithTargets([new DataSetTarget(Quzhou, AccidentCeiling)]);
        Assert.NotEqual(records, withTarget);
        Assert.Equal(withTarget, DataSet.CreateBuilder().Add(DataRecord.ForValue(Fraud, Quzhou, Oct, 43)).AddTarget(new DataSetTarget(Quzhou, AccidentCeiling)).Build());
        Assert.Equal(records, withTarget.WithTargets([]));
        Assert.Empty(records.Targets);
    }

    [Fact]
    public void WithTargets_TwoOfOneKey_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => DataSet.Empty.WithTargets([new DataSetTarget(Quzhou, AccidentCeiling), new DataSetTarget(Quzhou, AccidentCeiling)]));
        Assert.Equal("newTargets", e.ParamName);
        Assert.Contains("already has a target", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AsOf_DataWithTargets_KeepsTheTargets()
    {
        var data = DataSet.CreateBuilder()
            .Add(DataRecord.ForValue(Fraud, Quzhou, Oct, 43, ObservationStatus.Provisional, First))
            .Add(DataRecord.ForValue(Fraud, Quzhou, Oct, 44, ObservationStatus.Revised, Revised))
            .AddTarget(new DataSetTarget(Quzhou, AccidentCeiling))
            .Build();
        var earlier = data.AsOf(new LocalDate(2025, 12, 1));
        Assert.Equal(43, earlier.GetSeries(Fraud, Quzhou)[Oct].Value);
        Assert.Equal(data.Targets, earlier.Targets);
    }
}
