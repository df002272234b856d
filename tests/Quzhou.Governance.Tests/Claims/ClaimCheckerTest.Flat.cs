using System.Linq;
using Quzhou.Governance.Claims;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;
using Quzhou.Governance.Text;
using Xunit;

namespace Quzhou.Governance.Tests.Claims;

// 持平 against data: the change prints 0.0 at one decimal.
public partial class ClaimCheckerTest
{
    private static ClaimVerdict CheckFlat(System.Func<SeriesPeriod, long> cases)
    {
        var data = DataSet.CreateBuilder().AddSeries(RegionCode.Quzhou, Monthly(InterviewIndicators.CriminalCases, cases)).Build();
        var claim = new BulletinReader().Read("2025年1—10月，全市刑事案件与上年同期持平。", new NodaTime.LocalDate(2025, 11, 28), RegionCode.Quzhou).Claims.Single().Claim;
        return ClaimChecker.Check(claim, data).Single();
    }

    [Fact]
    public void Check_FlatWithTheBasesLevel_Holds()
    {
        var verdict = CheckFlat(p => 1000);
        Assert.Equal(ClaimVerdictKind.Holds, verdict.Kind);
        Assert.Equal(0m, verdict.Value);
    }

    [Fact]
    public void Check_FlatWithinTheRoundingOfOneDecimal_Holds()
    {
        // 10,000 cases against 10,003: −0.03%, which prints 0.0% — a naive exact check would flag it.
        var verdict = CheckFlat(p => p == SeriesPeriod.Month(2024, 3) ? 1003 : 1000);
        Assert.Equal(ClaimVerdictKind.Holds, verdict.Kind);
        Assert.NotEqual(0m, verdict.Value);
    }

    [Theory]
    [InlineData(990)]  // −1.0%
    [InlineData(1006)] // +0.6%: 10,060 against 10,000 prints 0.6%
    public void Check_FlatWithAnotherLevel_IsContradicted(long monthly)
    {
        var verdict = CheckFlat(p => p.Year == 2025 ? monthly : 1000);
        Assert.Equal(ClaimVerdictKind.Contradicted, verdict.Kind);
    }

    [Fact]
    public void Check_FlatAtTheRoundingsEnds_HoldsAtTheTieAndNotBeyond()
    {
        // 10,005 against 10,000 is +0.05% exactly: a tie, which GB/T 8170 rounds to 0.0 and 四舍五入 to 0.1, so
        // either is accepted; 10,006 is +0.06%, which prints 0.1%.
        Assert.Equal(ClaimVerdictKind.Holds, CheckFlat(p => p == SeriesPeriod.Month(2025, 3) ? 1005 : 1000).Kind);
        Assert.Equal(ClaimVerdictKind.Contradicted, CheckFlat(p => p == SeriesPeriod.Month(2025, 3) ? 1006 : 1000).Kind);
    }
}
