using System;
using System.Diagnostics.CodeAnalysis;
using Quzhou.Governance.Parsing;

namespace Quzhou.Governance.Quantities;

/// <content>Reading a change of a count from text, through the figure grammar.</content>
public readonly partial struct CountChange
#if NET7_0_OR_GREATER
    : ISpanParsable<CountChange>
#endif
{
    /// <summary>Reads a change of a count: 增加1360, 减少25, +1360, -25, 增加1.36万 or 持平. Half-width and full-width digits, thousands separators and Chinese
    /// numerals are accepted; a qualified figure (余, 以上, 约…) is not exact and is refused.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value, or where reading stopped and what was expected there.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    [Pure]
    public static ParseResult<CountChange> Read(string text) => QuantityReader.Read<CountChange>(text, QuantityReader.CountChange);

    /// <summary>Reads a change of a count from a span (see <see cref="Read(string)"/>); only an error copies the text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value, or where reading stopped and what was expected there.</returns>
    [Pure]
    public static ParseResult<CountChange> Read(ReadOnlySpan<char> text) => QuantityReader.Read<CountChange>(text, QuantityReader.CountChange);

    /// <summary>Reads a change of a count (see <see cref="Read(string)"/>), throwing on bad text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="UnparsableValueException">The text could not be read; the message says where and why.</exception>
    [Pure]
    public static CountChange Parse(string text) => Read(text).Value;

    /// <summary>Reads a change of a count from a span, throwing on bad text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="UnparsableValueException">The text could not be read; the message says where and why.</exception>
    [Pure]
    public static CountChange Parse(ReadOnlySpan<char> text) => Read(text).Value;

    /// <summary>Reads a change of a count without throwing.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="change">The value read, or the default.</param>
    /// <returns>Whether the text could be read.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out CountChange change) => QuantityReader.TryParse<CountChange>(text, QuantityReader.CountChange, out change);

    /// <summary>Reads a change of a count from a span without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="change">The value read, or the default.</param>
    /// <returns>Whether the text could be read.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out CountChange change) => QuantityReader.CountChange(text, out change, out _, out _);

#if NET7_0_OR_GREATER
    /// <inheritdoc />
    static CountChange IParsable<CountChange>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<CountChange>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out CountChange result) => TryParse(s, out result);

    /// <inheritdoc />
    static CountChange ISpanParsable<CountChange>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool ISpanParsable<CountChange>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out CountChange result) => TryParse(s, out result);
#endif
}
