using System;
using System.Collections.Generic;
using System.Linq;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Calculations;

/// <summary>The threshold checks at the edges the Stryker survivors named: panels whose parts or fraction terms lie just
/// past each path's bounds (so a wrongly chosen fast path gives the wrong outcome), gaps at the first period, the
/// words of an undetermined check, the table's index and the argument checks.</summary>
public class ThresholdsEdgesTest
{
    private static readonly RateIndicator Rate = InterviewIndicators.EnforcementClosureRate;

    private static SeriesPeriod M(int year, int month) => SeriesPeriod.Month(year, month);

    private static RatePanel Panel(long numerator, long denominator, int length = 1) =>
        RatePanel.FromParts(Rate, M(2024, 1), length, Enumerable.Repeat(numerator, length).ToArray(), Enumerable.Repeat(denominator, length).ToArray());

    [Fact]
    public void Panel_PartsAboveThe64BitProductBound_HeldAt100Percent()
    {
        // 9.3·10¹⁶ × 100 passes long.MaxValue (9.22·10¹⁸) while 9.3·10¹⁶ × 97 does not: only the 128-bit path is right.
        var check = Thresholds.HeldAtOrAbove(Panel(93_000_000_000_000_000, 93_000_000_000_000_000), new Percentage(97m))[0];
        Assert.Equal(ThresholdOutcome.Held, check.Outcome);
    }

    [Fact]
    public void Panel_ALargeDenominatorBesideASmallNumerator_TakesTheCarefulPath()
    {
        // 2⁵⁶ / 2⁵⁷ = 50%: the numerator fits the 64-bit bound, the denominator does not (97 × 2⁵⁷ overflows).
        var check = Thresholds.HeldAtOrAbove(Panel(1L << 56, 1L << 57), new Percentage(97m))[0];
        Assert.Equal(ThresholdOutcome.Broken, check.Outcome);
        Assert.Equal(M(2024, 1), check.FirstFailure);
    }

    [Fact]
    public void Panel_PartsPast32Bits_NotJudgedByTheirLowHalves()
    {
        // (2³² + 100) / (2³³ + 100) ≈ 50%, but the low 32-bit halves are 100 / 100: eight points, enough for the vector kernel.
        var check = Thresholds.HeldAtOrAbove(Panel((1L << 32) + 100, (1L << 33) + 100, 8), new Percentage(97m))[0];
        Assert.Equal(ThresholdOutcome.Broken, check.Outcome);
        Assert.Equal(1, check.PeriodsChecked);
    }

    [Fact]
    public void Panel_AThresholdWhoseNumeratorPasses32Bits_NotJudgedByItsLowHalf()
    {
        // 4294967297% is 4294967297/100 in lowest terms; its low 32 bits are 1.
        var check = Thresholds.HeldAtOrAbove(Panel(50, 100, 8), new Percentage(4_294_967_297m))[0];
        Assert.Equal(ThresholdOutcome.Broken, check.Outcome);
    }

    [Fact]
    public void Panel_AThresholdWhoseDenominatorPasses32Bits_NotJudgedByItsLowHalf()
    {
        // 12.34567891% is 1234567891/10¹⁰: 50% is above it (broken ceiling), though by the low 32 bits of 10¹⁰ it would not be.
        var results = new ThresholdCheck[1];
        Thresholds.HeldAtOrBelow(Panel(50, 100, 8), new Percentage(12.34567891m), results);
        Assert.Equal(ThresholdOutcome.Broken, results[0].Outcome);
        Assert.Equal(M(2024, 1), results[0].FirstFailure);
    }

    [Fact]
    public void Panel_ZeroDenominatorUnderACeiling_IsUndeterminedNotBroken()
    {
        // A rate that may pass 100% may have a numerator over a zero denominator: undefined, never above the ceiling.
        var ratio = new RateIndicator("test.may-exceed", "测试比率", "a test ratio", Polarity.Neutral, RateBasis.Counts, mayExceedHundredPercent: true);
        var panel = RatePanel.FromParts(ratio, M(2024, 1), 3, new long[] { 0, 5, 5 }, new long[] { 10, 0, 10 });
        var check = Thresholds.HeldAtOrBelow(panel, new Percentage(60m))[0];
        Assert.Equal(ThresholdOutcome.Undetermined, check.Outcome);
        Assert.Equal(UndefinedReason.ZeroDenominator, check.Reason);
        Assert.Equal(M(2024, 2), check.FirstFailure);
    }

    [Fact]
    public void Series_GapsAtTheFirstAndThirdPeriods_UndeterminedAtTheFirst()
    {
        var series = TestSeries.Build(InterviewIndicators.LegalServiceStations, M(2024, 1), M(2024, 4), p => 10, new HashSet<SeriesPeriod> { M(2024, 1), M(2024, 3) });
        var check = Thresholds.HeldAtOrAbove(series, 5);
        Assert.Equal(ThresholdOutcome.Undetermined, check.Outcome);
        Assert.Equal(M(2024, 1), check.FirstFailure);
        Assert.Equal(UndefinedReason.MissingCurrent, check.Reason);
        Assert.Equal("Undetermined at 2024-01 (MissingCurrent)", check.ToString());

        var onlyFirst = TestSeries.Build(InterviewIndicators.LegalServiceStations, M(2024, 1), M(2024, 2), p => 10, new HashSet<SeriesPeriod> { M(2024, 1) });
        Assert.Equal(ThresholdOutcome.Undetermined, Thresholds.HeldAtOrBelow(onlyFirst, 50).Outcome);
    }

    [Fact]
    public void Arguments_NullSeriesOrPanel_NameTheArgument()
    {
        var from = M(2024, 1);
        var results = new ThresholdCheck[1];
        ArgumentChecks.Throws<ArgumentNullException>(() => Thresholds.HeldAtOrAbove((IndicatorSeries)null!, 1), "series");
        ArgumentChecks.Throws<ArgumentNullException>(() => Thresholds.HeldAtOrBelow((IndicatorSeries)null!, 1), "series");
        ArgumentChecks.Throws<ArgumentNullException>(() => Thresholds.HeldAtOrAbove((IndicatorSeries)null!, 1, from, from), "series");
        ArgumentChecks.Throws<ArgumentNullException>(() => Thresholds.HeldAtOrAbove((RateSeries)null!, new Percentage(90m)), "series");
        ArgumentChecks.Throws<ArgumentNullException>(() => Thresholds.HeldAtOrAbove((RateSeries)null!, new Percentage(90m), from, from), "series");
        ArgumentChecks.Throws<ArgumentNullException>(() => Thresholds.HeldAtOrAbove((RatePanel)null!, new Percentage(90m), results), "panel");
    }

    [Fact]
    public void Arguments_BadThreshold_NamesTheThresholdAndSaysWhy()
    {
        var series = RateSeries.FromParts(Rate, M(2024, 1), new long[] { 1 }, new long[] { 2 });
        ArgumentChecks.Throws<ArgumentOutOfRangeException>(() => Thresholds.HeldAtOrAbove(series, new Percentage(-1m)), "threshold");
        ArgumentChecks.Throws<ArgumentException>(() => Thresholds.HeldAtOrAbove(series, new Percentage(97.123456789m)), "threshold", "A threshold may have at most 8 decimals: 97.123456789. (");
    }

    [Fact]
    public void Table_IndexOutsideTheSeries_NamesTheSeries()
    {
        var table = Thresholds.HeldAtOrAbove(Panel(1, 2), new Percentage(40m));
        Assert.True(table[0].IsHeld);
        ArgumentChecks.Throws<ArgumentOutOfRangeException>(() => _ = table[1], "series");
        ArgumentChecks.Throws<ArgumentOutOfRangeException>(() => _ = table[-1], "series");
    }
}
