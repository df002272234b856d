using System;
using Quzhou.Governance.Figures.Text;

namespace Quzhou.Governance.Figures;

/// <content>Writing a figure back as printed.</content>
public readonly partial struct PublishedFigure : IFormattable
#if NET7_0_OR_GREATER
    , ISpanFormattable
#endif
{
    /// <summary>
    /// The figure as printed: 72.96%, 19万余次, 下降31.3%, 三成 (Chinese numerals print in their plain form, 2 as 两
    /// before a unit or magnitude word (翻两番, 两成) and as 二 alone;
    /// full-width digits print half-width; thousands separators and spaces between parts are not kept).
    /// </summary>
    /// <returns>The text, which <see cref="Parse(string)"/> reads back to an equal figure.</returns>
    [Pure]
    public override string ToString() => FigureWriter.ToString(this, arabic: false);

    /// <summary>The figure as printed, in a format.</summary>
    /// <param name="format">null, "", "G" or "zh": as printed (the same text in every culture: a published
    /// figure is Chinese text, and its number always uses the ASCII point); "A": with Arabic digits even where
    /// Chinese numerals were written (下降3成).</param>
    /// <param name="formatProvider">Ignored: the text is the same for the invariant culture and zh-CN.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of those.</exception>
    [Pure]
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        FigureWriter.ToString(this, IsArabicFormat(format.AsSpan()));

    /// <summary>Writes the figure as printed into <paramref name="destination"/>, allocating nothing for
    /// figures in Arabic digits (on .NET 7 and later).</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written; 0 when the destination was too small.</param>
    /// <param name="format">As for <see cref="ToString(string, IFormatProvider)"/>.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>Whether the destination was large enough.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of those accepted.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        FigureWriter.TryWrite(this, destination, IsArabicFormat(format), out charsWritten);

    private static bool IsArabicFormat(ReadOnlySpan<char> format)
    {
        if (format.Length == 0 || format.SequenceEqual("G".AsSpan()) || format.SequenceEqual("zh".AsSpan()))
        {
            return false;
        }

        if (format.SequenceEqual("A".AsSpan()))
        {
            return true;
        }

        throw new FormatException("A published figure's format is \"G\", \"zh\" or \"A\", but was \"" + format.ToString() + "\".");
    }
}
