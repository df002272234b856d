using System;
using System.Diagnostics.CodeAnalysis;
using Quzhou.Governance.Parsing;

namespace Quzhou.Governance.Quantities;

/// <content>Reading percentage points from text, through the figure grammar.</content>
public readonly partial struct PercentagePoints
#if NET7_0_OR_GREATER
    : ISpanParsable<PercentagePoints>
#endif
{
    /// <summary>Reads percentage points: 11.53个百分点, 提高1.2个百分点, -1.2个百分点 or 11.53 pp. Half-width and full-width digits, thousands separators and Chinese
    /// numerals are accepted; a qualified figure (余, 以上, 约…) is not exact and is refused.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value, or where reading stopped and what was expected there.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    [Pure]
    public static ParseResult<PercentagePoints> Read(string text) => QuantityReader.Read<PercentagePoints>(text, QuantityReader.PercentagePoints);

    /// <summary>Reads percentage points from a span (see <see cref="Read(string)"/>); only an error copies the text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value, or where reading stopped and what was expected there.</returns>
    [Pure]
    public static ParseResult<PercentagePoints> Read(ReadOnlySpan<char> text) => QuantityReader.Read<PercentagePoints>(text, QuantityReader.PercentagePoints);

    /// <summary>Reads percentage points (see <see cref="Read(string)"/>), throwing on bad text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="UnparsableValueException">The text could not be read; the message says where and why.</exception>
    [Pure]
    public static PercentagePoints Parse(string text) => Read(text).Value;

    /// <summary>Reads percentage points from a span, throwing on bad text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="UnparsableValueException">The text could not be read; the message says where and why.</exception>
    [Pure]
    public static PercentagePoints Parse(ReadOnlySpan<char> text) => Read(text).Value;

    /// <summary>Reads percentage points without throwing.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="points">The value read, or the default.</param>
    /// <returns>Whether the text could be read.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out PercentagePoints points) => QuantityReader.TryParse<PercentagePoints>(text, QuantityReader.PercentagePoints, out points);

    /// <summary>Reads percentage points from a span without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="points">The value read, or the default.</param>
    /// <returns>Whether the text could be read.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out PercentagePoints points) => QuantityReader.PercentagePoints(text, out points, out _, out _);

#if NET7_0_OR_GREATER
    /// <inheritdoc />
    static PercentagePoints IParsable<PercentagePoints>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<PercentagePoints>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PercentagePoints result) => TryParse(s, out result);

    /// <inheritdoc />
    static PercentagePoints ISpanParsable<PercentagePoints>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool ISpanParsable<PercentagePoints>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out PercentagePoints result) => TryParse(s, out result);
#endif
}
