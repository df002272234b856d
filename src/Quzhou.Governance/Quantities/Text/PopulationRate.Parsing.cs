using System;
using System.Diagnostics.CodeAnalysis;
using Quzhou.Governance.Parsing;

namespace Quzhou.Governance.Quantities;

/// <content>Reading a rate per population from text, through the figure grammar.</content>
public readonly partial struct PopulationRate
#if NET7_0_OR_GREATER
    : ISpanParsable<PopulationRate>
#endif
{
    /// <summary>Reads a rate per population: 6.77%, 6.77‰, 1.2‱, 1.2/万人, 0.46/10万人, 0.46起/10万人 or 0.46 per 100,000. Half-width and full-width digits, thousands separators and Chinese
    /// numerals are accepted; a qualified figure (余, 以上, 约…) is not exact and is refused.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value, or where reading stopped and what was expected there.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    [Pure]
    public static ParseResult<PopulationRate> Read(string text) => QuantityReader.Read<PopulationRate>(text, QuantityReader.PopulationRate);

    /// <summary>Reads a rate per population from a span (see <see cref="Read(string)"/>); only an error copies the text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value, or where reading stopped and what was expected there.</returns>
    [Pure]
    public static ParseResult<PopulationRate> Read(ReadOnlySpan<char> text) => QuantityReader.Read<PopulationRate>(text, QuantityReader.PopulationRate);

    /// <summary>Reads a rate per population (see <see cref="Read(string)"/>), throwing on bad text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="UnparsableValueException">The text could not be read; the message says where and why.</exception>
    [Pure]
    public static PopulationRate Parse(string text) => Read(text).Value;

    /// <summary>Reads a rate per population from a span, throwing on bad text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="UnparsableValueException">The text could not be read; the message says where and why.</exception>
    [Pure]
    public static PopulationRate Parse(ReadOnlySpan<char> text) => Read(text).Value;

    /// <summary>Reads a rate per population without throwing.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="rate">The value read, or the default.</param>
    /// <returns>Whether the text could be read.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out PopulationRate rate) => QuantityReader.TryParse<PopulationRate>(text, QuantityReader.PopulationRate, out rate);

    /// <summary>Reads a rate per population from a span without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="rate">The value read, or the default.</param>
    /// <returns>Whether the text could be read.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out PopulationRate rate) => QuantityReader.PopulationRate(text, out rate, out _, out _);

#if NET7_0_OR_GREATER
    /// <inheritdoc />
    static PopulationRate IParsable<PopulationRate>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<PopulationRate>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PopulationRate result) => TryParse(s, out result);

    /// <inheritdoc />
    static PopulationRate ISpanParsable<PopulationRate>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool ISpanParsable<PopulationRate>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out PopulationRate result) => TryParse(s, out result);
#endif
}
