using System;
using System.IO;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Data.Tests;

/// <content>The published forms in CSV: year-to-date totals (1—N月累计, 1—2月 together) and comparable bases (按可比口径).</content>
public partial class DataSetCsvTest
{
    private static readonly CountIndicator Fraud = InterviewIndicators.TelecomFraudCases;

    [Fact]
    public void Load_YearToDateExample_KeepsTheTotalsAndGivesOnlyExactMonths()
    {
        var data = DataSetCsv.Load(Example("quzhou-ytd.csv"));

        var totals = data.GetYearToDateSeries(Fraud, Quzhou);
        Assert.Equal(81, totals[SeriesPeriod.Month(2025, 2)].Value); // 1—2月 as one observation
        var months = data.GetSeries(Fraud, Quzhou);
        Assert.True(months[SeriesPeriod.Month(2025, 2)].IsGap);
        Assert.Equal(45, months[SeriesPeriod.Month(2025, 3)].Value);
        Assert.True(months[SeriesPeriod.Month(2025, 4)].IsGap); // the April total is on a new basis
        Assert.Equal(42, months[SeriesPeriod.Month(2025, 5)].Value);
        Assert.True(data.TryGetComparableBase(Fraud, Quzhou, SeriesPeriod.Month(2025, 5), yearToDate: true, out var restated));
        Assert.Equal(226, restated);
        Assert.Equal(-6.2m, Changes.YearOnYearOnComparableBasis(totals, SeriesPeriod.Month(2025, 5), restated).ToPercent(1));
    }

    [Fact]
    public void Save_PublishedForms_WritesTheirColumnsAndLoadsEqual()
    {
        var data = DataSetCsv.Load(Example("quzhou-ytd.csv"));
        var writer = new StringWriter();
        DataSetCsv.Write(data, writer, DataSetLayout.Long);
        var text = writer.ToString();

        Assert.StartsWith("indicator,region,period,value,numerator,denominator,decimals,status,published,form,comparable_base\r\n", text, StringComparison.Ordinal);
        Assert.Contains("telecom-fraud.cases,330800,2025-04,170,,,,break,2025-05-15,ytd,180\r\n", text, StringComparison.Ordinal);
        Assert.Equal(data, Read(text));
    }

    [Fact]
    public void Save_PlainDataSet_WritesNoFormColumns()
    {
        var data = DataSet.CreateBuilder().Add(DataRecord.ForValue(Fraud, Quzhou, Oct, 43)).Build();
        var writer = new StringWriter();
        DataSetCsv.Write(data, writer, DataSetLayout.Long);
        Assert.StartsWith(LongHeader, writer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Save_PublishedFormsInTheWideLayout_IsRefused()
    {
        var data = DataSet.CreateBuilder().Add(DataRecord.ForYearToDate(Fraud, Quzhou, Oct, 430)).Build();
        var e = Assert.Throws<ArgumentException>(() => DataSetCsv.Write(data, new StringWriter(), DataSetLayout.Wide));
        Assert.Equal("dataSet", e.ParamName);
        Assert.Contains("year-to-date total", e.Message, StringComparison.Ordinal);
        var restated = DataSet.CreateBuilder().Add(DataRecord.ForValue(Fraud, Quzhou, Oct, 43).WithComparableBase(40)).Build();
        Assert.Throws<ArgumentException>(() => DataSetJson.Write(restated, new MemoryStream(), DataSetLayout.Wide));
        Assert.Throws<ArgumentException>(() => DataSetXlsx.Write(restated, new MemoryStream(), DataSetLayout.Wide));
    }

    [Fact]
    public void Load_ChineseFormWords_AreRead()
    {
        var data = Read("指标,地区,期间,数值,统计形式,可比基数\r\n电诈,330800,2025-10,430,累计,400\r\n电诈,330800,2025-09,41,当期,\r\n");
        var vintage = Assert.Single(data.GetVintages(Fraud, Quzhou, Oct));
        Assert.True(vintage.IsYearToDate);
        Assert.Equal(400, vintage.ComparableBase);
        Assert.False(Assert.Single(data.GetVintages(Fraud, Quzhou, SeriesPeriod.Month(2025, 9))).IsYearToDate);
    }

    [Theory]
    [InlineData("telecom-fraud.cases,330800,2025-10,43,monthly,", 5, "form", "the form: empty or period")]
    [InlineData("courts.enforcement-closure-rate,330800,2025-10,97.10,ytd,", 5, "form", "is a rate")]
    [InlineData("courts.enforcement-closure-rate,330800,2025-10,97.10,,90", 6, "comparable_base", "is a rate")]
    [InlineData("telecom-fraud.cases,330800,2025-10,43,,-4", 6, "comparable_base", "the comparable base")]
    [InlineData("participation.social-organisations,330800,2025-10,43,ytd,", 5, "form", "a flow")]
    [InlineData("telecom-fraud.cases,330800,2025,43,ytd,", 5, "form", "is a year")]
    [InlineData("telecom-fraud.cases,330800,2025-10,,ytd,", 4, "value", "a whole count")]
    public void Load_BadFormRow_NamesTheCell(string row, int column, string header, string expected)
    {
        var e = Assert.Throws<DataFileException>(() => Read("indicator,region,period,value,form,comparable_base\r\n" + row + "\r\n"));
        Assert.Equal(2, e.Error.Line);
        Assert.Equal(column, e.Error.Column);
        Assert.Equal(header, e.Error.ColumnName);
        Assert.Contains(expected, e.Error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_GapWithAForm_IsRefused()
    {
        var e = Assert.Throws<DataFileException>(() => Read("indicator,region,period,value,status,form\r\ntelecom-fraud.cases,330800,2025-10,,gap,ytd\r\n"));
        Assert.Equal(6, e.Error.Column);
    }

    [Fact]
    public void Write_PublishedFormsAsJsonAndXlsx_LoadsEqual()
    {
        var data = DataSetCsv.Load(Example("quzhou-ytd.csv"));
        var json = new MemoryStream();
        DataSetJson.Write(data, json, DataSetLayout.Long);
        var text = System.Text.Encoding.UTF8.GetString(json.ToArray());
        Assert.Contains("\"form\": \"ytd\"", text, StringComparison.Ordinal);
        Assert.Contains("\"comparable_base\": 180", text, StringComparison.Ordinal);
        json.Position = 0;
        Assert.Equal(data, DataSetJson.Read(json, "forms.json", IndicatorCatalog.Interview));

        var xlsx = new MemoryStream();
        DataSetXlsx.Write(data, xlsx, DataSetLayout.Long);
        xlsx.Position = 0;
        Assert.Equal(data, DataSetXlsx.Read(xlsx, "forms.xlsx", IndicatorCatalog.Interview));
    }
}
