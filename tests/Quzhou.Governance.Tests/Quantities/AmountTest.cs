using System;
using System.Globalization;
using Quzhou.Governance.Quantities;
using Xunit;

namespace Quzhou.Governance.Tests.Quantities;

public class AmountTest
{
    [Fact]
    public void Factories_KeepExactFen()
    {
        Assert.Equal(123_456_789L, Amount.FromYuan(1_234_567.89m).Fen);
        Assert.Equal(1_234_567.89m, Amount.FromYuan(1_234_567.89m).Yuan);
        Assert.Equal(Amount.FromYuan(1_234_500m), Amount.FromWanYuan(123.45m));
        Assert.Equal(Amount.FromYuan(123_000_000m), Amount.FromYiYuan(1.23m));
        Assert.Equal(Amount.FromFen(5), Amount.FromYuan(0.05m));
        Assert.Equal(Amount.Zero, default);
    }

    [Fact]
    public void FromYuan_FractionOfFen_ThrowsNamingArgument()
    {
        var ex = Assert.Throws<ArgumentException>(() => Amount.FromYuan(0.001m));
        Assert.Equal("yuan", ex.ParamName);
        Assert.Contains("0.001", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Amount.FromWanYuan(0.0000001m));
    }

    [Fact]
    public void FromYuan_TooLarge_ThrowsOverflow() =>
        Assert.Throws<OverflowException>(() => Amount.FromYiYuan(1_000_000_000_000m));

    [Fact]
    public void Arithmetic_Operators_AndTwins()
    {
        var a = Amount.FromYuan(100m);
        var b = Amount.FromYuan(0.5m);
        Assert.Equal(Amount.FromYuan(100.5m), a + b);
        Assert.Equal(Amount.FromYuan(100.5m), Amount.Add(a, b));
        Assert.Equal(Amount.FromYuan(100.5m), a.Plus(b));
        Assert.Equal(Amount.FromYuan(99.5m), a - b);
        Assert.Equal(Amount.FromYuan(99.5m), Amount.Subtract(a, b));
        Assert.Equal(Amount.FromYuan(99.5m), a.Minus(b));
        Assert.Equal(Amount.FromYuan(-0.5m), -b);
        Assert.Equal(Amount.FromYuan(-0.5m), Amount.Negate(b));
        Assert.Equal(Amount.FromYuan(300m), a * 3);
        Assert.Equal(Amount.FromYuan(300m), Amount.Multiply(a, 3));
        Assert.Throws<OverflowException>(() => Amount.FromFen(long.MaxValue) + Amount.FromFen(1));
        Assert.Throws<OverflowException>(() => Amount.FromFen(long.MaxValue) * 2);
        Assert.Throws<OverflowException>(() => -Amount.FromFen(long.MinValue));
    }

    [Fact]
    public void Comparison_FollowsValues()
    {
        TestHelper.TestOrdering(Amount.FromYuan(1m), Amount.FromFen(100), Amount.FromYuan(2m));
        TestHelper.TestOrdering(Amount.FromFen(-1), Amount.FromYuan(-0.01m), Amount.Zero, Amount.FromFen(1));
    }

    [Theory]
    [InlineData(123_456_789L, null, "1234567.89")]
    [InlineData(10_000L, null, "100")]
    [InlineData(1_250L, null, "12.50")]
    [InlineData(1_250L, "zh", "12.50元")]
    [InlineData(123_456_789L, "F0", "1234568")]
    [InlineData(123_450_000L, "万", "123.45万元")]
    [InlineData(123_456_789L, "万2", "123.46万元")]
    [InlineData(12_300_000_000L, "亿", "1.23亿元")]
    [InlineData(12_345_678_900L, "亿2", "1.23亿元")]
    [InlineData(150_000_000_000_000L, "万亿", "1.5万亿元")]
    [InlineData(-1_250L, null, "-12.50")]
    public void ToString_Format_WritesDocumentedText(long fen, string? format, string expected) =>
        Assert.Equal(expected, Amount.FromFen(fen).ToString(format, CultureInfo.InvariantCulture));

    [Fact]
    public void ToString_Default_IsInvariantYuan()
    {
        Assert.Equal("1234567.89", Amount.FromFen(123_456_789).ToString());
        Assert.Equal("1234567.89元", Amount.FromFen(123_456_789).ToString(null, new CultureInfo("zh-CN")));
    }

    [Fact]
    public void TryFormat_Fits_Writes()
    {
        Span<char> buffer = stackalloc char[16];
        Assert.True(Amount.FromYiYuan(1.23m).TryFormat(buffer, out var written, "亿".AsSpan(), null));
        Assert.Equal("1.23亿元", buffer.Slice(0, written).ToString());
        Assert.False(Amount.FromYiYuan(1.23m).TryFormat(buffer.Slice(0, 2), out written, "亿".AsSpan(), null));
    }

    [Fact]
    public void RelativeTo_Amounts_IsExactChange()
    {
        var change = Amount.FromYuan(80m).RelativeTo(Amount.FromYuan(100m));
        Assert.Equal(-20m, change.Value);
        Assert.Throws<ArgumentOutOfRangeException>(() => Amount.FromYuan(-1m).RelativeTo(Amount.FromYuan(1m)));
    }
}
