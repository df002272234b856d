using System;
using System.CommandLine;
using System.Globalization;
using System.IO;

namespace Quzhou.Governance.Cli;

/// <summary>
/// <c>qzgov explain &lt;file&gt;</c>: explains every item of a file, one a line: <c>period &lt;text&gt;</c> or
/// <c>figure &lt;text&gt;</c>; blank lines and lines starting with # are skipped. Exit 2 when any item is bad,
/// after explaining all the others: a bad item prints nothing on stdout and one line on stderr,
/// <c>file:line: message</c>, quoting at most a window around the position.
/// </summary>
/// <remarks>The file is checked to its end before any item is explained (a directory, a missing file, bytes
/// that are not UTF-8 or BOM-marked UTF-16 are one message and exit 2), then read line by line in bounded
/// memory: a line longer than <see cref="ItemFile.MaxLineLength"/> characters is a bad item.</remarks>
internal static class ExplainCommand
{
    internal static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("file") { Description = "A UTF-8 text file of items: 'period <text>' or 'figure <text>', one a line." };
        var command = new Command("explain", "Explains every period and figure listed in a file (the bundled example: examples/quzhou-interview.txt).") { file };
        command.SetAction(parsed => Run(parsed.GetValue(file) ?? string.Empty, output, error));
        return command;
    }

    internal static int Run(string path, TextWriter output, TextWriter error)
    {
        if (!ItemFile.TryOpen(path, out var file, out var message))
        {
            error.WriteLine(message);
            return Program.BadInput;
        }

        var name = Path.GetFileName(file!.FullName);
        var status = Program.Success;
        var first = true;
        foreach (var (number, raw, tooLong) in file.ReadLines())
        {
            var line = raw.Trim();
            if (!tooLong && (line.Length == 0 || line.StartsWith('#')))
            {
                continue;
            }

            if (!TryExplain(line, tooLong, out var explanation, out message))
            {
                error.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0}:{1}: {2}", name, number, message));
                status = Program.BadInput;
                continue;
            }

            if (!first)
            {
                output.WriteLine();
            }

            first = false;
            output.Write(explanation);
        }

        return status;
    }

    private static bool TryExplain(string line, bool tooLong, out string explanation, out string message)
    {
        explanation = string.Empty;
        if (tooLong)
        {
            message = string.Format(
                CultureInfo.InvariantCulture,
                "Expected an item of at most {0} characters on one line, found a longer line starting \"{1}\".",
                ItemFile.MaxLineLength,
                Messages.Window(line, 0));
            return false;
        }

        var space = line.IndexOf(' ', StringComparison.Ordinal);
        var verb = space < 0 ? line : line[..space];
        var text = space < 0 ? string.Empty : line[(space + 1)..].Trim();
        switch (verb)
        {
            case "period":
                return PeriodCommand.TryExplain(text, null, null, out explanation, out message);
            case "figure":
                return FigureCommand.TryExplain(text, null, out explanation, out message);
            default:
                message = string.Format(CultureInfo.InvariantCulture, "Expected 'period' or 'figure' at the start of the line, found \"{0}\".", Messages.Window(verb, 0));
                return false;
        }
    }
}
