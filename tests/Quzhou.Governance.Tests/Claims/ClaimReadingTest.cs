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
            new ClaimReading(ClaimReadingKind.SameSpan, CalendarPeriod.ForYear(2025), -31.3m, false),
            new ClaimReading(ClaimReadingKind.SameSpan, ClaimReadingKind.PercentagePoints, CalendarPeriod.ForYear(2025), -31.3m, true));

    [Fact]
    public void Constructor_PointsOrPercentKind_IsAlsoTheMeasure()
    {
        Assert.Equal(ClaimReadingKind.PercentagePoints, new ClaimReading(ClaimReadingKind.PercentagePoints, CalendarPeriod.ForYear(2025), 11.53m, true).Measure);
        Assert.Equal(ClaimReadingKind.AsWorded, new ClaimReading(ClaimReadingKind.SameSpan, CalendarPeriod.ForYear(2025), 11.53m, true).Measure);
    }

    [Fact]
    public void Constructor_MeasureNotPointsOrPercent_Throws() =>
        Assert.Equal("measure", Assert.Throws<System.ArgumentException>(() => new ClaimReading(ClaimReadingKind.SameSpan, ClaimReadingKind.WholePlan, CalendarPeriod.ForYear(2025), 1m, true)).ParamName);

    [Fact]
    public void ToString_WithAMeasure_NamesBoth() =>
        Assert.Equal("SameSpan/PercentagePoints 2025: 11.53 (fits)", new ClaimReading(ClaimReadingKind.SameSpan, ClaimReadingKind.PercentagePoints, CalendarPeriod.ForYear(2025), 11.53m, true).ToString());

    [Fact]
    public void ToString_NamesTheReading() =>
        Assert.Equal("SameSpan 2025: -31.3 (fits)", new ClaimReading(ClaimReadingKind.SameSpan, CalendarPeriod.ForYear(2025), -31.3m, true).ToString());
}
