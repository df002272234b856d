using System;
using System.Diagnostics.CodeAnalysis;
using Quzhou.Governance.Parsing;

namespace Quzhou.Governance.Quantities;

/// <content>Reading a percentage from text, through the figure grammar.</content>
public readonly partial struct Percentage
#if NET7_0_OR_GREATER
    : ISpanParsable<Percentage>
#endif
{
    /// <summary>Reads a percentage: 72.96%. Half-width and full-width digits, thousands separators and Chinese
    /// numerals are accepted; a qualified figure (余, 以上, 约…) is not exact and is refused.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value, or where reading stopped and what was expected there.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    [Pure]
    public static ParseResult<Percentage> Read(string text) => QuantityReader.Read<Percentage>(text, QuantityReader.Percentage);

    /// <summary>Reads a percentage from a span (see <see cref="Read(string)"/>); only an error copies the text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value, or where reading stopped and what was expected there.</returns>
    [Pure]
    public static ParseResult<Percentage> Read(ReadOnlySpan<char> text) => QuantityReader.Read<Percentage>(text, QuantityReader.Percentage);

    /// <summary>Reads a percentage (see <see cref="Read(string)"/>), throwing on bad text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="UnparsableValueException">The text could not be read; the message says where and why.</exception>
    [Pure]
    public static Percentage Parse(string text) => Read(text).Value;

    /// <summary>Reads a percentage from a span, throwing on bad text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="UnparsableValueException">The text could not be read; the message says where and why.</exception>
    [Pure]
    public static Percentage Parse(ReadOnlySpan<char> text) => Read(text).Value;

    /// <summary>Reads a percentage without throwing.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="percentage">The value read, or the default.</param>
    /// <returns>Whether the text could be read.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Percentage percentage) => QuantityReader.TryParse<Percentage>(text, QuantityReader.Percentage, out percentage);

    /// <summary>Reads a percentage from a span without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="percentage">The value read, or the default.</param>
    /// <returns>Whether the text could be read.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out Percentage percentage) => QuantityReader.Percentage(text, out percentage, out _, out _);

#if NET7_0_OR_GREATER
    /// <inheritdoc />
    static Percentage IParsable<Percentage>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<Percentage>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Percentage result) => TryParse(s, out result);

    /// <inheritdoc />
    static Percentage ISpanParsable<Percentage>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool ISpanParsable<Percentage>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Percentage result) => TryParse(s, out result);
#endif
}
