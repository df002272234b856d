using System;
using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Quzhou.Governance.Quantities;

namespace Quzhou.Governance.Benchmarks.Quantities;

/// <summary>
/// Deciding “is this rate at or above 97%” and “did this count fall” over a million pairs: the library's
/// exact cross-multiplication against the <see cref="decimal"/> division a user would write (baseline)
/// and the bare <see cref="long"/> loop.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ExactComparisonBenchmarks
{
    private const int Pairs = 1_000_000;

    private long[] numerators = [];
    private long[] denominators = [];
    private long[] currents = [];
    private long[] bases = [];
    private Percentage threshold;

    /// <summary>Builds a million (satisfied, responses) pairs around 97% and a million (current, base) counts.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20251026);
        numerators = new long[Pairs];
        denominators = new long[Pairs];
        currents = new long[Pairs];
        bases = new long[Pairs];
        for (var i = 0; i < Pairs; i++)
        {
            var responses = random.Next(1, 100_000);
            denominators[i] = responses;
            numerators[i] = (long)(responses * (0.94 + (random.NextDouble() * 0.06)));
            bases[i] = random.Next(1, 10_000);
            currents[i] = Math.Max(0, bases[i] + random.Next(-500, 500));
        }

        threshold = new Percentage(97m);
    }

    /// <summary>What a user writes without the library: divide decimals, compare with 97.</summary>
    /// <returns>How many rates are at or above 97%.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Rate >= 97%")]
    public int RateDecimalDivision()
    {
        var held = 0;
        for (var i = 0; i < numerators.Length; i++)
        {
            if ((decimal)numerators[i] / denominators[i] * 100m >= 97m)
            {
                held++;
            }
        }

        return held;
    }

    /// <summary>The library: an exact <see cref="Ratio"/> compared with a <see cref="Percentage"/>.</summary>
    /// <returns>How many rates are at or above 97%.</returns>
    [Benchmark]
    [BenchmarkCategory("Rate >= 97%")]
    public int RateExactRatio()
    {
        var held = 0;
        var level = threshold;
        for (var i = 0; i < numerators.Length; i++)
        {
            if (Ratio.Share(numerators[i], denominators[i]) >= level)
            {
                held++;
            }
        }

        return held;
    }

    /// <summary>The bare loop: n·100 ≥ 97·d in <see cref="long"/>s (overflows for large values).</summary>
    /// <returns>How many rates are at or above 97%.</returns>
    [Benchmark]
    [BenchmarkCategory("Rate >= 97%")]
    public int RateBareLong()
    {
        var held = 0;
        for (var i = 0; i < numerators.Length; i++)
        {
            if (numerators[i] * 100 >= 97 * denominators[i])
            {
                held++;
            }
        }

        return held;
    }

    /// <summary>What a user writes without the library: the relative change as a decimal, compared with zero.</summary>
    /// <returns>How many counts fell.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Current < base")]
    [SuppressMessage("Quzhou.Governance", "QG0002:Hand-written relative change", Justification = "The baseline: the decimal division a user writes without the library, measured against the exact comparison.")]
    public int DeclineDecimalDivision()
    {
        var fell = 0;
        for (var i = 0; i < currents.Length; i++)
        {
            if (((decimal)currents[i] - bases[i]) / bases[i] < 0m)
            {
                fell++;
            }
        }

        return fell;
    }

    /// <summary>The library: an exact <see cref="RelativeChange"/> compared with <see cref="RelativeChange.Zero"/>.</summary>
    /// <returns>How many counts fell.</returns>
    [Benchmark]
    [BenchmarkCategory("Current < base")]
    public int DeclineExactRelativeChange()
    {
        var fell = 0;
        var zero = RelativeChange.Zero;
        for (var i = 0; i < currents.Length; i++)
        {
            if (RelativeChange.Between(currents[i], bases[i]) < zero)
            {
                fell++;
            }
        }

        return fell;
    }

    /// <summary>The library's shortcut for a sign: <see cref="RelativeChange.IsDecrease"/>.</summary>
    /// <returns>How many counts fell.</returns>
    [Benchmark]
    [BenchmarkCategory("Current < base")]
    public int DeclineIsDecrease()
    {
        var fell = 0;
        for (var i = 0; i < currents.Length; i++)
        {
            if (RelativeChange.Between(currents[i], bases[i]).IsDecrease)
            {
                fell++;
            }
        }

        return fell;
    }

    /// <summary>The bare loop: current &lt; base.</summary>
    /// <returns>How many counts fell.</returns>
    [Benchmark]
    [BenchmarkCategory("Current < base")]
    public int DeclineBareLong()
    {
        var fell = 0;
        for (var i = 0; i < currents.Length; i++)
        {
            if (currents[i] < bases[i])
            {
                fell++;
            }
        }

        return fell;
    }
}
