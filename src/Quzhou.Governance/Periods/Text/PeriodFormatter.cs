using System;
using System.Globalization;
using NodaTime;
using Quzhou.Governance.Parsing;

namespace Quzhou.Governance.Periods.Text;

/// <summary>Writes <see cref="CalendarPeriod"/>s as codes and in Chinese, into a span.</summary>
internal static class PeriodFormatter
{
    /// <summary>More than the longest text any format writes.</summary>
    internal const int MaxLength = 40;

    private const string QuarterNumerals = "一二三四";

    internal static bool IsKnownFormat(ReadOnlySpan<char> format) =>
        format.Length == 0 || format.SequenceEqual("G".AsSpan()) || format.SequenceEqual("S".AsSpan()) ||
        format.SequenceEqual("I".AsSpan()) || format.SequenceEqual("D".AsSpan()) || format.SequenceEqual("zh".AsSpan()) ||
        format.SequenceEqual("C".AsSpan());

    /// <summary>Writes the period; false when the format is unknown or the destination too short.</summary>
    internal static bool TryFormat(CalendarPeriod period, Span<char> destination, out int written, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var writer = new SpanWriter(destination);
        if (format.Length == 0 || format.SequenceEqual("G".AsSpan()))
        {
            if (TextCulture.IsChinese(provider))
            {
                WriteChinese(ref writer, period);
            }
            else
            {
                WriteCode(ref writer, period);
            }
        }
        else if (format.SequenceEqual("S".AsSpan()))
        {
            WriteCode(ref writer, period);
        }
        else if (format.SequenceEqual("I".AsSpan()))
        {
            WriteIso(ref writer, period);
        }
        else if (format.SequenceEqual("D".AsSpan()))
        {
            WriteDuration(ref writer, period);
        }
        else if (format.SequenceEqual("zh".AsSpan()) || format.SequenceEqual("C".AsSpan()))
        {
            WriteChinese(ref writer, period);
        }
        else
        {
            written = 0;
            return false;
        }

        written = writer.Fitted ? writer.Length : 0;
        return writer.Fitted;
    }

    private static void WriteCode(ref SpanWriter w, CalendarPeriod p)
    {
        var start = p.Start;
        switch (p.Kind)
        {
            case CalendarPeriodKind.Year:
                w.AppendNumber(start.Year, 4);
                break;
            case CalendarPeriodKind.HalfYear:
                w.AppendNumber(start.Year, 4);
                w.Append("-S");
                w.AppendNumber(start.Month == 1 ? 1 : 2, 1);
                break;
            case CalendarPeriodKind.Quarter:
                w.AppendNumber(start.Year, 4);
                w.Append("-Q");
                w.AppendNumber(((start.Month - 1) / 3) + 1, 1);
                break;
            case CalendarPeriodKind.Month:
                w.AppendNumber(start.Year, 4);
                w.Append("-M");
                w.AppendNumber(start.Month, 2);
                break;
            case CalendarPeriodKind.MonthRange:
                WriteMonth(ref w, start);
                w.Append('/');
                WriteMonth(ref w, p.End);
                break;
            default:
                WriteDays(ref w, p);
                break;
        }
    }

    private static void WriteIso(ref SpanWriter w, CalendarPeriod p)
    {
        switch (p.Kind)
        {
            case CalendarPeriodKind.Year:
                w.AppendNumber(p.Start.Year, 4);
                break;
            case CalendarPeriodKind.Month:
                WriteMonth(ref w, p.Start);
                break;
            case CalendarPeriodKind.DayRange:
                WriteDays(ref w, p);
                break;
            default:
                WriteMonth(ref w, p.Start);
                w.Append('/');
                WriteMonth(ref w, p.End);
                break;
        }
    }

    private static void WriteDuration(ref SpanWriter w, CalendarPeriod p)
    {
        WriteDate(ref w, p.Start);
        w.Append("/P");
        if (p.IsWholeMonths)
        {
            var months = p.MonthCount;
            if (months % 12 == 0)
            {
                w.AppendNumber(months / 12, 1);
                w.Append('Y');
            }
            else
            {
                w.AppendNumber(months, 1);
                w.Append('M');
            }
        }
        else
        {
            w.AppendNumber(p.DayCount, 1);
            w.Append('D');
        }
    }

    private static void WriteDays(ref SpanWriter w, CalendarPeriod p)
    {
        WriteDate(ref w, p.Start);
        if (p.End != p.Start)
        {
            w.Append('/');
            WriteDate(ref w, p.End);
        }
    }

    private static void WriteMonth(ref SpanWriter w, LocalDate date)
    {
        w.AppendNumber(date.Year, 4);
        w.Append('-');
        w.AppendNumber(date.Month, 2);
    }

    private static void WriteDate(ref SpanWriter w, LocalDate date)
    {
        WriteMonth(ref w, date);
        w.Append('-');
        w.AppendNumber(date.Day, 2);
    }

    private static void WriteChinese(ref SpanWriter w, CalendarPeriod p)
    {
        var start = p.Start;
        var end = p.End;
        switch (p.Kind)
        {
            case CalendarPeriodKind.Year:
                WriteYear(ref w, start.Year);
                break;
            case CalendarPeriodKind.HalfYear:
                WriteYear(ref w, start.Year);
                w.Append(start.Month == 1 ? "上半年" : "下半年");
                break;
            case CalendarPeriodKind.Quarter:
                WriteYear(ref w, start.Year);
                w.Append('第');
                w.Append(QuarterNumerals[(start.Month - 1) / 3]);
                w.Append("季度");
                break;
            case CalendarPeriodKind.Month:
                WriteYear(ref w, start.Year);
                WriteMonthOnly(ref w, start.Month);
                break;
            case CalendarPeriodKind.MonthRange when start.Year == end.Year:
                // 2025年1—10月
                WriteYear(ref w, start.Year);
                w.AppendNumber(start.Month, 1);
                w.Append('\u2014');
                WriteMonthOnly(ref w, end.Month);
                break;
            case CalendarPeriodKind.MonthRange when start.Month == 1 && end.Month == 12:
                // 2021—2025年
                w.AppendNumber(start.Year, 4);
                w.Append('\u2014');
                WriteYear(ref w, end.Year);
                break;
            case CalendarPeriodKind.MonthRange:
                WriteYear(ref w, start.Year);
                WriteMonthOnly(ref w, start.Month);
                w.Append('至');
                WriteYear(ref w, end.Year);
                WriteMonthOnly(ref w, end.Month);
                break;
            default:
                WriteChineseDate(ref w, start);
                if (end != start)
                {
                    w.Append('至');
                    WriteChineseDate(ref w, end);
                }

                break;
        }
    }

    private static void WriteYear(ref SpanWriter w, int year)
    {
        w.AppendNumber(year, 4);
        w.Append('年');
    }

    private static void WriteMonthOnly(ref SpanWriter w, int month)
    {
        w.AppendNumber(month, 1);
        w.Append('月');
    }

    private static void WriteChineseDate(ref SpanWriter w, LocalDate date)
    {
        WriteYear(ref w, date.Year);
        WriteMonthOnly(ref w, date.Month);
        w.AppendNumber(date.Day, 1);
        w.Append('日');
    }
}
