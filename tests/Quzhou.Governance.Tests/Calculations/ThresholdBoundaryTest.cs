using Quzhou.Governance.Calculations;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Calculations;

/// <summary>
/// A value exactly at the threshold, on every path that compares it: 以上 and 以内 include the bound, so a
/// floor or a ceiling met exactly is held (a strict comparison in place of an inclusive one fails here).
/// </summary>
public class ThresholdBoundaryTest
{
    private static readonly RateIndicator Local = InterviewIndicators.LocalDisputeResolutionRate;
    private static readonly SeriesPeriod Start = SeriesPeriod.Month(2025, 1);

    private static RateSeries Rates(long[] numerators, long[] denominators) =>
        RateSeries.FromParts(Local, Start, numerators, denominators);

    private static long[] Repeat(long value, int count)
    {
        var values = new long[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = value;
        }

        return values;
    }

    [Theory]
    [InlineData(97L, 100L, "97")]
    [InlineData(9_700L, 10_000L, "97")]
    [InlineData(39L, 40L, "97.5")]
    [InlineData(97_000_000_000_000_000L, 100_000_000_000_000_000L, "97")]
    [InlineData(1L, 200L, "0.5")]
    public void HeldAtOrAboveAndBelow_SeriesExactlyAtThreshold_IsHeldBothWays(long numerator, long denominator, string percent)
    {
        var threshold = new Percentage(decimal.Parse(percent, System.Globalization.CultureInfo.InvariantCulture));
        var series = Rates(Repeat(numerator, 3), Repeat(denominator, 3));
        Assert.Equal(ThresholdOutcome.Held, Thresholds.HeldAtOrAbove(series, threshold).Outcome);
        Assert.Equal(ThresholdOutcome.Held, Thresholds.HeldAtOrBelow(series, threshold).Outcome);
    }

    [Fact]
    public void HeldAtOrAboveAndBelow_PublishedOnlyExactlyAtThreshold_IsHeldBothWays()
    {
        // A period known only as printed (97.00%) is judged by that percentage: equal is held.
        var series = RateSeries.CreateBuilder(Local, Frequency.Month)
            .AddParts(Start, 98, 100)
            .AddPublished(Start.PlusPeriods(1), 97.00m, 2)
            .Build();
        Assert.Equal(ThresholdOutcome.Held, Thresholds.HeldAtOrAbove(series, new Percentage(97m)).Outcome);
        Assert.Equal(ThresholdOutcome.Broken, Thresholds.HeldAtOrBelow(series, new Percentage(97m)).Outcome);
        Assert.Equal(ThresholdOutcome.Held, Thresholds.HeldAtOrBelow(series, new Percentage(98m)).Outcome);
    }

    [Theory]
    // Small parts, no zero denominator: the vector kernel (nine points, more than one vector's width).
    [InlineData(97L, 100L)]
    // Parts beyond 32 bits but whose products fit 64 bits: the plain cross-multiplication.
    [InlineData(970_000_000_000L, 1_000_000_000_000L)]
    // Parts whose products need 128 bits: the careful path.
    [InlineData(97_000_000_000_000_000L, 100_000_000_000_000_000L)]
    public void HeldAtOrAboveAndBelow_PanelExactlyAtThreshold_IsHeldOnEveryPath(long numerator, long denominator)
    {
        const int length = 9;
        var panel = RatePanel.FromParts(Local, Start, length, Repeat(numerator, 2 * length), Repeat(denominator, 2 * length));
        var threshold = new Percentage(97m);
        foreach (var check in Thresholds.HeldAtOrAbove(panel, threshold))
        {
            Assert.Equal(ThresholdOutcome.Held, check.Outcome);
        }

        foreach (var check in Thresholds.HeldAtOrBelow(panel, threshold))
        {
            Assert.Equal(ThresholdOutcome.Held, check.Outcome);
        }
    }

    [Fact]
    public void HeldAtOrAboveAndBelow_PanelWithZeroDenominatorExactlyAtThreshold_IsHeldOnTheCarefulPath()
    {
        // A 0/0 in another series sends every series through the careful path; 97/100 there is still held.
        const int length = 4;
        var numerators = new long[] { 97, 97, 97, 97, 98, 0, 98, 98 };
        var denominators = new long[] { 100, 100, 100, 100, 100, 0, 100, 100 };
        var panel = RatePanel.FromParts(Local, Start, length, numerators, denominators);
        Assert.Equal(ThresholdOutcome.Held, Thresholds.HeldAtOrAbove(panel, new Percentage(97m))[0].Outcome);
        Assert.Equal(ThresholdOutcome.Held, Thresholds.HeldAtOrBelow(panel, new Percentage(97m))[0].Outcome);
    }

    [Fact]
    public void HeldAtOrAbove_PanelOneBelowAfterTheFirstVector_NamesThatPeriod()
    {
        // The ninth point (past the first vector) is 96.99…% and the rest exactly 97%.
        const int length = 9;
        var numerators = Repeat(97, length);
        var denominators = Repeat(100, length);
        numerators[8] = 9_699;
        denominators[8] = 10_000;
        var panel = RatePanel.FromParts(Local, Start, length, numerators, denominators);
        var check = Thresholds.HeldAtOrAbove(panel, new Percentage(97m))[0];
        Assert.Equal(ThresholdOutcome.Broken, check.Outcome);
        Assert.Equal(Start.PlusPeriods(8), check.FirstFailure);
    }

    [Fact]
    public void HeldAtOrAboveAndBelow_PanelZeroOverZero_IsUndeterminedNotHeld()
    {
        // 0/0 has no rate: neither at nor above nor below 0%, 97% or 100%; the second series names it.
        const int length = 5;
        var numerators = new long[] { 98, 98, 98, 98, 98, 98, 98, 98, 0, 98 };
        var denominators = new long[] { 100, 100, 100, 100, 100, 100, 100, 100, 0, 100 };
        var panel = RatePanel.FromParts(Local, Start, length, numerators, denominators);
        foreach (var percent in new[] { 0m, 97m })
        {
            var threshold = new Percentage(percent);
            var above = Thresholds.HeldAtOrAbove(panel, threshold);
            Assert.Equal(ThresholdOutcome.Held, above[0].Outcome);
            Assert.Equal(ThresholdOutcome.Undetermined, above[1].Outcome);
            Assert.Equal(Start.PlusPeriods(3), above[1].FirstFailure);
            Assert.Equal(UndefinedReason.ZeroDenominator, above[1].Reason);
        }

        foreach (var percent in new[] { 0m, 100m })
        {
            var below = Thresholds.HeldAtOrBelow(panel, new Percentage(percent))[1];
            Assert.NotEqual(ThresholdOutcome.Held, below.Outcome);
        }

        var ceiling = Thresholds.HeldAtOrBelow(panel, new Percentage(100m))[1];
        Assert.Equal(ThresholdOutcome.Undetermined, ceiling.Outcome);
        Assert.Equal(Start.PlusPeriods(3), ceiling.FirstFailure);
    }

    [Fact]
    public void HeldAtOrAboveAndBelow_CountsExactlyAtThreshold_AreHeld()
    {
        // 每年不少于1000件 is held by 1000; 控制在100起以内 is held by 100.
        var floor = IndicatorSeries.FromValues(InterviewIndicators.Thefts, Start, new long[] { 1_000, 1_200, 1_000 });
        Assert.Equal(ThresholdOutcome.Held, Thresholds.HeldAtOrAbove(floor, 1_000).Outcome);
        Assert.Equal(ThresholdOutcome.Broken, Thresholds.HeldAtOrAbove(floor, 1_001).Outcome);
        var ceiling = IndicatorSeries.FromValues(InterviewIndicators.Thefts, Start, new long[] { 100, 80, 100 });
        Assert.Equal(ThresholdOutcome.Held, Thresholds.HeldAtOrBelow(ceiling, 100).Outcome);
        Assert.Equal(ThresholdOutcome.Broken, Thresholds.HeldAtOrBelow(ceiling, 99).Outcome);
    }
}
