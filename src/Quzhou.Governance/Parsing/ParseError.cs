using System;
using System.Globalization;

namespace Quzhou.Governance.Parsing;

/// <summary>
/// Why a piece of text could not be read: where reading stopped and what was expected there.
/// Immutable.
/// </summary>
public sealed class ParseError
{
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
    /// <c>Expected a quarter number 1–4 at position 5 in "2025-Q5", found "5".</c>
    /// </summary>
    public string Message
    {
        get
        {
            var found = Position >= Text.Length
                ? "the end of the text"
                : string.Format(CultureInfo.InvariantCulture, "\"{0}\"", Text.Substring(Position, Math.Min(8, Text.Length - Position)));
            return string.Format(
                CultureInfo.InvariantCulture,
                "Expected {0} at position {1} in \"{2}\", found {3}.",
                Expected,
                Position,
                Text,
                found);
        }
    }

    /// <summary>Returns <see cref="Message"/>.</summary>
    /// <returns>The message shown to a person.</returns>
    public override string ToString() => Message;

    /// <summary>The exception a throwing <c>Parse</c> raises for this error.</summary>
    /// <returns>A new <see cref="UnparsableValueException"/> carrying this error.</returns>
    public UnparsableValueException ToException() => new(this);
}
