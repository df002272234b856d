using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.Benchmarks.Series;

/// <summary>
/// 较“十三五”同期 over 4,000 regions × 250 months: per region, the total of 2021-01 … 2025-10 and of 2016-01 … 2020-10
/// (the same span five years earlier), undefined marked. Checked once before timing. Not in the pandas script.
/// </summary>
[MemoryDiagnoser]
public class SameSpanBenchmarks
{
    private static readonly SeriesPeriod From = SeriesPeriod.Month(2021, 1);
    private static readonly SeriesPeriod To = SeriesPeriod.Month(2025, 10);
    private long[] a = Array.Empty<long>();
    private SeriesPanel panel = null!;
    private long[] currents = Array.Empty<long>();
    private long[] bases = Array.Empty<long>();
    private UndefinedReason[] reasons = Array.Empty<UndefinedReason>();
    private List<Row> rows = new();

    /// <summary>The arrays, the panel and the output buffers.</summary>
    [GlobalSetup(Targets = new[] { nameof(BareLoop), nameof(Library), nameof(LibraryTable) })]
    public void SetupArrays()
    {
        a = SeriesData.Values(SeriesData.CitySeries, 42);
        panel = SeriesPanel.FromValues(InterviewIndicators.TelecomFraudCases, SeriesData.Start, SeriesData.Months, a);
        currents = new long[SeriesData.CitySeries];
        bases = new long[SeriesData.CitySeries];
        reasons = new UndefinedReason[SeriesData.CitySeries];
        var bare = BareLoop();
        Library();
        SeriesData.Agree(bare.Select(p => p.Current).SequenceEqual(currents) && bare.Select(p => p.Base).SequenceEqual(bases), "the bare loop");
        SeriesData.Agree(LibraryTable().Currents.SequenceEqual(currents), "the table");
    }

    /// <summary>Rows, for LINQ only.</summary>
    [GlobalSetup(Target = nameof(Linq))]
    public void SetupLinq()
    {
        a = SeriesData.Values(SeriesData.CitySeries, 42);
        rows = Enumerable.Range(0, a.Length).Select(i => new Row(i / SeriesData.Months, 2005 + (i % SeriesData.Months / 12), (i % SeriesData.Months % 12) + 1, a[i])).ToList();
        var library = Changes.AgainstSameSpan(SeriesPanel.FromValues(InterviewIndicators.TelecomFraudCases, SeriesData.Start, SeriesData.Months, a), From, To, 5);
        SeriesData.Agree(Linq().Select(p => p.Current).SequenceEqual(library.Select(c => c.Current)), "LINQ");
    }

    /// <summary>The bare loop: two sums per region.</summary>
    /// <returns>The pairs (current, base) per region.</returns>
    [Benchmark(Baseline = true)]
    public (long Current, long Base)[] BareLoop()
    {
        var first = SeriesData.Start.PeriodsUntil(From);
        var result = new (long, long)[SeriesData.CitySeries];
        for (var s = 0; s < SeriesData.CitySeries; s++)
        {
            var o = s * SeriesData.Months;
            long current = 0, prior = 0;
            for (var i = first; i < SeriesData.Months; i++)
            {
                current += a[o + i];
                prior += a[o + i - 60];
            }

            result[s] = (current, prior);
        }

        return result;
    }

    /// <summary>The library into the caller's spans: both totals and a reason per region.</summary>
    [Benchmark]
    public void Library() => Changes.AgainstSameSpan(panel, From, To, 5, currents, bases, reasons);

    /// <summary>The library returning a new table.</summary>
    /// <returns>The table.</returns>
    [Benchmark]
    public SpanChangeTable LibraryTable() => Changes.AgainstSameSpan(panel, From, To, 5);

    /// <summary>LINQ: filter both spans, group by region, sum.</summary>
    /// <returns>The pairs per region.</returns>
    [Benchmark]
    [SuppressMessage("Quzhou.Governance", "QG0005:Magic plan year", Justification = "The LINQ code a user writes without the library spells the plan's years out.")]
    public (long Current, long Base)[] Linq()
    {
        static int Key(Row r) => (r.Year * 12) + r.Month - 1;
        var from = 2021 * 12;
        var to = (2025 * 12) + 9;
        var current = rows.Where(r => Key(r) >= from && Key(r) <= to).GroupBy(r => r.Region).ToDictionary(g => g.Key, g => g.Sum(r => r.Value));
        var prior = rows.Where(r => Key(r) >= from - 60 && Key(r) <= to - 60).GroupBy(r => r.Region).ToDictionary(g => g.Key, g => g.Sum(r => r.Value));
        return Enumerable.Range(0, SeriesData.CitySeries).Select(s => (current[s], prior[s])).ToArray();
    }

    private readonly record struct Row(int Region, int Year, int Month, long Value);
}
