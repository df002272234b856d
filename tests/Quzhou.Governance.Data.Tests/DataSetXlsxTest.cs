using System;
using System.Globalization;
using System.IO;
using NodaTime;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Data.Tests;

/// <summary>Workbooks in the long and the wide layout: saved ones load back equal, cells as Excel stores them (dates,
/// numbers with formats, shared and inline text, formulas' results) read as they show, and every bad cell names the
/// file, sheet, row and column.</summary>
public partial class DataSetXlsxTest
{
    private static readonly RegionCode Quzhou = RegionCode.Quzhou;
    private static readonly SeriesPeriod Oct = SeriesPeriod.Month(2025, 10);

    private static string Example(string name) => Path.Combine(AppContext.BaseDirectory, "examples", name);

    private static string Serial(int year, int month, int day)
    {
        Assert.True(XlsxCell.TrySerial(new LocalDate(year, month, day), out var serial));
        return serial.ToString(CultureInfo.InvariantCulture);
    }

    [Theory]
    [InlineData("quzhou-long.csv", DataSetLayout.Long)]
    [InlineData("quzhou-long.csv", DataSetLayout.Wide)]
    [InlineData("quzhou-wide.csv", DataSetLayout.Long)]
    [InlineData("quzhou-wide.csv", DataSetLayout.Wide)]
    [InlineData("quzhou-gb18030.csv", DataSetLayout.Long)]
    [InlineData("quzhou-gb18030.csv", DataSetLayout.Wide)]
    public void Save_ThenLoad_GivesAnEqualDataSet(string example, DataSetLayout layout)
    {
        var data = DataSetCsv.Load(Example(example));
        using var file = new TempFile(".xlsx");
        DataSetXlsx.Save(data, file.Path, layout);
        Assert.Equal(data, DataSetXlsx.Load(file.Path));
    }

    [Fact]
    public void Load_WideExample_EqualsTheCsvExample()
    {
        Assert.Equal(DataSetCsv.Load(Example("quzhou-wide.csv")), DataSetXlsx.Load(Example("quzhou-wide.xlsx")));
    }

    [Fact]
    public void Load_WideSheetAsExcelStoresIt_ReadsDatesNumbersFormatsAndText()
    {
        var bytes = Workbooks.Build("数据", new[]
        {
            new object?[] { "指标", "地区", XCell.Date(Serial(2025, 9, 1), "yyyy\"年\"m\"月\""), XCell.Date(Serial(2025, 10, 31), "mmm-yy"), "2025.11", 202512 },
            new object?[] { "电诈", 330800, 41, XCell.Inline("43 p"), XCell.Calculated("C2+4", "45"), ":" },
            new object?[] { "执结率", XCell.Inline("衢州市"), XCell.Number("97.1", "0.00"), XCell.Number("0.9718", "0.00%"), XCell.Number("96.5"), "9718/10000 r" },
        });
        var data = DataSetXlsx.Read(new MemoryStream(bytes), "excel.xlsx", IndicatorCatalog.Interview);
        var fraud = data.GetSeries(InterviewIndicators.TelecomFraudCases, Quzhou);
        Assert.Equal(SeriesPeriod.Month(2025, 9), fraud.Start);
        Assert.Equal(new long[] { 41, 43, 45 }, fraud.Values.ToArray()[..3]);
        Assert.Equal(ObservationStatus.Provisional, fraud[Oct].Status);
        Assert.True(fraud.IsGap(SeriesPeriod.Month(2025, 12)));
        var closure = data.GetRateSeries(InterviewIndicators.EnforcementClosureRate, Quzhou);
        Assert.Equal(97.10m, closure[SeriesPeriod.Month(2025, 9)].PublishedPercent);
        Assert.Equal(2, closure[SeriesPeriod.Month(2025, 9)].PublishedDecimals);
        Assert.Equal(97.18m, closure[Oct].PublishedPercent);
        Assert.Equal(2, closure[Oct].PublishedDecimals);
        Assert.Equal(1, closure[SeriesPeriod.Month(2025, 11)].PublishedDecimals);
        Assert.Equal(9718, closure[SeriesPeriod.Month(2025, 12)].Numerator);
        Assert.Equal(ObservationStatus.Revised, closure[SeriesPeriod.Month(2025, 12)].Status);
    }

    [Fact]
    public void Load_LongSheetAsExcelStoresIt_ReadsDateCellsAndYuan()
    {
        var bytes = Workbooks.Build("Sheet1", new[]
        {
            new object?[] { "indicator", "region", "period", "value", "status", "published" },
            new object?[] { "telecom-fraud.losses", "330800", XCell.Date(Serial(2025, 10, 1), "yyyy-mm"), XCell.Number("1234567.5", "#,##0.00"), "初步", XCell.Date(Serial(2025, 11, 15)) },
            new object?[] { "telecom-fraud.losses", "330800", XCell.Date(Serial(2025, 10, 1), "yyyy-mm"), XCell.Number("-0.05"), "revised", "2026年1月20日" },
        });
        var data = DataSetXlsx.Read(new MemoryStream(bytes), "long.xlsx", IndicatorCatalog.Interview);
        var vintages = data.GetVintages(InterviewIndicators.TelecomFraudLosses, Quzhou, Oct);
        Assert.Equal(123_456_750, vintages[0].Value);
        Assert.Equal(new LocalDate(2025, 11, 15), vintages[0].PublishedOn);
        Assert.Equal(ObservationStatus.Provisional, vintages[0].Status);
        Assert.Equal(-5, vintages[1].Value);
        Assert.Equal(new LocalDate(2026, 1, 20), vintages[1].PublishedOn);
    }

    [Fact]
    public void Load_Date1904Workbook_CountsFrom1904()
    {
        var serial = Period.Between(new LocalDate(1904, 1, 1), new LocalDate(2025, 10, 1), PeriodUnits.Days).Days.ToString(CultureInfo.InvariantCulture);
        var bytes = Workbooks.Build("data", new[]
        {
            new object?[] { "indicator", "region", XCell.Date(serial) },
            new object?[] { "电诈", "330800", 43 },
        }, date1904: true);
        var data = DataSetXlsx.Read(new MemoryStream(bytes), "mac.xlsx", IndicatorCatalog.Interview);
        Assert.Equal(43, data.GetSeries(InterviewIndicators.TelecomFraudCases, Quzhou)[Oct].Value);
    }

    [Fact]
    public void Load_EmptyRowsAndRowGaps_KeepTheSheetsRowNumbers()
    {
        var bytes = Workbooks.Build("data", new[]
        {
            new object?[] { "indicator", "region", "2025-10" },
            new object?[] { null, XCell.Inline(" ") },
            new object?[] { "电诈", "330800", -3 },
        }, new uint[] { 1, 4, 9 });
        var e = Assert.Throws<DataFileException>(() => DataSetXlsx.Read(new MemoryStream(bytes), "gaps.xlsx", IndicatorCatalog.Interview));
        Assert.Equal(9, e.Error.Line);
        Assert.Equal(3, e.Error.Column);
    }

    [Theory]
    [InlineData(0, "2025.1", "a number such as 2025.1 cannot keep a trailing zero")]
    [InlineData(0, "2025.11", "a number such as 2025.1 cannot keep a trailing zero")]
    [InlineData(1, "2025.1", "2025.1 is ambiguous")]
    [InlineData(2, "45945", "a month as a date on its first or last day")]
    public void Load_AmbiguousPeriodHeader_IsRefusedNamingSheetRowAndColumn(int kind, string stored, string expected)
    {
        object header = kind switch
        {
            0 => XCell.Number(stored),
            1 => stored,
            _ => XCell.Date(Serial(2025, 10, 15)),
        };
        var bytes = Workbooks.Build("数据", new[]
        {
            new object?[] { "indicator", "region", header },
            new object?[] { "电诈", "330800", 43 },
        });
        var e = Assert.Throws<DataFileException>(() => DataSetXlsx.Read(new MemoryStream(bytes), "months.xlsx", IndicatorCatalog.Interview));
        Assert.Equal("数据", e.Error.Sheet);
        Assert.Equal(1, e.Error.Line);
        Assert.Equal(3, e.Error.Column);
        Assert.Contains(expected, e.Error.Expected, StringComparison.Ordinal);
        Assert.StartsWith("months.xlsx, sheet 数据, row 1, column 3", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MonthAsText_ReadsWithTwoDigits()
    {
        var bytes = Workbooks.Build("data", new[]
        {
            new object?[] { "indicator", "region", "2025.10", "2025.01" },
            new object?[] { "电诈", "330800", 43, 40 },
        });
        var data = DataSetXlsx.Read(new MemoryStream(bytes), "text.xlsx", IndicatorCatalog.Interview);
        Assert.Equal(43, data.GetSeries(InterviewIndicators.TelecomFraudCases, Quzhou)[Oct].Value);
        Assert.Equal(40, data.GetSeries(InterviewIndicators.TelecomFraudCases, Quzhou)[SeriesPeriod.Month(2025, 1)].Value);
    }

    public static TheoryData<object, string> BadWideCells => new()
    {
        { -3, "a whole count" },
        { XCell.Number("4.5"), "a whole count" },
        { XCell.Boolean(true), "text or a number, not a TRUE/FALSE value" },
        { XCell.Error("#N/A"), "text or a number, not a formula error" },
        { XCell.Calculated("1/0", "#DIV/0!"), "a number Excel can store" },
        { "43 x", "a status letter p, r, e or b" },
    };

    [Theory]
    [MemberData(nameof(BadWideCells))]
    public void Load_BadWideCell_NamesFileSheetRowColumnAndExpectation(object cell, string expected)
    {
        var bytes = Workbooks.Build("数据", new[]
        {
            new object?[] { "indicator", "region", "2025-10" },
            new object?[] { "电诈", "330800", cell },
        });
        var e = Assert.Throws<DataFileException>(() => DataSetXlsx.Read(new MemoryStream(bytes), "bad.xlsx", IndicatorCatalog.Interview));
        Assert.Equal("bad.xlsx", e.Error.FileName);
        Assert.Equal("数据", e.Error.Sheet);
        Assert.Equal(2, e.Error.Line);
        Assert.Equal(3, e.Error.Column);
        Assert.Equal("2025-10", e.Error.ColumnName);
        Assert.Contains(expected, e.Error.Expected, StringComparison.Ordinal);
        Assert.StartsWith("bad.xlsx, sheet 数据, row 2, column 3 (2025-10): expected ", e.Message, StringComparison.Ordinal);
    }

    public static TheoryData<object?[], int, string> BadLongRows => new()
    {
        { new object?[] { "courts.enforcement-closure-rate", "330800", "2025-10", XCell.Number("97.123", "0.00") }, 4, "the cell stores 97.123, which it shows rounded" },
        { new object?[] { "courts.enforcement-closure-rate", "330800", "2025-10", XCell.Number("0.97123", "0.00%") }, 4, "the cell stores 97.123%" },
        { new object?[] { "扒窃", "330800", "2025-10", 3 }, 1, "an indicator code, name or alias" },
        { new object?[] { "telecom-fraud.cases", "990000", "2025-10", 3 }, 2, "a six-digit region code" },
        { new object?[] { "telecom-fraud.cases", "330800", XCell.Number("2025.1"), 3 }, 3, "cannot keep a trailing zero" },
        { new object?[] { "telecom-fraud.cases", "330800", "2025-10", 3, XCell.Number("45976") }, 5, "a publication date: a date cell" },
        { new object?[] { "telecom-fraud.cases", "330800", "2025-10", 3, XCell.Date("45976.5") }, 5, "a date cell (whole days)" },
        { new object?[] { "telecom-fraud.losses", "330800", "2025-10", XCell.Number("1.234") }, 4, "at most two decimals" },
        { new object?[] { "telecom-fraud.cases", "330800", "2025-10", 3, null, "extra" }, 6, "nothing right of the header's last column" },
    };

    [Theory]
    [MemberData(nameof(BadLongRows))]
    public void Load_BadLongRow_NamesFileSheetRowColumnAndExpectation(object?[] row, int column, string expected)
    {
        var bytes = Workbooks.Build("data", new[] { new object?[] { "indicator", "region", "period", "value", "published" }, row });
        var e = Assert.Throws<DataFileException>(() => DataSetXlsx.Read(new MemoryStream(bytes), "bad.xlsx", IndicatorCatalog.Interview));
        Assert.Equal("data", e.Error.Sheet);
        Assert.Equal(2, e.Error.Line);
        Assert.Equal(column, e.Error.Column);
        Assert.Contains(expected, e.Error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RateWithoutValueOrParts_NamesTheRow()
    {
        var bytes = Workbooks.Build("data", new[]
        {
            new object?[] { "indicator", "region", "period", "numerator", "denominator" },
            new object?[] { "courts.enforcement-closure-rate", "330800", "2025-10" },
        });
        var e = Assert.Throws<DataFileException>(() => DataSetXlsx.Read(new MemoryStream(bytes), "rate.xlsx", IndicatorCatalog.Interview));
        Assert.Equal(2, e.Error.Line);
        Assert.Equal(0, e.Error.Column);
        Assert.Contains("a percentage as printed", e.Error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NotAWorkbook_SaysSo()
    {
        using var file = new TempFile(System.Text.Encoding.UTF8.GetBytes("indicator,region\r\n"), ".xlsx");
        var e = Assert.Throws<DataFileException>(() => DataSetXlsx.Load(file.Path));
        Assert.StartsWith("an .xlsx workbook", e.Error.Expected, StringComparison.Ordinal);
        Assert.False(DataSetXlsx.TryLoad(file.Path, IndicatorCatalog.Interview, out _, out var error));
        Assert.Equal(file.Path, error.FileName);
    }

    [Fact]
    public void Write_Wide_StoresFinalValuesAsNumbersWithTheirDecimals()
    {
        var data = DataSet.CreateBuilder()
            .Add(DataRecord.ForPercent(InterviewIndicators.EnforcementClosureRate, Quzhou, Oct, 97.1m, 2))
            .Add(DataRecord.ForValue(InterviewIndicators.TelecomFraudLosses, Quzhou, Oct, 123_456_750))
            .Add(DataRecord.ForValue(InterviewIndicators.TelecomFraudCases, Quzhou, Oct, 43, ObservationStatus.Provisional))
            .Build();
        using var stream = new MemoryStream();
        DataSetXlsx.Write(data, stream, DataSetLayout.Wide);
        stream.Position = 0;
        using var sheet = XlsxSheetReader.Open(stream, "w.xlsx");
        Assert.Equal("data", sheet.SheetName);
        Assert.True(sheet.NextRow());
        Assert.True(sheet.NextRow());
        Assert.Equal(XlsxCellKind.Number, sheet.Cells[2].Kind);
        Assert.Equal(2, sheet.Cells[2].Format.Decimals);
        Assert.True(sheet.NextRow());
        Assert.Equal(XlsxCellKind.Text, sheet.Cells[2].Kind);
        Assert.Equal("43 p", sheet.Cells[2].Text);
        Assert.True(sheet.NextRow());
        Assert.Equal("1234567.50", sheet.Cells[2].Text);
        Assert.Equal(2, sheet.Cells[2].Format.Decimals);
        stream.Position = 0;
        Assert.Equal(data, DataSetXlsx.Read(stream, "w.xlsx", IndicatorCatalog.Interview));
    }

    [Theory]
    [InlineData("General", false, false, null)]
    [InlineData("0.00", false, false, 2)]
    [InlineData("#,##0.0", false, false, 1)]
    [InlineData("0.00%", false, true, 2)]
    [InlineData("[Red]0.000;[Blue]-0.0", false, false, 3)]
    [InlineData("yyyy\"年\"m\"月\"", true, false, null)]
    [InlineData("[$-804]yyyy-mm-dd", true, false, null)]
    [InlineData("0.00E+00", false, false, null)]
    [InlineData("@", false, false, null)]
    public void NumberFormat_Code_SaysDateDecimalsAndPercent(string code, bool isDate, bool isPercent, int? decimals)
    {
        var format = XlsxNumberFormat.FromCode(code);
        Assert.Equal(isDate, format.IsDate);
        Assert.Equal(isPercent, format.IsPercent);
        Assert.Equal(decimals, format.Decimals);
    }
}
