using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace Quzhou.Governance.MeasureAnalyzerShare;

/// <summary>
/// Our analyzers' share of a compile, measured in one process and on one thread: the compiler's own command
/// line for the generated code base (sources, references, the SDK's analyzers and analyzer configuration),
/// then per round a parse and emit (the compile), the SDK's analyzers alone, and the SDK's analyzers with each
/// given build of ours, all through <see cref="CompilationWithAnalyzers"/> with <c>concurrentAnalysis: false</c>
/// and <c>logAnalyzerExecutionTime: true</c>. Every figure is the least of the rounds.
/// Usage: measure-analyzer-share &lt;csc-args file&gt; &lt;project folder&gt; [--rounds N] [--profile] --ours LABEL=dll [--ours LABEL=dll …]
/// </summary>
internal static class Program
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static async Task<int> Main(string[] argv)
    {
        if (argv.Length < 2)
        {
            Console.Error.WriteLine("usage: measure-analyzer-share <csc-args file> <project folder> [--rounds N] [--profile] --ours LABEL=dll ...");
            return 2;
        }

        var rounds = 5;
        var profile = false;
        var oursOnly = false;
        var ours = new List<(string Label, string Path)>();
        for (var i = 2; i < argv.Length; i++)
        {
            switch (argv[i])
            {
                case "--rounds":
                    rounds = int.Parse(argv[++i], Invariant);
                    break;
                case "--profile":
                    profile = true;
                    break;
                case "--ours-only":
                    oursOnly = true;
                    break;
                case "--ours":
                    var spec = argv[++i];
                    var eq = spec.IndexOf('=', StringComparison.Ordinal);
                    ours.Add(eq < 0 ? ("ours", Path.GetFullPath(spec)) : (spec[..eq], Path.GetFullPath(spec[(eq + 1)..])));
                    break;
                default:
                    Console.Error.WriteLine($"unknown argument {argv[i]}");
                    return 2;
            }
        }

        var baseDirectory = Path.GetFullPath(argv[1]);
        var lines = File.ReadAllLines(argv[0]).Where(l => l.Length > 0).ToArray();
        var sdkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location);
        var parsed = CSharpCommandLineParser.Default.Parse(lines, baseDirectory, sdkDirectory);
        foreach (var error in parsed.Errors)
        {
            Console.Error.WriteLine(error);
        }

        var texts = parsed.SourceFiles.Select(f => (f.Path, Text: ReadText(f.Path))).ToArray();
        var references = parsed.MetadataReferences
            .Select(r => (MetadataReference)MetadataReference.CreateFromFile(Path.GetFullPath(r.Reference, baseDirectory), r.Properties))
            .ToArray();
        var configSet = AnalyzerConfigSet.Create(parsed.AnalyzerConfigPaths
            .Select(p => AnalyzerConfig.Parse(SourceText.From(File.ReadAllText(p)), p)).ToArray());
        var loader = new AnalyzerLoader();
        var sdkAnalyzers = parsed.AnalyzerReferences
            .Where(r => !r.FilePath.Contains("Quzhou.Governance", StringComparison.Ordinal))
            .SelectMany(r => new AnalyzerFileReference(Path.GetFullPath(r.FilePath, baseDirectory), loader).GetAnalyzers(LanguageNames.CSharp))
            .ToImmutableArray();
        var ourBuilds = ours
            .Select(o => (o.Label, Analyzers: new AnalyzerFileReference(o.Path, loader).GetAnalyzers(LanguageNames.CSharp)))
            .ToArray();

        var trees = Parse(texts, parsed.ParseOptions);
        var provider = new ConfigOptionsProvider(configSet, trees);
        var options = parsed.CompilationOptions.WithSyntaxTreeOptionsProvider(provider.Severities);
        var analyzerOptions = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, provider);
        Console.WriteLine($"{trees.Length} files, {texts.Sum(t => t.Text.Lines.Count)} lines, {references.Length} references, "
                          + $"{sdkAnalyzers.Length} SDK analyzers, {rounds} rounds; builds of ours: {string.Join(", ", ourBuilds.Select(b => $"{b.Label} ({b.Analyzers.Length} analyzers)"))}");

        if (profile)
        {
            Profile(CSharpCompilation.Create(parsed.CompilationName, trees, references, options));
        }

        // --ours-only (for iterating on a rule): our builds without the SDK's analyzers and without the compile; no share.
        if (oursOnly)
        {
            sdkAnalyzers = ImmutableArray<DiagnosticAnalyzer>.Empty;
        }

        var configurations = new List<(string Label, ImmutableArray<DiagnosticAnalyzer> Analyzers, ImmutableArray<DiagnosticAnalyzer> Ours)>
        {
            ("SDK only", sdkAnalyzers, ImmutableArray<DiagnosticAnalyzer>.Empty),
        };
        configurations.AddRange(ourBuilds.Select(b => ((oursOnly ? "" : "SDK + ") + b.Label, sdkAnalyzers.AddRange(b.Analyzers), b.Analyzers)));

        var compileBest = TimeSpan.MaxValue;
        var wallBest = new TimeSpan[configurations.Count];
        Array.Fill(wallBest, TimeSpan.MaxValue);
        var analyzerBest = new Dictionary<DiagnosticAnalyzer, TimeSpan>();
        var telemetry = new Dictionary<DiagnosticAnalyzer, AnalyzerTelemetryInfo>();
        var reported = new Dictionary<string, int>[configurations.Count];
        for (var round = 1; round <= rounds; round++)
        {
            // The compile: parse and emit, as csc does without analyzers.
            var line = new StringBuilder("round " + round.ToString(Invariant) + ":");
            if (!oursOnly)
            {
                var compile = CompileOnce(texts, parsed.ParseOptions, parsed.CompilationName, references, options);
                if (compile is null)
                {
                    return 1;
                }

                compileBest = Min(compileBest, compile.Value);
                line.Append(" compile ").Append(Seconds(compile.Value));
            }

            var clock = new Stopwatch();

            // The analyzers, each configuration on a fresh compilation over the same trees; the order turns each round.
            for (var k = 0; k < configurations.Count; k++)
            {
                var c = (k + round - 1) % configurations.Count;
                var (label, analyzers, ourAnalyzers) = configurations[c];
                if (analyzers.IsEmpty)
                {
                    continue;
                }

                Collect();
                var withAnalyzers = new CompilationWithAnalyzers(
                    CSharpCompilation.Create(parsed.CompilationName, trees, references, options),
                    analyzers,
                    new CompilationWithAnalyzersOptions(analyzerOptions, OnAnalyzerException, concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
                clock.Restart();
                var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync().ConfigureAwait(false);
                var wall = clock.Elapsed;
                wallBest[c] = Min(wallBest[c], wall);
                var ourTime = TimeSpan.Zero;
                foreach (var analyzer in analyzers)
                {
                    var info = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, default).ConfigureAwait(false);
                    telemetry[analyzer] = info;
                    analyzerBest[analyzer] = analyzerBest.TryGetValue(analyzer, out var best) ? Min(best, info.ExecutionTime) : info.ExecutionTime;
                    if (ourAnalyzers.Contains(analyzer))
                    {
                        ourTime += info.ExecutionTime;
                    }
                }

                reported[c] = diagnostics.Where(d => d.Id.StartsWith("QG", StringComparison.Ordinal))
                    .GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count());
                line.Append("; ").Append(label).Append(' ').Append(Seconds(wall));
                if (!ourAnalyzers.IsEmpty)
                {
                    line.Append(" (ours ").Append(Seconds(ourTime)).Append(')');
                }
            }

            Console.WriteLine(line);
        }

        Console.WriteLine();
        Console.WriteLine($"least of {rounds} rounds, one thread (seconds):");
        if (!oursOnly)
        {
            Console.WriteLine($"  compile (parse + emit): {Seconds(compileBest)}");
        }

        var sdkTotal = Sum(sdkAnalyzers, analyzerBest);
        if (!oursOnly)
        {
            Console.WriteLine($"  SDK analyzers: {Seconds(sdkTotal)} in callbacks; the analyzer pass {Seconds(wallBest[0])} wall");
            foreach (var analyzer in sdkAnalyzers.OrderByDescending(a => analyzerBest[a]).Take(3))
            {
                Console.WriteLine($"    {Name(analyzer),-60} {Seconds(analyzerBest[analyzer])}");
            }
        }

        for (var c = 1; c < configurations.Count; c++)
        {
            var (label, _, ourAnalyzers) = configurations[c];
            var ourTotal = Sum(ourAnalyzers, analyzerBest);
            Console.WriteLine();
            Console.WriteLine($"  {label}: ours {Seconds(ourTotal)} in callbacks; the analyzer pass {Seconds(wallBest[c])} wall");
            foreach (var analyzer in ourAnalyzers.OrderByDescending(a => analyzerBest[a]))
            {
                var info = telemetry[analyzer];
                var ids = string.Join(",", analyzer.SupportedDiagnostics.Select(d => d.Id).Distinct());
                var count = reported[c].Where(p => ids.Contains(p.Key, StringComparison.Ordinal)).Sum(p => p.Value);
                Console.WriteLine($"    {ids} {analyzer.GetType().Name,-40} {Seconds(analyzerBest[analyzer])}  reported {count,3}; actions: "
                                  + $"operation {info.OperationActionsCount}, syntax node {info.SyntaxNodeActionsCount}, symbol {info.SymbolActionsCount}, "
                                  + $"compilation start {info.CompilationStartActionsCount}, end {info.CompilationEndActionsCount}");
            }

            if (oursOnly)
            {
                continue;
            }

            var share = ourTotal.TotalSeconds / (compileBest + sdkTotal + ourTotal).TotalSeconds;
            var wallShare = (wallBest[c] - wallBest[0]).TotalSeconds / (compileBest + wallBest[c]).TotalSeconds;
            Console.WriteLine($"  {label}: our share of (compile + all analyzers' callbacks) {share:P2}; "
                              + $"by the analyzer pass's wall time (with − without) / (compile + with) {wallShare:P2}");
        }

        if (configurations.Count > 2)
        {
            Console.WriteLine();
            Console.WriteLine($"  per rule, {configurations[2].Label} / {configurations[1].Label} (ratio of the least times):");
            var first = configurations[1].Ours;
            var second = configurations[2].Ours;
            foreach (var analyzer in first.OrderByDescending(a => analyzerBest[a]))
            {
                var twin = second.FirstOrDefault(a => a.GetType().FullName == analyzer.GetType().FullName);
                if (twin is not null)
                {
                    Console.WriteLine($"    {Name(analyzer),-60} {Seconds(analyzerBest[analyzer])} → {Seconds(analyzerBest[twin])}  ({analyzerBest[twin] / analyzerBest[analyzer]:0.00}×)");
                }
            }

            Console.WriteLine($"    {"together",-60} {Seconds(Sum(first, analyzerBest))} → {Seconds(Sum(second, analyzerBest))}  ({Sum(second, analyzerBest) / Sum(first, analyzerBest):0.00}×)");
        }

        return 0;
    }

    /// <summary>One parse and emit of the code base (the compile without analyzers), or null when it fails.</summary>
    private static TimeSpan? CompileOnce((string Path, SourceText Text)[] texts, CSharpParseOptions parseOptions, string? name, MetadataReference[] references, CSharpCompilationOptions options)
    {
        Collect();
        var clock = Stopwatch.StartNew();
        var compilation = CSharpCompilation.Create(name, Parse(texts, parseOptions), references, options);
        using var pe = new MemoryStream();
        using var pdb = new MemoryStream();
        var emitted = compilation.Emit(pe, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
        if (!emitted.Success)
        {
            foreach (var d in emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10))
            {
                Console.Error.WriteLine(d);
            }

            return null;
        }

        return clock.Elapsed;
    }

    /// <summary>How many operations of each kind the code base holds: the callback count of an operation action on that kind.</summary>
    private static void Profile(Compilation compilation)
    {
        var counts = new Dictionary<OperationKind, int>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                if (model.GetOperation(node) is { Parent: null } root)
                {
                    foreach (var operation in root.DescendantsAndSelf())
                    {
                        counts[operation.Kind] = counts.TryGetValue(operation.Kind, out var n) ? n + 1 : 1;
                    }
                }
            }
        }

        Console.WriteLine("operations in the code base (an operation action on a kind is called once per operation of it):");
        foreach (var (kind, count) in counts.OrderByDescending(p => p.Value))
        {
            Console.WriteLine($"  {kind,-30} {count,8}");
        }
    }

    private static SourceText ReadText(string path)
    {
        using var stream = File.OpenRead(path);
        return SourceText.From(stream, Encoding.UTF8);
    }

    private static SyntaxTree[] Parse((string Path, SourceText Text)[] texts, CSharpParseOptions parseOptions) =>
        texts.Select(t => CSharpSyntaxTree.ParseText(t.Text, parseOptions, t.Path)).ToArray();

    private static void OnAnalyzerException(Exception exception, DiagnosticAnalyzer analyzer, Diagnostic diagnostic) =>
        Console.Error.WriteLine($"{Name(analyzer)} threw: {exception}");

    private static string Name(DiagnosticAnalyzer analyzer) => analyzer.GetType().FullName ?? analyzer.GetType().Name;

    private static TimeSpan Sum(IEnumerable<DiagnosticAnalyzer> analyzers, Dictionary<DiagnosticAnalyzer, TimeSpan> best) =>
        analyzers.Aggregate(TimeSpan.Zero, (total, a) => total + best[a]);

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.000", Invariant) + " s";

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
