using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using Quzhou.Governance.Data;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Indicators;

namespace Quzhou.Governance.Benchmarks.Data;

/// <summary>
/// The memory a JSON load takes: the 1,000,000 records of <see cref="CsvLoadBenchmarks"/> saved as a long-layout JSON
/// file, loaded in a fresh process, with the process's peak working set, the data set's retained bytes and the time.
/// <c>dotnet run -c Release --project benchmarks/Quzhou.Governance.Benchmarks -- --json-memory [file] [whole]</c>: the
/// first run writes the file (to the temporary folder when none is named) and stops, each later run loads it once —
/// streamed by <see cref="DataSetJson.Load(string)"/>, or with <c>whole</c> read into memory first and then read from
/// that (<c>File.ReadAllBytes</c> and <see cref="DataSetJson.Read"/>, what the load did before it streamed, and what a
/// user without a streaming reader writes). One load per process, so that the peak is the load's.
/// </summary>
internal static class JsonLoadMemory
{
    internal static void Run(string? file, bool whole)
    {
        var path = file ?? Path.Combine(Path.GetTempPath(), "quzhou-json-1m.json");
        if (!File.Exists(path))
        {
            var csv = Path.ChangeExtension(path, ".csv");
            CsvLoadBenchmarks.Write(csv);
            DataSetJson.Save(DataSetCsv.Load(csv), path);
            File.Delete(csv);
            Console.WriteLine("wrote " + path + " (" + Megabytes(new FileInfo(path).Length) + "); run again to load it");
            return;
        }

        var startPeak = Process.GetCurrentProcess().PeakWorkingSet64;
        var clock = Stopwatch.StartNew();
        var data = whole ? ReadWhole(path) : DataSetJson.Load(path);

        clock.Stop();
        var retained = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        Console.WriteLine((whole ? "read whole" : "streamed") + ": " + data.RecordCount.ToString("N0", CultureInfo.InvariantCulture) + " records from "
            + Megabytes(new FileInfo(path).Length) + " in " + clock.Elapsed.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture) + " s; peak working set "
            + Megabytes(process.PeakWorkingSet64) + " (" + Megabytes(startPeak) + " before the load), retained " + Megabytes(retained));
        GC.KeepAlive(data);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static DataSet ReadWhole(string path) =>
        DataSetJson.Read(new MemoryStream(File.ReadAllBytes(path), writable: false), path, IndicatorCatalog.Interview);

    private static string Megabytes(long bytes) => (bytes / 1_000_000.0).ToString("F1", CultureInfo.InvariantCulture) + " MB";
}
