using System;
using System.Diagnostics.CodeAnalysis;
using Quzhou.Governance.Parsing;

namespace Quzhou.Governance.Quantities;

/// <content>Reading an amount from text, through the figure grammar.</content>
public readonly partial struct Amount
#if NET7_0_OR_GREATER
    : ISpanParsable<Amount>
#endif
{
    /// <summary>Reads an amount: 1234567.89, 1234567.89元, 123.45万元 or 1.23亿元. Half-width and full-width digits, thousands separators and Chinese
    /// numerals are accepted; a qualified figure (余, 以上, 约…) is not exact and is refused.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value, or where reading stopped and what was expected there.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    [Pure]
    public static ParseResult<Amount> Read(string text) => QuantityReader.Read<Amount>(text, QuantityReader.Amount);

    /// <summary>Reads an amount from a span (see <see cref="Read(string)"/>); only an error copies the text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value, or where reading stopped and what was expected there.</returns>
    [Pure]
    public static ParseResult<Amount> Read(ReadOnlySpan<char> text) => QuantityReader.Read<Amount>(text, QuantityReader.Amount);

    /// <summary>Reads an amount (see <see cref="Read(string)"/>), throwing on bad text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="UnparsableValueException">The text could not be read; the message says where and why.</exception>
    [Pure]
    public static Amount Parse(string text) => Read(text).Value;

    /// <summary>Reads an amount from a span, throwing on bad text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="UnparsableValueException">The text could not be read; the message says where and why.</exception>
    [Pure]
    public static Amount Parse(ReadOnlySpan<char> text) => Read(text).Value;

    /// <summary>Reads an amount without throwing.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="amount">The value read, or the default.</param>
    /// <returns>Whether the text could be read.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Amount amount) => QuantityReader.TryParse<Amount>(text, QuantityReader.Amount, out amount);

    /// <summary>Reads an amount from a span without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="amount">The value read, or the default.</param>
    /// <returns>Whether the text could be read.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out Amount amount) => QuantityReader.Amount(text, out amount, out _, out _);

#if NET7_0_OR_GREATER
    /// <inheritdoc />
    static Amount IParsable<Amount>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<Amount>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Amount result) => TryParse(s, out result);

    /// <inheritdoc />
    static Amount ISpanParsable<Amount>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool ISpanParsable<Amount>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Amount result) => TryParse(s, out result);
#endif
}
