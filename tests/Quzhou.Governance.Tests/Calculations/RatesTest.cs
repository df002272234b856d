using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;
using Xunit;
using Quzhou.Governance.Quantities;

namespace Quzhou.Governance.Tests.Calculations;

public class RatesTest
{
    private static readonly RateIndicator Satisfaction = InterviewIndicators.EnterpriseRequestSatisfactionRate;

    private static SeriesPeriod M(int year, int month) => SeriesPeriod.Month(year, month);

    [Fact]
    public void Over_Span_SumsPartsNeverAverages()
    {
        // 1/2 and 99/100 average to 74.5%, but the rate over both is 100/102 = 98.04%.
        var series = RateSeries.FromParts(Satisfaction, M(2025, 1), new long[] { 1, 99 }, new long[] { 2, 100 });
        var rate = Rates.Over(series, M(2025, 1), M(2025, 2));
        Assert.Equal(100, rate.Numerator);
        Assert.Equal(102, rate.Denominator);
        Assert.Equal(98.04m, rate.ToPercent(2));
        Assert.Equal(100, rate.ToRatio().Numerator);
    }

    [Fact]
    public void Over_Satisfaction_9718()
    {
        var series = RateSeries.FromParts(Satisfaction, M(2025, 10), new long[] { 9718 }, new long[] { 10000 });
        Assert.Equal(97.18m, Rates.At(series, M(2025, 10)).ToPercent(2));
    }

    [Fact]
    public void Over_UndefinedCases_SayWhy()
    {
        var series = RateSeries.CreateBuilder(Satisfaction, Frequency.Month)
            .AddParts(M(2025, 1), 0, 0)
            .AddPublished(M(2025, 2), 97.18m, 2)
            .AddParts(M(2025, 4), 1, 1)
            .Build();
        Assert.Equal(UndefinedReason.ZeroDenominator, Rates.At(series, M(2025, 1)).Reason);
        Assert.Null(Rates.At(series, M(2025, 1)).ToPercent(2));
        Assert.False(Rates.At(series, M(2025, 1)).ToRatio().IsDefined);
        Assert.Equal(UndefinedReason.PartsMissing, Rates.At(series, M(2025, 2)).Reason);
        Assert.Throws<InvalidOperationException>(() => Rates.At(series, M(2025, 2)).ToRatio());
        Assert.Equal(UndefinedReason.MissingCurrent, Rates.Over(series, M(2025, 3), M(2025, 4)).Reason);
        Assert.Equal(UndefinedReason.EmptySpan, Rates.Over(Array.Empty<RateSeries>(), M(2025, 1), M(2025, 1)).Reason);
        Assert.Equal(UndefinedReason.NotComputed, default(SpanRate).Reason); // a default claims no zero denominator
    }

    [Fact]
    public void Over_Regions_SumsAllParts()
    {
        var a = RateSeries.FromParts(Satisfaction, M(2025, 1), new long[] { 90 }, new long[] { 100 });
        var b = RateSeries.FromParts(Satisfaction, M(2025, 1), new long[] { 10 }, new long[] { 10 });
        var rate = Rates.Over(new[] { a, b }, M(2025, 1), M(2025, 1));
        Assert.Equal(100, rate.Numerator);
        Assert.Equal(110, rate.Denominator);
        var other = RateSeries.FromParts(InterviewIndicators.OnlineServiceRate, M(2025, 1), new long[] { 1 }, new long[] { 1 });
        Assert.Throws<ArgumentException>(() => Rates.Over(new[] { a, other }, M(2025, 1), M(2025, 1)));
    }

    [Property]
    public Property Over_LiesBetweenSmallestAndLargestPartRate()
    {
        var part = Gen.Choose(1, 1000).SelectMany(d => Gen.Choose(0, d).Select(n => ((long)n, (long)d)));
        return Prop.ForAll(Gen.NonEmptyListOf(part).Select(l => l.ToArray()).ToArbitrary(), parts =>
        {
            var series = RateSeries.FromParts(Satisfaction, M(2020, 1), parts.Select(p => p.Item1).ToArray(), parts.Select(p => p.Item2).ToArray());
            var rate = Rates.Over(series, series.Start, series.End);

            // Cross-multiplied: min ≤ N/D ≤ max.
            return parts.Any(p => rate.Numerator * p.Item2 >= p.Item1 * rate.Denominator)
                && parts.Any(p => rate.Numerator * p.Item2 <= p.Item1 * rate.Denominator);
        });
    }

    [Fact]
    public void Over_SpanAcrossBreak_IsBasisBreak()
    {
        var builder = RateSeries.CreateBuilder(Satisfaction, Frequency.Month);
        for (var m = 1; m <= 6; m++)
        {
            builder.AddParts(M(2025, m), 9, 10, m == 4 ? ObservationStatus.BasisBreak : ObservationStatus.Final);
        }

        var broken = builder.Build();
        Assert.Equal(UndefinedReason.BasisBreak, Rates.Over(broken, M(2025, 1), M(2025, 6)).Reason);
        Assert.Null(Rates.Over(broken, M(2025, 1), M(2025, 6)).ToPercent(2));
        Assert.Equal(90m, Rates.Over(broken, M(2025, 4), M(2025, 6)).ToPercent(0));
        Assert.Equal(90m, Rates.Over(broken, M(2025, 1), M(2025, 3)).ToPercent(0));
        var whole = RateSeries.FromParts(Satisfaction, M(2025, 1), new long[] { 1, 1, 1, 1, 1, 1 }, new long[] { 2, 2, 2, 2, 2, 2 });
        Assert.Equal(UndefinedReason.BasisBreak, Rates.Over(new[] { whole, broken }, M(2025, 1), M(2025, 6)).Reason);
    }
}
