using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.Benchmarks.Series;

/// <summary>
/// 双下降 over 2 × 1,000,000 points: for each of 4,000 regions, the longest run of months in which both series fell
/// below the same month a year earlier. The library also gives the current run, both runs' first and last months and
/// what ended them (the table row shows the cost of returning them in a new table). Checked once before timing.
/// </summary>
[MemoryDiagnoser]
public class StreakBenchmarks
{
    private const int Lag = 12;
    private long[] a = Array.Empty<long>();
    private long[] b = Array.Empty<long>();
    private SeriesPanel panelA = null!;
    private SeriesPanel panelB = null!;
    private int[] longest = Array.Empty<int>();
    private Streak[] streaks = Array.Empty<Streak>();
    private List<Row> rows = new();
    private Dictionary<(int Region, int Year, int Month), (long A, long B)> byKey = new();

    /// <summary>The arrays, the panels and the output buffers.</summary>
    [GlobalSetup(Targets = new[] { nameof(BareLoop), nameof(Library), nameof(LibraryTable) })]
    public void SetupArrays()
    {
        a = SeriesData.Values(SeriesData.CitySeries, 42);
        b = SeriesData.Values(SeriesData.CitySeries, 43);
        panelA = SeriesPanel.FromValues(InterviewIndicators.TelecomFraudCases, SeriesData.Start, SeriesData.Months, a);
        panelB = SeriesPanel.FromValues(InterviewIndicators.TelecomFraudLosses, SeriesData.Start, SeriesData.Months, b);
        longest = new int[SeriesData.CitySeries];
        streaks = new Streak[SeriesData.CitySeries];
        BareLoop();
        Library();
        SeriesData.Agree(streaks.Select(s => s.Longest.Length).SequenceEqual(longest), "the bare loop");
        SeriesData.Agree(LibraryTable().SequenceEqual(streaks), "the table");
    }

    /// <summary>Rows and a dictionary keyed by region and month, for LINQ only.</summary>
    [GlobalSetup(Target = nameof(Linq))]
    public void SetupLinq()
    {
        a = SeriesData.Values(SeriesData.CitySeries, 42);
        b = SeriesData.Values(SeriesData.CitySeries, 43);
        for (var i = 0; i < a.Length; i++)
        {
            var m = i % SeriesData.Months;
            var row = new Row(i / SeriesData.Months, 2005 + (m / 12), (m % 12) + 1, a[i], b[i]);
            rows.Add(row);
            byKey[(row.Region, row.Year, row.Month)] = (row.A, row.B);
        }

        var library = Streaks.YearOnYearDeclines(
            SeriesPanel.FromValues(InterviewIndicators.TelecomFraudCases, SeriesData.Start, SeriesData.Months, a),
            SeriesPanel.FromValues(InterviewIndicators.TelecomFraudLosses, SeriesData.Start, SeriesData.Months, b));
        SeriesData.Agree(Linq().SequenceEqual(library.Select(s => s.Longest.Length)), "LINQ");
    }

    /// <summary>The bare loop over two long arrays: the longest run per region.</summary>
    [Benchmark(Baseline = true)]
    [SuppressMessage("Quzhou.Governance", "QG0007:Year-on-year by row offset", Justification = "The bare loop written by hand on purpose, the floor Streaks.YearOnYearDeclines is measured against.")]
    public void BareLoop()
    {
        for (var s = 0; s < SeriesData.CitySeries; s++)
        {
            var o = s * SeriesData.Months;
            int run = 0, best = 0;
            for (var i = Lag; i < SeriesData.Months; i++)
            {
                run = a[o + i] < a[o + i - Lag] && b[o + i] < b[o + i - Lag] ? run + 1 : 0;
                best = Math.Max(best, run);
            }

            longest[s] = best;
        }
    }

    /// <summary>The library into the caller's span: longest and current run per region, with their months and ends.</summary>
    [Benchmark]
    public void Library() => Streaks.YearOnYearDeclines(panelA, panelB, streaks);

    /// <summary>The library returning a new table.</summary>
    /// <returns>The table.</returns>
    [Benchmark]
    public StreakTable LibraryTable() => Streaks.YearOnYearDeclines(panelA, panelB);

    /// <summary>LINQ and a dictionary: per region, months in order, both below the same month a year earlier.</summary>
    /// <returns>The longest run per region.</returns>
    [Benchmark]
    public int[] Linq() =>
        rows.GroupBy(r => r.Region)
            .Select(g =>
            {
                int run = 0, best = 0;
                foreach (var r in g.OrderBy(r => r.Year).ThenBy(r => r.Month))
                {
                    var both = byKey.TryGetValue((r.Region, r.Year - 1, r.Month), out var prior) && r.A < prior.A && r.B < prior.B;
                    run = both ? run + 1 : 0;
                    best = Math.Max(best, run);
                }

                return best;
            })
            .ToArray();

    private readonly record struct Row(int Region, int Year, int Month, long A, long B);
}
