using System;
using System.Globalization;
using NodaTime;
using Quzhou.Governance.Parsing;
using Quzhou.Governance.Periods;
using Quzhou.Governance.Periods.Text;
using Xunit;

namespace Quzhou.Governance.Tests.Periods;

public partial class CalendarPeriodTest
{
    public static TheoryData<string, string> Codes => new()
    {
        { "2025", "2025" },
        { "2025-A1", "2025" },
        { "2025-S1", "2025-S1" },
        { "2025-S2", "2025-S2" },
        { "2025-Q3", "2025-Q3" },
        { "2025-q3", "2025-Q3" },
        { "2025-M10", "2025-M10" },
        { "2025-M1", "2025-M01" },
        { "2025-10", "2025-M10" },
        { "２０２５－Ｑ３", "2025-Q3" },
        { "2021-01/2025-10", "2021-01/2025-10" },
        { "2021-01-01/2025-10-31", "2021-01/2025-10" },
        { "2021-01-01/P58M", "2021-01/2025-10" },
        { "9995-02-01/P59M", "9995-02/9999-12" }, // ends on the last day there is (found by SdmxDuration_RoundTrips)
        { "2021-01/P58M", "2021-01/2025-10" },
        { "2025-01-01/P1Y", "2025" },
        { "2025-07-01/P3M", "2025-Q3" },
        { "2025-10-05/P10D", "2025-10-05/2025-10-14" },
        { "2025-10-05/P1W", "2025-10-05/2025-10-11" },
        { "2025-10-05", "2025-10-05" },
        { "2025-Q1/2025-Q3", "2025-01/2025-09" },
        { "2021/2025", "2021-01/2025-12" },
        { " 2025-Q3 ", "2025-Q3" },
        { "2024-02-29", "2024-02-29" },
    };

    [Theory]
    [MemberData(nameof(Codes))]
    public void ParseCode_ValidCode_ReadsPeriod(string text, string canonical)
    {
        var period = CalendarPeriodText.ParseCode(text).Value;
        Assert.Equal(canonical, period.ToString());
        Assert.Equal(period, CalendarPeriod.Parse(text));
        Assert.True(CalendarPeriod.TryParse(text, out var again));
        Assert.Equal(period, again);
        Assert.Equal(period, CalendarPeriodText.ParseCode(text.AsSpan()).Value);
    }

    [Theory]
    [InlineData("2025-Q5", 6, "quarter")]
    [InlineData("2025-Q0", 6, "quarter")]
    [InlineData("2025-13", 5, "month")]
    [InlineData("2025-00", 5, "month")]
    [InlineData("2025-M13", 6, "month")]
    [InlineData("2025-S3", 6, "half-year")]
    [InlineData("20x5", 2, "four-digit year")]
    [InlineData("0000", 0, "year")]
    [InlineData("202", 3, "four-digit year")]
    [InlineData("20255", 4, "four-digit year")]
    [InlineData("2025-", 5, "S, Q, M")]
    [InlineData("2025-X1", 5, "S, Q, M")]
    [InlineData("2025-1", 6, "two-digit month")]
    [InlineData("2025-02-30", 8, "day 01–28")]
    [InlineData("2024-02-30", 8, "day 01–29")]
    [InlineData("2025-Q3x", 7, "'/' or the end")]
    [InlineData("2025/", 5, "four-digit year")]
    [InlineData("2025-10/2021-01", 8, "not before the start")]
    [InlineData("2025-01-01/P", 12, "duration")]
    [InlineData("2025-01-01/P0D", 11, "at least one day")]
    [InlineData("2025-01-01/P3X", 13, "Y, M, W or D")]
    [InlineData("2025-01-01/P3D2M", 15, "order")]
    [InlineData("2025-01-01/P99999999D", 12, "10,000,000")]
    [InlineData("9999-01-01/P2Y", 11, "9999")]
    [InlineData("9999-12-01/P40D", 11, "9999")]
    [InlineData("2025-01-01/P1Yx", 14, "the end of the code")]
    [InlineData("2025-A2", 6, "A1")]
    [InlineData("", 0, "four-digit year")]
    public void ParseCode_BadCode_ReportsPositionAndExpectation(string text, int position, string expected)
    {
        var result = CalendarPeriodText.ParseCode(text);
        Assert.False(result.Success);
        Assert.Equal(position, result.Error.Position);
        Assert.Contains(expected, result.Error.Expected, StringComparison.Ordinal);
        Assert.Same(text, result.Error.Text);
        Assert.False(CalendarPeriodText.ParseCode(text.AsSpan()).Success);
    }

    [Theory]
    [InlineData("2025-13", 5, "a month 01–12")]
    [InlineData("2025-00", 5, "a month 01–12")]
    [InlineData("2025-M13", 6, "a month number 1–12")]
    [InlineData("2025-Q5", 6, "a quarter number 1–4")]
    [InlineData("2025-S3", 6, "a half-year number 1 or 2")]
    [InlineData("2025-02-30", 8, "a day 01–28")]
    [InlineData("2025-12-32", 8, "a day 01–31")]
    [InlineData("2021-01/2025-13", 13, "a month 01–12")]
    [InlineData("0000", 0, "a year 0001–9999")]
    public void Parse_CodeWithAFieldOutOfRange_NamesTheRangeAtTheField(string text, int position, string expected)
    {
        var error = CalendarPeriodText.Parse(text).Error;
        Assert.Equal(position, error.Position);
        Assert.Equal(expected, error.Expected);
        Assert.Equal(expected, CalendarPeriodText.Parse(text.AsSpan(), default).Error.Expected);
    }

    [Fact]
    public void Parse_YearRangeWithoutYearWord_StillAsksForTheWord()
    {
        // 2021-2025 is no code (a month has two digits), so the phrase reader's error stands.
        var error = CalendarPeriodText.Parse("2021-2025").Error;
        Assert.Equal(9, error.Position);
        Assert.Equal(CalendarPeriod.ForMonths(new NodaTime.YearMonth(2021, 1), new NodaTime.YearMonth(2025, 12)), CalendarPeriodText.Parse("2021-2025年").Value);
    }

    [Theory]
    [InlineData("2025-Q5")]
    [InlineData("2025-13")]
    [InlineData("2025-S3")]
    [InlineData("20x5")]
    [InlineData("2025年13月")]
    [InlineData("1—10月")]
    public void Parse_BadText_ThrowsUnparsable(string text)
    {
        var ex = Assert.Throws<UnparsableValueException>(() => CalendarPeriod.Parse(text));
        Assert.Equal(text, ex.Error.Text);
        Assert.False(CalendarPeriod.TryParse(text, out _));
    }

    [Fact]
    public void Parse_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => CalendarPeriod.Parse(null!));
        Assert.Throws<ArgumentNullException>(() => CalendarPeriodText.Parse(null!));
        Assert.Throws<ArgumentNullException>(() => CalendarPeriodText.ParseCode(null!));
        Assert.Throws<ArgumentNullException>(() => CalendarPeriodText.ParseChinese(null!));
        Assert.False(CalendarPeriod.TryParse(null, out _));
    }

    public static TheoryData<string, string> ChinesePhrases => new()
    {
        { "2025年", "2025" },
        { "2025年全年", "2025" },
        { "２０２５年", "2025" },
        { "二〇二五年", "2025" },
        { "二〇二五年十月", "2025-M10" },
        { "2025年上半年", "2025-S1" },
        { "2025年下半年", "2025-S2" },
        { "2025年三季度", "2025-Q3" },
        { "2025年第三季度", "2025-Q3" },
        { "2025年第3季度", "2025-Q3" },
        { "2025年一季度", "2025-Q1" },
        { "2025年第四季", "2025-Q4" },
        { "2025年前三季度", "2025-01/2025-09" },
        { "2025年前10个月", "2025-01/2025-10" },
        { "2025年10月", "2025-M10" },
        { "2025年10月5日", "2025-10-05" },
        { "2025年10月5号", "2025-10-05" },
        { "2021年1月至2025年10月", "2021-01/2025-10" },
        { "2021年1月—2025年10月", "2021-01/2025-10" },
        { "2021年1月–2025年10月", "2021-01/2025-10" },
        { "2021年1月-2025年10月", "2021-01/2025-10" },
        { "2021年1月～2025年10月", "2021-01/2025-10" },
        { "2021年1月到2025年10月", "2021-01/2025-10" },
        { "2021年1月——2025年10月", "2021-01/2025-10" },
        { "2025年1—10月", "2025-01/2025-10" },
        { "2025年1月至10月", "2025-01/2025-10" },
        { "2021—2025年", "2021-01/2025-12" },
        { "2021年至2025年", "2021-01/2025-12" },
        { "2025年10月1—15日", "2025-10-01/2025-10-15" },
        { "2025年10月1日至2025年10月31日", "2025-M10" },
        { "2025年一至三季度", "2025-01/2025-09" },
        { "截至2025年10月底", "2025-01/2025-10" },
        { "截至2025年10月末", "2025-01/2025-10" },
        { "截至2025年底", "2025" },
        { "截止到2025年10月15日", "2025-01-01/2025-10-15" },
        { "“十四五”", "2021-01/2025-12" },
        { "“十四五”时期", "2021-01/2025-12" },
        { "十四五期间", "2021-01/2025-12" },
        { "“十四五”开局之年", "2021" },
        { "“十四五”收官之年", "2025" },
        { "“十三五”收官年", "2020" },
        { "“十五”", "2001-01/2005-12" },
        { "“十五五”", "2026-01/2030-12" },
        { "第十四个五年规划", "2021-01/2025-12" },
        { "14th Five-Year Plan", "2021-01/2025-12" },
    };

    [Theory]
    [MemberData(nameof(ChinesePhrases))]
    public void ParseChinese_Phrase_ReadsPeriod(string text, string code)
    {
        Assert.Equal(code, CalendarPeriodText.ParseChinese(text).Value.ToString());
        Assert.Equal(code, CalendarPeriod.Parse(text).ToString());
        Assert.Equal(code, CalendarPeriodText.ParseChinese(text.AsSpan(), default).Value.ToString());
    }

    [Theory]
    [InlineData("1—10月", "2025-01/2025-10")]
    [InlineData("前三季度", "2025-01/2025-09")]
    [InlineData("第三季度", "2025-Q3")]
    [InlineData("三季度", "2025-Q3")]
    [InlineData("上半年", "2025-S1")]
    [InlineData("10月", "2025-M10")]
    [InlineData("全年", "2025")]
    [InlineData("截至10月底", "2025-01/2025-10")]
    public void ParseChinese_NoYear_TakesContextYear(string text, string code)
    {
        var context = PeriodReadingContext.ForYear(2025);
        Assert.Equal(code, CalendarPeriodText.ParseChinese(text, context).Value.ToString());
        Assert.Equal(code, CalendarPeriodText.Parse(text, context).Value.ToString());
        Assert.True(CalendarPeriodText.TryParse(text.AsSpan(), context, out var period));
        Assert.Equal(code, period.ToString());
        var missing = CalendarPeriodText.ParseChinese(text);
        Assert.False(missing.Success);
        Assert.Contains("context year", missing.Error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseChinese_SinceStart_RunsToContextEnd()
    {
        var context = PeriodReadingContext.ThroughEndOf(CalendarPeriod.ForMonth(2025, 10));
        var since = CalendarPeriodText.ParseChinese("“十四五”以来", context).Value;
        Assert.Equal(Months(2021, 1, 2025, 10), since);
        Assert.Equal(58, since.MonthCount);
        Assert.Equal(2025, context.Year);
        Assert.Equal(Months(2025, 1, 2025, 10), CalendarPeriodText.ParseChinese("1—10月", context).Value);

        var noEnd = CalendarPeriodText.ParseChinese("“十四五”以来");
        Assert.False(noEnd.Success);
        Assert.Equal(5, noEnd.Error.Position);
        Assert.Contains("context end", noEnd.Error.Expected, StringComparison.Ordinal);

        var early = CalendarPeriodText.ParseChinese("“十五五”以来", context);
        Assert.False(early.Success);
        Assert.Contains("plan's start", early.Error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseChinese_UpTo_FromContextStart()
    {
        var context = new PeriodReadingContext { Start = new LocalDate(2021, 1, 1) };
        Assert.Equal(Months(2021, 1, 2025, 10), CalendarPeriodText.ParseChinese("截至2025年10月底", context).Value);
        var late = new PeriodReadingContext { Start = new LocalDate(2026, 1, 1) };
        var result = CalendarPeriodText.ParseChinese("截至2025年10月底", late);
        Assert.False(result.Success);
        Assert.Equal(2, result.Error.Position);
    }

    [Theory]
    [InlineData("2025年13月", 5, "month 1–12")]
    [InlineData("2025年第五季度", 6, "quarter 1–4")]
    [InlineData("2025年5季度", 5, "quarter 1–4")]
    [InlineData("2025年前五季度", 6, "quarter 1–4")]
    [InlineData("2025年前13个月", 6, "1–12")]
    [InlineData("2025年第三", 7, "季度")]
    [InlineData("2025年前三", 7, "季度 or 个月")]
    [InlineData("2025年第", 6, "quarter number")]
    [InlineData("2025年2月30日", 7, "day 1–28")]
    [InlineData("2025年10月5", 9, "日")]
    [InlineData("10000年", 0, "year 1–9999")]
    [InlineData("2025年10月至2021年1月", 9, "not before the start")]
    [InlineData("2025", 4, "after the number")]
    [InlineData("2021—2025", 9, "after the number")]
    [InlineData("2025年10月啊", 8, "end of the text")]
    [InlineData("“十三五”同期", 5, "relation")]
    [InlineData("截至2025年10月底以来", 11, "end of the text")]
    [InlineData("1—15日", 0, "context year")]
    [InlineData("啊", 0, "year, month")]
    [InlineData("0—2025年", 0, "year 1–9999")]
    [InlineData("13—10月", 0, "month 1–12")]
    [InlineData("5—三季度", 0, "quarter 1–4")]
    [InlineData("1—上半年", 0, "after the number")]
    public void ParseChinese_Bad_ReportsPositionAndExpectation(string text, int position, string expected)
    {
        var result = CalendarPeriodText.ParseChinese(text);
        Assert.False(result.Success);
        Assert.Equal(position, result.Error.Position);
        Assert.Contains(expected, result.Error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseChinese_DayWithoutMonth_ErrorsWithContext()
    {
        var result = CalendarPeriodText.ParseChinese("1—15日", PeriodReadingContext.ForYear(2025));
        Assert.False(result.Success);
        Assert.Contains("month", result.Error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void ContextForYear_YearOutOfRange_NamesTheYear()
    {
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => PeriodReadingContext.ForYear(0)).ParamName);
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => PeriodReadingContext.ForYear(10000)).ParamName);
    }

    [Fact]
    public void Context_Validates()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PeriodReadingContext.ForYear(0));
        Assert.Throws<ArgumentException>(() => new PeriodReadingContext { End = new LocalDate(2025, 1, 1, CalendarSystem.Julian) });
        Assert.Throws<ArgumentOutOfRangeException>(() => new PeriodReadingContext { Start = new LocalDate(0, 1, 1) });
        var a = PeriodReadingContext.ForYear(2025);
        Assert.True(a == PeriodReadingContext.ForYear(2025));
        Assert.True(a != default);
        Assert.True(a.Equals((object)PeriodReadingContext.ForYear(2025)));
        Assert.Equal(a.GetHashCode(), PeriodReadingContext.ForYear(2025).GetHashCode());
        Assert.Null(default(PeriodReadingContext).Year);
        Assert.Null(new PeriodReadingContext { Year = null }.Year);
    }

    [Fact]
    public void ParseChinese_NoContextYear_MessageSaysWhatIsMissing()
    {
        Assert.Equal(
            "Expected a year (such as 2025年), or a context year at position 0 in \"1—10月\", found \"1—10月\".",
            CalendarPeriodText.ParseChinese("1—10月").Error.Message);
    }

    [Fact]
    public void Parse_Span_AllocatesNothingOnSuccess()
    {
        var texts = new[] { "2025-Q3", "2025-M10", "2021-01/2025-10", "2021-01-01/P58M", "2025年10月", "2021年1月至2025年10月", "“十四五”收官之年" };
        long Read()
        {
            long sum = 0;
            foreach (var text in texts)
            {
                sum += CalendarPeriodText.Parse(text.AsSpan(), default).Value.DayCount;
            }

            return sum;
        }

        var expected = Read(); // warm up
        var before = GC.GetAllocatedBytesForCurrentThread();
        var sum = Read();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(expected, sum);
        Assert.Equal(0, allocated);
    }

    public static TheoryData<string, string, string, string> Formats => new()
    {
        // code, ISO, duration, Chinese
        { "2025", "2025", "2025-01-01/P1Y", "2025年" },
        { "2025-S1", "2025-01/2025-06", "2025-01-01/P6M", "2025年上半年" },
        { "2025-S2", "2025-07/2025-12", "2025-07-01/P6M", "2025年下半年" },
        { "2025-Q3", "2025-07/2025-09", "2025-07-01/P3M", "2025年第三季度" },
        { "2025-M10", "2025-10", "2025-10-01/P1M", "2025年10月" },
        { "2025-01/2025-10", "2025-01/2025-10", "2025-01-01/P10M", "2025年1—10月" },
        { "2021-01/2025-10", "2021-01/2025-10", "2021-01-01/P58M", "2021年1月至2025年10月" },
        { "2021-01/2025-12", "2021-01/2025-12", "2021-01-01/P5Y", "2021—2025年" },
        { "2025-10-05", "2025-10-05", "2025-10-05/P1D", "2025年10月5日" },
        { "2021-01-05/2025-10-31", "2021-01-05/2025-10-31", "2021-01-05/P1761D", "2021年1月5日至2025年10月31日" },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void ToString_EachFormat_WritesAndReadsBack(string code, string iso, string duration, string chinese)
    {
        var period = CalendarPeriod.Parse(code);
        Assert.Equal(code, period.ToString());
        Assert.Equal(code, period.ToString("G", CultureInfo.InvariantCulture));
        Assert.Equal(code, period.ToString("S", CultureInfo.GetCultureInfo("zh-CN")));
        Assert.Equal(iso, period.ToString("I", null));
        Assert.Equal(duration, period.ToString("D", null));
        Assert.Equal(chinese, period.ToString("zh", null));
        Assert.Equal(chinese, period.ToString("C", null));
        Assert.Equal(chinese, period.ToString(null, CultureInfo.GetCultureInfo("zh-CN")));
        Assert.Equal(period, CalendarPeriod.Parse(iso));
        Assert.Equal(period, CalendarPeriod.Parse(duration));
        Assert.Equal(period, CalendarPeriod.Parse(chinese));

        Span<char> buffer = stackalloc char[40];
        Assert.True(period.TryFormat(buffer, out var written, "zh".AsSpan(), null));
        Assert.Equal(chinese, buffer.Slice(0, written).ToString());
        Assert.True(period.TryFormat(buffer, out written, default, null));
        Assert.Equal(code, buffer.Slice(0, written).ToString());
    }

    [Fact]
    public void Format_UnknownOrShortBuffer()
    {
        var period = CalendarPeriod.ForQuarter(2025, 3);
        Assert.Throws<FormatException>(() => period.ToString("X", null));
        Assert.Throws<FormatException>(() => period.TryFormat(new char[10], out _, "X".AsSpan(), null));
        Assert.False(period.TryFormat(new char[3], out var written, "S".AsSpan(), null));
        Assert.Equal(0, written);
    }

#if !LIBRARY_NETSTANDARD
    [Fact]
    public void Parsable_Interfaces_Read()
    {
        Assert.Equal(CalendarPeriod.ForQuarter(2025, 3), ParseWith<CalendarPeriod>("2025-Q3"));
        Assert.Equal(CalendarPeriod.ForMonth(2025, 10), SpanParseWith<CalendarPeriod>("2025年10月"));
        Assert.True(TryParseWith<CalendarPeriod>("2025-M10", out var month));
        Assert.Equal(CalendarPeriod.ForMonth(2025, 10), month);
        Assert.False(TryParseWith<CalendarPeriod>("2025-M13", out _));
        Assert.True(TrySpanParseWith<CalendarPeriod>("2025-S1", out var half));
        Assert.Equal(CalendarPeriod.ForHalfYear(2025, 1), half);
        Assert.Equal("2025-Q3", Interpolate(CalendarPeriod.ForQuarter(2025, 3)));
    }

    private static string Interpolate<T>(T value) where T : ISpanFormattable => $"{value}";

    private static T ParseWith<T>(string s) where T : IParsable<T> => T.Parse(s, null);

    private static bool TryParseWith<T>(string s, out T result) where T : IParsable<T> => T.TryParse(s, null, out result!);

    private static T SpanParseWith<T>(string s) where T : ISpanParsable<T> => T.Parse(s.AsSpan(), null);

    private static bool TrySpanParseWith<T>(string s, out T result) where T : ISpanParsable<T> => T.TryParse(s.AsSpan(), null, out result!);
#endif
}
