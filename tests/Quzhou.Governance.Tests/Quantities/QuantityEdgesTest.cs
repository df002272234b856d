using System;
using System.Globalization;
using Quzhou.Governance.Quantities;
using Xunit;

namespace Quzhou.Governance.Tests.Quantities;

/// <summary>The edges Stryker found untested in Quantities (run of 2026-12-02 on d807abf): every exception's words, hash
/// codes that tell values apart, comparisons and checks exactly at their bounds, format strings one character off.</summary>
public class QuantityEdgesTest
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    [Fact]
    public void CompareToObject_OtherType_ThrowsNamingTheType()
    {
        static void Check(IComparable value, string type)
        {
            var ex = Assert.Throws<ArgumentException>(() => value.CompareTo("x"));
            Assert.Equal("obj", ex.ParamName);
            Assert.StartsWith("Object must be of type " + type + ".", ex.Message, StringComparison.Ordinal);
        }

        Check(Amount.FromFen(1), "Amount");
        Check(new Count(1), "Count");
        Check(new CountChange(1), "CountChange");
        Check(new Percentage(1m), "Percentage");
        Check(new PercentagePoints(1m), "PercentagePoints");
        Check(PopulationRate.Of(1, 100, PopulationBase.PerHundred), "PopulationRate");
        Check(Ratio.Share(1, 2), "Ratio");
        Check(RelativeChange.Between(2, 1), "RelativeChange");
    }

    [Fact]
    public void Undefined_OrderOrValue_ThrowsSayingWhy()
    {
        var rate = PopulationRate.Of(1, 0, PopulationBase.PerHundred);
        Assert.Equal("A rate over a zero population is undefined and has no order; test IsDefined first.", Assert.Throws<InvalidOperationException>(() => rate < PopulationRate.Of(1, 100, PopulationBase.PerHundred)).Message);
        Assert.Equal("The rate is undefined: the population is zero.", Assert.Throws<InvalidOperationException>(() => rate.ToDecimal()).Message);
        var ratio = Ratio.Of(1, 0);
        Assert.Equal("A ratio over a zero denominator is undefined and has no order; test IsDefined first.", Assert.Throws<InvalidOperationException>(() => ratio < Ratio.Of(1, 2)).Message);
        Assert.Equal("The ratio is undefined: its denominator is zero.", Assert.Throws<InvalidOperationException>(() => ratio.ToDecimal()).Message);
        var change = RelativeChange.Between(1, 0);
        Assert.Equal("A change against a zero base is undefined and has no order; test IsDefined first.", Assert.Throws<InvalidOperationException>(() => change < RelativeChange.Between(2, 1)).Message);
        Assert.Equal("The change is undefined: its base is zero (a change against zero is not infinite but undefined).", Assert.Throws<InvalidOperationException>(() => change.ToDecimal()).Message);
    }

    [Fact]
    public void Reason_DefinedValue_IsNone()
    {
        Assert.Equal(UndefinedReason.None, PopulationRate.Of(1, 100, PopulationBase.PerHundred).Reason);
        Assert.Equal(UndefinedReason.ZeroPopulation, PopulationRate.Of(1, 0, PopulationBase.PerHundred).Reason);
        Assert.Equal(UndefinedReason.None, RelativeChange.Between(2, 1).Reason);
        Assert.Equal(UndefinedReason.ZeroBase, RelativeChange.Between(2, 0).Reason);
        Assert.Equal("defined", UndefinedReasonWords.For(UndefinedReason.None, chinese: false));
        Assert.Equal("有值", UndefinedReasonWords.For(UndefinedReason.None, chinese: true));
        Assert.Equal("undefined", UndefinedReasonWords.For((UndefinedReason)99, chinese: false));
        Assert.Equal("无法计算", UndefinedReasonWords.For((UndefinedReason)99, chinese: true));
    }

    [Fact]
    public void GetHashCode_DifferentValues_Differ()
    {
        Assert.NotEqual(Ratio.Of(1, 2).GetHashCode(), Ratio.Of(1, 3).GetHashCode());
        Assert.NotEqual(PopulationRate.Of(1, 100, PopulationBase.PerHundred).GetHashCode(), PopulationRate.Of(1, 300, PopulationBase.PerHundred).GetHashCode());
        Assert.NotEqual(RelativeChange.Between(1, 2).GetHashCode(), RelativeChange.Between(1, 3).GetHashCode());

        // The fraction hash tells the sign apart, and equal fractions hash equal whichever part carries the sign.
        Assert.NotEqual(WideArithmetic.FractionHash(1, 2), WideArithmetic.FractionHash(1, 3));
        Assert.NotEqual(WideArithmetic.FractionHash(-1, 2), WideArithmetic.FractionHash(1, 2));
        Assert.Equal(WideArithmetic.FractionHash(-1, 2), WideArithmetic.FractionHash(1, -2));
        Assert.Equal(WideArithmetic.FractionHash(2, 4), WideArithmetic.FractionHash(-1, -2));
        Assert.Equal(WideArithmetic.FractionHash(0, 5), WideArithmetic.FractionHash(0, -7));
    }

    [Fact]
    public void PercentageAgainstRatio_Equal_OnlyTheInclusiveOperatorsHold()
    {
        var half = Ratio.Share(1, 2);
        var fifty = new Percentage(50m);
        Assert.False(fifty < half);
        Assert.True(fifty <= half);
        Assert.False(fifty > half);
        Assert.True(fifty >= half);
        Assert.True(half.IsAtLeast(fifty));
        Assert.False(Ratio.Share(49, 100).IsAtLeast(fifty));
        Assert.True(new Percentage(49m) < half);
        Assert.True(new Percentage(51m) > half);
    }

    [Fact]
    public void IsIncreaseAndIsDecrease_NoChangeOrTheOtherWay_AreFalse()
    {
        Assert.False(RelativeChange.Between(5, 5).IsIncrease);
        Assert.False(RelativeChange.Between(5, 5).IsDecrease);
        Assert.False(RelativeChange.Between(6, 5).IsDecrease);
        Assert.False(RelativeChange.Between(4, 5).IsIncrease);
        Assert.True(RelativeChange.Between(6, 5).IsIncrease);
        Assert.True(RelativeChange.Between(4, 5).IsDecrease);
    }

    [Fact]
    public void CountPlusChange_ExactlyToZeroOrBelow_ZeroOrThrowsSayingTheResult()
    {
        Assert.Equal(new Count(0), new Count(5) + new CountChange(-5));
        var ex = Assert.Throws<ArgumentException>(() => new Count(5) + new CountChange(-6));
        Assert.Equal("change", ex.ParamName);
        Assert.StartsWith("The change -6 takes the count 5 below zero (to -1); a count cannot be negative.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_FixedDecimalsOfAWholeQuantity_WritesThem()
    {
        Assert.Equal("1725.00", new Count(1725).ToString("F2", Invariant));
        Assert.Equal("0.00", new Count(0).ToString("F2", Invariant));
        Assert.Equal("0.00", new CountChange(0).ToString("F2", Invariant));
        Assert.Equal("1725", new Count(1725).ToString("F9", Invariant).Substring(0, 4));
        Assert.Equal(16, new Count(1).ToString("F16", Invariant).Length - 2);
    }

    [Theory]
    [InlineData("z")]
    [InlineData("G2")]
    [InlineData("Fx")]
    [InlineData("F1x")]
    [InlineData("F012")]
    [InlineData("F17")]
    [InlineData("q")]
    public void ToString_FormatOneCharacterOff_ThrowsFormatException(string format)
    {
        var ex = Assert.Throws<FormatException>(() => new Count(1).ToString(format, Invariant));
        Assert.StartsWith("Unknown format \"" + format + "\": expected G, zh, F<n>, P<n> or zh<n> (n from 0 to 16).", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PopulationRateToString_MoreThanThirteenDecimals_ThrowsSayingTheLimit()
    {
        var rate = PopulationRate.Of(1, 3, PopulationBase.PerHundred);
        Assert.Equal("A rate per population is written with at most 13 decimals.", Assert.Throws<FormatException>(() => rate.ToString("F14", Invariant)).Message);
        Assert.Equal("33.3333333333333%", rate.ToString("F13", Invariant));
    }

    [Fact]
    public void ToStringWithUnit_NullUnit_ThrowsNamingIt() =>
        Assert.Equal("unit", Assert.Throws<ArgumentNullException>(() => new CountChange(1).ToStringWithUnit(null!)).ParamName);

    [Fact]
    public void Round_NegativeDecimals_ThrowsNamingDecimals()
    {
        // Rounding itself accepts −1 (to tens); a difference of percentages is rounded to places only.
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => new PercentagePoints(11.53m).Round(-1)).ParamName);
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => Rounding.HalfAwayFromZero(1m, -19)).ParamName);
        Assert.Equal("exponent", Assert.Throws<ArgumentOutOfRangeException>(() => Rounding.Pow10(29)).ParamName);
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => RelativeChange.PercentChange(1, 2, 17)).ParamName);
    }

    [Fact]
    public void Rounding_ZeroToPlaces_HasNoSign()
    {
        static bool Negative(decimal d) => decimal.GetBits(d)[3] < 0;
        Assert.False(Negative(Rounding.HalfAwayFromZero(0m, 2)));
        Assert.Equal("0.00", Rounding.HalfAwayFromZero(0m, 2).ToString(Invariant));
        Assert.False(Negative(Rounding.HalfAwayFromZero(0, 7, 2)));
        Assert.False(Negative(Ratio.Share(0, 7).ToPercent(2)));
    }

    [Fact]
    public void RoundedQuotient_TooLargeForADecimalOrACount_ThrowsSayingWhich()
    {
        Assert.Equal("The rounded value is too large for a decimal.", Assert.Throws<OverflowException>(() => Rounding.HalfAwayFromZero(long.MaxValue, 1, 19)).Message);
        Assert.Equal("The result is too large for a 64-bit count.", Assert.Throws<OverflowException>(() => RelativeChange.Between(3, 1).ApplyTo(new Count(long.MaxValue / 2))).Message);
    }

    [Fact]
    public void FromTimesIncreaseAndFromTenths_AtAndPastTheirBounds_CheckedByTheirOwnRange()
    {
        Assert.Equal(-50m, RelativeChange.FromTimesIncrease(-0.5m).ToPercent(0));
        Assert.Equal(50m, RelativeChange.FromTimesIncrease(0.5m).ToPercent(0));
        var times = Assert.Throws<ArgumentOutOfRangeException>(() => RelativeChange.FromTimesIncrease(10_000_000_000_000_001m));
        Assert.Equal("times", times.ParamName);
        Assert.Contains("[-1-10000000000000000]", times.Message, StringComparison.Ordinal);
        var tooFine = Assert.Throws<ArgumentOutOfRangeException>(() => RelativeChange.FromTimesIncrease(0.0000000000000000001m));
        Assert.Contains("[-1-10000000000000000]", tooFine.Message, StringComparison.Ordinal);
        var tenths = Assert.Throws<ArgumentOutOfRangeException>(() => RelativeChange.FromTenths(100_000_000_000_000_001m));
        Assert.Equal("tenths", tenths.ParamName);
        Assert.Contains("[-10-100000000000000000]", tenths.Message, StringComparison.Ordinal);
        Assert.Contains("[-10-100000000000000000]", Assert.Throws<ArgumentOutOfRangeException>(() => RelativeChange.FromTenths(0.000000000000000001m)).Message, StringComparison.Ordinal);
        Assert.Equal(-50m, RelativeChange.FromTenths(-5m).ToPercent(0));
        Assert.Equal(50m, RelativeChange.FromTenths(5m).ToPercent(0));

        // The printed precision follows the figure: 增长1.200倍 is +120.0%, 增长1.50成 is +15.0%.
        Assert.Equal("+120.0%", RelativeChange.FromTimesIncrease(1.200m).ToString(null, Invariant));
        Assert.Equal("+15.0%", RelativeChange.FromTenths(1.50m).ToString(null, Invariant));
    }

    [Fact]
    public void FromPercent_AtAndPastItsBounds_AcceptsOrThrowsNamingTheRange()
    {
        var low = Assert.Throws<ArgumentOutOfRangeException>(() => RelativeChange.FromPercent(-100.1m));
        Assert.Equal("percent", low.ParamName);
        Assert.Contains("[-100-", low.Message, StringComparison.Ordinal);
        Assert.Equal(-100m, RelativeChange.FromPercent(-100m).ToPercent(0));
        Assert.Equal(1.2345678901234567m, RelativeChange.FromPercent(1.2345678901234567m).ToPercent(16));
        Assert.Throws<ArgumentOutOfRangeException>(() => RelativeChange.FromPercent(1.23456789012345678m));

        // The mantissa plus the denominator (100 at no decimals) must fit a long: long.MaxValue − 100 does, one more does not.
        Assert.True(RelativeChange.FromPercent(9_223_372_036_854_775_707m).IsIncrease);
        Assert.Equal("percent", Assert.Throws<ArgumentOutOfRangeException>(() => RelativeChange.FromPercent(9_223_372_036_854_775_708m)).ParamName);
    }

    [Fact]
    public void BetweenPercentages_DifferentScalesEitherWay_ExactChange()
    {
        // 80.25% → 90.5%: (9050 − 8025) / 8025 = 12.7726…%; and back: −11.3260…%.
        Assert.Equal(12.7726m, RelativeChange.Between(new Percentage(90.5m), new Percentage(80.25m)).ToPercent(4));
        Assert.Equal(-11.326m, RelativeChange.Between(new Percentage(80.25m), new Percentage(90.5m)).ToPercent(3));
        Assert.Equal(12.7726m, RelativeChange.Between(new Percentage(90.500m), new Percentage(80.2500m)).ToPercent(4));
    }

    [Fact]
    public void BetweenPercentages_LevelsNotHeldExactly_ThrowSayingWhy()
    {
        var digits = Assert.Throws<ArgumentException>(() => RelativeChange.Between(new Percentage(0.1234567890123456789012m), new Percentage(50m)));
        Assert.Equal("current", digits.ParamName);
        Assert.StartsWith("A level with more than 18 significant digits cannot be compared exactly.", digits.Message, StringComparison.Ordinal);
        Assert.StartsWith("A level with more than 18 significant digits", Assert.Throws<ArgumentException>(() => RelativeChange.Between(new Percentage(50m), new Percentage(0.1234567890123456789012m))).Message, StringComparison.Ordinal);
        var apart = Assert.Throws<ArgumentException>(() => RelativeChange.Between(new Percentage(100_000_000_000m), new Percentage(0.0000000001m)));
        Assert.Equal("current", apart.ParamName);
        Assert.StartsWith("The levels' digits are too far apart to be compared exactly.", apart.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PopulationRateFromPublished_ZeroAndTheFinestDigit_Accepted()
    {
        Assert.Equal(0m, PopulationRate.FromPublished(0m, PopulationBase.PerHundredThousand).ToDecimal());
        Assert.Equal(0.0000000000001m, PopulationRate.FromPublished(0.0000000000001m, PopulationBase.PerHundredThousand).ToDecimal());
    }

    [Fact]
    public void Readers_WrongKindOfFigure_SayWhichKindWasExpected()
    {
        Assert.Equal("an exact percentage such as 72.96%", Percentage.Read("3个").Error.Expected);
        Assert.Equal("exact percentage points such as 11.53个百分点", PercentagePoints.Read("3个").Error.Expected);
        Assert.Equal("an exact change such as 下降31.3%, -31.3%, 增长1.3倍, 下降三成 or 翻一番", RelativeChange.Read("3个").Error.Expected);
        Assert.Equal("an exact whole change such as 增加1360人 or -25", CountChange.Read("3%").Error.Expected);
        Assert.Equal("an exact amount in 元 such as 1234567.89元 or 1.23亿元", Amount.Read("3%").Error.Expected);
        Assert.Equal("an exact non-negative percentage such as 97.18%", Ratio.Read("3个").Error.Expected);
        Assert.Equal("an exact rate such as 6.77‰, 1.2/万人 or 0.46起/10万人", PopulationRate.Read("下降3‰").Error.Expected);
        Assert.Equal("100, 1,000, 10,000 or 100,000 after per", PopulationRate.Read("6.77 per 7").Error.Expected);
    }

    [Fact]
    public void RatioRead_ZeroAndTheLargestNumerator_ReadExactly()
    {
        Assert.Equal(Ratio.Of(0, 100), Ratio.Parse("0%"));
        Assert.Equal(Ratio.Of(long.MaxValue, 100), Ratio.Parse("9223372036854775807%"));
        Assert.False(Ratio.Read("9223372036854775808%").Success);
        Assert.Equal(Ratio.Of(1, 1_000_000_000_000_000_000), Ratio.Parse("0.0000000000000001%"));
    }

    [Fact]
    public void Readers_NoChangeWord_OnlyTheChangesReadIt()
    {
        // 持平 (no change) is a change of zero; no level, count, amount, ratio or rate reads it, not even as 0.
        var notAFigure = Percentage.Read("持平").Error;
        Assert.NotEqual("an exact percentage such as 72.96%", notAFigure.Expected);
        Assert.Equal(notAFigure.Expected, PercentagePoints.Read("持平").Error.Expected);
        Assert.Equal(notAFigure.Expected, Count.Read("持平").Error.Expected);
        Assert.Equal(notAFigure.Expected, Amount.Read("持平").Error.Expected);
        Assert.Equal(notAFigure.Expected, Ratio.Read("持平").Error.Expected);
        Assert.Equal(notAFigure.Expected, PopulationRate.Read("持平").Error.Expected);
        Assert.False(PercentagePoints.Read("持平pp").Success);
        Assert.False(PopulationRate.Read("持平‱").Success);
        Assert.Equal(RelativeChange.FromPercent(0m), RelativeChange.Parse("持平"));
        Assert.Equal(new CountChange(0), CountChange.Parse("持平"));
    }

    [Fact]
    public void Readers_NotAFigureAtAll_Fail()
    {
        Assert.False(RelativeChange.Read("abc").Success);
        Assert.False(PercentagePoints.Read("abcpp").Success);
        Assert.False(PopulationRate.Read("abc‱").Success);
        Assert.False(Count.Read("   ").Success);
        Assert.False(Percentage.Read("").Success);
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => Percentage.Read((string)null!)).ParamName);

        // A figure of the wrong kind is refused at its start, whatever the figure reader had read.
        Assert.Equal(0, Percentage.Read("3个").Error.Position);
        Assert.Equal(0, Count.Read("3%").Error.Position);
    }

    [Fact]
    public void Readers_BoundsOfEachKind_AcceptedOrRefused()
    {
        Assert.Equal("a change of −100% or more that the library can hold exactly", RelativeChange.Read("下降200%").Error.Expected);
        Assert.Equal(new CountChange(0), CountChange.Parse("+0"));
        Assert.Equal(new Count(long.MaxValue), Count.Parse("9223372036854775807"));
        Assert.Equal(0m, PopulationRate.Parse("0‰").ToDecimal());
        Assert.Equal(0m, PopulationRate.Parse("0‱").ToDecimal());
        Assert.Equal(PopulationRate.FromPublished(6.77m, PopulationBase.PerHundred), PopulationRate.Parse("6.77 per 100"));
        Assert.Equal(PopulationRate.FromPublished(6.77m, PopulationBase.PerThousand), PopulationRate.Parse("6.77 per 1,000"));
        Assert.Equal(PopulationRate.FromPublished(6.77m, PopulationBase.PerTenThousand), PopulationRate.Parse("6.77 per 10,000"));
        Assert.Equal(PopulationRate.FromPublished(6.77m, PopulationBase.PerHundredThousand), PopulationRate.Parse("6.77 per 100000"));
        Assert.Equal("100, 1,000, 10,000 or 100,000 after per", PopulationRate.Read("6.77 per 100x").Error.Expected);
        Assert.Equal("a rate of at most 13 decimals, with few enough digits to be held exactly", PopulationRate.Read("0.00000000000001‱").Error.Expected);

        // A bare 0 is no change of any kind (only 持平 is); a rate with nothing before " per" fails there, at 0.
        Assert.Equal("an exact change such as 下降31.3%, -31.3%, 增长1.3倍, 下降三成 or 翻一番", RelativeChange.Read("0").Error.Expected);
        Assert.Equal(0, PopulationRate.Read(" per 100").Error.Position);
    }
}
