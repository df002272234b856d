using System.Linq;
using Quzhou.Governance.Claims;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Periods;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Claims;

/// <summary>An absolute change (增加1360人): the difference from the same span a year earlier, and for a flow whose
/// base is unstated also the span's own total; undefined without a base year.</summary>
public partial class ClaimCheckerTest
{
    /// <summary>Workers flowing in: 100 a month in 2024, 236 in 2025 (to 2025-10: 2,360 against 1,000).</summary>
    private static DataSet Inflow(int firstYear) =>
        DataSet.CreateBuilder().AddSeries(RegionCode.Quzhou, Series(InterviewIndicators.InterProvincialWorkerInflow, M(firstYear, 1), Last, p => p.Year == 2024 ? 100 : 236)).Build();

    private static ClaimVerdict Workers(string figure, ClaimBase @base, DataSet data) =>
        ClaimChecker.Check(InterviewClaims.Claim("workers", ClaimKind.AbsoluteChange, [InterviewClaims.Subject(InterviewIndicators.InterProvincialWorkerInflow, "产业工人")], [figure], @base), data).Single();

    [Fact]
    public void Check_AbsoluteChangeUnstated_TheDifferenceOrTheTotal()
    {
        var toDate = CalendarPeriod.ForMonths(new NodaTime.YearMonth(2025, 1), new NodaTime.YearMonth(2025, 10));
        var difference = Workers("增加1360人", ClaimBase.Unstated, Inflow(2024));
        Assert.Equal(ClaimVerdictKind.Holds, difference.Kind);
        Assert.Equal(1360m, difference.Value);
        Assert.Equal(toDate, difference.Period);
        var total = Workers("增加2360人", ClaimBase.Unstated, Inflow(2024));
        Assert.Equal(ClaimVerdictKind.Holds, total.Kind);
        Assert.Equal(2360m, total.Value);
        var neither = Workers("增加5人", ClaimBase.Unstated, Inflow(2024));
        Assert.Equal(ClaimVerdictKind.Contradicted, neither.Kind);
        Assert.Equal(1360m, neither.Value);
    }

    [Fact]
    public void Check_AbsoluteChangeYearOnYear_OnlyTheDifference()
    {
        var verdict = Workers("增加2360人", ClaimBase.YearOnYear, Inflow(2024));
        Assert.Equal(ClaimVerdictKind.Contradicted, verdict.Kind);
        Assert.Equal(1360m, verdict.Value);
        Assert.Equal(ClaimVerdictKind.Holds, Workers("增加1360人", ClaimBase.YearOnYear, Inflow(2024)).Kind);
    }

    [Fact]
    public void Check_AbsoluteChangeWithoutTheBaseYear_TheTotalOrUndefined()
    {
        var total = Workers("增加2360人", ClaimBase.Unstated, Inflow(2025));
        Assert.Equal(ClaimVerdictKind.Holds, total.Kind);
        Assert.Equal(2360m, total.Value);
        var undefined = Workers("增加1360人", ClaimBase.YearOnYear, Inflow(2025));
        Assert.Equal(ClaimVerdictKind.Undefined, undefined.Kind);
        Assert.Equal(UndefinedReason.MissingBase, undefined.Reason);
    }
}
