using System;
using System.Globalization;
using Quzhou.Governance.Quantities;
using Xunit;

namespace Quzhou.Governance.Tests.Quantities;

public class PercentagePointsTest
{
    [Theory]
    [InlineData("11.53", null, "11.53 pp")]
    [InlineData("11.53", "zh", "11.53个百分点")]
    [InlineData("-1.2", "zh", "-1.2个百分点")]
    [InlineData("-1.2", "G", "-1.2 pp")]
    [InlineData("1.25", "F1", "1.3 pp")]
    [InlineData("-1.25", "zh1", "-1.3个百分点")]
    public void ToString_Format_WritesDocumentedText(string value, string? format, string expected) =>
        Assert.Equal(expected, new PercentagePoints(decimal.Parse(value, CultureInfo.InvariantCulture)).ToString(format, CultureInfo.InvariantCulture));

    [Fact]
    public void ToString_Defaults()
    {
        Assert.Equal("11.53 pp", new PercentagePoints(11.53m).ToString());
        Assert.Equal("11.53个百分点", new PercentagePoints(11.53m).ToString(null, new CultureInfo("zh-CN")));
    }

    [Fact]
    public void Arithmetic_Operators_AndTwins()
    {
        var a = new PercentagePoints(11.53m);
        var b = new PercentagePoints(1.2m);
        Assert.Equal(new PercentagePoints(12.73m), a + b);
        Assert.Equal(new PercentagePoints(12.73m), PercentagePoints.Add(a, b));
        Assert.Equal(new PercentagePoints(12.73m), a.Plus(b));
        Assert.Equal(new PercentagePoints(10.33m), a - b);
        Assert.Equal(new PercentagePoints(10.33m), PercentagePoints.Subtract(a, b));
        Assert.Equal(new PercentagePoints(10.33m), a.Minus(b));
        Assert.Equal(new PercentagePoints(-1.2m), -b);
        Assert.Equal(new PercentagePoints(-1.2m), PercentagePoints.Negate(b));
        Assert.Equal(PercentagePoints.Zero, default);
        Assert.Equal(2, a.Decimals);
    }

    [Fact]
    public void Comparison_ByValue()
    {
        TestHelper.TestOrdering(new PercentagePoints(1.20m), new PercentagePoints(1.2m), new PercentagePoints(2m));
        TestHelper.TestOrdering(new PercentagePoints(-1m), new PercentagePoints(-1.0m), new PercentagePoints(1m), new PercentagePoints(1.2m));
    }

    [Fact]
    public void Round_Decimals_HalfAwayFromZero()
    {
        Assert.Equal(new PercentagePoints(-1.3m), new PercentagePoints(-1.25m).Round(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PercentagePoints(1m).Round(29));
    }

    [Fact]
    public void TryFormat_Fits_Writes()
    {
        Span<char> buffer = stackalloc char[16];
        Assert.True(new PercentagePoints(11.53m).TryFormat(buffer, out var written, "zh".AsSpan(), null));
        Assert.Equal("11.53个百分点", buffer.Slice(0, written).ToString());
    }
}
