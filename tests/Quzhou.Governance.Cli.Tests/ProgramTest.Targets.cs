using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Data;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Periods;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Cli.Tests;

/// <summary>qzgov review's progress against plan targets (时间过半、任务过半): the bundled illustrative targets in every
/// format, a user's own targets file (CSV or JSON), and a bad one refused.</summary>
public partial class ProgramTest
{
    private static JsonElement[] ReviewTargets(params string[] args) => ReviewJsonArray("targets", args);

    private static string BundledFile(string name) => Path.Combine(AppContext.BaseDirectory, "examples", "review", name);

    /// <summary>The stations of <see cref="OwnFiles"/> (1,725 at 2025-10) against a 十四五 target of 2,000 from 1,000.</summary>
    private static DataSetTarget StationsTarget() =>
        new(RegionCode.Quzhou, PlanTarget.AtLeast(FiveYearPlan.FromOrdinal(14), InterviewIndicators.LegalServiceStations, 1000, 2000, TargetCommitment.Expected));

    [Fact]
    public void Review_BundledTargets_JsonGivesEachTargetsProgressAndVerdict()
    {
        var targets = ReviewTargets();
        Assert.Equal(6, targets.Length);
        JsonElement Of(string code) => targets.Single(t => t.GetProperty("indicator").GetString() == code);
        string Verdict(string code) => Of(code).GetProperty("verdict").GetString()!;

        Assert.Equal("met", Verdict("participation.social-organisations"));
        Assert.Equal("met", Verdict("public-security.online-service-rate"));
        Assert.Equal("on-track", Verdict("legal-services.services"));
        Assert.Equal("on-track", Verdict("public-security.criminal-cases"));
        Assert.Equal("behind", Verdict("legal-services.stations"));
        Assert.Equal("behind", Verdict("road-traffic.deaths"));

        var services = Of("legal-services.services");
        Assert.Equal("0.96728", services.GetProperty("achievedShare").GetString());   // 193456 / 200000
        Assert.Equal(58, services.GetProperty("monthsElapsed").GetInt32());
        Assert.Equal("2021-01/2025-10", services.GetProperty("latestPeriod").GetString());
        Assert.Equal("时间过半、任务过半", services.GetProperty("verdictText").GetString());
        var stations = Of("legal-services.stations");
        Assert.Equal("1725", stations.GetProperty("latest").GetString());
        Assert.Equal("88.92%", stations.GetProperty("achievedText").GetString());   // (1725 − 1123) / (1800 − 1123)
        Assert.Equal("96.67%（58/60个月）", stations.GetProperty("elapsedText").GetString());
        var crimes = Of("public-security.criminal-cases");
        Assert.Equal(48, crimes.GetProperty("monthsElapsed").GetInt32());   // a flow's level: the whole year 2024
        Assert.Equal("11028", crimes.GetProperty("latest").GetString());
    }

    [Theory]
    [InlineData("zh", "规划目标进度", "提供法律服务次数|累计200000（预期性）|96.73%|96.67%（58/60个月）|时间过半、任务过半|进度滞后|已完成|不高于200（基期337，约束性）")]
    [InlineData("en", "Progress against plan targets", "legal services provided|14th Five-Year Plan|in total 200000 (expected)|on track: over half the time, over half the task|behind the time elapsed|target met|96.67% (58/60 months)")]
    public void Review_BundledTargets_TextShowsTheProgressSectionInEachLanguage(string lang, string title, string expected)
    {
        var (code, output, error) = Run("review", "--lang", lang);
        Assert.Equal((Program.Success, string.Empty), (code, error));
        var section = output[output.IndexOf(title, StringComparison.Ordinal)..];
        Assert.All(expected.Split('|'), text => Assert.Contains(text, section, StringComparison.Ordinal));
    }

    [Fact]
    public void Review_BundledTargets_MarkdownHasAProgressTable()
    {
        var (_, output, _) = Run("review", "--format", "markdown");
        var section = output[output.IndexOf("## 规划目标进度", StringComparison.Ordinal)..];
        Assert.Contains("| 指标 | 规划 | 目标 | 最新值 | 期间 | 完成进度 | 时间进度 | 结论 | 说明 |", section, StringComparison.Ordinal);
        Assert.Contains("| 公共法律服务站点数 | “十四五” | 不低于1800（基期1123，预期性） | 1725 | 2025年10月 | 88.92% | 96.67%（58/60个月） | **进度滞后** |", section, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_BundledTargets_HtmlHasAProgressBarPerTargetWithTheTimeMarker()
    {
        var (_, output, _) = Run("review", "--format", "html");
        var section = output[output.IndexOf("<table id=\"targets\">", StringComparison.Ordinal)..];
        section = section[..(section.IndexOf("</table>", StringComparison.Ordinal) + 8)];
        Assert.Equal(6, section.Split("<div class=\"bar", StringSplitOptions.None).Length - 1);
        Assert.Contains("<span class=\"done\" style=\"width: 88.92%\"></span><span class=\"time\" style=\"left: 96.67%\"></span>", section, StringComparison.Ordinal);
        Assert.Contains("style=\"width: 100%\"", section, StringComparison.Ordinal);   // 122.42% drawn full, printed as it is
        Assert.Contains("<td class=\"t-on-track\">时间过半、任务过半</td>", section, StringComparison.Ordinal);
        Assert.Contains("<div class=\"bar behind\"", section, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Review_Targets_LeaveTheVerdictRowsAsTheyAre()
    {
        var withTargets = ReviewVerdicts();
        var without = ReviewVerdicts("--data", BundledFile("quzhou-data.csv"), "--claims", BundledFile("interview-claims.json"));
        Assert.Empty(ReviewTargets("--data", BundledFile("quzhou-data.csv"), "--claims", BundledFile("interview-claims.json")));
        Assert.Equal(without.Select(v => v.GetRawText()), withTargets.Select(v => v.GetRawText()));
    }

    [Theory]
    [InlineData(".csv")]
    [InlineData(".json")]
    [InlineData(".xlsx")]
    public void Review_OwnTargetsFile_ShowsTheirProgress(string extension)
    {
        var (data, claims, folder) = OwnFiles("1725个");
        try
        {
            var targets = Path.Combine(folder, "targets" + extension);
            var withTargets = DataSetCsv.Load(data).WithTargets([StationsTarget()]);
            switch (extension)
            {
                case ".csv":
                    PlanTargetsCsv.Save(withTargets.Targets, targets);
                    break;
                case ".json":
                    DataSetJson.Save(withTargets, targets);   // the data set's targets section
                    break;
                default:
                    DataSetXlsx.Save(withTargets, targets);   // the workbook's targets sheet
                    break;
            }

            var target = Assert.Single(ReviewTargets("--data", data, "--claims", claims, "--targets", targets));
            Assert.Equal("legal-services.stations", target.GetProperty("indicator").GetString());
            Assert.Equal("72.50%", target.GetProperty("achievedText").GetString());   // (1725 − 1000) / (2000 − 1000)
            Assert.Equal("behind", target.GetProperty("verdict").GetString());
            Assert.Equal("不低于2000（基期1000，预期性）", target.GetProperty("target").GetString());
            var (code, output, error) = Run("review", "--data", data, "--claims", claims, "--targets", targets);
            Assert.Equal((Program.Success, string.Empty), (code, error));
            Assert.Contains("公共法律服务站点 1725个：成立", output, StringComparison.Ordinal);
            Assert.Contains("72.50%", output[output.IndexOf("规划目标进度", StringComparison.Ordinal)..], StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void Review_RateTarget_KeepsTheDecimalsItWasSetWith()
    {
        var folder = Path.Combine(Path.GetTempPath(), "quzhou-targets-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var targets = Path.Combine(folder, "targets.csv");
            File.WriteAllText(targets, "plan,indicator,region,kind,commitment,base,target,annual_growth\n十四五,public-security.online-service-rate,330800,at-least,binding,83.50,95.50,\n");
            var target = Assert.Single(ReviewTargets("--targets", targets));
            Assert.Equal("不低于95.50%（基期83.50%，约束性）", target.GetProperty("target").GetString());   // not 95.5% / 83.5%
            var (code, output, error) = Run("review", "--targets", targets);
            Assert.Equal((Program.Success, string.Empty), (code, error));
            var section = output[output.IndexOf("规划目标进度", StringComparison.Ordinal)..];
            Assert.Contains("不低于95.50%（基期83.50%，约束性）", section, StringComparison.Ordinal);
            Assert.Contains("100.00%", section, StringComparison.Ordinal);   // the latest level, 1184/1184, at the review's two decimals
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void Review_BadTargetsFile_ExitsTwoNamingFileAndLine()
    {
        var (data, claims, folder) = OwnFiles("1725个");
        try
        {
            var targets = Path.Combine(folder, "bad-targets.csv");
            File.WriteAllText(targets, "# notes\nplan,indicator,region,kind,commitment,base,target\n十四五,legal-services.stations,330800,more-than,expected,1000,2000\n");
            var (code, output, error) = Run("review", "--data", data, "--claims", claims, "--targets", targets);
            Assert.Equal(Program.BadInput, code);
            Assert.Equal(string.Empty, output);
            Assert.Contains("bad-targets.csv, line 3", error, StringComparison.Ordinal);
            Assert.Contains("more-than", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void Review_TargetsOfAnotherKindOfFile_ExitsTwo()
    {
        var (code, output, error) = Run("review", "--targets", Path.Combine(BadFiles.Root, "targets.txt"));
        Assert.Equal(Program.BadInput, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("No such file", error, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(BadFiles.Root, "targets.txt"), "plan\n");
        (code, output, error) = Run("review", "--targets", Path.Combine(BadFiles.Root, "targets.txt"));
        Assert.Equal((Program.BadInput, string.Empty), (code, output));
        Assert.Contains("expected a targets file ending in .csv, .json or .xlsx", error, StringComparison.Ordinal);
    }
}
