using System.Linq;
using Quzhou.Governance.Claims;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Claims;

/// <summary>A rate's change exactly at the ends of 提升11.53%'s interval, [11.525, 11.535] points, and just outside.</summary>
public partial class ClaimCheckerTest
{
    [Theory]
    [InlineData(915250L, true)]
    [InlineData(915350L, true)]
    [InlineData(915249L, false)]
    [InlineData(915351L, false)]
    public void Check_RateChangeAtTheIntervalsEnds_BothEndsIn(long current, bool fits)
    {
        // 80% in the 13th plan, current/1000000 in the 14th: 11.525 or 11.535 points, or 0.0001 beyond.
        var data = DataSet.CreateBuilder().AddRateSeries(RegionCode.Quzhou, MonthlyRate(InterviewIndicators.EnforcementClosureRate, p => p.Year <= 2020 ? (8000, 10000) : (current, 1000000))).Build();
        var claim = InterviewClaims.Claim("closure", ClaimKind.RelativeChange, [InterviewClaims.Subject(InterviewIndicators.EnforcementClosureRate, "实际执结率")], ["提升11.53%"], ClaimBase.AgainstPlanSameSpan(Thirteenth));
        var verdict = ClaimChecker.Check(claim, data).Single();
        Assert.Equal(ClaimVerdictKind.Ambiguous, verdict.Kind);
        Assert.Equal(new[] { fits, false }, verdict.Readings.Select(r => r.Fits));
    }
}
