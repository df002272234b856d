using System;
using System.IO;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Periods;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Data.Tests;

/// <summary>A targets file: one row per plan target, notes before the header, every bad cell named by line and column.</summary>
public class PlanTargetsCsvTest
{
    private static readonly FiveYearPlan Fourteenth = FiveYearPlan.FromOrdinal(14);

    private const string Header = "plan,indicator,region,kind,commitment,base,target,annual_growth\r\n";

    private static DataFileError Error(string text)
    {
        var e = Assert.Throws<DataFileException>(() => PlanTargetsCsv.Read(new StringReader(text), "targets.csv", IndicatorCatalog.Interview));
        return e.Error;
    }

    [Fact]
    public void Read_EveryKind_GivesTheTargets()
    {
        var text = "# Illustrative targets, not the plan's.\r\n# Second note, with a comma, here.\r\n" + Header
            + "十四五,production-safety.accidents,330800,at-most,binding,480,300,\r\n"
            + "“十四五”,公共法律服务站点数,衢州市,不低于,预期性,1200,1800,\r\n"
            + "14,legal-services.services,330800,cumulative,expected,,150000,\r\n"
            + "14th Five-Year Plan,courts.enforcement-closure-rate,330800,at-least,binding,71.9,85%,\r\n"
            + "14,telecom-fraud.losses,330800,annual-growth,expected,1234.56,,-5%\r\n";
        var targets = PlanTargetsCsv.Read(new StringReader(text), "targets.csv", IndicatorCatalog.Interview);

        Assert.Equal(5, targets.Count);
        Assert.Equal(new DataSetTarget(RegionCode.Quzhou, PlanTarget.AtMost(Fourteenth, InterviewIndicators.ProductionSafetyAccidents, 480, 300, TargetCommitment.Binding)), targets[0]);
        Assert.Equal(PlanTarget.AtLeast(Fourteenth, InterviewIndicators.LegalServiceStations, 1200, 1800, TargetCommitment.Expected), targets[1].Target);
        Assert.Equal(PlanTargetKind.Cumulative, targets[2].Target.Kind);
        Assert.Equal(PlanTarget.AtLeast(Fourteenth, InterviewIndicators.EnforcementClosureRate, new Percentage(71.9m), new Percentage(85m), TargetCommitment.Binding), targets[3].Target);
        Assert.Equal(PlanTarget.AverageAnnualGrowth(Fourteenth, InterviewIndicators.TelecomFraudLosses, 123_456, -0.05m, TargetCommitment.Expected), targets[4].Target);
    }

    [Fact]
    public void Write_Targets_WritesTheDocumentedLayout()
    {
        var writer = new StringWriter();
        PlanTargetsCsv.Write(
            [
                new DataSetTarget(RegionCode.Quzhou, PlanTarget.AtMost(Fourteenth, InterviewIndicators.ProductionSafetyAccidents, 480, 300, TargetCommitment.Binding)),
                new DataSetTarget(RegionCode.Quzhou, PlanTarget.AverageAnnualGrowth(Fourteenth, InterviewIndicators.TelecomFraudLosses, 123_456, 0.055m, TargetCommitment.Expected)),
            ],
            writer);
        Assert.Equal(
            Header + "十四五,production-safety.accidents,330800,at-most,binding,480,300,\r\n十四五,telecom-fraud.losses,330800,annual-growth,expected,1234.56,,5.500%\r\n",
            writer.ToString());
    }

    [Fact]
    public void Read_UnknownKind_NamesLineAndColumn()
    {
        var error = Error(Header + "十四五,production-safety.accidents,330800,at-least,binding,480,500,\r\n十四五,production-safety.deaths,330800,fewer,binding,480,300,\r\n");
        Assert.Equal(3, error.Line);
        Assert.Equal(4, error.Column);
        Assert.Equal("kind", error.ColumnName);
        Assert.Equal("fewer", error.Found);
        Assert.Contains("at-least (不低于)", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CeilingAboveItsBase_IsRefusedAtTheTarget()
    {
        var error = Error(Header + "十四五,production-safety.accidents,330800,at-most,binding,300,480,\r\n");
        Assert.Equal(2, error.Line);
        Assert.Equal("target", error.ColumnName);
        Assert.Contains("ceiling 480 is above the base 300", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CumulativeTargetOfAStock_IsRefusedAtTheKind()
    {
        var error = Error(Header + "十四五,legal-services.stations,330800,cumulative,expected,,1800,\r\n");
        Assert.Equal("kind", error.ColumnName);
        Assert.Contains("needs a flow", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_GrowthWithATargetValue_IsRefused()
    {
        var error = Error(Header + "十四五,telecom-fraud.losses,330800,annual-growth,expected,1000,2000,5%\r\n");
        Assert.Equal("target", error.ColumnName);
        Assert.Contains("follows from its base and rate", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SecondTargetOfOneKey_NamesTheFirstLine()
    {
        var error = Error(Header + "十四五,production-safety.accidents,330800,at-most,binding,480,300,\r\n# not a note after the header\r\n");
        Assert.Equal(3, error.Line);
        Assert.Equal("8 cells, as the header has", error.Expected);

        error = Error(Header + "十四五,production-safety.accidents,330800,at-most,binding,480,300,\r\n14,生产安全事故发生起数,330800,at-most,binding,480,250,\r\n");
        Assert.Equal(3, error.Line);
        Assert.Contains("line 2 already sets the 14th Five-Year Plan's for production-safety.accidents 330800", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownColumn_NamesIt()
    {
        var error = Error("plan,indicator,region,kind,commitment,base,target,deadline\r\n");
        Assert.Equal(1, error.Line);
        Assert.Equal(8, error.Column);
        Assert.Contains("a column of a targets file", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DataSetWithTargets_AttachesThem()
    {
        var targets = PlanTargetsCsv.Read(new StringReader(Header + "十四五,production-safety.accidents,330800,at-most,binding,480,300,\r\n"), "targets.csv", IndicatorCatalog.Interview);
        var data = DataSet.Empty.WithTargets(targets);
        Assert.True(data.TryGetTarget(Fourteenth, InterviewIndicators.ProductionSafetyAccidents, RegionCode.Quzhou, out var target));
        Assert.Equal(300m, target.TargetValue);
    }
}
