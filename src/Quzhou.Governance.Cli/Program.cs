using System;
using System.CommandLine;
using System.IO;

namespace Quzhou.Governance.Cli;

/// <summary>The entry point of <c>qzgov</c>: a thin shell over the library.</summary>
public static class Program
{
    /// <summary>Exit code for success.</summary>
    public const int Success = 0;

    /// <summary>Exit code for bad input (text that cannot be read, a missing file, a bad option).</summary>
    public const int BadInput = 2;

    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns><see cref="Success"/> or <see cref="BadInput"/>.</returns>
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the command line, writing to the given writers (for tests).</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Where explanations go.</param>
    /// <param name="error">Where error messages go.</param>
    /// <returns><see cref="Success"/> or <see cref="BadInput"/>.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        var root = new RootCommand("qzgov: explains the planning periods and published figures of government bulletins.");
        root.Subcommands.Add(PeriodCommand.Create(output, error));
        root.Subcommands.Add(FigureCommand.Create(output, error));
        root.Subcommands.Add(ExplainCommand.Create(output, error));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine(parseError.Message);
            }

            error.WriteLine("Run 'qzgov --help' for usage.");
            return BadInput;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
