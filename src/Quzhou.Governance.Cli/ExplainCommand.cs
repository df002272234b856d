using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using Quzhou.Governance.Periods.Text;

namespace Quzhou.Governance.Cli;

/// <summary>
/// <c>qzgov explain &lt;file&gt;</c>: explains every item of a file, one a line: <c>period &lt;text&gt;</c> or
/// <c>figure &lt;text&gt;</c>; blank lines and lines starting with # are skipped. Exit 2 when any item is bad,
/// after explaining all the others.
/// </summary>
internal static class ExplainCommand
{
    internal static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<FileInfo>("file") { Description = "A text file of items: 'period <text>' or 'figure <text>', one a line." };
        var command = new Command("explain", "Explains every period and figure listed in a file (the bundled example: examples/quzhou-interview.txt).") { file };
        command.SetAction(parsed => Run(parsed.GetValue(file)!, output, error));
        return command;
    }

    internal static int Run(FileInfo file, TextWriter output, TextWriter error)
    {
        if (!file.Exists)
        {
            error.WriteLine(string.Format(CultureInfo.InvariantCulture, "No such file: {0}", file.FullName));
            return Program.BadInput;
        }

        var status = Program.Success;
        var lineNumber = 0;
        var first = true;
        foreach (var raw in File.ReadLines(file.FullName))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (!first)
            {
                output.WriteLine();
            }

            first = false;
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            var verb = space < 0 ? line : line[..space];
            var text = space < 0 ? string.Empty : line[(space + 1)..].Trim();
            var itemError = new StringWriter(CultureInfo.InvariantCulture);
            var rc = verb switch
            {
                "period" => PeriodCommand.Explain(text, default(PeriodReadingContext), output, itemError),
                "figure" => FigureCommand.Explain(text, null, output, itemError),
                _ => Unknown(verb, itemError),
            };
            if (rc != Program.Success)
            {
                error.Write(string.Format(CultureInfo.InvariantCulture, "{0}:{1}: {2}", file.Name, lineNumber, itemError));
                status = Program.BadInput;
            }
        }

        return status;
    }

    private static int Unknown(string verb, TextWriter error)
    {
        error.WriteLine(string.Format(CultureInfo.InvariantCulture, "Expected 'period' or 'figure' at the start of the line, found '{0}'.", verb));
        return Program.BadInput;
    }
}
