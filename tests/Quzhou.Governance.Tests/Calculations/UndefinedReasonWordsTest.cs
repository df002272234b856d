using System;
using System.Collections.Generic;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Calculations;

/// <summary>Every reason a calculated value is undefined, and every end of a run, has true words in Chinese and English.</summary>
public class UndefinedReasonWordsTest
{
    private static SeriesPeriod M(int year, int month) => SeriesPeriod.Month(year, month);

    [Fact]
    public void ToRelativeChange_MissingCurrent_SaysMissingNotZeroBase()
    {
        var series = IndicatorSeries.CreateBuilder(InterviewIndicators.Thefts, Frequency.Month).Add(M(2024, 10), 15).Add(M(2025, 9), 3).Build();
        var change = Changes.YearOnYear(series, M(2025, 10));
        Assert.Equal(UndefinedReason.MissingCurrent, change.Reason);
        Assert.Equal("无法计算（本期数据缺失）", change.ToRelativeChange().ToString("zh", null));
        Assert.Equal("undefined (current value missing)", change.ToRelativeChange().ToString());
        Assert.Equal(Undefinedness.MissingCurrent, change.ToRelativeChange().Undefinedness);
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
        Assert.Equal(reason.ToString(), UndefinedReasonWords.ToUndefinedness(reason).ToString());
    }

    [Theory]
    [InlineData(RunEnd.EndOfData, "持续至最新一期", "still going at the last period")]
    [InlineData(RunEnd.ConditionNotMet, "下一期未满足条件", "the next period did not meet the condition")]
    [InlineData(RunEnd.Gap, "下一期数据缺失", "the next period is a gap")]
    [InlineData(RunEnd.BasisBreak, "下一期口径调整，不可比", "the basis changed at the next period")]
    [InlineData(RunEnd.NoBase, "下一期缺少基期数据", "the next period has no base")]
    [InlineData(RunEnd.NotComputed, "未计算", "not computed")]
    public void For_EachRunEnd_ChineseAndEnglish(RunEnd end, string chinese, string english)
    {
        Assert.Equal(chinese, UndefinedReasonWords.For(end, chinese: true));
        Assert.Equal(english, UndefinedReasonWords.For(end, chinese: false));
    }

    [Fact]
    public void For_EveryReasonAndRunEnd_IsCovered()
    {
        foreach (var reason in Enum.GetValues<UndefinedReason>())
        {
            Assert.Equal(reason.ToString(), UndefinedReasonWords.ToUndefinedness(reason).ToString());
        }

        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var end in Enum.GetValues<RunEnd>())
        {
            Assert.True(words.Add(UndefinedReasonWords.For(end, chinese: true)), end.ToString());
            Assert.True(words.Add(UndefinedReasonWords.For(end, chinese: false)), end.ToString());
        }
    }

    [Fact]
    public void ToString_UndefinedResults_UseTheWords()
    {
        var series = IndicatorSeries.CreateBuilder(InterviewIndicators.Thefts, Frequency.Month).Add(M(2024, 10), 15).Add(M(2025, 9), 3).Build();
        Assert.EndsWith("undefined (current value missing)", Changes.YearOnYear(series, M(2025, 10)).ToString(), StringComparison.Ordinal);
        Assert.Equal("not computed", default(SpanTotal).ToString());
    }
}
