using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace Quzhou.Governance.Cli.Tests;

/// <summary>The review page opened in a real headless browser (Debian's chromium, offline, with fonts-noto-cjk): the
/// panel and the charts' Chinese labels are in the rendered DOM, the console shows no error, a CJK font is there to
/// draw them (no glyph falls back to a box), and a screenshot is made.</summary>
public class ReviewBrowserTest(ITestOutputHelper output)
{
    private static (int Code, string Output, string Error) Start(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(90_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(file + " did not finish in 90 s.");
        }

        Task.WaitAll(stdout, stderr);
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    [ChromiumFact]
    public void ReviewPage_InHeadlessChromium_RendersPanelAndChartLabelsWithoutConsoleErrors()
    {
        Assert.True(Chromium.Path is not null, "chromium is not installed: .ci/run installs chromium and fonts-noto-cjk before the tests.");
        var folder = Path.Combine(Path.GetTempPath(), "qzgov-browser-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var page = Path.Combine(folder, "review.html");
            using (var stdout = new StringWriter())
            using (var stderr = new StringWriter())
            {
                Assert.Equal(Program.Success, Program.Run(["review", "--format", "html", "--output", page], stdout, stderr));
            }

            var common = new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--user-data-dir=" + Path.Combine(folder, "profile"), "--enable-logging=stderr", "--v=0" };
            var (code, dom, log) = Start(Chromium.Path!, [.. common, "--dump-dom", new Uri(page).AbsoluteUri]);
            output.WriteLine(string.Join('\n', log.Split('\n').Where(l => l.Contains("CONSOLE", StringComparison.Ordinal) || l.Contains("Uncaught", StringComparison.Ordinal))));
            Assert.Equal(0, code);
            Assert.Contains("<table id=\"panel\">", dom, StringComparison.Ordinal);
            Assert.Contains("未成年人犯罪案件", dom, StringComparison.Ordinal);
            Assert.Contains("有歧义", dom, StringComparison.Ordinal);
            Assert.Contains("规划分界 2021年1月", dom, StringComparison.Ordinal);
            Assert.Contains("“十三五”", dom, StringComparison.Ordinal);
            Assert.Contains("“十四五”", dom, StringComparison.Ordinal);
            Assert.Contains("连续58个月同比下降", dom, StringComparison.Ordinal);
            Assert.Contains("公布值与重算值", dom, StringComparison.Ordinal);
            Assert.DoesNotContain("Uncaught", log, StringComparison.Ordinal);
            Assert.DoesNotContain("ERROR:CONSOLE", log, StringComparison.Ordinal);
            Assert.DoesNotContain(":ERROR:CONSOLE", log, StringComparison.Ordinal);

            // A CJK font is installed for the page's font list, so no Chinese glyph falls back to a missing-character box.
            var (_, fonts, _) = Start("fc-list", ":lang=zh", "family");
            Assert.True(fonts.Contains("Noto Sans CJK", StringComparison.Ordinal) || fonts.Contains("Noto Serif CJK", StringComparison.Ordinal), "no Noto CJK font: apt-get install -y fonts-noto-cjk. Found: " + fonts);

            var shot = Path.Combine(folder, "review.png");
            var (shotCode, _, shotLog) = Start(Chromium.Path!, [.. common, "--hide-scrollbars", "--window-size=1280,2400", "--screenshot=" + shot, new Uri(page).AbsoluteUri]);
            Assert.True(shotCode == 0, shotLog);
            Assert.True(File.Exists(shot) && new FileInfo(shot).Length > 20_000, "the screenshot is missing or blank");
            Assert.DoesNotContain("ERROR:CONSOLE", shotLog, StringComparison.Ordinal);
            var keep = Environment.GetEnvironmentVariable("QZGOV_SCREENSHOT");
            if (!string.IsNullOrEmpty(keep))
            {
                File.Copy(shot, keep, overwrite: true);
            }
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
