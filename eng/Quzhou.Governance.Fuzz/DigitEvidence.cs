using System;
using System.Globalization;
using System.Text;
using Quzhou.Governance.Figures;

namespace Quzhou.Governance.Fuzz;

/// <summary>
/// Whether a number a reader reported can be derived from the text: its digits, without the decimal point,
/// stand in the text's digits (ASCII or full-width, separators such as 1,360 and 1 360 dropped); a value in
/// Chinese numerals needs a numeral character in the text. A reader that finds 7 in text without a 7 invented it.
/// </summary>
internal static class DigitEvidence
{
    private static readonly System.Buffers.SearchValues<char> ChineseNumeralCharacters =
        System.Buffers.SearchValues.Create("零〇一二两兩三四五六七八九十百千万亿壹贰貳貮叁參肆伍陆陸柒捌玖拾佰仟萬億");

    /// <summary>Why <paramref name="figure"/> cannot come from <paramref name="text"/>, or null when it can.</summary>
    internal static string? Explain(string text, PublishedFigure figure)
    {
        if (figure.Numerals == NumeralStyle.Chinese)
        {
            return text.AsSpan().IndexOfAny(ChineseNumeralCharacters) >= 0 || HasNumeralOfItsOwn(text)
                ? null
                : $"value {figure.Value} in Chinese numerals from text without one";
        }

        var digits = Digits(figure.Value);
        var textDigits = TextDigits(text);
        return textDigits.Contains(digits, StringComparison.Ordinal)
            ? null
            : $"value {figure.Value.ToString(CultureInfo.InvariantCulture)} (digits {digits}) not among the text's digits \"{textDigits}\"";
    }

    /// <summary>Whether some character of the text is a numeral by itself (variant forms such as 叄 or 貮 that the
    /// list above does not name).</summary>
    private static bool HasNumeralOfItsOwn(string text)
    {
        foreach (var c in text)
        {
            if (Quzhou.Governance.Parsing.ChineseNumerals.TryParse([c], out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The digits of a value as printed, with no point and no leading zero (0.05 → 5; 0 → 0).</summary>
    internal static string Digits(decimal value)
    {
        var printed = Math.Abs(value).ToString(CultureInfo.InvariantCulture).Replace(".", string.Empty, StringComparison.Ordinal);
        var trimmed = printed.TrimStart('0');
        return trimmed.Length == 0 ? "0" : trimmed;
    }

    private static string TextDigits(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (c is >= '\uFF10' and <= '\uFF19')
            {
                builder.Append((char)('0' + (c - '\uFF10')));
            }
        }

        return builder.ToString();
    }
}
