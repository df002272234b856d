using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.Benchmarks.Series;

/// <summary>
/// The shape of <c>shared/bench/pandas_series.py</c>: 4,000 monthly series (regions × indicators) of 250 months,
/// 2005-01 … 2025-10, 1,000,000 points. Each operation three ways: the LINQ-and-dictionary code a user would
/// write (baseline), the bare loop over arrays, and the library.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SeriesBenchmarks
{
    private const int SeriesCount = 4_000;
    private const int Months = 250;
    private static readonly SeriesPeriod Start = SeriesPeriod.Month(2005, 1);

    private long[] a = Array.Empty<long>();
    private long[] b = Array.Empty<long>();
    private long[] num = Array.Empty<long>();
    private long[] den = Array.Empty<long>();
    private SeriesPanel panelA = null!;
    private SeriesPanel panelB = null!;
    private RatePanel rates = null!;
    private List<Row> rowsA = new();
    private Dictionary<(int Region, int Year, int Month), long> byKeyA = new();
    private Dictionary<(int Region, int Year, int Month), long> byKeyB = new();
    private List<RateRow> rateRows = new();

    /// <summary>Builds the data once: values 100–9,999 as in the pandas script, rates 97.00%–99.99%.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var n = SeriesCount * Months;
        a = new long[n];
        b = new long[n];
        num = new long[n];
        den = new long[n];
        for (var i = 0; i < n; i++)
        {
            a[i] = random.Next(100, 10_000);
            b[i] = random.Next(100, 10_000);
            num[i] = random.Next(9_700, 10_000);
            den[i] = 10_000;
        }

        panelA = SeriesPanel.FromValues(InterviewIndicators.TelecomFraudCases, Start, Months, a);
        panelB = SeriesPanel.FromValues(InterviewIndicators.TelecomFraudLosses, Start, Months, b);
        rates = RatePanel.FromParts(InterviewIndicators.LocalDisputeResolutionRate, Start, Months, num, den);

        rowsA = new List<Row>(n);
        rateRows = new List<RateRow>(n);
        for (var s = 0; s < SeriesCount; s++)
        {
            for (var m = 0; m < Months; m++)
            {
                var year = 2005 + (m / 12);
                var month = (m % 12) + 1;
                var i = (s * Months) + m;
                rowsA.Add(new Row(s, year, month, a[i]));
                rateRows.Add(new RateRow(s, year, month, num[i], den[i]));
                byKeyA[(s, year, month)] = a[i];
                byKeyB[(s, year, month)] = b[i];
            }
        }
    }

    // ---------------------------------------------------------------- year-on-year (同比)

    /// <summary>LINQ and a dictionary: look up the same month a year earlier and divide in decimal.</summary>
    /// <returns>The changes.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("YearOnYear")]
    [SuppressMessage("Quzhou.Governance", "QG0002:Hand-written relative change", Justification = "The baseline: the year-on-year change a user writes with LINQ, measured against Changes.YearOnYear.")]
    public decimal?[] YearOnYearLinq() =>
        rowsA.Select(r => byKeyA.TryGetValue((r.Region, r.Year - 1, r.Month), out var prior) && prior != 0
                ? (decimal?)((r.Value - prior) / (decimal)prior)
                : null)
            .ToArray();

    /// <summary>The bare loop: divide doubles (NaN where undefined).</summary>
    /// <returns>The changes.</returns>
    [Benchmark]
    [BenchmarkCategory("YearOnYear")]
    [SuppressMessage("Quzhou.Governance", "QG0002:Hand-written relative change", Justification = "The bare loop in double written by hand on purpose, the floor Changes.YearOnYear is measured against.")]
    public double[] YearOnYearBareLoop()
    {
        var result = new double[a.Length];
        for (var s = 0; s < SeriesCount; s++)
        {
            var o = s * Months;
            for (var i = 0; i < 12; i++)
            {
                result[o + i] = double.NaN;
            }

            for (var i = 12; i < Months; i++)
            {
                var prior = a[o + i - 12];
                result[o + i] = prior == 0 ? double.NaN : (double)(a[o + i] - prior) / prior;
            }
        }

        return result;
    }

    /// <summary>The library: exact pairs current/base with a typed reason per point, nothing divided.</summary>
    /// <returns>The change table.</returns>
    [Benchmark]
    [BenchmarkCategory("YearOnYear")]
    public PeriodChangeTable YearOnYearLibrary() => Changes.YearOnYear(panelA);

    // ---------------------------------------------------------------- longest joint run of declines (双下降)

    /// <summary>LINQ and dictionaries: per region, months in order, both below the same month a year earlier.</summary>
    /// <returns>The longest run per region.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("JointStreak")]
    public int[] JointStreakLinq() =>
        rowsA.GroupBy(r => r.Region)
            .Select(g =>
            {
                int run = 0, best = 0;
                foreach (var r in g.OrderBy(r => r.Year).ThenBy(r => r.Month))
                {
                    var both = byKeyA.TryGetValue((r.Region, r.Year - 1, r.Month), out var priorA)
                        && byKeyB.TryGetValue((r.Region, r.Year - 1, r.Month), out var priorB)
                        && r.Value < priorA
                        && byKeyB[(r.Region, r.Year, r.Month)] < priorB;
                    run = both ? run + 1 : 0;
                    best = Math.Max(best, run);
                }

                return best;
            })
            .ToArray();

    /// <summary>The bare loop over two long arrays.</summary>
    /// <returns>The longest run per region.</returns>
    [Benchmark]
    [BenchmarkCategory("JointStreak")]
    public int[] JointStreakBareLoop()
    {
        var result = new int[SeriesCount];
        for (var s = 0; s < SeriesCount; s++)
        {
            var o = s * Months;
            int run = 0, best = 0;
            for (var i = 12; i < Months; i++)
            {
                run = a[o + i] < a[o + i - 12] && b[o + i] < b[o + i - 12] ? run + 1 : 0;
                best = Math.Max(best, run);
            }

            result[s] = best;
        }

        return result;
    }

    /// <summary>The library: longest and current run per region, with first and last period and what ended them.</summary>
    /// <returns>The runs.</returns>
    [Benchmark]
    [BenchmarkCategory("JointStreak")]
    public StreakTable JointStreakLibrary() => Streaks.YearOnYearDeclines(panelA, panelB);

    // ---------------------------------------------------------------- a rate held at 97% (保持在97%以上)

    /// <summary>LINQ: group by region, divide in decimal, compare with 0.97.</summary>
    /// <returns>Whether each region held.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Threshold")]
    public bool[] ThresholdLinq() =>
        rateRows.GroupBy(r => r.Region).Select(g => g.All(r => r.Denominator != 0 && (decimal)r.Numerator / r.Denominator >= 0.97m)).ToArray();

    /// <summary>The bare loop: cross-multiplication.</summary>
    /// <returns>Whether each region held.</returns>
    [Benchmark]
    [BenchmarkCategory("Threshold")]
    public bool[] ThresholdBareLoop()
    {
        var result = new bool[SeriesCount];
        for (var s = 0; s < SeriesCount; s++)
        {
            var o = s * Months;
            var held = true;
            for (var i = 0; i < Months; i++)
            {
                if (num[o + i] * 100 < 97 * den[o + i])
                {
                    held = false;
                    break;
                }
            }

            result[s] = held;
        }

        return result;
    }

    /// <summary>The library: held, broken (first failing month) or undetermined (first gap or zero denominator).</summary>
    /// <returns>The outcomes.</returns>
    [Benchmark]
    [BenchmarkCategory("Threshold")]
    public ThresholdCheckTable ThresholdLibrary() => Thresholds.HeldAtOrAbove(rates, new Percentage(97m));

    // ---------------------------------------------------------------- roll-up of months to years

    /// <summary>LINQ: group by region and year, sum.</summary>
    /// <returns>The yearly totals.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Rollup")]
    public Dictionary<(int Region, int Year), long> RollupLinq() =>
        rowsA.GroupBy(r => (r.Region, r.Year)).ToDictionary(g => g.Key, g => g.Sum(r => r.Value));

    /// <summary>The bare loop: sum twelve months at a time (partial years included, as pandas does).</summary>
    /// <returns>The yearly totals.</returns>
    [Benchmark]
    [BenchmarkCategory("Rollup")]
    public long[] RollupBareLoop()
    {
        const int years = (Months + 11) / 12;
        var result = new long[SeriesCount * years];
        for (var s = 0; s < SeriesCount; s++)
        {
            var o = s * Months;
            for (var i = 0; i < Months; i++)
            {
                result[(s * years) + (i / 12)] += a[o + i];
            }
        }

        return result;
    }

    /// <summary>The library: whole years summed (flow), the partial 2025 a gap, statuses combined.</summary>
    /// <returns>The yearly panel.</returns>
    [Benchmark]
    [BenchmarkCategory("Rollup")]
    public SeriesPanel RollupLibrary() => Rollups.ToFrequency(panelA, Frequency.Year);

    // ---------------------------------------------------------------- same span of the previous plan (较“十三五”同期)

    /// <summary>LINQ: filter both spans, group by region, sum, divide in decimal.</summary>
    /// <returns>The changes per region.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("SameSpan")]
    [SuppressMessage("Quzhou.Governance", "QG0002:Hand-written relative change", Justification = "The baseline: the span change a user writes with LINQ, measured against the library.")]
    public decimal?[] SameSpanLinq()
    {
        static int Key(Row r) => (r.Year * 12) + r.Month - 1;
        var from = (2021 * 12) + 0;
        var to = (2025 * 12) + 9;
        var current = rowsA.Where(r => Key(r) >= from && Key(r) <= to).GroupBy(r => r.Region).ToDictionary(g => g.Key, g => g.Sum(r => r.Value));
        var prior = rowsA.Where(r => Key(r) >= from - 60 && Key(r) <= to - 60).GroupBy(r => r.Region).ToDictionary(g => g.Key, g => g.Sum(r => r.Value));
        return Enumerable.Range(0, SeriesCount)
            .Select(s => prior[s] == 0 ? null : (decimal?)((current[s] - prior[s]) / (decimal)prior[s]))
            .ToArray();
    }

    /// <summary>The bare loop: two sums per region.</summary>
    /// <returns>The pairs (current, base) per region.</returns>
    [Benchmark]
    [BenchmarkCategory("SameSpan")]
    public (long Current, long Base)[] SameSpanBareLoop()
    {
        var first = Start.PeriodsUntil(SeriesPeriod.Month(2021, 1));
        var result = new (long, long)[SeriesCount];
        for (var s = 0; s < SeriesCount; s++)
        {
            var o = s * Months;
            long current = 0, prior = 0;
            for (var i = first; i < Months; i++)
            {
                current += a[o + i];
                prior += a[o + i - 60];
            }

            result[s] = (current, prior);
        }

        return result;
    }

    /// <summary>The library: typed span changes (2021-01…2025-10 against 2016-01…2020-10).</summary>
    /// <returns>The changes per region.</returns>
    [Benchmark]
    [BenchmarkCategory("SameSpan")]
    public SpanChangeTable SameSpanLibrary() => Changes.AgainstSameSpan(panelA, SeriesPeriod.Month(2021, 1), SeriesPeriod.Month(2025, 10), 5);

    private readonly record struct Row(int Region, int Year, int Month, long Value);

    private readonly record struct RateRow(int Region, int Year, int Month, long Numerator, long Denominator);
}
