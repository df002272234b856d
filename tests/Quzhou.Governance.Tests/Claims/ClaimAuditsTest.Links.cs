using System.Linq;
using Quzhou.Governance.Claims;
using Xunit;

namespace Quzhou.Governance.Tests.Claims;

public partial class ClaimAuditsTest
{
    private static Claim Cases(string id, string figure) =>
        InterviewClaims.Claim(id, ClaimKind.Count, [new ClaimSubject("调查企业")], [figure], ClaimBase.None);

    private static Claim Points(string id, string figure) =>
        InterviewClaims.Claim(id, ClaimKind.PercentagePointChange, [new ClaimSubject("增速")], [figure], ClaimBase.Unstated);

    private static Claim Growth(string id, string subject, string figure) =>
        InterviewClaims.Claim(id, ClaimKind.RelativeChange, [new ClaimSubject(subject)], [figure], ClaimBase.PreviousYear);

    [Fact]
    public void Run_RateOfItsCases_FindsTheRateNotAttainable()
    {
        var finding = Assert.Single(ClaimAudits.Run([Cases("cases", "1000家"), Level("rate", "97.18%").WithOf(["cases"])]));
        Assert.Equal(AuditFindingKind.RateNotAttainable, finding.Kind);
        Assert.Equal(["cases", "rate"], finding.ClaimIds);
        Assert.Contains("of 1000 cases", finding.Arithmetic, System.StringComparison.Ordinal);
        Assert.Empty(ClaimAudits.Run([Cases("cases", "461件"), Level("rate", "97.18%").WithOf(["cases"])]));
        Assert.Empty(ClaimAudits.Run([Cases("cases", "1000家"), Level("rate", "97.18%")]));
    }

    [Fact]
    public void Run_TotalOfItsParts_FindsThePartsDisagree()
    {
        var parts = new[] { Level("male", "131.2万人"), Level("female", "127.4万人") };
        var finding = Assert.Single(ClaimAudits.Run([Level("total", "258.3万人").WithOf(["male", "female"]), .. parts]));
        Assert.Equal(AuditFindingKind.PartsDisagreeWithTotal, finding.Kind);
        Assert.Equal(["male", "female", "total"], finding.ClaimIds);
        Assert.Empty(ClaimAudits.Run([Level("total", "258.3万人").WithOf(["male", "female"]), Level("male", "131.2万人"), Level("female", "127.2万人")]));
    }

    [Fact]
    public void Run_DifferenceOfTwoLevels_FindsItDisagrees()
    {
        var levels = new[] { Growth("urban", "城镇", "增长5.1%"), Growth("rural", "农村", "增长6.3%") };
        var finding = Assert.Single(ClaimAudits.Run([.. levels, Points("gap", "1.4个百分点").WithOf(["rural", "urban"])]));
        Assert.Equal(AuditFindingKind.DifferenceDisagrees, finding.Kind);
        Assert.Empty(ClaimAudits.Run([.. levels, Points("gap", "1.3个百分点").WithOf(["rural", "urban"])]));
        // The other way round, 5.1 − 6.3 is negative: the order of the link is the order of the subtraction.
        Assert.Single(ClaimAudits.Run([.. levels, Points("gap", "1.3个百分点").WithOf(["urban", "rural"])]));
    }

    [Fact]
    public void Run_LinkToAClaimNotInTheSetOrOfNoKnownShape_NotJudged()
    {
        Assert.Empty(ClaimAudits.Run([Level("rate", "97.18%").WithOf(["cases"])]));
        Assert.Empty(ClaimAudits.Run([Level("share", "97.18%"), Level("rate", "97.18%").WithOf(["share"])]));
        Assert.Empty(ClaimAudits.Run([Growth("urban", "城镇", "增长5.1%"), Points("gap", "1.4个百分点").WithOf(["urban"])]));
        Assert.Empty(ClaimAudits.Run([Level("total", "258.3万人").WithOf(["rate"]), Level("rate", "97.18%")]));
    }
}
