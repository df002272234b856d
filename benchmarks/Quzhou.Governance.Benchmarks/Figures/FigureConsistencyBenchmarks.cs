using System;
using BenchmarkDotNet.Attributes;
using Quzhou.Governance.Figures;

namespace Quzhou.Governance.Benchmarks.Figures;

/// <summary>
/// Checking 1,000 exact fractions against the published figure 72.96%: the library's cross-multiplication
/// (exact, ties accepted) against decimal division and rounding (baseline) and a bare double loop.
/// </summary>
[MemoryDiagnoser]
public class FigureConsistencyBenchmarks
{
    private const int Size = 1000;
    private readonly long[] numerators = new long[Size];
    private readonly long[] denominators = new long[Size];
    private PublishedFigure figure;

    /// <summary>Builds fractions near 72.96% with denominators up to 10⁹.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20251126);
        for (var i = 0; i < Size; i++)
        {
            var denominator = random.Next(1000, 1_000_000_000);
            denominators[i] = denominator;
            numerators[i] = (long)(denominator * (0.7290 + (random.NextDouble() * 0.0012)));
        }

        figure = PublishedFigure.Parse("72.96%");
    }

    /// <summary>The code a user would write: divide in decimal, round half away from zero, compare.</summary>
    /// <returns>How many fractions print as 72.96%.</returns>
    [Benchmark(Baseline = true)]
    public int DecimalDivisionAndRound()
    {
        var count = 0;
        for (var i = 0; i < Size; i++)
        {
            var percent = Math.Round((decimal)numerators[i] / denominators[i] * 100m, 2, MidpointRounding.AwayFromZero);
            if (percent == 72.96m)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>A bare double loop: fast, inexact at ties.</summary>
    /// <returns>How many fractions print as 72.96%.</returns>
    [Benchmark]
    public int DoubleLoop()
    {
        var count = 0;
        for (var i = 0; i < Size; i++)
        {
            if (Math.Round((double)numerators[i] / denominators[i] * 100.0, 2, MidpointRounding.AwayFromZero) == 72.96)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The library: exact cross-multiplication in 192-bit integers against the figure's interval.</summary>
    /// <returns>How many fractions print as 72.96%.</returns>
    [Benchmark]
    public int LibraryIsConsistentWith()
    {
        var count = 0;
        for (var i = 0; i < Size; i++)
        {
            if (figure.IsConsistentWith(numerators[i], denominators[i]))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The library with the interval computed once and reused.</summary>
    /// <returns>How many fractions print as 72.96%.</returns>
    [Benchmark]
    public int LibraryIntervalContains()
    {
        var interval = figure.GetSignedInterval();
        var count = 0;
        for (var i = 0; i < Size; i++)
        {
            if (interval.Contains(numerators[i], denominators[i], 100))
            {
                count++;
            }
        }

        return count;
    }
}
