using System.Linq;
using NodaTime;
using Quzhou.Governance.Claims;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Periods;
using Quzhou.Governance.Quantities;
using Xunit;

namespace Quzhou.Governance.Tests.Claims;

/// <summary>A threshold claim over a stated span that reaches outside the data (2016-01..2025-10): the part inside can
/// break the threshold, never prove it held; a span wholly outside is undefined, not an exception.</summary>
public partial class ClaimCheckerTest
{
    private static ClaimVerdict Threshold(RateIndicator indicator, string subject, string figure, CalendarPeriod period) =>
        ClaimChecker.Check(InterviewClaims.Claim("threshold", ClaimKind.ThresholdHeld, [InterviewClaims.Subject(indicator, subject)], [figure], ClaimBase.None, period), Data()).Single();

    [Fact]
    public void Check_ThresholdOverASpanBeforeTheData_IsUndefined()
    {
        var verdict = Threshold(InterviewIndicators.CrossRegionDisputeResolutionRate, "跨域矛盾纠纷化解率", "97%以上", CalendarPeriod.ForYear(2010));
        Assert.Equal(ClaimVerdictKind.Undefined, verdict.Kind);
        Assert.Equal(UndefinedReason.MissingCurrent, verdict.Reason);
        Assert.Equal(CalendarPeriod.ForYear(2010), verdict.Period);
    }

    [Fact]
    public void Check_ThresholdOverASpanPastTheData_HeldInsideIsNotHeld()
    {
        // 98% in every month up to 2025-10; November and December 2025 are not in the data.
        var verdict = Threshold(InterviewIndicators.CrossRegionDisputeResolutionRate, "跨域矛盾纠纷化解率", "97%以上", CalendarPeriod.ForYear(2025));
        Assert.Equal(ClaimVerdictKind.Undefined, verdict.Kind);
        Assert.Equal(UndefinedReason.MissingCurrent, verdict.Reason);
        var inside = Threshold(InterviewIndicators.CrossRegionDisputeResolutionRate, "跨域矛盾纠纷化解率", "97%以上", CalendarPeriod.ForMonths(new YearMonth(2016, 1), new YearMonth(2025, 10)));
        Assert.Equal(ClaimVerdictKind.Holds, inside.Kind);
    }

    [Fact]
    public void Check_ThresholdOverASpanPartlyOutside_BrokenInsideIsContradicted()
    {
        // 96% in 2023-04: 97%以上 over 2015-01..2023-12 is broken there, whatever 2015 was.
        var verdict = Threshold(InterviewIndicators.LocalDisputeResolutionRate, "矛盾纠纷就地化解率", "97%以上", CalendarPeriod.ForMonths(new YearMonth(2015, 1), new YearMonth(2023, 12)));
        Assert.Equal(ClaimVerdictKind.Contradicted, verdict.Kind);
        Assert.Equal(CalendarPeriod.ForMonth(2023, 4), verdict.Period);
    }
}
