using System.CommandLine;
using System.IO;
using NodaTime;

namespace Quzhou.Governance.Cli;

/// <summary>
/// <c>qzgov check &lt;text-file&gt; --data &lt;file&gt;</c>: reads every claim out of a bulletin's text
/// (<see cref="TextClaims"/>), checks each against the data set with <see cref="Claims.ClaimChecker"/> and prints them
/// as <c>review</c> does — text, Markdown, JSON or HTML — each with the line, column and words it came from.
/// </summary>
/// <remarks>Exit 0 when nothing is contradicted, 1 when something is (<c>--strict</c>: also ambiguous or unverifiable,
/// or text the reader could not read with certainty), 2 on bad input. The reader's diagnostics go to stderr.</remarks>
internal static class CheckCommand
{
    internal static Command Create(TextWriter output, TextWriter error)
    {
        var file = TextClaims.FileArgument("The text to check: a bulletin, an interview or a report (UTF-8, UTF-16 or GB18030).");
        var data = ReviewOptions.File("--data", "The data set to check against: .csv, .json or .xlsx in the long or wide layout.");
        data.Required = true;
        var format = ReviewOptions.Format("text", "markdown", "json", "html");
        var lang = ReviewOptions.Lang();
        var outputFile = ReviewOptions.File("--output", "Write to this file (UTF-8) instead of the terminal.");
        var strict = new Option<bool>("--strict") { Description = "Exit 1 also when a figure is ambiguous or unverifiable, or some text could not be read with certainty." };
        var published = TextClaims.PublishedOption();
        var command = new Command("check", "Reads every figure out of a bulletin's text and checks it against a data set, with where each came from.")
        {
            file, data, format, lang, outputFile, strict, published,
        };
        command.SetAction(parsed => Run(
            parsed.GetValue(file)!,
            parsed.GetValue(data)!,
            parsed.GetValue(format) ?? ReviewFormat.Text,
            parsed.GetValue(lang) ?? "zh",
            parsed.GetValue(outputFile),
            parsed.GetValue(strict),
            parsed.GetValue(published),
            output,
            error));
        return command;
    }

    internal static int Run(string textPath, string dataPath, ReviewFormat format, string lang, string? outputPath, bool strict, LocalDate? published, TextWriter output, TextWriter error)
    {
        if (!TextClaims.TryRead(textPath, published, out var claims, out var message)
            || !ReviewFiles.TryLoadData(dataPath, out var dataSet, out message))
        {
            error.WriteLine(message);
            return Program.BadInput;
        }

        return claims!.Check(Path.GetFileName(dataPath), dataSet!, format, lang, outputPath, strict, output, error);
    }
}
