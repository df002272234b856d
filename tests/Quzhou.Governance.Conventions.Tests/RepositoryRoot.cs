using System;
using System.IO;

namespace Quzhou.Governance.Conventions.Tests;

/// <summary>The repository's root: the nearest folder above the test's base directory holding Quzhou.Governance.sln.</summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    public static string Combine(string relative) => System.IO.Path.Combine(Path, relative);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Quzhou.Governance.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No Quzhou.Governance.sln above {AppContext.BaseDirectory}.");
    }
}
