using NodaTime;
using Quzhou.Governance.Claims;
using Quzhou.Governance.Figures;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Text;

/// <summary>Progress against a plan target as printed reads back as the same kind and figure.</summary>
public sealed partial class BulletinReaderTest
{
    [Theory]
    [InlineData("49.17%")]
    [InlineData("102.5%")]
    public void Read_PrintedPlanProgress_GivesTheClaimBack(string figure)
    {
        var claim = new Claim(
            "progress",
            ClaimKind.PlanProgress,
            [ClaimSubject.For(InterviewIndicators.LegalServiceStations, "公共法律服务站点建设")],
            [PublishedFigure.Parse(figure)],
            ClaimBase.None,
            RegionCode.Quzhou,
            new LocalDate(2023, 7, 15));
        var printed = claim.ToString("zh", null);
        Assert.Equal("公共法律服务站点建设完成规划目标的" + figure, printed);

        var read = Single(printed + "。").Claim;
        Assert.Equal(ClaimKind.PlanProgress, read.Kind);
        Assert.Equal(figure, read.Figures[0].ToString());
    }
}
