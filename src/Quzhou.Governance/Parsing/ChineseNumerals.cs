using System;
using System.Text;

namespace Quzhou.Governance.Parsing;

/// <summary>
/// Reads and writes whole numbers in Chinese numerals: 三, 十九万, 一千三百六十, 一千零五, 两万五 (25,000),
/// the traditional and financial forms (萬, 億, 兩, 壹贰叁…拾佰仟, folded by CharFolding) and the digit-by-digit
/// form used for years (二〇二五). A numeral past <see cref="long.MaxValue"/> is an error at the character where it
/// overflows; a 零 that ends a numeral (两万零) is not part of it.
/// </summary>
/// <remarks>
/// A digit written straight after a unit, with no 零 between, stands one place lower (一千三 is 1,300,
/// 十三 is 13). Values run from 0 to <see cref="long.MaxValue"/>.
/// </remarks>
public static class ChineseNumerals
{
    /// <summary>What is expected where a numeral grew past <see cref="long.MaxValue"/>.</summary>
    internal const string ExpectedNoLargerThanMax = "a numeral no larger than 9223372036854775807";

    /// <summary>What is expected after a 零 that ends a numeral (两万零): 零 stands only between digits.</summary>
    internal const string ExpectedDigitAfterZero = "a digit after 零";

    private const string Digits = "零一二三四五六七八九";

    /// <summary>Reads the whole of <paramref name="text"/> as a Chinese numeral.</summary>
    /// <param name="text">The text, such as <c>一千三百六十</c>.</param>
    /// <returns>The value, or an error saying where the numeral broke off.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseResult<long> Parse(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        var length = Scan(text.AsSpan(), out var value, out var overflowAt);
        if (overflowAt >= 0)
        {
            return ParseResult<long>.ForError(text, overflowAt, ExpectedNoLargerThanMax);
        }

        if (length == 0)
        {
            return ParseResult<long>.ForError(text, 0, "a Chinese numeral such as 三 or 一千三百六十");
        }

        if (length != text.Length)
        {
            return ParseResult<long>.ForError(text, length, DigitValue(text[length]) == 0 ? ExpectedDigitAfterZero : "the end of the numeral");
        }

        return ParseResult<long>.ForValue(value);
    }

    /// <summary>Reads the whole of <paramref name="text"/> as a Chinese numeral, without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The value read, or 0.</param>
    /// <returns>Whether the whole text was a Chinese numeral.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out long value)
    {
        var length = Scan(text, out value);
        if (length != 0 && length == text.Length)
        {
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>Writes <paramref name="value"/> in Chinese numerals: 0 as 零, 13 as 十三, 1360 as 一千三百六十,
    /// 1005 as 一千零五, 190000 as 十九万.</summary>
    /// <param name="value">A non-negative number.</param>
    /// <returns>The numeral.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static string Format(long value)
    {
        Preconditions.CheckArgumentRange(nameof(value), value, 0, long.MaxValue);
        if (value == 0)
        {
            return "零";
        }

        var builder = new StringBuilder();
        AppendNumber(builder, value, leadingTenShort: true);
        return builder.ToString();
    }

    /// <summary>
    /// Reads the longest Chinese numeral at the start of <paramref name="text"/>.
    /// </summary>
    /// <returns>The number of characters read; 0 when there is no numeral there (or it overflows).</returns>
    internal static int Scan(ReadOnlySpan<char> text, out long value) => Scan(text, out value, out _);

    /// <summary>
    /// Reads the longest Chinese numeral at the start of <paramref name="text"/>. A 零 that ends it (两万零) is not
    /// part of it: 零 stands only between digits.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The value read, or 0.</param>
    /// <param name="overflowAt">The index of the character at which the value grew past <see cref="long.MaxValue"/>,
    /// or −1.</param>
    /// <returns>The number of characters read; 0 when there is no numeral there or it overflows.</returns>
    internal static int Scan(ReadOnlySpan<char> text, out long value, out int overflowAt)
    {
        value = 0;
        overflowAt = -1;
        var end = 0;
        var hasUnit = false;
        while (end < text.Length && (DigitValue(text[end]) >= 0 || UnitValue(text[end]) > 0))
        {
            hasUnit |= UnitValue(text[end]) > 0;
            end++;
        }

        // A lone 两 or 零 run is still a numeral; none at all is not.
        if (end == 0)
        {
            return 0;
        }

        var span = text.Slice(0, end);
        return hasUnit ? ScanWithUnits(span, out value, out overflowAt) : ScanPositional(span, out value, out overflowAt);
    }

    private static int ScanPositional(ReadOnlySpan<char> text, out long value, out int overflowAt)
    {
        value = 0;
        overflowAt = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var digit = DigitValue(text[i]);
            if (value > (long.MaxValue - digit) / 10)
            {
                overflowAt = i;
                value = 0;
                return 0;
            }

            value = (value * 10) + digit;
        }

        return text.Length;
    }

    private static int ScanWithUnits(ReadOnlySpan<char> text, out long value, out int overflowAt)
    {
        value = 0;
        overflowAt = -1;
        long total = 0;    // everything above the current 亿 section, already multiplied
        long section = 0;  // the current section below 亿 (may include a 万 part)
        long number = -1;  // a digit waiting for its unit; -1 when none
        long lastUnit = 0; // the unit just written, for 一千三 (1,300)
        var zeroSinceUnit = false;
        var zeroStart = 0; // where the run of 零 since the last unit began
        var i = 0;
        try
        {
            for (; i < text.Length; i++)
            {
                var c = text[i];
                var digit = DigitValue(c);
                if (digit >= 0)
                {
                    if (digit == 0)
                    {
                        if (!zeroSinceUnit)
                        {
                            zeroStart = i;
                        }

                        zeroSinceUnit = true;
                        continue;
                    }

                    if (number >= 0)
                    {
                        break; // two digits in a row with units around: not a numeral past here
                    }

                    number = digit;
                    continue;
                }

                var unit = UnitValue(c);
                if (unit < 10000)
                {
                    if (lastUnit != 0 && lastUnit < 10000 && unit >= lastUnit)
                    {
                        break; // 三百四百: a smaller unit must follow a larger one
                    }

                    section = checked(section + (unit * (number < 0 ? 1 : number)));
                }
                else if (unit == 10000)
                {
                    if (section >= 10000 || (section == 0 && number < 0))
                    {
                        break;
                    }

                    section = checked((section + Math.Max(number, 0)) * 10000);
                }
                else
                {
                    if (total != 0 && total < 100000000)
                    {
                        break;
                    }

                    if (section == 0 && number < 0)
                    {
                        break;
                    }

                    total = checked((total + section + Math.Max(number, 0)) * 100000000);
                    section = 0;
                }

                number = -1;
                lastUnit = unit;
                zeroSinceUnit = false;
            }

            if (number >= 0)
            {
                var scale = lastUnit >= 10 && !zeroSinceUnit ? lastUnit / 10 : 1;
                section = checked(section + (number * scale));
            }
            else if (zeroSinceUnit && zeroStart > 0)
            {
                i = zeroStart; // 两万零: the 零 that ends it is not part of the numeral
            }

            value = checked(total + section);
            return i;
        }
        catch (OverflowException)
        {
            overflowAt = Math.Min(i, text.Length - 1);
            value = 0;
            return 0;
        }
    }

    // (X)亿(Y): the count of 亿 is itself a number, so 1,4730,3921,3116 is 一万四千七百三十亿三千九百二十一万三千一百一十六.
    private static void AppendNumber(StringBuilder builder, long value, bool leadingTenShort)
    {
        const long Yi = 100000000;
        if (value >= Yi)
        {
            AppendNumber(builder, value / Yi, leadingTenShort);
            builder.Append('亿');
            var low = value % Yi;
            if (low > 0)
            {
                if (low < Yi / 10)
                {
                    builder.Append('零');
                }

                AppendBelowYi(builder, (int)low, leadingTenShort: false);
            }

            return;
        }

        AppendBelowYi(builder, (int)value, leadingTenShort);
    }

    private static void AppendBelowYi(StringBuilder builder, int value, bool leadingTenShort)
    {
        if (value >= 10000)
        {
            AppendGroup(builder, value / 10000, leadingTenShort);
            builder.Append('万');
            var low = value % 10000;
            if (low > 0)
            {
                if (low < 1000)
                {
                    builder.Append('零');
                }

                AppendGroup(builder, low, leadingTenShort: false);
            }

            return;
        }

        AppendGroup(builder, value, leadingTenShort);
    }

    private static void AppendGroup(StringBuilder builder, int group, bool leadingTenShort)
    {
        var thousands = group / 1000;
        var hundreds = group / 100 % 10;
        var tens = group / 10 % 10;
        var ones = group % 10;
        var zero = false;
        var started = false;
        if (thousands > 0)
        {
            builder.Append(Digits[thousands]).Append('千');
            started = true;
        }

        if (hundreds > 0)
        {
            builder.Append(Digits[hundreds]).Append('百');
            started = true;
        }
        else if (started)
        {
            zero = true;
        }

        if (tens > 0)
        {
            if (zero)
            {
                builder.Append('零');
                zero = false;
            }

            if (!(tens == 1 && !started && leadingTenShort))
            {
                builder.Append(Digits[tens]);
            }

            builder.Append('十');
            started = true;
        }
        else if (started)
        {
            zero = true;
        }

        if (ones > 0)
        {
            if (zero)
            {
                builder.Append('零');
            }

            builder.Append(Digits[ones]);
        }
    }

    /// <summary>0–9 for a Chinese digit (including 〇, 两 and the traditional and financial forms, folded by
    /// <see cref="CharFolding.Fold"/>); −1 otherwise.</summary>
    internal static int DigitValue(char c) => CharFolding.Fold(c) switch
    {
        '零' or '〇' => 0,
        '一' or '幺' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    /// <summary>10, 100, 1000, 10⁴ or 10⁸ for a Chinese unit character (拾佰仟萬億 too); 0 otherwise.</summary>
    internal static long UnitValue(char c) => CharFolding.Fold(c) switch
    {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        '万' => 10000,
        '亿' => 100000000,
        _ => 0,
    };

    /// <summary>Whether <paramref name="c"/> names a power of ten above 亿 that the library does not read
    /// (京 10¹⁶, 兆, 垓): a figure with one is refused rather than read at another scale.</summary>
    internal static bool IsUnreadLargeUnit(char c) => c is '京' or '兆' or '垓' or '秭';
}
