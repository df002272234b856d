namespace Quzhou.Governance.Cli;

/// <summary>The entry point of <c>qzgov</c>.</summary>
public static class Program
{
    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0 on success, 2 on bad input.</returns>
    public static int Main(string[] args) => args.Length == 0 ? 2 : 0;
}
