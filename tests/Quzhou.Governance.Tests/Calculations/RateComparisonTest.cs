using Quzhou.Governance.Calculations;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Calculations;

public class RateComparisonTest
{
    private static readonly RateIndicator Closure = InterviewIndicators.EnforcementClosureRate;

    private static SpanRate Rate(long n, long d) =>
        Rates.At(RateSeries.FromParts(Closure, SeriesPeriod.CalendarYear(2025), new[] { n }, new[] { d }), SeriesPeriod.CalendarYear(2025));

    [Fact]
    public void Readings_PointsFit_OnlyPoints()
    {
        // 实际执结率较“十三五”提升11.53%: 60% → 71.53% is 11.53 points, but +19.22% relative.
        var comparison = Rates.Compare(Rate(7153, 10000), Rate(6000, 10000));
        Assert.Equal(11.53m, comparison.ToPercentagePoints(2));
        Assert.Equal(19.22m, comparison.ToRelativePercent(2));
        Assert.Equal(RateChangeReadings.PercentagePoints, comparison.Readings(11.53m, 2));
    }

    [Fact]
    public void Readings_ExactTie_AcceptsEitherNeighbour()
    {
        // 60% → 71.525% is exactly 11.525 points: 四舍五入 prints 11.53, GB/T 8170 (ties to even) 11.52; both fit.
        var comparison = Rates.Compare(Rate(71525, 100000), Rate(6000, 10000));
        Assert.Equal(11.53m, comparison.ToPercentagePoints(2));
        Assert.Equal(RateChangeReadings.PercentagePoints, comparison.Readings(11.53m, 2));
        Assert.Equal(RateChangeReadings.PercentagePoints, comparison.Readings(11.52m, 2));
        Assert.Equal(RateChangeReadings.None, comparison.Readings(11.51m, 2));
    }

    [Fact]
    public void Readings_RelativeFits_OnlyRelative()
    {
        // 执行到位率 rising 6.47% of its old value: 50% → 53.235%.
        var comparison = Rates.Compare(Rate(53235, 100000), Rate(50000, 100000));
        Assert.Equal(RateChangeReadings.Relative, comparison.Readings(6.47m, 2));
    }

    [Fact]
    public void Readings_BothOrNeither_AreReported()
    {
        // From 100% to 100%: no change either way.
        var same = Rates.Compare(Rate(1, 1), Rate(1, 1));
        Assert.Equal(RateChangeReadings.PercentagePoints | RateChangeReadings.Relative, same.Readings(0m, 0));
        Assert.Equal(RateChangeReadings.None, same.Readings(5m, 0));
    }

    [Fact]
    public void Undefined_ZeroDenominatorOrZeroBase_SaysWhy()
    {
        var undefined = Rates.Compare(Rate(1, 2), Rate(0, 0));
        Assert.Equal(UndefinedReason.ZeroDenominator, undefined.Reason);
        Assert.Null(undefined.ToPercentagePoints(2));
        Assert.Equal(RateChangeReadings.None, undefined.Readings(1m, 0));
        var fromZero = Rates.Compare(Rate(1, 2), Rate(0, 5));
        Assert.Equal(50m, fromZero.ToPercentagePoints(0));
        Assert.Null(fromZero.ToRelativePercent(2));
    }

    [Fact]
    public void Readings_MoreDecimalsThanPrinted_ThrowsNamingDecimalsAndValue()
    {
        var comparison = Rates.Compare(Rate(7153, 10000), Rate(6000, 10000));
        var ex = Assert.Throws<System.ArgumentException>(() => comparison.Readings(11.534m, 2));
        Assert.Equal("decimals", ex.ParamName);
        Assert.Contains("11.534", ex.Message, System.StringComparison.Ordinal);
        Assert.Equal(RateChangeReadings.PercentagePoints, comparison.Readings(11.530m, 2));
    }
}
