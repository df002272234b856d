using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Quzhou.Governance.Analyzers.Tests;

public class RulePagesTest
{
    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var rule in Rules.All)
        {
            data.Add(rule.Id);
        }

        return data;
    }

    private static DiagnosticDescriptor Descriptor(string id) => Rules.All.Single(d => d.Id == id);

    [Fact]
    public void Rules_EveryAnalyzersDescriptor_DeclaredInRules()
    {
        Assert.NotEmpty(RulePage.Analyzers);
        foreach (var descriptor in RulePage.Analyzers.SelectMany(a => a.SupportedDiagnostics))
        {
            Assert.Contains(descriptor, Rules.All);
        }

        Assert.Equal(Rules.All.Length, Rules.All.Select(d => d.Id).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Descriptor_Defaults_WarningEnabledInCategory(string id)
    {
        var descriptor = Descriptor(id);
        Assert.Equal(DiagnosticSeverity.Warning, descriptor.DefaultSeverity);
        Assert.True(descriptor.IsEnabledByDefault);
        Assert.Equal(Rules.Category, descriptor.Category);
        Assert.Matches("^QG[0-9]{4}$", id);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Descriptor_HelpLink_PointsAtItsPage(string id)
    {
        var link = Descriptor(id).HelpLinkUri;
        Assert.True(Uri.TryCreate(link, UriKind.Absolute, out _), link);
        Assert.EndsWith("/docs/rules/" + id + ".md", link, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Page_Title_MatchesDescriptor(string id)
    {
        Assert.True(RulePage.Exists(id), "docs/rules/" + id + ".md is missing");
        Assert.Equal("# " + id + ": " + Descriptor(id).Title, RulePage.Load(id).Title);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Page_Sections_AllPresentInOrder(string id)
    {
        var headings = RulePage.Load(id).Headings;
        var found = RulePage.RequiredHeadings.Select(h => headings.IndexOf(h)).ToArray();
        Assert.DoesNotContain(-1, found);
        Assert.Equal(found.OrderBy(i => i), found);
    }

    [Fact]
    public void Pages_EveryPage_HasARule()
    {
        var pages = Directory.GetFiles(RulePage.Folder, "QG*.md").Select(Path.GetFileNameWithoutExtension).OrderBy(p => p, StringComparer.Ordinal);
        Assert.Equal(Rules.All.Select(d => d.Id).OrderBy(i => i, StringComparer.Ordinal), pages);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public async Task Page_ViolatingExamples_Reported(string id)
    {
        var page = RulePage.Load(id);
        Assert.NotEmpty(page.Violating);
        foreach (var code in page.Violating)
        {
            var diagnostics = await AnalyzeAsync(code);
            Assert.Contains(diagnostics, d => d.Id == id);
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public async Task Page_PassingExamples_NotReported(string id)
    {
        var page = RulePage.Load(id);
        Assert.NotEmpty(page.Passing);
        foreach (var code in page.Passing)
        {
            var diagnostics = await AnalyzeAsync(code);
            Assert.Empty(diagnostics);
        }
    }

    /// <summary>Compiles one example (it must compile) and returns what our rules report on it.</summary>
    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string code)
    {
        var compilation = CSharpCompilation.Create(
            "Example",
            new[] { CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest)) },
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.True(errors.Length == 0, string.Join("\n", errors.Select(e => e.ToString())) + "\n" + code);
        return await compilation.WithAnalyzers(RulePage.Analyzers).GetAnalyzerDiagnosticsAsync();
    }
}
