using System;
using System.Globalization;
using Quzhou.Governance.Quantities;
using Xunit;

namespace Quzhou.Governance.Tests.Quantities;

public partial class RelativeChangeTest
{
    [Theory]
    // 未成年人犯罪案件、人数同比下降6.67%、13.53%.
    [InlineData(14L, 15L, "-6.67%", "下降6.67%")]
    [InlineData(115L, 133L, "-13.53%", "下降13.53%")]
    // 生产安全事故发生起数、死亡人数较“十三五”下降72.96%、69.11%.
    [InlineData(43L, 159L, "-72.96%", "下降72.96%")]
    [InlineData(38L, 123L, "-69.11%", "下降69.11%")]
    [InlineData(4282L, 4000L, "+7.05%", "增长7.05%")]
    [InlineData(5L, 5L, "0.00%", "持平")]
    public void Between_Counts_PrintsAsPublished(long current, long baseValue, string invariant, string chinese)
    {
        var change = RelativeChange.Between(new Count(current), new Count(baseValue));
        Assert.Equal(invariant, change.ToString());
        Assert.Equal(chinese, change.ToString("zh", CultureInfo.InvariantCulture));
        Assert.Equal(chinese, change.ToString(null, new CultureInfo("zh-CN")));
        Assert.Equal(current, change.Current);
        Assert.Equal(baseValue, change.Base);
        Assert.Null(change.PublishedDecimals);
    }

    [Theory]
    [InlineData("-31.3", "-31.3%", "下降31.3%")]
    [InlineData("-17.5", "-17.5%", "下降17.5%")]
    [InlineData("-9.2", "-9.2%", "下降9.2%")]
    [InlineData("-82.2", "-82.2%", "下降82.2%")]
    [InlineData("-30.4", "-30.4%", "下降30.4%")]
    [InlineData("-54.3", "-54.3%", "下降54.3%")]
    [InlineData("-23.6", "-23.6%", "下降23.6%")]
    [InlineData("6.47", "+6.47%", "增长6.47%")]
    [InlineData("11.53", "+11.53%", "增长11.53%")]
    [InlineData("6.40", "+6.40%", "增长6.40%")]
    [InlineData("0", "0%", "持平")]
    [InlineData("-100", "-100%", "下降100%")]
    public void FromPercent_Published_RoundTripsText(string percent, string invariant, string chinese)
    {
        var value = decimal.Parse(percent, CultureInfo.InvariantCulture);
        var change = RelativeChange.FromPercent(value);
        Assert.Equal(invariant, change.ToString());
        Assert.Equal(chinese, change.ToString("zh", CultureInfo.InvariantCulture));
        Assert.Equal(value, change.Value);
        Assert.Equal((decimal.GetBits(value)[3] >> 16) & 0xFF, change.PublishedDecimals);
    }

    [Fact]
    public void FromPercent_Published_IsExactFraction()
    {
        var change = RelativeChange.FromPercent(-31.3m);
        Assert.Equal(687L, change.Current);
        Assert.Equal(1000L, change.Base);
        Assert.True(change.IsDecrease);
        Assert.False(change.IsIncrease);
    }

    [Theory]
    [InlineData("-100.1")]
    [InlineData("0.00000000000000001")]
    [InlineData("100000000000000000000")]
    public void FromPercent_OutOfRange_ThrowsNamingArgument(string percent)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => RelativeChange.FromPercent(decimal.Parse(percent, CultureInfo.InvariantCulture)));
        Assert.Equal("percent", ex.ParamName);
    }

    [Fact]
    public void Multiples_倍番成_Convert()
    {
        Assert.Equal(RelativeChange.FromPercent(130m), RelativeChange.FromTimesIncrease(1.3m));
        Assert.Equal("+130%", RelativeChange.FromTimesIncrease(1.3m).ToString());
        Assert.Equal("增长130%", RelativeChange.FromTimesIncrease(1.3m).ToString("zh", null));
        Assert.Equal(RelativeChange.FromPercent(100m), RelativeChange.FromDoublings(1));
        Assert.Equal(RelativeChange.FromPercent(300m), RelativeChange.FromDoublings(2));
        Assert.Equal("+300%", RelativeChange.FromDoublings(2).ToString());
        Assert.Equal(RelativeChange.Zero, RelativeChange.FromDoublings(0));
        Assert.Equal(RelativeChange.FromPercent(-30m), RelativeChange.FromTenths(-3m));
        Assert.Equal("下降30%", RelativeChange.FromTenths(-3m).ToString("zh", null));
        Assert.Equal("+25%", RelativeChange.FromTenths(2.5m).ToString());
        Assert.Equal("+125.5%", RelativeChange.FromTimesIncrease(1.255m).ToString());
    }

    [Fact]
    public void Multiples_OutOfRange_Throw()
    {
        Assert.Equal("doublings", Assert.Throws<ArgumentOutOfRangeException>(() => RelativeChange.FromDoublings(63)).ParamName);
        Assert.Equal("doublings", Assert.Throws<ArgumentOutOfRangeException>(() => RelativeChange.FromDoublings(-1)).ParamName);
        Assert.Equal("tenths", Assert.Throws<ArgumentOutOfRangeException>(() => RelativeChange.FromTenths(-11m)).ParamName);
        Assert.Equal("times", Assert.Throws<ArgumentOutOfRangeException>(() => RelativeChange.FromTimesIncrease(-1.5m)).ParamName);
    }

    [Fact]
    public void Between_ZeroBase_IsUndefinedValue()
    {
        // 生产安全事故“0”发生: a change against zero is undefined, not infinite.
        var change = RelativeChange.Between(new Count(3), Count.Zero);
        Assert.False(change.IsDefined);
        Assert.Equal(UndefinedReason.ZeroBase, change.Reason);
        Assert.False(change.TryGetValue(out var value));
        Assert.Equal(0m, value);
        Assert.False(change.IsIncrease);
        Assert.False(change.IsDecrease);
        Assert.Throws<InvalidOperationException>(() => change.Value);
        Assert.Throws<InvalidOperationException>(() => change.ToDecimal());
        Assert.Throws<InvalidOperationException>(() => change.ToPercent(2));
        Assert.Throws<InvalidOperationException>(() => change.ApplyTo(new Count(1)));
        Assert.Throws<InvalidOperationException>(() => change.ApplyTo(Amount.FromFen(1)));
        Assert.Throws<InvalidOperationException>(() => change.ApplyTo(new Percentage(1m)));
        Assert.False(change.TryApplyExactly(new Count(1), out _));
        Assert.Equal("undefined (zero base)", change.ToString());
        Assert.Equal("无法计算（基数为0）", change.ToString("zh", null));
    }

    [Fact]
    public void Undefined_Equality_AndOrder()
    {
        var a = RelativeChange.Between(new Count(3), Count.Zero);
        var b = RelativeChange.Between(new Count(7), Count.Zero);
        Assert.Equal(a, b);
        Assert.Equal(RelativeChange.Undefined, a);
        Assert.Equal(default, a);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(RelativeChange.Zero, a);
        Assert.Throws<InvalidOperationException>(() => a < RelativeChange.Zero);
        Assert.Throws<InvalidOperationException>(() => RelativeChange.Zero >= a);
        Assert.True(a.CompareTo(RelativeChange.Zero) < 0); // a total order for sorting: undefined sorts first
        Assert.Equal(0, a.CompareTo(default));
        Assert.Throws<InvalidOperationException>(() => a - RelativeChange.Zero);
    }

    [Fact]
    public void Between_Negative_ThrowsNamingArgument()
    {
        Assert.Equal("current", Assert.Throws<ArgumentOutOfRangeException>(() => RelativeChange.Between(-1L, 2L)).ParamName);
        Assert.Equal("baseValue", Assert.Throws<ArgumentOutOfRangeException>(() => RelativeChange.Between(1L, -2L)).ParamName);
        Assert.Equal("current", Assert.Throws<ArgumentOutOfRangeException>(() => RelativeChange.Between(new Percentage(-1m), new Percentage(2m))).ParamName);
        Assert.Equal("baseLevel", Assert.Throws<ArgumentOutOfRangeException>(() => RelativeChange.Between(new Percentage(1m), new Percentage(-2m))).ParamName);
    }

    [Fact]
    public void Comparison_CrossMultiplied()
    {
        var decline = RelativeChange.Between(43L, 159L);
        Assert.True(decline < RelativeChange.Zero);
        Assert.True(decline <= RelativeChange.Zero);
        Assert.True(RelativeChange.Zero > decline);
        Assert.True(RelativeChange.Zero >= decline);
        Assert.True(decline < RelativeChange.FromPercent(-72.95m));
        Assert.True(decline > RelativeChange.FromPercent(-72.97m));
        Assert.Equal(RelativeChange.Between(1L, 2L), RelativeChange.Between(2L, 4L));
        Assert.Equal(RelativeChange.Between(1L, 2L).GetHashCode(), RelativeChange.Between(2L, 4L).GetHashCode());
        Assert.Equal(RelativeChange.FromPercent(-50m), RelativeChange.Between(1L, 2L));
        Assert.Equal(RelativeChange.Zero, RelativeChange.Between(3L, 3L));
        Assert.True(((IComparable)decline).CompareTo(RelativeChange.Zero) < 0);
        Assert.Equal(1, ((IComparable)decline).CompareTo(null));
        Assert.Throws<ArgumentException>(() => ((IComparable)decline).CompareTo(0m));
        Assert.True(decline.Equals((object)RelativeChange.Between(43L, 159L)));
        Assert.False(decline.Equals((object)0m));
        Assert.True(decline != RelativeChange.Zero);
    }

    [Fact]
    public void Subtract_TwoChanges_GivesPoints()
    {
        // 增速回落1.2个百分点: 8.5% against 9.7%.
        var points = RelativeChange.FromPercent(8.5m) - RelativeChange.FromPercent(9.7m);
        Assert.Equal(new PercentagePoints(-1.2m), points);
        Assert.Equal(points, RelativeChange.Subtract(RelativeChange.FromPercent(8.5m), RelativeChange.FromPercent(9.7m)));
        Assert.Equal(points, RelativeChange.FromPercent(8.5m).Minus(RelativeChange.FromPercent(9.7m)));
        Assert.Equal("-1.2个百分点", points.ToString("zh", null));
    }

    [Fact]
    public void ApplyTo_Count_ExactOrRounded()
    {
        var change = RelativeChange.Between(43L, 159L);
        Assert.Equal(new Count(43), change.ApplyTo(new Count(159)));
        Assert.True(change.TryApplyExactly(new Count(318), out var doubled));
        Assert.Equal(new Count(86), doubled);

        // −31.3% of 100 is 68.7: rounded half away from zero to 69, and not exact.
        var published = RelativeChange.FromPercent(-31.3m);
        Assert.Equal(new Count(69), published.ApplyTo(new Count(100)));
        Assert.False(published.TryApplyExactly(new Count(100), out var none));
        Assert.Equal(Count.Zero, none);
        Assert.Equal(new Count(687), published.ApplyTo(new Count(1000)));
        Assert.Throws<OverflowException>(() => RelativeChange.FromDoublings(2).ApplyTo(new Count(long.MaxValue)));
    }

    [Fact]
    public void ApplyTo_Amount_RoundsToFen()
    {
        var change = RelativeChange.FromPercent(-31.3m);
        Assert.Equal(Amount.FromYuan(0.69m), change.ApplyTo(Amount.FromYuan(1m)));
        Assert.Equal(Amount.FromFen(1), RelativeChange.FromPercent(-50m).ApplyTo(Amount.FromFen(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => change.ApplyTo(Amount.FromFen(-1)));
    }

    [Theory]
    [InlineData(2L, 3L, 0, "-33")]
    [InlineData(2L, 3L, 4, "-33.3333")]
    [InlineData(1L, 8L, 1, "-87.5")]
    [InlineData(1L, 8L, 0, "-88")]
    [InlineData(9L, 8L, 0, "13")]
    [InlineData(9L, 8L, 2, "12.50")]
    public void Round_Decimals_IsExact(long current, long baseValue, int decimals, string expected) =>
        Assert.Equal(expected, RelativeChange.Between(current, baseValue).ToPercent(decimals).ToString(CultureInfo.InvariantCulture));

    [Fact]
    public void Round_OutOfRange_Throws() =>
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => RelativeChange.Zero.ToPercent(17)).ParamName);

    [Fact]
    public void ToString_Precision_RoundsExactly()
    {
        var change = RelativeChange.Between(14L, 15L);
        Assert.Equal("-6.7%", change.ToString("F1", null));
        Assert.Equal("-6.6667%", change.ToString("P4", null));
        Assert.Equal("下降7%", change.ToString("zh0", null));
        Assert.Equal(-6.6666666666666666666666666667m, change.Value);
        Assert.Equal(change.Value, change.ToDecimal());
    }

    [Fact]
    public void Between_Amounts_AndLevels()
    {
        Assert.Equal(RelativeChange.FromPercent(-20m), RelativeChange.Between(Amount.FromYuan(80m), Amount.FromYuan(100m)));
        Assert.Equal(RelativeChange.FromPercent(11.53m), RelativeChange.Between(new Percentage(89.224m), new Percentage(80m)));
        Assert.False(RelativeChange.Between(new Percentage(1m), Percentage.Zero).IsDefined);
        Assert.Equal(RelativeChange.Between(new Count(5), new Count(4)), new Count(5).RelativeTo(new Count(4)));
    }

    [Fact]
    public void TryFormat_Fits_Writes()
    {
        Span<char> buffer = stackalloc char[16];
        Assert.True(RelativeChange.FromPercent(-31.3m).TryFormat(buffer, out var written, "zh".AsSpan(), null));
        Assert.Equal("下降31.3%", buffer.Slice(0, written).ToString());
        Assert.False(RelativeChange.FromPercent(-31.3m).TryFormat(buffer.Slice(0, 4), out written, "zh".AsSpan(), null));
        Assert.Equal(0, written);
        Assert.Throws<FormatException>(() => RelativeChange.Zero.TryFormat(new char[8], out _, "Q".AsSpan(), null));
    }

    [Fact]
    public void Sort_ListWithDefault_PutsUndefinedFirst()
    {
        // The README compares changes with <; a list of them, undefined included, still sorts.
        var list = new System.Collections.Generic.List<RelativeChange> { RelativeChange.Between(43, 159), default, RelativeChange.Zero };
        list.Sort();
        Assert.Equal(new[] { RelativeChange.Undefined, RelativeChange.Between(43, 159), RelativeChange.Zero }, list);
    }

    [Fact]
    public void FromTimesIncreaseAndFromTenths_TooManyDigits_NameTheirOwnParameter()
    {
        Assert.Equal("times", Assert.Throws<ArgumentOutOfRangeException>(() => RelativeChange.FromTimesIncrease(0.123456789012345678901m)).ParamName);
        Assert.Equal("tenths", Assert.Throws<ArgumentOutOfRangeException>(() => RelativeChange.FromTenths(0.123456789012345678901m)).ParamName);
    }
}
