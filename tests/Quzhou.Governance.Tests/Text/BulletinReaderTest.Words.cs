using System.Linq;
using Quzhou.Governance.Claims;
using Quzhou.Governance.Text;
using Xunit;

namespace Quzhou.Governance.Tests.Text;

// The constructs read since issue 10's second round: 持平, the traditional 於, a difference written as two levels
// and a change, and the shares of parts.
public sealed partial class BulletinReaderTest
{
    [Theory]
    [InlineData("全市刑事案件与上年持平。", ClaimBaseKind.PreviousYear, "全市刑事案件", "public-security.criminal-cases")]
    [InlineData("全市刑事案件同比持平。", ClaimBaseKind.YearOnYear, "全市刑事案件", "public-security.criminal-cases")]
    [InlineData("全市刑事案件比上年持平。", ClaimBaseKind.PreviousYear, "全市刑事案件", "public-security.criminal-cases")]
    [InlineData("全市刑事案件与去年同期持平。", ClaimBaseKind.PreviousYearSamePeriod, "全市刑事案件", "public-security.criminal-cases")]
    [InlineData("全市刑事案件较“十三五”同期持平。", ClaimBaseKind.PlanSameSpan, "全市刑事案件", "public-security.criminal-cases")]
    public void Read_Flat_IsAChangeThatPrintsZeroWithItsBase(string text, ClaimBaseKind baseKind, string subject, string code)
    {
        var read = Single(text);
        var claim = read.Claim;
        Assert.Equal(ClaimKind.RelativeChange, claim.Kind);
        Assert.Equal(baseKind, claim.Base.Kind);
        Assert.Equal(subject, claim.Subjects[0].Text);
        Assert.Equal(code, claim.Subjects[0].IndicatorCode);
        Assert.Equal("0.0%", Assert.Single(claim.Figures).ToString());
        Assert.Equal("持平", claim.Predicate);
        Assert.Equal("持平", read.FigureSpans[0].In(text).ToString());
        Assert.Equal(text.TrimEnd('。'), read.Span.In(text).ToString());
        Assert.Empty(Read(text).Diagnostics);
    }

    [Fact]
    public void Read_FlatOfRatesAndOfSeveralSubjects_SharesOneFigure()
    {
        var rate = Single("全年群众满意率与上年持平。").Claim;
        Assert.Equal(ClaimKind.PercentagePointChange, rate.Kind);
        Assert.Equal("0.0个百分点", rate.Figures[0].ToString());

        var both = Single("电信网络诈骗发案数、损失数均与上年持平。").Claim;
        Assert.Equal(["电信网络诈骗发案数", "损失数"], both.Subjects.Select(s => s.Text));
        Assert.True(both.IsShared);
        Assert.Equal("电信网络诈骗发案数、损失数比上年持平", both.ToString("zh", null));
        Assert.Equal("Telecom-fraud cases and telecom-fraud losses held level against the previous year", both.ToString("en", null));
    }

    [Fact]
    public void Read_FlatAfterALevel_IsOfTheSubjectBefore()
    {
        var reading = Read("全市实现地区生产总值1523.6亿元，与上年持平。");
        Assert.Equal(2, reading.Claims.Count);
        Assert.Equal(reading.Claims[0].Claim.Subjects, reading.Claims[1].Claim.Subjects);
        Assert.Equal("持平", reading.Claims[1].Claim.Predicate);
    }

    [Theory]
    [InlineData("全市刑事案件与上年基本持平。")]       // about level: nothing to check
    [InlineData("全市刑事案件与上年相比总体持平。")]   // the same hedge after the base
    [InlineData("同比持平，环比下降。")]                // no subject
    [InlineData("全市刑事案件同比持平稳定。")]          // 持平 does not end the clause
    public void Read_FlatThatIsHedgedOrOfNothing_GivesNoClaim(string text) =>
        Assert.DoesNotContain(Read(text).Claims, c => c.Claim.Predicate == "持平");

    [Fact]
    public void Read_FlatWithoutABase_IsUnstatedWithQT0002()
    {
        var reading = Read("全市刑事案件持平。");
        Assert.Equal(ClaimBase.Unstated, Assert.Single(reading.Claims).Claim.Base);
        Assert.Contains(reading.Diagnostics, d => d.Kind == TextDiagnosticKind.MissingBase);
    }

    [Theory]
    [InlineData("全市刑事案件与上年持平。")]
    [InlineData("2025年1—10月，全市群众满意率同比持平。")]
    [InlineData("近五年省际边界警情持平。")]
    [InlineData("电信网络诈骗发案数、损失数均与上年持平。")]
    public void Read_PrintedFlat_ReadsBackAsTheSameClaim(string text)
    {
        var claim = Single(text).Claim;
        var printed = claim.ToString("zh", null);
        Assert.EndsWith("持平", printed, System.StringComparison.Ordinal);
        Assert.Equal(Key(claim), Key(Single(printed + "。").Claim));
    }

    [Theory]
    [InlineData("快於", "快于")]
    [InlineData("高於", "高于")]
    [InlineData("慢於", "慢于")]
    [InlineData("低於", "低于")]
    public void Read_TraditionalComparisonWord_ReadsAsTheSimplified(string traditional, string simplified)
    {
        const string Sentence = "全市城鎮居民人均可支配收入比上年增長5.1%，農村居民人均可支配收入比上年增長6.3%，農村居民收入增速{0}城鎮居民1.3個百分點。";
        var read = Read(string.Format(System.Globalization.CultureInfo.InvariantCulture, Sentence, traditional));
        var simple = Read(string.Format(System.Globalization.CultureInfo.InvariantCulture, Sentence, simplified));
        Assert.Equal(simple.Claims.Select(c => Key(c.Claim)), read.Claims.Select(c => Key(c.Claim)));
        Assert.Equal(simple.Claims.Select(c => c.Claim.Of.Count), read.Claims.Select(c => c.Claim.Of.Count));
    }

    [Theory]
    [InlineData("2.1", null)]                                        // 97.2 − 95.1
    [InlineData("2.2", null)]                                        // [2.0, 2.2] within the rounding: a naive exact check flags it
    [InlineData("2.4", AuditFindingKind.DifferenceDisagrees)]        // at most 97.25 − 95.05 = 2.2
    public void Read_TwoLevelsAndTheirDifference_IsOfThisYearsThenLastYearsLevel(string points, AuditFindingKind? finding)
    {
        var reading = Read("2024年，全市群众满意率为97.2%，上年为95.1%，提高" + points + "个百分点。");
        Assert.True(reading.Claims.Count == 3, string.Join(" || ", reading.Claims.Select(c => Key(c.Claim))) + string.Join(" ; ", reading.Diagnostics));
        var (current, earlier, difference) = (reading.Claims[0].Claim, reading.Claims[1].Claim, reading.Claims[2].Claim);
        Assert.Equal(current.Subjects, earlier.Subjects);
        Assert.Equal("2023", earlier.Period?.ToString("I", null));
        Assert.Equal(ClaimKind.PercentagePointChange, difference.Kind);
        Assert.Equal(ClaimBase.PreviousYear, difference.Base);
        Assert.Equal(current.Subjects, difference.Subjects);
        Assert.Equal([current.Id, earlier.Id], difference.Of);
        Assert.DoesNotContain(reading.Diagnostics, d => d.Kind == TextDiagnosticKind.MissingBase);
        Assert.Equal(finding is { } kind ? [kind] : System.Array.Empty<AuditFindingKind>(), ClaimAudits.Run(reading.Claims.Select(c => c.Claim)).Select(f => f.Kind));
        Assert.All(reading.Claims, c => Assert.Equal(Key(c.Claim), Key(Single(c.Claim.ToString("zh", null) + "。").Claim)));
    }

    [Theory]
    [InlineData("全市群众满意率为97.2%，企业满意率为95.1%，提高2.1个百分点。")]   // not the year before: of which?
    [InlineData("全市群众满意率为97.2%。上年为95.1%，提高2.1个百分点。")]         // the level in another sentence
    [InlineData("上年为95.1%，提高2.1个百分点。")]                                 // no level of this year
    public void Read_DifferenceWithoutTheTwoYearsLevels_IsOfNothing(string text) =>
        Assert.All(Read(text).Claims, c => Assert.Empty(c.Claim.Of));
}
