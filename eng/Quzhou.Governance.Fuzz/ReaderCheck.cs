using System;
using Quzhou.Governance.Parsing;

namespace Quzhou.Governance.Fuzz;

/// <summary>
/// One reader of the library and the laws it keeps on any input: it never throws; a refusal names a position
/// inside the text and quotes a bounded window of it; its try-form agrees with it; and what it reads prints
/// and reads back equal.
/// </summary>
internal sealed class ReaderCheck
{
    /// <summary>The longest refusal message a reader may give, whatever the input's length.</summary>
    internal const int MaxMessageLength = 1000;

    private readonly Action<string, FindingLog> check;

    /// <summary>A named check.</summary>
    internal ReaderCheck(string name, Action<string, FindingLog> check)
    {
        Name = name;
        this.check = check;
    }

    /// <summary>The reader's name, as <c>Type.Method</c>.</summary>
    internal string Name { get; }

    /// <summary>Runs the reader on <paramref name="input"/>; anything it throws is a finding.</summary>
    internal void Run(string input, FindingLog log)
    {
        try
        {
            check(input, log);
        }
        catch (Exception exception)
        {
            log.Report(Name, "never throws", input, exception.GetType().Name + ": " + FirstLine(exception.Message));
        }
    }

    /// <summary>
    /// The laws of a result: a refusal's position lies in the text and its message is bounded; the try-form
    /// agrees. Returns whether it read.
    /// </summary>
    internal static bool Settle<T>(string reader, string input, ParseResult<T> result, bool tryResult, FindingLog log)
    {
        log.Count(reader, result.Success);
        if (tryResult != result.Success)
        {
            log.Report(reader, "TryParse agrees with Read", input, $"Read says {result.Success}, TryParse says {tryResult}");
        }

        if (result.Success)
        {
            return true;
        }

        var error = result.Error;
        if (error.Position < 0 || error.Position > input.Length)
        {
            log.Report(reader, "a refusal's position lies in the text", input, $"position {error.Position} of {input.Length}");
        }

        var message = error.Message;
        if (message.Length > MaxMessageLength)
        {
            log.Report(reader, "a refusal's message is bounded", Shorten(input), $"{message.Length} characters for an input of {input.Length}");
        }

        return false;
    }

    /// <summary>The input as a finding shows it: whole when short, its ends when long.</summary>
    internal static string Shorten(string input) =>
        input.Length <= 200 ? input : string.Concat(input.AsSpan(0, 100), $"…({input.Length} chars)…", input.AsSpan(input.Length - 60));

    private static string FirstLine(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        var line = end < 0 ? text : text.Substring(0, end);
        return line.Length <= 300 ? line : string.Concat(line.AsSpan(0, 300), "…");
    }
}
