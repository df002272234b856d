using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;

namespace Quzhou.Governance.Cli;

/// <summary>
/// The panel as one self-contained HTML page: inline CSS, inline SVG charts drawn here (<see cref="ReviewCharts"/>),
/// no script and nothing from the network (government office networks have no internet). Every text that came from a
/// file — a subject, a figure, a file name, an explanation — is HTML-escaped.
/// </summary>
internal static class ReviewHtml
{
    private const string Style = """
        :root { --holds: #1b7f3b; --contradicted: #b3261e; --ambiguous: #a15c00; --other: #5f6368; --ink: #1f1f1f; --line: #d0d4da; }
        body { font-family: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: var(--ink); margin: 2rem auto; max-width: 72rem; padding: 0 1rem; line-height: 1.5; }
        h1 { font-size: 1.6rem; margin-bottom: .25rem; }
        h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
        p.meta { color: var(--other); margin-top: 0; }
        ul.summary { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem; }
        ul.summary li { border: 1px solid var(--line); border-radius: .4rem; padding: .25rem .75rem; }
        table { border-collapse: collapse; width: 100%; font-size: .92rem; }
        th, td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
        th { background: #f3f4f6; }
        td.num { font-variant-numeric: tabular-nums; white-space: nowrap; }
        td[class^="v-"] { white-space: nowrap; }
        .v-holds, .v-holds-on-earlier-vintage-only { color: var(--holds); font-weight: 600; }
        .v-contradicted { color: var(--contradicted); font-weight: 600; }
        .v-ambiguous { color: var(--ambiguous); font-weight: 600; }
        .v-undefined, .v-unverifiable { color: var(--other); font-weight: 600; }
        figure { margin: 1rem 0; }
        figcaption { color: var(--other); font-size: .9rem; }
        svg { max-width: 100%; height: auto; font-family: inherit; }
        svg text { font-size: 12px; fill: var(--ink); }
        svg .axis { stroke: #9aa0a6; stroke-width: 1; }
        svg .grid { stroke: #eceff1; stroke-width: 1; }
        svg .series { fill: none; stroke: #1a73e8; stroke-width: 1.5; }
        svg .boundary { stroke: #b3261e; stroke-width: 1.5; stroke-dasharray: 5 4; }
        svg .streak { fill: #fbbc04; fill-opacity: .25; }
        svg .published { fill: #9aa0a6; }
        svg .recomputed { fill: #1a73e8; }
        svg .recomputed.bad { fill: #b3261e; }
        .t-met, .t-on-track { color: var(--holds); font-weight: 600; }
        .t-behind { color: var(--contradicted); font-weight: 600; }
        .t-undetermined, .t-no-data { color: var(--other); font-weight: 600; }
        .bar { position: relative; width: 10rem; height: .8rem; margin: .3rem 0; background: #eceff1; border-radius: .2rem; }
        .bar .done { position: absolute; left: 0; top: 0; bottom: 0; background: var(--holds); border-radius: .2rem; }
        .bar.behind .done { background: var(--contradicted); }
        .bar .time { position: absolute; top: -.2rem; bottom: -.2rem; width: 2px; margin-left: -1px; background: var(--ink); }
        footer { margin-top: 2rem; color: var(--other); font-size: .85rem; }
        """;

    internal static string Write(ReviewReport report)
    {
        var zh = report.Chinese;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(zh ? "zh-CN" : "en").Append("\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(E(report.Title)).Append("</title>\n<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n");
        html.Append("<h1>").Append(E(report.Title)).Append("</h1>\n");
        html.Append("<p class=\"meta\">").Append(E(zh ? "数据：" : "Data: ")).Append(E(report.DataName))
            .Append(E(zh ? "；公布数据：" : "; claims: ")).Append(E(report.ClaimsName)).Append("</p>\n");
        html.Append("<p id=\"summary\">").Append(E(report.Summary)).Append("</p>\n<ul class=\"summary\">\n");
        foreach (var kind in report.Rows.Select(r => r.Verdict.Kind).Distinct().OrderBy(k => k))
        {
            html.Append("<li class=\"v-").Append(ReviewReport.KindCode(kind)).Append("\">").Append(E(report.KindWord(kind))).Append(' ')
                .Append(report.Count(kind).ToString(CultureInfo.InvariantCulture)).Append("</li>\n");
        }

        html.Append("</ul>\n");
        var charts = new ReviewCharts(report);
        foreach (var (id, title, caption, svg) in charts.All())
        {
            html.Append("<h2>").Append(E(title)).Append("</h2>\n<figure id=\"").Append(id).Append("\">\n").Append(svg)
                .Append("<figcaption>").Append(E(caption)).Append("</figcaption>\n</figure>\n");
        }

        html.Append("<h2>").Append(E(zh ? "逐项核验" : "Figure by figure")).Append("</h2>\n<table id=\"panel\">\n<thead><tr>");
        foreach (var header in report.Headers.Append(report.ExplanationHeader))
        {
            html.Append("<th>").Append(E(header)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var (claim, verdict) in report.Rows)
        {
            html.Append("<tr data-claim=\"").Append(E(claim.Id)).Append("\"><td>").Append(E(report.SubjectText(verdict))).Append("</td>")
                .Append("<td class=\"num\">").Append(E(verdict.Figure.ToString())).Append("</td>")
                .Append("<td class=\"num\">").Append(E(report.Recomputed(verdict))).Append("</td>")
                .Append("<td>").Append(E(report.PeriodText(verdict))).Append("</td>")
                .Append("<td class=\"v-").Append(ReviewReport.KindCode(verdict.Kind)).Append("\">").Append(E(report.KindWord(verdict.Kind))).Append("</td>")
                .Append("<td>").Append(E(report.Explanation(verdict))).Append(report.SourceOf(claim) is { } source ? "<br><small class=\"source\">" + E(source.ToString(zh)) + "</small>" : string.Empty).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        AppendTargets(html, report);
        html.Append("<footer>").Append(E(zh
            ? "由 qzgov review 生成：每个重算值由 Quzhou.Governance 按公布精度精确计算；示例数据为示意性月度数据，公布数字取自访谈。"
            : "Made by qzgov review: each recomputed value is computed exactly by Quzhou.Governance at the published precision; the bundled monthly data are illustrative, the figures are the interview's."))
            .Append("</footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>The progress against plan targets, when the data set has any: a table, each target with a bar of the
    /// task done and a marker at the time elapsed (drawn within 0–100%; the cells give the exact shares).</summary>
    private static void AppendTargets(StringBuilder html, ReviewReport report)
    {
        if (report.Targets.Count == 0)
        {
            return;
        }

        var zh = report.Chinese;
        html.Append("<h2>").Append(E(report.TargetsTitle)).Append("</h2>\n<table id=\"targets\">\n<thead><tr>");
        foreach (var header in report.TargetHeaders.Append(report.ExplanationHeader))
        {
            html.Append("<th>").Append(E(header)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var target in report.Targets)
        {
            var cells = report.TargetCells(target);
            html.Append("<tr data-indicator=\"").Append(E(target.Plan.Indicator.Code)).Append("\">");
            for (var i = 0; i < cells.Length - 1; i++)
            {
                html.Append(i is 3 or 5 or 6 ? "<td class=\"num\">" : "<td>").Append(E(cells[i]));
                if (i == 5 && target.Progress is { } progress)
                {
                    var done = progress.IsDefined ? Clamp(progress.AchievedShare * 100m) : 0m;
                    html.Append("<div class=\"bar").Append(target.Code == "behind" ? " behind" : string.Empty).Append("\" role=\"img\" aria-label=\"")
                        .Append(E((zh ? "完成进度 " : "task done ") + target.Achieved + (zh ? "，时间进度 " : ", time elapsed ") + target.Elapsed(zh))).Append("\">")
                        .Append("<span class=\"done\" style=\"width: ").Append(Css(done)).Append("%\"></span>")
                        .Append("<span class=\"time\" style=\"left: ").Append(Css(Clamp(progress.ElapsedShare * 100m))).Append("%\"></span></div>");
                }

                html.Append("</td>");
            }

            html.Append("<td class=\"t-").Append(target.Code).Append("\">").Append(E(cells[^1])).Append("</td>")
                .Append("<td>").Append(E(target.Explanation(zh))).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static decimal Clamp(decimal percent) => percent < 0m ? 0m : percent > 100m ? 100m : percent;

    private static string Css(decimal percent) => decimal.Round(percent, 2, System.MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>HTML-escapes a text from a file or the library (&lt;, &gt;, &amp;, quotes), and drops control characters.</summary>
    internal static string E(string text) => WebUtility.HtmlEncode(Messages.Printable(text));
}
