using System;
using System.Globalization;
using System.Text;
using Quzhou.Governance.Parsing;

namespace Quzhou.Governance.Cli;

/// <summary>
/// How qzgov words its messages: a reading error quotes a window of at most <see cref="WindowRadius"/>
/// characters either side of the position, never the whole text (a 50 MB line must not come back on stderr).
/// </summary>
internal static class Messages
{
    /// <summary>How many characters a quotation shows on each side of the position it is about.</summary>
    internal const int WindowRadius = 30;

    /// <summary>The shape of the library's <see cref="ParseError.Message"/>, with the text quoted around the position
    /// only: <c>Expected a quarter number 1–4 at position 6 in "2025-Q5", found "5".</c></summary>
    /// <param name="error">The reading error.</param>
    /// <returns>One line.</returns>
    internal static string Describe(ParseError error)
    {
        var text = error.Text;
        var position = error.Position;
        var found = position >= text.Length
            ? "the end of the text"
            : "\"" + Cut(text, position, Math.Min(text.Length, position + 8)) + "\"";
        return string.Format(
            CultureInfo.InvariantCulture,
            "Expected {0} at position {1} in \"{2}\", found {3}.",
            error.Expected,
            position,
            Window(text, position),
            found);
    }

    /// <summary>The text around <paramref name="position"/>: all of it when it is short, otherwise at most
    /// <see cref="WindowRadius"/> characters either side, with … where it was cut.</summary>
    /// <param name="text">The text.</param>
    /// <param name="position">A position in it, 0 to its length.</param>
    /// <returns>The quotation, at most 2 × <see cref="WindowRadius"/> + 2 characters plus the ellipses.</returns>
    internal static string Window(string text, int position)
    {
        position = Math.Max(0, Math.Min(position, text.Length));
        var start = Math.Max(0, position - WindowRadius);
        var end = Math.Min(text.Length, position + WindowRadius);
        var window = new StringBuilder(Cut(text, start, end), (2 * WindowRadius) + 4);
        if (start > 0)
        {
            window.Insert(0, '…');
        }

        if (end < text.Length)
        {
            window.Append('…');
        }

        return Printable(window.ToString());
    }

    /// <summary>At most <paramref name="max"/> characters of <paramref name="text"/>, with … where it was cut.</summary>
    /// <param name="text">A message.</param>
    /// <param name="max">The most characters kept.</param>
    /// <returns>The text or its start.</returns>
    internal static string Clip(string text, int max) => text.Length <= max ? Printable(text) : Printable(Cut(text, 0, max)) + "…";

    /// <summary>The message of an argument exception without the “(Parameter 'end')” that .NET appends.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>The message alone.</returns>
    internal static string Plain(Exception exception)
    {
        var message = exception.Message;
        if (exception is ArgumentException { ParamName: { } name })
        {
            var suffix = " (Parameter '" + name + "')";
            var at = message.IndexOf(suffix, StringComparison.Ordinal);
            if (at >= 0)
            {
                message = message.Remove(at, suffix.Length);
            }
        }

        return FirstLine(message);
    }

    /// <summary>The first line of <paramref name="text"/>.</summary>
    /// <param name="text">A message.</param>
    /// <returns>Up to the first line break.</returns>
    internal static string FirstLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return end < 0 ? text : text[..end];
    }

    // text[start..end], widened so that no surrogate pair is split.
    private static string Cut(string text, int start, int end)
    {
        if (start > 0 && start < text.Length && char.IsLowSurrogate(text[start]))
        {
            start--;
        }

        if (end < text.Length && end > 0 && char.IsHighSurrogate(text[end - 1]))
        {
            end++;
        }

        return text[start..end];
    }

    /// <summary>Control characters (a stray NUL, a tab, an escape) shown as \u0000, so that a quotation stays on one
    /// line and a file's text cannot move the cursor or colour the terminal.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The printable text.</returns>
    internal static string Printable(string text)
    {
        var needs = false;
        foreach (var c in text)
        {
            needs |= char.IsControl(c);
        }

        if (!needs)
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                result.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }
}
