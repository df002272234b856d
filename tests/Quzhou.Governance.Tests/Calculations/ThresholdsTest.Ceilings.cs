using System;
using System.Collections.Generic;
using System.Globalization;
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

/// <summary>Ceilings (a death rate held at or below a bound) and thresholds on count series; the words of each outcome.</summary>
public partial class ThresholdsTest
{
    private static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh-CN");

    [Fact]
    public void HeldAtOrBelow_EveryMonthAtOrUnderTheCeiling_IsHeld()
    {
        // 控制在0.5%以内: exactly 0.5% is within the ceiling.
        var series = Months(p => (p.Number % 2 == 0 ? 5 : 3, 1000)).Build();
        var result = Thresholds.HeldAtOrBelow(series, new Percentage(0.5m));
        Assert.True(result.IsHeld);
        Assert.Equal(58, result.PeriodsChecked);
        Assert.Null(result.FirstFailure);
    }

    [Fact]
    public void HeldAtOrBelow_OneMonthAbove_NamesFirstAbove()
    {
        var series = Months(p => p == M(2023, 4) || p == M(2024, 1) ? (5001, 1_000_000) : (4999, 1_000_000)).Build();
        var result = Thresholds.HeldAtOrBelow(series, new Percentage(0.5m));
        Assert.Equal(ThresholdOutcome.Broken, result.Outcome);
        Assert.Equal(M(2023, 4), result.FirstFailure);
        Assert.Equal(28, result.PeriodsChecked);
        Assert.Equal(M(2024, 1), Thresholds.HeldAtOrBelow(series, new Percentage(0.5m), M(2023, 5), M(2025, 10)).FirstFailure);
        Assert.True(Thresholds.HeldAtOrAbove(series, new Percentage(0.4999m)).IsHeld);
    }

    [Fact]
    public void HeldAtOrBelow_LargeParts_ExactWithoutOverflow()
    {
        var n = 97_000_000_000_000_000L;
        var d = 100_000_000_000_000_000L;
        var series = RateSeries.FromParts(Local, M(2025, 1), new[] { n, n + 1 }, new[] { d, d });
        var result = Thresholds.HeldAtOrBelow(series, NinetySeven);
        Assert.Equal(M(2025, 2), result.FirstFailure);
        var panel = RatePanel.FromParts(Local, M(2025, 1), 2, new[] { n, n + 1 }, new[] { d, d });
        Assert.Equal(result, Thresholds.HeldAtOrBelow(panel, NinetySeven)[0]);
    }

    [Property]
    public Property HeldAtOrBelow_Panel_EqualsSeriesAndBruteForce()
    {
        var part = Gen.Choose(0, 20).SelectMany(d => Gen.Choose(0, d).Select(n => ((long)n, (long)d)));
        return Prop.ForAll(Gen.ArrayOf(part, 7).ToArbitrary(), Gen.Choose(0, 100).ToArbitrary(), (parts, t) =>
        {
            var num = parts.Select(p => p.Item1).ToArray();
            var den = parts.Select(p => p.Item2).ToArray();
            var threshold = new Percentage(t);
            var series = Thresholds.HeldAtOrBelow(RateSeries.FromParts(Local, M(2025, 1), num, den), threshold);
            var panel = Thresholds.HeldAtOrBelow(RatePanel.FromParts(Local, M(2025, 1), num.Length, num, den), threshold);

            // Brute force in decimals: the first period above, else the first undecided.
            var above = Array.FindIndex(parts, p => p.Item2 != 0 && (decimal)p.Item1 / p.Item2 * 100m > t);
            var undecided = Array.FindIndex(parts, p => p.Item2 == 0);
            var expected = above >= 0 ? ThresholdOutcome.Broken : undecided >= 0 ? ThresholdOutcome.Undetermined : ThresholdOutcome.Held;
            return panel.Count == 1 && panel.SeriesCount == 1 && series == panel[0] && series.Outcome == expected
                && (above < 0 || series.FirstFailure == M(2025, 1).PlusPeriods(above));
        });
    }

    [Fact]
    public void HeldAtOrBelow_CountSeries_ComparesIntegers()
    {
        // 生产安全事故控制在100起以内, year by year: 100 is within; 101 breaks it.
        var accidents = IndicatorSeries.FromValues(InterviewIndicators.ProductionSafetyAccidents, SeriesPeriod.CalendarYear(2021), new long[] { 99, 100, 101, 100, 98 });
        var result = Thresholds.HeldAtOrBelow(accidents, 100);
        Assert.Equal(ThresholdOutcome.Broken, result.Outcome);
        Assert.Equal(SeriesPeriod.CalendarYear(2023), result.FirstFailure);
        Assert.Equal(3, result.PeriodsChecked);
        Assert.True(Thresholds.HeldAtOrBelow(accidents, 101).IsHeld);
        Assert.True(Thresholds.HeldAtOrBelow(accidents, 100, SeriesPeriod.CalendarYear(2024), SeriesPeriod.CalendarYear(2025)).IsHeld);
        Assert.True(Thresholds.HeldAtOrAbove(accidents, 98).IsHeld);
        Assert.Equal(SeriesPeriod.CalendarYear(2021), Thresholds.HeldAtOrAbove(accidents, 100).FirstFailure);
    }

    [Fact]
    public void HeldAtOrAbove_CountSeriesWithGapOrBreak_GapUndeterminedBreakIgnored()
    {
        var gaps = new HashSet<SeriesPeriod> { M(2024, 3) };
        var statuses = new Dictionary<SeriesPeriod, ObservationStatus> { [M(2024, 6)] = ObservationStatus.BasisBreak };
        var services = TestSeries.Build(InterviewIndicators.LegalServices, M(2024, 1), M(2024, 12), _ => 1000, gaps, statuses);
        var result = Thresholds.HeldAtOrAbove(services, 1000);
        Assert.Equal(ThresholdOutcome.Undetermined, result.Outcome);
        Assert.Equal(M(2024, 3), result.FirstFailure);
        Assert.Equal(UndefinedReason.MissingCurrent, result.Reason);
        Assert.Equal(12, result.PeriodsChecked);
        Assert.True(Thresholds.HeldAtOrAbove(services, 1000, M(2024, 4), M(2024, 12)).IsHeld);
        Assert.Equal(ThresholdOutcome.Broken, Thresholds.HeldAtOrAbove(services, 1001).Outcome);
    }

    [Fact]
    public void ThresholdArguments_NullOrSpanOutside_Throw()
    {
        var accidents = IndicatorSeries.FromValues(InterviewIndicators.ProductionSafetyAccidents, SeriesPeriod.CalendarYear(2021), new long[] { 1, 2 });
        Assert.Equal("series", Assert.Throws<ArgumentNullException>(() => Thresholds.HeldAtOrBelow((IndicatorSeries)null!, 1)).ParamName);
        Assert.Equal("series", Assert.Throws<ArgumentNullException>(() => Thresholds.HeldAtOrBelow((RateSeries)null!, NinetySeven)).ParamName);
        Assert.Equal("panel", Assert.Throws<ArgumentNullException>(() => Thresholds.HeldAtOrBelow((RatePanel)null!, NinetySeven)).ParamName);
        Assert.ThrowsAny<ArgumentException>(() => Thresholds.HeldAtOrBelow(accidents, 1, SeriesPeriod.CalendarYear(2021), SeriesPeriod.CalendarYear(2023)));
    }

    [Fact]
    public void ToString_Chinese_GivesTheWordsOfEachOutcome()
    {
        var series = Months(p => p == M(2023, 4) ? (9699, 10000) : (9800, 10000)).Build();
        Assert.Equal("保持", Thresholds.HeldAtOrAbove(series, new Percentage(96m)).ToString("zh", null));
        Assert.Equal("未保持（2023-04）", Thresholds.HeldAtOrAbove(series, NinetySeven).ToString(null, Zh));
        Assert.Equal("Broken at 2023-04", Thresholds.HeldAtOrAbove(series, NinetySeven).ToString("G", null));
        var gappy = Months(p => p == M(2022, 2) ? null : (9800, 10000)).Build();
        Assert.Equal("无法判定（2022-02：无法计算（本期数据缺失））", Thresholds.HeldAtOrAbove(gappy, NinetySeven).ToString("zh", null));
        Assert.Equal("未计算", default(ThresholdCheck).ToString("zh", null));
        Assert.Equal("Not computed", default(ThresholdCheck).ToString(null, null));
    }

    [Theory]
    [InlineData(ThresholdOutcome.Held, "保持", "held")]
    [InlineData(ThresholdOutcome.Broken, "未保持", "broken")]
    [InlineData(ThresholdOutcome.Undetermined, "无法判定", "undetermined")]
    [InlineData(ThresholdOutcome.NotComputed, "未计算", "not computed")]
    public void Describe_EachOutcome_ChineseAndEnglish(ThresholdOutcome outcome, string chinese, string english)
    {
        Assert.Equal(chinese, outcome.Describe(Zh));
        Assert.Equal(english, outcome.Describe(null));
        Assert.Equal(english, outcome.Describe(CultureInfo.InvariantCulture));
    }
}
