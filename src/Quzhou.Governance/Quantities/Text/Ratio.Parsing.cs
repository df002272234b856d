using System;
using System.Diagnostics.CodeAnalysis;
using Quzhou.Governance.Parsing;

namespace Quzhou.Governance.Quantities;

/// <content>Reading the exact ratio a percentage prints (97.18% is 9718/10000) from text, through the figure grammar.</content>
public readonly partial struct Ratio
#if NET7_0_OR_GREATER
    : ISpanParsable<Ratio>
#endif
{
    /// <summary>Reads the exact ratio a percentage prints (97.18% is 9718/10000): 97.18%. Half-width and full-width digits, thousands separators and Chinese
    /// numerals are accepted; a qualified figure (余, 以上, 约…) is not exact and is refused.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value, or where reading stopped and what was expected there.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    [Pure]
    public static ParseResult<Ratio> Read(string text) => QuantityReader.Read<Ratio>(text, QuantityReader.Ratio);

    /// <summary>Reads the exact ratio a percentage prints (97.18% is 9718/10000) from a span (see <see cref="Read(string)"/>); only an error copies the text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value, or where reading stopped and what was expected there.</returns>
    [Pure]
    public static ParseResult<Ratio> Read(ReadOnlySpan<char> text) => QuantityReader.Read<Ratio>(text, QuantityReader.Ratio);

    /// <summary>Reads the exact ratio a percentage prints (97.18% is 9718/10000) (see <see cref="Read(string)"/>), throwing on bad text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="UnparsableValueException">The text could not be read; the message says where and why.</exception>
    [Pure]
    public static Ratio Parse(string text) => Read(text).Value;

    /// <summary>Reads the exact ratio a percentage prints (97.18% is 9718/10000) from a span, throwing on bad text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="UnparsableValueException">The text could not be read; the message says where and why.</exception>
    [Pure]
    public static Ratio Parse(ReadOnlySpan<char> text) => Read(text).Value;

    /// <summary>Reads the exact ratio a percentage prints (97.18% is 9718/10000) without throwing.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="ratio">The value read, or the default.</param>
    /// <returns>Whether the text could be read.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Ratio ratio) => QuantityReader.TryParse<Ratio>(text, QuantityReader.Ratio, out ratio);

    /// <summary>Reads the exact ratio a percentage prints (97.18% is 9718/10000) from a span without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="ratio">The value read, or the default.</param>
    /// <returns>Whether the text could be read.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out Ratio ratio) => QuantityReader.Ratio(text, out ratio, out _, out _);

#if NET7_0_OR_GREATER
    /// <inheritdoc />
    static Ratio IParsable<Ratio>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<Ratio>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Ratio result) => TryParse(s, out result);

    /// <inheritdoc />
    static Ratio ISpanParsable<Ratio>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool ISpanParsable<Ratio>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Ratio result) => TryParse(s, out result);
#endif
}
