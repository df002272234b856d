using System;
using System.Diagnostics.CodeAnalysis;
using Quzhou.Governance.Parsing;

namespace Quzhou.Governance.Quantities;

/// <content>Reading a relative change from text, through the figure grammar.</content>
public readonly partial struct RelativeChange
#if NET7_0_OR_GREATER
    : ISpanParsable<RelativeChange>
#endif
{
    /// <summary>Reads a relative change: 下降31.3%, -31.3%, +6.47%, 增长1.3倍, 下降三成, 翻一番 or 持平. Half-width and full-width digits, thousands separators and Chinese
    /// numerals are accepted; a qualified figure (余, 以上, 约…) is not exact and is refused.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value, or where reading stopped and what was expected there.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    [Pure]
    public static ParseResult<RelativeChange> Read(string text) => QuantityReader.Read<RelativeChange>(text, QuantityReader.RelativeChange);

    /// <summary>Reads a relative change from a span (see <see cref="Read(string)"/>); only an error copies the text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value, or where reading stopped and what was expected there.</returns>
    [Pure]
    public static ParseResult<RelativeChange> Read(ReadOnlySpan<char> text) => QuantityReader.Read<RelativeChange>(text, QuantityReader.RelativeChange);

    /// <summary>Reads a relative change (see <see cref="Read(string)"/>), throwing on bad text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="UnparsableValueException">The text could not be read; the message says where and why.</exception>
    [Pure]
    public static RelativeChange Parse(string text) => Read(text).Value;

    /// <summary>Reads a relative change from a span, throwing on bad text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="UnparsableValueException">The text could not be read; the message says where and why.</exception>
    [Pure]
    public static RelativeChange Parse(ReadOnlySpan<char> text) => Read(text).Value;

    /// <summary>Reads a relative change without throwing.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="change">The value read, or the default.</param>
    /// <returns>Whether the text could be read.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out RelativeChange change) => QuantityReader.TryParse<RelativeChange>(text, QuantityReader.RelativeChange, out change);

    /// <summary>Reads a relative change from a span without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="change">The value read, or the default.</param>
    /// <returns>Whether the text could be read.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out RelativeChange change) => QuantityReader.RelativeChange(text, out change, out _, out _);

#if NET7_0_OR_GREATER
    /// <inheritdoc />
    static RelativeChange IParsable<RelativeChange>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<RelativeChange>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out RelativeChange result) => TryParse(s, out result);

    /// <inheritdoc />
    static RelativeChange ISpanParsable<RelativeChange>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool ISpanParsable<RelativeChange>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out RelativeChange result) => TryParse(s, out result);
#endif
}
