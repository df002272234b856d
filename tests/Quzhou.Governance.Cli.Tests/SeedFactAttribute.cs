using System;
using System.IO;
using Xunit;

namespace Quzhou.Governance.Cli.Tests;

/// <summary>A fact that reads the whole interview from <c>../shared/seed/quzhou-interview.txt</c> beside the
/// repository (the seed text is not copied into the repository): skipped, saying where it looked, when the file is not
/// there (as in CI's clone).</summary>
public sealed class SeedFactAttribute : FactAttribute
{
    /// <summary>Skips the fact when the seed text is absent.</summary>
    public SeedFactAttribute()
    {
        if (!File.Exists(Seed.InterviewPath))
        {
            Skip = "the interview's seed text is not at " + Seed.InterviewPath + " (../shared/seed/quzhou-interview.txt from the repository root; it is not copied into the repository).";
        }
    }
}

/// <summary>Where the seed text is: ../shared/seed/quzhou-interview.txt from the repository root (the folder holding
/// Quzhou.Governance.sln above the test assembly).</summary>
internal static class Seed
{
    internal static string InterviewPath { get; } = Find();

    private static string Find()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Quzhou.Governance.sln")))
        {
            folder = folder.Parent;
        }

        var root = folder?.FullName ?? AppContext.BaseDirectory;
        return Path.GetFullPath(Path.Combine(root, "..", "shared", "seed", "quzhou-interview.txt"));
    }
}
