using System.Linq;
using BenchmarkDotNet.Running;

namespace Quzhou.Governance.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line (BenchmarkDotNet's switcher).</summary>
public static class Program
{
    /// <summary>The entry point.</summary>
    /// <param name="args">BenchmarkDotNet's arguments, such as <c>--filter * --job short</c>; or <c>--csv-stopwatch [rounds]</c>
    /// for the CSV load's back-to-back stopwatch run (<see cref="Data.CsvLoadBenchmarks"/>); or <c>--json-memory [file] [whole]</c>
    /// for the memory of one JSON load (<see cref="Data.JsonLoadMemory"/>).</param>
    /// <returns>0 when every benchmark that was asked for ran; 1 when one failed, a validation error stopped a
    /// class, or a filter matched nothing (so CI notices).</returns>
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--csv-stopwatch")
        {
            Data.CsvLoadBenchmarks.Stopwatch(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5);
            return 0;
        }

        if (args.Length > 0 && args[0] == "--json-memory")
        {
            var file = args.Length > 1 && args[1] != "whole" ? args[1] : null;
            Data.JsonLoadMemory.Run(file, whole: args.Contains("whole"));
            return 0;
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args).ToList();
        var filtered = args.Contains("--filter");
        if (filtered && summaries.Count == 0)
        {
            return 1;
        }

        var failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
        return failed ? 1 : 0;
    }
}
