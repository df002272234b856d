using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace Quzhou.Governance.Analyzers.Tests;

/// <summary>
/// A rule is a warning by default and follows <c>dotnet_diagnostic.QGxxxx.severity</c> in .editorconfig.
/// (In this verifier an .editorconfig <c>error</c> did not raise the reported severity above the
/// descriptor's, so only turning a rule off is checked here; raising it is the compiler's own work.)
/// </summary>
public class SeverityTest
{
    private const string Source = """
        using System;

        static class Report
        {
            public static decimal A(decimal x) => {|#0:Math.Round(x, 2)|};
        }
        """;

    private static CSharpAnalyzerTest<RoundingWithoutMidpointAnalyzer, DefaultVerifier> Create(string? editorConfig, string source = Source)
    {
        var test = new CSharpAnalyzerTest<RoundingWithoutMidpointAnalyzer, DefaultVerifier>
        {
            TestCode = source,
            ReferenceAssemblies = TestReferences.None,
        };
        test.TestState.AdditionalReferences.AddRange(TestReferences.All);
        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/0/.editorconfig", "root = true\n\n[*.cs]\n" + editorConfig + "\n"));
        }

        return test;
    }

    private static DiagnosticResult Expected(DiagnosticSeverity severity) =>
        new DiagnosticResult(Rules.RoundingWithoutMidpoint).WithSeverity(severity).WithLocation(0)
            .WithArguments("Math.Round", "call Rounding.HalfAwayFromZero or pass MidpointRounding.AwayFromZero");

    [Fact]
    public async Task Severity_Default_Warning()
    {
        var test = Create(null);
        test.ExpectedDiagnostics.Add(Expected(DiagnosticSeverity.Warning));
        await test.RunAsync();
    }

    [Fact]
    public async Task Severity_EditorConfigNone_NothingReported()
    {
        var test = Create(
            "dotnet_diagnostic.QG0001.severity = none",
            Source.Replace("{|#0:", string.Empty, System.StringComparison.Ordinal).Replace("|};", ";", System.StringComparison.Ordinal));
        await test.RunAsync();
    }
}
