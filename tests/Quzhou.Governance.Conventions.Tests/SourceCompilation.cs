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

    /// <summary>The symbols the SDK defines for a net10.0 build (Debug).</summary>
    public static readonly string[] Net10Symbols =
    [
        "DEBUG", "TRACE", "NET", "NETCOREAPP", "NET10_0",
        "NET10_0_OR_GREATER", "NET9_0_OR_GREATER", "NET8_0_OR_GREATER", "NET7_0_OR_GREATER",
        "NET6_0_OR_GREATER", "NET5_0_OR_GREATER", "NETCOREAPP3_1_OR_GREATER", "NETCOREAPP3_0_OR_GREATER",
        "NETCOREAPP2_2_OR_GREATER", "NETCOREAPP2_1_OR_GREATER", "NETCOREAPP2_0_OR_GREATER",
        "NETCOREAPP1_1_OR_GREATER", "NETCOREAPP1_0_OR_GREATER",
    ];

    private static readonly Lazy<CSharpCompilation> LibraryCompilation = new(CompileLibrary);

    /// <summary>The library (src/Quzhou.Governance/**/*.cs) compiled for net10.0.</summary>
    public static CSharpCompilation Library => LibraryCompilation.Value;

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

    private static CSharpCompilation CompileLibrary() =>
        Create("Quzhou.Governance", SourceFiles(LibraryFolder)
            .Select(path => Parse(path, File.ReadAllText(RepositoryRoot.Combine(path)))));

    private static CSharpCompilation Create(string name, IEnumerable<SyntaxTree> trees) =>
        CSharpCompilation.Create(
            name,
            trees,
            Net100.References.All.Concat([MetadataReference.CreateFromFile(typeof(NodaTime.Instant).Assembly.Location)]),
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                checkOverflow: true));

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
