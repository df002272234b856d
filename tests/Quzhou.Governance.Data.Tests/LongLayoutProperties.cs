using System;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Indicators;
using Xunit;

namespace Quzhou.Governance.Data.Tests;

/// <summary>Laws and facts of the long layout's straight read of plain lines (from the reader's buffer, split at commas):
/// whatever the rows, it gives the same data set, or the same error, as reading every row through the reader's row.</summary>
public class LongLayoutProperties
{
    private const string Header = "indicator,region,period,value,numerator,denominator,decimals,status,published\r\n";

    private static readonly string[] Indicators =
    {
        "telecom-fraud.cases", "telecom-fraud.losses", "courts.enforcement-closure-rate", "电诈", " telecom-fraud.cases", "\"telecom-fraud.cases\"", "nothing.known", "'=cases", string.Empty,
    };

    private static readonly string[] Regions = { "330800", "330802", "衢州市", "33080", "abc", " 330800", "\"330,800\"", string.Empty };

    private static readonly string[] Periods = { "2025-10", "2025-11", "2025年10月", "202510", "2025.1", "2025-Q3", "2025", "bad", " 2025-10", string.Empty };

    private static readonly string[] Values = { "43", "0", "-3", "1234.5", "97.10", "97.10%", string.Empty, "'-2.50", "1e3", "00012", "99999999999999999999", " 7 ", "4\"" };

    private static readonly string[] Optional = { string.Empty, string.Empty, string.Empty, string.Empty, "provisional", "gap", "2025-11-15", "2", "9718", "\"a,b\"", "x" };

    private static readonly string[] Breaks = { "\r\n", "\r\n", "\n", "\r", "\r\n\r\n" };

    private static Gen<string> CellGen(string[] cells) => Gen.Elements(cells);

    /// <summary>Mostly plain lines (which the straight read takes), one in four odd (which it may refuse).</summary>
    private static Gen<string> LineGen =>
        from odd in Gen.Choose(0, 3)
        from plain in PlainLineGen
        from other in OddLineGen
        select odd == 0 ? other : plain;

    private static Gen<string> PlainLineGen =>
        from indicator in Gen.Elements("telecom-fraud.cases", "telecom-fraud.losses")
        from region in Gen.Elements("330800", "330802")
        from month in Gen.Choose(0, 23)
        from value in Gen.Choose(0, 100_000)
        from lineBreak in Gen.Elements("\r\n", "\n")
        select indicator + "," + region + "," + (2024 + (month / 12)).ToString(System.Globalization.CultureInfo.InvariantCulture) + "-"
            + ((month % 12) + 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture) + "," + value.ToString(System.Globalization.CultureInfo.InvariantCulture) + ",,,,," + lineBreak;

    private static Gen<string> OddLineGen =>
        from indicator in CellGen(Indicators)
        from region in CellGen(Regions)
        from period in CellGen(Periods)
        from value in CellGen(Values)
        from optional in CellGen(Optional).ArrayOf(5)
        from cells in Gen.Choose(8, 10)
        from lineBreak in CellGen(Breaks)
        select string.Join(",", new[] { indicator, region, period, value }.Concat(optional).Take(cells)) + lineBreak;

    private static Gen<string> FileGen =>
        from lines in LineGen.ListOf()
        from last in Gen.Elements(string.Empty, "telecom-fraud.cases,330800,2025-12,1,,,,,")
        select Header + string.Concat(lines) + last;

    private static Gen<int[]> StepsGen => Gen.Choose(1, 40).ArrayOf().Where(s => s.Length != 0);

    [Property(MaxTest = 500)]
    public Property StraightRead_IsTheRowByRowRead() => Prop.ForAll(
        FileGen.ToArbitrary(),
        StepsGen.ToArbitrary(),
        (text, steps) => Outcome(new TrickleReader(text, steps), lines: true).Equals(Outcome(new StringReader(text), lines: false)));

    [Fact]
    public void StraightRead_FileLongerThanTheBuffer_IsTheRowByRowRead()
    {
        var text = new StringBuilder(Header);
        for (var m = 0; m < 6_000; m++)
        {
            // Lines of several lengths, so that the buffer's end falls in every part of a line, a CRLF among them.
            text.Append("telecom-fraud.cases,").Append(330_800 + (m / 120)).Append(',').Append(2016 + ((m % 120) / 12)).Append('-')
                .Append(((m % 12) + 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture)).Append(',').Append(m * 37 % 100_003).Append(",,,,,\r\n");
        }

        var data = Load(new StringReader(text.ToString()), lines: true);
        Assert.Equal(6_000, data.RecordCount);
        Assert.Equal(Load(new StringReader(text.ToString()), lines: false), data);
        Assert.Equal(data, Load(new TrickleReader(text.ToString(), 4_093, 17), lines: true));
    }

    [Fact]
    public void StraightRead_SecondFigureForAPeriod_NamesItsLineAndPeriod()
    {
        var text = Header + "telecom-fraud.cases,330800,2025-10,3,,,,,\r\ntelecom-fraud.cases,330800,2025-09,3,,,,,\ntelecom-fraud.cases,330800,2025-10,4,,,,,\r\n";
        var e = Assert.Throws<DataFileException>(() => Load(new StringReader(text), lines: true));
        Assert.Equal(
            "x.csv, line 4, column 3 (period): expected one record for each indicator, region, period and publication date (2025-10 of telecom-fraud.cases 330800 already has a value without a publication date), found \"2025-10\".",
            e.Message);
        Assert.Equal(Outcome(new StringReader(text), lines: false), Outcome(new StringReader(text), lines: true));
    }

    [Theory]
    [InlineData("telecom-fraud.losses,330800,2025-10,'-2.50,,,,,\r\n", -250L)]
    [InlineData("telecom-fraud.cases,330800,2025-10,\"4\",,,,,\r\n", 4L)]
    [InlineData("telecom-fraud.cases,330800,2025-10,4,,,,,", 4L)]
    [InlineData("telecom-fraud.cases,330800,2025-10,4,,,,,\r\r\n", 4L)]
    public void StraightRead_LineItRefuses_IsReadRowByRow(string row, long value)
    {
        var data = Load(new StringReader(Header + row), lines: true);
        Assert.Equal(value, data.Records.Single().Value);
    }

    [Fact]
    public void StraightRead_BlankLineBeforeARow_IsRefusedAsBefore()
    {
        var text = Header + "telecom-fraud.cases,330800,2025-10,4,,,,,\r\n\r\ntelecom-fraud.cases,330800,2025-11,4,,,,,\r\n";
        var e = Assert.Throws<DataFileException>(() => Load(new StringReader(text), lines: true));
        Assert.Equal(3, e.Error.Line);
        Assert.Contains("an empty line may only end the file", e.Error.Expected, StringComparison.Ordinal);
    }

    private static DataSet Load(TextReader reader, bool lines)
    {
        var table = Table.Open(new CsvReader(reader, "x.csv"), "x.csv");
        var builder = DataSet.CreateBuilder(IndicatorCatalog.Interview);
        LongLayout.Read(table, builder, IndicatorCatalog.Interview, lines);
        return builder.Build();
    }

    /// <summary>The data set, or the error's message.</summary>
    private static (DataSet? Data, string? Error) Outcome(TextReader reader, bool lines)
    {
        try
        {
            return (Load(reader, lines), null);
        }
        catch (DataFileException e)
        {
            return (null, e.Message);
        }
    }
}
