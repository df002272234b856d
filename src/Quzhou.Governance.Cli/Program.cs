using System;
using System.CommandLine;
using System.Globalization;
using System.IO;

namespace Quzhou.Governance.Cli;

/// <summary>The entry point of <c>qzgov</c>: a thin shell over the library.</summary>
/// <remarks>
/// <para>Exit codes: <see cref="Success"/> (0); <see cref="BadInput"/> (2) for anything wrong with what was given —
/// an unreadable text, a bad or unused option, a missing or unreadable file — with one message on stderr and
/// nothing on stdout (for <c>explain</c>, nothing for the bad items); <see cref="InternalError"/> (1) when qzgov
/// itself fails, which is a bug: one line on stderr naming the exception, never a stack trace.</para>
/// <para>Every argument is checked before anything is printed: the commands build their explanation first and
/// write it only when all of it could be made.</para>
/// </remarks>
public static class Program
{
    /// <summary>Exit code for success.</summary>
    public const int Success = 0;

    /// <summary>Exit code for an unexpected failure of qzgov itself (a bug): one line on stderr, no stack trace.</summary>
    public const int InternalError = 1;

    /// <summary>Exit code of <c>review</c> when a published figure is contradicted by the data (with <c>--strict</c>,
    /// also ambiguous or unverifiable), and of <c>audit</c> when a finding is made: the same 1 as
    /// <see cref="InternalError"/>, which then says so on stderr.</summary>
    public const int Contradicted = 1;

    /// <summary>Exit code for bad input (text that cannot be read, a missing file, a bad option).</summary>
    public const int BadInput = 2;

    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns><see cref="Success"/>, <see cref="BadInput"/> or <see cref="InternalError"/>.</returns>
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the command line, writing to the given writers (for tests).</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Where explanations go.</param>
    /// <param name="error">Where error messages go.</param>
    /// <returns><see cref="Success"/>, <see cref="BadInput"/> or <see cref="InternalError"/>.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        try
        {
            return RunCommands(args, output, error);
        }
#pragma warning disable CA1031 // The last line of defence: each bad input has its own message; anything else is a bug, said in one line.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            error.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "qzgov: internal error ({0}): {1} This is a bug in qzgov; please report it with the command line.",
                ex.GetType().Name,
                Messages.Clip(Messages.FirstLine(ex.Message), 300)));
            return InternalError;
        }
    }

    private static int RunCommands(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("qzgov: explains the planning periods and published figures of government bulletins.");
        root.Subcommands.Add(PeriodCommand.Create(output, error));
        root.Subcommands.Add(FigureCommand.Create(output, error));
        root.Subcommands.Add(ExplainCommand.Create(output, error));
        root.Subcommands.Add(ReviewCommand.Create(output, error));
        root.Subcommands.Add(AuditCommand.Create(output, error));
        root.Subcommands.Add(CheckCommand.Create(output, error));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine(parseError.Message);
            }

            error.WriteLine(string.Format(CultureInfo.InvariantCulture, "Run 'qzgov {0}--help' for usage.", parsed.CommandResult.Command == root ? string.Empty : parsed.CommandResult.Command.Name + " "));
            return BadInput;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
    }
}
