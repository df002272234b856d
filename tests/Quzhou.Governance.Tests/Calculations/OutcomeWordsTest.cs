using System;
using System.Collections.Generic;
using System.Globalization;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Calculations;

/// <summary>Every reason a calculated value is undefined, and every end of a run, has true words in Chinese and English.</summary>
public class OutcomeWordsTest
{
    private static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh-CN");

    private static SeriesPeriod M(int year, int month) => SeriesPeriod.Month(year, month);

    [Fact]
    public void ToRelativeChange_MissingCurrent_SaysMissingNotZeroBase()
    {
        var series = IndicatorSeries.CreateBuilder(InterviewIndicators.Thefts, Frequency.Month).Add(M(2024, 10), 15).Add(M(2025, 9), 3).Build();
        var change = Changes.YearOnYear(series, M(2025, 10));
        Assert.Equal(UndefinedReason.MissingCurrent, change.Reason);
        Assert.Equal("无法计算（本期数据缺失）", change.ToRelativeChange().ToString("zh", null));
        Assert.Equal("undefined (current value missing)", change.ToRelativeChange().ToString());
        Assert.Equal(UndefinedReason.MissingCurrent, change.ToRelativeChange().Reason);
        Assert.Equal(RelativeChange.Undefined, change.ToRelativeChange());
    }

    [Fact]
    public void ToRelativeChange_MissingBaseOrBreakOrZeroBaseOrDefault_SaysEach()
    {
        var statuses = new Dictionary<SeriesPeriod, ObservationStatus> { [M(2025, 3)] = ObservationStatus.BasisBreak };
        var series = TestSeries.Build(InterviewIndicators.Thefts, M(2024, 1), M(2025, 12), p => p.Year == 2024 && p.Number == 2 ? 0 : 10, statuses: statuses);
        var gappy = IndicatorSeries.CreateBuilder(InterviewIndicators.Thefts, Frequency.Month).Add(M(2025, 10), 4).Build();
        Assert.Equal("无法计算（基期数据缺失）", Changes.YearOnYear(gappy, M(2025, 10)).ToRelativeChange().ToString("zh", null));
        Assert.Equal("undefined (base value missing)", Changes.YearOnYear(gappy, M(2025, 10)).ToRelativeChange().ToString());
        Assert.Equal("无法计算（口径调整，不可比）", Changes.YearOnYear(series, M(2025, 4)).ToRelativeChange().ToString("zh", null));
        Assert.Equal("undefined (basis changed, not comparable)", Changes.YearOnYear(series, M(2025, 4)).ToRelativeChange().ToString());
        Assert.Equal("无法计算（基数为0）", Changes.YearOnYear(series, M(2025, 2)).ToRelativeChange().ToString("zh", null));
        Assert.Equal("undefined (zero base)", Changes.YearOnYear(series, M(2025, 2)).ToRelativeChange().ToString());
        Assert.Equal("未计算", default(PeriodChange).ToRelativeChange().ToString("zh", null));
        Assert.Equal("not computed", default(SpanChange).ToRelativeChange().ToString());
    }

    [Theory]
    [InlineData(UndefinedReason.ZeroBase, "无法计算（基数为0）", "undefined (zero base)")]
    [InlineData(UndefinedReason.MissingCurrent, "无法计算（本期数据缺失）", "undefined (current value missing)")]
    [InlineData(UndefinedReason.MissingBase, "无法计算（基期数据缺失）", "undefined (base value missing)")]
    [InlineData(UndefinedReason.BasisBreak, "无法计算（口径调整，不可比）", "undefined (basis changed, not comparable)")]
    [InlineData(UndefinedReason.PartsMissing, "无法计算（仅有公布比率，缺分子分母）", "undefined (only the published rate is known)")]
    [InlineData(UndefinedReason.ZeroDenominator, "无法计算（分母为0）", "undefined (zero denominator)")]
    [InlineData(UndefinedReason.EmptySpan, "无法计算（时段内无数据期）", "undefined (empty span)")]
    [InlineData(UndefinedReason.ZeroCurrent, "无法计算（本期值为0）", "undefined (zero current value)")]
    [InlineData(UndefinedReason.NotComputed, "未计算", "not computed")]
    public void For_EachReason_ChineseAndEnglish(UndefinedReason reason, string chinese, string english)
    {
        Assert.Equal(chinese, UndefinedReasonWords.For(reason, chinese: true));
        Assert.Equal(english, UndefinedReasonWords.For(reason, chinese: false));
        Assert.Equal(UndefinedReasonWords.For(reason, chinese: true), reason.Describe(Zh));
        Assert.Equal(UndefinedReasonWords.For(reason, chinese: false), reason.Describe(null));
    }

    [Theory]
    [InlineData(RunEnd.EndOfData, "持续至最新一期", "still going at the last period")]
    [InlineData(RunEnd.ConditionNotMet, "下一期未满足条件", "the next period did not meet the condition")]
    [InlineData(RunEnd.MissingCurrent, "下一期数据缺失", "the next period is a gap")]
    [InlineData(RunEnd.BasisBreak, "下一期口径调整，不可比", "the basis changed at the next period")]
    [InlineData(RunEnd.MissingBase, "下一期缺少基期数据", "the next period has no base")]
    [InlineData(RunEnd.NotComputed, "未计算", "not computed")]
    public void For_EachRunEnd_ChineseAndEnglish(RunEnd end, string chinese, string english)
    {
        Assert.Equal(chinese, OutcomeWords.For(end, chinese: true));
        Assert.Equal(english, OutcomeWords.For(end, chinese: false));
        Assert.Equal(chinese, end.Describe(Zh));
        Assert.Equal(english, end.Describe(null));
    }

    [Fact]
    public void For_EveryReasonAndRunEnd_IsCovered()
    {
        foreach (var reason in Enum.GetValues<UndefinedReason>())
        {
            Assert.Equal(UndefinedReasonWords.For(reason, chinese: true), reason.Describe(Zh));
            Assert.Equal(UndefinedReasonWords.For(reason, chinese: false), reason.Describe(CultureInfo.InvariantCulture));
        }

        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var end in Enum.GetValues<RunEnd>())
        {
            Assert.True(words.Add(OutcomeWords.For(end, chinese: true)), end.ToString());
            Assert.True(words.Add(OutcomeWords.For(end, chinese: false)), end.ToString());
        }
    }

    [Fact]
    public void ToString_UndefinedResults_UseTheWords()
    {
        var series = IndicatorSeries.CreateBuilder(InterviewIndicators.Thefts, Frequency.Month).Add(M(2024, 10), 15).Add(M(2025, 9), 3).Build();
        Assert.EndsWith("undefined (current value missing)", Changes.YearOnYear(series, M(2025, 10)).ToString(), StringComparison.Ordinal);
        Assert.Equal("not computed", default(SpanTotal).ToString());
    }

    [Fact]
    public void ToString_ChineseResults_SayTheChangeOrTheReason()
    {
        var series = IndicatorSeries.CreateBuilder(InterviewIndicators.Thefts, Frequency.Month).Add(M(2024, 10), 15).Add(M(2025, 9), 3).Add(M(2025, 10), 14).Add(M(2024, 9), 3).Build();
        Assert.Equal("2025-10较2024-10：下降6.67%", Changes.YearOnYear(series, M(2025, 10)).ToString("zh", null));
        Assert.Equal("2025-09较2024-09：持平", Changes.YearOnYear(series, M(2025, 9)).ToString(null, Zh));
        Assert.Equal("2025-08较2024-08：无法计算（本期数据缺失）", Changes.YearOnYear(series, M(2025, 8)).ToString("zh", null));
        Assert.Equal(Changes.YearOnYear(series, M(2025, 10)).ToString(), Changes.YearOnYear(series, M(2025, 10)).ToString("G", null));
        var span = Changes.BetweenSpans(series, M(2025, 9), M(2025, 10), M(2024, 9), M(2024, 10));
        Assert.Equal("2025-09至2025-10较2024-09至2024-10：下降5.56%", span.ToString("zh", null));
        Assert.Equal("无法计算（本期数据缺失）", Totals.Over(series, M(2025, 8), M(2025, 10)).ToString("zh", null));
        Assert.Equal("17", Totals.Over(series, M(2025, 9), M(2025, 10)).ToString("zh", null));
        Assert.Equal("年均增长10.00%", Growth.LevelMethod(100_000, 161_051, 5).ToString("zh", null));
        Assert.Equal("年均下降50.00%", Growth.LevelMethod(4, 1, 2).ToString("zh", null));
        Assert.Equal("无法计算（基数为0）", Growth.LevelMethod(0, 1, 2).ToString("zh", null));
        Assert.Equal("未计算", default(SpanRate).ToString("zh", null));
        Assert.Equal("not computed", default(SpanRate).ToString(null, null));
        var rates = RateSeries.FromParts(InterviewIndicators.LocalDisputeResolutionRate, M(2025, 1), new long[] { 9718 }, new long[] { 10000 });
        Assert.Equal("97.18%", Rates.Over(rates, M(2025, 1), M(2025, 1)).ToString("zh", null));
    }

    [Theory]
    [InlineData(RateChangeReadings.PercentagePoints, "按百分点解读相符", "fits as percentage points")]
    [InlineData(RateChangeReadings.Relative, "按相对变化解读相符", "fits as a relative change")]
    [InlineData(RateChangeReadings.PercentagePoints | RateChangeReadings.Relative, "两种解读均相符（有歧义）", "both readings fit (ambiguous)")]
    [InlineData(RateChangeReadings.None, "两种解读均不相符", "neither reading fits")]
    public void Describe_EachReadings_ChineseAndEnglish(RateChangeReadings readings, string chinese, string english)
    {
        Assert.Equal(chinese, readings.Describe(Zh));
        Assert.Equal(english, readings.Describe(null));
    }
}
