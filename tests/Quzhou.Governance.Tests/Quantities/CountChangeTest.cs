using System;
using System.Globalization;
using Quzhou.Governance.Quantities;
using Xunit;

namespace Quzhou.Governance.Tests.Quantities;

public class CountChangeTest
{
    [Fact]
    public void Default_IsZero()
    {
        Assert.Equal(CountChange.Zero, default);
        Assert.False(default(CountChange).IsIncrease);
        Assert.False(default(CountChange).IsDecrease);
    }

    [Fact]
    public void Arithmetic_Operators_AndTwins()
    {
        var a = new CountChange(1360);
        var b = new CountChange(-25);
        Assert.Equal(new CountChange(1335), a + b);
        Assert.Equal(new CountChange(1335), CountChange.Add(a, b));
        Assert.Equal(new CountChange(1335), a.Plus(b));
        Assert.Equal(new CountChange(1385), a - b);
        Assert.Equal(new CountChange(1385), CountChange.Subtract(a, b));
        Assert.Equal(new CountChange(1385), a.Minus(b));
        Assert.Equal(new CountChange(25), -b);
        Assert.Equal(new CountChange(25), CountChange.Negate(b));
        Assert.True(a.IsIncrease);
        Assert.True(b.IsDecrease);
    }

    [Fact]
    public void Arithmetic_Overflow_Throws()
    {
        Assert.Throws<OverflowException>(() => new CountChange(long.MaxValue) + new CountChange(1));
        Assert.Throws<OverflowException>(() => new CountChange(long.MinValue) - new CountChange(1));
        Assert.Throws<OverflowException>(() => -new CountChange(long.MinValue));
    }

    [Fact]
    public void Comparison_FollowsValues()
    {
        TestHelper.TestOrdering(new CountChange(-25), new CountChange(-25), new CountChange(0), new CountChange(1360));
    }

    [Theory]
    [InlineData(1360L, null, "+1360")]
    [InlineData(-25L, null, "-25")]
    [InlineData(0L, null, "0")]
    [InlineData(1360L, "zh", "增加1360")]
    [InlineData(-25L, "zh", "减少25")]
    [InlineData(0L, "zh", "持平")]
    [InlineData(13600L, "万", "增加1.36万")]
    [InlineData(long.MinValue, "zh", "减少9223372036854775808")]
    [InlineData(long.MinValue, null, "-9223372036854775808")]
    public void ToString_Format_WritesDocumentedText(long value, string? format, string expected) =>
        Assert.Equal(expected, new CountChange(value).ToString(format, CultureInfo.InvariantCulture));

    [Fact]
    public void ToString_ChineseCulture_DefaultsToChinese() =>
        Assert.Equal("增加1360", new CountChange(1360).ToString(null, new CultureInfo("zh-CN")));

    [Fact]
    public void ToStringWithUnit_Interview_增加1360人()
    {
        Assert.Equal("增加1360人", new CountChange(1360).ToStringWithUnit("人", "zh"));
        Assert.Equal("+1360人", new CountChange(1360).ToStringWithUnit("人"));
        Assert.Equal("持平", CountChange.Zero.ToStringWithUnit("人", "zh"));
        Assert.Equal("+1360", new CountChange(1360).ToString());
    }

    [Fact]
    public void TryFormat_Fits_Writes()
    {
        Span<char> buffer = stackalloc char[16];
        Assert.True(new CountChange(-25).TryFormat(buffer, out var written, "zh".AsSpan(), null));
        Assert.Equal("减少25", buffer.Slice(0, written).ToString());
    }
}
