using System;
using System.Diagnostics.CodeAnalysis;
using Quzhou.Governance.Parsing;
using Quzhou.Governance.Periods.Text;

namespace Quzhou.Governance.Series;

/// <summary>Reading a <see cref="SeriesPeriod"/> from the forms spreadsheets and bulletins hold.</summary>
public readonly partial struct SeriesPeriod
#if NET7_0_OR_GREATER
    : IParsable<SeriesPeriod>, ISpanParsable<SeriesPeriod>
#endif
{
    private const string AmbiguousDotMonth =
        "two digits for the month after '.' (2025.1 is ambiguous: a spreadsheet stores 2025.10 as 2025.1; write 2025.01 for January or 2025.10 for October)";

    /// <summary>
    /// Reads a month, quarter or year: <c>2025-10</c>, <c>2025-M10</c>, <c>2025年10月</c>, <c>202510</c>,
    /// <c>2025.01</c>…<c>2025.12</c>; <c>2025-Q3</c>, <c>2025Q3</c>, <c>2025年第三季度</c>, <c>2025年三季度</c>,
    /// <c>2025年第3季度</c>; <c>2025</c>, <c>2025年</c>. Full-width digits read too; spaces around are ignored.
    /// </summary>
    /// <remarks><c>2025.1</c> is refused as ambiguous: a spreadsheet that holds 2025.10 as a number shows it as
    /// 2025.1, so a one-digit month after the dot may be January or October. Months after '.' and '-' have two
    /// digits.</remarks>
    /// <param name="text">The text.</param>
    /// <returns>The period, or where and why reading failed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    [Pure]
    public static ParseResult<SeriesPeriod> Read(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        return Read(text.AsSpan(), text);
    }

    /// <summary>Reads a month, quarter or year from a span, as <see cref="Read(string)"/> does.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The period, or where and why reading failed.</returns>
    [Pure]
    public static ParseResult<SeriesPeriod> Read(ReadOnlySpan<char> text) => Read(text, null);

    /// <summary>Reads a month, quarter or year as <see cref="Read(string)"/> does.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="UnparsableValueException">The text is not a period; the message says where and why.</exception>
    [Pure]
    public static SeriesPeriod Parse(string text) => Read(text).Value;

    /// <summary>Reads a month, quarter or year from a span as <see cref="Read(string)"/> does.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The period.</returns>
    /// <exception cref="UnparsableValueException">The text is not a period; the message says where and why.</exception>
    [Pure]
    public static SeriesPeriod Parse(ReadOnlySpan<char> text) => Read(text).Value;

    /// <summary>Reads a month, quarter or year as <see cref="Read(string)"/> does, without throwing.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="period">The period, or the default value.</param>
    /// <returns>Whether the text was a period.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out SeriesPeriod period)
    {
        if (text is null)
        {
            period = default;
            return false;
        }

        return TryRead(text.AsSpan(), out period, out _, out _);
    }

    /// <summary>Reads a month, quarter or year from a span, without throwing or allocating.</summary>
    /// <param name="text">The text.</param>
    /// <param name="period">The period, or the default value.</param>
    /// <returns>Whether the text was a period.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out SeriesPeriod period) => TryRead(text, out period, out _, out _);

#if NET7_0_OR_GREATER
    /// <inheritdoc />
    static SeriesPeriod IParsable<SeriesPeriod>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<SeriesPeriod>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out SeriesPeriod result) => TryParse(s, out result);

    /// <inheritdoc />
    static SeriesPeriod ISpanParsable<SeriesPeriod>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool ISpanParsable<SeriesPeriod>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out SeriesPeriod result) => TryParse(s, out result);
#endif

    private static ParseResult<SeriesPeriod> Read(ReadOnlySpan<char> text, string? original) =>
        TryRead(text, out var period, out var position, out var expected)
            ? ParseResult<SeriesPeriod>.ForValue(period)
            : ParseResult<SeriesPeriod>.ForError(original ?? text.ToString(), position, expected);

    private static bool TryRead(ReadOnlySpan<char> s, out SeriesPeriod result, out int errorPosition, out string expected)
    {
        result = default;
        var pos = TextScanner.Trim(ref s);
        var start = pos;
        var digits = CountDigits(s, pos);
        if (digits == 0)
        {
            return Fail(pos, "a four-digit year", out errorPosition, out expected);
        }

        // 202510: a year and a two-digit month with nothing between.
        if (digits == 6 && pos + 6 == s.Length)
        {
            var compactYear = Digits(s, pos, 4);
            if (compactYear < MinYear)
            {
                return Fail(pos, "a year 0001–9999", out errorPosition, out expected);
            }

            var compactMonth = Digits(s, pos + 4, 2);
            return compactMonth is < 1 or > 12
                ? Fail(pos + 4, "a month 01–12", out errorPosition, out expected)
                : Done(Month(compactYear, compactMonth), out result, out errorPosition, out expected);
        }

        if (digits != 4)
        {
            return Fail(start, "a four-digit year (or six digits for a year and month, 202510)", out errorPosition, out expected);
        }

        var year = Digits(s, pos, digits);
        if (year < MinYear)
        {
            return Fail(start, "a year 0001–9999", out errorPosition, out expected);
        }

        pos += digits;
        if (pos == s.Length)
        {
            return Done(CalendarYear(year), out result, out errorPosition, out expected);
        }

        var c = CharFolding.Fold(s[pos]);
        if (c == '年')
        {
            return ReadChinese(s, pos + 1, year, out result, out errorPosition, out expected);
        }

        if (c is 'Q' or 'q')
        {
            return ReadQuarterDigit(s, pos + 1, year, out result, out errorPosition, out expected);
        }

        if (c == '-')
        {
            pos++;
            var letter = pos < s.Length ? CharFolding.Fold(s[pos]) : '\0';
            if (letter is 'Q' or 'q')
            {
                return ReadQuarterDigit(s, pos + 1, year, out result, out errorPosition, out expected);
            }

            if (letter is 'M' or 'm')
            {
                pos++;
            }

            return ReadTwoDigitMonth(s, pos, year, "a two-digit month 01–12", out result, out errorPosition, out expected);
        }

        if (c == '.')
        {
            return ReadTwoDigitMonth(s, pos + 1, year, AmbiguousDotMonth, out result, out errorPosition, out expected);
        }

        return Fail(pos, "'-', '.', 'Q', '年' or the end of the text", out errorPosition, out expected);
    }

    private static bool ReadTwoDigitMonth(ReadOnlySpan<char> s, int pos, int year, string twoDigits, out SeriesPeriod result, out int errorPosition, out string expected)
    {
        result = default;
        if (CountDigits(s, pos) != 2)
        {
            return Fail(pos, twoDigits, out errorPosition, out expected);
        }

        var month = Digits(s, pos, 2);
        if (month is < 1 or > 12)
        {
            return Fail(pos, "a month 01–12", out errorPosition, out expected);
        }

        return pos + 2 != s.Length
            ? Fail(pos + 2, "the end of the text", out errorPosition, out expected)
            : Done(Month(year, month), out result, out errorPosition, out expected);
    }

    private static bool ReadQuarterDigit(ReadOnlySpan<char> s, int pos, int year, out SeriesPeriod result, out int errorPosition, out string expected)
    {
        result = default;
        if (CountDigits(s, pos) != 1 || Digits(s, pos, 1) is < 1 or > 4)
        {
            return Fail(pos, "a quarter 1–4", out errorPosition, out expected);
        }

        return pos + 1 != s.Length
            ? Fail(pos + 1, "the end of the text", out errorPosition, out expected)
            : Done(Quarter(year, Digits(s, pos, 1)), out result, out errorPosition, out expected);
    }

    /// <summary>After “2025年”: the end, N月, 第N季度 or N季度 (N in digits or Chinese numerals).</summary>
    private static bool ReadChinese(ReadOnlySpan<char> s, int pos, int year, out SeriesPeriod result, out int errorPosition, out string expected)
    {
        result = default;
        if (pos == s.Length)
        {
            return Done(CalendarYear(year), out result, out errorPosition, out expected);
        }

        var ordinal = s[pos] == '第';
        if (ordinal)
        {
            pos++;
        }

        var numberAt = pos;
        if (!TextScanner.TryReadNumber(s, ref pos, out var number))
        {
            return Fail(numberAt, ordinal ? "a quarter 1–4" : "a month 1–12, a quarter (第三季度) or the end of the text", out errorPosition, out expected);
        }

        if (TextScanner.At(s, pos, "季度"))
        {
            if (number is < 1 or > 4)
            {
                return Fail(numberAt, "a quarter 1–4", out errorPosition, out expected);
            }

            pos += 2;
            return pos != s.Length
                ? Fail(pos, "the end of the text", out errorPosition, out expected)
                : Done(Quarter(year, number), out result, out errorPosition, out expected);
        }

        if (!ordinal && pos < s.Length && s[pos] == '月')
        {
            if (number is < 1 or > 12)
            {
                return Fail(numberAt, "a month 1–12", out errorPosition, out expected);
            }

            pos++;
            return pos != s.Length
                ? Fail(pos, "the end of the text", out errorPosition, out expected)
                : Done(Month(year, number), out result, out errorPosition, out expected);
        }

        return Fail(pos, ordinal ? "'季度'" : "'月' or '季度'", out errorPosition, out expected);
    }

    private static int CountDigits(ReadOnlySpan<char> s, int pos)
    {
        var n = 0;
        while (pos + n < s.Length && CharFolding.IsDigit(s[pos + n]))
        {
            n++;
        }

        return n;
    }

    private static int Digits(ReadOnlySpan<char> s, int pos, int count)
    {
        var value = 0;
        for (var i = pos; i < pos + count; i++)
        {
            value = (value * 10) + (CharFolding.Fold(s[i]) - '0');
        }

        return value;
    }

    private static bool Done(SeriesPeriod period, out SeriesPeriod result, out int errorPosition, out string expected)
    {
        result = period;
        errorPosition = 0;
        expected = string.Empty;
        return true;
    }

    private static bool Fail(int position, string what, out int errorPosition, out string expected)
    {
        errorPosition = position;
        expected = what;
        return false;
    }
}
