using System;
using System.IO;
using Xunit;

namespace Quzhou.Governance.Cli.Tests;

/// <summary>A fact that needs Debian's headless <c>chromium</c>: skipped, saying why, only where chromium is not
/// installed and the run is not CI's (<c>CI=true</c>: <c>.ci/run</c> installs chromium and fonts-noto-cjk first, so
/// there the test always runs and a missing browser fails it).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    /// <summary>Skips the fact when chromium is missing outside CI.</summary>
    public ChromiumFactAttribute()
    {
        if (Chromium.Path is null && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = "chromium is not installed, so the review page was not opened in a browser (apt-get install -y chromium fonts-noto-cjk; CI installs them and runs this test).";
        }
    }
}

/// <summary>Where the chromium executable is, if anywhere on PATH.</summary>
internal static class Chromium
{
    internal static string? Path { get; } = Find();

    private static string? Find()
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in new[] { "chromium", "chromium-browser" })
            {
                var candidate = System.IO.Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
