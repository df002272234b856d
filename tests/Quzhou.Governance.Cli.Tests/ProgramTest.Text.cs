using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Xunit;

namespace Quzhou.Governance.Cli.Tests;

/// <summary>qzgov check, audit of a text file and review --from-text: the passages of Text/Passages in each encoding,
/// the exit codes, the spans and the interview's own sentences against its claims file.</summary>
public partial class ProgramTest
{
    /// <summary>The passages print no date of their own (a bulletin's date is on its page, not in its text), so the
    /// reader is given one, as a user gives <c>--published</c>.</summary>
    private const string PassagesPublished = "2025-06-30";

    private static string Passage(string name) => Path.Combine(AppContext.BaseDirectory, "Text", "Passages", name);

    private static string TempFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "qzgov-text-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>The passage written in each encoding the decoder reads, each in its own folder under one name.</summary>
    private static IEnumerable<(string Encoding, string Path)> InEachEncoding(string name)
    {
        var text = File.ReadAllText(Passage(name), new UTF8Encoding(false));
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var encodings = new (string, byte[])[]
        {
            ("utf-8", new UTF8Encoding(false).GetBytes(text)),
            ("utf-8 with BOM", [.. new UTF8Encoding(true).GetPreamble(), .. new UTF8Encoding(false).GetBytes(text)]),
            ("utf-16le", [.. new UnicodeEncoding(false, true).GetPreamble(), .. new UnicodeEncoding(false, false).GetBytes(text)]),
            ("utf-16be", [.. new UnicodeEncoding(true, true).GetPreamble(), .. new UnicodeEncoding(true, false).GetBytes(text)]),
            ("gb18030", Encoding.GetEncoding(54936).GetBytes(text)),
        };
        foreach (var (encoding, bytes) in encodings)
        {
            var path = Path.Combine(TempFolder(), name);
            File.WriteAllBytes(path, bytes);
            yield return (encoding, path);
        }
    }

    [Theory]
    [InlineData("streaks-disagree.txt")]
    [InlineData("messy-difference-consistent.txt")]
    [InlineData("messy-rate-not-attainable.txt")]
    public void Audit_TextFileInEachEncoding_PrintsTheSame(string name)
    {
        var (expectedCode, expected, expectedError) = Run("audit", Passage(name), "--format", "json");
        Assert.True(expectedCode is Program.Success or Program.Contradicted, expectedError);
        foreach (var (encoding, path) in InEachEncoding(name))
        {
            var (code, output, error) = Run("audit", path, "--format", "json");
            Assert.True(expectedCode == code, encoding + ": " + error);
            Assert.True(expected == output, encoding);
            Assert.Equal(expectedError, error);
        }
    }

    [Fact]
    public void Audit_TextFileInNoEncoding_ExitsTwoNamingTheFile()
    {
        var path = Path.Combine(TempFolder(), "broken.txt");
        File.WriteAllBytes(path, [0xE5, 0x85, 0xA8, 0x80, 0xFF, 0x80, 0xFF]);
        var (code, output, error) = Run("audit", path);
        Assert.Equal(Program.BadInput, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("broken.txt", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_TextFileAndClaims_ExitsTwo()
    {
        var (code, output, error) = Run("audit", Passage("shares-impossible.txt"), "--claims", "claims.json");
        Assert.Equal(Program.BadInput, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("not both", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MissingTextFileOrData_ExitsTwo()
    {
        var (code, output, error) = Run("check", Passage("no-such-passage.txt"), "--data", Path.Combine(AppContext.BaseDirectory, "examples", "review", "quzhou-data.csv"));
        Assert.Equal(Program.BadInput, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("No such file", error, StringComparison.Ordinal);

        (code, output, error) = Run("check", Passage("shares-consistent.txt"));
        Assert.Equal(Program.BadInput, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("--data", error, StringComparison.Ordinal);

        (code, _, error) = Run("check", Passage("shares-consistent.txt"), "--data", "x.csv", "--published", "2025-13-01");
        Assert.Equal(Program.BadInput, code);
        Assert.Contains("--published", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReviewFromText_WithClaims_ExitsTwo()
    {
        var (code, output, error) = Run("review", "--from-text", "--claims", "claims.json", "--data", "data.csv");
        Assert.Equal(Program.BadInput, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("--from-text", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("shares-impossible.txt", "SharesDisagreeWithHundred")]
    [InlineData("change-from-count-impossible.txt", "ChangeNotAttainable")]
    [InlineData("messy-change-from-count-impossible.txt", "ChangeNotAttainable")]
    [InlineData("points-on-count-impossible.txt", "PointsOnCount")]
    [InlineData("streaks-disagree.txt", "StreakStartsDisagree")]
    [InlineData("messy-streaks-disagree.txt", "StreakStartsDisagree")]
    public void Audit_ImpossiblePassage_ExitsOneWithTheFindingAndItsSources(string name, string kind) =>
        AssertAuditFinds(name, kind);

    [Theory]
    [InlineData("rate-not-attainable.txt", "RateNotAttainable")]
    [InlineData("messy-rate-not-attainable.txt", "RateNotAttainable")]
    [InlineData("parts-total-impossible.txt", "PartsDisagreeWithTotal")]
    [InlineData("messy-parts-total-impossible.txt", "PartsDisagreeWithTotal")]
    [InlineData("difference-impossible.txt", "DifferenceDisagrees")]
    [InlineData("shares-of-total-impossible.txt", "SharesDisagreeWithParts")]
    public void Audit_ImpossiblePassageOfPairedClaims_ExitsOneWithTheFinding(string name, string kind) =>
        AssertAuditFinds(name, kind);

    [Theory]
    [InlineData("rate-attainable.txt")]
    [InlineData("parts-total-consistent.txt")]
    [InlineData("shares-consistent.txt")]
    [InlineData("shares-of-total-consistent.txt")]
    [InlineData("difference-consistent.txt")]
    [InlineData("messy-difference-consistent.txt")]
    [InlineData("change-from-count-consistent.txt")]
    [InlineData("points-on-count-consistent.txt")]
    [InlineData("streaks-consistent.txt")]
    public void Audit_ConsistentPassage_ExitsZeroHavingReadItsClaims(string name)
    {
        var (code, output, error) = Run("audit", Passage(name), "--format", "json", "--strict", "--published", PassagesPublished);
        Assert.True(code == Program.Success, error);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.True(root.GetProperty("claimCount").GetInt32() > 0, name);
        Assert.Empty(root.GetProperty("findings").EnumerateArray());
    }

    [Fact]
    public void Audit_TextTheReaderCannotRead_DiagnosticsOnStderrWithLineAndColumn()
    {
        var (code, _, error) = Run("audit", Passage("diagnostics.txt"), "--published", PassagesPublished);
        Assert.Equal(Program.Success, code);
        Assert.Contains("diagnostics.txt:3:", error, StringComparison.Ordinal);
        Assert.Contains("QT0001", error, StringComparison.Ordinal);   // 下降31.317.5%: numbers run together
        Assert.Contains("diagnostics.txt:5:", error, StringComparison.Ordinal);
        Assert.Contains("QT0002", error, StringComparison.Ordinal);   // 提升11.53% with no base
        (code, _, _) = Run("audit", Passage("diagnostics.txt"), "--strict", "--published", PassagesPublished);
        Assert.Equal(Program.Contradicted, code);
    }

    [Fact]
    public void ReviewFromText_InterviewSentences_SameVerdictsAsTheClaimsFile()
    {
        var fromClaims = VerdictRows(Run("review", "--format", "json"));
        var fromText = VerdictRows(Run("review", "--from-text", "--format", "json"));
        Assert.Equal(fromClaims, fromText);
        var (_, text, _) = Run("review", "--from-text");
        Assert.Contains("出处：第", text, StringComparison.Ordinal);
    }

    [SeedFact]
    public void Check_WholeInterview_GivesTheVerdictsOfItsClaimsFile()
    {
        // The whole interview (not copied into the repository): every figure of the claims file is read out of its prose
        // and checked against the bundled data with the same verdict; the interview's other numbers add no contradiction.
        var data = Path.Combine(AppContext.BaseDirectory, "examples", "review", "quzhou-data.csv");
        var (code, output, error) = Run("check", Seed.InterviewPath, "--data", data, "--format", "json", "--published", "2025-11-28");
        Assert.True(code == Program.Success, error);
        var fromText = VerdictRows((code, output, error));
        var fromClaims = VerdictRows(Run("review", "--format", "json"));
        Assert.Empty(fromClaims.Except(fromText));
        (code, _, error) = Run("audit", Seed.InterviewPath, "--published", "2025-11-28");
        Assert.True(code == Program.Success, error);
    }

    [Fact]
    public void Check_ChangeWithoutABaseThatNoReadingFits_AmbiguousNotContradicted()
    {
        // The interview's panel line alone: no 近五年 in the document, so 同比 over each candidate span is tried and none
        // gives -23.6%; the base may be another, so the verdict is ambiguous (exit 0), with --strict 1.
        var path = Path.Combine(TempFolder(), "panel.txt");
        File.WriteAllText(path, "- 省际边界警情下降23.6%\n", new UTF8Encoding(false));
        var data = Path.Combine(AppContext.BaseDirectory, "examples", "review", "quzhou-data.csv");
        var (code, output, error) = Run("check", path, "--data", data, "--format", "json", "--published", "2025-11-28");
        Assert.True(code == Program.Success, error);
        var verdict = Assert.Single(JsonDocument.Parse(output).RootElement.GetProperty("verdicts").EnumerateArray());
        Assert.Equal("ambiguous", verdict.GetProperty("verdict").GetString());
        Assert.True(verdict.GetProperty("readings").GetArrayLength() >= 2);
        Assert.All(verdict.GetProperty("readings").EnumerateArray(), r => Assert.False(r.GetProperty("fits").GetBoolean()));
        (code, _, _) = Run("check", path, "--data", data, "--strict", "--published", "2025-11-28");
        Assert.Equal(Program.Contradicted, code);
    }

    private static void AssertAuditFinds(string name, string kind)
    {
        var (code, output, error) = Run("audit", Passage(name), "--format", "json", "--published", PassagesPublished);
        Assert.True(code == Program.Contradicted, error);
        var finding = Assert.Single(JsonDocument.Parse(output).RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal(kind, finding.GetProperty("kind").GetString());
        var text = File.ReadAllText(Passage(name));
        foreach (var source in finding.GetProperty("sources").EnumerateArray())
        {
            var start = source.GetProperty("start").GetInt32();
            var length = source.GetProperty("length").GetInt32();
            Assert.InRange(start + length, 1, text.Length);
        }

        Assert.NotEmpty(finding.GetProperty("sources").EnumerateArray());
    }

    /// <summary>Each verdict as indicator, figure, verdict, value and period, sorted: what must not depend on where the
    /// claims came from (ids, the subjects' words and their order may).</summary>
    private static List<string> VerdictRows((int ExitCode, string Output, string Error) run)
    {
        Assert.True(run.ExitCode is Program.Success or Program.Contradicted, run.Error);
        string Get(JsonElement v, string name) => v.TryGetProperty(name, out var p) ? p.GetString() ?? string.Empty : string.Empty;
        return JsonDocument.Parse(run.Output).RootElement.GetProperty("verdicts").EnumerateArray()
            .Select(v => string.Join(" | ", Get(v, "indicator"), Get(v, "published"), Get(v, "verdict"), Get(v, "value"), Get(v, "period")))
            .OrderBy(r => r, StringComparer.Ordinal)
            .ToList();
    }
}
