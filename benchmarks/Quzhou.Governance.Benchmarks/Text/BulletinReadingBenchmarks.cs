using System;
using System.Linq;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Quzhou.Governance.Series;
using Quzhou.Governance.Text;

namespace Quzhou.Governance.Benchmarks.Text;

/// <summary>
/// Reading the figures out of a few megabytes of bulletin text (the clean passages of tests/…/Text/Passages, repeated):
/// the library's <see cref="BulletinReader"/> beside a straightforward reader with one compiled <see cref="Regex"/> per
/// phrase pattern (baseline), and a bare loop that only counts runs of digits (the floor). The library and the
/// baseline both give the number of figures and the sum of their printed values (the baseline parses each number it
/// matches, as a reader of figures must); setup checks that they agree on the text, so both do the same work. The
/// library does more (subjects, indicators, bases, periods, spans); the floor reads nothing and gives runs of digits.
/// </summary>
[MemoryDiagnoser]
public class BulletinReadingBenchmarks
{
    private static readonly LocalDate Published = new(2025, 3, 1);

    private string text = string.Empty;
    private BulletinReader reader = new();

    /// <summary>The size of the text in megabytes (of UTF-16 chars, two bytes each).</summary>
    [Params(2)]
    public int Megabytes { get; set; }

    /// <summary>Repeats the clean passages to the size and checks that the library and the baseline agree.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var passages = PassageText.Clean();
        reader = new BulletinReader(options: new BulletinReaderOptions(Published, RegionCode.Quzhou));

        // Only the passages in which the two readers find the same figures (count and sum): where the regular expressions find a
        // number the reader declines (a streak's start, a figure of a construct it does not read yet), the two would
        // not be doing the same work.
        passages = passages.Where(p => SameCount(p)).ToList();
        if (passages.Count == 0)
        {
            throw new InvalidOperationException("No passage is read alike by the library and the regular expressions.");
        }

        text = PassageText.Repeat(passages, Megabytes);
        var library = Library();
        var baseline = RegexPerPattern();
        if (library != baseline)
        {
            throw new InvalidOperationException("The library read " + library.ToString() + " (figures, sum) where one Regex per pattern found " + baseline.ToString() + ": they must do the same work before they are compared.");
        }
    }

    private bool SameCount(string passage)
    {
        text = passage;
        return Library() == RegexPerPattern();
    }

    /// <summary>The code a user would write without the library: one compiled Regex per phrase pattern over the text,
    /// each number matched parsed.</summary>
    /// <returns>How many figures were found and the sum of their printed values.</returns>
    [Benchmark(Baseline = true)]
    public (int Figures, decimal Sum) RegexPerPattern() => FigureRegexCounter.Count(text);

    /// <summary>The library: every claim with its subjects, figures, base, period and spans.</summary>
    /// <returns>How many figures were read and the sum of their printed values.</returns>
    [Benchmark]
    public (int Figures, decimal Sum) Library()
    {
        var figures = 0;
        var sum = 0m;
        foreach (var claim in reader.Read(text).Claims)
        {
            foreach (var figure in claim.Claim.Figures)
            {
                figures++;
                sum += figure.Value;
            }
        }

        return (figures, sum);
    }

    /// <summary>The floor: one pass counting runs of ASCII digits, reading nothing.</summary>
    /// <returns>How many runs of digits there are.</returns>
    [Benchmark]
    public int BareDigitLoop()
    {
        var runs = 0;
        var inRun = false;
        foreach (var c in text)
        {
            var digit = c is >= '0' and <= '9';
            if (digit && !inRun)
            {
                runs++;
            }

            inRun = digit;
        }

        return runs;
    }
}
