using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Quzhou.Governance.Quantities;

namespace Quzhou.Governance.Benchmarks.Quantities;

/// <summary>
/// Writing 10,000 year-on-year changes in Chinese (“下降6.67%”): the string code a user would write
/// (baseline), the library's <c>ToString("zh")</c> and its allocation-free <c>TryFormat</c>, and a bare
/// span loop.
/// </summary>
[MemoryDiagnoser]
public class ChangeTextBenchmarks
{
    private const int Changes = 10_000;

    private readonly char[] buffer = new char[64];
    private long[] currents = [];
    private long[] bases = [];

    /// <summary>Builds 10,000 (current, base) counts.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20251026);
        currents = new long[Changes];
        bases = new long[Changes];
        for (var i = 0; i < Changes; i++)
        {
            bases[i] = random.Next(1, 10_000);
            currents[i] = Math.Max(0, bases[i] + random.Next(-500, 500));
        }
    }

    /// <summary>What a user writes: divide decimals, round, concatenate strings.</summary>
    /// <returns>The total length written.</returns>
    [Benchmark(Baseline = true)]
    [SuppressMessage("Quzhou.Governance", "QG0002:Hand-written relative change", Justification = "The baseline: the relative change a user writes by hand, measured against the library.")]
    public int StringConcatenation()
    {
        var length = 0;
        for (var i = 0; i < currents.Length; i++)
        {
            var percent = Math.Round(((decimal)currents[i] - bases[i]) / bases[i] * 100m, 2, MidpointRounding.AwayFromZero);
            var text = percent == 0m
                ? "持平"
                : (percent < 0 ? "下降" : "增长") + Math.Abs(percent).ToString("0.00", CultureInfo.InvariantCulture) + "%";
            length += text.Length;
        }

        return length;
    }

    /// <summary>The library: <c>RelativeChange.Between(c, b).ToString("zh", null)</c>.</summary>
    /// <returns>The total length written.</returns>
    [Benchmark]
    public int LibraryToString()
    {
        var length = 0;
        for (var i = 0; i < currents.Length; i++)
        {
            length += RelativeChange.Between(currents[i], bases[i]).ToString("zh", null).Length;
        }

        return length;
    }

    /// <summary>The library writing into a reused buffer: no allocation.</summary>
    /// <returns>The total length written.</returns>
    [Benchmark]
    public int LibraryTryFormat()
    {
        var length = 0;
        var destination = buffer.AsSpan();
        for (var i = 0; i < currents.Length; i++)
        {
            RelativeChange.Between(currents[i], bases[i]).TryFormat(destination, out var written, "zh", null);
            length += written;
        }

        return length;
    }

    /// <summary>The bare loop: decimal division, rounding and span writes by hand.</summary>
    /// <returns>The total length written.</returns>
    [Benchmark]
    [SuppressMessage("Quzhou.Governance", "QG0002:Hand-written relative change", Justification = "The bare loop written by hand on purpose, the floor the library is measured against.")]
    public int BareSpanLoop()
    {
        var length = 0;
        var destination = buffer.AsSpan();
        for (var i = 0; i < currents.Length; i++)
        {
            var percent = Math.Round(((decimal)currents[i] - bases[i]) / bases[i] * 100m, 2, MidpointRounding.AwayFromZero);
            if (percent == 0m)
            {
                length += 2;
                continue;
            }

            destination[0] = percent < 0 ? '下' : '增';
            destination[1] = percent < 0 ? '降' : '长';
            Math.Abs(percent).TryFormat(destination.Slice(2), out var written, "0.00", CultureInfo.InvariantCulture);
            destination[2 + written] = '%';
            length += written + 3;
        }

        return length;
    }
}
