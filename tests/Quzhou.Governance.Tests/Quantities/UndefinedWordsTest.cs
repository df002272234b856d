using System;
using Quzhou.Governance.Quantities;
using Xunit;

namespace Quzhou.Governance.Tests.Quantities;

/// <summary>The words printed for each reason a value is undefined, in Chinese and in English: each states the true reason.</summary>
public class UndefinedWordsTest
{
    [Theory]
    [InlineData(Undefinedness.ZeroBase, "无法计算（基数为0）")]
    [InlineData(Undefinedness.ZeroDenominator, "无法计算（分母为0）")]
    [InlineData(Undefinedness.ZeroPopulation, "无法计算（人口为0）")]
    [InlineData(Undefinedness.MissingCurrent, "无法计算（本期数据缺失）")]
    [InlineData(Undefinedness.MissingBase, "无法计算（基期数据缺失）")]
    [InlineData(Undefinedness.BasisBreak, "无法计算（口径调整，不可比）")]
    [InlineData(Undefinedness.PartsMissing, "无法计算（仅有公布比率，缺分子分母）")]
    [InlineData(Undefinedness.EmptySpan, "无法计算（时段内无数据期）")]
    [InlineData(Undefinedness.ZeroCurrent, "无法计算（本期值为0）")]
    [InlineData(Undefinedness.NotComputed, "未计算")]
    public void For_Chinese_SaysTheTrueReason(Undefinedness why, string words) => Assert.Equal(words, UndefinedWords.For(why, chinese: true));

    [Theory]
    [InlineData(Undefinedness.ZeroBase, "undefined (zero base)")]
    [InlineData(Undefinedness.ZeroDenominator, "undefined (zero denominator)")]
    [InlineData(Undefinedness.ZeroPopulation, "undefined (zero population)")]
    [InlineData(Undefinedness.MissingCurrent, "undefined (current value missing)")]
    [InlineData(Undefinedness.MissingBase, "undefined (base value missing)")]
    [InlineData(Undefinedness.BasisBreak, "undefined (basis changed, not comparable)")]
    [InlineData(Undefinedness.PartsMissing, "undefined (only the published rate is known)")]
    [InlineData(Undefinedness.EmptySpan, "undefined (empty span)")]
    [InlineData(Undefinedness.ZeroCurrent, "undefined (zero current value)")]
    [InlineData(Undefinedness.NotComputed, "not computed")]
    public void For_English_SaysTheTrueReason(Undefinedness why, string words) => Assert.Equal(words, UndefinedWords.For(why, chinese: false));

    [Fact]
    public void For_EveryReason_HasItsOwnWordsAndOnlyZeroBaseBlamesTheBase()
    {
        var seen = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal);
        foreach (var why in Enum.GetValues<Undefinedness>())
        {
            Assert.True(seen.Add(UndefinedWords.For(why, chinese: true)), why.ToString());
            Assert.True(seen.Add(UndefinedWords.For(why, chinese: false)), why.ToString());
            Assert.Equal(why == Undefinedness.ZeroBase, UndefinedWords.For(why, chinese: true).Contains("基数", StringComparison.Ordinal));
            Assert.Equal(why == Undefinedness.ZeroBase, UndefinedWords.For(why, chinese: false).Contains("zero base", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Quantities_UndefinedText_ComesFromTheTable()
    {
        Assert.Equal(UndefinedWords.For(Undefinedness.ZeroBase, true), RelativeChange.Between(3, 0).ToString("zh", null));
        Assert.Equal(UndefinedWords.For(Undefinedness.ZeroDenominator, false), Ratio.Of(3, 0).ToString());
        Assert.Equal(UndefinedWords.For(Undefinedness.ZeroPopulation, true), PopulationRate.Of(3, 0, PopulationBase.PerThousand).ToString("zh", null));
    }
}
