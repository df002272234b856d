using System;
using Quzhou.Governance.Quantities;
using Xunit;

namespace Quzhou.Governance.Tests.Quantities;

/// <summary>
/// Every branch of the exact fraction rounding (四舍五入 from the integers): an inexact result below the
/// half rounds down, the half itself rounds away from zero, and an exact result is left as it is; and the
/// exact relative change of two levels written with different decimals, either way round.
/// </summary>
public class ExactRoundingBranchesTest
{
    [Theory]
    [InlineData(1L, 3L, 2, "0.33")]      // inexact, below the half: down
    [InlineData(2L, 3L, 2, "0.67")]      // inexact, above the half: up
    [InlineData(1L, 8L, 2, "0.13")]      // exactly the half: away from zero
    [InlineData(1L, 200L, 2, "0.01")]    // 0.005: the half at the last place
    [InlineData(1L, 201L, 2, "0.00")]    // 0.004975…: just below the half
    [InlineData(1L, 4L, 2, "0.25")]      // exact: unchanged
    [InlineData(-1L, 3L, 2, "-0.33")]
    [InlineData(-1L, 8L, 2, "-0.13")]
    [InlineData(-2L, 3L, 0, "-1")]
    [InlineData(7L, 1L, 0, "7")]
    public void HalfAwayFromZero_Fraction_RoundsEachBranch(long numerator, long denominator, int decimals, string expected)
    {
        var rounded = Rounding.HalfAwayFromZero(numerator, denominator, decimals);
        Assert.Equal(expected, rounded.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(4L, 3L, 4L, 5L)]   // 16/3 = 5.33…: down
    [InlineData(4L, 3L, 5L, 7L)]   // 20/3 = 6.67…: up
    [InlineData(3L, 2L, 5L, 8L)]   // 15/2 = 7.5: away from zero
    [InlineData(3L, 2L, 4L, 6L)]   // exact
    [InlineData(1L, 3L, 1L, 0L)]   // 1/3: down to zero
    public void ApplyTo_CountAndAmount_RoundsTheInexactResultByItsRemainder(long current, long baseValue, long applied, long expected)
    {
        var change = RelativeChange.Between(current, baseValue);
        Assert.Equal(expected, change.ApplyTo(new Count(applied)).Value);
        Assert.Equal(expected, change.ApplyTo(Amount.FromFen(applied)).Fen);
    }

    [Fact]
    public void TryApplyExactly_InexactResult_ReportsNoWholeCount()
    {
        var change = RelativeChange.Between(4L, 3L);
        Assert.False(change.TryApplyExactly(new Count(4), out var inexact));
        Assert.Equal(0L, inexact.Value);
        Assert.True(change.TryApplyExactly(new Count(6), out var exact));
        Assert.Equal(8L, exact.Value);
    }

    [Theory]
    [InlineData(4L, 3L, 2, "33.33")]     // inexact below the half at 2 places
    [InlineData(5L, 3L, 2, "66.67")]
    [InlineData(9L, 8L, 1, "12.5")]      // exact
    [InlineData(1L, 8L, 0, "-88")]       // −87.5: the half, away from zero
    [InlineData(2L, 3L, 0, "-33")]       // −33.33…: toward zero is the nearer
    public void ToPercent_ExactChange_RoundsEachBranch(long current, long baseValue, int decimals, string expected)
    {
        var change = RelativeChange.Between(current, baseValue);
        var percent = change.ToPercent(decimals);
        Assert.Equal(expected, percent.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Between_CurrentLevelWithFewerDecimalsThanBase_IsTheExactRatio()
    {
        // 90% against 80.5%: the current level is brought to the base's scale (900/805), not compared as 90/805.
        var change = RelativeChange.Between(new Percentage(90m), new Percentage(80.5m));
        Assert.Equal(RelativeChange.Between(900L, 805L), change);
        Assert.Equal(11.8012m, change.ToPercent(4));
    }

    [Fact]
    public void Between_BaseLevelWithFewerDecimalsThanCurrent_IsTheExactRatio()
    {
        // 89.224% against 80%: +11.53% exactly.
        var change = RelativeChange.Between(new Percentage(89.224m), new Percentage(80m));
        Assert.Equal(RelativeChange.Between(89_224L, 80_000L), change);
        Assert.Equal(11.53m, change.ToPercent(2));
    }

    [Fact]
    public void Between_LevelsWithTheSameDecimals_IsTheRatioOfTheDigits()
    {
        var change = RelativeChange.Between(new Percentage(97.5m), new Percentage(96.5m));
        Assert.Equal(RelativeChange.Between(975L, 965L), change);
        Assert.Equal(1.04m, change.ToPercent(2));
    }

    [Fact]
    public void HalfAwayFromZero_Fraction_RoundingUpCarriesOutOfTheLow64Bits()
    {
        // 3504881374004814807 × 100 / 19 = 2⁶⁴ − 1 remainder 15 (more than half): 2⁶⁴, so the carry reaches the high word.
        Assert.Equal(184467440737095516.16m, Rounding.HalfAwayFromZero(3504881374004814807L, 19L, 2));
    }

    [Fact]
    public void HalfAwayFromZero_Fraction_HighWordAtUIntMaxValue_StillFitsADecimal()
    {
        // 7922816250 × 10¹⁹ lies between 2⁹⁶ − 2⁶⁴ and 2⁹⁶ (the high word is uint.MaxValue, the largest a decimal holds);
        // 7922816252 × 10¹⁹ is above 2⁹⁶.
        Assert.Equal(7922816250m, Rounding.HalfAwayFromZero(7922816250L, 1L, 19));
        Assert.Throws<OverflowException>(() => Rounding.HalfAwayFromZero(7922816252L, 1L, 19));
    }

    [Fact]
    public void ApplyTo_ResultRoundingUpTo2To64_Overflows()
    {
        // 2000007 × 9223367425184898225 / 1000003 = 2⁶⁴ − 1 remainder 632730 (more than half): 2⁶⁴, too large for a
        // count, never the 0 the low word alone would give.
        var change = RelativeChange.Between(9223367425184898225L, 1000003L);
        Assert.Throws<OverflowException>(() => change.ApplyTo(new Count(2000007)));
        Assert.Throws<OverflowException>(() => change.ApplyTo(Amount.FromFen(2000007)));
    }

    [Fact]
    public void HalfAwayFromZero_Fraction_NegativeRoundedToZero_IsAPlainZero()
    {
        // −1/3 at 0 places is 0 without the sign bit: a negative zero prints as 0 but carries its sign into whatever
        // reads the decimal's bits.
        Assert.Equal(0, decimal.GetBits(Rounding.HalfAwayFromZero(-1L, 3L, 0))[3]);
        Assert.Equal(2 << 16, decimal.GetBits(Rounding.HalfAwayFromZero(-1L, 300L, 2))[3]);
    }

    [Fact]
    public void ApplyTo_ResultExactlyLongMaxValue_IsTheLargestCount()
    {
        // long.MaxValue itself fits a count (the overflow test is "above long.MaxValue", not "at").
        Assert.Equal(long.MaxValue, RelativeChange.Between(long.MaxValue, 1L).ApplyTo(new Count(1)).Value);
        Assert.Equal(long.MaxValue, RelativeChange.Between(3L, 3L).ApplyTo(new Count(long.MaxValue)).Value);
    }
}
