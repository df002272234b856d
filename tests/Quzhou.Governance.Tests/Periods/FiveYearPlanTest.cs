using System;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Quzhou.Governance.Parsing;
using Quzhou.Governance.Periods;
using Xunit;

namespace Quzhou.Governance.Tests.Periods;

public class FiveYearPlanTest
{
    [Theory]
    [InlineData(1, 1953, 1957, "一五", "第一个五年计划", "1st Five-Year Plan")]
    [InlineData(2, 1958, 1962, "二五", "第二个五年计划", "2nd Five-Year Plan")]
    [InlineData(3, 1966, 1970, "三五", "第三个五年计划", "3rd Five-Year Plan")]
    [InlineData(10, 2001, 2005, "十五", "第十个五年计划", "10th Five-Year Plan")]
    [InlineData(11, 2006, 2010, "十一五", "第十一个五年规划", "11th Five-Year Plan")]
    [InlineData(13, 2016, 2020, "十三五", "第十三个五年规划", "13th Five-Year Plan")]
    [InlineData(14, 2021, 2025, "十四五", "第十四个五年规划", "14th Five-Year Plan")]
    [InlineData(15, 2026, 2030, "十五五", "第十五个五年规划", "15th Five-Year Plan")]
    [InlineData(20, 2051, 2055, "二十五", "第二十个五年规划", "20th Five-Year Plan")]
    [InlineData(21, 2056, 2060, "二十一五", "第二十一个五年规划", "21st Five-Year Plan")]
    [InlineData(22, 2061, 2065, "二十二五", "第二十二个五年规划", "22nd Five-Year Plan")]
    public void FromOrdinal_KnownPlan_HasYearsAndNames(int ordinal, int first, int last, string shortName, string formal, string english)
    {
        var plan = FiveYearPlan.FromOrdinal(ordinal);
        Assert.Equal(ordinal, plan.Ordinal);
        Assert.Equal(first, plan.FirstYear);
        Assert.Equal(last, plan.LastYear);
        Assert.Equal(shortName, plan.ShortName);
        Assert.Equal(formal, plan.FormalName);
        Assert.Equal(english, plan.EnglishName);
        Assert.Equal(english, plan.ToString());
        Assert.Equal(CalendarPeriod.ForMonths(new YearMonth(first, 1), new YearMonth(last, 12)), plan.Period);
        Assert.Equal(60, plan.Period.MonthCount);
        Assert.Equal(new DateInterval(new LocalDate(first, 1, 1), new LocalDate(last, 12, 31)), plan.Period.ToDateInterval());
        Assert.Equal(new DateInterval(new LocalDate(first, 1, 1), new LocalDate(last, 12, 31)), plan.ToDateInterval());
        Assert.Equal(new[] { first, first + 1, first + 2, first + 3, last }, plan.Years);
        Assert.Equal(CalendarPeriod.ForYear(first), plan.OpeningYear);
        Assert.Equal(CalendarPeriod.ForYear(last), plan.ClosingYear);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(FiveYearPlan.MaxOrdinal + 1)]
    public void FromOrdinal_OutOfRange_ThrowsNamingArgument(int ordinal)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => FiveYearPlan.FromOrdinal(ordinal));
        Assert.Equal("ordinal", ex.ParamName);
        Assert.Equal(ordinal, ex.ActualValue);
    }

    [Fact]
    public void Default_IsFirstPlan()
    {
        Assert.Equal(1, default(FiveYearPlan).Ordinal);
        Assert.Equal(1953, default(FiveYearPlan).FirstYear);
    }

    [Theory]
    [InlineData(1953, 1)]
    [InlineData(1957, 1)]
    [InlineData(1958, 2)]
    [InlineData(1962, 2)]
    [InlineData(1966, 3)]
    [InlineData(2005, 10)]
    [InlineData(2021, 14)]
    [InlineData(2025, 14)]
    [InlineData(2026, 15)]
    public void ForYear_YearInPlan_ReturnsPlan(int year, int ordinal)
    {
        Assert.True(FiveYearPlan.TryForYear(year, out var plan));
        Assert.Equal(ordinal, plan.Ordinal);
        Assert.Equal(ordinal, FiveYearPlan.ForYear(year)!.Value.Ordinal);
        Assert.Equal(ordinal, FiveYearPlan.ForDate(new LocalDate(year, 6, 30))!.Value.Ordinal);
        Assert.Equal(ordinal, FiveYearPlan.ForMonth(new YearMonth(year, 12))!.Value.Ordinal);
    }

    [Theory]
    [InlineData(1952)]
    [InlineData(1963)]
    [InlineData(1964)]
    [InlineData(1965)]
    [InlineData(1)]
    [InlineData(2456)]
    public void ForYear_NoPlan_ReturnsNone(int year)
    {
        Assert.False(FiveYearPlan.TryForYear(year, out _));
        Assert.Null(FiveYearPlan.ForYear(year));
        Assert.Null(FiveYearPlan.ForDate(new LocalDate(year, 1, 1)));
    }

    [Fact]
    public void PreviousAndNext_Neighbours()
    {
        var fourteenth = FiveYearPlan.FromOrdinal(14);
        Assert.Equal(FiveYearPlan.FromOrdinal(13), fourteenth.Previous());
        Assert.Equal(FiveYearPlan.FromOrdinal(15), fourteenth.Next());
        Assert.False(FiveYearPlan.FromOrdinal(1).HasPrevious);
        Assert.Throws<InvalidOperationException>(() => FiveYearPlan.FromOrdinal(1).Previous());
        Assert.False(FiveYearPlan.FromOrdinal(FiveYearPlan.MaxOrdinal).HasNext);
        Assert.Throws<InvalidOperationException>(() => FiveYearPlan.FromOrdinal(FiveYearPlan.MaxOrdinal).Next());
    }

    [Fact]
    public void SameSpanInPrevious_Interview_ThirteenthSameSpan()
    {
        var data = CalendarPeriod.ForMonths(new YearMonth(2021, 1), new YearMonth(2025, 10));
        var fourteenth = FiveYearPlan.Parse("“十四五”");
        var basePeriod = fourteenth.SameSpanInPrevious(data);
        Assert.Equal(CalendarPeriod.ForMonths(new YearMonth(2016, 1), new YearMonth(2020, 10)), basePeriod);
        Assert.Equal(58, basePeriod.MonthCount);
        Assert.Equal(58, data.MonthCount);
        Assert.Equal(data, FiveYearPlan.FromOrdinal(13).SameSpanInNext(basePeriod));
        Assert.Equal(basePeriod, data.SameSpanInPreviousPlan());
        Assert.Equal(data, basePeriod.SameSpanInNextPlan());
    }

    [Fact]
    public void SameSpanInPrevious_ThirdPlan_EightYearsEarlier()
    {
        var third = FiveYearPlan.FromOrdinal(3);
        Assert.Equal(CalendarPeriod.ForYear(1958), third.SameSpanInPrevious(CalendarPeriod.ForYear(1966)));
        Assert.Equal(CalendarPeriod.ForYear(1966), FiveYearPlan.FromOrdinal(2).SameSpanInNext(CalendarPeriod.ForYear(1958)));
    }

    [Fact]
    public void SameSpanInPrevious_DayRange_KeepsDaysAndMapsLeapDay()
    {
        var fourteenth = FiveYearPlan.FromOrdinal(14);
        var days = CalendarPeriod.ForDays(new LocalDate(2021, 3, 5), new LocalDate(2024, 2, 29));
        var mapped = fourteenth.SameSpanInPrevious(days);
        Assert.Equal(CalendarPeriod.ForDays(new LocalDate(2016, 3, 5), new LocalDate(2019, 2, 28)), mapped);
    }

    [Fact]
    public void SameSpanInPrevious_PeriodOutsidePlan_ThrowsNamingArgument()
    {
        var ex = Assert.Throws<ArgumentException>(() => FiveYearPlan.FromOrdinal(14).SameSpanInPrevious(CalendarPeriod.ForYear(2026)));
        Assert.Equal("period", ex.ParamName);
    }

    [Fact]
    public void SameSpanInPrevious_FirstPlan_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => FiveYearPlan.FromOrdinal(1).SameSpanInPrevious(CalendarPeriod.ForYear(1953)));
        Assert.Throws<InvalidOperationException>(() => CalendarPeriod.ForYear(1953).SameSpanInPreviousPlan());
        Assert.False(CalendarPeriod.ForYear(1953).TrySameSpanInPreviousPlan(out _));
    }

    [Theory]
    [InlineData("十四五", 14)]
    [InlineData("“十四五”", 14)]
    [InlineData("\"十四五\"", 14)]
    [InlineData("『十四五』", 14)]
    [InlineData("「十四五」", 14)]
    [InlineData("十四五时期", 14)]
    [InlineData("“十四五”期间", 14)]
    [InlineData("“十四五”以来", 14)]
    [InlineData("“十四五”规划", 14)]
    [InlineData("第十四个五年规划", 14)]
    [InlineData("14th Five-Year Plan", 14)]
    [InlineData("14th FYP", 14)]
    [InlineData("14TH five year plan", 14)]
    [InlineData("“十五”", 10)]
    [InlineData("十五", 10)]
    [InlineData("“十五五”", 15)]
    [InlineData("十五五时期", 15)]
    [InlineData("“十三五”同期", 13)]
    [InlineData("一五", 1)]
    [InlineData("第一个五年计划", 1)]
    [InlineData("第10个五年计划", 10)]
    [InlineData("二十五", 20)]
    [InlineData("  十四五  ", 14)]
    public void Parse_NameAsWritten_ReadsPlan(string text, int ordinal)
    {
        Assert.Equal(ordinal, FiveYearPlan.Parse(text).Ordinal);
        Assert.Equal(ordinal, FiveYearPlan.Read(text).Value.Ordinal);
        Assert.True(FiveYearPlan.TryParse(text, out var plan));
        Assert.Equal(ordinal, plan.Ordinal);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("十四", 0)]
    [InlineData("五", 0)]
    [InlineData("“十四五", 4)]
    [InlineData("十四五以后", 3)]
    [InlineData("第十四个五年", 6)]
    [InlineData("14th Plan", 5)]
    [InlineData("一百零一五", 0)]
    [InlineData("0th FYP", 0)]
    public void Parse_NotAName_ReturnsErrorWithPosition(string text, int position)
    {
        var result = FiveYearPlan.Read(text);
        Assert.False(result.Success);
        Assert.Equal(position, result.Error.Position);
        Assert.Equal(position, PlanReference.Read(text).Error.Position);
        Assert.False(FiveYearPlan.TryParse(text, out _));
        Assert.Throws<UnparsableValueException>(() => FiveYearPlan.Parse(text));
    }

    [Fact]
    public void Parse_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => FiveYearPlan.Parse(null!));
        Assert.False(FiveYearPlan.TryParse(null, out _));
    }

    [Theory]
    [InlineData(null, "14th Five-Year Plan")]
    [InlineData("E", "14th Five-Year Plan")]
    [InlineData("B", "14th FYP")]
    [InlineData("J", "十四五")]
    [InlineData("Q", "“十四五”")]
    [InlineData("zh", "“十四五”")]
    [InlineData("L", "第十四个五年规划")]
    public void ToString_Format_WritesName(string? format, string expected)
    {
        var plan = FiveYearPlan.FromOrdinal(14);
        Assert.Equal(expected, plan.ToString(format, CultureInfo.InvariantCulture));
        Span<char> buffer = stackalloc char[32];
        Assert.True(plan.TryFormat(buffer, out var written, format.AsSpan(), CultureInfo.InvariantCulture));
        Assert.Equal(expected, buffer.Slice(0, written).ToString());
    }

    [Fact]
    public void ToString_ChineseCulture_WritesQuotedShortName()
    {
        Assert.Equal("“十四五”", FiveYearPlan.FromOrdinal(14).ToString(null, CultureInfo.GetCultureInfo("zh-CN")));
    }

    [Fact]
    public void ToString_UnknownFormat_Throws()
    {
        Assert.Throws<FormatException>(() => FiveYearPlan.FromOrdinal(14).ToString("X", null));
    }

    [Theory]
    [InlineData("S")]
    [InlineData("A")]
    [InlineData("F")]
    public void ToString_LetterOfAnotherType_Throws(string format)
    {
        // "S" is an SDMX code, "A" Arabic digits, "F" fixed places: none of them names a plan.
        Assert.Throws<FormatException>(() => FiveYearPlan.FromOrdinal(14).ToString(format, null));
    }

    [Fact]
    public void TryFormat_ShortBuffer_ReturnsFalse()
    {
        Span<char> buffer = stackalloc char[3];
        Assert.False(FiveYearPlan.FromOrdinal(14).TryFormat(buffer, out var written, "E".AsSpan(), null));
        Assert.Equal(0, written);
    }

    [Fact]
    public void Comparison_ByOrdinal()
    {
        TestHelper.TestOrdering(FiveYearPlan.FromOrdinal(13), FiveYearPlan.FromOrdinal(13), FiveYearPlan.FromOrdinal(14), FiveYearPlan.FromOrdinal(15));
    }

    [Fact]
    public void Contains_YearsAndPeriods()
    {
        var plan = FiveYearPlan.FromOrdinal(14);
        Assert.True(plan.Contains(2021));
        Assert.False(plan.Contains(2026));
        Assert.True(plan.Contains(CalendarPeriod.ForMonth(2025, 10)));
        Assert.False(plan.Contains(CalendarPeriod.ForMonths(new YearMonth(2025, 10), new YearMonth(2026, 1))));
    }

#if !LIBRARY_NETSTANDARD
    [Fact]
    public void Parsable_Interfaces_Read()
    {
        Assert.Equal(14, ParseWith<FiveYearPlan>("十四五").Ordinal);
        Assert.Equal(15, SpanParseWith<FiveYearPlan>("十五五").Ordinal);
        Assert.True(TrySpanParseWith<FiveYearPlan>("“十五”", out var tenth));
        Assert.Equal(10, tenth.Ordinal);
        Assert.False(TrySpanParseWith<FiveYearPlan>("十四", out _));
    }

    private static T ParseWith<T>(string s) where T : IParsable<T> => T.Parse(s, null);

    private static T SpanParseWith<T>(string s) where T : ISpanParsable<T> => T.Parse(s.AsSpan(), null);

    private static bool TrySpanParseWith<T>(string s, out T result) where T : ISpanParsable<T> => T.TryParse(s.AsSpan(), null, out result!);
#endif

    [Property]
    public Property ForYear_AgreesWithPlanYears() => Prop.ForAll(
        Gen.Choose(1, FiveYearPlan.MaxOrdinal).ToArbitrary(),
        Gen.Choose(0, 4).ToArbitrary(),
        (ordinal, offset) =>
        {
            var plan = FiveYearPlan.FromOrdinal(ordinal);
            return FiveYearPlan.ForYear(plan.FirstYear + offset) == plan && plan.Contains(plan.FirstYear + offset);
        });

    [Property]
    public Property ForYear_EveryYear_IsInItsPlan() => Prop.ForAll(
        Gen.Choose(1900, 2500).ToArbitrary(),
        year => FiveYearPlan.ForYear(year) is not { } plan || (plan.FirstYear <= year && year <= plan.LastYear));

    [Property]
    public Property Names_RoundTrip() => Prop.ForAll(
        Gen.Choose(1, FiveYearPlan.MaxOrdinal).ToArbitrary(),
        ordinal =>
        {
            var plan = FiveYearPlan.FromOrdinal(ordinal);
            return FiveYearPlan.Parse(plan.ShortName) == plan
                && FiveYearPlan.Parse(plan.ToString("Q", null)) == plan
                && FiveYearPlan.Parse(plan.FormalName) == plan
                && FiveYearPlan.Parse(plan.EnglishName) == plan
                && FiveYearPlan.Parse(plan.ToString("B", null)) == plan;
        });

    [Property]
    public Property Ordering_AgreesWithEquality() => Prop.ForAll(
        Gen.Choose(1, FiveYearPlan.MaxOrdinal).ToArbitrary(),
        Gen.Choose(1, FiveYearPlan.MaxOrdinal).ToArbitrary(),
        (a, b) =>
        {
            var x = FiveYearPlan.FromOrdinal(a);
            var y = FiveYearPlan.FromOrdinal(b);
            return (x.CompareTo(y) == 0) == x.Equals(y) && Math.Sign(x.CompareTo(y)) == -Math.Sign(y.CompareTo(x));
        });
}
