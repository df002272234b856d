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
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.Benchmarks.Series;

/// <summary>
/// 保持在97%以上 over 1,000,000 rates (4,000 regions × 250 months, 97.00–99.99%, so every region holds and every point is
/// read): whether each region's rate stayed at or above 97% every month. The library also says where it broke, or the
/// first month it could not decide and why. Every column is checked once against the library before timing (the same
/// verdict for every region): the bare loop, LINQ, Deedle (series ops), Microsoft.Data.Analysis (columns, GroupBy) and
/// DuckDB (GROUP BY, its load timed apart). Each cross-multiplies as the library decides (numerator × 100 ≥ 97 ×
/// denominator, exact in double at these magnitudes) except LINQ, which divides in decimal.
/// </summary>
[MemoryDiagnoser]
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "BenchmarkDotNet owns the instance; the DuckDB connection is closed in GlobalCleanup.")]
public class ThresholdBenchmarks
{
    private static readonly Percentage Floor = new(97m);
    private long[] num = Array.Empty<long>();
    private long[] den = Array.Empty<long>();
    private RatePanel rates = null!;
    private bool[] held = Array.Empty<bool>();
    private ThresholdCheck[] checks = Array.Empty<ThresholdCheck>();
    private List<Row> rows = new();
    private Series<int, double>[] deedleNum = Array.Empty<Series<int, double>>();
    private Series<int, double>[] deedleDen = Array.Empty<Series<int, double>>();
    private DataFrame frame = null!;
    private DuckDBConnection duck = null!;

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
        SeriesData.Checksum("values_num", num);
        SeriesData.Checksum("threshold_held", held.Select(h => h ? 1L : 0L).ToArray());
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

    /// <summary>One Deedle series per region for the numerators and one for the denominators.</summary>
    [GlobalSetup(Target = nameof(Deedle))]
    public void SetupDeedle()
    {
        num = SeriesData.Values(SeriesData.CitySeries, 44, 9_700, 10_000);
        den = SeriesData.Denominators(SeriesData.CitySeries);
        var keys = Enumerable.Range(0, SeriesData.Months).ToArray();
        deedleNum = new Series<int, double>[SeriesData.CitySeries];
        deedleDen = new Series<int, double>[SeriesData.CitySeries];
        for (var s = 0; s < deedleNum.Length; s++)
        {
            deedleNum[s] = new Series<int, double>(keys, num.Skip(s * SeriesData.Months).Take(SeriesData.Months).Select(v => (double)v).ToArray());
            deedleDen[s] = new Series<int, double>(keys, den.Skip(s * SeriesData.Months).Take(SeriesData.Months).Select(v => (double)v).ToArray());
        }

        SeriesData.Agree(Deedle().SequenceEqual(LibraryHeld()), "Deedle");
    }

    /// <summary>A Microsoft.Data.Analysis frame (region, numerator, denominator).</summary>
    [GlobalSetup(Target = nameof(DataAnalysis))]
    public void SetupDataAnalysis()
    {
        num = SeriesData.Values(SeriesData.CitySeries, 44, 9_700, 10_000);
        den = SeriesData.Denominators(SeriesData.CitySeries);
        frame = new DataFrame(
            new PrimitiveDataFrameColumn<int>("s", Enumerable.Range(0, num.Length).Select(i => i / SeriesData.Months)),
            new PrimitiveDataFrameColumn<long>("num", num),
            new PrimitiveDataFrameColumn<long>("den", den));
        SeriesData.Agree(DataAnalysis().SequenceEqual(LibraryHeld()), "Microsoft.Data.Analysis");
    }

    /// <summary>An in-memory DuckDB table r(s, n, d) loaded through the appender (timed apart in <see cref="DuckDbLoad"/>).</summary>
    [GlobalSetup(Targets = new[] { nameof(DuckDb), nameof(DuckDbLoad) })]
    public void SetupDuckDb()
    {
        num = SeriesData.Values(SeriesData.CitySeries, 44, 9_700, 10_000);
        den = SeriesData.Denominators(SeriesData.CitySeries);
        duck = new DuckDBConnection("DataSource=:memory:");
        duck.Open();
        DuckDbLoad();
        SeriesData.Agree(DuckDb().SequenceEqual(LibraryHeld()), "DuckDB");
    }

    /// <summary>Closes DuckDB.</summary>
    [GlobalCleanup(Targets = new[] { nameof(DuckDb), nameof(DuckDbLoad) })]
    public void CleanupDuckDb() => duck.Dispose();

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

    /// <summary>Deedle 8.1.0, series ops per region: <c>num × 100 − den × 97</c>, every value ≥ 0.</summary>
    /// <returns>Whether each region held.</returns>
    [Benchmark]
    public bool[] Deedle()
    {
        var result = new bool[deedleNum.Length];
        for (var s = 0; s < result.Length; s++)
        {
            result[s] = ((deedleNum[s] * 100.0) - (deedleDen[s] * 97.0)).Values.All(margin => margin >= 0);
        }

        return result;
    }

    /// <summary>Microsoft.Data.Analysis 0.23.1, columns: <c>num × 100 − den × 97</c>, <c>GroupBy("s").Min</c>, ≥ 0.</summary>
    /// <returns>Whether each region held.</returns>
    [Benchmark]
    public bool[] DataAnalysis()
    {
        var margin = frame["num"].Multiply(100L).Subtract(frame["den"].Multiply(97L));
        margin.SetName("margin");
        var least = new DataFrame(frame["s"], margin).GroupBy("s").Min("margin");
        var result = new bool[SeriesData.CitySeries];
        for (long r = 0; r < least.Rows.Count; r++)
        {
            result[(int)least["s"][r]] = Convert.ToInt64(least["margin"][r], System.Globalization.CultureInfo.InvariantCulture) >= 0;
        }

        return result;
    }

    /// <summary>DuckDB (DuckDB.NET.Data.Full 1.5.6.1), query only: <c>BOOL_AND(n * 100 &gt;= 97 * d) … GROUP BY s</c>.</summary>
    /// <returns>Whether each region held.</returns>
    [Benchmark]
    public bool[] DuckDb()
    {
        var result = new bool[SeriesData.CitySeries];
        using var command = duck.CreateCommand();
        command.CommandText = "SELECT s, BOOL_AND(n * 100 >= 97 * d) FROM r GROUP BY s";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result[reader.GetInt32(0)] = reader.GetBoolean(1);
        }

        return result;
    }

    /// <summary>DuckDB's load time, apart from the query: the table (re)created and filled through the appender.</summary>
    [Benchmark]
    public void DuckDbLoad()
    {
        using (var command = duck.CreateCommand())
        {
            command.CommandText = "CREATE OR REPLACE TABLE r (s INTEGER, n BIGINT, d BIGINT)";
            command.ExecuteNonQuery();
        }

        using var appender = duck.CreateAppender("r");
        for (var i = 0; i < num.Length; i++)
        {
            appender.CreateRow().AppendValue(i / SeriesData.Months).AppendValue(num[i]).AppendValue(den[i]).EndRow();
        }
    }

    private bool[] LibraryHeld() =>
        Thresholds.HeldAtOrAbove(RatePanel.FromParts(InterviewIndicators.LocalDisputeResolutionRate, SeriesData.Start, SeriesData.Months, num, den), Floor)
            .Select(c => c.IsHeld)
            .ToArray();

    private readonly record struct Row(int Region, long Numerator, long Denominator);
}
