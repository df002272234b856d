using System;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Quzhou.Governance.Quantities;
using Xunit;

namespace Quzhou.Governance.Tests.Quantities;

public class CountTest
{
    [Fact]
    public void Constructor_Negative_ThrowsNamingArgument()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Count(-1));
        Assert.Equal("value", ex.ParamName);
        Assert.Equal(-1L, ex.ActualValue);
    }

    [Fact]
    public void Default_IsZero()
    {
        Assert.Equal(Count.Zero, default);
        Assert.True(default(Count).IsZero);
        Assert.Equal(0L, default(Count).Value);
    }

    [Fact]
    public void Subtract_TwoCounts_GivesSignedChange()
    {
        CountChange change = new Count(3) - new Count(5);
        Assert.Equal(-2L, change.Value);
        Assert.Equal(change, Count.Subtract(new Count(3), new Count(5)));
        Assert.Equal(change, new Count(3).Minus(new Count(5)));
    }

    [Fact]
    public void Add_Change_MovesCount()
    {
        // 从江西流入的产业工人增加1360人.
        var before = new Count(2000);
        var after = before + new CountChange(1360);
        Assert.Equal(new Count(3360), after);
        Assert.Equal(after, before.Plus(new CountChange(1360)));
        Assert.Equal(after, Count.Add(before, new CountChange(1360)));
        Assert.Equal(before, after - new CountChange(1360));
        Assert.Equal(before, after.Minus(new CountChange(1360)));
        Assert.Equal(before, Count.Subtract(after, new CountChange(1360)));
    }

    [Fact]
    public void Add_ChangeBelowZero_ThrowsWithClearMessage()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Count(3) + new CountChange(-5));
        Assert.Equal("change", ex.ParamName);
        Assert.Contains("-5", ex.Message, StringComparison.Ordinal);
        Assert.Contains("below zero", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Subtract_ChangeBelowZero_Throws() =>
        Assert.Throws<ArgumentException>(() => new Count(3) - new CountChange(4));

    [Fact]
    public void Add_Overflow_Throws()
    {
        Assert.Throws<OverflowException>(() => new Count(long.MaxValue) + new Count(1));
        Assert.Throws<OverflowException>(() => new Count(long.MaxValue) + new CountChange(1));
    }

    [Fact]
    public void Add_TwoCounts_Sums()
    {
        Assert.Equal(new Count(6007), new Count(4282) + new Count(1725));
        Assert.Equal(new Count(6007), Count.Add(new Count(4282), new Count(1725)));
        Assert.Equal(new Count(6007), new Count(4282).Plus(new Count(1725)));
    }

    [Fact]
    public void Conversions_RoundTrip()
    {
        var count = (Count)4282L;
        long back = count;
        Assert.Equal(4282L, back);
        Assert.Equal(count, Count.FromInt64(4282));
        Assert.Equal(4282L, count.ToInt64());
        Assert.Throws<ArgumentOutOfRangeException>(() => (Count)(-3L));
    }

    [Fact]
    public void Comparison_Operators_FollowValues()
    {
        TestHelper.TestOrdering(new Count(1725), new Count(1725), new Count(4282));
        TestHelper.TestOrdering(Count.Zero, default, new Count(1), new Count(1725), new Count(long.MaxValue));
    }

    [Theory]
    [InlineData(4282L, null, "4282")]
    [InlineData(4282L, "G", "4282")]
    [InlineData(4282L, "zh", "4282")]
    [InlineData(4282L, "N", "4,282")]
    [InlineData(190000L, "万", "19万")]
    [InlineData(13600L, "万", "1.36万")]
    [InlineData(13650L, "万1", "1.4万")]
    [InlineData(123000000L, "亿", "1.23亿")]
    [InlineData(0L, "万", "0万")]
    public void ToString_Format_WritesDocumentedText(long value, string? format, string expected) =>
        Assert.Equal(expected, new Count(value).ToString(format, CultureInfo.InvariantCulture));

    [Fact]
    public void ToString_Default_IsDigits() => Assert.Equal("1725", new Count(1725).ToString());

    [Fact]
    public void ToStringWithUnit_CountingWord_Appends()
    {
        Assert.Equal("4282个", new Count(4282).ToStringWithUnit("个"));
        Assert.Equal("19万次", new Count(190000).ToStringWithUnit("次", "万"));
        Assert.Throws<ArgumentNullException>(() => new Count(1).ToStringWithUnit(null!));
    }

    [Fact]
    public void ToString_UnknownFormat_ThrowsFormatException() =>
        Assert.Throws<FormatException>(() => new Count(1).ToString("X", CultureInfo.InvariantCulture));

    [Fact]
    public void TryFormat_SmallDestination_ReturnsFalse()
    {
        Span<char> buffer = stackalloc char[3];
        Assert.False(new Count(4282).TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture));
        Assert.Equal(0, written);
        Span<char> enough = stackalloc char[8];
        Assert.True(new Count(4282).TryFormat(enough, out written, "G".AsSpan(), CultureInfo.InvariantCulture));
        Assert.Equal("4282", enough.Slice(0, written).ToString());
    }

    [Property]
    public Property AddThenSubtract_Change_IsIdentity() =>
        Prop.ForAll(
            Gen.Choose(0, int.MaxValue).ToArbitrary(),
            Gen.Choose(0, int.MaxValue).ToArbitrary(),
            (a, b) => new Count(b) + (new Count(a) - new Count(b)) == new Count(a));

    [Property]
    public Property Ordering_AgreesWithEquality() =>
        Prop.ForAll(
            Gen.Choose(0, 50).ToArbitrary(),
            Gen.Choose(0, 50).ToArbitrary(),
            (a, b) => (new Count(a).CompareTo(new Count(b)) == 0) == (new Count(a) == new Count(b)));
}
