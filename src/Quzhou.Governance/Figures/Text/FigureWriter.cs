using System;
using System.Globalization;
using Quzhou.Governance.Parsing;

namespace Quzhou.Governance.Figures.Text;

/// <summary>Writes a published figure into a span, in the order it is read.</summary>
internal static class FigureWriter
{
    /// <summary>Enough for any figure: a 28-digit number or the longest Chinese numeral, the words and a unit.</summary>
    internal const int MaxLength = 160;

    internal static bool TryWrite(in PublishedFigure figure, Span<char> destination, bool arabic, out int written)
    {
        var position = 0;
        written = 0;
        if (figure.Unit.Kind == FigureUnitKind.Doublings && figure.Direction == FigureDirection.None)
        {
            if (!Append(destination, ref position, "翻"))
            {
                return false;
            }
        }
        else if (!Append(destination, ref position, FigureWords.DirectionWord(figure.Direction)))
        {
            return false;
        }

        var place = FigureWords.QualifierPlace(figure.Qualifier);
        var word = FigureWords.QualifierWord(figure.Qualifier);
        if (place < 0 && !Append(destination, ref position, word))
        {
            return false;
        }

        if (figure.Numerals == NumeralStyle.Chinese && !arabic)
        {
            // 2 before a measure word is 两 (翻两番, 两成, 两万); bare, it is 二.
            var numeral = figure.Value == 2m && (figure.Unit.Kind != FigureUnitKind.None || figure.Magnitude != Magnitude.One)
                ? "两"
                : ChineseNumerals.Format((long)figure.Value);
            if (!Append(destination, ref position, numeral))
            {
                return false;
            }
        }
        else if (!AppendDecimal(destination, ref position, figure.Value))
        {
            return false;
        }

        var magnitude = figure.Magnitude switch
        {
            Magnitude.TenThousand => "万",
            Magnitude.HundredMillion => "亿",
            Magnitude.Trillion => "万亿",
            _ => string.Empty,
        };
        if (!Append(destination, ref position, magnitude)
            || (place == 0 && !Append(destination, ref position, word))
            || !Append(destination, ref position, figure.Unit.Text)
            || (place > 0 && !Append(destination, ref position, word)))
        {
            return false;
        }

        written = position;
        return true;
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

    private static bool Append(Span<char> destination, ref int position, string text)
    {
        if (text.Length > destination.Length - position)
        {
            return false;
        }

        text.AsSpan().CopyTo(destination.Slice(position));
        position += text.Length;
        return true;
    }

    private static bool AppendDecimal(Span<char> destination, ref int position, decimal value)
    {
#if NET7_0_OR_GREATER
        if (!value.TryFormat(destination.Slice(position), out var written, default, CultureInfo.InvariantCulture))
        {
            return false;
        }

        position += written;
        return true;
#else
        return Append(destination, ref position, value.ToString(CultureInfo.InvariantCulture));
#endif
    }
}
