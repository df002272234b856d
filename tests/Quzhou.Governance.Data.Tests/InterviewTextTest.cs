using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NodaTime;
using Quzhou.Governance.Claims;
using Quzhou.Governance.Data;
using Quzhou.Governance.Series;
using Quzhou.Governance.Text;
using Xunit;

namespace Quzhou.Governance.Data.Tests;

/// <summary>The bulletin reader on the interview's own sentences gives the claims written by hand for them.</summary>
public sealed class InterviewTextTest
{
    private static readonly LocalDate Published = new(2025, 11, 28);

    private static string Example(string name) => Path.Combine(AppContext.BaseDirectory, "examples", "review", name);

    /// <summary>What a claim states, without its id and English words.</summary>
    private static string Key(Claim claim) =>
        string.Join(
            " | ",
            claim.Kind,
            string.Join("、", claim.Subjects.Select(s => s.Text + "[" + s.IndicatorCode + "]")),
            string.Join("、", claim.Figures.Select(f => f.ToString())),
            claim.Base.Kind + ":" + claim.Base.ToString(),
            claim.Region,
            claim.Published,
            claim.Period?.ToString() ?? "-",
            claim.Respectively,
            claim.Predicate ?? "-");

    private static string Sentences() =>
        string.Join(
            "\n",
            File.ReadAllLines(Example("interview-sentences.md"))
                .Select(line => Regex.Match(line, @"^\d+\. “(.*)”$"))
                .Where(m => m.Success)
                .Select(m => m.Groups[1].Value));

    [Fact]
    public void Read_InterviewSentences_GivesTheHandWrittenClaims()
    {
        var expected = ClaimsJson.Load(Example("interview-claims.json")).Select(Key).OrderBy(k => k, StringComparer.Ordinal).ToList();
        var reading = new BulletinReader().Read(Sentences(), Published, RegionCode.Quzhou);
        var actual = reading.Claims.Select(c => Key(c.Claim)).OrderBy(k => k, StringComparer.Ordinal).ToList();
        Assert.Equal(21, expected.Count);
        Assert.Equal(expected, actual);

        // The one change without a base (增加了1360余人) is read with an unstated base, and said so.
        Assert.Equal(TextDiagnosticKind.MissingBase, Assert.Single(reading.Diagnostics).Kind);
    }

    [Fact]
    public void Read_InterviewSentences_PrintBackAsTheClaimsPrinterWritesThem()
    {
        var text = Sentences();
        foreach (var read in new BulletinReader().Read(text, Published, RegionCode.Quzhou).Claims)
        {
            var printed = read.Claim.ToString("zh", null);
            var again = new BulletinReader().Read(printed + "。", Published, RegionCode.Quzhou);
            Assert.True(again.Claims.Count == 1, printed);
            Assert.Equal(Key(read.Claim), Key(again.Claims[0].Claim));
        }
    }

    [Fact]
    public void Read_WholeInterview_FindsEveryHandWrittenClaim()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "..", "shared", "seed", "quzhou-interview.txt");
        if (!File.Exists(path))
        {
            path = "/work/shared/seed/quzhou-interview.txt";
        }

        if (!File.Exists(path))
        {
            return; // the seed text is not in the repository; the sentences above are
        }

        var text = TextFiles.ReadAllText(path);
        var reading = new BulletinReader().Read(text, Published, RegionCode.Quzhou);
        var found = reading.Claims.Select(c => Key(c.Claim).Replace(c.Claim.Period?.ToString() ?? "-", "-", StringComparison.Ordinal)).ToList();
        foreach (var claim in ClaimsJson.Load(Example("interview-claims.json")))
        {
            Assert.Contains(Key(claim), found);
        }

        // Every other claim repeats an indicator of those: the panels print the prose's figures again.
        var codes = ClaimsJson.Load(Example("interview-claims.json")).SelectMany(c => c.Subjects).Select(s => s.IndicatorCode).ToHashSet();
        Assert.All(reading.Claims, c => Assert.Contains(c.Claim.Subjects[0].IndicatorCode, codes));
        Assert.All(reading.Claims, c => Assert.All(c.FigureSpans, s => Assert.True(c.Span.Contains(s))));
    }
}
