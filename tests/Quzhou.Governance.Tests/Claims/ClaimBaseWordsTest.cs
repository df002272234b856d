using Quzhou.Governance.Claims;
using Quzhou.Governance.Periods;
using Xunit;

namespace Quzhou.Governance.Tests.Claims;

/// <summary>The English words of the bases <see cref="ClaimBaseTest"/> prints only in Chinese, and the year and the
/// number of years given only by the kinds that name them.</summary>
public class ClaimBaseWordsTest
{
    [Fact]
    public void English_PeriodOnPeriodAndSamePeriodOfThePreviousYear()
    {
        Assert.Equal("on the previous period", ClaimBase.PeriodOnPeriod.ToString("en", null));
        Assert.Equal("against the same period of the previous year", ClaimBase.PreviousYearSamePeriod.ToString("en", null));
        Assert.Equal("year on year", ClaimBase.YearOnYear.ToString("en", null));
        Assert.Equal("against the previous year", ClaimBase.PreviousYear.ToString("en", null));
    }

    [Fact]
    public void YearAndYears_NullForEveryOtherKind()
    {
        // A plan's base keeps its ordinal in the same number a year or a count of years would take.
        var plan = ClaimBase.AgainstPlan(FiveYearPlan.FromOrdinal(13));
        Assert.Null(plan.Year);
        Assert.Null(plan.Years);
        Assert.Null(ClaimBase.RecentYears(5).Year);
        Assert.Null(ClaimBase.AgainstYear(2012).Years);
        Assert.Null(ClaimBase.YearOnYear.Year);
        Assert.Null(ClaimBase.YearOnYear.Years);
    }
}
