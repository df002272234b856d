using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Deedle;
using DuckDB.NET.Data;
using Microsoft.Data.Analysis;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.Benchmarks.Series;

/// <summary>
/// 双下降 over 2 × 1,000,000 points: for each of 4,000 regions, the longest run of months in which both series fell
/// below the same month a year earlier. The library also gives the current run, both runs' first and last months and
/// what ended them (the table row shows the cost of returning them in a new table). Every column is checked once
/// against the library before timing (the same longest run for every region): the bare loop, LINQ, Deedle (series
/// ops), Microsoft.Data.Analysis (columns) and DuckDB (window functions, its load timed apart).
/// </summary>
[MemoryDiagnoser]
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "BenchmarkDotNet owns the instance; the DuckDB connection is closed in GlobalCleanup.")]
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
    private Series<int, double>[] deedleA = Array.Empty<Series<int, double>>();
    private Series<int, double>[] deedleB = Array.Empty<Series<int, double>>();
    private PrimitiveDataFrameColumn<long> mdaA = null!;
    private PrimitiveDataFrameColumn<long> mdaB = null!;
    private DuckDBConnection duck = null!;

    /// <summary>The arrays, the panels and the output buffers.</summary>
    [GlobalSetup(Targets = new[] { nameof(BareLoop), nameof(Library), nameof(LibraryTable), nameof(LibraryScalarKernel) })]
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
        var vectorised = (Streak[])streaks.Clone();
        LibraryScalarKernel();
        SeriesData.Agree(streaks.SequenceEqual(vectorised), "the scalar kernel");
        SeriesData.Checksum("values_b", b);
        SeriesData.Checksum("joint_streak", longest.Select(x => (long)x).ToArray());
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

    /// <summary>One Deedle series per region and panel (keys are month indexes), as a Deedle user holds the panels.</summary>
    [GlobalSetup(Target = nameof(Deedle))]
    public void SetupDeedle()
    {
        a = SeriesData.Values(SeriesData.CitySeries, 42);
        b = SeriesData.Values(SeriesData.CitySeries, 43);
        deedleA = PerRegion(a);
        deedleB = PerRegion(b);
        SeriesData.Agree(Deedle().SequenceEqual(LibraryLongest()), "Deedle's Diff and ScanValues");
    }

    /// <summary>Two Microsoft.Data.Analysis columns of the values, series after series.</summary>
    [GlobalSetup(Target = nameof(DataAnalysis))]
    public void SetupDataAnalysis()
    {
        a = SeriesData.Values(SeriesData.CitySeries, 42);
        b = SeriesData.Values(SeriesData.CitySeries, 43);
        mdaA = new PrimitiveDataFrameColumn<long>("a", a);
        mdaB = new PrimitiveDataFrameColumn<long>("b", b);
        SeriesData.Agree(DataAnalysis().SequenceEqual(LibraryLongest()), "Microsoft.Data.Analysis' columns");
    }

    /// <summary>An in-memory DuckDB table t(s, m, a, b) loaded through the appender (timed apart in <see cref="DuckDbLoad"/>).</summary>
    [GlobalSetup(Targets = new[] { nameof(DuckDb), nameof(DuckDbLoad) })]
    public void SetupDuckDb()
    {
        a = SeriesData.Values(SeriesData.CitySeries, 42);
        b = SeriesData.Values(SeriesData.CitySeries, 43);
        duck = new DuckDBConnection("DataSource=:memory:");
        duck.Open();
        DuckDbLoad();
        SeriesData.Agree(DuckDb().SequenceEqual(LibraryLongest()), "DuckDB's window functions");
    }

    /// <summary>Closes DuckDB.</summary>
    [GlobalCleanup(Targets = new[] { nameof(DuckDb), nameof(DuckDbLoad) })]
    public void CleanupDuckDb() => duck.Dispose();

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

    /// <summary>For reference: the library's per-region loop with the scalar run counting (every period compared one at
    /// a time, what <see cref="Library"/> ran before the vectorised kernel, and still runs on netstandard2.0).</summary>
    [Benchmark]
    public void LibraryScalarKernel()
    {
        for (var s = 0; s < streaks.Length; s++)
        {
            var o = s * SeriesData.Months;
            streaks[s] = Streaks.RegularJointDeclinesScalar(a.AsSpan(o, SeriesData.Months), b.AsSpan(o, SeriesData.Months), Lag, SeriesData.Start);
        }
    }

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

    /// <summary>Deedle 8.1.0, series ops per region: <c>Diff(12) &lt; 0</c> of both as 1/0, multiplied, the run counted by
    /// <c>ScanValues</c>, its maximum.</summary>
    /// <returns>The longest run per region.</returns>
    [Benchmark]
    public int[] Deedle()
    {
        var result = new int[deedleA.Length];
        for (var s = 0; s < result.Length; s++)
        {
            var fellA = deedleA[s].Diff(Lag).Select(kv => kv.Value < 0 ? 1.0 : 0.0);
            var fellB = deedleB[s].Diff(Lag).Select(kv => kv.Value < 0 ? 1.0 : 0.0);
            var runs = (fellA * fellB).ScanValues((run, both) => both > 0 ? run + 1 : 0, 0);
            result[s] = runs.Values.DefaultIfEmpty(0).Max();
        }

        return result;
    }

    /// <summary>Microsoft.Data.Analysis 0.23.1, columns: the lagged columns (it has no shift), <c>ElementwiseLessThan</c> of
    /// both, <c>And</c>, then the run counted down the Boolean column region by region (it has no scan).</summary>
    /// <returns>The longest run per region.</returns>
    [Benchmark]
    public int[] DataAnalysis()
    {
        var n = mdaA.Length;
        var baseA = new PrimitiveDataFrameColumn<long>("baseA", n);
        var baseB = new PrimitiveDataFrameColumn<long>("baseB", n);
        for (long i = 0; i < n; i++)
        {
            if (i % SeriesData.Months >= Lag)
            {
                baseA[i] = mdaA[i - Lag];
                baseB[i] = mdaB[i - Lag];
            }
        }

        var fell = (PrimitiveDataFrameColumn<bool>)mdaA.ElementwiseLessThan(baseA).And(mdaB.ElementwiseLessThan(baseB));
        var result = new int[SeriesData.CitySeries];
        for (var s = 0; s < result.Length; s++)
        {
            int run = 0, best = 0;
            for (long i = s * (long)SeriesData.Months; i < (s + 1) * (long)SeriesData.Months; i++)
            {
                run = fell[i] == true ? run + 1 : 0;
                best = Math.Max(best, run);
            }

            result[s] = best;
        }

        return result;
    }

    /// <summary>DuckDB (DuckDB.NET.Data.Full 1.5.6.1), query only: <c>LAG(·, 12) OVER (PARTITION BY s ORDER BY m)</c> for
    /// both, the runs as islands (<c>m − ROW_NUMBER() OVER (PARTITION BY s, fell ORDER BY m)</c>), <c>GROUP BY</c> region.</summary>
    /// <returns>The longest run per region.</returns>
    [Benchmark]
    public int[] DuckDb()
    {
        var result = new int[SeriesData.CitySeries];
        using var command = duck.CreateCommand();
        command.CommandText =
            "WITH f AS (SELECT s, m, COALESCE(a < LAG(a, 12) OVER w AND b < LAG(b, 12) OVER w, false) AS fell FROM t WINDOW w AS (PARTITION BY s ORDER BY m)), "
            + "g AS (SELECT s, fell, m - ROW_NUMBER() OVER (PARTITION BY s, fell ORDER BY m) AS island FROM f), "
            + "r AS (SELECT s, fell, island, COUNT(*) AS n FROM g GROUP BY s, fell, island) "
            + "SELECT s, COALESCE(MAX(n) FILTER (WHERE fell), 0) FROM r GROUP BY s";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result[reader.GetInt32(0)] = (int)reader.GetInt64(1);
        }

        return result;
    }

    /// <summary>DuckDB's load time, apart from the query: the table (re)created and filled through the appender.</summary>
    [Benchmark]
    public void DuckDbLoad()
    {
        using (var command = duck.CreateCommand())
        {
            command.CommandText = "CREATE OR REPLACE TABLE t (s INTEGER, m INTEGER, a BIGINT, b BIGINT)";
            command.ExecuteNonQuery();
        }

        using var appender = duck.CreateAppender("t");
        for (var s = 0; s < SeriesData.CitySeries; s++)
        {
            for (var m = 0; m < SeriesData.Months; m++)
            {
                var at = (s * SeriesData.Months) + m;
                appender.CreateRow().AppendValue(s).AppendValue(m).AppendValue(a[at]).AppendValue(b[at]).EndRow();
            }
        }
    }

    private static Series<int, double>[] PerRegion(long[] values)
    {
        var keys = Enumerable.Range(0, SeriesData.Months).ToArray();
        var result = new Series<int, double>[SeriesData.CitySeries];
        for (var s = 0; s < result.Length; s++)
        {
            result[s] = new Series<int, double>(keys, values.Skip(s * SeriesData.Months).Take(SeriesData.Months).Select(v => (double)v).ToArray());
        }

        return result;
    }

    private int[] LibraryLongest() =>
        Streaks.YearOnYearDeclines(
                SeriesPanel.FromValues(InterviewIndicators.TelecomFraudCases, SeriesData.Start, SeriesData.Months, a),
                SeriesPanel.FromValues(InterviewIndicators.TelecomFraudLosses, SeriesData.Start, SeriesData.Months, b))
            .Select(s => s.Longest.Length)
            .ToArray();

    private readonly record struct Row(int Region, int Year, int Month, long A, long B);
}
