using System;
using System.Globalization;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Quzhou.Governance.Quantities;
using Xunit;

namespace Quzhou.Governance.Tests.Quantities;

public class RatioTest
{
    [Fact]
    public void Share_Interview_满意率97Point18()
    {
        var rate = Ratio.Share(new Count(138), new Count(142));
        Assert.Equal("97.18%", rate.ToString());
        Assert.Equal(new Percentage(97.18m), rate.ToPercentage(2));
        Assert.Equal(97.18m, rate.ToPercent(2));
        Assert.True(rate >= new Percentage(97m));
        Assert.True(rate.IsAtLeast(new Percentage(97m)));
        Assert.True(rate.IsShare);
        Assert.True(rate.IsDefined);
        Assert.Equal(UndefinedReason.None, rate.Reason);
        Assert.Equal(138L, rate.Numerator);
        Assert.Equal(142L, rate.Denominator);
    }

    [Fact]
    public void Share_Amounts_执行到位率()
    {
        // 执行到位率: money recovered over money owed.
        var rate = Ratio.Share(Amount.FromWanYuan(1234.56m), Amount.FromWanYuan(2000m));
        Assert.Equal("61.73%", rate.ToString());
        Assert.Equal(61.728m, rate.Value);
    }

    [Fact]
    public void Share_一网通办率100()
    {
        var rate = Ratio.Share(1725, 1725);
        Assert.Equal("100.00%", rate.ToString());
        Assert.Equal("100%", rate.ToString("F0", null));
        Assert.Equal(Percentage.OneHundred, rate.ToPercentage());
    }

    [Fact]
    public void Threshold_97PercentOrMore_IncludesExactly97()
    {
        // 就地化解率保持在97%以上: 97% itself counts.
        var exactly = Ratio.Share(97, 100);
        Assert.True(exactly >= new Percentage(97m));
        Assert.True(exactly <= new Percentage(97.00m));
        Assert.False(exactly > new Percentage(97m));
        Assert.False(exactly < new Percentage(97m));
        var below = Ratio.Share(9699, 10000);
        Assert.True(below < new Percentage(97m));
        Assert.True(new Percentage(97m) > below);
        Assert.True(new Percentage(97m) >= below);
        Assert.False(new Percentage(97m) < below);
        Assert.False(new Percentage(97m) <= below);
        Assert.Equal(0, exactly.CompareTo(new Percentage(97m)));
    }

    [Fact]
    public void CompareTo_PercentageWithManyDigits_UsesExactFallback()
    {
        var third = new Percentage(100m / 3m); // 33.333…3 (28 digits): just below one third.
        Assert.True(Ratio.Of(1, 3) > third);
        Assert.True(Ratio.Of(1, 3).CompareTo(third) > 0);
        Assert.True(Ratio.Of(333_333, 1_000_000) < third);
    }

    [Fact]
    public void Share_PartAboveWhole_ThrowsNamingArgument()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Ratio.Share(5, 4));
        Assert.Equal("part", ex.ParamName);
        Assert.Equal("whole", Assert.Throws<ArgumentOutOfRangeException>(() => Ratio.Share(0, -1)).ParamName);
        Assert.Equal("part", Assert.Throws<ArgumentOutOfRangeException>(() => Ratio.Share(-1, 4)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Ratio.Share(Amount.FromYuan(2m), Amount.FromYuan(1m)));
    }

    [Fact]
    public void Of_AboveHundred_IsAllowed()
    {
        // 结收案比 can exceed 100%.
        var ratio = Ratio.Of(new Count(1050), new Count(1000));
        Assert.Equal("105.00%", ratio.ToString());
        Assert.False(ratio.IsShare);
        Assert.Equal("numerator", Assert.Throws<ArgumentOutOfRangeException>(() => Ratio.Of(-1, 4)).ParamName);
        Assert.Equal("denominator", Assert.Throws<ArgumentOutOfRangeException>(() => Ratio.Of(1, -4)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Ratio.Of(Amount.FromYuan(-2m), Amount.FromYuan(1m)));
        Assert.Equal(Ratio.Of(1, 2), Ratio.Of(Amount.FromYuan(1m), Amount.FromYuan(2m)));
    }

    [Fact]
    public void ZeroDenominator_IsUndefinedValue()
    {
        var ratio = Ratio.Share(0, 0);
        Assert.False(ratio.IsDefined);
        Assert.Equal(UndefinedReason.ZeroDenominator, ratio.Reason);
        Assert.Equal(default, ratio);
        Assert.Equal(Ratio.Undefined, ratio);
        Assert.Equal(Ratio.Of(5, 0), ratio);
        TestHelper.TestEquality(ratio, Ratio.Of(5, 0), Ratio.Of(0, 1), Ratio.Share(1, 2));
        Assert.False(ratio.TryGetValue(out var value));
        Assert.Equal(0m, value);
        Assert.Throws<InvalidOperationException>(() => ratio.Value);
        Assert.Throws<InvalidOperationException>(() => ratio.ToDecimal());
        Assert.Throws<InvalidOperationException>(() => ratio.ToPercent(2));
        Assert.Throws<InvalidOperationException>(() => ratio.ToPercentage());
        Assert.Throws<InvalidOperationException>(() => ratio >= new Percentage(97m));
        Assert.Throws<InvalidOperationException>(() => ratio < Ratio.Of(1, 2));
        Assert.True(Ratio.Of(1, 2).CompareTo(ratio) > 0); // a total order for sorting: undefined sorts first
        Assert.Equal(0, ratio.CompareTo(Ratio.Of(3, 0)));
        Assert.Equal("undefined (zero denominator)", ratio.ToString());
        Assert.Equal("无法计算（分母为0）", ratio.ToString("zh", null));
    }

    [Fact]
    public void Combine_SumsPartsNotRates()
    {
        var january = Ratio.Share(99, 100);
        var february = Ratio.Share(1, 10);
        var both = january.Combine(february);
        Assert.Equal(Ratio.Share(100, 110), both);
        Assert.True(both.IsShare);
        Assert.False(january.Combine(Ratio.Of(1, 1)).IsShare);
        Assert.Throws<OverflowException>(() => Ratio.Of(long.MaxValue, 1).Combine(Ratio.Of(1, 1)));
    }

    [Fact]
    public void Subtract_TwoRates_GivesPoints()
    {
        var later = Ratio.Share(197, 200);
        var earlier = Ratio.Share(97, 100);
        Assert.Equal(new PercentagePoints(1.5m), later - earlier);
        Assert.Equal(new PercentagePoints(1.5m), Ratio.Subtract(later, earlier));
        Assert.Equal(new PercentagePoints(-1.5m), earlier.Minus(later));
        Assert.Throws<InvalidOperationException>(() => later - Ratio.Undefined);
    }

    [Fact]
    public void Comparison_RatioAgainstRatio()
    {
        var a = Ratio.Of(1, 3);
        var b = Ratio.Of(1, 2);
        TestHelper.TestOrdering(a, Ratio.Of(2, 6), b, Ratio.Of(2, 3), Ratio.Of(3, 2));
        TestHelper.TestEquality(b, Ratio.Of(2, 4), a);
        Assert.True(b.Equals((object)Ratio.Share(1, 2)));
        Assert.False(b.Equals((object)0.5m));
    }

    [Fact]
    public void Value_IsFullPrecisionPercent()
    {
        Assert.Equal(97.18m, Ratio.Share(9718, 10000).Value);
        Assert.Equal(33.333333333333333333333333333m, Ratio.Of(1, 3).Value);
        Assert.True(Ratio.Of(1, 3).TryGetValue(out var value));
        Assert.Equal(Ratio.Of(1, 3).ToDecimal(), value);
        Assert.Equal(new Percentage(50m), Ratio.Of(1, 2).ToPercentage());
    }

    [Theory]
    [InlineData(1L, 8L, 0, "13")]
    [InlineData(1L, 8L, 1, "12.5")]
    [InlineData(2L, 3L, 2, "66.67")]
    [InlineData(long.MaxValue, 1L, 0, "922337203685477580700")]
    [InlineData(1000L, long.MaxValue, 16, "0.0000000000000108")]
    public void Round_Decimals_IsExact(long numerator, long denominator, int decimals, string expected) =>
        Assert.Equal(expected, Ratio.Of(numerator, denominator).ToPercent(decimals).ToString(CultureInfo.InvariantCulture));

    [Fact]
    public void Round_OutOfRange_Throws() =>
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => Ratio.Of(1, 2).ToPercent(-1)).ParamName);

    [Fact]
    public void Round_TooLargeForDecimal_ThrowsOverflow() =>
        Assert.Throws<OverflowException>(() => Ratio.Of(long.MaxValue, 1).ToPercent(16));

    [Fact]
    public void ToString_Formats()
    {
        var ratio = Ratio.Share(2, 3);
        Assert.Equal("66.67%", ratio.ToString());
        Assert.Equal("66.7%", ratio.ToString("F1", null));
        Assert.Equal("66.667%", ratio.ToString("zh3", null));
        Span<char> buffer = stackalloc char[16];
        Assert.True(ratio.TryFormat(buffer, out var written, "P0".AsSpan(), null));
        Assert.Equal("67%", buffer.Slice(0, written).ToString());
    }

    private static Gen<long> WideLongs() =>
        Gen.OneOf(
            Gen.Choose(0, 1000).Select(i => (long)i),
            Gen.Choose(0, int.MaxValue).Two().Select(t => ((long)t.Item1 << 31) | (long)t.Item2));

    private static Arbitrary<Ratio> DefinedRatios() =>
        Gen.Zip(WideLongs(), WideLongs().Select(d => d == 0 ? 1 : d)).Select(t => Ratio.Of(t.Item1, t.Item2)).ToArbitrary();

    [Property]
    public Property CrossMultipliedComparison_AgreesWithExactRationals() =>
        Prop.ForAll(DefinedRatios(), DefinedRatios(), (a, b) =>
        {
            var reference = (new BigInteger(a.Numerator) * b.Denominator).CompareTo(new BigInteger(b.Numerator) * a.Denominator);
            return Math.Sign(a.CompareTo(b)) == reference && (a >= b) == (reference >= 0) && (a == b) == (reference == 0);
        });

    [Property]
    public Property ThresholdComparison_AgreesWithExactRationals() =>
        Prop.ForAll(
            DefinedRatios(),
            Gen.Zip(Gen.Choose(0, 1_000_000), Gen.Choose(0, 6)).ToArbitrary(),
            (ratio, t) =>
            {
                var threshold = new Percentage(new decimal(t.Item1, 0, 0, false, (byte)t.Item2));
                var mantissa = new BigInteger(t.Item1);
                var scale = BigInteger.Pow(10, t.Item2 + 2);
                var reference = (new BigInteger(ratio.Numerator) * scale).CompareTo(mantissa * ratio.Denominator);
                return Math.Sign(ratio.CompareTo(threshold)) == reference && (ratio >= threshold) == (reference >= 0);
            });

    [Property]
    public Property ThresholdComparison_ExtremeValues_AgreesWithExactRationals() =>
        Prop.ForAll(
            Gen.Elements(0L, 1L, 2L, long.MaxValue - 1, long.MaxValue).ToArbitrary(),
            Gen.Elements(1L, 3L, long.MaxValue - 1, long.MaxValue).ToArbitrary(),
            Gen.Elements(long.MinValue, -1L, 0L, 1L, long.MaxValue, 9_999_999_999_999_999L).Zip(Gen.Choose(0, 17)).ToArbitrary(),
            (numerator, denominator, t) =>
            {
                var ratio = Ratio.Of(numerator, denominator);
                var negative = t.Item1 < 0;
                var magnitude = negative ? (ulong)(-(t.Item1 + 1)) + 1UL : (ulong)t.Item1;
                var threshold = new Percentage(new decimal(unchecked((int)(uint)magnitude), unchecked((int)(uint)(magnitude >> 32)), 0, negative, (byte)t.Item2));
                var reference = (new BigInteger(numerator) * BigInteger.Pow(10, t.Item2 + 2)).CompareTo(new BigInteger(t.Item1) * denominator);
                return Math.Sign(ratio.CompareTo(threshold)) == reference;
            });

    [Property]
    public Property Ordering_AgreesWithEquality() =>
        Prop.ForAll(
            Gen.Zip(Gen.Choose(0, 12), Gen.Choose(1, 12)).Select(t => Ratio.Of(t.Item1, t.Item2)).ToArbitrary(),
            Gen.Zip(Gen.Choose(0, 12), Gen.Choose(1, 12)).Select(t => Ratio.Of(t.Item1, t.Item2)).ToArbitrary(),
            (a, b) => (a.CompareTo(b) == 0) == a.Equals(b) && (!a.Equals(b) || a.GetHashCode() == b.GetHashCode()));

    [Property]
    public Property Round_AgreesWithBigIntegerReference() =>
        Prop.ForAll(DefinedRatios(), Gen.Choose(0, 6).ToArbitrary(), (ratio, decimals) =>
            ratio.ToPercent(decimals) == RelativeChangeTest.ReferenceRound(ratio.Numerator, ratio.Denominator, decimals));

    private static Arbitrary<Ratio> RatiosWithUndefined() =>
        Gen.OneOf(
            Gen.Zip(Gen.Choose(0, 12), Gen.Choose(0, 12)).Select(t => Ratio.Of(t.Item1, t.Item2)),
            Gen.Constant(default(Ratio)),
            Gen.Constant(Ratio.Undefined))
            .ToArbitrary();

    [Property]
    public Property CompareTo_IsTotalOrderConsistentWithEquals_UndefinedFirst() =>
        Prop.ForAll(RatiosWithUndefined(), RatiosWithUndefined(), RatiosWithUndefined(), (a, b, c) =>
            OrderLaws.Hold(a, b, c) && (a.IsDefined || !b.IsDefined || a.CompareTo(b) < 0));

    [Fact]
    public void Sort_ListWithUndefined_PutsUndefinedFirst()
    {
        var list = new System.Collections.Generic.List<Ratio> { Ratio.Share(9718, 10000), default, Ratio.Share(1, 2) };
        list.Sort();
        Assert.Equal(new[] { Ratio.Undefined, Ratio.Share(1, 2), Ratio.Share(9718, 10000) }, list);
    }
}
