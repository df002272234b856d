using System;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Quzhou.Governance.Parsing;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Series;

public partial class SeriesPeriodTest
{
    private static Gen<SeriesPeriod> PeriodGen =>
        from frequency in Gen.Elements(Frequency.Month, Frequency.Quarter, Frequency.Year)
        from year in Gen.Choose(SeriesPeriod.MinYear, SeriesPeriod.MaxYear)
        from number in Gen.Choose(1, SeriesPeriod.PeriodsPerYear(frequency))
        select frequency switch
        {
            Frequency.Month => SeriesPeriod.Month(year, number),
            Frequency.Quarter => SeriesPeriod.Quarter(year, number),
            _ => SeriesPeriod.CalendarYear(year),
        };

    [Theory]
    [InlineData("2025-10")]
    [InlineData("2025-M10")]
    [InlineData("2025-m10")]
    [InlineData("2025年10月")]
    [InlineData("2025年十月")]
    [InlineData("202510")]
    [InlineData("2025.10")]
    [InlineData("２０２５－１０")]
    [InlineData(" 2025-10 ")]
    public void Parse_SpreadsheetMonthForms_IsOctober2025(string text)
    {
        Assert.Equal(SeriesPeriod.Month(2025, 10), SeriesPeriod.Parse(text));
        Assert.True(SeriesPeriod.TryParse(text, out var period));
        Assert.Equal(SeriesPeriod.Month(2025, 10), period);
        Assert.Equal(SeriesPeriod.Month(2025, 10), SeriesPeriod.Read(text.AsSpan()).Value);
    }

    [Theory]
    [InlineData("2025.01", 1)]
    [InlineData("2025.09", 9)]
    [InlineData("2025.12", 12)]
    [InlineData("2025年1月", 1)]
    [InlineData("202501", 1)]
    [InlineData("2025-M01", 1)]
    public void Parse_TwoDigitOrChineseMonth_IsThatMonth(string text, int month)
    {
        Assert.Equal(SeriesPeriod.Month(2025, month), SeriesPeriod.Parse(text));
    }

    [Theory]
    [InlineData("2025-Q3")]
    [InlineData("2025Q3")]
    [InlineData("2025年第三季度")]
    [InlineData("2025年三季度")]
    [InlineData("2025年第3季度")]
    public void Parse_QuarterForms_IsThirdQuarter(string text)
    {
        Assert.Equal(SeriesPeriod.Quarter(2025, 3), SeriesPeriod.Parse(text));
    }

    [Theory]
    [InlineData("2025")]
    [InlineData("2025年")]
    public void Parse_YearForms_IsYear(string text)
    {
        Assert.Equal(SeriesPeriod.CalendarYear(2025), SeriesPeriod.Parse(text));
    }

    [Fact]
    public void Read_OneDigitMonthAfterDot_FailsAsAmbiguous()
    {
        var result = SeriesPeriod.Read("2025.1");

        Assert.False(result.Success);
        Assert.Equal(5, result.Error.Position);
        Assert.Contains("ambiguous", result.Error.Message, StringComparison.Ordinal);
        Assert.Contains("2025.10", result.Error.Message, StringComparison.Ordinal);
        Assert.False(SeriesPeriod.TryParse("2025.1", out _));
        var thrown = Assert.Throws<UnparsableValueException>(() => SeriesPeriod.Parse("2025.1"));
        Assert.Contains("ambiguous", thrown.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-13", 5, "a month 01–12")]
    [InlineData("2025-1", 5, "a two-digit month 01–12")]
    [InlineData("2025-Q5", 6, "a quarter 1–4")]
    [InlineData("2025年13月", 5, "a month 1–12")]
    [InlineData("2025年第五季度", 6, "a quarter 1–4")]
    [InlineData("202513", 4, "a month 01–12")]
    [InlineData("25-10", 0, "a four-digit year (or six digits for a year and month, 202510)")]
    [InlineData("0000", 0, "a year 0001–9999")]
    [InlineData("", 0, "a four-digit year")]
    [InlineData("2025-10x", 7, "the end of the text")]
    [InlineData("2025/10", 4, "'-', '.', 'Q', '年' or the end of the text")]
    public void Read_BadText_SaysWhereAndWhat(string text, int position, string expected)
    {
        var result = SeriesPeriod.Read(text);

        Assert.False(result.Success);
        Assert.Equal(position, result.Error.Position);
        Assert.Equal(expected, result.Error.Expected);
        Assert.False(SeriesPeriod.TryParse(text.AsSpan(), out _));
    }

    [Fact]
    public void ToString_SdmxAndChineseLetters_AsCalendarPeriods()
    {
        Assert.Equal("2025-Q3", SeriesPeriod.Quarter(2025, 3).ToString("S", CultureInfo.GetCultureInfo("zh-CN")));
        Assert.Equal("2025年10月", SeriesPeriod.Month(2025, 10).ToString("C", CultureInfo.InvariantCulture));
        Assert.Equal("0900年第一季度", SeriesPeriod.Quarter(900, 1).ToString("zh", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void TryFormat_EachFormat_WritesAsToString()
    {
        Span<char> buffer = stackalloc char[16];
        foreach (var period in new[] { SeriesPeriod.Month(2025, 10), SeriesPeriod.Quarter(2025, 3), SeriesPeriod.CalendarYear(2025) })
        {
            foreach (var format in new[] { "", "G", "S", "I", "D", "zh", "C" })
            {
                Assert.True(period.TryFormat(buffer, out var written, format.AsSpan(), CultureInfo.InvariantCulture));
                Assert.Equal(period.ToString(format, CultureInfo.InvariantCulture), buffer.Slice(0, written).ToString());
            }
        }

        Assert.False(SeriesPeriod.Quarter(2025, 3).TryFormat(buffer.Slice(0, 8), out var none, "zh".AsSpan(), null));
        Assert.Equal(0, none);
        Assert.Throws<FormatException>(() => SeriesPeriod.Month(2025, 10).TryFormat(new char[16], out _, "X".AsSpan(), null));
    }

    [Fact]
    public void TryParse_Null_IsFalse()
    {
        Assert.False(SeriesPeriod.TryParse((string?)null, out var period));
        Assert.Equal(default, period);
        Assert.Throws<ArgumentNullException>(() => SeriesPeriod.Read((string)null!));
    }

    [Fact]
    public void NextAndPrevious_EachFrequency_StepOnePeriod()
    {
        Assert.Equal(SeriesPeriod.Month(2026, 1), SeriesPeriod.Month(2025, 12).Next());
        Assert.Equal(SeriesPeriod.Month(2024, 12), SeriesPeriod.Month(2025, 1).Previous());
        Assert.Equal(SeriesPeriod.Quarter(2026, 1), SeriesPeriod.Quarter(2025, 4).Next());
        Assert.Equal(SeriesPeriod.Quarter(2024, 4), SeriesPeriod.Quarter(2025, 1).Previous());
        Assert.Equal(SeriesPeriod.CalendarYear(2026), SeriesPeriod.CalendarYear(2025).Next());
        Assert.Equal(SeriesPeriod.CalendarYear(2024), SeriesPeriod.CalendarYear(2025).Previous());
    }

    [Fact]
    public void NextAndPrevious_AtEndsOfCalendar_Throw()
    {
        Assert.Throws<InvalidOperationException>(() => SeriesPeriod.Month(9999, 12).Next());
        Assert.Throws<InvalidOperationException>(() => SeriesPeriod.Quarter(1, 1).Previous());
        Assert.Throws<InvalidOperationException>(() => SeriesPeriod.CalendarYear(9999).Next());
    }

    [Property(MaxTest = 2000)]
    public Property Read_OfWrittenCode_IsThePeriod() => Prop.ForAll(
        PeriodGen.ToArbitrary(),
        period => SeriesPeriod.Read(period.ToString()).Value == period
            && SeriesPeriod.Parse(period.ToString("zh", CultureInfo.InvariantCulture)) == period);

    [Property(MaxTest = 2000)]
    public Property Next_ThenPrevious_IsThePeriod() => Prop.ForAll(
        PeriodGen.Where(p => p != SeriesPeriod.Month(9999, 12) && p != SeriesPeriod.Quarter(9999, 4) && p != SeriesPeriod.CalendarYear(9999)).ToArbitrary(),
        period => period.Next().Previous() == period && period.Next() == period.PlusPeriods(1));

#if !LIBRARY_NETSTANDARD
    [Fact]
    public void Parsable_Interfaces_Read()
    {
        Assert.Equal(SeriesPeriod.Quarter(2025, 3), ParseWith<SeriesPeriod>("2025-Q3"));
        Assert.Equal(SeriesPeriod.Month(2025, 10), SpanParseWith<SeriesPeriod>("2025年10月"));
        Assert.True(TryParseWith<SeriesPeriod>("202510", out var month));
        Assert.Equal(SeriesPeriod.Month(2025, 10), month);
        Assert.False(TryParseWith<SeriesPeriod>("2025.1", out _));
        Assert.Equal("2025-Q3 2025年10月", Interpolate(SeriesPeriod.Quarter(2025, 3)) + " " + string.Format(CultureInfo.InvariantCulture, "{0:zh}", SeriesPeriod.Month(2025, 10)));
    }

    private static string Interpolate<T>(T value) where T : ISpanFormattable => $"{value}";

    private static T ParseWith<T>(string s) where T : IParsable<T> => T.Parse(s, null);

    private static bool TryParseWith<T>(string s, out T result) where T : IParsable<T> => T.TryParse(s, null, out result!);

    private static T SpanParseWith<T>(string s) where T : ISpanParsable<T> => T.Parse(s.AsSpan(), null);
#endif
}
