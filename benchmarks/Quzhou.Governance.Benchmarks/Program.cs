using System.Linq;
using BenchmarkDotNet.Running;

namespace Quzhou.Governance.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line (BenchmarkDotNet's switcher).</summary>
public static class Program
{
    /// <summary>The entry point.</summary>
    /// <param name="args">BenchmarkDotNet's arguments, such as <c>--filter * --job short</c>.</param>
    /// <returns>0 when every benchmark that was asked for ran; 1 when one failed, a validation error stopped a
    /// class, or a filter matched nothing (so CI notices).</returns>
    public static int Main(string[] args)
    {
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
