using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Quzhou.Governance.Analyzers.Tests;

/// <summary>One rule's page <c>docs/rules/QGxxxx.md</c>: its title line, headings and C# examples.</summary>
internal sealed class RulePage
{
    private RulePage(string id, string[] lines)
    {
        Id = id;
        Title = lines.Length > 0 ? lines[0] : string.Empty;
        Headings = lines.Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l.Substring(3).Trim()).ToImmutableArray();
        var violating = ImmutableArray.CreateBuilder<string>();
        var passing = ImmutableArray.CreateBuilder<string>();
        string? section = null;
        List<string>? block = null;
        foreach (var line in lines)
        {
            if (block is not null)
            {
                if (line.StartsWith("```", StringComparison.Ordinal))
                {
                    var code = string.Join("\n", block) + "\n";
                    if (section == ViolatesHeading)
                    {
                        violating.Add(code);
                    }
                    else if (section == PassesHeading)
                    {
                        passing.Add(code);
                    }

                    block = null;
                }
                else
                {
                    block.Add(line);
                }
            }
            else if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                section = line.Substring(3).Trim();
            }
            else if (line.Trim() == "```csharp")
            {
                block = new List<string>();
            }
        }

        Violating = violating.ToImmutable();
        Passing = passing.ToImmutable();
    }

    /// <summary>The heading of the examples that the rule reports.</summary>
    public const string ViolatesHeading = "Code that violates";

    /// <summary>The heading of the examples (near misses included) that the rule does not report.</summary>
    public const string PassesHeading = "Code that does not";

    /// <summary>The headings every page has, in this order.</summary>
    public static ImmutableArray<string> RequiredHeadings { get; } =
        ImmutableArray.Create("Cause", "Why it matters", "How to fix", ViolatesHeading, PassesHeading);

    public string Id { get; }

    /// <summary>The first line, <c># QGxxxx: Title</c>.</summary>
    public string Title { get; }

    public ImmutableArray<string> Headings { get; }

    /// <summary>The C# blocks under <see cref="ViolatesHeading"/>: each is a whole file.</summary>
    public ImmutableArray<string> Violating { get; }

    /// <summary>The C# blocks under <see cref="PassesHeading"/>: each is a whole file.</summary>
    public ImmutableArray<string> Passing { get; }

    /// <summary>The repository's <c>docs/rules</c> folder, found upward from the test's output.</summary>
    public static string Folder { get; } = FindFolder();

    public static RulePage Load(string id) => new(id, File.ReadAllLines(Path.Combine(Folder, id + ".md")));

    public static bool Exists(string id) => File.Exists(Path.Combine(Folder, id + ".md"));

    /// <summary>Every analyzer in the analyzer assembly.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = typeof(Rules).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t)
                    && t.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), false).Length > 0)
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Quzhou.Governance.sln")))
            {
                return Path.Combine(dir.FullName, "docs", "rules");
            }
        }

        throw new InvalidOperationException("Quzhou.Governance.sln not found above " + AppContext.BaseDirectory);
    }
}
