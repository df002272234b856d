using System;
using System.Diagnostics.CodeAnalysis;
using Quzhou.Governance.Figures.Text;
using Quzhou.Governance.Parsing;

namespace Quzhou.Governance.Figures;

/// <content>Reading a figure from text.</content>
public readonly partial struct PublishedFigure
#if NET7_0_OR_GREATER
    : ISpanParsable<PublishedFigure>
#endif
{
    /// <summary>
    /// Reads a published figure: 72.96%, 11.53个百分点, 19万余次, 1360余人, 97%以上, 下降31.3%, 增长1.3倍, 下降三成,
    /// 翻一番, 约3000人, 3000人左右, 近2万, 突破1亿元, 0.46起/10万人, ７２．９６％, 1,360, 1 360, 一千三百六十.
    /// </summary>
    /// <param name="text">The text of one figure; spaces around and between its parts are allowed.</param>
    /// <returns>The figure, or where reading stopped and what was expected there.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    [Pure]
    public static ParseResult<PublishedFigure> Read(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        return FigureReader.TryRead(text.AsSpan(), out var figure, out var position, out var expected)
            ? ParseResult<PublishedFigure>.ForValue(figure)
            : ParseResult<PublishedFigure>.ForError(text, position, expected);
    }

    /// <summary>Reads a published figure from a span (see <see cref="Read(string)"/>); only an error copies the text.</summary>
    /// <param name="text">The text of one figure.</param>
    /// <returns>The figure, or where reading stopped and what was expected there.</returns>
    [Pure]
    public static ParseResult<PublishedFigure> Read(ReadOnlySpan<char> text) =>
        FigureReader.TryRead(text, out var figure, out var position, out var expected)
            ? ParseResult<PublishedFigure>.ForValue(figure)
            : ParseResult<PublishedFigure>.ForError(text.ToString(), position, expected);

    /// <summary>Reads a published figure (see <see cref="Read(string)"/>), throwing on bad text.</summary>
    /// <param name="text">The text of one figure.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="UnparsableValueException">The text is not a figure; the message says where and why.</exception>
    [Pure]
    public static PublishedFigure Parse(string text) => Read(text).Value;

    /// <summary>Reads a published figure from a span, throwing on bad text.</summary>
    /// <param name="text">The text of one figure.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="UnparsableValueException">The text is not a figure; the message says where and why.</exception>
    [Pure]
    public static PublishedFigure Parse(ReadOnlySpan<char> text) => Read(text).Value;

    /// <summary>Reads a published figure without throwing.</summary>
    /// <param name="text">The text of one figure, or null.</param>
    /// <param name="figure">The figure read, or the default.</param>
    /// <returns>Whether the text was a figure.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out PublishedFigure figure)
    {
        if (text is null)
        {
            figure = default;
            return false;
        }

        return FigureReader.TryRead(text.AsSpan(), out figure, out _, out _);
    }

    /// <summary>Reads a published figure from a span without throwing or allocating (for the common units).</summary>
    /// <param name="text">The text of one figure.</param>
    /// <param name="figure">The figure read, or the default.</param>
    /// <returns>Whether the text was a figure.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out PublishedFigure figure) =>
        FigureReader.TryRead(text, out figure, out _, out _);

#if NET7_0_OR_GREATER
    /// <inheritdoc />
    static PublishedFigure IParsable<PublishedFigure>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<PublishedFigure>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PublishedFigure result) =>
        TryParse(s, out result);

    /// <inheritdoc />
    static PublishedFigure ISpanParsable<PublishedFigure>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool ISpanParsable<PublishedFigure>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out PublishedFigure result) =>
        TryParse(s, out result);
#endif
}
