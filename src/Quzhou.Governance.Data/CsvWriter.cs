using System.IO;

namespace Quzhou.Governance.Data;

/// <summary>
/// Writes RFC 4180 CSV: cells separated by commas, rows ended by CRLF, a cell quoted (its quotes doubled) when it
/// holds a comma, a quote or a line break. A cell a spreadsheet would run as a formula — one starting with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return — is written with an apostrophe before it,
/// which makes a spreadsheet show it as text; a cell that already starts with an apostrophe followed by one of
/// those (or by another apostrophe) gets one more, so every cell reads back exactly as it was.
/// </summary>
internal sealed class CsvWriter
{
    private readonly TextWriter writer;
    private bool rowStarted;

    internal CsvWriter(TextWriter writer)
    {
        this.writer = writer;
    }

    /// <summary>The cell as written before quoting: an apostrophe before a formula's first character.</summary>
    internal static string Guard(string text) =>
        text.Length > 0 && (IsFormulaStart(text[0]) || (text[0] == '\'' && text.Length > 1 && IsGuarded(text[1]))) ? "'" + text : text;

    /// <summary>The cell as it was before <see cref="Guard"/>.</summary>
    internal static string Unguard(string text) =>
        text.Length > 1 && text[0] == '\'' && IsGuarded(text[1]) ? text.Substring(1) : text;

    internal void Write(string text)
    {
        if (rowStarted)
        {
            writer.Write(',');
        }

        rowStarted = true;
        var guarded = Guard(text);
        if (!NeedsQuotes(guarded))
        {
            writer.Write(guarded);
            return;
        }

        writer.Write('"');
        foreach (var c in guarded)
        {
            if (c == '"')
            {
                writer.Write('"');
            }

            writer.Write(c);
        }

        writer.Write('"');
    }

    internal void EndRow()
    {
        writer.Write("\r\n");
        rowStarted = false;
    }

    private static bool NeedsQuotes(string text)
    {
        foreach (var c in text)
        {
            if (c is ',' or '"' or '\r' or '\n')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFormulaStart(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r';

    internal static bool IsGuarded(char c) => IsFormulaStart(c) || c == '\'';
}
