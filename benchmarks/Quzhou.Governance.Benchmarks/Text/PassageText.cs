using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Quzhou.Governance.Benchmarks.Text;

/// <summary>The bulletin passages the text benchmarks read: the clean ones of tests/…/Text/Passages (copied beside the
/// benchmarks), and a text of a few megabytes made by repeating some of them.</summary>
internal static class PassageText
{
    /// <summary>The clean passages (not messy-*.txt, not diagnostics.txt) in the order of their file names.</summary>
    /// <returns>Each passage's text.</returns>
    internal static List<string> Clean()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Text", "Passages");
        return Directory.GetFiles(folder, "*.txt")
            .Where(f => !Path.GetFileName(f).StartsWith("messy-", StringComparison.Ordinal) && Path.GetFileName(f) != "diagnostics.txt")
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToList();
    }

    /// <summary>The passages repeated in order, each followed by a line break, until the text holds
    /// <paramref name="megabytes"/> megabytes of UTF-16 chars.</summary>
    /// <param name="passages">The passages (at least one).</param>
    /// <param name="megabytes">The size.</param>
    /// <returns>The text.</returns>
    internal static string Repeat(IReadOnlyList<string> passages, int megabytes)
    {
        var builder = new StringBuilder(megabytes * 1024 * 1024 / 2 + 4096);
        for (var i = 0; builder.Length < megabytes * 1024 * 1024 / 2; i++)
        {
            builder.Append(passages[i % passages.Count]).Append('\n');
        }

        return builder.ToString();
    }
}
