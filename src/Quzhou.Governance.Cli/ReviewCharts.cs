using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Quzhou.Governance.Claims;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Periods;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.Cli;

/// <summary>
/// The review page's inline SVG charts, drawn from the data set and the verdicts (coordinates in decimal, no
/// library): the headline series over both plans with the plan boundary marked; a streak's series with the streak
/// highlighted; each figure beside its recomputed value. A chart whose data the panel lacks is left out.
/// </summary>
internal sealed class ReviewCharts
{
    private const int Width = 760;
    private const int Height = 260;
    private const int Left = 64;
    private const int Right = 16;
    private const int Top = 28;
    private const int Bottom = 40;

    private readonly ReviewReport report;

    internal ReviewCharts(ReviewReport report) => this.report = report;

    private bool Zh => report.Chinese;

    internal IEnumerable<(string Id, string Title, string Caption, string Svg)> All()
    {
        if (Headline() is { } headline)
        {
            yield return headline;
        }

        if (Streak() is { } streak)
        {
            yield return streak;
        }

        if (Pairs() is { } pairs)
        {
            yield return pairs;
        }
    }

    private (string, string, string, string)? Headline()
    {
        foreach (var (claim, verdict) in report.Rows)
        {
            if (claim.Base.Kind is not (ClaimBaseKind.PlanSameSpan or ClaimBaseKind.Plan) || !TryMonthly(verdict, claim.Region, out var series))
            {
                continue;
            }

            var last = series.End.Year;
            if (FiveYearPlan.ForYear(last) is not { HasPrevious: true } plan)
            {
                continue;
            }

            var previous = FiveYearPlan.FromOrdinal(plan.Ordinal - 1);
            var boundary = series.Start.PeriodsUntil(SeriesPeriod.Month(plan.FirstYear, 1));
            if (boundary <= 0 || boundary >= series.Length)
            {
                continue;
            }

            var subject = report.SubjectText(verdict);
            var svg = new Svg(Zh ? subject + "逐月走势" : subject + ", month by month");
            var chart = Plot(svg, series);
            var x = chart.X(boundary) - (chart.Step / 2m);
            svg.Line(x, Top - 8, x, Height - Bottom, "boundary");
            svg.Text(x - 6, Top - 12, "“" + previous.ShortName + "”", "end");
            svg.Text(x + 6, Top - 12, "“" + plan.ShortName + "”", "start");
            svg.Text(x, Height - 4, Zh ? "规划分界 " + plan.FirstYear.ToString(CultureInfo.InvariantCulture) + "年1月" : "plan boundary, January " + plan.FirstYear.ToString(CultureInfo.InvariantCulture), "middle");
            var title = Zh ? "“" + previous.ShortName + "”与“" + plan.ShortName + "”：" + subject : previous.EnglishName + " and " + plan.EnglishName + ": " + subject;
            var caption = (Zh ? "公布：" : "Published: ") + claim.ToString(report.Lang, null) + (Zh ? "。重算：" : ". Recomputed: ") + report.Recomputed(verdict) + (Zh ? "（" : " (") + report.KindWord(verdict.Kind) + (Zh ? "）。" : ").");
            return ("chart-headline", title, caption, svg.ToString());
        }

        return null;
    }

    private (string, string, string, string)? Streak()
    {
        foreach (var (claim, verdict) in report.Rows)
        {
            if (claim.Kind != ClaimKind.Streak || verdict.Period is not { } period || !TryMonthly(verdict, claim.Region, out var series))
            {
                continue;
            }

            var from = series.Start.PeriodsUntil(SeriesPeriod.Month(period.FirstMonth.Year, period.FirstMonth.Month));
            var to = series.Start.PeriodsUntil(SeriesPeriod.Month(period.LastMonth.Year, period.LastMonth.Month));
            if (from < 0 || to >= series.Length || to < from)
            {
                continue;
            }

            var subject = report.SubjectText(verdict);
            var svg = new Svg(Zh ? subject + "与连续同比下降区间" : subject + " and its streak");
            var chart = Plot(svg, series, before: s =>
            {
                var x0 = chart0(s).X(from) - (chart0(s).Step / 2m);
                var x1 = chart0(s).X(to) + (chart0(s).Step / 2m);
                s.Rect(x0, Top, x1 - x0, Height - Top - Bottom, "streak");
            });
            var months = (to - from + 1).ToString(CultureInfo.InvariantCulture);
            var mid = (chart.X(from) + chart.X(to)) / 2m;
            svg.Text(mid, Top - 10, Zh ? "连续" + months + "个月同比下降（" + period.ToString("zh", null) + "）" : months + " months falling year on year (" + period.ToString("I", null) + ")", "middle");
            var title = Zh ? "连续下降：" + subject : "The streak: " + subject;
            var caption = (Zh ? "公布：" : "Published: ") + claim.ToString(report.Lang, null) + (Zh ? "。" : ". ") + report.Explanation(verdict);
            return ("chart-streak", title, caption, svg.ToString());
        }

        return null;

        // The streak's band is drawn under the series with the same scale as the series.
        static Chart chart0(Svg s) => s.Chart!;
    }

    private (string, string, string, string)? Pairs()
    {
        var rows = report.Rows.Where(r => r.Verdict.Value is not null && r.Verdict.Kind is ClaimVerdictKind.Holds or ClaimVerdictKind.Contradicted or ClaimVerdictKind.HoldsOnEarlierVintageOnly).ToList();
        if (rows.Count == 0)
        {
            return null;
        }

        const int rowHeight = 26;
        const int labelWidth = 300;
        const int barWidth = 380;
        var height = Top + (rows.Count * rowHeight) + 16;
        var svg = new Svg(Zh ? "公布值与重算值" : "Published and recomputed", Width, height);
        svg.Rect(labelWidth, 6, 12, 10, "published");
        svg.Text(labelWidth + 16, 15, Zh ? "公布" : "published", "start");
        svg.Rect(labelWidth + 80, 6, 12, 10, "recomputed");
        svg.Text(labelWidth + 96, 15, Zh ? "重算" : "recomputed", "start");
        for (var i = 0; i < rows.Count; i++)
        {
            var verdict = rows[i].Verdict;
            var figure = verdict.Figure;
            var published = Math.Abs(Expand(figure.SignedValue, (int)figure.Magnitude));
            var recomputed = Math.Abs(verdict.Value!.Value);
            var max = Math.Max(published, recomputed);
            var y = Top + (i * rowHeight);
            svg.Text(labelWidth - 8, y + 15, report.SubjectText(verdict) + " " + figure, "end");
            var pw = max == 0m ? 0m : barWidth * published / max;
            var rw = max == 0m ? 0m : barWidth * recomputed / max;
            svg.Rect(labelWidth, y + 3, pw, 9, "published");
            svg.Rect(labelWidth, y + 13, rw, 9, verdict.Kind == ClaimVerdictKind.Contradicted ? "recomputed bad" : "recomputed");
            svg.Text(labelWidth + Math.Max(pw, rw) + 6, y + 17, ReviewReport.Show(verdict.Value.Value, figure), "start");
        }

        var title = Zh ? "每个公布数字与其重算值" : "Each figure beside its recomputed value";
        var caption = Zh ? "每行按本行较大者缩放；灰色为公布值（含数量级，如19万），蓝色为由数据精确重算的值，红色为不成立。" : "Each row is scaled to its larger value; grey is the published figure (with its magnitude, 19万 as 190,000), blue the value recomputed exactly from the data, red a contradiction.";
        return ("chart-figures", title, caption, svg.ToString());
    }

    /// <summary>A printed number with its magnitude word applied (19 with 万 is 190000).</summary>
    private static decimal Expand(decimal value, int exponent)
    {
        for (var i = 0; i < exponent; i++)
        {
            value *= 10m;
        }

        return value;
    }

    private bool TryMonthly(ClaimVerdict verdict, RegionCode region, out IndicatorSeries series)
    {
        series = null!;
        return verdict.Subject.IndicatorCode is { } code
            && report.Data.Catalog.TryGet(code, out var indicator)
            && indicator is QuantityIndicator quantity
            && report.Data.TryGetSeries(quantity, region, out series!)
            && series.Frequency == Frequency.Month
            && series.Length >= 24;
    }

    private static Chart Plot(Svg svg, IndicatorSeries series, Action<Svg>? before = null)
    {
        var observations = series.Observations.ToList();
        var max = Math.Max(1L, observations.Where(o => !o.IsGap).Select(o => o.Value).DefaultIfEmpty(1L).Max());
        var top = NiceCeiling(max);
        var chart = new Chart(series.Length, top);
        svg.Chart = chart;
        for (var k = 0; k <= 4; k++)
        {
            var value = top * k / 4;
            var y = chart.Y(value);
            svg.Line(Left, y, Width - Right, y, k == 0 ? "axis" : "grid");
            svg.Text(Left - 6, y + 4, value.ToString("#,0", CultureInfo.InvariantCulture), "end");
        }

        before?.Invoke(svg);
        for (var i = 0; i < observations.Count; i++)
        {
            if (observations[i].Period.Number == 1)
            {
                var x = chart.X(i);
                svg.Line(x, Height - Bottom, x, Height - Bottom + 4, "axis");
                svg.Text(x, Height - Bottom + 16, observations[i].Period.Year.ToString(CultureInfo.InvariantCulture), "middle");
            }
        }

        var points = new StringBuilder();
        for (var i = 0; i < observations.Count; i++)
        {
            if (observations[i].IsGap)
            {
                continue;
            }

            points.Append(Svg.N(chart.X(i))).Append(',').Append(Svg.N(chart.Y(observations[i].Value))).Append(' ');
        }

        svg.Raw("<polyline class=\"series\" points=\"" + points.ToString().TrimEnd() + "\"/>");
        return chart;
    }

    private static long NiceCeiling(long max)
    {
        var step = 1L;
        while (step * 10 <= max)
        {
            step *= 10;
        }

        foreach (var m in new[] { 1L, 2L, 4L, 5L, 10L })
        {
            if (step * m >= max)
            {
                return checked(step * m);
            }
        }

        return checked(step * 10);
    }

    /// <summary>The scale of a series chart: months along, values up.</summary>
    internal sealed class Chart(int length, long top)
    {
        internal decimal Step { get; } = (Width - Left - Right) / (decimal)Math.Max(1, length);

        internal decimal X(int index) => Left + (Step * index) + (Step / 2m);

        internal decimal Y(long value) => Height - Bottom - ((Height - Top - Bottom) * (decimal)value / top);
    }

    /// <summary>An SVG being written; every text escaped.</summary>
    internal sealed class Svg
    {
        private readonly StringBuilder body = new();
        private readonly string label;
        private readonly int width;
        private readonly int height;

        internal Svg(string label, int width = ReviewCharts.Width, int height = ReviewCharts.Height)
        {
            this.label = label;
            this.width = width;
            this.height = height;
        }

        internal Chart? Chart { get; set; }

        internal static string N(decimal value) => decimal.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture);

        internal void Line(decimal x1, decimal y1, decimal x2, decimal y2, string cls) =>
            body.Append("<line class=\"").Append(cls).Append("\" x1=\"").Append(N(x1)).Append("\" y1=\"").Append(N(y1)).Append("\" x2=\"").Append(N(x2)).Append("\" y2=\"").Append(N(y2)).Append("\"/>\n");

        internal void Rect(decimal x, decimal y, decimal w, decimal h, string cls) =>
            body.Append("<rect class=\"").Append(cls).Append("\" x=\"").Append(N(x)).Append("\" y=\"").Append(N(y)).Append("\" width=\"").Append(N(Math.Max(0m, w))).Append("\" height=\"").Append(N(h)).Append("\"/>\n");

        internal void Text(decimal x, decimal y, string text, string anchor) =>
            body.Append("<text x=\"").Append(N(x)).Append("\" y=\"").Append(N(y)).Append("\" text-anchor=\"").Append(anchor).Append("\">").Append(ReviewHtml.E(text)).Append("</text>\n");

        internal void Raw(string markup) => body.Append(markup).Append('\n');

        public override string ToString() =>
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width.ToString(CultureInfo.InvariantCulture) + " " + height.ToString(CultureInfo.InvariantCulture)
            + "\" width=\"" + width.ToString(CultureInfo.InvariantCulture) + "\" role=\"img\" aria-label=\"" + ReviewHtml.E(label) + "\">\n<title>" + ReviewHtml.E(label) + "</title>\n" + body + "</svg>\n";
    }
}
