using System;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Quzhou.Governance.Text;

namespace Quzhou.Governance.Cli;

/// <summary>Where a claim or diagnostic came from in its text: the reader's span (start and length in UTF-16 chars),
/// the line and column it starts at (both from 1), and the words themselves, on one line and clipped.</summary>
internal sealed record TextSource(int Start, int Length, int Line, int Column, string Excerpt)
{
    private const int MaxExcerpt = 80;

    internal static TextSource Of(string text, SourceSpan span)
    {
        var start = Math.Min(span.Start, text.Length);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < start; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        var end = Math.Min(span.End, text.Length);
        var excerpt = new StringBuilder(Math.Min(end - start, MaxExcerpt) + 1);
        for (var i = start; i < end && excerpt.Length < MaxExcerpt; i++)
        {
            excerpt.Append(text[i] is '\r' or '\n' ? ' ' : text[i]);
        }

        if (end - start > MaxExcerpt)
        {
            excerpt.Append('…');
        }

        return new TextSource(span.Start, span.Length, line, start - lineStart + 1, Messages.Printable(excerpt.ToString()));
    }

    /// <summary>The source as a JSON object: the claim's id when given, start, length, line, column and text.</summary>
    internal void WriteJson(Utf8JsonWriter json, string? claim)
    {
        json.WriteStartObject();
        if (claim is not null)
        {
            json.WriteString("claim", claim);
        }

        json.WriteNumber("start", Start);
        json.WriteNumber("length", Length);
        json.WriteNumber("line", Line);
        json.WriteNumber("column", Column);
        json.WriteString("text", Excerpt);
        json.WriteEndObject();
    }

    /// <summary>“第3行第5列：“…”” or “line 3, column 5: “…””.</summary>
    internal string ToString(bool chinese) => chinese
        ? string.Format(CultureInfo.InvariantCulture, "出处：第{0}行第{1}列“{2}”", Line, Column, Excerpt)
        : string.Format(CultureInfo.InvariantCulture, "Source: line {0}, column {1}: “{2}”", Line, Column, Excerpt);
}
