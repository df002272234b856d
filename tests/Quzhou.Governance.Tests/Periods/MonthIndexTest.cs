using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Quzhou.Governance.Periods;
using Xunit;

namespace Quzhou.Governance.Tests.Periods;

public class MonthIndexTest
{
    [Theory]
    [InlineData(2025, 10, 24309)]
    [InlineData(1, 1, MonthIndex.MinValue)]
    [InlineData(9999, 12, MonthIndex.MaxValue)]
    public void Of_Month_RoundTripsThroughToYearMonth(int year, int month, int index)
    {
        Assert.Equal(index, MonthIndex.Of(year, month));
        Assert.Equal(index, MonthIndex.Of(new YearMonth(year, month)));
        Assert.Equal(index, MonthIndex.Of(new LocalDate(year, month, 1)));
        Assert.Equal(new YearMonth(year, month), MonthIndex.ToYearMonth(index));
    }

    [Fact]
    public void OfAndToYearMonth_OutOfRange_ThrowNamingArgument()
    {
        Assert.Equal("index", Assert.Throws<ArgumentOutOfRangeException>(() => MonthIndex.ToYearMonth(11)).ParamName);
        Assert.Equal("month", Assert.Throws<ArgumentOutOfRangeException>(() => MonthIndex.Of(2025, 13)).ParamName);
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => MonthIndex.Of(0, 1)).ParamName);
        Assert.Equal(58, MonthIndex.Of(2025, 10) - MonthIndex.Of(2021, 1) + 1);
    }
    [Property]
    public Property ToYearMonthThenOf_IsIdentity() => Prop.ForAll(
        Gen.Choose(MonthIndex.MinValue, MonthIndex.MaxValue).ToArbitrary(),
        i => MonthIndex.Of(MonthIndex.ToYearMonth(i)) == i && MonthIndex.Of(MonthIndex.ToYearMonth(i + (i < MonthIndex.MaxValue ? 1 : 0))) >= i);

}
