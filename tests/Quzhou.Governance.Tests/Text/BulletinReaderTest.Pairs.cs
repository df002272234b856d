using System.Linq;
using Quzhou.Governance.Claims;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Text;
using Xunit;

namespace Quzhou.Governance.Tests.Text;

// Claims of other claims (Claim.Of), linked where a sentence ends, and the unstated base taken from the same document.
public sealed partial class BulletinReaderTest
{
    private static Claim Of(BulletinReading reading, string subject) =>
        reading.Claims.Select(c => c.Claim).Single(c => c.Subjects.Any(x => x.Text == subject));

    [Fact]
    public void Read_RateAfterItsSurveyedCases_IsOfTheCount()
    {
        var reading = Read("2024年，全市共调查群众1000户，群众满意率97.18%，政策知晓率达96.5%。");
        var cases = reading.Claims[0].Claim;
        Assert.Equal(ClaimKind.Count, cases.Kind);
        Assert.Equal([cases.Id], Of(reading, "群众满意率").Of);
        Assert.Equal([cases.Id], Of(reading, "政策知晓率").Of);
        Assert.Equal(AuditFindingKind.RateNotAttainable, ClaimAudits.Run(reading.Claims.Select(c => c.Claim))[0].Kind);
    }

    [Theory]
    [InlineData("2024年，全市建成站点1000个，群众满意率97.18%。")]                       // no word of a survey: the count is not of cases
    [InlineData("2024年，全市共调查群众1000户、企业300家，群众满意率达97.18%。")]       // two counts: of which?
    [InlineData("2024年，全市共调查群众1000户。群众满意率达97.18%。")]                  // another sentence
    public void Read_RateWithADoubtfulCount_IsOfNothing(string text)
    {
        var reading = Read(text);
        Assert.All(reading.Claims, c => Assert.Empty(c.Claim.Of));
        Assert.Empty(ClaimAudits.Run(reading.Claims.Select(c => c.Claim)));
    }

    [Fact]
    public void Read_TotalThenItsPartsAfterQizhong_IsOfTheParts()
    {
        var reading = Read("年末全市户籍人口258.3万人，其中，男性131.2万人，女性127.4万人。");
        var total = reading.Claims[0].Claim;
        Assert.Equal([Of(reading, "男性").Id, Of(reading, "女性").Id], total.Of);
        Assert.Equal(AuditFindingKind.PartsDisagreeWithTotal, Assert.Single(ClaimAudits.Run(reading.Claims.Select(c => c.Claim))).Kind);
    }

    [Theory]
    [InlineData("全市受理案件1000件，其中，盗窃300件，诈骗200件。")]                   // 其中 lists some parts: not a whole
    [InlineData("年末全市户籍人口258.3万人，其中，男性131.2万人。")]                    // one part
    [InlineData("年末全市户籍人口258.3万人，其中，男性131.2万人，女性127.4万户。")]      // another unit
    [InlineData("年末全市户籍人口258.3万人。其中，男性131.2万人，女性127.4万人。")]      // the total in another sentence
    public void Read_PartsThatAreNotAKnownWhole_AreOfNothing(string text)
    {
        var reading = Read(text);
        Assert.All(reading.Claims, c => Assert.Empty(c.Claim.Of));
    }

    [Fact]
    public void Read_DifferenceOfTwoGrowths_IsOfTheMinuendThenTheSubtrahend()
    {
        var reading = Read("全市城镇居民人均可支配收入比上年增长5.1%，农村居民人均可支配收入比上年增长6.3%，农村居民收入增速快于城镇居民1.3个百分点。");
        var gap = Of(reading, "农村居民收入增速");
        Assert.Equal(ClaimKind.PercentagePointChange, gap.Kind);
        Assert.Equal("快于城镇居民", gap.Predicate);
        Assert.Equal([Of(reading, "农村居民人均可支配收入").Id, Of(reading, "全市城镇居民人均可支配收入").Id], gap.Of);
        Assert.DoesNotContain(reading.Diagnostics, d => d.Kind == TextDiagnosticKind.MissingBase);
        Assert.Empty(ClaimAudits.Run(reading.Claims.Select(c => c.Claim)));

        var slower = Read("全市城镇居民人均可支配收入比上年增长5.1%，农村居民人均可支配收入比上年增长6.3%，城镇居民收入增速慢于农村居民1.3个百分点。");
        Assert.Equal([Of(slower, "农村居民人均可支配收入").Id, Of(slower, "全市城镇居民人均可支配收入").Id], Of(slower, "城镇居民收入增速").Of);
    }

    [Theory]
    [InlineData("全市城镇居民人均可支配收入比上年增长5.1%，农村居民收入增速快于城镇居民1.3个百分点。")]                                      // one level
    [InlineData("全市城镇居民人均可支配收入比上年增长5.1%，农村居民人均可支配收入同比增长6.3%，农村居民收入增速快于城镇居民1.3个百分点。")]    // two bases
    [InlineData("全市城镇居民人均可支配收入比上年增长5.1%，农村居民人均可支配收入比上年增长6.3%，农村居民收入增速快于全省平均1.3个百分点。")]  // the object is neither
    public void Read_DifferenceWithoutItsTwoLevels_IsOfNothing(string text)
    {
        var reading = Read(text);
        Assert.All(reading.Claims, c => Assert.Empty(c.Claim.Of));
    }

    [Fact]
    public void Read_ChangeRepeatedWithoutItsBase_TakesTheBaseTheDocumentStates()
    {
        var reading = Read("近五年省际边界警情下降23.6%，跨域矛盾纠纷化解率达98.5%。\n\n- 省际边界警情下降23.6%\n");
        Assert.Equal(2, reading.Claims.Count(c => c.Claim.Kind == ClaimKind.RelativeChange));
        Assert.All(reading.Claims.Where(c => c.Claim.Kind == ClaimKind.RelativeChange), c => Assert.Equal(ClaimBase.RecentYears(5), c.Claim.Base));
        Assert.DoesNotContain(reading.Diagnostics, d => d.Kind == TextDiagnosticKind.MissingBase);
    }

    [Theory]
    [InlineData("- 省际边界警情下降23.6%\n")]                                                   // no stated base
    [InlineData("近五年省际边界警情下降23.6%。\n省际边界警情同比下降23.6%。\n- 省际边界警情下降23.6%\n")] // two stated bases
    [InlineData("近五年省际边界警情下降23.5%。\n- 省际边界警情下降23.6%\n")]                       // another figure
    public void Read_ChangeWithoutABaseTheDocumentStatesOnce_KeepsItUnstated(string text)
    {
        var reading = Read(text);
        var repeated = reading.Claims[reading.Claims.Count - 1].Claim;
        Assert.Equal(ClaimBase.Unstated, repeated.Base);
        Assert.Contains(reading.Diagnostics, d => d.Kind == TextDiagnosticKind.MissingBase);
    }

    [Theory]
    [MemberData(nameof(BulletinPassages.Files), MemberType = typeof(BulletinPassages))]
    public void Read_Passage_RunFindsWhatThePassageShows(string file)
    {
        var passage = BulletinPassages.Get(file);
        var reading = new BulletinReader(IndicatorCatalog.Interview).Read(passage.Text, BulletinPassages.Published, Quzhou.Governance.Series.RegionCode.Quzhou);
        var findings = ClaimAudits.Run(reading.Claims.Select(c => c.Claim), InterviewIndicators.All);
        Assert.Equal(passage.Finding is { } kind ? [kind] : System.Array.Empty<AuditFindingKind>(), findings.Select(f => f.Kind).ToArray());
    }
}
