using System;
using System.Diagnostics.CodeAnalysis;
using Quzhou.Governance.Parsing;

namespace Quzhou.Governance.Quantities;

/// <content>Reading a count from text, through the figure grammar.</content>
public readonly partial struct Count
#if NET7_0_OR_GREATER
    : ISpanParsable<Count>
#endif
{
    /// <summary>Reads a count: 4282, 4,282, 4282个 or 19万. Half-width and full-width digits, thousands separators and Chinese
    /// numerals are accepted; a qualified figure (余, 以上, 约…) is not exact and is refused.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value, or where reading stopped and what was expected there.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    [Pure]
    public static ParseResult<Count> Read(string text) => QuantityReader.Read<Count>(text, QuantityReader.Count);

    /// <summary>Reads a count from a span (see <see cref="Read(string)"/>); only an error copies the text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value, or where reading stopped and what was expected there.</returns>
    [Pure]
    public static ParseResult<Count> Read(ReadOnlySpan<char> text) => QuantityReader.Read<Count>(text, QuantityReader.Count);

    /// <summary>Reads a count (see <see cref="Read(string)"/>), throwing on bad text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="UnparsableValueException">The text could not be read; the message says where and why.</exception>
    [Pure]
    public static Count Parse(string text) => Read(text).Value;

    /// <summary>Reads a count from a span, throwing on bad text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="UnparsableValueException">The text could not be read; the message says where and why.</exception>
    [Pure]
    public static Count Parse(ReadOnlySpan<char> text) => Read(text).Value;

    /// <summary>Reads a count without throwing.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="count">The value read, or the default.</param>
    /// <returns>Whether the text could be read.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Count count) => QuantityReader.TryParse<Count>(text, QuantityReader.Count, out count);

    /// <summary>Reads a count from a span without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="count">The value read, or the default.</param>
    /// <returns>Whether the text could be read.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out Count count) => QuantityReader.Count(text, out count, out _, out _);

#if NET7_0_OR_GREATER
    /// <inheritdoc />
    static Count IParsable<Count>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<Count>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Count result) => TryParse(s, out result);

    /// <inheritdoc />
    static Count ISpanParsable<Count>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool ISpanParsable<Count>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Count result) => TryParse(s, out result);
#endif
}
