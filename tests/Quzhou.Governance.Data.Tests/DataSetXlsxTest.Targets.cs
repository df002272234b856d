using System.IO;
using System.Linq;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Periods;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Data.Tests;

/// <content>Plan targets in a workbook: a sheet named <c>targets</c> beside the data, written when there are targets and read back.</content>
public partial class DataSetXlsxTest
{
    private static readonly DataSetTarget[] SomeTargets =
    [
        new(RegionCode.Quzhou, PlanTarget.AtLeast(FiveYearPlan.FromOrdinal(14), InterviewIndicators.LegalServiceStations, 1123, 1800, TargetCommitment.Expected)),
        new(RegionCode.Quzhou, PlanTarget.Cumulative(FiveYearPlan.FromOrdinal(14), InterviewIndicators.LegalServices, 200_000, TargetCommitment.Binding)),
        new(RegionCode.Quzhou, PlanTarget.AtLeast(FiveYearPlan.FromOrdinal(14), InterviewIndicators.EnforcementClosureRate, new Percentage(71.9m), new Percentage(85m), TargetCommitment.Binding)),
        new(RegionCode.Quzhou, PlanTarget.AverageAnnualGrowth(FiveYearPlan.FromOrdinal(14), InterviewIndicators.TelecomFraudLosses, 123_456, -0.05m, TargetCommitment.Expected)),
    ];

    private static DataSet Stations()
    {
        var builder = DataSet.CreateBuilder(IndicatorCatalog.Interview);
        builder.AddSeries(Quzhou, IndicatorSeries.FromValues(InterviewIndicators.LegalServiceStations, SeriesPeriod.Month(2025, 9), [1723L, 1725]));
        return builder.Build();
    }

    [Fact]
    public void Save_DataSetWithTargets_LoadsBackWithTheTargets()
    {
        var data = Stations().WithTargets(SomeTargets);
        using var file = new TempFile(".xlsx");
        DataSetXlsx.Save(data, file.Path);
        var loaded = DataSetXlsx.Load(file.Path, IndicatorCatalog.Interview);
        Assert.Equal(data, loaded);
        Assert.Equal(data.Targets, loaded.Targets);
        Assert.Equal(data.Targets, DataSetXlsx.LoadAllSheets(file.Path, IndicatorCatalog.Interview).Targets);
        Assert.Equal(2, DataSetXlsx.Load(file.Path, IndicatorCatalog.Interview, "data").RecordCount);
    }

    [Fact]
    public void Save_DataSetWithoutTargets_WritesNoTargetsSheet()
    {
        var stream = new MemoryStream();
        DataSetXlsx.Write(Stations(), stream, DataSetLayout.Long);
        var e = Assert.Throws<DataFileException>(() => DataSetXlsx.Read(new MemoryStream(stream.ToArray()), "stations.xlsx", IndicatorCatalog.Interview, "targets"));
        Assert.Contains("(the workbook has data)", e.Error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TargetsSheetWithChineseHeadersAndNumberCells_GivesTheTargets()
    {
        var workbook = Workbooks.BuildSheets(
            ("data", new[] { new object?[] { "indicator", "region", "period", "value" }, new object?[] { "公共法律服务站点数", "330800", "2025-10", 1725 } }),
            ("targets", new[]
            {
                new object?[] { "规划", "指标", "地区", "类型", "属性", "基期值", "目标值" },
                new object?[] { "十四五", "公共法律服务站点数", "衢州市", "不低于", "预期性", 1123, 1800 },
            }));
        var data = DataSetXlsx.Read(new MemoryStream(workbook), "plan.xlsx", IndicatorCatalog.Interview);
        Assert.Equal(SomeTargets[0], Assert.Single(data.Targets));
    }

    [Fact]
    public void Read_BadTargetCell_NamesTheSheetRowAndColumn()
    {
        var workbook = Workbooks.BuildSheets(
            ("data", new[] { new object?[] { "indicator", "region", "period", "value" }, new object?[] { "公共法律服务站点数", "330800", "2025-10", 1725 } }),
            ("targets", new[]
            {
                new object?[] { "plan", "indicator", "region", "kind", "commitment", "base", "target" },
                new object?[] { "十四五", "legal-services.stations", "330800", "more-than", "expected", 1123, 1800 },
            }));
        var e = Assert.Throws<DataFileException>(() => DataSetXlsx.Read(new MemoryStream(workbook), "plan.xlsx", IndicatorCatalog.Interview));
        Assert.Equal("targets", e.Error.Sheet);
        Assert.Equal(2, e.Error.Line);
        Assert.Equal(4, e.Error.Column);
        Assert.Equal("more-than", e.Error.Found);
    }

    [Fact]
    public void Read_TargetsSheetWithPercentCells_ReadsThemAsTheyShow()
    {
        // A rate's base and target and an annual growth typed as percentages: Excel stores 0.719, 0.85 and 0.05, and the
        // sheet shows 71.9%, 85% and 5%; read as stored they would be 0.719%, 0.85% and 0.05%.
        var workbook = Workbooks.BuildSheets(
            ("data", new[] { new object?[] { "indicator", "region", "period", "value" }, new object?[] { "公共法律服务站点数", "330800", "2025-10", 1725 } }),
            ("targets", new[]
            {
                new object?[] { "plan", "indicator", "region", "kind", "commitment", "base", "target", "annual_growth" },
                new object?[] { "十四五", "courts.enforcement-closure-rate", "330800", "at-least", "binding", XCell.Number("0.719", "0.0%"), XCell.Number("0.85", "0%"), null },
                new object?[] { "十四五", "legal-services.stations", "330800", "annual-growth", "expected", 1123, null, XCell.Number("0.05", "0%") },
            }));
        var targets = DataSetXlsx.Read(new MemoryStream(workbook), "plan.xlsx", IndicatorCatalog.Interview).Targets;
        Assert.Equal(2, targets.Count);
        Assert.Equal(SomeTargets[2], targets[0]);
        Assert.Equal(PlanTarget.AverageAnnualGrowth(FiveYearPlan.FromOrdinal(14), InterviewIndicators.LegalServiceStations, 1123, 0.05m, TargetCommitment.Expected), targets[1].Target);
    }

    [Fact]
    public void Read_PercentCellStoringMoreThanItShows_IsRefusedNamingTheCell()
    {
        var workbook = Workbooks.BuildSheets(
            ("data", new[] { new object?[] { "indicator", "region", "period", "value" }, new object?[] { "公共法律服务站点数", "330800", "2025-10", 1725 } }),
            ("targets", new[]
            {
                new object?[] { "plan", "indicator", "region", "kind", "commitment", "base", "target" },
                new object?[] { "十四五", "courts.enforcement-closure-rate", "330800", "at-least", "binding", XCell.Number("0.7195", "0.0%"), XCell.Number("0.85", "0%") },
            }));
        var e = Assert.Throws<DataFileException>(() => DataSetXlsx.Read(new MemoryStream(workbook), "plan.xlsx", IndicatorCatalog.Interview));
        Assert.Equal("targets", e.Error.Sheet);
        Assert.Equal(2, e.Error.Line);
        Assert.Equal(6, e.Error.Column);
        Assert.Equal("71.95%", e.Error.Found);
    }
}
