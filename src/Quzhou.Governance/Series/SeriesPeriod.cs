using System;
using System.Globalization;
using NodaTime;
using Quzhou.Governance.Parsing;
using Quzhou.Governance.Periods;
#if NET7_0_OR_GREATER
using System.Numerics;
#endif

namespace Quzhou.Governance.Series;

/// <summary>
/// One period of a regular series: a month, a quarter or a year, held as its frequency and its ordinal
/// position on the calendar, so that matching by calendar (2025-10 against 2024-10) is integer arithmetic.
/// Written <c>2025-10</c>, <c>2025-Q3</c>, <c>2025</c>.
/// </summary>
/// <remarks>Periods of the same frequency are ordered by time; a period of one frequency is never equal to
/// one of another (2025 is not 2025-Q1…Q4). The default value is January of year 0, outside the years
/// (1–9999) any factory accepts.</remarks>
public readonly partial struct SeriesPeriod : IEquatable<SeriesPeriod>, IComparable<SeriesPeriod>, IComparable, IFormattable
#if NET7_0_OR_GREATER
    , ISpanFormattable
    , IComparisonOperators<SeriesPeriod, SeriesPeriod, bool>
#endif
{
    /// <summary>The earliest year accepted.</summary>
    public const int MinYear = 1;

    /// <summary>The latest year accepted.</summary>
    public const int MaxYear = 9999;

    private readonly int ordinal;
    private readonly Frequency frequency;

    private SeriesPeriod(Frequency frequency, int ordinal)
    {
        this.frequency = frequency;
        this.ordinal = ordinal;
    }

    /// <summary>The frequency: month, quarter or year.</summary>
    public Frequency Frequency => frequency;

    /// <summary>The calendar year.</summary>
    public int Year => ordinal / PeriodsPerYear(frequency);

    /// <summary>The number within the year: the month 1–12, the quarter 1–4, or 1 for a year.</summary>
    public int Number => (ordinal % PeriodsPerYear(frequency)) + 1;

    /// <summary>The first month of the period (January for a year, July for 2025-Q3).</summary>
    public SeriesPeriod FirstMonth => Month(Year, ((Number - 1) * MonthsPerPeriod(frequency)) + 1);

    /// <summary>The last month of the period (December for a year, September for 2025-Q3).</summary>
    public SeriesPeriod LastMonth => Month(Year, Number * MonthsPerPeriod(frequency));

    /// <summary>The position on the calendar: year × periods per year + number − 1.</summary>
    internal int Ordinal => ordinal;

    /// <summary>A month.</summary>
    /// <param name="year">The year, 1–9999.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <returns>The month.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    [Pure]
    public static SeriesPeriod Month(int year, int month)
    {
        Preconditions.CheckArgumentRange(nameof(year), year, MinYear, MaxYear);
        Preconditions.CheckArgumentRange(nameof(month), month, 1, 12);
        return new SeriesPeriod(Frequency.Month, (year * 12) + month - 1);
    }

    /// <summary>A quarter.</summary>
    /// <param name="year">The year, 1–9999.</param>
    /// <param name="quarter">The quarter, 1–4.</param>
    /// <returns>The quarter.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    [Pure]
    public static SeriesPeriod Quarter(int year, int quarter)
    {
        Preconditions.CheckArgumentRange(nameof(year), year, MinYear, MaxYear);
        Preconditions.CheckArgumentRange(nameof(quarter), quarter, 1, 4);
        return new SeriesPeriod(Frequency.Quarter, (year * 4) + quarter - 1);
    }

    /// <summary>A calendar year.</summary>
    /// <param name="year">The year, 1–9999.</param>
    /// <returns>The year.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    [Pure]
    public static SeriesPeriod CalendarYear(int year)
    {
        Preconditions.CheckArgumentRange(nameof(year), year, MinYear, MaxYear);
        return new SeriesPeriod(Frequency.Year, year);
    }

    /// <summary>The month of a NodaTime <see cref="YearMonth"/> (ISO calendar).</summary>
    /// <param name="yearMonth">The month.</param>
    /// <returns>The month as a period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1–9999.</exception>
    [Pure]
    public static SeriesPeriod FromYearMonth(YearMonth yearMonth) => Month(yearMonth.Year, yearMonth.Month);

    /// <summary>The period of <paramref name="frequency"/> that contains <paramref name="date"/>.</summary>
    /// <param name="date">A date in the ISO calendar.</param>
    /// <param name="frequency">The frequency wanted.</param>
    /// <returns>The month, quarter or year containing the date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1–9999 or the frequency is unknown.</exception>
    [Pure]
    public static SeriesPeriod Containing(LocalDate date, Frequency frequency) =>
        Month(date.Year, date.Month).ToFrequency(frequency);

    /// <summary>The first period of <paramref name="frequency"/> in <paramref name="year"/>.</summary>
    /// <param name="year">The year, 1–9999.</param>
    /// <param name="frequency">The frequency.</param>
    /// <returns>January, Q1 or the year itself.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    [Pure]
    public static SeriesPeriod FirstOfYear(int year, Frequency frequency)
    {
        Preconditions.CheckArgumentRange(nameof(year), year, MinYear, MaxYear);
        return new SeriesPeriod(frequency, year * PeriodsPerYear(frequency));
    }

    /// <summary>The number of periods of <paramref name="frequency"/> in a year: 12, 4 or 1.</summary>
    /// <param name="frequency">The frequency.</param>
    /// <returns>Periods per year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The frequency is unknown.</exception>
    [Pure]
    public static int PeriodsPerYear(Frequency frequency) => frequency switch
    {
        Frequency.Month => 12,
        Frequency.Quarter => 4,
        Frequency.Year => 1,
        _ => ThrowFrequency(frequency),
    };

    /// <summary>The same month, quarter or year as a <see cref="CalendarPeriod"/>.</summary>
    /// <returns>The calendar period.</returns>
    [Pure]
    public CalendarPeriod ToCalendarPeriod() => frequency switch
    {
        Frequency.Month => CalendarPeriod.ForMonth(Year, Number),
        Frequency.Quarter => CalendarPeriod.ForQuarter(Year, Number),
        _ => CalendarPeriod.ForYear(Year),
    };

    /// <summary>
    /// The first and last periods of <paramref name="frequency"/> that exactly cover <paramref name="span"/>:
    /// 2021-01/2025-10 in months is 2021-01…2025-10; “十三五” in years is 2016…2020.
    /// </summary>
    /// <param name="span">A calendar period made of whole periods of <paramref name="frequency"/>.</param>
    /// <param name="frequency">The frequency of the series the span is used with.</param>
    /// <returns>The first and last period.</returns>
    /// <exception cref="ArgumentException">The span does not start and end on boundaries of <paramref name="frequency"/>.</exception>
    [Pure]
    public static (SeriesPeriod First, SeriesPeriod Last) Cover(CalendarPeriod span, Frequency frequency)
    {
        var k = MonthsPerPeriod(frequency);
        if (!span.IsWholeMonths || (span.FirstMonth.Month - 1) % k != 0 || span.LastMonth.Month % k != 0)
        {
            Preconditions.ThrowArgument(nameof(span), "The span " + span.ToString() + " is not made of whole periods of frequency " + frequency.ToString() + ".");
        }

        return (Month(span.FirstMonth.Year, span.FirstMonth.Month).ToFrequency(frequency), Month(span.LastMonth.Year, span.LastMonth.Month).ToFrequency(frequency));
    }

    /// <summary>The month as a NodaTime <see cref="YearMonth"/>.</summary>
    /// <returns>The month.</returns>
    /// <exception cref="InvalidOperationException">This period is not a month.</exception>
    [Pure]
    public YearMonth ToYearMonth()
    {
        if (frequency != Frequency.Month)
        {
            Preconditions.ThrowInvalidOperation("Only a monthly period converts to a YearMonth; " + ToString() + " is not a month.");
        }

        return new YearMonth(Year, Number);
    }

    /// <summary>The period <paramref name="count"/> periods later (earlier when negative): 2025-10 plus 3 is 2026-01.</summary>
    /// <param name="count">The number of periods.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The result would be outside the years 1–9999.</exception>
    [Pure]
    public SeriesPeriod PlusPeriods(int count)
    {
        var ppy = PeriodsPerYear(frequency);
        var result = (long)ordinal + count;
        if (result < (long)MinYear * ppy || result >= (long)(MaxYear + 1) * ppy)
        {
            Preconditions.ThrowArgumentOutOfRange(nameof(count), count, (MinYear * ppy) - ordinal, ((MaxYear + 1) * ppy) - 1 - ordinal);
        }

        return new SeriesPeriod(frequency, (int)result);
    }

    /// <summary>The next period of the same frequency: 2025-10 → 2025-11, 2025-Q4 → 2026-Q1, 2025 → 2026.</summary>
    /// <returns>The period straight after this one.</returns>
    /// <exception cref="InvalidOperationException">This is the last period of 9999.</exception>
    [Pure]
    public SeriesPeriod Next() => Step(1);

    /// <summary>The previous period of the same frequency: 2025-01 → 2024-12, 2025-Q1 → 2024-Q4, 2025 → 2024.</summary>
    /// <returns>The period straight before this one.</returns>
    /// <exception cref="InvalidOperationException">This is the first period of year 1.</exception>
    [Pure]
    public SeriesPeriod Previous() => Step(-1);

    /// <summary>The same period <paramref name="years"/> years later (earlier when negative): 2025-10 minus one year is 2024-10.</summary>
    /// <param name="years">The number of years.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The result would be outside the years 1–9999.</exception>
    [Pure]
    public SeriesPeriod PlusYears(int years) => PlusYears(years, nameof(years), years);

    /// <summary>The number of periods from this period to <paramref name="other"/>: 2021-01 to 2025-10 is 57.</summary>
    /// <param name="other">A period of the same frequency.</param>
    /// <returns>The signed number of periods.</returns>
    /// <exception cref="ArgumentException">The frequencies differ.</exception>
    [Pure]
    public int PeriodsUntil(SeriesPeriod other)
    {
        CheckSameFrequency(other, nameof(other));
        return other.ordinal - ordinal;
    }

    /// <summary>The period of a coarser (or the same) frequency that contains this one: 2025-10 to quarters is 2025-Q4.</summary>
    /// <param name="target">The frequency wanted; not finer than this period's.</param>
    /// <returns>The containing period.</returns>
    /// <exception cref="ArgumentException"><paramref name="target"/> is finer than this period's frequency.</exception>
    [Pure]
    public SeriesPeriod ToFrequency(Frequency target)
    {
        var from = PeriodsPerYear(frequency);
        var to = PeriodsPerYear(target);
        if (to > from)
        {
            Preconditions.ThrowArgument(nameof(target), "Cannot convert " + ToString() + " to the finer frequency " + target.ToString() + ".");
        }

        return new SeriesPeriod(target, ordinal / (from / to));
    }

    /// <summary>Whether this period lies within <paramref name="other"/>, which may be coarser (2025-10 lies within 2025-Q4 and 2025).</summary>
    /// <param name="other">A period of this frequency or a coarser one.</param>
    /// <returns>Whether this period is inside <paramref name="other"/>.</returns>
    [Pure]
    public bool IsWithin(SeriesPeriod other) =>
        PeriodsPerYear(other.frequency) <= PeriodsPerYear(frequency) && ToFrequency(other.frequency) == other;

    /// <inheritdoc />
    [Pure]
    public bool Equals(SeriesPeriod other) => ordinal == other.ordinal && frequency == other.frequency;

    /// <inheritdoc />
    [Pure]
    public override bool Equals(object? obj) => obj is SeriesPeriod other && Equals(other);

    /// <inheritdoc />
    [Pure]
    public override int GetHashCode() => (ordinal * 3) + (int)frequency;

    /// <summary>Orders periods of the same frequency by time.</summary>
    /// <param name="other">A period of the same frequency.</param>
    /// <returns>Negative, zero or positive as this period is earlier, the same or later.</returns>
    /// <exception cref="ArgumentException">The frequencies differ.</exception>
    [Pure]
    public int CompareTo(SeriesPeriod other)
    {
        CheckSameFrequency(other, nameof(other));
        return ordinal.CompareTo(other.ordinal);
    }

    int IComparable.CompareTo(object? obj)
    {
        if (obj is null)
        {
            return 1;
        }

        if (obj is not SeriesPeriod other)
        {
            throw new ArgumentException("Expected a SeriesPeriod.", nameof(obj));
        }

        return CompareTo(other);
    }

    /// <summary>The code: <c>2025-10</c>, <c>2025-Q3</c> or <c>2025</c>.</summary>
    /// <returns>The code.</returns>
    [Pure]
    public override string ToString() => frequency switch
    {
        Frequency.Month => Year.ToString("D4", CultureInfo.InvariantCulture) + "-" + Number.ToString("D2", CultureInfo.InvariantCulture),
        Frequency.Quarter => Year.ToString("D4", CultureInfo.InvariantCulture) + "-Q" + Number.ToString(CultureInfo.InvariantCulture),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// Writes the period; each format letter means what it means for <see cref="CalendarPeriod"/>: <c>null</c>,
    /// empty or <c>"G"</c> gives the code (<c>2025-10</c>, <c>2025-Q3</c>, <c>2025</c>), or the Chinese form when
    /// <paramref name="formatProvider"/> is a Chinese culture; <c>"zh"</c> or <c>"C"</c> gives the Chinese form
    /// (<c>2025年10月</c>, <c>2025年第三季度</c>, <c>2025年</c>; the year in four digits, as in the code); <c>"S"</c>
    /// the SDMX code (<c>2025-M10</c>, <c>2025-Q3</c>, <c>2025</c>), <c>"I"</c> ISO 8601 (<c>2025-10</c>,
    /// <c>2025-07/2025-09</c>, <c>2025</c>) and <c>"D"</c> SDMX start and duration (<c>2025-10-01/P1M</c>), as
    /// the calendar period the step covers writes them.
    /// </summary>
    /// <param name="format">null, "G", "S", "I", "D", "zh" or "C".</param>
    /// <param name="formatProvider">The culture; only whether it is Chinese matters.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is not one of those.</exception>
    [Pure]
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        Span<char> buffer = stackalloc char[MaxTextLength];
        TryFormat(buffer, out var written, format.AsSpan(), formatProvider);
        return buffer.Slice(0, written).ToString();
    }

    /// <summary>Writes the period into <paramref name="destination"/> (formats as for
    /// <see cref="ToString(string, IFormatProvider)"/>), allocating nothing.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written; 0 when the destination was too short.</param>
    /// <param name="format">null or empty, "G", "S", "I", "D", "zh" or "C".</param>
    /// <param name="provider">The culture; only whether it is Chinese matters.</param>
    /// <returns>False when <paramref name="destination"/> is too short.</returns>
    /// <exception cref="FormatException">The format is not one of those.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        bool chinese;
        if (format.IsEmpty || format.SequenceEqual("G".AsSpan()))
        {
            chinese = TextCulture.IsChinese(provider);
        }
        else if (format.SequenceEqual("zh".AsSpan()) || format.SequenceEqual("C".AsSpan()))
        {
            chinese = true;
        }
        else if (format.SequenceEqual("S".AsSpan()) || format.SequenceEqual("I".AsSpan()) || format.SequenceEqual("D".AsSpan()))
        {
            return ToCalendarPeriod().TryFormat(destination, out charsWritten, format, provider);
        }
        else
        {
            throw new FormatException("Unknown format \"" + format.ToString() + "\" for a SeriesPeriod; use \"G\", \"S\", \"I\", \"D\", \"zh\" or \"C\".");
        }

        var writer = new SpanWriter(destination);
        writer.AppendNumber(Year, 4);
        if (chinese)
        {
            writer.Append('年');
            if (frequency == Frequency.Month)
            {
                writer.AppendNumber(Number, 1);
                writer.Append('月');
            }
            else if (frequency == Frequency.Quarter)
            {
                writer.Append('第');
                writer.Append("一二三四"[Number - 1]);
                writer.Append("季度");
            }
        }
        else if (frequency == Frequency.Month)
        {
            writer.Append('-');
            writer.AppendNumber(Number, 2);
        }
        else if (frequency == Frequency.Quarter)
        {
            writer.Append("-Q");
            writer.AppendNumber(Number, 1);
        }

        return writer.TryComplete(out charsWritten);
    }

    /// <summary>Whether two periods are the same.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(SeriesPeriod left, SeriesPeriod right) => left.Equals(right);

    /// <summary>Whether two periods differ.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(SeriesPeriod left, SeriesPeriod right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is earlier.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">A period of the same frequency.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentException">The frequencies differ.</exception>
    public static bool operator <(SeriesPeriod left, SeriesPeriod right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is later.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">A period of the same frequency.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentException">The frequencies differ.</exception>
    public static bool operator >(SeriesPeriod left, SeriesPeriod right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is earlier or the same.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">A period of the same frequency.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentException">The frequencies differ.</exception>
    public static bool operator <=(SeriesPeriod left, SeriesPeriod right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is later or the same.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">A period of the same frequency.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentException">The frequencies differ.</exception>
    public static bool operator >=(SeriesPeriod left, SeriesPeriod right) => left.CompareTo(right) >= 0;

    /// <summary>The period <paramref name="count"/> periods earlier.</summary>
    /// <param name="count">The number of periods.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The result would be outside the years 1–9999.</exception>
    [Pure]
    public SeriesPeriod MinusPeriods(int count)
    {
        if (!TryPlusPeriods(-(long)count, out var result))
        {
            throw new ArgumentOutOfRangeException(
                nameof(count),
                count,
                "Moving " + ToString() + " back by " + count.ToString(CultureInfo.InvariantCulture) + " periods leaves the years 1-9999.");
        }

        return result;
    }

    /// <summary>More than the longest text any format writes (2025年第三季度 is 9 characters).</summary>
    private const int MaxTextLength = 16;

    internal static int MonthsPerPeriod(Frequency frequency) => 12 / PeriodsPerYear(frequency);

    internal static SeriesPeriod FromOrdinal(Frequency frequency, int ordinal) => new(frequency, ordinal);

    /// <summary>The period <paramref name="count"/> periods later, for callers that name their own argument when it
    /// would leave the years 1–9999 (<see cref="PlusPeriods(int)"/> names its own <c>count</c>).</summary>
    internal bool TryPlusPeriods(long count, out SeriesPeriod result)
    {
        var ppy = PeriodsPerYear(frequency);
        var target = ordinal + count;
        if (target < (long)MinYear * ppy || target >= (long)(MaxYear + 1) * ppy)
        {
            result = default;
            return false;
        }

        result = new SeriesPeriod(frequency, (int)target);
        return true;
    }

    /// <summary>The period <paramref name="years"/> years later; an <see cref="ArgumentOutOfRangeException"/> naming
    /// <paramref name="paramName"/> with <paramref name="actualValue"/> when it would leave the years 1–9999.</summary>
    internal SeriesPeriod PlusYears<T>(int years, string paramName, T actualValue)
    {
        if (!TryPlusPeriods((long)years * PeriodsPerYear(frequency), out var result))
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                actualValue,
                "Moving " + ToString() + " by " + years.ToString(CultureInfo.InvariantCulture) + " years leaves the years 1-9999.");
        }

        return result;
    }

    /// <summary>The period <paramref name="count"/> periods later; an <see cref="ArgumentOutOfRangeException"/> naming
    /// <paramref name="paramName"/> with <paramref name="actualValue"/> when it would leave the years 1–9999.</summary>
    internal SeriesPeriod PlusPeriods<T>(int count, string paramName, T actualValue)
    {
        if (!TryPlusPeriods(count, out var result))
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                actualValue,
                "Moving " + ToString() + " by " + count.ToString(CultureInfo.InvariantCulture) + " periods leaves the years 1-9999.");
        }

        return result;
    }

    /// <summary>Whether the period lies in the years 1–9999 (the default value does not).</summary>
    internal bool IsInCalendar
    {
        get
        {
            var ppy = PeriodsPerYear(frequency);
            return ordinal >= MinYear * ppy && ordinal < (MaxYear + 1) * ppy;
        }
    }

    /// <summary>The number of periods after this one up to the last of the year 9999 (0 for December 9999).</summary>
    internal int PeriodsToEndOfCalendar => ((MaxYear + 1) * PeriodsPerYear(frequency)) - 1 - ordinal;

    private SeriesPeriod Step(int count)
    {
        if (!TryPlusPeriods(count, out var result))
        {
            Preconditions.ThrowInvalidOperation("The period " + (count > 0 ? "after " : "before ") + ToString() + " is outside the years 1-9999.");
        }

        return result;
    }

    private static int ThrowFrequency(Frequency frequency)
    {
        Preconditions.ThrowArgumentOutOfRange(nameof(frequency), (int)frequency, 0, 2);
        return 0;
    }

    private void CheckSameFrequency(SeriesPeriod other, string paramName)
    {
        if (other.frequency != frequency)
        {
            Preconditions.ThrowArgument(paramName, "Cannot compare " + ToString() + " with " + other.ToString() + ": the frequencies differ.");
        }
    }
}
