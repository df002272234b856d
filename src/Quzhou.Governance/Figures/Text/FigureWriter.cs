using System;
using Quzhou.Governance.Parsing;

namespace Quzhou.Governance.Figures.Text;

/// <summary>Writes a published figure into a span, in the order it is read.</summary>
internal static class FigureWriter
{
    /// <summary>Enough for any figure: a 28-digit number or the longest Chinese numeral, the words and a unit.</summary>
    internal const int MaxLength = 160;

    internal static bool TryWrite(in PublishedFigure figure, Span<char> destination, bool arabic, out int written)
    {
        var writer = new SpanWriter(destination);
        writer.Append(figure.Unit.Kind == FigureUnitKind.Doublings && figure.Direction == FigureDirection.None
            ? "翻"
            : FigureWords.DirectionWord(figure.Direction));
        var place = FigureWords.QualifierPlace(figure.Qualifier);
        var word = FigureWords.QualifierWord(figure.Qualifier);
        if (place < 0)
        {
            writer.Append(word);
        }

        if (figure.Numerals == NumeralStyle.Chinese && !arabic)
        {
            // 2 before a measure word is 两 (翻两番, 两成, 两万); bare, it is 二.
            writer.Append(figure.Value == 2m && (figure.Unit.Kind != FigureUnitKind.None || figure.Magnitude != Magnitude.One)
                ? "两"
                : ChineseNumerals.Format((long)figure.Value));
        }
        else
        {
            writer.Append(figure.Value);
        }

        writer.Append(figure.Magnitude switch
        {
            Magnitude.TenThousand => "万",
            Magnitude.HundredMillion => "亿",
            Magnitude.Trillion => "万亿",
            _ => string.Empty,
        });
        if (place == 0)
        {
            writer.Append(word);
        }

        writer.Append(figure.Unit.Text);
        if (place > 0)
        {
            writer.Append(word);
        }

        return writer.TryComplete(out written);
    }

    internal static string ToString(in PublishedFigure figure, bool arabic)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        if (TryWrite(figure, buffer, arabic, out var written))
        {
            return buffer.Slice(0, written).ToString();
        }

        // Unreachable for valid figures; kept so a longer unit can never lose text.
        var array = new char[MaxLength * 4];
        TryWrite(figure, array, arabic, out written);
        return new string(array, 0, written);
    }
}
