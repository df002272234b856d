using System.Collections.Generic;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Calculations;

/// <summary>A break in basis carried through a rollup: a break at the first month of a quarter makes that quarter
/// a break, and only that one; the next quarter is on the same basis as it.</summary>
public class BreakCarryEdgesTest
{
    [Fact]
    public void ToFrequency_BreakAtTheFirstMonthOfAQuarter_OnlyThatQuarterIsABreak()
    {
        var statuses = new Dictionary<SeriesPeriod, ObservationStatus> { [SeriesPeriod.Month(2025, 4)] = ObservationStatus.BasisBreak };
        var months = TestSeries.Build(InterviewIndicators.Thefts, SeriesPeriod.Month(2025, 1), SeriesPeriod.Month(2025, 12), p => p.Number, statuses: statuses);
        var quarters = Rollups.ToFrequency(months, Frequency.Quarter);
        Assert.Equal(UndefinedReason.BasisBreak, Changes.PeriodOnPeriod(quarters, SeriesPeriod.Quarter(2025, 2)).Reason);
        Assert.Equal(UndefinedReason.None, Changes.PeriodOnPeriod(quarters, SeriesPeriod.Quarter(2025, 3)).Reason);
        Assert.Equal(UndefinedReason.None, Changes.PeriodOnPeriod(quarters, SeriesPeriod.Quarter(2025, 4)).Reason);
        Assert.Equal(7 + 8 + 9, Changes.PeriodOnPeriod(quarters, SeriesPeriod.Quarter(2025, 3)).Current);
    }
}
