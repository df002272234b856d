using System;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Quantities;

/// <summary>
/// Members the calculations call per point or per series allocate nothing, on both builds of the library (the
/// netstandard2.0 twin runs these against the polyfilled paths). Counted with the thread's allocated bytes, not timed.
/// </summary>
public class AllocationFreeTest
{
    [Fact]
    public void Scale_RepeatedCalls_AllocateNothing()
    {
        var values = new[] { 97.10m, -0.001m, 12m, 0.00m, decimal.MaxValue, 1.2345678901234567890123456789m };
        var total = 0;
        foreach (var v in values)
        {
            total += Rounding.Scale(v);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1_000; i++)
        {
            foreach (var v in values)
            {
                total += Rounding.Scale(v);
            }
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(1_001 * (2 + 3 + 0 + 2 + 0 + 28), total);
    }

    [Fact]
    public void PlusYears_RepeatedCalls_AllocateNothing()
    {
        var period = SeriesPeriod.Month(2025, 10);
        var series = IndicatorSeries.CreateBuilder(InterviewIndicators.Thefts, Frequency.Month)
            .Add(SeriesPeriod.Month(2024, 10), 80)
            .Add(period, 90)
            .Build(SeriesPeriod.Month(2024, 10), period);
        var sum = period.PlusYears(-1).Ordinal + Changes.YearOnYear(series, period).Current;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1_000; i++)
        {
            sum += period.PlusYears(-1).Ordinal + period.PlusYears(i % 5).Ordinal;
            sum += Changes.YearOnYear(series, period).Current + Changes.PeriodOnPeriod(series, period).Base;
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.NotEqual(0, sum);
    }

    [Fact]
    public void PlusYears_OutsideTheCalendar_StillNamesTheArgumentAndValue()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SeriesPeriod.Month(9999, 1).PlusYears(1));
        Assert.Equal("years", error.ParamName);
        Assert.Equal(1, error.ActualValue);
    }
}
