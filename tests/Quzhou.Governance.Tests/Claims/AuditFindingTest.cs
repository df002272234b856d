using System;
using System.Globalization;
using Quzhou.Governance.Claims;
using Xunit;

namespace Quzhou.Governance.Tests.Claims;

public class AuditFindingTest
{
    public static TheoryData<AuditFindingKind, string, string> Words => new()
    {
        { AuditFindingKind.RateNotAttainable, "所公布的比率不可能由该个案数得出", "the printed rate cannot come from that number of cases" },
        { AuditFindingKind.ChangeNotAttainable, "所公布的增减幅度不可能由整数基数得出", "the printed change cannot come from a whole base" },
        { AuditFindingKind.PartsDisagreeWithTotal, "各分项在其修约范围内不可能合计为所公布的总数", "the parts cannot add up to the printed total within their rounding" },
        { AuditFindingKind.SharesDisagreeWithHundred, "各构成比在其修约范围内不可能合计为100", "the shares cannot add up to 100 within their rounding" },
        { AuditFindingKind.SharesDisagreeWithParts, "所公布的构成比与各分项或总数在其修约范围内不相符", "a printed share cannot be its part's share of the printed parts or total within their rounding" },
        { AuditFindingKind.DifferenceDisagrees, "所公布的差值在修约范围内不可能等于两个水平之差", "the printed difference cannot be the difference of the two printed levels within their rounding" },
        { AuditFindingKind.StreakStartsDisagree, "两处所述的连续期起点不一致", "the streak's start stated in two places disagrees" },
        { AuditFindingKind.PointsOnCount, "“百分点”用于计数或金额的变化，应使用百分比或绝对数", "percentage points are attached to the change of a count or amount, which changes in percent or in units" },
    };

    [Theory]
    [MemberData(nameof(Words))]
    public void ToString_EachKind_BothLanguages(AuditFindingKind kind, string chinese, string english)
    {
        var finding = new AuditFinding(kind, ["a", "b"], "1 + 1 = 3");
        Assert.Equal("a、b：" + chinese + "：1 + 1 = 3。", finding.ToString("zh", null));
        Assert.Equal("a, b: " + english + ": 1 + 1 = 3.", finding.ToString("en", null));
        Assert.Equal("a, b: " + english + ": 1 + 1 = 3.", finding.ToString());
    }

    [Fact]
    public void ToString_GeneralFormat_TheCulturesLanguage()
    {
        var finding = new AuditFinding(AuditFindingKind.RateNotAttainable, ["a"], "x");
        Assert.Equal("a：所公布的比率不可能由该个案数得出：x。", finding.ToString(null, new CultureInfo("zh-CN")));
        Assert.Equal("a：所公布的比率不可能由该个案数得出：x。", finding.ToString("G", new CultureInfo("zh-TW")));
        Assert.Equal("a: the printed rate cannot come from that number of cases: x.", finding.ToString(string.Empty, CultureInfo.InvariantCulture));
        Assert.Equal("a: the printed rate cannot come from that number of cases: x.", finding.ToString(null, null));
        Assert.Throws<FormatException>(() => finding.ToString("x", null));
    }

    [Fact]
    public void Constructor_Arguments_NamedWithTheirWords()
    {
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => new AuditFinding((AuditFindingKind)(-1), ["a"], "x")).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => new AuditFinding((AuditFindingKind)8, ["a"], "x")).ParamName);
        Assert.Equal(AuditFindingKind.PointsOnCount, new AuditFinding(AuditFindingKind.PointsOnCount, ["a"], "x").Kind);
        Assert.Equal("claimIds", Assert.Throws<ArgumentNullException>(() => new AuditFinding(AuditFindingKind.RateNotAttainable, null!, "x")).ParamName);
        foreach (var ids in new[] { Array.Empty<string>(), [""], ["a", ""], ["", "a"], ["a", null!] })
        {
            var e = Assert.Throws<ArgumentException>(() => new AuditFinding(AuditFindingKind.RateNotAttainable, ids, "x"));
            Assert.Equal("claimIds", e.ParamName);
            Assert.StartsWith("A finding names at least one claim, each by a non-empty id.", e.Message, StringComparison.Ordinal);
        }

        Assert.Equal("arithmetic", Assert.Throws<ArgumentNullException>(() => new AuditFinding(AuditFindingKind.RateNotAttainable, ["a"], null!)).ParamName);
        var empty = Assert.Throws<ArgumentException>(() => new AuditFinding(AuditFindingKind.RateNotAttainable, ["a"], string.Empty));
        Assert.Equal("arithmetic", empty.ParamName);
        Assert.StartsWith("A finding shows its arithmetic.", empty.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equals_EachPartCounts()
    {
        var finding = new AuditFinding(AuditFindingKind.RateNotAttainable, ["a", "b"], "x");
        var same = new AuditFinding(AuditFindingKind.RateNotAttainable, ["a", "b"], "x");
        Assert.True(finding.Equals(same));
        Assert.True(finding.Equals((object)same));
        Assert.Equal(finding.GetHashCode(), same.GetHashCode());
        Assert.False(finding.Equals(null));
        Assert.False(finding.Equals((object?)null));
        Assert.False(finding.Equals(new AuditFinding(AuditFindingKind.ChangeNotAttainable, ["a", "b"], "x")));
        Assert.False(finding.Equals(new AuditFinding(AuditFindingKind.RateNotAttainable, ["b", "a"], "x")));
        Assert.False(finding.Equals(new AuditFinding(AuditFindingKind.RateNotAttainable, ["a"], "x")));
        Assert.False(finding.Equals(new AuditFinding(AuditFindingKind.RateNotAttainable, ["a", "b"], "y")));
        Assert.Equal(["a", "b"], finding.ClaimIds);
        Assert.Equal("x", finding.Arithmetic);
    }
}
