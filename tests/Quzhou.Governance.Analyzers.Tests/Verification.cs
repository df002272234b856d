using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Quzhou.Governance.Analyzers.Tests;

/// <summary>
/// The references every test compiles against: the .NET 10 reference assemblies from
/// Basic.Reference.Assemblies (nothing is downloaded: the built-in ReferenceAssemblies.Net.* fetch
/// packages at test time and fail offline), the library and NodaTime.
/// </summary>
internal static class TestReferences
{
    /// <summary>A target framework with no package behind it: the references come from <see cref="All"/>.</summary>
    public static ReferenceAssemblies None { get; } = new("net10.0");

    /// <summary>The .NET 10 reference assemblies, the library and NodaTime.</summary>
    public static ImmutableArray<MetadataReference> All { get; } = ImmutableArray.CreateRange<MetadataReference>(
        Basic.Reference.Assemblies.Net100.References.All)
        .Add(MetadataReference.CreateFromFile(typeof(Quzhou.Governance.Quantities.Percentage).Assembly.Location))
        .Add(MetadataReference.CreateFromFile(typeof(NodaTime.LocalDate).Assembly.Location));

    /// <summary>The .NET 10 reference assemblies alone: a compilation that does not use the library.</summary>
    public static ImmutableArray<MetadataReference> WithoutLibrary { get; } = ImmutableArray.CreateRange<MetadataReference>(
        Basic.Reference.Assemblies.Net100.References.All);
}

/// <summary>Runs one analyzer over source with <c>{|#0:…|}</c> markup and checks the diagnostics.</summary>
internal static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>A diagnostic of the analyzer's only rule.</summary>
    public static DiagnosticResult Diagnostic() => CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic();

    /// <summary>Checks that <paramref name="source"/> gets exactly <paramref name="expected"/>.</summary>
    public static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        VerifyAsync(source, TestReferences.All, expected);

    /// <summary>Checks <paramref name="source"/> compiled against <paramref name="references"/>.</summary>
    public static Task VerifyAsync(string source, ImmutableArray<MetadataReference> references, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            TestCode = source,
            ReferenceAssemblies = TestReferences.None,
        };
        test.TestState.AdditionalReferences.AddRange(references);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}

/// <summary>Runs an analyzer and its code fix: the text before, after one fix, and after fix-all.</summary>
internal static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    /// <summary>A diagnostic of the analyzer's only rule.</summary>
    public static DiagnosticResult Diagnostic() => CSharpCodeFixVerifier<TAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic();

    /// <summary>A test of the fix with <paramref name="equivalenceKey"/>; fix-all is checked too (in document, project and solution).</summary>
    public static CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier> Create(
        string source, string fixedSource, string? equivalenceKey, params DiagnosticResult[] expected)
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionEquivalenceKey = equivalenceKey,
            ReferenceAssemblies = TestReferences.None,
        };
        test.TestState.AdditionalReferences.AddRange(TestReferences.All);
        test.ExpectedDiagnostics.AddRange(expected);
        return test;
    }

    /// <summary>Checks that the fix with <paramref name="equivalenceKey"/> turns <paramref name="source"/> into <paramref name="fixedSource"/>.</summary>
    public static Task VerifyFixAsync(string source, string fixedSource, string equivalenceKey, params DiagnosticResult[] expected) =>
        Create(source, fixedSource, equivalenceKey, expected).RunAsync();

    /// <summary>Checks that no fix is offered: the diagnostics stay and the text is unchanged.</summary>
    public static Task VerifyNoFixAsync(string source, params DiagnosticResult[] expected)
    {
        var test = Create(source, source, null, expected);
        test.FixedState.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
