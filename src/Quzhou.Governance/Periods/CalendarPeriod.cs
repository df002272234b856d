using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using Quzhou.Governance.Parsing;
using Quzhou.Governance.Periods.Text;
#if NET7_0_OR_GREATER
using System.Numerics;
#endif

namespace Quzhou.Governance.Periods;

/// <summary>
/// A span of the ISO calendar that figures are reported for: a year, a half-year, a quarter, a month, or an
/// inclusive range of whole months or of days, from year 1 to year 9999.
/// </summary>
/// <remarks>
/// <para>A period is its span: <see cref="Start"/> and <see cref="End"/>, both <b>inclusive</b> (like
/// <see cref="DateInterval"/>). Its <see cref="Kind"/> is derived from the span, never stored apart from it:
/// the months January–March of 2025 are the quarter 2025-Q1 however they were written
/// (<c>2025-Q1</c>, <c>2025-01/2025-03</c>, <c>2025-01-01/2025-03-31</c>, <c>2025年一季度</c>, <c>2025年1—3月</c>).</para>
/// <para>Equality and ordering go by span: ordered by <see cref="Start"/>, then by <see cref="End"/> (a
/// shorter period first). Two periods compare equal exactly when they are equal.</para>
/// <para>The default value is the single day 0001-01-01 (kind <see cref="CalendarPeriodKind.DayRange"/>).</para>
/// <para>Text: <see cref="ToString()"/> writes the SDMX code (<c>2025</c>, <c>2025-S1</c>, <c>2025-Q3</c>,
/// <c>2025-M10</c>, <c>2021-01/2025-10</c>, <c>2021-01-05/2025-10-31</c>); the formats "I" (ISO 8601),
/// "D" (SDMX start/duration, <c>2021-01-01/P58M</c>) and "zh" (Chinese, <c>2025年第三季度</c>) are described
/// on <see cref="ToString(string, IFormatProvider)"/>. <see cref="Parse(string)"/> reads all of these;
/// <see cref="CalendarPeriodText"/> reads Chinese phrases that need a context (<c>1—10月</c>, <c>“十四五”以来</c>).</para>
/// </remarks>
public readonly struct CalendarPeriod : IEquatable<CalendarPeriod>, IComparable<CalendarPeriod>, IComparable, IFormattable
#if NET7_0_OR_GREATER
    , ISpanFormattable, IParsable<CalendarPeriod>, ISpanParsable<CalendarPeriod>
    , IComparisonOperators<CalendarPeriod, CalendarPeriod, bool>
#endif
{
    private readonly LocalDate start;
    private readonly LocalDate end;
    private readonly CalendarPeriodKind kind;

    private CalendarPeriod(LocalDate start, LocalDate end)
    {
        this.start = start;
        this.end = end;
        kind = Classify(start, end);
    }

    // For whole-month periods moved by whole months in a way that keeps their kind.
    private CalendarPeriod(LocalDate start, LocalDate end, CalendarPeriodKind kind)
    {
        this.start = start;
        this.end = end;
        this.kind = kind;
    }

    /// <summary>What the period is: year, half-year, quarter, month, month range or day range.</summary>
    public CalendarPeriodKind Kind => kind;

    /// <summary>The first day of the period.</summary>
    public LocalDate Start => start;

    /// <summary>The last day of the period, <b>inclusive</b>: 2025-Q3 ends on 2025-09-30.</summary>
    public LocalDate End => end;

    /// <summary>The month <see cref="Start"/> falls in.</summary>
    public YearMonth FirstMonth => start.ToYearMonth();

    /// <summary>The month <see cref="End"/> falls in.</summary>
    public YearMonth LastMonth => end.ToYearMonth();

    /// <summary>Whether the period is a whole number of calendar months (every kind but
    /// <see cref="CalendarPeriodKind.DayRange"/>).</summary>
    public bool IsWholeMonths => kind != CalendarPeriodKind.DayRange;

    /// <summary>The number of calendar months in the period: 2021-01/2025-10 has 58.</summary>
    /// <exception cref="InvalidOperationException">The period is a day range that is not whole months.</exception>
    public int MonthCount
    {
        get
        {
            if (kind == CalendarPeriodKind.DayRange)
            {
                Preconditions.ThrowInvalidOperation("A day range that is not whole calendar months has no month count; see DayCount.");
            }

            return MonthIndex.Of(end) - MonthIndex.Of(start) + 1;
        }
    }

    /// <summary>The number of days in the period, both ends included: 2025-Q3 has 92.</summary>
    public int DayCount => Period.DaysBetween(start, end) + 1;

    /// <summary>The year <paramref name="year"/>, January to December.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    [Pure]
    public static CalendarPeriod ForYear(int year)
    {
        Preconditions.CheckArgumentRange(nameof(year), year, 1, 9999);
        return FromMonthIndexes(year * 12, (year * 12) + 11);
    }

    /// <summary>Half <paramref name="half"/> of <paramref name="year"/>: 1 is January–June (上半年), 2 July–December (下半年).</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="half">1 or 2.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    [Pure]
    public static CalendarPeriod ForHalfYear(int year, int half)
    {
        Preconditions.CheckArgumentRange(nameof(year), year, 1, 9999);
        Preconditions.CheckArgumentRange(nameof(half), half, 1, 2);
        var first = (year * 12) + ((half - 1) * 6);
        return FromMonthIndexes(first, first + 5);
    }

    /// <summary>Quarter <paramref name="quarter"/> of <paramref name="year"/>: 3 is July–September.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="quarter">1 to 4.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    [Pure]
    public static CalendarPeriod ForQuarter(int year, int quarter)
    {
        Preconditions.CheckArgumentRange(nameof(year), year, 1, 9999);
        Preconditions.CheckArgumentRange(nameof(quarter), quarter, 1, 4);
        var first = (year * 12) + ((quarter - 1) * 3);
        return FromMonthIndexes(first, first + 2);
    }

    /// <summary>Month <paramref name="month"/> of <paramref name="year"/>.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="month">1 to 12.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    [Pure]
    public static CalendarPeriod ForMonth(int year, int month)
    {
        var index = MonthIndex.Of(year, month);
        return FromMonthIndexes(index, index);
    }

    /// <summary>The month <paramref name="month"/>.</summary>
    /// <param name="month">A month of the ISO calendar, year 1 to 9999.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentException"><paramref name="month"/> is not in the ISO calendar or before year 1.</exception>
    [Pure]
    public static CalendarPeriod ForMonth(YearMonth month)
    {
        var index = CheckMonth(month, nameof(month));
        return FromMonthIndexes(index, index);
    }

    /// <summary>The months <paramref name="first"/> to <paramref name="last"/>, both included:
    /// 2021-01 to 2025-10 is 58 months.</summary>
    /// <param name="first">The first month.</param>
    /// <param name="last">The last month, not before <paramref name="first"/>.</param>
    /// <returns>The period (a month, quarter, half-year or year when the months are exactly one).</returns>
    /// <exception cref="ArgumentException">A month is not in the ISO calendar or before year 1, or
    /// <paramref name="last"/> is before <paramref name="first"/>.</exception>
    [Pure]
    public static CalendarPeriod ForMonths(YearMonth first, YearMonth last)
    {
        var firstIndex = CheckMonth(first, nameof(first));
        var lastIndex = CheckMonth(last, nameof(last));
        if (lastIndex < firstIndex)
        {
            Preconditions.ThrowArgument(nameof(last), string.Format(CultureInfo.InvariantCulture, "The last month {0:yyyy-MM} is before the first month {1:yyyy-MM}.", last, first));
        }

        return FromMonthIndexes(firstIndex, lastIndex);
    }

    /// <summary>The days <paramref name="start"/> to <paramref name="end"/>, both included.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day, not before <paramref name="start"/>.</param>
    /// <returns>The period (a month range, month, quarter, half-year or year when the days are exactly whole months).</returns>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar or before year 1, or
    /// <paramref name="end"/> is before <paramref name="start"/>.</exception>
    [Pure]
    public static CalendarPeriod ForDays(LocalDate start, LocalDate end)
    {
        CheckDate(start, nameof(start));
        CheckDate(end, nameof(end));
        if (end < start)
        {
            Preconditions.ThrowArgument(nameof(end), string.Format(CultureInfo.InvariantCulture, "The end {0:uuuu-MM-dd} is before the start {1:uuuu-MM-dd}.", end, start));
        }

        return new CalendarPeriod(start, end);
    }

    /// <summary>The days of <paramref name="interval"/> (whose end is inclusive).</summary>
    /// <param name="interval">The interval.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is null.</exception>
    /// <exception cref="ArgumentException">The interval is not in the ISO calendar or starts before year 1.</exception>
    [Pure]
    public static CalendarPeriod ForDays(DateInterval interval)
    {
        Preconditions.CheckNotNull(interval, nameof(interval));
        return ForDays(interval.Start, interval.End);
    }

    /// <summary>
    /// 近N年: the last <paramref name="count"/> whole calendar years up to and <b>including</b>
    /// <paramref name="lastYear"/>, as one range of months: 近五年 ending 2025 is 2021-01/2025-12.
    /// <see cref="Previous()"/> of the result is the <paramref name="count"/> years before it (2016–2020);
    /// <see cref="EnumerateYears()"/> lists the years one by one.
    /// </summary>
    /// <param name="count">The number of years, at least 1.</param>
    /// <param name="lastYear">The last year of the window, 1 to 9999.</param>
    /// <returns>The window.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The window would start before year 1, or an argument is out of range.</exception>
    [Pure]
    public static CalendarPeriod RecentYears(int count, int lastYear)
    {
        Preconditions.CheckArgumentRange(nameof(lastYear), lastYear, 1, 9999);
        Preconditions.CheckArgumentRange(nameof(count), count, 1, lastYear);
        return FromMonthIndexes((lastYear - count + 1) * 12, (lastYear * 12) + 11);
    }

    /// <summary>The span as a NodaTime <see cref="DateInterval"/> (whose end is inclusive too).</summary>
    /// <returns>A new interval from <see cref="Start"/> to <see cref="End"/>.</returns>
    [Pure]
    public DateInterval ToDateInterval() => new(start, end);

    /// <summary>Whether <paramref name="date"/> falls in the period.</summary>
    /// <param name="date">A date.</param>
    /// <returns>True when <see cref="Start"/> ≤ date ≤ <see cref="End"/>.</returns>
    [Pure]
    public bool Contains(LocalDate date) => date.Calendar == CalendarSystem.Iso && start <= date && date <= end;

    /// <summary>Whether the whole of <paramref name="month"/> falls in the period.</summary>
    /// <param name="month">A month.</param>
    /// <returns>True when every day of the month is in the period.</returns>
    [Pure]
    public bool Contains(YearMonth month)
    {
        if (month.Calendar != CalendarSystem.Iso || month.Year < 1)
        {
            return false;
        }

        var index = MonthIndex.Of(month);
        return start <= MonthIndex.FirstDay(index) && MonthIndex.LastDay(index) <= end;
    }

    /// <summary>Whether the whole of <paramref name="other"/> falls in this period (a period contains itself).</summary>
    /// <param name="other">Another period.</param>
    /// <returns>True when <paramref name="other"/> starts no earlier and ends no later than this period.</returns>
    [Pure]
    public bool Contains(CalendarPeriod other) => start <= other.start && other.end <= end;

    /// <summary>The next period of the same length: the next year, half, quarter or month; a range of N
    /// months or N days is followed by the N months or N days after it (2021–2025 → 2026–2030).</summary>
    /// <remarks>A period's kind comes from its span, so a day range whose next N days happen to be whole months
    /// (7668-05-30/7669-02-28, 275 days, is followed by 7669-03/7669-11) comes back as a month range, and the
    /// <see cref="Previous()"/> of that month range steps by months, not days. Everywhere else
    /// <c>p.Next().Previous() == p</c>.</remarks>
    /// <returns>The period straight after this one.</returns>
    /// <exception cref="InvalidOperationException">The next period would end after 9999.</exception>
    [Pure]
    public CalendarPeriod Next() => Shift(1);

    /// <summary>The previous period of the same length: the one that ends the day before this one starts
    /// (近五年 2021–2025 → 2016–2020).</summary>
    /// <returns>The period straight before this one.</returns>
    /// <exception cref="InvalidOperationException">The previous period would start before year 1.</exception>
    [Pure]
    public CalendarPeriod Previous() => Shift(-1);

    /// <summary>
    /// The same period one year earlier, the base of a year-on-year (同比) change: 2025-10 → 2024-10,
    /// 2021-01/2025-10 → 2020-01/2024-10. A day range moves its ends by a year each; 29 February becomes
    /// 28 February.
    /// </summary>
    /// <returns>The period a year earlier.</returns>
    /// <exception cref="InvalidOperationException">The period is in year 1.</exception>
    [Pure]
    public CalendarPeriod YearEarlier() => ShiftYears(-1);

    /// <summary>
    /// 较上一规划同期: the same span of the previous Five-Year Plan, at the same offset from its start
    /// (2021-01/2025-10 in the 14th plan → 2016-01/2020-10 in the 13th). See
    /// <see cref="FiveYearPlan.SameSpanInPrevious(CalendarPeriod)"/>.
    /// </summary>
    /// <returns>The same span of the previous plan.</returns>
    /// <exception cref="InvalidOperationException">The period is not inside one plan (it spans two, or falls
    /// before 1953 or in 1963–1965), or it is in the 1st plan, which has no previous.</exception>
    [Pure]
    public CalendarPeriod SameSpanInPreviousPlan()
    {
        var plan = PlanOrThrow();
        if (!plan.HasPrevious)
        {
            Preconditions.ThrowInvalidOperation("The 1st Five-Year Plan has no previous plan.");
        }

        return plan.SameSpanInPrevious(this);
    }

    /// <summary>The same span of the next Five-Year Plan: the inverse of <see cref="SameSpanInPreviousPlan()"/>
    /// wherever no 29 February was mapped.</summary>
    /// <returns>The same span of the next plan.</returns>
    /// <exception cref="InvalidOperationException">The period is not inside one plan, or is in the last plan handled.</exception>
    [Pure]
    public CalendarPeriod SameSpanInNextPlan()
    {
        var plan = PlanOrThrow();
        if (!plan.HasNext)
        {
            Preconditions.ThrowInvalidOperation("The period is in the last Five-Year Plan the library handles.");
        }

        return plan.SameSpanInNext(this);
    }

    /// <summary>The same span of the previous plan, when there is one (see <see cref="SameSpanInPreviousPlan()"/>).</summary>
    /// <param name="result">The same span of the previous plan, or the default value.</param>
    /// <returns>Whether the period is inside one plan that has a previous plan.</returns>
    public bool TrySameSpanInPreviousPlan(out CalendarPeriod result)
    {
        if (FiveYearPlan.TryForPeriod(this, out var plan) && plan.HasPrevious)
        {
            result = plan.SameSpanInPrevious(this);
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>The months of the period, first to last.</summary>
    /// <returns>The months.</returns>
    /// <exception cref="InvalidOperationException">The period is a day range that is not whole months.</exception>
    [Pure]
    public IEnumerable<YearMonth> EnumerateMonths()
    {
        var count = MonthCount; // validates eagerly
        return Months(MonthIndex.Of(start), count);

        static IEnumerable<YearMonth> Months(int first, int count)
        {
            for (var i = 0; i < count; i++)
            {
                yield return MonthIndex.ToYearMonth(first + i);
            }
        }
    }

    /// <summary>The calendar years the period touches, each as a whole-year period: 近五年 2021–2025 gives
    /// 2021, 2022, 2023, 2024 and 2025.</summary>
    /// <returns>The years, first to last.</returns>
    [Pure]
    public IEnumerable<CalendarPeriod> EnumerateYears()
    {
        for (var year = start.Year; year <= end.Year; year++)
        {
            yield return ForYear(year);
        }
    }

    /// <summary>Whether <paramref name="other"/> has the same span.</summary>
    /// <param name="other">Another period.</param>
    /// <returns>True when both start and end on the same days.</returns>
    [Pure]
    public bool Equals(CalendarPeriod other) => start == other.start && end == other.end;

    /// <summary>Whether <paramref name="obj"/> is a period with the same span.</summary>
    /// <param name="obj">An object.</param>
    /// <returns>True when equal.</returns>
    [Pure]
    public override bool Equals(object? obj) => obj is CalendarPeriod other && Equals(other);

    /// <summary>A hash of the span.</summary>
    /// <returns>The hash code.</returns>
    [Pure]
    public override int GetHashCode() => HashCodes.Combine(start.GetHashCode(), end.GetHashCode());

    /// <summary>Compares by <see cref="Start"/>, then by <see cref="End"/>.</summary>
    /// <param name="other">Another period.</param>
    /// <returns>Negative, zero or positive as this period sorts before, with or after <paramref name="other"/>.</returns>
    [Pure]
    public int CompareTo(CalendarPeriod other)
    {
        var byStart = start.CompareTo(other.start);
        return byStart != 0 ? byStart : end.CompareTo(other.end);
    }

    /// <inheritdoc cref="CompareTo(CalendarPeriod)"/>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="CalendarPeriod"/>.</exception>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        CalendarPeriod other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a CalendarPeriod.", nameof(obj)),
    };

    /// <summary>Whether two periods have the same span.</summary>
    /// <param name="left">A period.</param>
    /// <param name="right">Another period.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(CalendarPeriod left, CalendarPeriod right) => left.Equals(right);

    /// <summary>Whether two periods differ.</summary>
    /// <param name="left">A period.</param>
    /// <param name="right">Another period.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(CalendarPeriod left, CalendarPeriod right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/> (see <see cref="CompareTo(CalendarPeriod)"/>).</summary>
    /// <param name="left">A period.</param>
    /// <param name="right">Another period.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(CalendarPeriod left, CalendarPeriod right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    /// <param name="left">A period.</param>
    /// <param name="right">Another period.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(CalendarPeriod left, CalendarPeriod right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">A period.</param>
    /// <param name="right">Another period.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(CalendarPeriod left, CalendarPeriod right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    /// <param name="left">A period.</param>
    /// <param name="right">Another period.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(CalendarPeriod left, CalendarPeriod right) => left.CompareTo(right) >= 0;

    /// <summary>The SDMX code: <c>2025</c>, <c>2025-S1</c>, <c>2025-Q3</c>, <c>2025-M10</c>,
    /// <c>2021-01/2025-10</c>, <c>2025-10-05</c>, <c>2021-01-05/2025-10-31</c>.</summary>
    /// <returns>The code.</returns>
    [Pure]
    public override string ToString() => ToString(null, null);

    /// <summary>
    /// Writes the period. Formats: <c>null</c>, "" or "G": the SDMX code, or the Chinese form when
    /// <paramref name="formatProvider"/> is a Chinese culture; "S": the SDMX code; "I": ISO 8601 (<c>2025</c>,
    /// <c>2025-10</c>, <c>2025-07/2025-09</c>, <c>2021-01-05/2025-10-31</c>); "D": SDMX start and duration
    /// (<c>2025-01-01/P1Y</c>, <c>2025-07-01/P3M</c>, <c>2021-01-01/P58M</c>, <c>2025-10-05/P27D</c>);
    /// "zh" or "C": Chinese, one form per kind: <c>2025年</c>, <c>2025年上半年</c>, <c>2025年第三季度</c>,
    /// <c>2025年10月</c>, <c>2025年1—10月</c>, <c>2021—2025年</c>, <c>2021年1月至2025年10月</c>,
    /// <c>2025年10月5日</c>, <c>2021年1月5日至2025年10月31日</c>.
    /// </summary>
    /// <param name="format">The format, as above.</param>
    /// <param name="formatProvider">The culture; only whether it is Chinese matters, for the "G" format.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is not one of the above.</exception>
    [Pure]
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        Span<char> buffer = stackalloc char[PeriodFormatter.MaxLength];
        if (!PeriodFormatter.TryFormat(this, buffer, out var written, format.AsSpan(), formatProvider))
        {
            throw new FormatException(string.Format(CultureInfo.InvariantCulture, "Unknown CalendarPeriod format \"{0}\"; use G, S, I, D, zh or C.", format));
        }

        return buffer.Slice(0, written).ToString();
    }

    /// <summary>Writes the period into <paramref name="destination"/> without allocating (formats as for
    /// <see cref="ToString(string, IFormatProvider)"/>).</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">The format.</param>
    /// <param name="provider">The culture.</param>
    /// <returns>False when <paramref name="destination"/> is too short.</returns>
    /// <exception cref="FormatException">The format is unknown.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        if (!PeriodFormatter.IsKnownFormat(format))
        {
            throw new FormatException(string.Format(CultureInfo.InvariantCulture, "Unknown CalendarPeriod format \"{0}\"; use G, S, I, D, zh or C.", format.ToString()));
        }

        return PeriodFormatter.TryFormat(this, destination, out charsWritten, format, provider);
    }

    /// <summary>Reads a period code (SDMX or ISO 8601, with or without a duration) or a Chinese phrase that
    /// needs no context (<c>2025年第三季度</c>, <c>2021年1月至2025年10月</c>, <c>“十四五”</c>, <c>“十四五”收官之年</c>).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="UnparsableValueException">The text is not a period; the message says where and why.</exception>
    [Pure]
    public static CalendarPeriod Parse(string text) => CalendarPeriodText.Read(text).Value;

    /// <summary>Reads a period from a span as <see cref="Parse(string)"/> does.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The period.</returns>
    /// <exception cref="UnparsableValueException">The text is not a period; the message says where and why.</exception>
    [Pure]
    public static CalendarPeriod Parse(ReadOnlySpan<char> text) => CalendarPeriodText.Read(text, default).Value;

    /// <summary>Reads a period as <see cref="Parse(string)"/> does, never throwing on bad text
    /// (<see cref="CalendarPeriodText"/> reads with a context, or codes or phrases only).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The period, or where and why reading failed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    [Pure]
    public static ParseResult<CalendarPeriod> Read(string text) => CalendarPeriodText.Read(text);

    /// <summary>Reads a period from a span as <see cref="Parse(string)"/> does, never throwing on bad text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The period, or where and why reading failed.</returns>
    [Pure]
    public static ParseResult<CalendarPeriod> Read(ReadOnlySpan<char> text) => CalendarPeriodText.Read(text, default);

    /// <summary>Reads a period from a span as <see cref="Parse(string)"/> does, without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The period, or the default value.</param>
    /// <returns>Whether the text was a period.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out CalendarPeriod result) => CalendarPeriodText.TryParse(text, default, out result);

    /// <summary>Reads a period as <see cref="Parse(string)"/> does, without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The period, or the default value.</param>
    /// <returns>Whether the text was a period.</returns>
    public static bool TryParse(string? text, out CalendarPeriod result)
    {
        if (text is not null)
        {
            return CalendarPeriodText.TryParse(text.AsSpan(), default, out result);
        }

        result = default;
        return false;
    }

#if NET7_0_OR_GREATER
    /// <inheritdoc/>
    static CalendarPeriod IParsable<CalendarPeriod>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool IParsable<CalendarPeriod>.TryParse(string? s, IFormatProvider? provider, out CalendarPeriod result) => TryParse(s, out result);

    /// <inheritdoc/>
    static CalendarPeriod ISpanParsable<CalendarPeriod>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool ISpanParsable<CalendarPeriod>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out CalendarPeriod result) =>
        CalendarPeriodText.TryParse(s, default, out result);
#endif

    internal static CalendarPeriod FromMonthIndexes(int first, int last) =>
        new(MonthIndex.FirstDay(first), MonthIndex.LastDay(last));

    /// <summary>A period from already validated ISO dates, start ≤ end.</summary>
    internal static CalendarPeriod FromValidDates(LocalDate start, LocalDate end) => new(start, end);

    /// <summary>The same span <paramref name="years"/> years later (earlier when negative).</summary>
    internal CalendarPeriod ShiftYears(int years)
    {
        if (start.Year + years < 1 || end.Year + years > 9999)
        {
            Preconditions.ThrowInvalidOperation(string.Format(CultureInfo.InvariantCulture, "Moving {0} by {1} years leaves the years 1–9999.", this, years));
        }

        if (kind != CalendarPeriodKind.DayRange)
        {
            // Whole years keep the first month and the length, so the kind too.
            return new CalendarPeriod(
                MonthIndex.FirstDay(MonthIndex.Of(start) + (years * 12)),
                MonthIndex.LastDay(MonthIndex.Of(end) + (years * 12)),
                kind);
        }

        return new CalendarPeriod(start.PlusYears(years), end.PlusYears(years));
    }

    private CalendarPeriod Shift(int direction)
    {
        if (kind != CalendarPeriodKind.DayRange)
        {
            var first = MonthIndex.Of(start);
            var last = MonthIndex.Of(end);
            var step = (last - first + 1) * direction;
            if (first + step < MonthIndex.MinValue || last + step > MonthIndex.MaxValue)
            {
                ThrowOutOfYears();
            }

            // A step of the period's own length keeps its alignment, so its kind.
            return new CalendarPeriod(MonthIndex.FirstDay(first + step), MonthIndex.LastDay(last + step), kind);
        }

        var days = DayCount * direction;
        if ((direction < 0 && Period.DaysBetween(new LocalDate(1, 1, 1), start) < -days) ||
            (direction > 0 && Period.DaysBetween(end, new LocalDate(9999, 12, 31)) < days))
        {
            ThrowOutOfYears();
        }

        return new CalendarPeriod(start.PlusDays(days), end.PlusDays(days));
    }

    private void ThrowOutOfYears() =>
        Preconditions.ThrowInvalidOperation(string.Format(CultureInfo.InvariantCulture, "The period next to {0} leaves the years 1–9999.", this));

    private FiveYearPlan PlanOrThrow()
    {
        if (!FiveYearPlan.TryForPeriod(this, out var plan))
        {
            Preconditions.ThrowInvalidOperation(string.Format(
                CultureInfo.InvariantCulture,
                "{0} is not inside one Five-Year Plan: it spans two plans, or falls before 1953 or in 1963–1965, which had no plan.",
                this));
        }

        return plan;
    }

    private static CalendarPeriodKind Classify(LocalDate start, LocalDate end)
    {
        if (start.Day != 1 || end.Day != CalendarSystem.Iso.GetDaysInMonth(end.Year, end.Month))
        {
            return CalendarPeriodKind.DayRange;
        }

        var months = MonthIndex.Of(end) - MonthIndex.Of(start) + 1;
        var firstMonth = start.Month;
        return months switch
        {
            1 => CalendarPeriodKind.Month,
            3 when firstMonth % 3 == 1 => CalendarPeriodKind.Quarter,
            6 when firstMonth is 1 or 7 => CalendarPeriodKind.HalfYear,
            12 when firstMonth == 1 => CalendarPeriodKind.Year,
            _ => CalendarPeriodKind.MonthRange,
        };
    }

    private static int CheckMonth(YearMonth month, string paramName)
    {
        if (month.Calendar != CalendarSystem.Iso)
        {
            Preconditions.ThrowArgument(paramName, string.Format(CultureInfo.InvariantCulture, "The month {0} is not in the ISO calendar.", month));
        }

        Preconditions.CheckArgumentRange(paramName, month.Year, 1, 9999);
        return MonthIndex.Of(month);
    }

    private static void CheckDate(LocalDate date, string paramName)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            Preconditions.ThrowArgument(paramName, string.Format(CultureInfo.InvariantCulture, "The date {0} is not in the ISO calendar.", date));
        }

        Preconditions.CheckArgumentRange(paramName, date.Year, 1, 9999);
    }
}
