using System;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Data.Tests;

/// <summary>JSON in the long and the wide layout: the examples load equal to the CSV ones, save back equal, and every
/// bad value names its line, column and JSON path.</summary>
public class DataSetJsonTest
{
    private static readonly RegionCode Quzhou = RegionCode.Quzhou;
    private static readonly SeriesPeriod Oct = SeriesPeriod.Month(2025, 10);

    private static string Example(string name) => Path.Combine(AppContext.BaseDirectory, "examples", name);

    [Theory]
    [InlineData("quzhou-long.json", "quzhou-long.csv")]
    [InlineData("quzhou-wide.json", "quzhou-wide.csv")]
    public void Load_Example_EqualsTheCsvExample(string json, string csv)
    {
        Assert.Equal(DataSetCsv.Load(Example(csv)), DataSetJson.Load(Example(json)));
    }

    [Fact]
    public void Load_LongExample_KeepsVintagesDecimalsAmountsGapsAndBreaks()
    {
        var data = DataSetJson.Load(Example("quzhou-long.json"));
        Assert.Equal(45, data.GetSeries(InterviewIndicators.TelecomFraudCases, Quzhou)[Oct].Value);
        Assert.Equal(43, data.AsOf(new LocalDate(2025, 12, 1)).GetSeries(InterviewIndicators.TelecomFraudCases, Quzhou)[Oct].Value);
        Assert.Equal(123_456_750, data.GetSeries(InterviewIndicators.TelecomFraudLosses, Quzhou)[Oct].Value);
        Assert.Equal(2, data.GetRateSeries(InterviewIndicators.EnforcementClosureRate, Quzhou)[Oct].PublishedDecimals);
        var thefts = data.GetSeries(InterviewIndicators.Thefts, Quzhou);
        Assert.True(thefts.IsGap(SeriesPeriod.Month(2025, 8)));
        Assert.Equal(ObservationStatus.BasisBreak, thefts[SeriesPeriod.Month(2025, 9)].Status);
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
        using var file = new TempFile(".json");
        DataSetJson.Save(data, file.Path, layout);
        Assert.Equal(TextFileEncoding.Utf8, TextFiles.Detect(file.Path));
        Assert.Equal(data, DataSetJson.Load(file.Path));
    }

    [Fact]
    public void Write_Long_KeepsTrailingZerosYuanAndChinese()
    {
        var data = DataSet.CreateBuilder()
            .Add(DataRecord.ForPercent(InterviewIndicators.EnforcementClosureRate, Quzhou, Oct, 97.1m, 2))
            .Add(DataRecord.ForValue(InterviewIndicators.TelecomFraudLosses, Quzhou, Oct, -5, ObservationStatus.Provisional, new LocalDate(2025, 11, 15)))
            .Build();
        var text = Write(data, DataSetLayout.Long);
        Assert.Contains("\"value\": 97.10,", text, StringComparison.Ordinal);
        Assert.Contains("\"decimals\": 2,", text, StringComparison.Ordinal);
        Assert.Contains("\"value\": -0.05,", text, StringComparison.Ordinal);
        Assert.Contains("\"published\": \"2025-11-15\"", text, StringComparison.Ordinal);
        Assert.Equal(data, Read(text));
    }

    [Fact]
    public void Write_Wide_WritesFinalValuesAsNumbersAndFlaggedOnesAsText()
    {
        var data = DataSet.CreateBuilder()
            .Add(DataRecord.ForValue(InterviewIndicators.TelecomFraudCases, Quzhou, Oct, 43, ObservationStatus.Provisional))
            .Add(DataRecord.ForValue(InterviewIndicators.TelecomFraudCases, Quzhou, Oct.PlusPeriods(1), 44))
            .Add(DataRecord.ForGap(InterviewIndicators.TelecomFraudCases, Quzhou, Oct.PlusPeriods(-1)))
            .Add(DataRecord.ForParts(InterviewIndicators.EnforcementClosureRate, Quzhou, Oct, 9718, 10000))
            .Build();
        var text = Write(data, DataSetLayout.Wide);
        Assert.Contains("\"2025-10\": \"43 p\"", text, StringComparison.Ordinal);
        Assert.Contains("\"2025-11\": 44", text, StringComparison.Ordinal);
        Assert.Contains("\"2025-09\": \":\"", text, StringComparison.Ordinal);
        Assert.Contains("\"2025-10\": \"9718/10000\"", text, StringComparison.Ordinal);
        Assert.Equal(data, Read(text));
    }

    [Fact]
    public void Read_TopLevelArrays_AreRecordsOrRowsAsTheirKeysSay()
    {
        var records = Read("[{\"indicator\":\"telecom-fraud.cases\",\"region\":330800,\"period\":\"2025-10\",\"value\":43}]");
        var rows = Read("[{\"indicator\":\"telecom-fraud.cases\",\"region\":\"330800\",\"2025-10\":43}]");
        Assert.Equal(records, rows);
        Assert.Equal(43, rows.GetSeries(InterviewIndicators.TelecomFraudCases, Quzhou)[Oct].Value);
    }

    [Fact]
    public void Read_NumbersAsStringsAndNulls_ReadAsInCsv()
    {
        var data = Read("{\"records\":[{\"indicator\":\"courts.enforcement-closure-rate\",\"region\":\"330800\",\"period\":\"2025-10\",\"value\":\"97.10\",\"numerator\":null,\"published\":null}]}");
        var observation = data.GetRateSeries(InterviewIndicators.EnforcementClosureRate, Quzhou)[Oct];
        Assert.Equal(97.10m, observation.PublishedPercent);
        Assert.Equal(2, observation.PublishedDecimals);
    }

    [Fact]
    public void Read_Utf8WithBom_Reads()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.AsSpan().ToArray();
        var json = Encoding.UTF8.GetBytes("{\"rows\":[{\"indicator\":\"电诈\",\"region\":\"衢州市\",\"2025年10月\":43}]}");
        var all = new byte[bytes.Length + json.Length];
        bytes.CopyTo(all, 0);
        json.CopyTo(all, bytes.Length);
        var data = DataSetJson.Read(new MemoryStream(all), "bom.json", IndicatorCatalog.Interview);
        Assert.Equal(43, data.GetSeries(InterviewIndicators.TelecomFraudCases, Quzhou)[Oct].Value);
    }

    [Fact]
    public void Load_Gb18030File_IsDecodedAndGivesNoByteOffset()
    {
        var text = "{\"rows\":[{\"indicator\":\"电诈\",\"region\":\"330800\",\"2025年10月\":-1}]}";
        using var file = new TempFile(TextFiles.GetEncoding(TextFileEncoding.GB18030).GetBytes(text), ".json");
        var e = Assert.Throws<DataFileException>(() => DataSetJson.Load(file.Path));
        Assert.Equal("$.rows[0].2025年10月", e.Error.Path);
        Assert.Equal(-1, e.Error.ByteOffset);
        Assert.Equal(1, e.Error.Line);
        Assert.Equal(text.IndexOf("-1", StringComparison.Ordinal) + 1, e.Error.Column);
    }

    [Fact]
    public void Read_BadUtf8_NamesTheFirstBadByte()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"rows\":[]}  ");
        bytes[11] = 0xFF;
        var e = Assert.Throws<DataFileException>(() => DataSetJson.Read(new MemoryStream(bytes), "bad.json", IndicatorCatalog.Interview));
        Assert.Equal(11, e.Error.ByteOffset);
        Assert.Contains("UTF-8", e.Error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Utf16WithoutBom_IsRefusedByTheDecoder()
    {
        using var file = new TempFile(Encoding.Unicode.GetBytes("{\"rows\":[]}"), ".json");
        Assert.Throws<DataFileException>(() => DataSetJson.Load(file.Path));
        var e = Assert.Throws<DataFileException>(() => DataSetJson.Read(new MemoryStream(Encoding.Unicode.GetBytes("{\"rows\":[]}")), "utf16.json", IndicatorCatalog.Interview));
        Assert.Equal(1, e.Error.ByteOffset);
        Assert.Contains("NUL", e.Error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Utf16WithBom_IsDecoded()
    {
        var text = "{\"rows\":[{\"indicator\":\"电诈\",\"region\":\"330800\",\"2025-10\":43}]}";
        using var file = new TempFile(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray(), ".json");
        Assert.Equal(43, DataSetJson.Load(file.Path).GetSeries(InterviewIndicators.TelecomFraudCases, Quzhou)[Oct].Value);
    }

    private const string Record = "{\"indicator\":\"telecom-fraud.cases\",\"region\":\"330800\",\"period\":\"2025-10\",\"value\":3}";

    [Theory]
    [InlineData("{\"records\":[{\"indicator\":\"telecom-fraud.cases\",\"region\":\"330800\",\"period\":\"2025-10\",\"value\":-3}]}", "$.records[0].value", "a whole count")]
    [InlineData("{\"records\":[{\"indicator\":\"telecom-fraud.cases\",\"region\":\"330800\",\"period\":\"2025-10\",\"value\":4.5}]}", "$.records[0].value", "a whole count")]
    [InlineData("{\"records\":[{\"indicator\":\"telecom-fraud.cases\",\"region\":\"330800\",\"period\":\"2025-10\",\"value\":3e2}]}", "$.records[0].value", "a whole count")]
    [InlineData("{\"records\":[{\"indicator\":\"扒窃\",\"region\":\"330800\",\"period\":\"2025-10\",\"value\":3}]}", "$.records[0].indicator", "an indicator code, name or alias")]
    [InlineData("{\"records\":[{\"indicator\":\"telecom-fraud.cases\",\"region\":\"990000\",\"period\":\"2025-10\",\"value\":3}]}", "$.records[0].region", "a six-digit region code with a province 11–82")]
    [InlineData("{\"records\":[{\"indicator\":\"telecom-fraud.cases\",\"region\":\"330800\",\"period\":\"2025.1\",\"value\":3}]}", "$.records[0].period", "a period")]
    [InlineData("{\"records\":[{\"indicator\":\"telecom-fraud.cases\",\"region\":\"330800\",\"period\":\"2025-10\",\"value\":3,\"status\":\"maybe\"}]}", "$.records[0].status", "a status")]
    [InlineData("{\"records\":[{\"indicator\":\"telecom-fraud.cases\",\"region\":\"330800\",\"period\":\"2025-10\",\"value\":3,\"published\":\"2025-13-01\"}]}", "$.records[0].published", "a publication date")]
    [InlineData("{\"records\":[{\"indicator\":\"telecom-fraud.cases\",\"region\":\"330800\",\"period\":\"2025-10\",\"value\":3,\"colour\":1}]}", "$.records[0].colour", "a field of the long layout")]
    [InlineData("{\"records\":[{\"indicator\":\"telecom-fraud.cases\",\"region\":\"330800\",\"period\":\"2025-10\",\"value\":3,\"数值\":4}]}", "$.records[0].数值", "each field once")]
    [InlineData("{\"records\":[{\"indicator\":\"telecom-fraud.cases\",\"region\":\"330800\",\"period\":\"2025-10\",\"value\":true}]}", "$.records[0].value", "a string or a number")]
    [InlineData("{\"records\":[{\"indicator\":\"telecom-fraud.cases\",\"region\":\"330800\",\"period\":\"2025-10\"}]}", "$.records[0]", "the record has no value")]
    [InlineData("{\"records\":[{\"indicator\":\"telecom-fraud.losses\",\"region\":\"330800\",\"period\":\"2025-10\",\"value\":1.234}]}", "$.records[0].value", "an amount in 元 with at most two decimals")]
    [InlineData("{\"records\":[{\"indicator\":\"courts.enforcement-closure-rate\",\"region\":\"330800\",\"period\":\"2025-10\",\"value\":101.5}]}", "$.records[0].value", "a value the indicator accepts")]
    [InlineData("{\"records\":[{\"indicator\":\"courts.enforcement-closure-rate\",\"region\":\"330800\",\"period\":\"2025-10\",\"value\":97.18,\"decimals\":1}]}", "$.records[0].decimals", "the decimals printed, 2–10")]
    [InlineData("{\"records\":[{\"indicator\":\"telecom-fraud.cases\",\"region\":\"330800\",\"period\":\"2025-10\",\"value\":3,\"status\":\"gap\"}]}", "$.records[0].value", "nothing in a gap")]
    [InlineData("{\"records\":[" + Record + "," + Record + "]}", "$.records[1].period", "already has a value without a publication date")]
    [InlineData("{\"records\":[3]}", "$.records[0]", "an object (a record)")]
    [InlineData("{\"records\":{}}", "$.records", "an array of records")]
    [InlineData("{\"records\":[],\"rows\":[]}", "$.rows", "either records")]
    [InlineData("{\"layout\":\"wide\",\"records\":[]}", "$.layout", "the layout of the array")]
    [InlineData("{\"layout\":\"tall\",\"records\":[]}", "$.layout", "the layout \"long\" or \"wide\"")]
    [InlineData("{\"data\":[]}", "$.data", "a property layout, records or rows")]
    [InlineData("{}", "$", "a property records")]
    [InlineData("3", "$", "a JSON object")]
    [InlineData("{\"rows\":[{\"indicator\":\"电诈\",\"region\":\"330800\",\"2025年10月\":\"43 x\"}]}", "$.rows[0].2025年10月", "a status letter p, r, e or b")]
    [InlineData("{\"rows\":[{\"indicator\":\"电诈\",\"region\":\"330800\",\"2025.1\":43}]}", "$.rows[0].2025.1", "a period such as 2025-10")]
    [InlineData("{\"rows\":[{\"indicator\":\"电诈\",\"region\":\"330800\",\"2025-10\":1,\"2025年10月\":2}]}", "$.rows[0].2025年10月", "each period once")]
    [InlineData("{\"rows\":[{\"indicator\":\"电诈\",\"2025-10\":1}]}", "$.rows[0]", "keys indicator and region")]
    [InlineData("{\"rows\":[{\"indicator\":\"电诈\",\"region\":\"330800\",\"published\":\"2025-11-15\",\"2025-10\":\":\"}]}", "$.rows[0].2025-10", "a gap (:) has no publication date")]
    [InlineData("{\"rows\":[{\"indicator\":\"电诈\",\"region\":\"330800\",\"published\":\"soon\",\"2025-10\":1}]}", "$.rows[0].published", "a publication date")]
    public void Read_BadValue_NamesLineColumnPathAndExpectation(string json, string path, string expected)
    {
        var text = json.Replace(",\"", ",\n\"", StringComparison.Ordinal);
        var e = Assert.Throws<DataFileException>(() => Read(text, "bad.json"));
        Assert.Equal("bad.json", e.Error.FileName);
        Assert.Equal(path, e.Error.Path);
        Assert.Contains(expected, e.Error.Expected, StringComparison.Ordinal);
        var offset = (int)e.Error.ByteOffset;
        var before = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text), 0, offset);
        Assert.Equal(before.Split('\n').Length, e.Error.Line);
        Assert.Equal(before.Length - before.LastIndexOf('\n'), e.Error.Column);
        Assert.StartsWith("bad.json, line " + e.Error.Line + ", column " + e.Error.Column, e.Message, StringComparison.Ordinal);
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"records\":[\n{\"indicator\" \"x\"}]}", 2, 14)]
    [InlineData("[\n{\"a\":1,}]", 2, 8)]
    [InlineData("{\"records\":[]} []", 1, 16)]
    [InlineData("{\"rows\":[\n{\"指标\":\"电诈\" // note\n}]}", 2, 12)]
    public void Read_MalformedJson_NamesLineAndColumn(string json, int line, int column)
    {
        var e = Assert.Throws<DataFileException>(() => Read(json, "bad.json"));
        Assert.Equal(line, e.Error.Line);
        Assert.Equal(column, e.Error.Column);
        Assert.StartsWith("well-formed JSON", e.Error.Expected, StringComparison.Ordinal);
        Assert.Null(e.Error.Path);
    }

    private static string Write(DataSet data, DataSetLayout layout)
    {
        using var stream = new MemoryStream();
        DataSetJson.Write(data, stream, layout);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static DataSet Read(string json, string name = "test.json") =>
        DataSetJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), name, IndicatorCatalog.Interview);
}
