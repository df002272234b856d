using System;
using Quzhou.Governance.Quantities;
using Xunit;

namespace Quzhou.Governance.Tests.Quantities;

/// <summary>The words printed for each reason a value is undefined, in Chinese and in English: each states the true reason.</summary>
public class UndefinedReasonWordsTest
{
    [Theory]
    [InlineData(UndefinedReason.ZeroBase, "无法计算（基数为0）")]
    [InlineData(UndefinedReason.ZeroDenominator, "无法计算（分母为0）")]
    [InlineData(UndefinedReason.ZeroPopulation, "无法计算（人口为0）")]
    [InlineData(UndefinedReason.MissingCurrent, "无法计算（本期数据缺失）")]
    [InlineData(UndefinedReason.MissingBase, "无法计算（基期数据缺失）")]
    [InlineData(UndefinedReason.BasisBreak, "无法计算（口径调整，不可比）")]
    [InlineData(UndefinedReason.PartsMissing, "无法计算（仅有公布比率，缺分子分母）")]
    [InlineData(UndefinedReason.EmptySpan, "无法计算（时段内无数据期）")]
    [InlineData(UndefinedReason.ZeroCurrent, "无法计算（本期值为0）")]
    [InlineData(UndefinedReason.NotComputed, "未计算")]
    public void For_Chinese_SaysTheTrueReason(UndefinedReason why, string words) => Assert.Equal(words, UndefinedReasonWords.For(why, chinese: true));

    [Theory]
    [InlineData(UndefinedReason.ZeroBase, "undefined (zero base)")]
    [InlineData(UndefinedReason.ZeroDenominator, "undefined (zero denominator)")]
    [InlineData(UndefinedReason.ZeroPopulation, "undefined (zero population)")]
    [InlineData(UndefinedReason.MissingCurrent, "undefined (current value missing)")]
    [InlineData(UndefinedReason.MissingBase, "undefined (base value missing)")]
    [InlineData(UndefinedReason.BasisBreak, "undefined (basis changed, not comparable)")]
    [InlineData(UndefinedReason.PartsMissing, "undefined (only the published rate is known)")]
    [InlineData(UndefinedReason.EmptySpan, "undefined (empty span)")]
    [InlineData(UndefinedReason.ZeroCurrent, "undefined (zero current value)")]
    [InlineData(UndefinedReason.NotComputed, "not computed")]
    public void For_English_SaysTheTrueReason(UndefinedReason why, string words) => Assert.Equal(words, UndefinedReasonWords.For(why, chinese: false));

    [Fact]
    public void For_EveryReason_HasItsOwnWordsAndOnlyZeroBaseBlamesTheBase()
    {
        var seen = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal);
        foreach (var why in Enum.GetValues<UndefinedReason>())
        {
            Assert.True(seen.Add(UndefinedReasonWords.For(why, chinese: true)), why.ToString());
            Assert.True(seen.Add(UndefinedReasonWords.For(why, chinese: false)), why.ToString());
            Assert.Equal(why == UndefinedReason.ZeroBase, UndefinedReasonWords.For(why, chinese: true).Contains("基数", StringComparison.Ordinal));
            Assert.Equal(why == UndefinedReason.ZeroBase, UndefinedReasonWords.For(why, chinese: false).Contains("zero base", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Quantities_UndefinedText_ComesFromTheTable()
    {
        Assert.Equal(UndefinedReasonWords.For(UndefinedReason.ZeroBase, true), RelativeChange.Between(3, 0).ToString("zh", null));
        Assert.Equal(UndefinedReasonWords.For(UndefinedReason.ZeroDenominator, false), Ratio.Of(3, 0).ToString());
        Assert.Equal(UndefinedReasonWords.For(UndefinedReason.ZeroPopulation, true), PopulationRate.Of(3, 0, PopulationBase.PerThousand).ToString("zh", null));
    }
}
