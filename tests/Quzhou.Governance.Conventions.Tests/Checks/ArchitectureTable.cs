using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace Quzhou.Governance.Conventions.Tests.Checks;

/// <summary>
/// The layering table of <c>docs/architecture.md</c>: for each folder of the library (<c>""</c> for the root),
/// what it may use. Read from the page's first table with a “folder” and a “uses” column:
/// a folder cell names the folder in backticks (<c>`Periods/`</c>; a <c>(+ `Periods/Text/`)</c> note only says the
/// sub-folder belongs to it, as every unlisted sub-folder does); a uses cell is a comma-separated list of folders
/// and packages, “—” for nothing, and “X and below” for X with everything X may use.
/// </summary>
public sealed partial class ArchitectureTable
{
    private readonly Dictionary<string, HashSet<string>> uses;

    private ArchitectureTable(Dictionary<string, HashSet<string>> uses) => this.uses = uses;

    /// <summary>The folders the table lists (<c>""</c> is the root), listed sub-folders as <c>"Quantities/Text"</c>.</summary>
    public IReadOnlyCollection<string> Folders => uses.Keys;

    /// <summary>How a folder or package is shown in a message: <c>Quantities/</c>, <c>(root)</c>, <c>NodaTime</c>.</summary>
    public string Show(string name) =>
        name.Length == 0 ? "(root)" : uses.ContainsKey(name) ? name + "/" : name;

    /// <summary>Every name in any uses cell that is not a folder: the packages the table lets folders use.</summary>
    public IReadOnlyCollection<string> Packages =>
        uses.Values.SelectMany(u => u).Where(n => !uses.ContainsKey(n)).ToHashSet();

    /// <summary>What a folder may use: its row, with “and below” expanded; a listed sub-folder may also use its parent
    /// and what the parent may use. The root (Preconditions, HashCodes) is below every folder.</summary>
    public IReadOnlySet<string> Uses(string folder)
    {
        var result = new HashSet<string>(StringComparer.Ordinal) { folder, "" };
        result.UnionWith(uses[folder]);
        var slash = folder.LastIndexOf('/');
        if (slash > 0 && uses.ContainsKey(folder[..slash]))
        {
            result.UnionWith(Uses(folder[..slash]));
        }
        return result;
    }

    /// <summary>The table's folder for a file's path relative to the library folder (<c>"Quantities/Text/Percentage.Reading.cs"</c>).</summary>
    public string FolderOf(string relativePath)
    {
        var parts = relativePath.Split('/');
        for (var n = parts.Length - 1; n >= 1; n--)
        {
            var candidate = string.Join('/', parts.Take(n));
            if (uses.ContainsKey(candidate))
            {
                return candidate;
            }
        }
        return parts.Length == 1 ? "" : parts[0];
    }

    /// <summary>Reads the table from the page's markdown.</summary>
    public static ArchitectureTable Parse(string markdown)
    {
        var lines = markdown.Split('\n').Select(l => l.Trim()).ToList();
        var header = lines.FindIndex(l => l.StartsWith('|') && Cells(l).Contains("folder") && Cells(l).Contains("uses"));
        if (header < 0)
        {
            throw new FormatException("No table with a “folder” and a “uses” column.");
        }
        var columns = Cells(lines[header]);
        int folderColumn = columns.IndexOf("folder"), usesColumn = columns.IndexOf("uses");
        var raw = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(header + 2).TakeWhile(l => l.StartsWith('|')))
        {
            var cells = Cells(line);
            var folder = FolderName(cells[folderColumn]);
            var names = cells[usesColumn].Trim() is "—" or "-" or ""
                ? []
                : cells[usesColumn].Split(',').Select(n => n.Trim().Trim('`').TrimEnd('/')).ToList();
            raw[folder] = names;
        }
        var expanded = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var folder in raw.Keys)
        {
            expanded[folder] = Expand(folder, raw, []);
        }
        return new ArchitectureTable(expanded);
    }

    private static HashSet<string> Expand(string folder, Dictionary<string, List<string>> raw, HashSet<string> seen)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        if (!seen.Add(folder))
        {
            return result;
        }
        foreach (var name in raw[folder])
        {
            var below = AndBelow().Match(name);
            if (below.Success)
            {
                var lower = below.Groups[1].Value.Trim('`').TrimEnd('/');
                if (!raw.ContainsKey(lower))
                {
                    throw new FormatException($"“{name}” in the row of {folder}: {lower} is not a folder of the table.");
                }
                result.Add(lower);
                result.UnionWith(Below(lower, raw, []));
            }
            else
            {
                result.Add(name);
            }
        }
        return result;
    }

    // Everything a folder may use, used or not by its own row's names, down to the bottom.
    private static HashSet<string> Below(string folder, Dictionary<string, List<string>> raw, HashSet<string> seen)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        if (!seen.Add(folder))
        {
            return result;
        }
        foreach (var name in Expand(folder, raw, []))
        {
            result.Add(name);
            if (raw.ContainsKey(name))
            {
                result.UnionWith(Below(name, raw, seen));
            }
        }
        return result;
    }

    private static string FolderName(string cell)
    {
        if (cell.Trim() == "(root)")
        {
            return "";
        }
        var first = Backticked().Match(cell);
        if (!first.Success)
        {
            throw new FormatException($"The folder cell “{cell}” names no `folder/`.");
        }
        return first.Groups[1].Value.TrimEnd('/');
    }

    private static List<string> Cells(string line) =>
        line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToList();

    [GeneratedRegex(@"^(.+?)\s+and below$")]
    private static partial Regex AndBelow();

    [GeneratedRegex(@"`([^`]+)`")]
    private static partial Regex Backticked();
}
