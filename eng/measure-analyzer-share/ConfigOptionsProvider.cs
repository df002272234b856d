using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Quzhou.Governance.MeasureAnalyzerShare;

/// <summary>
/// The build's analyzer configuration (the generated MSBuild editorconfig and the SDK's analysis-level
/// globalconfig, from the compiler's command line) applied as the compiler applies it: severities per tree
/// and globally, options per tree and globally.
/// </summary>
internal sealed class ConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly AnalyzerConfigSet configs;
    private readonly Dictionary<SyntaxTree, AnalyzerConfigOptionsResult> perTree = new();
    private readonly ConfigOptions global;

    public ConfigOptionsProvider(AnalyzerConfigSet configs, IEnumerable<SyntaxTree> trees)
    {
        this.configs = configs;
        global = new ConfigOptions(configs.GlobalConfigOptions.AnalyzerOptions);
        foreach (var tree in trees)
        {
            perTree[tree] = configs.GetOptionsForSourcePath(tree.FilePath);
        }
    }

    public override AnalyzerConfigOptions GlobalOptions => global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) =>
        perTree.TryGetValue(tree, out var result) ? new ConfigOptions(result.AnalyzerOptions) : ConfigOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        new ConfigOptions(configs.GetOptionsForSourcePath(textFile.Path).AnalyzerOptions);

    /// <summary>The severities the configuration sets, for <see cref="CompilationOptions.WithSyntaxTreeOptionsProvider"/>.</summary>
    public SyntaxTreeOptionsProvider Severities => new SeverityProvider(this);

    private sealed class SeverityProvider(ConfigOptionsProvider owner) : SyntaxTreeOptionsProvider
    {
        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken)
        {
            if (!owner.perTree.TryGetValue(tree, out var result) || !result.AnalyzerOptions.TryGetValue("generated_code", out var value))
            {
                return GeneratedKind.Unknown;
            }

            return bool.TryParse(value, out var generated) && generated ? GeneratedKind.MarkedGenerated : GeneratedKind.NotGenerated;
        }

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            if (owner.perTree.TryGetValue(tree, out var result) && result.TreeOptions.TryGetValue(diagnosticId, out severity))
            {
                return true;
            }

            severity = ReportDiagnostic.Default;
            return false;
        }

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            owner.configs.GlobalConfigOptions.TreeOptions.TryGetValue(diagnosticId, out severity);
    }
}
