using System;
using System.Globalization;

namespace Quzhou.Governance.Parsing;

/// <summary>
/// Why a piece of text could not be read: where reading stopped and what was expected there.
/// Immutable.
/// </summary>
public sealed class ParseError
{
    /// <summary>How many characters of the text <see cref="Message"/> quotes on each side of the position: 30.</summary>
    internal const int QuotedRadius = 30;

    private const int FoundLength = 8;

    /// <summary>Creates an error at <paramref name="position"/> of <paramref name="text"/>.</summary>
    /// <param name="text">The whole text that was being read.</param>
    /// <param name="position">The zero-based index of the first character that could not be read
    /// (the text's length when the text ended too early).</param>
    /// <param name="expected">What was expected at that position, in plain words, such as
    /// <c>"a quarter number 1–4"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="expected"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is negative or past the end of the text.</exception>
    public ParseError(string text, int position, string expected)
    {
        Text = Preconditions.CheckNotNull(text, nameof(text));
        Expected = Preconditions.CheckNotNull(expected, nameof(expected));
        Preconditions.CheckArgumentRange(nameof(position), position, 0, text.Length);
        Position = position;
    }

    /// <summary>The whole text that was being read.</summary>
    public string Text { get; }

    /// <summary>The zero-based index at which reading stopped; the text's length when it ended too early.</summary>
    public int Position { get; }

    /// <summary>What was expected at <see cref="Position"/>, in plain words.</summary>
    public string Expected { get; }

    /// <summary>
    /// The message shown to a person, for example
    /// <c>Expected a quarter number 1–4 at position 5 in "2025-Q5", found "5".</c> Only a window of the text
    /// around <see cref="Position"/> is quoted (at most 30 characters on each side, with …
    /// where the text goes on), so a message stays short however long the text is.
    /// </summary>
    public string Message
    {
        get
        {
            var found = Position >= Text.Length
                ? "the end of the text"
                : string.Format(CultureInfo.InvariantCulture, "\"{0}\"", Slice(Text, Position, Math.Min(Text.Length, Position + FoundLength)));
            var start = Math.Max(0, Position - QuotedRadius);
            var end = Math.Min(Text.Length, Position + QuotedRadius);
            return string.Format(
                CultureInfo.InvariantCulture,
                "Expected {0} at position {1} in \"{2}{3}{4}\", found {5}.",
                Expected,
                Position,
                start > 0 ? "…" : string.Empty,
                Slice(Text, start, end),
                end < Text.Length ? "…" : string.Empty,
                found);
        }
    }

    /// <summary>Returns <see cref="Message"/>.</summary>
    /// <returns>The message shown to a person.</returns>
    public override string ToString() => Message;

    /// <summary>text[start..end), widened so that no surrogate pair is cut in two.</summary>
    private static string Slice(string text, int start, int end)
    {
        if (start > 0 && start < text.Length && char.IsLowSurrogate(text[start]))
        {
            start--;
        }

        if (end < text.Length && end > 0 && char.IsHighSurrogate(text[end - 1]))
        {
            end++;
        }

        return text.Substring(start, end - start);
    }

    /// <summary>The exception a throwing <c>Parse</c> raises for this error.</summary>
    /// <returns>A new <see cref="UnparsableValueException"/> carrying this error.</returns>
    public UnparsableValueException ToException() => new(this);
}
