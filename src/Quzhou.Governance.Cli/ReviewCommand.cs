using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Text;

namespace Quzhou.Governance.Cli;

/// <summary>
/// <c>qzgov review</c>: checks every published figure of a panel against a data set with the library's
/// <see cref="Claims.ClaimChecker"/> and prints each figure as published, its recomputed value and its verdict,
/// explained (Chinese by default, <c>--lang en</c>), as a terminal table, Markdown, JSON or one self-contained HTML
/// page. With no files it reads the bundled example: the interview's claims and illustrative monthly data.
/// </summary>
/// <remarks>Exit 0 when nothing is contradicted, 1 when something is (<c>--strict</c>: also ambiguous or
/// unverifiable), 2 on bad input with one message and nothing printed. The whole output is made before any of it is
/// written.</remarks>
internal static class ReviewCommand
{
    internal static Command Create(TextWriter output, TextWriter error)
    {
        var data = ReviewOptions.File("--data", "Your data set: .csv, .json or .xlsx in the long or wide layout (with --claims).");
        var claims = ReviewOptions.File("--claims", "Your claims: a .json claims file (with --data).");
        var targets = ReviewOptions.File("--targets", "Plan targets to show progress against: a targets .csv or a .json data set's targets (default: the bundled example's, or those of --data).");
        var format = ReviewOptions.Format("text", "markdown", "json", "html");
        var lang = ReviewOptions.Lang();
        var outputFile = ReviewOptions.File("--output", "Write to this file (UTF-8) instead of the terminal.");
        var strict = new Option<bool>("--strict") { Description = "Exit 1 also when a figure is ambiguous or unverifiable." };
        var fromText = ReviewFromText.Option();
        var quiet = new Option<bool>("--quiet") { Description = "No progress line on the terminal for a long review." };
        var command = new Command("review", "Checks the “数说五年” panel: each published figure, its recomputed value and its verdict (the bundled interview example unless --data and --claims are given).")
        {
            data, claims, targets, format, lang, outputFile, strict, fromText, quiet,
        };
        command.SetAction(parsed => parsed.GetValue(fromText)
            ? ReviewFromText.Run(parsed.GetValue(data), parsed.GetValue(claims), parsed.GetValue(format) ?? ReviewFormat.Text, parsed.GetValue(lang) ?? "zh", parsed.GetValue(outputFile), parsed.GetValue(strict), output, error, parsed.GetValue(targets))
            : Run(
            parsed.GetValue(data),
            parsed.GetValue(claims),
            parsed.GetValue(format) ?? ReviewFormat.Text,
            parsed.GetValue(lang) ?? "zh",
            parsed.GetValue(outputFile),
            parsed.GetValue(strict),
            output,
            error,
            parsed.GetValue(quiet),
            parsed.GetValue(targets)));
        return command;
    }

    internal static int Run(string? dataPath, string? claimsPath, ReviewFormat format, string lang, string? outputPath, bool strict, TextWriter output, TextWriter error, bool quiet = false, string? targetsPath = null)
    {
        if ((dataPath is null) != (claimsPath is null))
        {
            error.WriteLine(dataPath is null
                ? "--claims goes with --data: give the data set the claims are checked against, or neither for the bundled example."
                : "--data goes with --claims: give the claims to check, or neither for the bundled example.");
            return Program.BadInput;
        }

        var bundled = dataPath is null;
        dataPath ??= ReviewFiles.BundledData;
        claimsPath ??= ReviewFiles.BundledClaims;
        if (!ReviewFiles.TryLoadData(dataPath, out var dataSet, out var message)
            || !ReviewFiles.TryLoadClaims(claimsPath, out var claimList, out message))
        {
            error.WriteLine(bundled ? message + " (the bundled example is missing or damaged: rebuild qzgov)" : message);
            return Program.BadInput;
        }

        if (!ReviewFiles.TryWithTargets(dataSet!, targetsPath, bundled, out dataSet, out message))
        {
            error.WriteLine(message);
            return Program.BadInput;
        }

        var report = ReviewReport.Check(Path.GetFileName(dataPath), Path.GetFileName(claimsPath), dataSet!, claimList!, lang == "zh", progress: Progress(claimList!.Count, quiet, error));
        return Write(report, format, outputPath, strict, output, error);
    }

    /// <summary>Prints the report in the format and gives the exit code (review's and check's one printer).</summary>
    internal static int Write(ReviewReport report, ReviewFormat format, string? outputPath, bool strict, TextWriter output, TextWriter error)
    {
        var text = format switch
        {
            ReviewFormat.Markdown => ReviewMarkdown.Write(report),
            ReviewFormat.Json => ReviewJson.Write(report),
            ReviewFormat.Html => ReviewHtml.Write(report),
            _ => ReviewText.Write(report),
        };
        return TryWrite(text, outputPath, output, error) ? report.ExitCode(strict) : Program.BadInput;
    }

    /// <summary>A progress line on stderr (“核验 1500/20000”, rewritten in place) for a long review on a terminal; none when
    /// stderr is redirected, with --quiet, or for fewer than <see cref="ReviewReport.ProgressThreshold"/> claims.</summary>
    internal static Action<int, int>? Progress(int claims, bool quiet, TextWriter error)
    {
        if (quiet || claims < ReviewReport.ProgressThreshold || !ReferenceEquals(error, Console.Error) || Console.IsErrorRedirected)
        {
            return null;
        }

        return (done, all) => error.Write(done == all
            ? string.Format(CultureInfo.InvariantCulture, "\r{0}/{1}\n", done, all)
            : string.Format(CultureInfo.InvariantCulture, "\r{0}/{1}", done, all));
    }

    /// <summary>Writes the whole text to the file or the terminal; a file that cannot be written is one message.</summary>
    internal static bool TryWrite(string text, string? outputPath, TextWriter output, TextWriter error)
    {
        if (outputPath is null)
        {
            output.Write(text);
            return true;
        }

        try
        {
            File.WriteAllText(Path.GetFullPath(outputPath), text, new UTF8Encoding(false));
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine(string.Format(CultureInfo.InvariantCulture, "--output: cannot write \"{0}\": {1}", Messages.Window(outputPath, 0), Messages.Plain(ex)));
            return false;
        }
    }
}
