using System;
using System.Text;

namespace Quzhou.Governance.Parsing;

/// <summary>
/// Reads and writes whole numbers in Chinese numerals: 三, 十九万, 一千三百六十, 一千零五, 两万五 (25,000),
/// the financial forms (壹贰叁…拾佰仟) and the digit-by-digit form used for years (二〇二五).
/// </summary>
/// <remarks>
/// A digit written straight after a unit, with no 零 between, stands one place lower (一千三 is 1,300,
/// 十三 is 13). Values run from 0 to <see cref="long.MaxValue"/>.
/// </remarks>
public static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";

    /// <summary>Reads the whole of <paramref name="text"/> as a Chinese numeral.</summary>
    /// <param name="text">The text, such as <c>一千三百六十</c>.</param>
    /// <returns>The value, or an error saying where the numeral broke off.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseResult<long> Read(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        var length = Scan(text.AsSpan(), out var value);
        if (length == 0)
        {
            return ParseResult<long>.ForError(text, 0, "a Chinese numeral such as 三 or 一千三百六十");
        }

        if (length != text.Length)
        {
            return ParseResult<long>.ForError(text, length, "the end of the numeral");
        }

        return ParseResult<long>.ForValue(value);
    }

    /// <summary>Reads the whole of <paramref name="text"/> as a Chinese numeral, as <see cref="Read(string)"/> does.</summary>
    /// <param name="text">The text, such as <c>一千三百六十</c>.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="UnparsableValueException">The text is not a Chinese numeral; the message says where it broke off.</exception>
    public static long Parse(string text) => Read(text).Value;

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
    internal static int Scan(ReadOnlySpan<char> text, out long value)
    {
        value = 0;
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
        return hasUnit ? ScanWithUnits(span, out value) : ScanPositional(span, out value);
    }

    private static int ScanPositional(ReadOnlySpan<char> text, out long value)
    {
        value = 0;
        var max = Math.Min(text.Length, 18);
        for (var i = 0; i < max; i++)
        {
            value = (value * 10) + DigitValue(text[i]);
        }

        return max;
    }

    private static int ScanWithUnits(ReadOnlySpan<char> text, out long value)
    {
        value = 0;
        long total = 0;    // everything above the current 亿 section, already multiplied
        long section = 0;  // the current section below 亿 (may include a 万 part)
        long number = -1;  // a digit waiting for its unit; -1 when none
        long lastUnit = 0; // the unit just written, for 一千三 (1,300)
        var zeroSinceUnit = false;
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

            value = checked(total + section);
            return i;
        }
        catch (OverflowException)
        {
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

    /// <summary>0–9 for a Chinese digit (including 〇, 两 and the financial forms); −1 otherwise.</summary>
    internal static int DigitValue(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' or '壹' or '幺' => 1,
        '二' or '两' or '贰' or '貳' => 2,
        '三' or '叁' or '參' => 3,
        '四' or '肆' => 4,
        '五' or '伍' => 5,
        '六' or '陆' or '陸' => 6,
        '七' or '柒' => 7,
        '八' or '捌' => 8,
        '九' or '玖' => 9,
        _ => -1,
    };

    /// <summary>10, 100, 1000, 10⁴ or 10⁸ for a Chinese unit character; 0 otherwise.</summary>
    internal static long UnitValue(char c) => c switch
    {
        '十' or '拾' => 10,
        '百' or '佰' => 100,
        '千' or '仟' => 1000,
        '万' or '萬' => 10000,
        '亿' or '億' => 100000000,
        _ => 0,
    };
}
