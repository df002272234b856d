using System;
using System.IO;
using System.Text;
using NodaTime;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Data.Tests;

/// <summary>CSV in the long and the wide layout: the examples load, save back equal, and every bad row names its place.</summary>
public partial class DataSetCsvTest
{
    private const string LongHeader = "indicator,region,period,value,numerator,denominator,decimals,status,published\r\n";
    private static readonly RegionCode Quzhou = RegionCode.Quzhou;
    private static readonly SeriesPeriod Oct = SeriesPeriod.Month(2025, 10);

    private static string Example(string name) => Path.Combine(AppContext.BaseDirectory, "examples", name);

    [Fact]
    public void Load_LongExample_KeepsVintagesDecimalsAmountsGapsAndBreaks()
    {
        var data = DataSetCsv.Load(Example("quzhou-long.csv"));
        var fraud = data.GetSeries(InterviewIndicators.TelecomFraudCases, Quzhou);
        Assert.Equal(45, fraud[Oct].Value);
        Assert.Equal(43, data.AsOf(new LocalDate(2025, 12, 1)).GetSeries(InterviewIndicators.TelecomFraudCases, Quzhou)[Oct].Value);
        Assert.Equal(123_456_750, data.GetSeries(InterviewIndicators.TelecomFraudLosses, Quzhou)[Oct].Value);
        var closure = data.GetRateSeries(InterviewIndicators.EnforcementClosureRate, Quzhou);
        Assert.Equal(2, closure[Oct].PublishedDecimals);
        Assert.Equal(9718, closure[SeriesPeriod.Month(2025, 9)].Numerator);
        var thefts = data.GetSeries(InterviewIndicators.Thefts, Quzhou);
        Assert.True(thefts.IsGap(SeriesPeriod.Month(2025, 8)));
        Assert.Equal(ObservationStatus.BasisBreak, thefts[SeriesPeriod.Month(2025, 9)].Status);
    }

    [Fact]
    public void Load_WideExample_ReadsChineseHeadersAliasesAndFlags()
    {
        var data = DataSetCsv.Load(Example("quzhou-wide.csv"));
        var fraud = data.GetSeries(InterviewIndicators.TelecomFraudCases, Quzhou);
        Assert.Equal(new long[] { 50, 41, 43 }, fraud.Values.ToArray());
        Assert.Equal(ObservationStatus.Provisional, fraud[Oct].Status);
        Assert.True(data.GetSeries(InterviewIndicators.RobberiesAndSnatchings, Quzhou).IsGap(SeriesPeriod.Month(2025, 9)));
        Assert.Equal(97.10m, data.GetRateSeries(InterviewIndicators.EnforcementClosureRate, Quzhou)[Oct].PublishedPercent);
    }

    [Fact]
    public void Load_GB18030Example_ReadsChineseColumnsNamesAndStatuses()
    {
        Assert.Equal(TextFileEncoding.GB18030, TextFiles.Detect(Example("quzhou-gb18030.csv")));
        var data = DataSetCsv.Load(Example("quzhou-gb18030.csv"));
        var fraud = data.GetSeries(InterviewIndicators.TelecomFraudCases, Quzhou);
        Assert.Equal(43, fraud[Oct].Value);
        Assert.Equal(ObservationStatus.Provisional, fraud[Oct].Status);
        Assert.Equal(0, data.GetSeries(InterviewIndicators.Homicides, Quzhou)[Oct].Value);
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
        using var file = new TempFile();
        DataSetCsv.Save(data, file.Path, layout);
        Assert.Equal(TextFileEncoding.Utf8WithBom, TextFiles.Detect(file.Path));
        Assert.Equal(data, DataSetCsv.Load(file.Path));
    }

    [Fact]
    public void Write_Long_PrintsPercentDecimalsAndAmountsInYuan()
    {
        var data = DataSet.CreateBuilder()
            .Add(DataRecord.ForPercent(InterviewIndicators.EnforcementClosureRate, Quzhou, Oct, 97.1m, 2))
            .Add(DataRecord.ForValue(InterviewIndicators.TelecomFraudLosses, Quzhou, Oct, 5, ObservationStatus.Final, new LocalDate(2025, 11, 15)))
            .Build();
        var text = Write(data, DataSetLayout.Long);
        Assert.Equal(
            LongHeader
            + "courts.enforcement-closure-rate,330800,2025-10,97.10,,,2,final,\r\n"
            + "telecom-fraud.losses,330800,2025-10,0.05,,,,final,2025-11-15\r\n",
            text);
    }

    [Fact]
    public void Load_PercentWithDecimalsColumn_RestoresTheZerosASpreadsheetDropped()
    {
        var data = Read(LongHeader + "courts.enforcement-closure-rate,330800,2025-10,97.1,,,2,,\r\n");
        Assert.Equal(2, data.GetRateSeries(InterviewIndicators.EnforcementClosureRate, Quzhou)[Oct].PublishedDecimals);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+1+2")]
    [InlineData("-3+4")]
    [InlineData("@SUM(A1)")]
    [InlineData("'=already")]
    public void Write_FormulaCell_IsGuardedAndReadsBackEqual(string code)
    {
        var indicator = new CountIndicator(code, "公式", "formula", "起", Polarity.LowerIsBetter, MeasureKind.Flow);
        var data = DataSet.CreateBuilder(IndicatorCatalog.Empty).Add(DataRecord.ForValue(indicator, Quzhou, Oct, 1)).Build();
        var text = Write(data, DataSetLayout.Long);
        var cell = text.Substring(LongHeader.Length).TrimStart('"');
        Assert.StartsWith("'", cell, StringComparison.Ordinal);
        var back = DataSetCsv.Read(new StringReader(text), "formula.csv", IndicatorCatalog.Empty.With(indicator));
        Assert.Equal(data, back);
    }

    [Theory]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@A1", "'@A1")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "'\rcmd")]
    [InlineData("'=x", "''=x")]
    [InlineData("''", "'''")]
    [InlineData("'x", "'x")]
    [InlineData("'", "'")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    public void Guard_EveryFormulaStart_GetsAnApostropheAndUnguardUndoesIt(string cell, string written)
    {
        Assert.Equal(written, CsvWriter.Guard(cell));
        Assert.Equal(cell, CsvWriter.Unguard(CsvWriter.Guard(cell)));
    }

    [Fact]
    public void Write_CarriageReturnCell_IsGuardedThenQuoted()
    {
        var writer = new StringWriter();
        var csv = new CsvWriter(writer);
        csv.Write("\r=cmd");
        csv.Write("a,\"b\"");
        csv.EndRow();
        Assert.Equal("\"'\r=cmd\",\"a,\"\"b\"\"\"\r\n", writer.ToString());
        var reader = new CsvReader(new StringReader(writer.ToString()), "x.csv");
        Assert.True(reader.ReadRow());
        Assert.Equal(new[] { "\r=cmd", "a,\"b\"" }, reader.Cells);
    }

    [Fact]
    public void Write_NegativeAmount_IsGuardedAsText()
    {
        var data = DataSet.CreateBuilder().Add(DataRecord.ForValue(InterviewIndicators.TelecomFraudLosses, Quzhou, Oct, -250)).Build();
        var text = Write(data, DataSetLayout.Long);
        Assert.Contains(",'-2.50,", text, StringComparison.Ordinal);
        Assert.Equal(data, DataSetCsv.Read(new StringReader(text), "x.csv", IndicatorCatalog.Interview));
    }

    [Theory]
    [InlineData("telecom-fraud.cases,330800,2025-10,-3,,,,,", 2, 4, "value", "a whole count")]
    [InlineData("telecom-fraud.cases,330800,2025-10,4.5,,,,,", 2, 4, "value", "a whole count")]
    [InlineData("扒窃,330800,2025-10,3,,,,,", 2, 1, "indicator", "an indicator code, name or alias")]
    [InlineData("telecom-fraud.cases,990000,2025-10,3,,,,,", 2, 2, "region", "a six-digit region code with a province 11–82")]
    [InlineData("telecom-fraud.cases,无此地,2025-10,3,,,,,", 2, 2, "region", "a six-digit region code")]
    [InlineData("telecom-fraud.cases,330800,2025.1,3,,,,,", 2, 3, "period", "a period")]
    [InlineData("telecom-fraud.cases,330800,2025-10,3,,,,maybe,", 2, 8, "status", "a status")]
    [InlineData("telecom-fraud.cases,330800,2025-10,3,,,,,2025-13-01", 2, 9, "published", "a publication date")]
    [InlineData("telecom-fraud.cases,330800,2025-10,3,1,,,,", 2, 5, "numerator", "an empty cell")]
    [InlineData("telecom-fraud.cases,330800,2025-10,3,,,2,,", 2, 7, "decimals", "an empty decimals cell")]
    [InlineData("telecom-fraud.losses,330800,2025-10,1.234,,,,,", 2, 4, "value", "an amount in 元 with at most two decimals")]
    [InlineData("courts.enforcement-closure-rate,330800,2025-10,101.5,,,,,", 2, 4, "value", "a value the indicator accepts")]
    [InlineData("courts.enforcement-closure-rate,330800,2025-10,,11,10,,,", 2, 5, "numerator", "a value the indicator accepts")]
    [InlineData("courts.enforcement-closure-rate,330800,2025-10,97.18,,,1,,", 2, 7, "decimals", "the decimals printed, 2–10")]
    [InlineData("courts.enforcement-closure-rate,330800,2025-10,abc,,,,,", 2, 4, "value", "a percentage as printed")]
    [InlineData("telecom-fraud.cases,330800,2025-10,3,,,,gap,", 2, 4, "value", "an empty cell in a gap row")]
    public void Load_BadLongRow_NamesFileLineColumnAndExpectation(string row, int line, int column, string columnName, string expected)
    {
        var e = Assert.Throws<DataFileException>(() => Read(LongHeader + row + "\r\n", "bad.csv"));
        Assert.Equal("bad.csv", e.Error.FileName);
        Assert.Equal(line, e.Error.Line);
        Assert.Equal(column, e.Error.Column);
        Assert.Equal(columnName, e.Error.ColumnName);
        Assert.Contains(expected, e.Error.Expected, StringComparison.Ordinal);
        Assert.StartsWith("bad.csv, line " + line + ", column " + column + " (" + columnName + "): expected ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DuplicateRow_IsRefusedAtItsLine()
    {
        var e = Assert.Throws<DataFileException>(() => Read(LongHeader + "telecom-fraud.cases,330800,2025-10,3,,,,,\r\ntelecom-fraud.cases,330800,2025-10,4,,,,,\r\n"));
        Assert.Equal(3, e.Error.Line);
        Assert.Contains("already has a value without a publication date", e.Error.Expected, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a,b\r\n", 1, "a period such as 2025-10")]
    [InlineData("indicator,region,period,colour\r\n", 1, "a column of the long layout")]
    [InlineData("indicator,region,period\r\n", 1, "a value column")]
    [InlineData("indicator,region,period,value\r\ntelecom-fraud.cases,330800,2025-10\r\n", 2, "4 cells, as the header has")]
    [InlineData("indicator,region,period,value\r\ntelecom-fraud.cases,330800,2025-10,\"3\r\n", 2, "a closing quote")]
    [InlineData("indicator,region,period,value\r\ntelecom-fraud.cases,330800,2025-10,3\"\r\n", 2, "a quote only at the start of a cell")]
    [InlineData("indicator,region,period,value\r\ntelecom-fraud.cases,330800,2025-10,\"3\"x\r\n", 2, "a comma or the end of the line")]
    [InlineData("indicator,region,period,value\r\n\r\ntelecom-fraud.cases,330800,2025-10,3\r\n", 2, "an empty line may only end the file")]
    [InlineData("", 1, "a header row")]
    [InlineData("indicator,region,2025-10,month\r\n", 1, "a period such as 2025-10")]
    [InlineData("indicator,region,2025年10月\r\n电诈,330800,43 x\r\n", 2, "a status letter p, r, e or b")]
    [InlineData("indicator,region,published,2025-10\r\n电诈,330800,2025-11-15,:\r\n", 2, "a gap (:) has no publication date")]
    public void Load_BadFile_NamesTheLine(string text, int line, string expected)
    {
        var e = Assert.Throws<DataFileException>(() => Read(text));
        Assert.Equal(line, e.Error.Line);
        Assert.Contains(expected, e.Error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_QuotedCellOverTwoLines_CountsLinesForTheNextError()
    {
        var text = LongHeader + "\"telecom-fraud\r\n.cases\",330800,2025-10,3,,,,,\r\ntelecom-fraud.cases,330800,2025-10,-1,,,,,\r\n";
        var e = Assert.Throws<DataFileException>(() => Read(text));
        Assert.Equal(4, e.Error.Line);
        Assert.Equal("value", e.Error.ColumnName);
    }

    [Fact]
    public void Load_TrailingBlankLinesAndLfEndings_AreAccepted()
    {
        var data = Read("indicator,region,period,value\ntelecom-fraud.cases,330800,2025-10,3\n\n\n");
        Assert.Equal(3, data.GetSeries(InterviewIndicators.TelecomFraudCases, Quzhou)[Oct].Value);
    }

    [Fact]
    public void TryLoad_BadFile_GivesTheError()
    {
        using var file = new TempFile(Encoding.UTF8.GetBytes("indicator,region,period,value\r\n扒窃,330800,2025-10,3\r\n"));
        Assert.False(DataSetCsv.TryLoad(file.Path, IndicatorCatalog.Interview, out var none, out var error));
        Assert.Null(none);
        Assert.Equal(2, error.Line);
        Assert.True(DataSetCsv.TryLoad(Example("quzhou-long.csv"), IndicatorCatalog.Interview, out var data, out _));
        Assert.NotNull(data);
    }

    [Fact]
    public void Write_Wide_OneRowPerPublicationDate()
    {
        var data = DataSetCsv.Load(Example("quzhou-long.csv"));
        var text = Write(data, DataSetLayout.Wide);
        Assert.StartsWith("indicator,region,published,2024-09,2024-10,2025-08,2025-09,2025-10\r\n", text, StringComparison.Ordinal);
        Assert.Contains("telecom-fraud.cases,330800,2025-11-15,,,,,43 p\r\n", text, StringComparison.Ordinal);
        Assert.Contains("telecom-fraud.cases,330800,2026-01-20,,,,,45 r\r\n", text, StringComparison.Ordinal);
        Assert.Contains("public-security.thefts,330800,,,,:,120 b,\r\n", text, StringComparison.Ordinal);
    }

    private static DataSet Read(string text, string name = "test.csv") =>
        DataSetCsv.Read(new StringReader(text), name, IndicatorCatalog.Interview);

    private static string Write(DataSet data, DataSetLayout layout)
    {
        var writer = new StringWriter();
        DataSetCsv.Write(data, writer, layout);
        return writer.ToString();
    }
}
