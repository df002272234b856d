using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using Quzhou.Governance.Data;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Indicators;

namespace Quzhou.Governance.Benchmarks.Data;

/// <summary>
/// Loading a long CSV of 1,000,000 rows (8 count indicators × 1,000 regions × 125 months, 2015-01 … 2025-05, values
/// 0–99,999, every column of the long layout as <c>DataSetCsv.Save</c> writes it; about 47 MB of UTF-8) into a data
/// set. Beside it: the bare loop a user writes without the library (<c>File.ReadLines</c>, <c>Split</c>,
/// <c>long.Parse</c> of the value, collected into one array; the baseline), and the raw read of our CSV reader (every
/// cell of every row, no conversion), the floor of any load through it. The file is generated once, in a temporary
/// folder, with a fixed seed, at the same size in every job (dry included); each column's numbers are checked once
/// against the library's in its setup. pandas' <c>read_csv</c> of the same file: <c>benchmarks/pandas/pandas_csv.py</c>.
/// </summary>
[MemoryDiagnoser]
public class CsvLoadBenchmarks
{
    /// <summary>Rows of the file.</summary>
    internal const int Rows = Indicators * Regions * Months;

    private const int Indicators = 8;
    private const int Regions = 1_000;
    private const int Months = 125;

    private string folder = string.Empty;
    private string path = string.Empty;

    /// <summary>Writes the file, and checks the bare loop and the raw read against the library.</summary>
    [GlobalSetup]
    public void Setup()
    {
        folder = Path.Combine(Path.GetTempPath(), "quzhou-csv-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        path = Path.Combine(folder, "long-1m.csv");
        Write(path);
        var data = Library();
        var values = data.Records.Select(r => r.Value).ToArray();
        var expected = values.Sum();
        var bare = BareLoop();
        Agree(data.RecordCount == Rows && bare.Length == Rows && bare.Sum() == expected, "the bare loop");
        Agree(RawRead() == (long)Rows * 9, "the raw read");
    }

    /// <summary>Deletes the file.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        if (folder.Length != 0 && Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The bare loop: split each line on commas and parse the value, collecting the numbers.</summary>
    /// <returns>The values, row by row.</returns>
    [Benchmark(Baseline = true)]
    [SuppressMessage("Performance", "CA1861:Avoid constant arrays as arguments", Justification = "The bare loop as a user writes it.")]
    public long[] BareLoop()
    {
        var values = new List<long>(Rows);
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var parts = line.Split(',');
            values.Add(long.Parse(parts[3], CultureInfo.InvariantCulture));
        }

        return values.ToArray();
    }

    /// <summary>The library: <c>DataSetCsv.Load</c> (decode, check every cell, resolve names, build the data set).</summary>
    /// <returns>The data set.</returns>
    [Benchmark]
    public DataSet Library() => DataSetCsv.Load(path);

    /// <summary>The library, then every series asked for once: the load plus the first use that lays each series out
    /// over its axis (a series is laid out when first asked for, not in <c>Build</c>), so the load's time is read with
    /// the cost it defers.</summary>
    [Benchmark]
    public DataSet LibraryEverySeries()
    {
        var data = DataSetCsv.Load(path);
        long points = 0;
        foreach (var key in data.Keys)
        {
            if (key.Indicator is QuantityIndicator indicator && data.TryGetSeries(indicator, key.Region, out var series))
            {
                points += series.Length;
            }
        }

        Agree(points == Rows, "the series laid out");
        return data;
    }

    /// <summary>Our CSV reader alone: every cell of every row, no conversion (through the same decoder).</summary>
    /// <returns>The number of cells (their characters are summed into <see cref="RawCharacters"/>).</returns>
    [Benchmark]
    public long RawRead()
    {
        using var text = TextFiles.OpenText(path);
        var csv = new CsvReader(text, path);
        long cells = 0;
        long chars = 0;
        _ = csv.ReadRow();
        while (csv.ReadRow())
        {
            for (var i = 0; i < csv.Count; i++)
            {
                chars += csv.Span(i).Length;
                cells++;
            }
        }

        RawCharacters = chars;
        return cells;
    }

    /// <summary>The characters of the cells the last raw read saw.</summary>
    public long RawCharacters { get; private set; }

    /// <summary>For a machine too busy for a real job: the three columns back to back in one process, alternating,
    /// <paramref name="rounds"/> times (after one warm-up), printing each time and each median, the ratios to the bare
    /// loop and the raw read, the bytes each allocates, the process CPU time each takes (user and system, all threads:
    /// steadier than the clock when other processes share the cores) and the process's peak working set
    /// (<c>dotnet run -c Release --project benchmarks/Quzhou.Governance.Benchmarks -- --csv-stopwatch 5</c>; with
    /// <c>QZGOV_CSV_SPLIT=1</c> it first times the builder alone on the loaded records, TryAdd and Build).</summary>
    internal static void Stopwatch(int rounds)
    {
        var bench = new CsvLoadBenchmarks();
        bench.Setup();
        try
        {
            if (Environment.GetEnvironmentVariable("QZGOV_CSV_SPLIT") == "1")
            {
                var records = bench.Library().Records.ToArray();
                for (var k = 0; k < 3; k++)
                {
                    var c1 = System.Diagnostics.Stopwatch.StartNew();
                    var builder = DataSet.CreateBuilder();
                    foreach (var record in records)
                    {
                        _ = builder.TryAdd(record, out _);
                    }

                    var added = c1.Elapsed.TotalSeconds;
                    _ = builder.Build();
                    Console.WriteLine("split: TryAdd x1M " + added.ToString("F3", CultureInfo.InvariantCulture) + " s, Build " + (c1.Elapsed.TotalSeconds - added).ToString("F3", CultureInfo.InvariantCulture) + " s");
                }
            }

            if (Environment.GetEnvironmentVariable("QZGOV_CSV_SPLIT") == "1")
            {
                bench.Stages();
            }

            var file = new FileInfo(bench.path).Length;
            Console.WriteLine("file " + (file / 1e6).ToString("F1", CultureInfo.InvariantCulture) + " MB, " + Rows.ToString(CultureInfo.InvariantCulture) + " rows");
            var names = new[] { "bare loop", "library", "raw read", "library + every series" };
            var work = new Func<object>[] { () => bench.BareLoop(), () => bench.Library(), () => bench.RawRead(), () => bench.LibraryEverySeries() };
            var times = names.Select(_ => new List<double>()).ToArray();
            var cpu = names.Select(_ => new List<double>()).ToArray();
            using var self = System.Diagnostics.Process.GetCurrentProcess();
            var bytes = new long[names.Length];
            var collections = new string[names.Length];
            for (var round = 0; round <= rounds; round++)
            {
                for (var w = 0; w < work.Length; w++)
                {
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                    GC.Collect();
                    var before = GC.GetTotalAllocatedBytes(precise: true);
                    var counts = new[] { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) };
                    var paused = GC.GetTotalPauseDuration();
                    self.Refresh();
                    var cpuBefore = self.TotalProcessorTime;
                    var clock = System.Diagnostics.Stopwatch.StartNew();
                    var result = work[w]();
                    clock.Stop();
                    self.Refresh();
                    var cpuUsed = (self.TotalProcessorTime - cpuBefore).TotalSeconds;
                    bytes[w] = GC.GetTotalAllocatedBytes(precise: true) - before;
                    collections[w] = "GCs " + (GC.CollectionCount(0) - counts[0]).ToString(CultureInfo.InvariantCulture) + "/"
                        + (GC.CollectionCount(1) - counts[1]).ToString(CultureInfo.InvariantCulture) + "/"
                        + (GC.CollectionCount(2) - counts[2]).ToString(CultureInfo.InvariantCulture) + " (gen 0/1/2), paused "
                        + (GC.GetTotalPauseDuration() - paused).TotalSeconds.ToString("F3", CultureInfo.InvariantCulture) + " s";
                    if (w == 1 && round == 0)
                    {
                        var held = GC.GetTotalMemory(forceFullCollection: true);
                        GC.KeepAlive(result);
                        result = null!;
                        var after = GC.GetTotalMemory(forceFullCollection: true);
                        Console.WriteLine("data set retained " + ((held - after) / 1e6).ToString("F1", CultureInfo.InvariantCulture) + " MB");
                    }

                    if (round > 0)
                    {
                        times[w].Add(clock.Elapsed.TotalSeconds);
                        cpu[w].Add(cpuUsed);
                    }
                }
            }

            var medians = times.Select(t => t.OrderBy(x => x).ElementAt(t.Count / 2)).ToArray();
            var cpuMedians = cpu.Select(t => t.OrderBy(x => x).ElementAt(t.Count / 2)).ToArray();
            for (var w = 0; w < names.Length; w++)
            {
                Console.WriteLine(names[w].PadRight(10) + " median " + medians[w].ToString("F3", CultureInfo.InvariantCulture) + " s  ("
                    + string.Join(", ", times[w].Select(t => t.ToString("F3", CultureInfo.InvariantCulture))) + ")  allocated "
                    + (bytes[w] / 1e6).ToString("F1", CultureInfo.InvariantCulture) + " MB, last round " + collections[w]
                    + "; process CPU median " + cpuMedians[w].ToString("F3", CultureInfo.InvariantCulture) + " s");
            }

            Console.WriteLine("library / bare loop " + (medians[1] / medians[0]).ToString("F2", CultureInfo.InvariantCulture)
                + ", library / raw read " + (medians[1] / medians[2]).ToString("F2", CultureInfo.InvariantCulture)
                + ", library with every series laid out / raw read " + (medians[3] / medians[2]).ToString("F2", CultureInfo.InvariantCulture)
                + "; in process CPU time (steadier than the clock on a busy machine): library / raw read " + (cpuMedians[1] / cpuMedians[2]).ToString("F2", CultureInfo.InvariantCulture)
                + ", with every series " + (cpuMedians[3] / cpuMedians[2]).ToString("F2", CultureInfo.InvariantCulture)
                + ", peak working set " + (System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1e6).ToString("F0", CultureInfo.InvariantCulture) + " MB");
            if (Environment.GetEnvironmentVariable("QZGOV_CSV_PANDAS") != "0")
            {
                Pandas(bench.path, rounds, medians[1], medians[2]);
            }
        }
        finally
        {
            bench.Cleanup();
        }
    }

    /// <summary>The library's load stage by stage, three times: the rows through the table alone, then each row read
    /// into a record (no builder), then the whole load (rows, records, builder), the same with every row read through the
    /// reader's row (no plain line read straight from its buffer), then <c>Build</c> alone.</summary>
    private void Stages()
    {
        for (var k = 0; k < 3; k++)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            using (var text = TextFiles.OpenText(path))
            {
                var table = Table.Open(new CsvReader(text, path), path);
                while (table.NextRow())
                {
                }
            }

            var rows = clock.Elapsed.TotalSeconds;
            clock.Restart();
            long sum = 0;
            using (var text = TextFiles.OpenText(path))
            {
                var table = Table.Open(new CsvReader(text, path), path);
                var at = LongLayout.Columns(table);
                var optional = LongLayout.OptionalColumns(at);
                var names = new NameCache(IndicatorCatalog.Interview);
                while (table.NextRow())
                {
                    sum += LongLayout.ReadRow(table, at, optional, names).Value;
                }
            }

            var records = clock.Elapsed.TotalSeconds;
            clock.Restart();
            DataSetBuilder builder;
            using (var text = TextFiles.OpenText(path))
            {
                var table = Table.Open(new CsvReader(text, path), path);
                builder = DataSet.CreateBuilder(IndicatorCatalog.Interview);
                LongLayout.Read(table, builder, IndicatorCatalog.Interview);
            }

            var loaded = clock.Elapsed.TotalSeconds;
            clock.Restart();
            using (var text = TextFiles.OpenText(path))
            {
                var table = Table.Open(new CsvReader(text, path), path);
                LongLayout.Read(table, DataSet.CreateBuilder(IndicatorCatalog.Interview), IndicatorCatalog.Interview, lines: false);
            }

            var rowByRow = clock.Elapsed.TotalSeconds;
            clock.Restart();
            var data = builder.Build();
            var built = clock.Elapsed.TotalSeconds;
            Agree(data.RecordCount == Rows && sum > 0, "the stages");
            Console.WriteLine("stages: rows " + rows.ToString("F3", CultureInfo.InvariantCulture) + " s, rows + records "
                + records.ToString("F3", CultureInfo.InvariantCulture) + " s, rows + records + builder " + loaded.ToString("F3", CultureInfo.InvariantCulture)
                + " s (every row through the reader's row instead of plain lines read straight: " + rowByRow.ToString("F3", CultureInfo.InvariantCulture) + " s), Build " + built.ToString("F3", CultureInfo.InvariantCulture) + " s");
        }
    }

    /// <summary>pandas' <c>read_csv</c> of the same file in the same sitting, right after the three columns:
    /// <c>benchmarks/pandas/pandas_csv.py --file</c> (found from the current folder up) under <c>QZGOV_PYTHON</c>, else
    /// <c>/usr/bin/python3</c> (where Debian's pandas is), else <c>python3</c>; prints its lines and the library's
    /// ratio to its median.</summary>
    private static void Pandas(string file, int rounds, double library, double raw)
    {
        var folder = new DirectoryInfo(Environment.CurrentDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "benchmarks", "pandas", "pandas_csv.py")))
        {
            folder = folder.Parent;
        }

        if (folder is null)
        {
            Console.WriteLine("pandas: not run (benchmarks/pandas/pandas_csv.py not found above " + Environment.CurrentDirectory + ")");
            return;
        }

        var python = Environment.GetEnvironmentVariable("QZGOV_PYTHON") is { Length: > 0 } chosen ? chosen : File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        var start = new System.Diagnostics.ProcessStartInfo(python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(folder.FullName, "benchmarks", "pandas", "pandas_csv.py"));
        start.ArgumentList.Add("--file");
        start.ArgumentList.Add(file);
        start.ArgumentList.Add("--runs");
        start.ArgumentList.Add(Math.Max(rounds, 1).ToString(CultureInfo.InvariantCulture));
        try
        {
            using var process = System.Diagnostics.Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Console.Write(errors);
            Console.Write(output);
            if (process.ExitCode != 0)
            {
                Console.WriteLine("pandas: " + python + " exited with " + process.ExitCode.ToString(CultureInfo.InvariantCulture));
                return;
            }

            foreach (var line in output.Split('\n'))
            {
                var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var at = Array.IndexOf(words, "median");
                if (at > 0 && at + 1 < words.Length && double.TryParse(words[at + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out var median))
                {
                    Console.WriteLine("library / " + string.Join(" ", words.Take(at)) + " " + (library / median).ToString("F2", CultureInfo.InvariantCulture)
                        + ", raw read / it " + (raw / median).ToString("F2", CultureInfo.InvariantCulture));
                }
            }
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Console.WriteLine("pandas: not run (" + python + ": " + e.Message + ")");
        }
    }

    /// <summary>The file: series after series as <c>DataSetCsv.Save</c> orders them, each month once.</summary>
    internal static void Write(string file)
    {
        var random = new Random(42);
        var indicators = InterviewIndicators.All.OfType<CountIndicator>().Take(Indicators).ToArray();
        using var writer = new StreamWriter(file, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16);
        writer.Write("indicator,region,period,value,numerator,denominator,decimals,status,published\r\n");
        foreach (var indicator in indicators)
        {
            for (var r = 0; r < Regions; r++)
            {
                var region = (330_000 + r).ToString(CultureInfo.InvariantCulture);
                for (var m = 0; m < Months; m++)
                {
                    var year = 2015 + (m / 12);
                    var month = 1 + (m % 12);
                    writer.Write(indicator.Code);
                    writer.Write(',');
                    writer.Write(region);
                    writer.Write(',');
                    writer.Write(year.ToString(CultureInfo.InvariantCulture));
                    writer.Write(month < 10 ? "-0" : "-");
                    writer.Write(month.ToString(CultureInfo.InvariantCulture));
                    writer.Write(',');
                    writer.Write(random.Next(0, 100_000).ToString(CultureInfo.InvariantCulture));
                    writer.Write(",,,,,\r\n");
                }
            }
        }
    }

    private static void Agree(bool agree, string what)
    {
        if (!agree)
        {
            throw new InvalidOperationException("Not like for like: " + what + " disagrees with the library.");
        }
    }
}
