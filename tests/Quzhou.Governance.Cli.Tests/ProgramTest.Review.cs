using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using NodaTime;
using Quzhou.Governance.Claims;
using Quzhou.Governance.Data;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Figures;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Cli.Tests;

/// <summary>qzgov review and audit: the bundled interview panel with every verdict of the expected table, a user's
/// own data and claims, the formats, the exit codes, and text from files escaped.</summary>
public partial class ProgramTest
{
    private static JsonElement[] ReviewVerdicts(params string[] args) => ReviewJsonArray("verdicts", args);

    /// <summary>One array of the review's JSON (verdicts, targets), the review having run without bad input.</summary>
    private static JsonElement[] ReviewJsonArray(string name, string[] args)
    {
        var (code, output, error) = Run(["review", "--format", "json", .. args]);
        Assert.True(code is Program.Success or Program.Contradicted, error);
        return JsonDocument.Parse(output).RootElement.GetProperty(name).EnumerateArray().ToArray();
    }

    private static JsonElement[] Of(JsonElement[] verdicts, string claim) =>
        verdicts.Where(v => v.GetProperty("claim").GetString() == claim).ToArray();

    /// <summary>A small data set of one stock, 公共法律服务站点, monthly through 2025, saved as CSV; and one claim.</summary>
    private static (string Data, string Claims, string Folder) OwnFiles(string figure, string subject = "公共法律服务站点")
    {
        var folder = Path.Combine(Path.GetTempPath(), "qzgov-review-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var builder = DataSet.CreateBuilder(IndicatorCatalog.Interview);
        builder.AddSeries(RegionCode.Quzhou, IndicatorSeries.FromValues(InterviewIndicators.LegalServiceStations, SeriesPeriod.Month(2025, 1), [1700L, 1703, 1706, 1709, 1712, 1715, 1718, 1721, 1723, 1725]));
        var data = Path.Combine(folder, "stations.csv");
        DataSetCsv.Save(builder.Build(), data);
        var claim = new Claim(
            "stations",
            ClaimKind.Count,
            [new ClaimSubject(subject, InterviewIndicators.LegalServiceStations.Code)],
            [PublishedFigure.Parse(figure)],
            ClaimBase.None,
            RegionCode.Quzhou,
            new LocalDate(2025, 11, 28),
            predicate: "建成");
        var claims = Path.Combine(folder, "claims.json");
        ClaimsJson.Save([claim], claims);
        return (data, claims, folder);
    }

    [Fact]
    public void Review_BundledExample_GivesEveryVerdictOfTheTable()
    {
        var verdicts = ReviewVerdicts();
        string Kind(JsonElement v) => v.GetProperty("verdict").GetString()!;
        string? Period(JsonElement v) => v.TryGetProperty("period", out var p) ? p.GetString() : null;

        // 同比 with the period unstated: holds, naming the period that fits.
        Assert.All(Of(verdicts, "juvenile-crime"), v => Assert.Equal(("holds", "2024"), (Kind(v), Period(v))));

        // 较“十三五”同期 in the panel holds; 较“十三五” in the prose is ambiguous, the same-span reading fits.
        Assert.All(Of(verdicts, "production-safety.panel"), v => Assert.Equal("holds", Kind(v)));
        Assert.All(Of(verdicts, "production-safety.prose"), v =>
        {
            Assert.Equal("ambiguous", Kind(v));
            var fitting = v.GetProperty("readings").EnumerateArray().Where(r => r.GetProperty("fits").GetBoolean()).ToArray();
            Assert.Equal("same-span", Assert.Single(fitting).GetProperty("reading").GetString());
        });

        // 提升11.53%、6.47%: ambiguous; one reading fits, on the same span, with the points' values.
        var enforcement = Of(verdicts, "enforcement");
        Assert.Equal(2, enforcement.Length);
        foreach (var (v, points) in enforcement.Zip(new[] { "11.53", "6.47" }))
        {
            Assert.Equal("ambiguous", Kind(v));
            var fitting = Assert.Single(v.GetProperty("readings").EnumerateArray(), r => r.GetProperty("fits").GetBoolean());
            Assert.Equal("same-span", fitting.GetProperty("reading").GetString());
            Assert.Equal(points, decimal.Round(decimal.Parse(fitting.GetProperty("value").GetString()!, System.Globalization.CultureInfo.InvariantCulture), 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        // 近五年: holds under the one reading that fits, 2024 against 2019.
        var border = Assert.Single(Of(verdicts, "border-incidents"));
        Assert.Equal(("holds", "2024"), (Kind(border), Period(border)));

        // Everything else holds: streaks, rates, threshold, 同比, 较“十三五”同期 lists, counts, 增加, 累计.
        foreach (var id in new[]
        {
            "telecom-fraud.streak", "telecom-fraud.conference-talks", "online-service", "enterprise-satisfaction", "legal-service-satisfaction",
            "cross-region-resolution", "local-resolution", "enterprise-inspections", "public-security", "road-traffic.deaths", "production-safety.zero",
            "social-organisations", "legal-service.stations", "industry-legal-guides", "worker-inflow", "legal-services",
        })
        {
            var of = Of(verdicts, id);
            Assert.NotEmpty(of);
            Assert.All(of, v => Assert.True(Kind(v) == "holds", id + ": " + v.GetProperty("explanation").GetString()));
        }

        Assert.Equal(4, Of(verdicts, "public-security").Length);
        Assert.DoesNotContain(verdicts, v => Kind(v) is "contradicted" or "unverifiable" or "undefined");
    }

    [Fact]
    public void Review_NoArguments_PrintsThePanelInChineseAndExitsZero()
    {
        var (code, output, error) = Run("review");
        Assert.Equal(Program.Success, code);
        Assert.Equal(string.Empty, error);
        Assert.StartsWith("“数说五年”核验", output, StringComparison.Ordinal);
        Assert.Contains("成立24", output, StringComparison.Ordinal);
        Assert.Contains("未成年人犯罪案件 下降6.67%：成立", output, StringComparison.Ordinal);
        Assert.Contains("有歧义", output, StringComparison.Ordinal);
        Assert.Contains("19万余次", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_Verdicts_NameTheMeasureAndPrintTheFigurePrecisionWithItsFraction()
    {
        var (code, output, error) = Run("review", "--quiet");
        Assert.Equal(Program.Success, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("按百分点成立，按百分比不成立", output, StringComparison.Ordinal);
        Assert.Contains("97.18%（1445/1487）", output, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\d\.\d{9,}", output);
    }

    [Fact]
    public void Review_English_NamesSubjectsInEnglishAndTheMeasureThatFits()
    {
        var (code, output, _) = Run("review", "--lang", "en");
        Assert.Equal(Program.Success, code);
        Assert.Contains("percentage points, not percent", output, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\d\.\d{9,}", output);
        Assert.DoesNotContain("\n    全市刑事案件 ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_English_ExplainsInEnglish()
    {
        var (code, output, _) = Run("review", "--lang", "en");
        Assert.Equal(Program.Success, code);
        Assert.Contains("24 hold, 0 contradicted, 4 ambiguous", output, StringComparison.Ordinal);
        Assert.Contains(": holds (recomputed", output, StringComparison.Ordinal);
        Assert.Contains("Juvenile crime cases", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_Strict_CountsAmbiguousAsOne()
    {
        var (code, output, _) = Run("review", "--strict");
        Assert.Equal(Program.Contradicted, code);
        Assert.NotEqual(string.Empty, output);
    }

    [Fact]
    public void Review_Markdown_IsATableWithEveryFigure()
    {
        var (code, output, _) = Run("review", "--format", "markdown");
        Assert.Equal(Program.Success, code);
        Assert.StartsWith("# “数说五年”核验", output, StringComparison.Ordinal);
        Assert.Contains("| 指标 | 公布 | 重算值 | 期间 | 结论 | 说明 |", output, StringComparison.Ordinal);
        var panel = output[..output.IndexOf("\n## ", StringComparison.Ordinal)];   // the progress against plan targets follows
        Assert.Equal(28, panel.Split('\n').Count(l => l.StartsWith("| ", StringComparison.Ordinal)) - 1);
    }

    [Fact]
    public void Review_Html_IsSelfContainedWithChartsAndChineseLabels()
    {
        var (code, output, _) = Run("review", "--format", "html");
        Assert.Equal(Program.Success, code);
        Assert.StartsWith("<!DOCTYPE html>", output, StringComparison.Ordinal);
        Assert.Contains("<table id=\"panel\">", output, StringComparison.Ordinal);
        Assert.Contains("id=\"chart-headline\"", output, StringComparison.Ordinal);
        Assert.Contains("id=\"chart-streak\"", output, StringComparison.Ordinal);
        Assert.Contains("id=\"chart-figures\"", output, StringComparison.Ordinal);
        Assert.Contains("规划分界 2021年1月", output, StringComparison.Ordinal);
        Assert.Contains("“十三五”", output, StringComparison.Ordinal);
        Assert.Contains("连续58个月同比下降", output, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", output.Replace("http://www.w3.org/2000/svg", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_OwnFilesHolding_ExitsZero()
    {
        var (data, claims, folder) = OwnFiles("1725个");
        try
        {
            var (code, output, error) = Run("review", "--data", data, "--claims", claims);
            Assert.Equal(string.Empty, error);
            Assert.Equal(Program.Success, code);
            Assert.Contains("公共法律服务站点 1725个：成立（重算值1725，2025年10月）", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void Review_OwnFilesContradicted_ExitsOneWithTheValue()
    {
        var (data, claims, folder) = OwnFiles("1726个");
        try
        {
            var (code, output, _) = Run("review", "--data", data, "--claims", claims, "--lang", "en");
            Assert.Equal(Program.Contradicted, code);
            Assert.Contains("1726个: contradicted: the data give 1725", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void Review_ScriptInAClaimsText_IsEscapedInHtmlAndMarkdown()
    {
        var (data, claims, folder) = OwnFiles("1725个", "站点<script>alert(1)</script>&\"");
        try
        {
            var (code, html, _) = Run("review", "--data", data, "--claims", claims, "--format", "html");
            Assert.Equal(Program.Success, code);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("站点&lt;script&gt;alert(1)&lt;/script&gt;&amp;&quot;", html, StringComparison.Ordinal);
            var (_, markdown, _) = Run("review", "--data", data, "--claims", claims, "--format", "markdown");
            Assert.DoesNotContain("<script", markdown, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void Review_Output_WritesTheFileAndNothingToTheTerminal()
    {
        var file = Path.Combine(Path.GetTempPath(), "qzgov-review-" + Guid.NewGuid().ToString("N") + ".html");
        try
        {
            var (code, output, error) = Run("review", "--format", "html", "--output", file);
            Assert.Equal(Program.Success, code);
            Assert.Equal(string.Empty, output);
            Assert.Equal(string.Empty, error);
            Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(file), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Review_DataWithoutClaims_SaysTheyGoTogether()
    {
        var (code, output, error) = Run("review", "--data", "x.csv");
        Assert.Equal(Program.BadInput, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("--data goes with --claims", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_BadClaimsFile_NamesLineAndPath()
    {
        var (data, _, folder) = OwnFiles("1725个");
        try
        {
            var claims = Path.Combine(folder, "bad.json");
            File.WriteAllText(claims, "{\"claims\": [{\"id\": \"a\", \"kind\": \"rate\"}]}");
            var (code, output, error) = Run("review", "--data", data, "--claims", claims);
            Assert.Equal(Program.BadInput, code);
            Assert.Equal(string.Empty, output);
            Assert.Contains("bad.json, line 1, column ", error, StringComparison.Ordinal);
            Assert.Contains("$.claims[0].kind", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void Audit_BundledClaims_FindsNothingAndExitsZero()
    {
        var (code, output, error) = Run("audit");
        Assert.Equal(string.Empty, error);
        Assert.Equal(Program.Success, code);
        Assert.Contains("interview-claims.json：21项公布数据", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_StreakLongerThanItsSpan_ExitsOneWithTheFinding()
    {
        var folder = Path.Combine(Path.GetTempPath(), "qzgov-audit-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var claim = new Claim(
                "streak",
                ClaimKind.Streak,
                [new ClaimSubject("电信网络诈骗发案数", InterviewIndicators.TelecomFraudCases.Code)],
                [PublishedFigure.Parse("58个月")],
                ClaimBase.None,
                RegionCode.Quzhou,
                new LocalDate(2025, 11, 28),
                Periods.CalendarPeriod.Parse("2021-03/2025-10"));
            var claims = Path.Combine(folder, "claims.json");
            ClaimsJson.Save([claim], claims);
            var (code, output, _) = Run("audit", "--claims", claims, "--format", "json");
            Assert.Equal(Program.Contradicted, code);
            var finding = Assert.Single(JsonDocument.Parse(output).RootElement.GetProperty("findings").EnumerateArray());
            Assert.Equal("streak", finding.GetProperty("claimIds")[0].GetString());
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
