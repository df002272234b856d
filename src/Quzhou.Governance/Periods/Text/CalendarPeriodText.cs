using System;
using Quzhou.Governance.Parsing;

namespace Quzhou.Governance.Periods.Text;

/// <summary>
/// Reads <see cref="CalendarPeriod"/>s from codes and Chinese phrases, never throwing on bad text: a failed
/// <see cref="ParseResult{T}"/> says where reading stopped and what was expected. Reading a span allocates
/// nothing unless it fails.
/// </summary>
/// <remarks>
/// <para>Codes: <c>2025</c>, <c>2025-A1</c>, <c>2025-S1</c>, <c>2025-Q3</c>, <c>2025-M10</c>, <c>2025-10</c>,
/// <c>2025-10-05</c>; an interval of two of them, <c>2021-01/2025-10</c>, <c>2021-01-01/2025-10-31</c>; a
/// start and a duration, <c>2021-01-01/P58M</c>, <c>2025-01-01/P1Y</c>, <c>2025-10-05/P10D</c> (units Y, M,
/// W, D in that order; the period ends the day before start + duration).</para>
/// <para>Chinese: 2025年, 2025年全年, 2025年上半年 / 下半年, 2025年三季度 / 第三季度 / 第3季度, 前三季度
/// (January–September), 前10个月, 2025年10月, 2025年10月5日, ranges with —, –, -, ～, 至 or 到 whose second
/// end may leave out the year (2021年1月至2025年10月, 2025年1—10月, 2021—2025年, 10月1—15日), 截至2025年10月底
/// (from 1 January of that year, or from <see cref="PeriodReadingContext.Start"/>), plan names
/// (“十四五”, “十四五”时期, “十四五”收官之年) and “十四五”以来 (to <see cref="PeriodReadingContext.End"/>).
/// A phrase without a year (1—10月, 前三季度, 上半年) takes <see cref="PeriodReadingContext.Year"/>, and fails
/// saying so when there is none. Full-width digits (２０２５年) and Chinese-numeral years (二〇二五年) read too.</para>
/// </remarks>
public static class CalendarPeriodText
{
    /// <summary>Reads a code or a Chinese phrase.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The period, or where and why reading failed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseResult<CalendarPeriod> Parse(string text) => Parse(text, default(PeriodReadingContext));

    /// <summary>Reads a code or a Chinese phrase, with what it may take from its surroundings.</summary>
    /// <param name="text">The text.</param>
    /// <param name="context">What the phrase may take from its surroundings (a year, a start, an end).</param>
    /// <returns>The period, or where and why reading failed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseResult<CalendarPeriod> Parse(string text, PeriodReadingContext context)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        return Parse(text.AsSpan(), context, text);
    }

    /// <summary>Reads a code or a Chinese phrase from a span.</summary>
    /// <param name="text">The text.</param>
    /// <param name="context">What the phrase may take from its surroundings.</param>
    /// <returns>The period, or where and why reading failed.</returns>
    public static ParseResult<CalendarPeriod> Parse(ReadOnlySpan<char> text, PeriodReadingContext context) => Parse(text, context, null);

    /// <summary>Reads a code or a Chinese phrase, without throwing or allocating.</summary>
    /// <param name="text">The text.</param>
    /// <param name="context">What the phrase may take from its surroundings.</param>
    /// <param name="result">The period, or the default value.</param>
    /// <returns>Whether the text was a period.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, PeriodReadingContext context, out CalendarPeriod result) =>
        PeriodCodeReader.TryRead(text, out result, out _, out _) ||
        ChinesePeriodReader.TryRead(text, context, out result, out _, out _);

    /// <summary>Reads a period code only (SDMX or ISO 8601).</summary>
    /// <param name="text">The code, such as <c>2025-Q3</c> or <c>2021-01-01/P58M</c>.</param>
    /// <returns>The period, or where and why reading failed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseResult<CalendarPeriod> ParseCode(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        return ParseCode(text.AsSpan(), text);
    }

    /// <summary>Reads a period code only, from a span.</summary>
    /// <param name="text">The code.</param>
    /// <returns>The period, or where and why reading failed.</returns>
    public static ParseResult<CalendarPeriod> ParseCode(ReadOnlySpan<char> text) => ParseCode(text, null);

    /// <summary>Reads a Chinese phrase only.</summary>
    /// <param name="text">The phrase, such as <c>2025年1—10月</c>.</param>
    /// <returns>The period, or where and why reading failed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseResult<CalendarPeriod> ParseChinese(string text) => ParseChinese(text, default(PeriodReadingContext));

    /// <summary>Reads a Chinese phrase only, with what it may take from its surroundings.</summary>
    /// <param name="text">The text.</param>
    /// <param name="context">What the phrase may take from its surroundings (a year, a start, an end).</param>
    /// <returns>The period, or where and why reading failed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseResult<CalendarPeriod> ParseChinese(string text, PeriodReadingContext context)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        return ParseChinese(text.AsSpan(), context, text);
    }

    /// <summary>Reads a Chinese phrase only, from a span.</summary>
    /// <param name="text">The phrase.</param>
    /// <param name="context">What the phrase may take from its surroundings.</param>
    /// <returns>The period, or where and why reading failed.</returns>
    public static ParseResult<CalendarPeriod> ParseChinese(ReadOnlySpan<char> text, PeriodReadingContext context) => ParseChinese(text, context, null);

    private static ParseResult<CalendarPeriod> Parse(ReadOnlySpan<char> text, PeriodReadingContext context, string? original)
    {
        if (PeriodCodeReader.TryRead(text, out var result, out var codeError, out var codeExpected, out var codeOutOfRange) ||
            ChinesePeriodReader.TryRead(text, context, out result, out var chineseError, out var chineseExpected))
        {
            return ParseResult<CalendarPeriod>.ForValue(result);
        }

        // A code whose only fault is a field out of range (2025-13: a month must be 01–12) says so; otherwise
        // report the reading that got further: a code broken late, or a phrase.
        return codeOutOfRange || codeError > chineseError
            ? ParseResult<CalendarPeriod>.ForError(original ?? text.ToString(), codeError, codeExpected)
            : ParseResult<CalendarPeriod>.ForError(original ?? text.ToString(), chineseError, chineseExpected);
    }

    private static ParseResult<CalendarPeriod> ParseCode(ReadOnlySpan<char> text, string? original) =>
        PeriodCodeReader.TryRead(text, out var result, out var error, out var expected)
            ? ParseResult<CalendarPeriod>.ForValue(result)
            : ParseResult<CalendarPeriod>.ForError(original ?? text.ToString(), error, expected);

    private static ParseResult<CalendarPeriod> ParseChinese(ReadOnlySpan<char> text, PeriodReadingContext context, string? original) =>
        ChinesePeriodReader.TryRead(text, context, out var result, out var error, out var expected)
            ? ParseResult<CalendarPeriod>.ForValue(result)
            : ParseResult<CalendarPeriod>.ForError(original ?? text.ToString(), error, expected);
}
