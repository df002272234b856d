using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Calculations;

public partial class ThresholdsTest
{
    private static readonly RateIndicator Local = InterviewIndicators.LocalDisputeResolutionRate;
    private static readonly Percentage NinetySeven = new(97m);

    private static SeriesPeriod M(int year, int month) => SeriesPeriod.Month(year, month);

    private static RateSeriesBuilder Months(Func<SeriesPeriod, (long N, long D)?> parts)
    {
        var builder = RateSeries.CreateBuilder(Local, Frequency.Month);
        for (var p = M(2021, 1); p <= M(2025, 10); p = p.PlusPeriods(1))
        {
            var v = parts(p);
            if (v is { } x)
            {
                builder.AddParts(p, x.N, x.D);
            }
        }

        return builder;
    }

    [Fact]
    public void HeldAtOrAbove_EveryMonthAt97OrMore_IsHeld()
    {
        // 矛盾纠纷就地化解率保持在97%以上: exactly 97% counts (以上 includes the bound).
        var series = Months(p => (p.Number % 2 == 0 ? 97 : 99, 100)).Build();
        var result = Thresholds.HeldAtOrAbove(series, NinetySeven);
        Assert.True(result.IsHeld);
        Assert.Equal(58, result.PeriodsChecked);
        Assert.Null(result.FirstFailure);
        Assert.Equal("Held", result.ToString());
    }

    [Fact]
    public void HeldAbove_AMonthExactlyAtTheThreshold_IsBroken()
    {
        // 超过97%: a month at exactly 97% is not above it; 97.01% is.
        var at = Months(p => p == M(2023, 4) ? (97, 100) : (9701, 10000)).Build();
        var result = Thresholds.HeldAbove(at, NinetySeven, at.Start, at.End);
        Assert.Equal(ThresholdOutcome.Broken, result.Outcome);
        Assert.Equal(M(2023, 4), result.FirstFailure);
        Assert.True(Thresholds.HeldAtOrAbove(at, NinetySeven).IsHeld);
        var above = Months(p => (9701, 10000)).Build();
        Assert.True(Thresholds.HeldAbove(above, NinetySeven, above.Start, above.End).IsHeld);
    }

    [Fact]
    public void HeldAtOrAbove_OneMonthBelow_NamesFirstFailure()
    {
        var series = Months(p => p == M(2023, 4) || p == M(2024, 1) ? (9699, 10000) : (9800, 10000)).Build();
        var result = Thresholds.HeldAtOrAbove(series, NinetySeven);
        Assert.Equal(ThresholdOutcome.Broken, result.Outcome);
        Assert.Equal(M(2023, 4), result.FirstFailure);
        Assert.Equal(28, result.PeriodsChecked);
        var later = Thresholds.HeldAtOrAbove(series, NinetySeven, M(2023, 5), M(2025, 10));
        Assert.Equal(M(2024, 1), later.FirstFailure);
    }

    [Fact]
    public void HeldAtOrAbove_GapOrZeroDenominator_IsUndetermined()
    {
        var gap = Months(p => p == M(2022, 2) ? null : (98, 100)).Build();
        var result = Thresholds.HeldAtOrAbove(gap, NinetySeven);
        Assert.Equal(ThresholdOutcome.Undetermined, result.Outcome);
        Assert.Equal(M(2022, 2), result.FirstFailure);
        Assert.Equal(UndefinedReason.MissingCurrent, result.Reason);

        var zero = Months(p => p == M(2022, 3) ? (0, 0) : (98, 100)).Build();
        Assert.Equal(UndefinedReason.ZeroDenominator, Thresholds.HeldAtOrAbove(zero, NinetySeven).Reason);

        // A period below the threshold after an undecided one still breaks it.
        var both = Months(p => p == M(2022, 3) ? (0, 0) : p == M(2025, 1) ? (1, 2) : (98, 100)).Build();
        Assert.Equal(ThresholdOutcome.Broken, Thresholds.HeldAtOrAbove(both, NinetySeven).Outcome);
    }

    [Fact]
    public void HeldAtOrAbove_PublishedPercent_IsJudgedAsPrinted()
    {
        var series = RateSeries.CreateBuilder(Local, Frequency.Year)
            .AddPublished(SeriesPeriod.CalendarYear(2024), 97m, 0)
            .AddPublished(SeriesPeriod.CalendarYear(2025), 96.9m, 1)
            .Build();
        var result = Thresholds.HeldAtOrAbove(series, NinetySeven);
        Assert.Equal(SeriesPeriod.CalendarYear(2025), result.FirstFailure);
    }

    [Fact]
    public void HeldAtOrAbove_FractionalThreshold_IsExact()
    {
        var series = RateSeries.FromParts(Local, M(2025, 1), new long[] { 975, 974 }, new long[] { 1000, 1000 });
        Assert.Equal(M(2025, 2), Thresholds.HeldAtOrAbove(series, new Percentage(97.5m)).FirstFailure);
        Assert.True(Thresholds.HeldAtOrAbove(series, new Percentage(97.4m)).IsHeld);
        Assert.Throws<ArgumentOutOfRangeException>(() => Thresholds.HeldAtOrAbove(series, new Percentage(-1m)));
        Assert.Throws<ArgumentException>(() => Thresholds.HeldAtOrAbove(series, new Percentage(97.123456789m)));
    }

    [Fact]
    public void HeldAtOrAbove_HugeParts_CrossMultipliesWithoutOverflow()
    {
        // 97·10¹⁵ × 100 overflows a long; the comparison must still be exact.
        var n = 97_000_000_000_000_000L;
        var d = 100_000_000_000_000_000L;
        var series = RateSeries.FromParts(Local, M(2025, 1), new[] { n, n - 1 }, new[] { d, d });
        var result = Thresholds.HeldAtOrAbove(series, NinetySeven);
        Assert.Equal(M(2025, 2), result.FirstFailure);
        var panel = RatePanel.FromParts(Local, M(2025, 1), 2, new[] { n, n - 1 }, new[] { d, d });
        Assert.Equal(result, Thresholds.HeldAtOrAbove(panel, NinetySeven)[0]);
    }

    [Property]
    public Property HeldAtOrAbove_Panel_EqualsSeries()
    {
        var part = Gen.Choose(0, 20).SelectMany(d => Gen.Choose(0, d).Select(n => ((long)n, (long)d)));
        return Prop.ForAll(Gen.ArrayOf(part, 7).ToArbitrary(), Gen.Choose(0, 100).ToArbitrary(), (parts, t) =>
        {
            var num = parts.Select(p => p.Item1).ToArray();
            var den = parts.Select(p => p.Item2).ToArray();
            var threshold = new Percentage(t);
            var series = Thresholds.HeldAtOrAbove(RateSeries.FromParts(Local, M(2025, 1), num, den), threshold);
            var panel = Thresholds.HeldAtOrAbove(RatePanel.FromParts(Local, M(2025, 1), num.Length, num, den), threshold)[0];

            // Brute force in decimals: the first period below, else the first undecided.
            var below = Array.FindIndex(parts, p => p.Item2 != 0 && (decimal)p.Item1 / p.Item2 * 100m < t);
            var undecided = Array.FindIndex(parts, p => p.Item2 == 0);
            var expected = below >= 0 ? ThresholdOutcome.Broken : undecided >= 0 ? ThresholdOutcome.Undetermined : ThresholdOutcome.Held;
            return series == panel && series.Outcome == expected
                && (below < 0 || series.FirstFailure == M(2025, 1).PlusPeriods(below));
        });
    }
}
