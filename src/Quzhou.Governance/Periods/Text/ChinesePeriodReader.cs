using System;
using System.Globalization;
using NodaTime;
using Quzhou.Governance.Parsing;

namespace Quzhou.Governance.Periods.Text;

/// <summary>
/// Reads the Chinese phrases bulletins name periods with: 2025年, 2025年上半年, 2025年三季度, 第三季度,
/// 前三季度, 前10个月, 2025年10月, 2025年10月5日, ranges with —, –, -, ～, 至 or 到 (2021年1月至2025年10月,
/// 1—10月, 2021—2025年), 截至2025年10月底, plan names (“十四五”, “十四五”以来, “十四五”收官之年), with
/// full-width digits and Chinese-numeral years (二〇二五年).
/// </summary>
internal static class ChinesePeriodReader
{
    private enum Unit
    {
        Bare,
        Year,
        Half,
        Quarter,
        FirstQuarters,
        FirstMonths,
        Month,
        Day,
    }

    internal static bool TryRead(ReadOnlySpan<char> s, PeriodReadingContext context, out CalendarPeriod result, out int errorPosition, out string expected)
    {
        result = default;
        var begin = TextScanner.Trim(ref s);
        if (TextScanner.At(s, begin, "截至") || TextScanner.At(s, begin, "截止"))
        {
            var pos = begin + 2;
            if (TextScanner.At(s, pos, "到"))
            {
                pos++;
            }

            return TryReadUpTo(s, pos, context, out result, out errorPosition, out expected);
        }

        // Dates first: they are the common case, and no text is both a date phrase and a plan's name.
        var datePos = begin;
        if (TryReadRange(s, ref datePos, context, out var start, out var end, out errorPosition, out expected))
        {
            if (datePos == s.Length)
            {
                result = CalendarPeriod.FromValidDates(start, end);
                return true;
            }

            errorPosition = datePos;
            expected = datePos > begin ? "the end of the text, or a range mark (—, 至) and the end of the range" : "a period such as 2025年10月";
        }

        var planPos = begin;
        if (PlanNameReader.TryRead(s, ref planPos, out var reference, out var planError, out var planExpected))
        {
            if (planPos == s.Length)
            {
                return TryResolvePlan(reference, planPos, context, out result, out errorPosition, out expected);
            }

            planError = planPos;
            planExpected = "the end of the text";
        }

        // Report the reading that got further through the text: a phrase that was read to the end but
        // lacks a context year beats a plan name that broke off early.
        if (planError > Math.Max(datePos, errorPosition))
        {
            errorPosition = planError;
            expected = planExpected;
        }

        return false;
    }

    private static bool TryReadUpTo(ReadOnlySpan<char> s, int pos, PeriodReadingContext context, out CalendarPeriod result, out int errorPosition, out string expected)
    {
        result = default;
        if (!TryReadPoint(s, ref pos, out var point, out errorPosition, out expected))
        {
            return false;
        }

        if ((point.Unit is Unit.Year or Unit.Month) && pos < s.Length && s[pos] is '底' or '末')
        {
            pos++;
        }

        if (pos != s.Length)
        {
            return Fail(pos, "the end of the text (a 截至 span has one end)", out errorPosition, out expected);
        }

        if (!TryResolve(point, context, out _, out var end, out errorPosition, out expected))
        {
            return false;
        }

        var start = context.Start ?? new LocalDate(end.Year, 1, 1);
        if (start > end)
        {
            return Fail(point.Position, "an end on or after the context start", out errorPosition, out expected);
        }

        result = CalendarPeriod.FromValidDates(start, end);
        return true;
    }

    private static bool TryResolvePlan(PlanReference reference, int endPos, PeriodReadingContext context, out CalendarPeriod result, out int errorPosition, out string expected)
    {
        result = default;
        errorPosition = 0;
        expected = string.Empty;
        switch (reference.Kind)
        {
            case PlanReferenceKind.SinceStart:
                if (context.End is not { } last)
                {
                    return Fail(endPos - 2, "a context end (PeriodReadingContext.End) for 以来", out errorPosition, out expected);
                }

                var start = reference.Plan.Period.Start;
                if (last < start)
                {
                    return Fail(endPos - 2, "a context end on or after the plan's start", out errorPosition, out expected);
                }

                result = CalendarPeriod.FromValidDates(start, last);
                return true;
            case PlanReferenceKind.SameSpan:
                return Fail(endPos - 2, "a period (同期 is a relation to another period; read it with PlanReference)", out errorPosition, out expected);
            default:
                result = reference.ToPeriod();
                return true;
        }
    }

    private static bool TryReadRange(ReadOnlySpan<char> s, ref int pos, PeriodReadingContext context, out LocalDate start, out LocalDate end, out int errorPosition, out string expected)
    {
        start = end = default;
        if (!TryReadPoint(s, ref pos, out var first, out errorPosition, out expected))
        {
            return false;
        }

        if (pos < s.Length && CharFolding.IsRangeMark(s[pos]))
        {
            pos++;
            while (pos < s.Length && s[pos] is '\u2014' or '\u2015')
            {
                pos++; // ——
            }

            if (!TryReadPoint(s, ref pos, out var last, out errorPosition, out expected))
            {
                return false;
            }

            if (last.Unit == Unit.Bare)
            {
                return Fail(pos, "年, 月, 日 or 季度 after the number", out errorPosition, out expected);
            }

            if (first.Unit == Unit.Bare)
            {
                first.Unit = last.Unit;
                switch (last.Unit)
                {
                    case Unit.Year:
                        if (first.Value is < 1 or > 9999)
                        {
                            return Fail(first.ValuePosition, "a year 1–9999", out errorPosition, out expected);
                        }

                        first.Year = first.Value;
                        break;
                    case Unit.Month:
                        if (first.Value is < 1 or > 12)
                        {
                            return Fail(first.ValuePosition, "a month 1–12", out errorPosition, out expected);
                        }

                        first.Month = first.Value;
                        break;
                    case Unit.Quarter:
                        if (first.Value is < 1 or > 4)
                        {
                            return Fail(first.ValuePosition, "a quarter 1–4", out errorPosition, out expected);
                        }

                        break;
                    case Unit.Day:
                        break;
                    default:
                        return Fail(first.ValuePosition, "年, 月, 日 or 季度 after the number", out errorPosition, out expected);
                }
            }

            if (last.Year == 0 && last.Unit != Unit.Year)
            {
                last.Year = first.Year;
            }

            if (last.Unit == Unit.Day && last.Month == 0)
            {
                last.Month = first.Month;
            }

            if (!TryResolve(first, context, out start, out _, out errorPosition, out expected) ||
                !TryResolve(last, context, out _, out end, out errorPosition, out expected))
            {
                return false;
            }

            if (end < start)
            {
                return Fail(last.Position, "an end not before the start", out errorPosition, out expected);
            }

            return true;
        }

        if (first.Unit == Unit.Bare)
        {
            return Fail(pos, "年, 月, 日 or 季度 after the number", out errorPosition, out expected);
        }

        return TryResolve(first, context, out start, out end, out errorPosition, out expected);
    }

    private static bool TryReadPoint(ReadOnlySpan<char> s, ref int pos, out Point point, out int errorPosition, out string expected)
    {
        point = default;
        point.Position = pos;
        errorPosition = 0;
        expected = string.Empty;
        if (!TryReadKeyword(s, ref pos, ref point, out var found, out errorPosition, out expected))
        {
            return false;
        }

        if (found)
        {
            return true;
        }

        var numberPos = pos;
        if (!TextScanner.TryReadNumber(s, ref pos, out var value))
        {
            return Fail(pos, "a year, month, quarter or half-year, such as 2025年10月", out errorPosition, out expected);
        }

        if (TextScanner.At(s, pos, "年"))
        {
            if (value is < 1 or > 9999)
            {
                return Fail(numberPos, "a year 1–9999", out errorPosition, out expected);
            }

            pos++;
            point.Year = value;
            point.Unit = Unit.Year;
            if (TextScanner.At(s, pos, "全年"))
            {
                pos += 2;
                return true;
            }

            if (!TryReadKeyword(s, ref pos, ref point, out found, out errorPosition, out expected))
            {
                return false;
            }

            if (found)
            {
                return true;
            }

            var subPos = pos;
            if (!TextScanner.TryReadNumber(s, ref pos, out var sub))
            {
                return true; // the year alone
            }

            return TryReadUnit(s, ref pos, ref point, sub, subPos, out errorPosition, out expected);
        }

        return TryReadUnit(s, ref pos, ref point, value, numberPos, out errorPosition, out expected);
    }

    /// <summary>第N季度, 前N季度, 前N个月, 上半年, 下半年, 全年 (keeping any year already read).</summary>
    private static bool TryReadKeyword(ReadOnlySpan<char> s, ref int pos, ref Point point, out bool found, out int errorPosition, out string expected)
    {
        found = false;
        errorPosition = 0;
        expected = string.Empty;
        if (TextScanner.At(s, pos, "上半年") || TextScanner.At(s, pos, "下半年"))
        {
            point.Unit = Unit.Half;
            point.Value = s[pos] == '上' ? 1 : 2;
            pos += 3;
            found = true;
            return true;
        }

        if (TextScanner.At(s, pos, "全年"))
        {
            point.Unit = Unit.Year;
            pos += 2;
            found = true;
            return true;
        }

        if (pos >= s.Length || s[pos] is not ('第' or '前'))
        {
            return true;
        }

        var leading = s[pos];
        pos++;
        var numberPos = pos;
        if (!TextScanner.TryReadNumber(s, ref pos, out var n))
        {
            return Fail(pos, leading == '第' ? "a quarter number, as in 第三季度" : "a number, as in 前三季度 or 前10个月", out errorPosition, out expected);
        }

        point.ValuePosition = numberPos;
        if (TextScanner.At(s, pos, "季"))
        {
            pos++;
            if (TextScanner.At(s, pos, "度"))
            {
                pos++;
            }

            if (n is < 1 or > 4)
            {
                return Fail(numberPos, "a quarter 1–4", out errorPosition, out expected);
            }

            point.Unit = leading == '第' ? Unit.Quarter : Unit.FirstQuarters;
            point.Value = n;
            found = true;
            return true;
        }

        if (leading == '前' && (TextScanner.At(s, pos, "个月") || TextScanner.At(s, pos, "月")))
        {
            pos += s[pos] == '个' ? 2 : 1;
            if (n is < 1 or > 12)
            {
                return Fail(numberPos, "a number of months 1–12", out errorPosition, out expected);
            }

            point.Unit = Unit.FirstMonths;
            point.Value = n;
            found = true;
            return true;
        }

        return Fail(pos, leading == '第' ? "季度" : "季度 or 个月", out errorPosition, out expected);
    }

    /// <summary>The unit after a number: 月 (and a day after it), 季度, 日/号, or none yet (before a range mark).</summary>
    private static bool TryReadUnit(ReadOnlySpan<char> s, ref int pos, ref Point point, int value, int valuePos, out int errorPosition, out string expected)
    {
        errorPosition = 0;
        expected = string.Empty;
        point.Value = value;
        point.ValuePosition = valuePos;
        if (TextScanner.At(s, pos, "月"))
        {
            if (value is < 1 or > 12)
            {
                return Fail(valuePos, "a month 1–12", out errorPosition, out expected);
            }

            pos++;
            point.Unit = Unit.Month;
            point.Month = value;
            var dayPos = pos;
            if (TextScanner.TryReadNumber(s, ref pos, out var day))
            {
                point.Value = day;
                point.ValuePosition = dayPos;
                if (pos < s.Length && s[pos] is '日' or '号')
                {
                    pos++;
                    point.Unit = Unit.Day;
                }
                else if (pos < s.Length && CharFolding.IsRangeMark(s[pos]))
                {
                    point.Unit = Unit.Bare; // 10月1—15日
                }
                else
                {
                    return Fail(pos, "日 after the day", out errorPosition, out expected);
                }
            }

            return true;
        }

        if (TextScanner.At(s, pos, "季"))
        {
            pos++;
            if (TextScanner.At(s, pos, "度"))
            {
                pos++;
            }

            if (value is < 1 or > 4)
            {
                return Fail(valuePos, "a quarter 1–4", out errorPosition, out expected);
            }

            point.Unit = Unit.Quarter;
            return true;
        }

        if (pos < s.Length && s[pos] is '日' or '号')
        {
            pos++;
            point.Unit = Unit.Day;
            return true;
        }

        if (pos < s.Length && CharFolding.IsRangeMark(s[pos]))
        {
            point.Unit = Unit.Bare;
            return true;
        }

        return Fail(pos, "年, 月, 日 or 季度 after the number", out errorPosition, out expected);
    }

    private static bool TryResolve(Point point, PeriodReadingContext context, out LocalDate start, out LocalDate end, out int errorPosition, out string expected)
    {
        start = end = default;
        errorPosition = 0;
        expected = string.Empty;
        var year = point.Year;
        if (year == 0)
        {
            if (context.Year is not { } contextYear)
            {
                return Fail(point.Position, "a year (such as 2025年), or a context year", out errorPosition, out expected);
            }

            year = contextYear;
        }

        int first, last;
        switch (point.Unit)
        {
            case Unit.Year:
                first = 1;
                last = 12;
                break;
            case Unit.Half:
                first = point.Value == 1 ? 1 : 7;
                last = first + 5;
                break;
            case Unit.Quarter:
                first = ((point.Value - 1) * 3) + 1;
                last = first + 2;
                break;
            case Unit.FirstQuarters:
                first = 1;
                last = point.Value * 3;
                break;
            case Unit.FirstMonths:
                first = 1;
                last = point.Value;
                break;
            case Unit.Month:
                first = last = point.Month;
                break;
            default:
                if (point.Month == 0)
                {
                    return Fail(point.Position, "a month (such as 10月) before the day", out errorPosition, out expected);
                }

                var days = CalendarSystem.Iso.GetDaysInMonth(year, point.Month);
                if (point.Value < 1 || point.Value > days)
                {
                    return Fail(point.ValuePosition, string.Format(CultureInfo.InvariantCulture, "a day 1–{0} of {1:D4}-{2:D2}", days, year, point.Month), out errorPosition, out expected);
                }

                start = end = new LocalDate(year, point.Month, point.Value);
                return true;
        }

        start = new LocalDate(year, first, 1);
        end = new LocalDate(year, last, CalendarSystem.Iso.GetDaysInMonth(year, last));
        return true;
    }

    private static bool Fail(int position, string what, out int errorPosition, out string expected)
    {
        errorPosition = position;
        expected = what;
        return false;
    }

    private struct Point
    {
        public Unit Unit;
        public int Year;
        public int Month;
        public int Value;
        public int Position;
        public int ValuePosition;
    }
}
