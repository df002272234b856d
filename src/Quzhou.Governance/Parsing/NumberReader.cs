using System;

namespace Quzhou.Governance.Parsing;

/// <summary>
/// Reads the unsigned number at the start of a span, keeping the scale it was printed with (97.10 has two
/// decimals): ASCII or full-width digits, a decimal point (. or ．), thousands grouped by commas (1,360) or
/// spaces (1 360, one kind per number, groups of exactly three), or a whole number in Chinese numerals
/// (三, 十九万, 一千三百六十). Never allocates and never throws on bad text.
/// </summary>
internal static class NumberReader
{
    /// <summary>The most digits a number may have (a <see cref="decimal"/> holds 28 safely).</summary>
    internal const int MaxDigits = 28;

    /// <summary>The most decimals a number may have.</summary>
    internal const int MaxDecimals = 20;

    private const ulong UlongDigitLimit = 1_000_000_000_000_000_000; // 10¹⁸: below this, one more digit fits in a ulong

    /// <summary>Reads the number at the start of <paramref name="text"/>.</summary>
    /// <param name="text">The text; the number must start at index 0.</param>
    /// <param name="splitChineseMagnitude">Whether a Chinese numeral ending in 万, 亿 or 万亿, with fewer than
    /// 10⁴ of that unit, returns the count of that unit (十九万 → 19 with exponent 4) rather than the whole value.</param>
    /// <param name="token">The number read.</param>
    /// <param name="errorOffset">Where reading failed (0 when no number starts here).</param>
    /// <param name="expected">What was expected there.</param>
    /// <returns>Whether a number was read.</returns>
    internal static bool TryRead(ReadOnlySpan<char> text, bool splitChineseMagnitude, out NumberToken token, out int errorOffset, out string expected)
    {
        token = default;
        errorOffset = 0;
        expected = string.Empty;
        if (text.Length == 0)
        {
            expected = "a number";
            return false;
        }

        if (!CharFolding.IsDigit(text[0]))
        {
            return TryReadChinese(text, splitChineseMagnitude, out token, out errorOffset, out expected);
        }

        ulong small = 0;
        decimal big = 0m;
        var useBig = false;
        var digits = 0;
        var scale = 0;
        var groupLength = 0;
        var firstGroup = true;
        var separator = '\0';
        var i = 0;
        while (i < text.Length)
        {
            var c = CharFolding.Fold(text[i]);
            if (c >= '0' && c <= '9')
            {
                if (!Accumulate(c, ref small, ref big, ref useBig, ref digits))
                {
                    errorOffset = i;
                    expected = "a number of at most 28 digits";
                    return false;
                }

                groupLength++;
                i++;
                continue;
            }

            var kind = c == ',' ? ',' : (c == ' ' || text[i] == '\t') ? ' ' : '\0';
            if (kind != '\0' && (separator == '\0' || separator == kind)
                && (firstGroup ? groupLength <= 3 : groupLength == 3) && IsGroup(text, i + 1))
            {
                separator = kind;
                firstGroup = false;
                groupLength = 0;
                i++;
                continue;
            }

            break;
        }

        if (i < text.Length && CharFolding.Fold(text[i]) == '.')
        {
            if (i + 1 >= text.Length || !CharFolding.IsDigit(text[i + 1]))
            {
                errorOffset = i + 1;
                expected = "a digit after the decimal point";
                return false;
            }

            i++;
            while (i < text.Length && CharFolding.IsDigit(text[i]))
            {
                if (scale == MaxDecimals)
                {
                    errorOffset = i;
                    expected = "a number of at most 20 decimals";
                    return false;
                }

                if (!Accumulate(CharFolding.Fold(text[i]), ref small, ref big, ref useBig, ref digits))
                {
                    errorOffset = i;
                    expected = "a number of at most 28 digits";
                    return false;
                }

                scale++;
                i++;
            }
        }

        decimal value;
        if (useBig)
        {
#if NET7_0_OR_GREATER
            Span<int> bits = stackalloc int[4];
            decimal.GetBits(big, bits);
#else
            var bits = decimal.GetBits(big);
#endif
            value = new decimal(bits[0], bits[1], bits[2], false, (byte)scale);
        }
        else
        {
            value = new decimal(unchecked((int)(uint)small), unchecked((int)(uint)(small >> 32)), 0, false, (byte)scale);
        }

        token = new NumberToken(value, i, false, 0);
        return true;
    }

    private static bool Accumulate(char c, ref ulong small, ref decimal big, ref bool useBig, ref int digits)
    {
        if (digits == MaxDigits)
        {
            return false;
        }

        digits++;
        var d = (uint)(c - '0');
        if (!useBig && small < UlongDigitLimit)
        {
            small = (small * 10) + d;
            return true;
        }

        if (!useBig)
        {
            big = small;
            useBig = true;
        }

        big = (big * 10m) + d;
        return true;
    }

    /// <summary>Whether exactly three digits start at <paramref name="start"/>, with no digit after them.</summary>
    private static bool IsGroup(ReadOnlySpan<char> text, int start) =>
        start + 3 <= text.Length
        && CharFolding.IsDigit(text[start]) && CharFolding.IsDigit(text[start + 1]) && CharFolding.IsDigit(text[start + 2])
        && (start + 3 == text.Length || !CharFolding.IsDigit(text[start + 3]));

    /// <summary>Whether a measure word that starts with a numeral character starts <paramref name="text"/>: 千米,
    /// 千克, 千瓦(时), 千公里.</summary>
    internal static bool StartsWithMeasureWord(ReadOnlySpan<char> text) =>
        text.Length >= 2 && CharFolding.Fold(text[0]) == '千' && text[1] is '米' or '克' or '瓦' or '公';

    private static bool TryReadChinese(ReadOnlySpan<char> text, bool splitMagnitude, out NumberToken token, out int errorOffset, out string expected)
    {
        token = default;
        errorOffset = 0;

        // 百 and 千 also begin 百分点 and 千分点, and 千 the measure words 千米, 千克, 千瓦, 千公里: the numeral stops
        // before them (三千分点 is 3 per-mille points, 一千三百千米 is 1300 千米), so what prints as 十一亿千米 reads back.
        var limit = text.Length;
        for (var k = 0; k + 1 < text.Length && (ChineseNumerals.DigitValue(text[k]) >= 0 || ChineseNumerals.UnitValue(text[k]) > 0); k++)
        {
            var c = CharFolding.Fold(text[k]);
            if ((k + 2 < text.Length && text[k + 1] == '分' && CharFolding.Fold(text[k + 2]) == '点' && c is '百' or '千')
                || StartsWithMeasureWord(text.Slice(k)))
            {
                limit = k;
                break;
            }
        }

        var length = ChineseNumerals.Scan(text.Slice(0, limit), out var value, out var overflowAt);
        if (overflowAt >= 0)
        {
            errorOffset = overflowAt;
            expected = ChineseNumerals.ExpectedNoLargerThanMax;
            return false;
        }

        if (length == 0)
        {
            expected = "a number such as 72.96 or 三";
            return false;
        }

        expected = string.Empty;
        var exponent = 0;
        if (splitMagnitude)
        {
            var last = CharFolding.Fold(text[length - 1]);
            if (last == '万')
            {
                exponent = 4;
            }
            else if (last == '亿')
            {
                exponent = length >= 2 && CharFolding.Fold(text[length - 2]) == '万' ? 12 : 8;
            }

            if (exponent != 0)
            {
                long divisor = exponent == 4 ? 10_000 : exponent == 8 ? 100_000_000 : 1_000_000_000_000;
                if (value % divisor == 0 && value / divisor < 10_000)
                {
                    value /= divisor;
                }
                else
                {
                    exponent = 0;
                }
            }
        }

        token = new NumberToken(value, length, true, exponent);
        return true;
    }
}
