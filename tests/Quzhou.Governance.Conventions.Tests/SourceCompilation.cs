using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Quzhou.Governance.Conventions.Tests;

/// <summary>
/// Compilations the checks walk: the library's own source as its net10.0 build sees it, and small bad examples
/// compiled the same way.
/// </summary>
internal static class SourceCompilation
{
    /// <summary>The library's source folder, relative to the repository.</summary>
    public const string LibraryFolder = "src/Quzhou.Governance";

    /// <summary>The symbols the SDK defines for a net10.0 build (Debug), and the library's CONTRACTS_FULL.</summary>
    public static readonly string[] Net10Symbols =
    [
        "DEBUG", "TRACE", "CONTRACTS_FULL", "NET", "NETCOREAPP", "NET10_0",
        "NET10_0_OR_GREATER", "NET9_0_OR_GREATER", "NET8_0_OR_GREATER", "NET7_0_OR_GREATER",
        "NET6_0_OR_GREATER", "NET5_0_OR_GREATER", "NETCOREAPP3_1_OR_GREATER", "NETCOREAPP3_0_OR_GREATER",
        "NETCOREAPP2_2_OR_GREATER", "NETCOREAPP2_1_OR_GREATER", "NETCOREAPP2_0_OR_GREATER",
        "NETCOREAPP1_1_OR_GREATER", "NETCOREAPP1_0_OR_GREATER",
    ];

    private static readonly Lazy<CSharpCompilation> LibraryCompilation = new(CompileLibrary);

    /// <summary>The library (src/Quzhou.Governance/**/*.cs) compiled for net10.0.</summary>
    public static CSharpCompilation Library => LibraryCompilation.Value;

    private static readonly Lazy<CSharpCompilation> LibraryTestsCompilation = new(() =>
        CompileTests(Library, SourceFiles("tests/Quzhou.Governance.Tests")
            .Select(path => Parse(path, File.ReadAllText(RepositoryRoot.Combine(path))))));

    /// <summary>
    /// The library's tests (tests/Quzhou.Governance.Tests/**/*.cs) compiled for net10.0 against <see cref="Library"/>,
    /// xunit and FsCheck.
    /// </summary>
    public static CSharpCompilation LibraryTests => LibraryTestsCompilation.Value;

    /// <summary>Compiles test sources against a library compilation that lets them see its internals.</summary>
    public static CSharpCompilation CompileTests(CSharpCompilation library, IEnumerable<SyntaxTree> tests)
    {
        const string testAssembly = "Quzhou.Governance.Tests";
        // MSBuild writes the library's InternalsVisibleTo into obj/; the source compilation has none of its own.
        var visible = library.AddSyntaxTrees(Parse("InternalsVisibleTo.cs",
            $"[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"{testAssembly}\")]"));
        return CSharpCompilation.Create(
            testAssembly,
            tests,
            References.Concat(
            [
                visible.ToMetadataReference(),
                MetadataReference.CreateFromFile(typeof(Xunit.Assert).Assembly.Location),
                MetadataReference.CreateFromFile(typeof(Xunit.FactAttribute).Assembly.Location),
                MetadataReference.CreateFromFile(typeof(Xunit.Abstractions.ITestOutputHelper).Assembly.Location),
                MetadataReference.CreateFromFile(typeof(FsCheck.Gen<int>).Assembly.Location),
                MetadataReference.CreateFromFile(typeof(FsCheck.Xunit.PropertyAttribute).Assembly.Location),
                MetadataReference.CreateFromFile(typeof(Microsoft.FSharp.Core.Unit).Assembly.Location),
            ]),
            Options);
    }

    /// <summary>Every test source of the repository (tests/**/*.cs outside bin and obj), parsed.</summary>
    public static IReadOnlyList<SyntaxTree> TestSources() =>
        SourceFiles("tests").Select(path => Parse(path, File.ReadAllText(RepositoryRoot.Combine(path)))).ToList();

    /// <summary>Compiles small sources, as (path, text) pairs, the way the library is compiled.</summary>
    public static CSharpCompilation Compile(params (string Path, string Text)[] sources) =>
        Create("BadExample", sources.Select(s => Parse(s.Path, s.Text)));

    public static SyntaxTree Parse(string path, string text) =>
        CSharpSyntaxTree.ParseText(text, ParseOptions, path);

    private static CSharpParseOptions ParseOptions { get; } =
        new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose, preprocessorSymbols: Net10Symbols);

    // MSBuild writes the csproj's <Using> items into obj/ as global usings; the source compilation adds them.
    private static CSharpCompilation CompileLibrary() =>
        Create("Quzhou.Governance", SourceFiles(LibraryFolder)
            .Select(path => Parse(path, File.ReadAllText(RepositoryRoot.Combine(path))))
            .Append(Parse("GlobalUsings.cs", "global using System.Diagnostics.Contracts;")));

    private static IEnumerable<MetadataReference> References =>
        Net100.References.All.Concat([MetadataReference.CreateFromFile(typeof(NodaTime.Instant).Assembly.Location)]);

    private static CSharpCompilationOptions Options { get; } = new(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: NullableContextOptions.Enable,
        checkOverflow: true);

    private static CSharpCompilation Create(string name, IEnumerable<SyntaxTree> trees) =>
        CSharpCompilation.Create(name, trees, References, Options);

    /// <summary>The .cs files under a folder of the repository, as repository-relative paths with '/'.</summary>
    private static IEnumerable<string> SourceFiles(string folder)
    {
        var root = RepositoryRoot.Path;
        return Directory.EnumerateFiles(RepositoryRoot.Combine(folder), "*.cs", SearchOption.AllDirectories)
            .Select(full => Path.GetRelativePath(root, full).Replace('\\', '/'))
            .Where(path => !path.Split('/').Any(part => part is "bin" or "obj"))
            .OrderBy(path => path, StringComparer.Ordinal);
    }
}
