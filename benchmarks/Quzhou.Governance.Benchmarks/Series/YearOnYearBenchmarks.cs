using System;
using System.Collections.Generic;
using System.Data;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Deedle;
using DuckDB.NET.Data;
using Microsoft.Data.Analysis;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.Benchmarks.Series;

/// <summary>
/// 同比 over 1,000,000 points (4,000 series × 250 months), defined once. <b>Pairs</b>: one exact change per point
/// (current and base, the first year and zero bases marked undefined). <b>Percent</b>: its percentage rounded half
/// away from zero at 2 decimals, undefined points marked (a reason, NaN or null). Every column computes exactly that
/// and is checked once against the library before timing. The bare loop is the baseline (the floor).
/// </summary>
[MemoryDiagnoser]
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "BenchmarkDotNet owns the instance; the DuckDB connection is closed in GlobalCleanup.")]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class YearOnYearBenchmarks
{
    private const int Lag = 12;
    private long[] a = Array.Empty<long>();
    private SeriesPanel panel = null!;
    private long[] currents = Array.Empty<long>();
    private long[] bases = Array.Empty<long>();
    private bool[] defined = Array.Empty<bool>();
    private UndefinedReason[] reasons = Array.Empty<UndefinedReason>();
    private decimal[] percents = Array.Empty<decimal>();
    private decimal[] barePercents = Array.Empty<decimal>();
    private double[] doubles = Array.Empty<double>();
    private List<Row> rows = new();
    private Dictionary<(int Region, int Year, int Month), long> byKey = new();
    private Series<int, double>[] deedle = Array.Empty<Series<int, double>>();
    private PrimitiveDataFrameColumn<double> mdaValues = null!;
    private DuckDBConnection duck = null!;

    /// <summary>The arrays, the panel and the output buffers (bare loop and library).</summary>
    [GlobalSetup(Targets = new[] { nameof(PairsBareLoop), nameof(PairsLibrary), nameof(PairsLibraryTable), nameof(PercentBareLoop), nameof(PercentDoubleLoop), nameof(PercentLibrary), nameof(PercentLibraryTable) })]
    public void SetupArrays()
    {
        a = SeriesData.Values(SeriesData.CitySeries, 42);
        panel = SeriesPanel.FromValues(InterviewIndicators.TelecomFraudCases, SeriesData.Start, SeriesData.Months, a);
        currents = new long[a.Length];
        bases = new long[a.Length];
        defined = new bool[a.Length];
        reasons = new UndefinedReason[a.Length];
        percents = new decimal[a.Length];
        barePercents = new decimal[a.Length];
        doubles = new double[a.Length];
        PercentLibrary();
        var library = (decimal[])percents.Clone();
        var libraryReasons = (UndefinedReason[])reasons.Clone();
        PercentBareLoop();
        SeriesData.Agree(barePercents.AsSpan().SequenceEqual(library), "the bare loop's percentage");
        SeriesData.Agree(defined.Select((d, i) => d == (libraryReasons[i] == UndefinedReason.None)).All(x => x), "the bare loop's undefined points");
        PercentDoubleLoop();
        for (var i = 0; i < a.Length; i++)
        {
            SeriesData.Agree(double.IsNaN(doubles[i]) == !defined[i] && (double.IsNaN(doubles[i]) || SeriesData.SamePercent(doubles[i], library[i])), "the double loop's percentage");
        }

        PercentLibraryTable();
        SeriesData.Agree(percents.AsSpan().SequenceEqual(library), "the table's percentages");
        PairsBareLoop();
        var bare = ((long[])currents.Clone(), (long[])bases.Clone(), (bool[])defined.Clone());
        PairsLibrary();
        SeriesData.Agree(currents.AsSpan().SequenceEqual(bare.Item1) && bases.AsSpan().SequenceEqual(bare.Item2) && reasons.Select(r => r == UndefinedReason.None).SequenceEqual(bare.Item3), "the bare loop's pairs");
        PairsLibraryTable();
        SeriesData.Agree(currents.AsSpan().SequenceEqual(bare.Item1) && bases.AsSpan().SequenceEqual(bare.Item2), "the table's pairs");
        SeriesData.Checksum("values_a", a);
        SeriesData.Checksum("yoy_pairs", bases.Select((x, i) => bare.Item3[i] ? x : 0).ToArray());
        SeriesData.Checksum("yoy_percent", library.Select((x, i) => libraryReasons[i] == UndefinedReason.None ? (long)(x * 100m) : 0).ToArray());
    }

    /// <summary>Rows and a dictionary keyed by region and month, for LINQ only.</summary>
    [GlobalSetup(Target = nameof(PercentLinq))]
    public void SetupLinq()
    {
        a = SeriesData.Values(SeriesData.CitySeries, 42);
        rows = new List<Row>(a.Length);
        for (var s = 0; s < SeriesData.CitySeries; s++)
        {
            for (var m = 0; m < SeriesData.Months; m++)
            {
                var row = new Row(s, 2005 + (m / 12), (m % 12) + 1, a[(s * SeriesData.Months) + m]);
                rows.Add(row);
                byKey[(row.Region, row.Year, row.Month)] = row.Value;
            }
        }

        var linq = PercentLinq();
        var library = LibraryPercents();
        SeriesData.Agree(linq.Select(p => p ?? decimal.MinValue).SequenceEqual(library.Select(p => p ?? decimal.MinValue)), "LINQ's percentage");
    }

    /// <summary>One Deedle series per region (keys are month indexes), as a Deedle user holds the panel.</summary>
    [GlobalSetup(Target = nameof(PercentDeedle))]
    public void SetupDeedle()
    {
        a = SeriesData.Values(SeriesData.CitySeries, 42);
        var keys = Enumerable.Range(0, SeriesData.Months).ToArray();
        deedle = new Series<int, double>[SeriesData.CitySeries];
        for (var s = 0; s < deedle.Length; s++)
        {
            deedle[s] = new Series<int, double>(keys, a.Skip(s * SeriesData.Months).Take(SeriesData.Months).Select(v => (double)v).ToArray());
        }

        var result = PercentDeedle();
        var library = LibraryPercents();
        for (var s = 0; s < result.Length; s++)
        {
            for (var m = 0; m < SeriesData.Months; m++)
            {
                var got = result[s].TryGet(m);
                var expected = library[(s * SeriesData.Months) + m];
                SeriesData.Agree(got.HasValue == expected.HasValue && (!got.HasValue || SeriesData.SamePercent(got.Value, expected!.Value)), "Deedle's PctChange");
            }
        }
    }

    /// <summary>One Microsoft.Data.Analysis column of the values, series after series.</summary>
    [GlobalSetup(Target = nameof(PercentDataAnalysis))]
    public void SetupDataAnalysis()
    {
        a = SeriesData.Values(SeriesData.CitySeries, 42);
        mdaValues = new PrimitiveDataFrameColumn<double>("v", a.Select(v => (double)v));
        var result = PercentDataAnalysis();
        var library = LibraryPercents();
        for (var i = 0; i < library.Length; i++)
        {
            var got = result[i];
            SeriesData.Agree(got.HasValue == library[i].HasValue && (!got.HasValue || SeriesData.SamePercent(got.Value, library[i]!.Value)), "Microsoft.Data.Analysis' column arithmetic");
        }
    }

    /// <summary>An in-memory DuckDB table t(s, m, v) loaded through the appender (timed apart in <see cref="DuckDbLoad"/>).</summary>
    [GlobalSetup(Targets = new[] { nameof(PercentDuckDb), nameof(DuckDbLoad) })]
    public void SetupDuckDb()
    {
        a = SeriesData.Values(SeriesData.CitySeries, 42);
        duck = new DuckDBConnection("DataSource=:memory:");
        duck.Open();
        DuckDbLoad();
        var result = PercentDuckDb();
        var library = LibraryPercents();
        for (var i = 0; i < library.Length; i++)
        {
            SeriesData.Agree(double.IsNaN(result[i]) == !library[i].HasValue && (double.IsNaN(result[i]) || SeriesData.SamePercent(result[i], library[i]!.Value)), "DuckDB's LAG");
        }
    }

    /// <summary>Closes DuckDB.</summary>
    [GlobalCleanup(Targets = new[] { nameof(PercentDuckDb), nameof(DuckDbLoad) })]
    public void CleanupDuckDb() => duck.Dispose();

    // ---------------------------------------------------------------- pairs

    /// <summary>The bare loop: copy each current and its base, mark the first year and zero bases.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("YearOnYearPairs")]
    [SuppressMessage("Quzhou.Governance", "QG0007:Year-on-year by row offset", Justification = "The bare loop written by hand on purpose, the floor Changes.YearOnYear is measured against.")]
    public void PairsBareLoop()
    {
        for (var s = 0; s < SeriesData.CitySeries; s++)
        {
            var o = s * SeriesData.Months;
            for (var i = 0; i < SeriesData.Months; i++)
            {
                var prior = i >= Lag ? a[o + i - Lag] : 0;
                currents[o + i] = a[o + i];
                bases[o + i] = prior;
                defined[o + i] = i >= Lag && prior != 0;
            }
        }
    }

    /// <summary>The library, bulk: pairs and a typed reason per point into the caller's spans.</summary>
    [Benchmark]
    [BenchmarkCategory("YearOnYearPairs")]
    public void PairsLibrary() => Changes.YearOnYear(panel, currents, bases, reasons);

    /// <summary>The library returning the table (reasons, shared values), then copied out: what returning more costs.</summary>
    [Benchmark]
    [BenchmarkCategory("YearOnYearPairs")]
    public void PairsLibraryTable() => Changes.YearOnYear(panel).CopyTo(currents, bases, reasons);

    // ---------------------------------------------------------------- percentages at 2 decimals

    /// <summary>The bare loop, exact: integer arithmetic on the counts, 四舍五入 at 2 decimals, a decimal per point and
    /// whether it is defined (the floor; no decimal division, no double).</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("YearOnYearPercent")]
    public void PercentBareLoop() => SeriesData.BarePercents(a, SeriesData.CitySeries, Lag, barePercents, defined);

    /// <summary>For reference, not like for like: the same loop dividing doubles (Math.Round at 2 decimals, NaN where
    /// undefined), which may round a true midpoint the other way; what the floor was before it was made exact.</summary>
    [Benchmark]
    [BenchmarkCategory("YearOnYearPercent")]
    [SuppressMessage("Quzhou.Governance", "QG0002:Hand-written relative change", Justification = "The double loop written by hand on purpose, for reference.")]
    [SuppressMessage("Quzhou.Governance", "QG0007:Year-on-year by row offset", Justification = "The double loop written by hand on purpose.")]
    public void PercentDoubleLoop()
    {
        for (var s = 0; s < SeriesData.CitySeries; s++)
        {
            var o = s * SeriesData.Months;
            for (var i = 0; i < Lag; i++)
            {
                doubles[o + i] = double.NaN;
            }

            for (var i = Lag; i < SeriesData.Months; i++)
            {
                var prior = a[o + i - Lag];
                doubles[o + i] = prior == 0 ? double.NaN : Math.Round((a[o + i] - prior) * 100.0 / prior, 2, MidpointRounding.AwayFromZero);
            }
        }
    }

    /// <summary>The library, bulk: exact percentages (四舍五入 at 2 decimals, one integer division each) and reasons into the caller's spans.</summary>
    [Benchmark]
    [BenchmarkCategory("YearOnYearPercent")]
    public void PercentLibrary() => Changes.YearOnYear(panel, 2, percents, reasons);

    /// <summary>The library returning the table, then its percentages written out: what returning more costs.</summary>
    [Benchmark]
    [BenchmarkCategory("YearOnYearPercent")]
    public void PercentLibraryTable() => Changes.YearOnYear(panel).ToPercents(2, percents);

    /// <summary>LINQ and a dictionary: look up the same month a year earlier, divide in decimal, round 四舍五入.</summary>
    /// <returns>The percentages, null where undefined.</returns>
    [Benchmark]
    [BenchmarkCategory("YearOnYearPercent")]
    [SuppressMessage("Quzhou.Governance", "QG0002:Hand-written relative change", Justification = "The LINQ code a user writes without the library, measured against Changes.YearOnYear.")]
    public decimal?[] PercentLinq() =>
        rows.Select(r => byKey.TryGetValue((r.Region, r.Year - 1, r.Month), out var prior) && prior != 0
                ? (decimal?)Math.Round((r.Value - prior) * 100m / prior, 2, MidpointRounding.AwayFromZero)
                : null)
            .ToArray();

    /// <summary>Deedle 8.1.0: <c>PctChange(12)</c> per series, × 100 rounded at 2 decimals.</summary>
    /// <returns>One series of percentages per region (the first year missing).</returns>
    [Benchmark]
    [BenchmarkCategory("YearOnYearPercent")]
    public Series<int, double>[] PercentDeedle()
    {
        var result = new Series<int, double>[deedle.Length];
        for (var s = 0; s < result.Length; s++)
        {
            result[s] = deedle[s].PctChange(Lag).Select(kv => Math.Round(kv.Value * 100.0, 2, MidpointRounding.AwayFromZero));
        }

        return result;
    }

    /// <summary>Microsoft.Data.Analysis 0.23.1: a lagged column (it has no shift), column arithmetic, rounding.</summary>
    /// <returns>The percentages, null where undefined.</returns>
    [Benchmark]
    [BenchmarkCategory("YearOnYearPercent")]
    public PrimitiveDataFrameColumn<double> PercentDataAnalysis()
    {
        var n = mdaValues.Length;
        var lagged = new PrimitiveDataFrameColumn<double>("base", n);
        for (long i = 0; i < n; i++)
        {
            if (i % SeriesData.Months >= Lag)
            {
                lagged[i] = mdaValues[i - Lag];
            }
        }

        var change = (PrimitiveDataFrameColumn<double>)mdaValues.Subtract(lagged).Multiply(100.0).Divide(lagged);
        change.Apply(v => Math.Round(v, 2, MidpointRounding.AwayFromZero), inPlace: true);
        return change;
    }

    /// <summary>DuckDB (DuckDB.NET.Data.Full 1.5.6.1), query only: <c>LAG(v, 12) OVER (PARTITION BY s ORDER BY m)</c>, read into an array.</summary>
    /// <returns>The percentages, NaN where undefined.</returns>
    [Benchmark]
    [BenchmarkCategory("YearOnYearPercent")]
    public double[] PercentDuckDb()
    {
        var result = new double[SeriesData.CitySeries * SeriesData.Months];
        using var command = duck.CreateCommand();
        command.CommandText = "SELECT s, m, ROUND((v - b) * 100.0 / NULLIF(b, 0), 2) FROM (SELECT s, m, v, LAG(v, 12) OVER (PARTITION BY s ORDER BY m) AS b FROM t)";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var at = (reader.GetInt32(0) * SeriesData.Months) + reader.GetInt32(1);
            result[at] = reader.IsDBNull(2) ? double.NaN : reader.GetDouble(2);
        }

        return result;
    }

    /// <summary>DuckDB's load time, apart from the query: the table (re)created and filled through the appender.</summary>
    [Benchmark]
    [BenchmarkCategory("YearOnYearPercent")]
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

    private decimal?[] LibraryPercents()
    {
        var p = SeriesPanel.FromValues(InterviewIndicators.TelecomFraudCases, SeriesData.Start, SeriesData.Months, a);
        var values = new decimal[a.Length];
        var why = new UndefinedReason[a.Length];
        Changes.YearOnYear(p, 2, values, why);
        return values.Select((v, i) => why[i] == UndefinedReason.None ? (decimal?)v : null).ToArray();
    }

    private readonly record struct Row(int Region, int Year, int Month, long Value);
}
