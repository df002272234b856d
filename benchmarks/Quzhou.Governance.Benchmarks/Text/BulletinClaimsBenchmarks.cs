using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;
using Quzhou.Governance.Text;

namespace Quzhou.Governance.Benchmarks.Text;

/// <summary>
/// Reading the claims out of a few megabytes of bulletin text, each claim whole: the library's
/// <see cref="BulletinReader"/> beside the claim reader a user would write without it (baseline,
/// <see cref="RegexClaimReader"/>: one compiled regular expression per phrase pattern, a period pattern, subjects
/// looked up in a dictionary of <see cref="IndicatorCatalog.Interview"/>'s names and aliases). Both give one
/// <see cref="ClaimRecord"/> per claim (kind, each subject's indicator code or words, each figure's printed value,
/// decimals, unit and direction, the base's kind, the period and whether it was inherited); the library's claims are
/// projected to records in the column. Setup keeps the clean passages of tests/…/Text/Passages (as
/// <see cref="BulletinReadingBenchmarks"/> selects them) that the two read into the same records and whose figures the
/// figures-only regular expressions count and sum alike (all 14 of the 14 when this class was written: the 20 files less
/// the 5 messy-*.txt and diagnostics.txt; setup prints the count), repeats them
/// to the size, and throws if the two readers' records, or the figures' count and sum, differ on the whole text.
/// The figures-only patterns (<see cref="FigureRegexCounter"/>, the baseline of <see cref="BulletinReadingBenchmarks"/>,
/// measured there) are no column here: they give only the number of figures and their sum, not the same output.
/// </summary>
[MemoryDiagnoser]
public class BulletinClaimsBenchmarks
{
    private static readonly LocalDate Published = new(2025, 3, 1);

    private string text = string.Empty;
    private BulletinReader reader = new();
    private RegexClaimReader claimReader = new(IndicatorCatalog.Interview);

    /// <summary>The size of the text in megabytes (of UTF-16 chars, two bytes each).</summary>
    [Params(2)]
    public int Megabytes { get; set; }

    /// <summary>Repeats the passages the readers agree on to the size and checks that they agree on the whole text.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var clean = PassageText.Clean();
        reader = new BulletinReader(IndicatorCatalog.Interview, new BulletinReaderOptions(Published, RegionCode.Quzhou));
        claimReader = new RegexClaimReader(IndicatorCatalog.Interview);

        // Only the passages both readers read into the same records: where the patterns miss a construct the library
        // reads (or read one it declines), the two would not be doing the same work.
        var passages = clean.Where(p => Disagreement(p) is null).ToList();
        Console.WriteLine("// " + nameof(BulletinClaimsBenchmarks) + ": " + passages.Count.ToString(CultureInfo.InvariantCulture)
            + " of " + clean.Count.ToString(CultureInfo.InvariantCulture) + " clean passages read alike");
        if (passages.Count == 0)
        {
            throw new InvalidOperationException("No passage is read alike by the library and the regular-expression claim reader.");
        }

        if (Disagreement(PassageText.Repeat(passages, Megabytes)) is { } disagreement)
        {
            throw new InvalidOperationException(disagreement + ": the two readers must give the same claims before they are compared.");
        }
    }

    /// <summary>The code a user would write without the library: lines, sentences and clauses split by regular
    /// expressions, one compiled Regex per phrase pattern over each clause, subjects looked up in a dictionary.</summary>
    /// <returns>One record per claim.</returns>
    [Benchmark(Baseline = true)]
    public IReadOnlyList<ClaimRecord> RegexClaims() => claimReader.Read(text);

    /// <summary>The library: every claim with its subjects, indicators, figures, base, period and spans, projected to
    /// records.</summary>
    /// <returns>One record per claim.</returns>
    [Benchmark]
    public IReadOnlyList<ClaimRecord> Library()
    {
        var claims = reader.Read(text).Claims;
        var records = new ClaimRecord[claims.Count];
        for (var i = 0; i < records.Length; i++)
        {
            records[i] = ClaimRecord.Of(claims[i]);
        }

        return records;
    }

    /// <summary>Sets the text and says where the readers differ on it, or null when they agree: the same records
    /// from both claim readers, and the records' number of figures and sum what the figures-only reader finds.</summary>
    private string? Disagreement(string passage)
    {
        text = passage;
        var library = Library();
        var baseline = RegexClaims();
        for (var i = 0; i < Math.Max(library.Count, baseline.Count); i++)
        {
            var ours = i < library.Count ? library[i] : null;
            var theirs = i < baseline.Count ? baseline[i] : null;
            if (ours is null || !ours.Equals(theirs))
            {
                return "Claim " + i.ToString(CultureInfo.InvariantCulture) + ": the library read " + (ours?.ToString() ?? "nothing")
                    + " where the regular expressions read " + (theirs?.ToString() ?? "nothing");
            }
        }

        var figures = library.Sum(r => r.Figures.Count);
        var sum = library.Sum(r => r.Figures.Sum(f => f.Value));
        var counted = FigureRegexCounter.Count(text);
        return counted == (figures, sum)
            ? null
            : "The claims hold " + figures.ToString(CultureInfo.InvariantCulture) + " figures where the figures-only patterns count " + counted.Figures.ToString(CultureInfo.InvariantCulture);
    }
}
