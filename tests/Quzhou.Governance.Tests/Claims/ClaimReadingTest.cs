using Quzhou.Governance.Claims;
using Quzhou.Governance.Periods;
using Xunit;

namespace Quzhou.Governance.Tests.Claims;

public class ClaimReadingTest
{
    [Fact]
    public void Equality_EveryPart() =>
        TestHelper.TestEquality(
            new ClaimReading(ClaimReadingKind.SameSpan, CalendarPeriod.ForYear(2025), -31.3m, true),
            new ClaimReading(ClaimReadingKind.SameSpan, CalendarPeriod.ForYear(2025), -31.3m, true),
            new ClaimReading(ClaimReadingKind.WholePlan, CalendarPeriod.ForYear(2025), -31.3m, true),
            new ClaimReading(ClaimReadingKind.SameSpan, CalendarPeriod.ForYear(2024), -31.3m, true),
            new ClaimReading(ClaimReadingKind.SameSpan, CalendarPeriod.ForYear(2025), -31.2m, true),
            new ClaimReading(ClaimReadingKind.SameSpan, CalendarPeriod.ForYear(2025), -31.3m, false));

    [Fact]
    public void ToString_NamesTheReading() =>
        Assert.Equal("SameSpan 2025: -31.3 (fits)", new ClaimReading(ClaimReadingKind.SameSpan, CalendarPeriod.ForYear(2025), -31.3m, true).ToString());
}
