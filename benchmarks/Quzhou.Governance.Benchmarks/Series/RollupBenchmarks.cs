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
/// Months → years over 1,000,000 points (4,000 series × 250 months), defined once: the sum of each <b>whole</b> year
/// (2005 … 2024), the partial 2025 left out (a gap in the library, absent elsewhere). Every column is checked once
/// against the library before timing. The bare loop is the baseline.
/// </summary>
[MemoryDiagnoser]
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "BenchmarkDotNet owns the instance; the DuckDB connection is closed in GlobalCleanup.")]
public class RollupBenchmarks
{
    private long[] a = Array.Empty<long>();
    private SeriesPanel panel = null!;
    private long[] years = Array.Empty<long>();
    private long[] bareYears = Array.Empty<long>();
    private ObservationStatus?[] statuses = Array.Empty<ObservationStatus?>();
    private int coarse;
    private List<Row> rows = new();
    private Series<int, double>[] deedle = Array.Empty<Series<int, double>>();
    private DataFrame frame = null!;
    private DuckDBConnection duck = null!;

    /// <summary>The arrays, the panel and the output buffers.</summary>
    [GlobalSetup(Targets = new[] { nameof(BareLoop), nameof(Library), nameof(LibraryPanel) })]
    public void SetupArrays()
    {
        a = SeriesData.Values(SeriesData.CitySeries, 42);
        panel = SeriesPanel.FromValues(InterviewIndicators.TelecomFraudCases, SeriesData.Start, SeriesData.Months, a);
        coarse = Rollups.CoarseLength(panel, Frequency.Year);
        years = new long[SeriesData.CitySeries * coarse];
        statuses = new ObservationStatus?[years.Length];
        bareYears = new long[SeriesData.CitySeries * SeriesData.WholeYears];
        Library();
        BareLoop();
        SeriesData.Agree(Matches(panel, bareYears), "the bare loop");
        SeriesData.Checksum("rollup", bareYears);
        var rolled = LibraryPanel();
        SeriesData.Agree(Enumerable.Range(0, SeriesData.CitySeries).All(s => rolled.Values(s).SequenceEqual(years.AsSpan(s * coarse, coarse))), "the returned panel");
    }

    /// <summary>Rows (region, year, month, value), for LINQ only.</summary>
    [GlobalSetup(Target = nameof(Linq))]
    public void SetupLinq()
    {
        a = SeriesData.Values(SeriesData.CitySeries, 42);
        rows = new List<Row>(a.Length);
        for (var i = 0; i < a.Length; i++)
        {
            rows.Add(new Row(i / SeriesData.Months, 2005 + (i % SeriesData.Months / 12), a[i]));
        }

        var result = Linq();
        SeriesData.Agree(result.Count == SeriesData.CitySeries * SeriesData.WholeYears && Matches(Panel(), result.OrderBy(kv => kv.Key).Select(kv => kv.Value).ToArray()), "LINQ");
    }

    /// <summary>One Deedle series per region.</summary>
    [GlobalSetup(Target = nameof(Deedle))]
    public void SetupDeedle()
    {
        a = SeriesData.Values(SeriesData.CitySeries, 42);
        var keys = Enumerable.Range(0, SeriesData.Months).ToArray();
        deedle = new Series<int, double>[SeriesData.CitySeries];
        for (var s = 0; s < deedle.Length; s++)
        {
            deedle[s] = new Series<int, double>(keys, a.Skip(s * SeriesData.Months).Take(SeriesData.Months).Select(v => (double)v).ToArray());
        }

        var result = Deedle();
        var sums = new long[SeriesData.CitySeries * SeriesData.WholeYears];
        for (var s = 0; s < result.Length; s++)
        {
            SeriesData.Agree(result[s].KeyCount == SeriesData.WholeYears, "Deedle's whole years");
            for (var y = 0; y < SeriesData.WholeYears; y++)
            {
                sums[(s * SeriesData.WholeYears) + y] = (long)result[s].Get(y);
            }
        }

        SeriesData.Agree(Matches(Panel(), sums), "Deedle");
    }

    /// <summary>A Microsoft.Data.Analysis frame (key = region × year, year, value).</summary>
    [GlobalSetup(Target = nameof(DataAnalysis))]
    public void SetupDataAnalysis()
    {
        a = SeriesData.Values(SeriesData.CitySeries, 42);
        var key = new PrimitiveDataFrameColumn<int>("key", Enumerable.Range(0, a.Length).Select(i => ((i / SeriesData.Months) * 32) + (i % SeriesData.Months / 12)));
        var year = new PrimitiveDataFrameColumn<int>("year", Enumerable.Range(0, a.Length).Select(i => 2005 + (i % SeriesData.Months / 12)));
        frame = new DataFrame(key, year, new PrimitiveDataFrameColumn<long>("v", a));
        var result = DataAnalysis();
        var sums = new long[SeriesData.CitySeries * SeriesData.WholeYears];
        SeriesData.Agree(result.Rows.Count == sums.Length, "Microsoft.Data.Analysis' whole years");
        for (long r = 0; r < result.Rows.Count; r++)
        {
            var k = (int)result["key"][r];
            sums[((k / 32) * SeriesData.WholeYears) + (k % 32)] = Convert.ToInt64(result["v"][r], System.Globalization.CultureInfo.InvariantCulture);
        }

        SeriesData.Agree(Matches(Panel(), sums), "Microsoft.Data.Analysis");
    }

    /// <summary>An in-memory DuckDB table t(s, m, v) loaded through the appender (timed apart in <see cref="DuckDbLoad"/>).</summary>
    [GlobalSetup(Targets = new[] { nameof(DuckDb), nameof(DuckDbLoad) })]
    public void SetupDuckDb()
    {
        a = SeriesData.Values(SeriesData.CitySeries, 42);
        duck = new DuckDBConnection("DataSource=:memory:");
        duck.Open();
        DuckDbLoad();
        SeriesData.Agree(Matches(Panel(), DuckDb()), "DuckDB");
    }

    /// <summary>Closes DuckDB.</summary>
    [GlobalCleanup(Targets = new[] { nameof(DuckDb), nameof(DuckDbLoad) })]
    public void CleanupDuckDb() => duck.Dispose();

    /// <summary>The bare loop: twelve months at a time, whole years only.</summary>
    [Benchmark(Baseline = true)]
    public void BareLoop()
    {
        for (var s = 0; s < SeriesData.CitySeries; s++)
        {
            var o = s * SeriesData.Months;
            for (var y = 0; y < SeriesData.WholeYears; y++)
            {
                long sum = 0;
                for (var m = 0; m < 12; m++)
                {
                    sum += a[o + (y * 12) + m];
                }

                bareYears[(s * SeriesData.WholeYears) + y] = sum;
            }
        }
    }

    /// <summary>The library into the caller's spans: whole years summed (flow), the partial 2025 a gap, statuses combined.</summary>
    [Benchmark]
    public void Library() => Rollups.ToFrequency(panel, Frequency.Year, years, statuses);

    /// <summary>The library returning a new yearly panel (allocates its 4,000 × 21 result each call).</summary>
    /// <returns>The yearly panel.</returns>
    [Benchmark]
    public SeriesPanel LibraryPanel() => Rollups.ToFrequency(panel, Frequency.Year);

    /// <summary>LINQ: group by region and year, keep the groups of twelve months, sum.</summary>
    /// <returns>The yearly totals.</returns>
    [Benchmark]
    public Dictionary<(int Region, int Year), long> Linq() =>
        rows.GroupBy(r => (r.Region, r.Year)).Where(g => g.Count() == 12).ToDictionary(g => g.Key, g => g.Sum(r => r.Value));

    /// <summary>Deedle 8.1.0: per series, <c>ResampleEquivalence</c> by year, whole years summed.</summary>
    /// <returns>One series of yearly totals per region.</returns>
    [Benchmark]
    public Series<int, double>[] Deedle()
    {
        var result = new Series<int, double>[deedle.Length];
        for (var s = 0; s < result.Length; s++)
        {
            result[s] = deedle[s].ResampleEquivalence(m => m / 12, chunk => chunk.KeyCount == 12 ? chunk.Values.Sum() : double.NaN).DropMissing();
        }

        return result;
    }

    /// <summary>Microsoft.Data.Analysis 0.23.1: filter the whole years, <c>GroupBy("key").Sum("v")</c>.</summary>
    /// <returns>The yearly totals.</returns>
    [Benchmark]
    public DataFrame DataAnalysis() =>
        frame.Filter(frame["year"].ElementwiseLessThan(2005 + SeriesData.WholeYears)).GroupBy("key").Sum("v");

    /// <summary>DuckDB, query only: <c>GROUP BY s, m // 12 HAVING COUNT(*) = 12</c>, read into an array.</summary>
    /// <returns>The yearly totals.</returns>
    [Benchmark]
    public long[] DuckDb()
    {
        var result = new long[SeriesData.CitySeries * SeriesData.WholeYears];
        using var command = duck.CreateCommand();
        command.CommandText = "SELECT s, m // 12 AS y, CAST(SUM(v) AS BIGINT) FROM t GROUP BY s, y HAVING COUNT(*) = 12";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result[(reader.GetInt32(0) * SeriesData.WholeYears) + (int)reader.GetInt64(1)] = Convert.ToInt64(reader.GetValue(2), System.Globalization.CultureInfo.InvariantCulture);
        }

        return result;
    }

    /// <summary>DuckDB's load time, apart from the query.</summary>
    [Benchmark]
    public void DuckDbLoad()
    {
        using (var command = duck.CreateCommand())
        {
            command.CommandText = "CREATE OR REPLACE TABLE t (s INTEGER, m INTEGER, v BIGINT)";
            command.ExecuteNonQuery();
        }

        using var appender = duck.CreateAppender("t");
        for (var s = 0; s < SeriesData.CitySeries; s++)
        {
            for (var m = 0; m < SeriesData.Months; m++)
            {
                appender.CreateRow().AppendValue(s).AppendValue(m).AppendValue(a[(s * SeriesData.Months) + m]).EndRow();
            }
        }
    }

    /// <summary>Whether whole-year sums (series after series, 20 each) are the library's, and the partial year a gap.</summary>
    private static bool Matches(SeriesPanel source, long[] sums)
    {
        var rolled = Rollups.ToFrequency(source, Frequency.Year);
        for (var s = 0; s < source.SeriesCount; s++)
        {
            var row = rolled.Values(s);
            for (var y = 0; y < SeriesData.WholeYears; y++)
            {
                if (row[y] != sums[(s * SeriesData.WholeYears) + y])
                {
                    return false;
                }
            }

            if (rolled.TryGetValue(s, rolled.End, out _))
            {
                return false;
            }
        }

        return true;
    }

    private SeriesPanel Panel() => SeriesPanel.FromValues(InterviewIndicators.TelecomFraudCases, SeriesData.Start, SeriesData.Months, a);

    private readonly record struct Row(int Region, int Year, long Value);
}
