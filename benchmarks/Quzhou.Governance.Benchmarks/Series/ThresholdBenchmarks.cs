using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.Benchmarks.Series;

/// <summary>
/// 保持在97%以上 over 1,000,000 rates (4,000 regions × 250 months, 97.00–99.99%, so every region holds and every point is
/// read): whether each region's rate stayed at or above 97% every month. The library also says where it broke, or the
/// first month it could not decide and why. Checked once before timing.
/// </summary>
[MemoryDiagnoser]
public class ThresholdBenchmarks
{
    private static readonly Percentage Floor = new(97m);
    private long[] num = Array.Empty<long>();
    private long[] den = Array.Empty<long>();
    private RatePanel rates = null!;
    private bool[] held = Array.Empty<bool>();
    private ThresholdCheck[] checks = Array.Empty<ThresholdCheck>();
    private List<Row> rows = new();

    /// <summary>The arrays, the panel and the output buffers.</summary>
    [GlobalSetup(Targets = new[] { nameof(BareLoop), nameof(Library), nameof(LibraryTable) })]
    public void SetupArrays()
    {
        num = SeriesData.Values(SeriesData.CitySeries, 44, 9_700, 10_000);
        den = SeriesData.Denominators(SeriesData.CitySeries);
        rates = RatePanel.FromParts(InterviewIndicators.LocalDisputeResolutionRate, SeriesData.Start, SeriesData.Months, num, den);
        held = new bool[SeriesData.CitySeries];
        checks = new ThresholdCheck[SeriesData.CitySeries];
        BareLoop();
        Library();
        SeriesData.Agree(checks.Select(c => c.IsHeld).SequenceEqual(held), "the bare loop");
        SeriesData.Agree(LibraryTable().SequenceEqual(checks), "the table");
    }

    /// <summary>Rows, for LINQ only.</summary>
    [GlobalSetup(Target = nameof(Linq))]
    public void SetupLinq()
    {
        num = SeriesData.Values(SeriesData.CitySeries, 44, 9_700, 10_000);
        den = SeriesData.Denominators(SeriesData.CitySeries);
        rows = Enumerable.Range(0, num.Length).Select(i => new Row(i / SeriesData.Months, num[i], den[i])).ToList();
        var library = Thresholds.HeldAtOrAbove(RatePanel.FromParts(InterviewIndicators.LocalDisputeResolutionRate, SeriesData.Start, SeriesData.Months, num, den), Floor);
        SeriesData.Agree(Linq().SequenceEqual(library.Select(c => c.IsHeld)), "LINQ");
    }

    /// <summary>The bare loop: cross-multiplication on longs, stopping at the first month below.</summary>
    [Benchmark(Baseline = true)]
    public void BareLoop()
    {
        for (var s = 0; s < SeriesData.CitySeries; s++)
        {
            var o = s * SeriesData.Months;
            var ok = true;
            for (var i = 0; i < SeriesData.Months; i++)
            {
                if (num[o + i] * 100 < 97 * den[o + i])
                {
                    ok = false;
                    break;
                }
            }

            held[s] = ok;
        }
    }

    /// <summary>The library into the caller's span: held, broken (first failing month) or undetermined (first zero denominator).</summary>
    [Benchmark]
    public void Library() => Thresholds.HeldAtOrAbove(rates, Floor, checks);

    /// <summary>The library returning a new table.</summary>
    /// <returns>The table.</returns>
    [Benchmark]
    public ThresholdCheckTable LibraryTable() => Thresholds.HeldAtOrAbove(rates, Floor);

    /// <summary>LINQ: group by region, divide in decimal, compare with 0.97.</summary>
    /// <returns>Whether each region held.</returns>
    [Benchmark]
    public bool[] Linq() =>
        rows.GroupBy(r => r.Region).Select(g => g.All(r => r.Denominator != 0 && (decimal)r.Numerator / r.Denominator >= 0.97m)).ToArray();

    private readonly record struct Row(int Region, long Numerator, long Denominator);
}
