using Quzhou.Governance.Calculations;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Calculations;

/// <summary>Every result type is equal exactly when every part is: the value, the periods, and why there is none.</summary>
public class ResultEqualityTest
{
    private static readonly SeriesPeriod Oct = SeriesPeriod.Month(2025, 10);
    private static readonly SeriesPeriod Sep = SeriesPeriod.Month(2025, 9);
    private static readonly SeriesPeriod Jan = SeriesPeriod.Month(2025, 1);

    [Fact]
    public void PeriodChange_EveryPart_Matters() =>
        TestHelper.TestEquality(
            new PeriodChange(Oct, Sep, 43, 159, UndefinedReason.None),
            new PeriodChange(Oct, Sep, 43, 159, UndefinedReason.None),
            new PeriodChange(Sep, Sep, 43, 159, UndefinedReason.None),
            new PeriodChange(Oct, Jan, 43, 159, UndefinedReason.None),
            new PeriodChange(Oct, Sep, 44, 159, UndefinedReason.None),
            new PeriodChange(Oct, Sep, 43, 160, UndefinedReason.None),
            default);

    [Fact]
    public void SpanChange_EveryPart_Matters() =>
        TestHelper.TestEquality(
            new SpanChange(Jan, Oct, Jan.PlusPeriods(-12), Oct.PlusPeriods(-12), 430, 1590, UndefinedReason.None),
            new SpanChange(Jan, Oct, Jan.PlusPeriods(-12), Oct.PlusPeriods(-12), 430, 1590, UndefinedReason.None),
            new SpanChange(Jan, Sep, Jan.PlusPeriods(-12), Sep.PlusPeriods(-12), 430, 1590, UndefinedReason.None),
            new SpanChange(Jan, Oct, Jan.PlusPeriods(-12), Oct.PlusPeriods(-12), 431, 1590, UndefinedReason.None),
            new SpanChange(Jan, Oct, Jan.PlusPeriods(-12), Oct.PlusPeriods(-12), 430, 1591, UndefinedReason.None),
            default);

    [Fact]
    public void SpanTotal_ValueAndReason_Matter() =>
        TestHelper.TestEquality(
            new SpanTotal(4282, UndefinedReason.None),
            new SpanTotal(4282, UndefinedReason.None),
            new SpanTotal(4283, UndefinedReason.None),
            default);

    [Fact]
    public void SpanRate_PartsAndReason_Matter() =>
        TestHelper.TestEquality(
            new SpanRate(448, 461, UndefinedReason.None),
            new SpanRate(448, 461, UndefinedReason.None),
            new SpanRate(447, 461, UndefinedReason.None),
            new SpanRate(448, 462, UndefinedReason.None),
            default);

    [Fact]
    public void RateComparison_BothRates_Matter()
    {
        var now = new SpanRate(448, 461, UndefinedReason.None);
        var before = new SpanRate(400, 461, UndefinedReason.None);
        TestHelper.TestEquality(
            new RateComparison(now, before),
            new RateComparison(new SpanRate(448, 461, UndefinedReason.None), new SpanRate(400, 461, UndefinedReason.None)),
            new RateComparison(before, now),
            new RateComparison(now, now),
            default);
    }

    [Fact]
    public void AnnualGrowth_EveryPart_Matters() =>
        TestHelper.TestEquality(
            new AnnualGrowth(3.5m, 5, UndefinedReason.None),
            new AnnualGrowth(3.5m, 5, UndefinedReason.None),
            new AnnualGrowth(3.6m, 5, UndefinedReason.None),
            new AnnualGrowth(3.5m, 4, UndefinedReason.None),
            default);

    [Fact]
    public void Run_EveryPart_Matters() =>
        TestHelper.TestEquality(
            new Run(Jan, 10, RunEnd.EndOfData, Oct),
            new Run(Jan, 10, RunEnd.EndOfData, Oct),
            new Run(Sep, 10, RunEnd.EndOfData, Oct),
            new Run(Jan, 9, RunEnd.EndOfData, Oct),
            new Run(Jan, 10, RunEnd.ConditionNotMet, Oct),
            default);

    [Fact]
    public void StreakResult_BothRuns_Matter()
    {
        var longest = new Run(Jan, 10, RunEnd.EndOfData, Oct);
        var current = new Run(Sep, 2, RunEnd.EndOfData, Oct);
        TestHelper.TestEquality(
            new Streak(longest, current),
            new Streak(new Run(Jan, 10, RunEnd.EndOfData, Oct), new Run(Sep, 2, RunEnd.EndOfData, Oct)),
            new Streak(current, current),
            new Streak(longest, longest),
            default);
    }

    [Fact]
    public void ThresholdResult_EveryPart_Matters() =>
        TestHelper.TestEquality(
            new ThresholdCheck(ThresholdOutcome.Broken, 10, Sep, UndefinedReason.None),
            new ThresholdCheck(ThresholdOutcome.Broken, 10, Sep, UndefinedReason.None),
            new ThresholdCheck(ThresholdOutcome.Held, 10, default, UndefinedReason.None),
            new ThresholdCheck(ThresholdOutcome.Broken, 9, Sep, UndefinedReason.None),
            new ThresholdCheck(ThresholdOutcome.Broken, 10, Oct, UndefinedReason.None),
            default);
}
