using System.Linq;
using System.Text;

namespace Quzhou.Governance.Cli;

/// <summary>The panel as a Markdown table, one row per figure with its explanation; cells escaped so a file's text
/// cannot break the table or inject markup.</summary>
internal static class ReviewMarkdown
{
    internal static string Write(ReviewReport report)
    {
        var text = new StringBuilder();
        text.Append("# ").Append(Cell(report.Title)).Append("\n\n");
        text.Append(Cell(report.Summary)).Append("\n\n");
        var headers = report.Headers.Append(report.ExplanationHeader).ToArray();
        text.Append("| ").Append(string.Join(" | ", headers)).Append(" |\n");
        text.Append('|').Append(string.Concat(headers.Select(_ => "---|"))).Append('\n');
        foreach (var (claim, verdict) in report.Rows)
        {
            var cells = new[]
            {
                report.SubjectText(verdict), verdict.Figure.ToString(), report.Recomputed(verdict), report.PeriodText(verdict),
                "**" + report.KindWord(verdict.Kind) + "**", report.Explanation(verdict) + (report.SourceOf(claim) is { } source ? " " + source.ToString(report.Chinese) : string.Empty),
            };
            text.Append("| ").Append(string.Join(" | ", cells.Select((c, i) => i == 4 ? c : Cell(c)))).Append(" |\n");
        }

        if (report.Targets.Count > 0)
        {
            text.Append("\n## ").Append(Cell(report.TargetsTitle)).Append("\n\n");
            var targetHeaders = report.TargetHeaders.Append(report.ExplanationHeader).ToArray();
            text.Append("| ").Append(string.Join(" | ", targetHeaders)).Append(" |\n");
            text.Append('|').Append(string.Concat(targetHeaders.Select(_ => "---|"))).Append('\n');
            foreach (var target in report.Targets)
            {
                var cells = report.TargetCells(target).Select(Cell).ToArray();
                cells[^1] = "**" + cells[^1] + "**";
                text.Append("| ").Append(string.Join(" | ", cells)).Append(" | ").Append(Cell(target.Explanation(report.Chinese))).Append(" |\n");
            }
        }

        return text.ToString();
    }

    /// <summary>A cell's text: | and the characters Markdown and HTML give meaning escaped, line breaks as spaces.</summary>
    internal static string Cell(string text)
    {
        var cell = new StringBuilder(text.Length + 8);
        foreach (var c in Messages.Printable(text))
        {
            switch (c)
            {
                case '|' or '\\' or '*' or '_' or '`' or '[' or ']' or '#':
                    cell.Append('\\').Append(c);
                    break;
                case '<':
                    cell.Append("&lt;");
                    break;
                case '>':
                    cell.Append("&gt;");
                    break;
                case '&':
                    cell.Append("&amp;");
                    break;
                default:
                    cell.Append(c);
                    break;
            }
        }

        return cell.ToString();
    }
}
