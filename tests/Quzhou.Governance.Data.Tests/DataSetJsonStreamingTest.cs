using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Data.Tests;

/// <summary>JSON read as a stream, a buffer at a time: whatever the buffer's size and however the stream hands out its
/// bytes, a file gives the data set, or the error (file, line, column, path, byte offset, expectation), that it gives
/// read in one piece; bytes that are not UTF-8 are found past the first buffer too; and a file in another encoding
/// whose first non-ASCII byte comes late is still decoded.</summary>
public class DataSetJsonStreamingTest
{
    private static readonly int[] BufferSizes = [4, 5, 7, 16, 33, 64, 1 << 16];

    /// <summary>The bad files of <see cref="DataSetJsonTest"/>'s facts on bad values and malformed JSON.</summary>
    public static IEnumerable<object[]> BadFiles()
    {
        foreach (var name in new[] { nameof(DataSetJsonTest.Read_BadValue_NamesLineColumnPathAndExpectation), nameof(DataSetJsonTest.Read_MalformedJson_NamesLineAndColumn) })
        {
            var method = typeof(DataSetJsonTest).GetMethod(name)!;
            foreach (var data in method.GetCustomAttributes<InlineDataAttribute>().SelectMany(a => a.GetData(method)))
            {
                // As the bad-value fact reads them: a line break before each field after the first.
                yield return [((string)data[0]).Replace(",\"", ",\n\"", StringComparison.Ordinal)];
            }
        }
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Read_BadFile_GivesTheSameErrorAtEveryBufferSizeAndTrickle(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var whole = ErrorOf(new MemoryStream(bytes), bytes.Length + 1);
        Assert.NotNull(whole);
        foreach (var size in BufferSizes)
        {
            Assert.Equal(whole, ErrorOf(new MemoryStream(bytes), size));
            Assert.Equal(whole, ErrorOf(new TrickleStream(bytes, 1, 3, 2), size));
        }
    }

    [Fact]
    public void Read_LongFile_AcrossManyBuffers_GivesEveryRecordAndErrorsNamePlacesPastTheFirstBuffer()
    {
        var text = new StringBuilder("{\"records\": [\n");
        for (var month = 1; month <= 12; month++)
        {
            for (var year = 2000; year <= 2025; year++)
            {
                text.Append("  {\"指标\": \"电诈\", \"region\": \"330800\", \"period\": \"").Append(year).Append('-').Append(month.ToString("00", System.Globalization.CultureInfo.InvariantCulture)).Append("\", \"value\": ").Append(year + month).Append("},\n");
            }
        }

        var good = text.ToString().TrimEnd(',', '\n') + "\n]}";
        foreach (var size in BufferSizes)
        {
            var data = JsonDataReader.Read(new TrickleStream(Encoding.UTF8.GetBytes(good), 100, 7), true, "long.json", IndicatorCatalog.Interview, size);
            var series = data.GetSeries(InterviewIndicators.TelecomFraudCases, RegionCode.Quzhou);
            Assert.Equal(312, series.Length);
            Assert.Equal(2025 + 10, series[SeriesPeriod.Month(2025, 10)].Value);
        }

        // A bad value in the last record: its line is the file's, its column counts the Chinese key as one character.
        var bad = good.Replace("\"value\": 2037}", "\"value\": -1}", StringComparison.Ordinal);
        var e = Assert.Throws<DataFileException>(() => JsonDataReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(bad)), true, "long.json", IndicatorCatalog.Interview, 64));
        var offset = Encoding.UTF8.GetBytes(bad.Substring(0, bad.IndexOf("-1}", StringComparison.Ordinal))).Length;
        Assert.Equal(offset, e.Error.ByteOffset);
        Assert.Equal(1 + 312, e.Error.Line);
        Assert.Equal("$.records[311].value", e.Error.Path);
        var lineText = bad.Split('\n')[312];
        Assert.Equal(lineText.IndexOf("-1}", StringComparison.Ordinal) + 1, e.Error.Column);
    }

    [Theory]
    [InlineData(0xFF, "UTF-8, as JSON is (RFC 8259)")]
    [InlineData(0x00, "without NUL bytes")]
    public void Read_BadBytePastTheFirstBuffer_IsNamedAtItsOffset(byte value, string expected)
    {
        var bytes = Encoding.UTF8.GetBytes("{\"rows\": [{\"indicator\": \"电诈\", \"region\": \"330800\", \"2025-10\": 1}]}" + new string(' ', 100_000));
        bytes[70_001] = value;
        var e = Assert.Throws<DataFileException>(() => DataSetJson.Read(new TrickleStream(bytes, 4096, 1), "bad.json", IndicatorCatalog.Interview));
        Assert.Equal(70_001, e.Error.ByteOffset);
        Assert.Contains(expected, e.Error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Utf8SequenceCutByEveryBuffer_IsReadWhole()
    {
        // 衢州 and a BOM: each three-byte sequence cut at every place by 1- and 2-byte reads and 4-byte buffers.
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("{\"rows\":[{\"indicator\":\"电诈\",\"region\":\"衢州市\",\"2025年10月\":43}]}")).ToArray();
        foreach (var size in BufferSizes)
        {
            var data = JsonDataReader.Read(new TrickleStream(bytes, 1, 2), true, "cut.json", IndicatorCatalog.Interview, size);
            Assert.Equal(43, data.GetSeries(InterviewIndicators.TelecomFraudCases, RegionCode.Quzhou)[SeriesPeriod.Month(2025, 10)].Value);
        }
    }

    [Fact]
    public void Load_Gb18030FileWithItsFirstChineseLate_IsDecodedEvenAfterAnEarlierBadValue()
    {
        // Past the first buffer the file turns out not to be UTF-8: the bad value read before that is not the error
        // of a UTF-8 file, so the file is decoded and read again (its errors then give no byte offset).
        var padding = new string(' ', 3 * JsonStreamBuffer.InitialSize);
        var good = "{\"rows\":[{\"indicator\":\"telecom-fraud.cases\",\"region\":\"330800\",\"2025-10\":43}" + padding + ",{\"indicator\":\"电诈\",\"region\":\"330800\",\"2025-09\":44}]}";
        using (var file = new TempFile(TextFiles.GetEncoding(TextFileEncoding.GB18030).GetBytes(good), ".json"))
        {
            var series = DataSetJson.Load(file.Path).GetSeries(InterviewIndicators.TelecomFraudCases, RegionCode.Quzhou);
            Assert.Equal(44, series[SeriesPeriod.Month(2025, 9)].Value);
        }

        using (var file = new TempFile(TextFiles.GetEncoding(TextFileEncoding.GB18030).GetBytes(good.Replace("\"2025-10\":43", "\"2025-10\":-43", StringComparison.Ordinal)), ".json"))
        {
            var e = Assert.Throws<DataFileException>(() => DataSetJson.Load(file.Path));
            Assert.Equal("$.rows[0].2025-10", e.Error.Path);
            Assert.Equal(-1, e.Error.ByteOffset);
        }
    }

    [Property(MaxTest = 100)]
    public Property AnyBufferSizeAndTrickle_ReadsTheDataSetSaved() => Prop.ForAll(
        DataSetCsvProperties.FormsDataSetGen.ToArbitrary(),
        Gen.Choose(4, 300).ToArbitrary(),
        Gen.Choose(1, 50).ToArbitrary(),
        (data, size, step) =>
        {
            using var written = new MemoryStream();
            DataSetJson.Write(data, written, DataSetLayout.Long);
            var read = JsonDataReader.Read(new TrickleStream(written.ToArray(), step, 1), true, "generated.json", IndicatorCatalog.Interview, size);
            return read.Equals(data);
        });

    /// <summary>Every part of the error the bytes give, as text; null when they load.</summary>
    private static string? ErrorOf(Stream stream, int size)
    {
        try
        {
            _ = JsonDataReader.Read(stream, true, "bad.json", IndicatorCatalog.Interview, size);
            return null;
        }
        catch (DataFileException e)
        {
            var error = e.Error;
            return string.Join("|", error.FileName, error.Line, error.Column, error.Path, error.ColumnName, error.ByteOffset, error.Expected, error.Found, error.ToString());
        }
    }
}
