using System;
using NodaTime;
using Quzhou.Governance.Parsing;

namespace Quzhou.Governance.Periods.Text;

/// <summary>
/// Reads SDMX and ISO 8601 period codes without allocating: <c>2025</c>, <c>2025-A1</c>, <c>2025-S1</c>,
/// <c>2025-Q3</c>, <c>2025-M10</c>, <c>2025-10</c>, <c>2025-10-05</c>, an interval of any two of these
/// (<c>2021-01/2025-10</c>) and a start with a duration (<c>2021-01-01/P58M</c>, <c>P1Y</c>, <c>P10D</c>).
/// </summary>
internal static class PeriodCodeReader
{
    private static readonly LocalDate MaxDate = new(9999, 12, 31);

    internal static bool TryRead(ReadOnlySpan<char> s, out CalendarPeriod result, out int errorPosition, out string expected) =>
        TryRead(s, out result, out errorPosition, out expected, out _);

    /// <summary>Reads a code; <paramref name="outOfRange"/> says the text had the shape of a code and failed only
    /// because a field (month, day, quarter, half-year, year) is out of its range: 2025-13, 2025-Q5.</summary>
    internal static bool TryRead(ReadOnlySpan<char> s, out CalendarPeriod result, out int errorPosition, out string expected, out bool outOfRange)
    {
        result = default;
        outOfRange = false;
        var pos = TextScanner.Trim(ref s);
        if (!TryReadPoint(s, ref pos, out var start, out var end, out errorPosition, out expected, ref outOfRange))
        {
            return false;
        }

        if (pos < s.Length && CharFolding.Fold(s[pos]) == '/')
        {
            pos++;
            if (pos < s.Length && CharFolding.Fold(s[pos]) is 'P' or 'p')
            {
                if (!TryReadDuration(s, ref pos, start, out end, out errorPosition, out expected))
                {
                    return false;
                }
            }
            else
            {
                var second = pos;
                if (!TryReadPoint(s, ref pos, out _, out end, out errorPosition, out expected, ref outOfRange))
                {
                    return false;
                }

                if (end < start)
                {
                    return Fail(second, "an end not before the start", out errorPosition, out expected);
                }
            }

            if (pos != s.Length)
            {
                return Fail(pos, "the end of the code", out errorPosition, out expected);
            }
        }
        else if (pos != s.Length)
        {
            return Fail(pos, "'/' or the end of the code", out errorPosition, out expected);
        }

        result = CalendarPeriod.FromValidDates(start, end);
        return true;
    }

    private static bool TryReadPoint(ReadOnlySpan<char> s, ref int pos, out LocalDate start, out LocalDate end, out int errorPosition, out string expected, ref bool outOfRange)
    {
        start = end = default;
        var yearPos = pos;
        var year = 0;
        for (var k = 0; k < 4; k++)
        {
            if (pos >= s.Length || !CharFolding.IsDigit(s[pos]))
            {
                return Fail(pos, "a four-digit year", out errorPosition, out expected);
            }

            year = (year * 10) + (CharFolding.Fold(s[pos]) - '0');
            pos++;
        }

        if (pos < s.Length && CharFolding.IsDigit(s[pos]))
        {
            return Fail(pos, "a four-digit year", out errorPosition, out expected);
        }

        if (year == 0)
        {
            outOfRange = true;
            return Fail(yearPos, "a year 0001–9999", out errorPosition, out expected);
        }

        errorPosition = 0;
        expected = string.Empty;
        if (pos >= s.Length || CharFolding.Fold(s[pos]) == '/')
        {
            start = new LocalDate(year, 1, 1);
            end = new LocalDate(year, 12, 31);
            return true;
        }

        if (CharFolding.Fold(s[pos]) != '-')
        {
            return Fail(pos, "'-', '/' or the end of the code", out errorPosition, out expected);
        }

        pos++;
        if (pos >= s.Length)
        {
            return Fail(pos, "S, Q, M, A or a two-digit month", out errorPosition, out expected);
        }

        var c = char.ToUpperInvariant(CharFolding.Fold(s[pos]));
        int first, last;
        switch (c)
        {
            case 'A':
                pos++;
                if (pos >= s.Length || CharFolding.Fold(s[pos]) != '1')
                {
                    return Fail(pos, "1 (A1, the whole year)", out errorPosition, out expected);
                }

                pos++;
                first = 1;
                last = 12;
                break;
            case 'S':
                pos++;
                var half = ReadDigit(s, pos);
                if (half is not (1 or 2))
                {
                    outOfRange = half >= 0 && ReadDigit(s, pos + 1) < 0;
                    return Fail(pos, "a half-year number 1 or 2", out errorPosition, out expected);
                }

                pos++;
                first = half == 1 ? 1 : 7;
                last = first + 5;
                break;
            case 'Q':
                pos++;
                var quarter = ReadDigit(s, pos);
                if (quarter is < 1 or > 4)
                {
                    outOfRange = quarter >= 0 && ReadDigit(s, pos + 1) < 0;
                    return Fail(pos, "a quarter number 1–4", out errorPosition, out expected);
                }

                pos++;
                first = ((quarter - 1) * 3) + 1;
                last = first + 2;
                break;
            case 'M':
                pos++;
                var monthPos = pos;
                var month = ReadDigit(s, pos);
                if (month >= 0)
                {
                    pos++;
                    var second = ReadDigit(s, pos);
                    if (second >= 0)
                    {
                        month = (month * 10) + second;
                        pos++;
                    }
                }

                if (month is < 1 or > 12)
                {
                    outOfRange = month >= 0 && ReadDigit(s, pos) < 0;
                    return Fail(monthPos, "a month number 1–12", out errorPosition, out expected);
                }

                first = last = month;
                break;
            case >= '0' and <= '9':
                var numberPos = pos;
                var tens = ReadDigit(s, pos);
                var ones = ReadDigit(s, pos + 1);
                if (ones < 0)
                {
                    return Fail(pos + 1, "a two-digit month 01–12", out errorPosition, out expected);
                }

                var m = (tens * 10) + ones;
                if (m is < 1 or > 12)
                {
                    outOfRange = ReadDigit(s, pos + 2) < 0;
                    return Fail(numberPos, "a month 01–12", out errorPosition, out expected);
                }

                pos += 2;
                if (pos < s.Length && CharFolding.Fold(s[pos]) == '-')
                {
                    pos++;
                    var dayPos = pos;
                    var dayTens = ReadDigit(s, pos);
                    var dayOnes = ReadDigit(s, pos + 1);
                    var daysInMonth = CalendarSystem.Iso.GetDaysInMonth(year, m);
                    var day = dayTens < 0 || dayOnes < 0 ? -1 : (dayTens * 10) + dayOnes;
                    if (day < 1 || day > daysInMonth)
                    {
                        outOfRange = day >= 0 && ReadDigit(s, pos + 2) < 0;
                        return Fail(dayPos, daysInMonth == 31 ? "a day 01–31" : daysInMonth == 30 ? "a day 01–30" : daysInMonth == 29 ? "a day 01–29" : "a day 01–28", out errorPosition, out expected);
                    }

                    pos += 2;
                    start = end = new LocalDate(year, m, day);
                    return true;
                }

                first = last = m;
                break;
            default:
                return Fail(pos, "S, Q, M, A or a two-digit month", out errorPosition, out expected);
        }

        start = new LocalDate(year, first, 1);
        end = new LocalDate(year, last, CalendarSystem.Iso.GetDaysInMonth(year, last));
        return true;
    }

    private static bool TryReadDuration(ReadOnlySpan<char> s, ref int pos, LocalDate start, out LocalDate end, out int errorPosition, out string expected)
    {
        end = default;
        var durationPos = pos;
        pos++; // P
        int years = 0, months = 0, days = 0;
        var lastRank = -1;
        var any = false;
        while (pos < s.Length && CharFolding.IsDigit(s[pos]))
        {
            var numberPos = pos;
            var n = 0;
            var digits = 0;
            while (pos < s.Length && CharFolding.IsDigit(s[pos]))
            {
                if (++digits > 7)
                {
                    return Fail(numberPos, "a number below 10,000,000", out errorPosition, out expected);
                }

                n = (n * 10) + (CharFolding.Fold(s[pos]) - '0');
                pos++;
            }

            var rank = pos >= s.Length ? -1 : char.ToUpperInvariant(CharFolding.Fold(s[pos])) switch
            {
                'Y' => 0,
                'M' => 1,
                'W' => 2,
                'D' => 3,
                _ => -1,
            };
            if (rank < 0)
            {
                return Fail(pos, "Y, M, W or D after the number", out errorPosition, out expected);
            }

            if (rank <= lastRank)
            {
                return Fail(pos, "the units in the order Y, M, W, D, each once", out errorPosition, out expected);
            }

            switch (rank)
            {
                case 0: years = n; break;
                case 1: months = n; break;
                case 2: days += n * 7; break;
                default: days += n; break;
            }

            lastRank = rank;
            any = true;
            pos++;
        }

        if (!any)
        {
            return Fail(pos, "a duration such as P1Y, P3M or P10D", out errorPosition, out expected);
        }

        errorPosition = 0;
        expected = string.Empty;
        var endMonth = (long)MonthIndex.Of(start) + ((long)years * 12) + months;
        if (endMonth == MonthIndex.MaxValue + 1L && start.Day == 1 && days == 0)
        {
            // 9995-02-01/P59M: the day after the period would be 10000-01-01, the period itself ends on 9999-12-31.
            end = MaxDate;
            return true;
        }

        if (endMonth > MonthIndex.MaxValue)
        {
            return Fail(durationPos, "a duration that ends by 9999-12-31", out errorPosition, out expected);
        }

        var shifted = start.PlusYears(years).PlusMonths(months);
        if (days == 0 && shifted == start)
        {
            return Fail(durationPos, "a duration of at least one day", out errorPosition, out expected);
        }

        if (Period.DaysBetween(shifted, MaxDate) < days - 1)
        {
            return Fail(durationPos, "a duration that ends by 9999-12-31", out errorPosition, out expected);
        }

        end = shifted.PlusDays(days - 1);
        return true;
    }

    private static int ReadDigit(ReadOnlySpan<char> s, int pos) =>
        pos < s.Length && CharFolding.IsDigit(s[pos]) ? CharFolding.Fold(s[pos]) - '0' : -1;

    private static bool Fail(int position, string what, out int errorPosition, out string expected)
    {
        errorPosition = position;
        expected = what;
        return false;
    }
}
