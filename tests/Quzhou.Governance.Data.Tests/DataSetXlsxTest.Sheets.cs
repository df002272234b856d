using System;
using System.IO;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Data.Tests;

/// <content>Workbooks of several sheets: one chosen by name, or all read into one data set.</content>
public partial class DataSetXlsxTest
{
    private static byte[] ThreeSheets() => Workbooks.BuildSheets(
        ("2024", new[] { new object?[] { "indicator", "region", "2024-10" }, new object?[] { "电诈", "330800", 48 } }),
        ("空", Array.Empty<object?[]>()),
        ("2025", new[] { new object?[] { "indicator", "region", "period", "value" }, new object?[] { "电诈", "330800", "2025-10", 45 } }));

    [Fact]
    public void Read_SheetByName_ReadsThatSheet()
    {
        var data = DataSetXlsx.Read(new MemoryStream(ThreeSheets()), "years.xlsx", IndicatorCatalog.Interview, "2025");
        var fraud = data.GetSeries(InterviewIndicators.TelecomFraudCases, Quzhou);
        Assert.Equal(Oct, fraud.Start);
        Assert.Equal(45, fraud[Oct].Value);
        Assert.Equal(48, DataSetXlsx.Read(new MemoryStream(ThreeSheets()), "years.xlsx", IndicatorCatalog.Interview).GetSeries(InterviewIndicators.TelecomFraudCases, Quzhou)[SeriesPeriod.Month(2024, 10)].Value);
    }

    [Fact]
    public void Read_UnknownSheetName_ListsTheSheets()
    {
        var e = Assert.Throws<DataFileException>(() => DataSetXlsx.Read(new MemoryStream(ThreeSheets()), "years.xlsx", IndicatorCatalog.Interview, "2026"));
        Assert.Equal("years.xlsx", e.Error.FileName);
        Assert.Contains("a sheet named 2026 (the workbook has 2024, 空, 2025)", e.Error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptySheetByName_IsRefused()
    {
        var e = Assert.Throws<DataFileException>(() => DataSetXlsx.Read(new MemoryStream(ThreeSheets()), "years.xlsx", IndicatorCatalog.Interview, "空"));
        Assert.Equal("空", e.Error.Sheet);
    }

    [Fact]
    public void ReadAllSheets_SheetPerYear_IsOneDataSet()
    {
        var data = DataSetXlsx.ReadAllSheets(new MemoryStream(ThreeSheets()), "years.xlsx", IndicatorCatalog.Interview);
        var fraud = data.GetSeries(InterviewIndicators.TelecomFraudCases, Quzhou);
        Assert.Equal(48, fraud[SeriesPeriod.Month(2024, 10)].Value);
        Assert.Equal(45, fraud[Oct].Value);
        Assert.Equal(2, data.RecordCount);
    }

    [Fact]
    public void ReadAllSheets_FigureOnTwoSheets_NamesTheSecondSheetsCell()
    {
        var bytes = Workbooks.BuildSheets(
            ("a", new[] { new object?[] { "indicator", "region", "2025-10" }, new object?[] { "电诈", "330800", 45 } }),
            ("b", new[] { new object?[] { "indicator", "region", "2025-10" }, new object?[] { "电诈", "330800", 46 } }));
        var e = Assert.Throws<DataFileException>(() => DataSetXlsx.ReadAllSheets(new MemoryStream(bytes), "dup.xlsx", IndicatorCatalog.Interview));
        Assert.Equal("b", e.Error.Sheet);
        Assert.Equal(2, e.Error.Line);
        Assert.Equal(3, e.Error.Column);
    }

    [Fact]
    public void LoadAllSheets_File_ReadsEverySheet()
    {
        using var file = new TempFile(ThreeSheets(), ".xlsx");
        Assert.Equal(2, DataSetXlsx.LoadAllSheets(file.Path, IndicatorCatalog.Interview).RecordCount);
        Assert.Equal(1, DataSetXlsx.Load(file.Path, IndicatorCatalog.Interview, "2024").RecordCount);
    }
}
