using System;
using Quzhou.Governance.Claims;
using Quzhou.Governance.Periods;
using Xunit;

namespace Quzhou.Governance.Tests.Claims;

/// <summary>A reading's argument checks with their words, hash codes that tell the kind, the measure and the fit
/// apart, and the words of a reading that does not fit.</summary>
public class ClaimReadingEdgesTest
{
    private static readonly CalendarPeriod Span = CalendarPeriod.ForMonths(new NodaTime.YearMonth(2021, 1), new NodaTime.YearMonth(2025, 10));

    [Fact]
    public void Constructor_KindNotDefined_ThrowsWithTheRange()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ClaimReading((ClaimReadingKind)9, ClaimReadingKind.AsWorded, Span, 1m, true));
        Assert.Equal("kind", error.ParamName);
        Assert.Equal(9, error.ActualValue);
        Assert.StartsWith("Value should be in range [0-8]", error.Message, StringComparison.Ordinal);
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => new ClaimReading((ClaimReadingKind)(-1), Span, 1m, true)).ParamName);
        Assert.Equal(ClaimReadingKind.TotalOfPeriod, new ClaimReading(ClaimReadingKind.TotalOfPeriod, Span, 1m, true).Kind);
    }

    [Fact]
    public void Constructor_MeasureNotPointsOrPercent_SaysWhatItWas()
    {
        var error = Assert.Throws<ArgumentException>(() => new ClaimReading(ClaimReadingKind.WholePlan, ClaimReadingKind.TotalOfPeriod, Span, 1m, true));
        Assert.Equal("measure", error.ParamName);
        Assert.StartsWith("A reading is measured as worded, in percentage points or as a relative change, but was TotalOfPeriod.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetHashCode_KindMeasureAndFit_EachTellReadingsApart()
    {
        var plain = new ClaimReading(ClaimReadingKind.SameSpan, ClaimReadingKind.AsWorded, Span, -31.3m, true);
        Assert.NotEqual(plain.GetHashCode(), new ClaimReading(ClaimReadingKind.WholePlan, ClaimReadingKind.AsWorded, Span, -31.3m, true).GetHashCode());
        Assert.NotEqual(plain.GetHashCode(), new ClaimReading(ClaimReadingKind.SameSpan, ClaimReadingKind.RelativeChange, Span, -31.3m, true).GetHashCode());
        Assert.NotEqual(plain.GetHashCode(), new ClaimReading(ClaimReadingKind.SameSpan, ClaimReadingKind.AsWorded, Span, -31.3m, false).GetHashCode());
        Assert.NotEqual(
            new ClaimReading(ClaimReadingKind.WholePlan, ClaimReadingKind.PercentagePoints, Span, 1m, true).GetHashCode(),
            new ClaimReading(ClaimReadingKind.SameSpan, ClaimReadingKind.PercentagePoints, Span, 1m, true).GetHashCode());
        Assert.Equal(plain.GetHashCode(), new ClaimReading(ClaimReadingKind.SameSpan, Span, -31.3m, true).GetHashCode());
    }

    [Fact]
    public void ToString_NotFitting_SaysSo()
    {
        Assert.Equal("WholePlan 2021-01/2025-10: -12.5 (does not fit)", new ClaimReading(ClaimReadingKind.WholePlan, Span, -12.5m, false).ToString());
        Assert.Equal("RelativeChange 2021-01/2025-10: 14.4125 (does not fit)", new ClaimReading(ClaimReadingKind.RelativeChange, Span, 14.4125m, false).ToString());
    }
}
