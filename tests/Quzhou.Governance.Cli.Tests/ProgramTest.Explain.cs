using System;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace Quzhou.Governance.Cli.Tests;

/// <summary>explain over files: strict decoding, bounded messages, nothing printed for a bad item.</summary>
public partial class ProgramTest
{
    private static string WriteFile(string name, byte[] bytes)
    {
        var path = Path.Combine(BadFiles.Root, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static string WriteFile(string name, string text) => WriteFile(name, new UTF8Encoding(false).GetBytes(text));

    [Fact]
    public void Explain_BadItemBetweenGoodOnes_PrintsNoBlankLinesForIt()
    {
        var path = WriteFile("mixed.txt", "period 2025-Q3\nfigure abc\n\n# a comment\nfigure 1%\nperiod 2025-Q5\n");
        var (code, output, error) = Run("explain", path);
        Assert.Equal(Program.BadInput, code);
        var blocks = output.Split("\n\n");
        Assert.Equal(2, blocks.Length);
        Assert.StartsWith("input:        2025-Q3", blocks[0], StringComparison.Ordinal);
        Assert.StartsWith("input:        1%", blocks[1], StringComparison.Ordinal);
        Assert.False(output.EndsWith("\n\n", StringComparison.Ordinal));
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("mixed.txt:2: ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("mixed.txt:6: ", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_Directory_SaysItIsADirectory()
    {
        var (code, _, error) = Run("explain", BadFiles.Directory);
        Assert.Equal(Program.BadInput, code);
        Assert.Contains("is a directory", error, StringComparison.Ordinal);
        Assert.DoesNotContain("No such file", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_GbkFile_ReadsThroughTheOneDecoder()
    {
        var path = WriteFile("gbk-items.txt", CodePagesEncodingProvider.Instance.GetEncoding(936)!.GetBytes("period 2021年1月至2025年10月\nfigure 19万余次\n"));
        var (code, output, error) = Run("explain", path);
        Assert.Equal(string.Empty, error);
        Assert.Equal(Program.Success, code);
        Assert.Contains("2021-01/2025-10", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_FileInNoEncoding_SaysWhereTheFirstInvalidByteIs()
    {
        var (code, output, error) = Run("explain", BadFiles.NoEncoding);
        Assert.Equal(Program.BadInput, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("no-encoding.txt is not valid UTF-8", error, StringComparison.Ordinal);
        Assert.Contains("byte offset 14", error, StringComparison.Ordinal);
        Assert.Contains("GB18030", error, StringComparison.Ordinal);
        Assert.Contains("Save the file as UTF-8", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_Utf16WithoutBom_SaysNotUtf8AtTheFirstNul()
    {
        var (code, output, error) = Run("explain", BadFiles.Utf16WithoutBom);
        Assert.Equal(Program.BadInput, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("utf16.txt is not valid UTF-8", error, StringComparison.Ordinal);
        Assert.Contains("byte offset 1", error, StringComparison.Ordinal);
        Assert.Contains("UTF-16", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_FileEndsInsideACharacter_SaysWhere()
    {
        var (code, _, error) = Run("explain", BadFiles.TruncatedUtf8);
        Assert.Equal(Program.BadInput, code);
        Assert.Contains("ends inside a character at byte offset 11", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_InvalidByteAfterGoodItems_PrintsNothing()
    {
        var good = Encoding.UTF8.GetBytes("period 2025-Q3\nfigure 1%\n");
        var path = WriteFile("late.txt", good.Concat(new byte[] { 0xFF, 0x0A }).ToArray());
        var (code, output, error) = Run("explain", path);
        Assert.Equal(Program.BadInput, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("byte offset " + good.Length, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le-bom")]
    [InlineData("utf-16be-bom")]
    public void Explain_MarkedEncoding_Reads(string name)
    {
        Encoding encoding = name switch
        {
            "utf-8-bom" => new UTF8Encoding(true),
            "utf-16le-bom" => new UnicodeEncoding(false, true),
            _ => new UnicodeEncoding(true, true),
        };
        var text = "period 2021年1月至2025年10月\r\nfigure 19万余次\r\n";
        var path = WriteFile(name + ".txt", encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray());
        var (code, output, error) = Run("explain", path);
        Assert.Equal(string.Empty, error);
        Assert.Equal(Program.Success, code);
        Assert.Contains("2021-01/2025-10", output, StringComparison.Ordinal);
        Assert.Contains("(190000, 200000)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_FiveMegabyteLine_QuotesItsStartOnlyInBoundedMemory()
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var (code, output, error) = Run("explain", BadFiles.LongLine);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(Program.BadInput, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("long.txt:1: Expected an item of at most 10000 characters", error, StringComparison.Ordinal);
        Assert.True(error.Length < 300, error);
        Assert.True(allocated < 8 * 1024 * 1024, "allocated " + allocated + " bytes");
    }

    [Fact]
    public void Explain_LongBadItem_QuotesAWindowAroundThePosition()
    {
        var path = WriteFile("wide.txt", "period 2025-Q5" + new string('x', 9000) + "\n");
        var (code, _, error) = Run("explain", path);
        Assert.Equal(Program.BadInput, code);
        Assert.StartsWith("wide.txt:1: Expected", error, StringComparison.Ordinal);
        Assert.Contains("…", error, StringComparison.Ordinal);
        Assert.True(error.Length < 300, error);
    }

    [Fact]
    public void Explain_PlanReferenceNeedingEnd_IsABadItem()
    {
        var path = WriteFile("since.txt", "period “十四五”以来\nperiod “十四五”\n");
        var (code, output, error) = Run("explain", path);
        Assert.Equal(Program.BadInput, code);
        Assert.StartsWith("since.txt:1: ", error, StringComparison.Ordinal);
        Assert.StartsWith("input:        “十四五”", output, StringComparison.Ordinal);
    }
}
