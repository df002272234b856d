using Quzhou.Governance.Calculations;
using Quzhou.Governance.Figures;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;
using Xunit;
using Quzhou.Governance.Quantities;

namespace Quzhou.Governance.Tests.Calculations;

public partial class RateComparisonTest
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
    public void Readings_QualifiedFigure_AppliesTheQualifierPolicy()
    {
        // 60% → 71.53%: 11.53 points, +19.22% relative.
        var comparison = Rates.Compare(Rate(7153, 10000), Rate(6000, 10000));
        Assert.Equal(RateChangeReadings.PercentagePoints | RateChangeReadings.Relative, Governance.Claims.ClaimChecker.RateReadings(comparison, PublishedFigure.Parse("提升11%以上"), null));
        Assert.Equal(RateChangeReadings.Relative, Governance.Claims.ClaimChecker.RateReadings(comparison, PublishedFigure.Parse("提升12%以上"), null));
        Assert.Equal(RateChangeReadings.PercentagePoints, Governance.Claims.ClaimChecker.RateReadings(comparison, PublishedFigure.Parse("提升近11.6%"), null));
        Assert.Equal(RateChangeReadings.None, Governance.Claims.ClaimChecker.RateReadings(comparison, PublishedFigure.Parse("提升近11.5%"), null));
        Assert.Equal(RateChangeReadings.None, Governance.Claims.ClaimChecker.RateReadings(comparison, PublishedFigure.Parse("提升超过19.22%"), null));
        Assert.Equal(RateChangeReadings.PercentagePoints, Governance.Claims.ClaimChecker.RateReadings(comparison, PublishedFigure.Parse("提升11.53%"), null));
    }

    [Fact]
    public void Readings_FigureInPermille_ComparesInPermille()
    {
        // 60% → 71.53% is 115.3‰ points.
        var comparison = Rates.Compare(Rate(7153, 10000), Rate(6000, 10000));
        Assert.Equal(RateChangeReadings.PercentagePoints, Governance.Claims.ClaimChecker.RateReadings(comparison, PublishedFigure.Parse("提升115.3个千分点"), null));
    }

    [Fact]
    public void Readings_FigureNotARateChange_Throws() =>
        Assert.Equal("figure", Assert.Throws<System.ArgumentException>(() => Governance.Claims.ClaimChecker.RateReadings(Rates.Compare(Rate(1, 2), Rate(1, 3)), PublishedFigure.Parse("增加3人"), null)).ParamName);

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

    private static RateSeries Yearly(int firstYear, int breakYear, params long[] numerators)
    {
        var builder = RateSeries.CreateBuilder(Closure, Frequency.Year);
        for (var i = 0; i < numerators.Length; i++)
        {
            builder.AddParts(SeriesPeriod.CalendarYear(firstYear + i), numerators[i], 100, firstYear + i == breakYear ? ObservationStatus.BasisBreak : ObservationStatus.Final);
        }

        return builder.Build();
    }

    private static SpanRate Over(RateSeries series, int from, int to) => Rates.Over(series, SeriesPeriod.CalendarYear(from), SeriesPeriod.CalendarYear(to));

    [Fact]
    public void Reason_BreakBetweenTheSpans_BasisBreak()
    {
        // 执结率较“十三五”: counted on a new basis from 2021, so 2021–2025 against 2016–2020 is not comparable.
        var series = Yearly(2016, 2021, 60, 60, 60, 60, 60, 70, 70, 70, 70, 70);
        var comparison = Rates.Compare(Over(series, 2021, 2025), Over(series, 2016, 2020));
        Assert.Equal(UndefinedReason.BasisBreak, comparison.Reason);
        Assert.Null(comparison.ToPercentagePoints(2));
        Assert.Null(comparison.ToRelativePercent(2));
        Assert.Equal(RateChangeReadings.None, comparison.Readings(10m, 0));
        Assert.Equal(UndefinedReason.BasisBreak, Rates.Compare(Over(series, 2016, 2020), Over(series, 2021, 2025)).Reason);
        Assert.Equal(UndefinedReason.None, Rates.Compare(Over(series, 2023, 2025), Over(series, 2021, 2022)).Reason);

        // A break inside a span makes that span's rate undefined already.
        var inside = Yearly(2016, 2018, 60, 60, 60, 60, 60, 70, 70, 70, 70, 70);
        Assert.Equal(UndefinedReason.BasisBreak, Rates.Compare(Over(inside, 2021, 2025), Over(inside, 2016, 2020)).Reason);

        // A break at the series' first year is before both spans.
        var early = Yearly(2016, 2016, 60, 60, 60, 60, 60, 70, 70, 70, 70, 70);
        Assert.Equal(10m, Rates.Compare(Over(early, 2021, 2025), Over(early, 2016, 2020)).ToPercentagePoints(2));
    }

    [Fact]
    public void Reason_RegionsSummedAcrossOneRegionsBreak_BasisBreak()
    {
        var plain = Yearly(2016, 0, 60, 60, 60, 60, 60, 70, 70, 70, 70, 70);
        var broken = Yearly(2016, 2021, 60, 60, 60, 60, 60, 70, 70, 70, 70, 70);
        var years = (SeriesPeriod.CalendarYear(2021), SeriesPeriod.CalendarYear(2025));
        var now = Rates.Over(new[] { plain, broken }, years.Item1, years.Item2);
        var before = Rates.Over(new[] { plain, broken }, SeriesPeriod.CalendarYear(2016), SeriesPeriod.CalendarYear(2020));
        Assert.Equal(UndefinedReason.BasisBreak, Rates.Compare(now, before).Reason);

        // Two regions over the same span are compared at one time: no break lies between them.
        Assert.Equal(0m, Rates.Compare(Over(broken, 2022, 2025), Over(plain, 2022, 2025)).ToPercentagePoints(2));
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
