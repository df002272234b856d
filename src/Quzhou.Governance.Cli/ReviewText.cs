using System.Globalization;
using System.Linq;
using System.Text;

namespace Quzhou.Governance.Cli;

/// <summary>The panel as a terminal table: columns aligned by display width (a Chinese character takes two
/// columns), each figure's explanation on the line below it.</summary>
internal static class ReviewText
{
    internal static string Write(ReviewReport report)
    {
        var text = new StringBuilder();
        text.Append(report.Title).Append('\n');
        text.Append(report.Summary).Append('\n').Append('\n');
        var rows = report.Rows.Select(r => new[]
        {
            report.SubjectText(r.Verdict),
            r.Verdict.Figure.ToString(),
            report.Recomputed(r.Verdict),
            report.PeriodText(r.Verdict),
            report.KindWord(r.Verdict.Kind),
        }).ToList();
        var widths = AppendHeader(text, report.Headers, rows);
        string? lastClaim = null;
        for (var i = 0; i < rows.Count; i++)
        {
            var claim = report.Rows[i].Claim;
            if (lastClaim is not null && claim.Id != lastClaim)
            {
                text.Append('\n');
            }

            lastClaim = claim.Id;
            AppendRow(text, rows[i], widths);
            text.Append("    ").Append(Messages.Printable(report.Explanation(report.Rows[i].Verdict))).Append('\n');
            if (report.SourceOf(claim) is { } source)
            {
                text.Append("    ").Append(source.ToString(report.Chinese)).Append('\n');
            }
        }

        AppendTargets(text, report);
        return text.ToString();
    }

    /// <summary>The progress against plan targets, when the data set has any: a table, each target's sentence below it.</summary>
    private static void AppendTargets(StringBuilder text, ReviewReport report)
    {
        if (report.Targets.Count == 0)
        {
            return;
        }

        text.Append('\n').Append(report.TargetsTitle).Append('\n').Append('\n');
        var rows = report.Targets.Select(report.TargetCells).ToList();
        var widths = AppendHeader(text, report.TargetHeaders, rows);
        for (var i = 0; i < rows.Count; i++)
        {
            AppendRow(text, rows[i], widths);
            text.Append("    ").Append(Messages.Printable(report.Targets[i].Explanation(report.Chinese))).Append('\n');
        }
    }

    /// <summary>Writes the header and its rule, and gives the columns' widths over the header and the rows.</summary>
    private static int[] AppendHeader(StringBuilder text, string[] headers, System.Collections.Generic.List<string[]> rows)
    {
        var widths = headers.Select((h, i) => rows.Select(r => Width(r[i])).Append(Width(h)).Max()).ToArray();
        AppendRow(text, headers, widths);
        AppendRow(text, widths.Select(w => new string('─', w)).ToArray(), widths);
        return widths;
    }

    private static void AppendRow(StringBuilder text, string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = Messages.Printable(cells[i]);
            line.Append(cell);
            if (i < cells.Length - 1)
            {
                line.Append(' ', widths[i] - Width(cell) + 2);
            }
        }

        text.Append(line.ToString().TrimEnd()).Append('\n');
    }

    /// <summary>Display columns: two for East Asian wide and full-width characters (CJK, full-width punctuation,
    /// the curly quotes a Chinese font draws wide), one otherwise.</summary>
    internal static int Width(string text)
    {
        var width = 0;
        foreach (var c in text)
        {
            width += c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3' or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6' ? 2 : 1;
        }

        return width;
    }

    internal static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
