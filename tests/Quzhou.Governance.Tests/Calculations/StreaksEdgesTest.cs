using System;
using System.Collections.Generic;
using System.Linq;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Calculations;

/// <summary>The streaks and runs at the edges the Stryker survivors named: series of different spans, a panel without
/// flags beside one with gaps, the first and last months of the calendar, empty series, the runs' words, equality and
/// hash, and the argument checks.</summary>
public class StreaksEdgesTest
{
    private static readonly CountIndicator Cases = InterviewIndicators.TelecomFraudCases;

    private static SeriesPeriod M(int year, int month) => SeriesPeriod.Month(year, month);

    /// <summary>Values over months 1, 2, … of a series meeting <c>v &gt;= 10</c>: 1 10 10 10 1 1 → the longest run is 2…4.</summary>
    private static Streak Tens(SeriesPeriod start, params long[] values) =>
        Streaks.Find(IndicatorSeries.FromValues(Cases, start, values), o => o.Value >= 10);

    [Fact]
    public void Arguments_NullOrEmpty_NameTheArgumentAndSayWhy()
    {
        var a = TestSeries.Monthly(Cases, M(2024, 1), 1, 2);
        var quarterly = IndicatorSeries.FromValues(Cases, SeriesPeriod.Quarter(2024, 1), new long[] { 1 });
        ArgumentChecks.Throws<ArgumentNullException>(() => Streaks.YearOnYearDeclines((IndicatorSeries[])null!), "series");
        ArgumentChecks.Throws<ArgumentNullException>(() => Streaks.YearOnYearDeclines(a, null!), "series");
        ArgumentChecks.Throws<ArgumentException>(() => Streaks.YearOnYearDeclines(Array.Empty<IndicatorSeries>()), "series", "A streak needs at least one series. (");
        ArgumentChecks.Throws<ArgumentException>(() => Streaks.YearOnYearDeclines(a, quarterly), "series", "Every series of a joint streak has the same frequency (Month). (");
        ArgumentChecks.Throws<ArgumentNullException>(() => Streaks.Find(null!, o => true), "series");
        ArgumentChecks.Throws<ArgumentNullException>(() => Streaks.Find(a, null!), "condition");

        var panel = SeriesPanel.FromValues(Cases, M(2024, 1), 2, new long[] { 1, 2 });
        var longer = SeriesPanel.FromValues(Cases, M(2024, 1), 3, new long[] { 1, 2, 3 });
        var results = new Streak[1];
        ArgumentChecks.Throws<ArgumentNullException>(() => Streaks.YearOnYearDeclines((SeriesPanel[])null!), "panels");
        ArgumentChecks.Throws<ArgumentNullException>(() => Streaks.YearOnYearDeclines((SeriesPanel[])null!, results), "panels");
        ArgumentChecks.Throws<ArgumentNullException>(() => Streaks.YearOnYearDeclines(null!, panel, results), "first");
        ArgumentChecks.Throws<ArgumentNullException>(() => Streaks.YearOnYearDeclines(panel, null!, results), "second");
        ArgumentChecks.Throws<ArgumentException>(() => Streaks.YearOnYearDeclines(Array.Empty<SeriesPanel>()), "panels", "A streak needs at least one panel. (");
        ArgumentChecks.Throws<ArgumentException>(
            () => Streaks.YearOnYearDeclines(panel, longer),
            "panels",
            "The panels must share one axis and series count; the first is " + M(2024, 1).ToString() + "+2 periods × 1. (");
    }

    [Fact]
    public void YearOnYearDeclines_ASeriesEndingFirst_EndsTheJointRunAsMissing()
    {
        var cases = TestSeries.Build(Cases, M(2023, 1), M(2024, 12), p => p.Year == 2023 ? 100 : 50);
        var losses = TestSeries.Build(InterviewIndicators.TelecomFraudLosses, M(2023, 1), M(2024, 6), p => p.Year == 2023 ? 100 : 50);
        var streak = Streaks.YearOnYearDeclines(cases, losses);
        Assert.Equal(6, streak.Longest.Length);
        Assert.Equal(RunEnd.MissingCurrent, streak.Longest.EndedBy);
        Assert.Equal(M(2024, 7), streak.Longest.EndedAt);
        Assert.Equal(RunEnd.MissingCurrent, streak.Current.EndedBy);
    }

    [Fact]
    public void YearOnYearDeclines_PanelWithoutFlagsBesideOneWithGaps_AsTheSeries()
    {
        var plain = TestSeries.Build(Cases, M(2023, 1), M(2024, 12), p => p.Year == 2023 ? 100 : 90 - p.Number);
        var gappy = TestSeries.Build(Cases, M(2023, 1), M(2024, 12), p => p.Year == 2023 ? 100 : 80, new HashSet<SeriesPeriod> { M(2024, 5) });
        var values = Enumerable.Range(0, 24).Select(i => plain[M(2023, 1).PlusPeriods(i)].Value).ToArray();
        var noFlags = SeriesPanel.FromValues(Cases, M(2023, 1), 24, values);
        var withGaps = SeriesPanel.FromSeries(new[] { gappy });
        var expected = Streaks.YearOnYearDeclines(plain, gappy);
        Assert.Equal(expected, Streaks.YearOnYearDeclines(noFlags, withGaps)[0]);
        Assert.Equal(Streaks.YearOnYearDeclines(plain, gappy, plain), Streaks.YearOnYearDeclines(noFlags, withGaps, noFlags)[0]);
        var into = new Streak[1];
        Streaks.YearOnYearDeclines(noFlags, withGaps, into);
        Assert.Equal(expected, into[0]);
        Assert.Equal(7, expected.Longest.Length); // 2024-06 … 2024-12
    }

    [Fact]
    public void YearOnYearDeclines_RegularPanelsFallingToDecember9999_EndAtTheEndOfData()
    {
        var values = Enumerable.Range(0, 24).Select(i => i < 12 ? 100L : 50L).ToArray();
        var panel = SeriesPanel.FromValues(Cases, M(9998, 1), 24, values);
        var streak = Streaks.YearOnYearDeclines(panel, panel)[0];
        Assert.Equal(12, streak.Longest.Length);
        Assert.Equal(RunEnd.EndOfData, streak.Longest.EndedBy);
        Assert.Equal(M(9999, 12), streak.Longest.Last);
    }

    [Fact]
    public void Find_AllMetFromJanuaryOfYearOne_EndsAtTheEndOfData()
    {
        var streak = Tens(M(1, 1), 10, 11, 12);
        Assert.Equal(3, streak.Longest.Length);
        Assert.Equal(RunEnd.EndOfData, streak.Longest.EndedBy);
        Assert.Null(streak.Longest.EndedAt);
        Assert.Equal(M(1, 1), streak.Longest.First);
    }

    [Fact]
    public void Find_EmptySeries_BothRunsEmptyToTheEnd()
    {
        var streak = Tens(M(2024, 3));
        Assert.True(streak.Longest.IsEmpty);
        Assert.Equal(RunEnd.EndOfData, streak.Current.EndedBy);
        Assert.True(streak.Current.IsEmpty);
        Assert.Equal("longest empty (EndOfData); current empty (EndOfData)", streak.ToString());
    }

    [Fact]
    public void RunWords_EachEnd_AsDocumented()
    {
        var streak = Tens(M(2024, 1), 1, 10, 10, 10, 1, 1);
        Assert.Equal("2024-02..2024-04 (3, ConditionNotMet at 2024-05)", streak.Longest.ToString());
        Assert.Equal("empty (ConditionNotMet at 2024-06)", streak.Current.ToString());
        Assert.Equal("longest 2024-02..2024-04 (3, ConditionNotMet at 2024-05); current empty (ConditionNotMet at 2024-06)", streak.ToString());
        Assert.Equal("2024-05..2024-06 (2, EndOfData)", Tens(M(2024, 1), 1, 1, 1, 1, 10, 10).Longest.ToString());
        Assert.Equal(M(2024, 4), streak.Longest.Last);
    }

    [Fact]
    public void EmptyRun_HasNoPeriods()
    {
        var empty = Tens(M(2024, 1), 1).Current;
        ArgumentChecks.InvalidOperation(() => _ = empty.First, "An empty run has no periods.");
        ArgumentChecks.InvalidOperation(() => _ = empty.Last, "An empty run has no periods.");
    }

    [Fact]
    public void RunEquality_EmptyRunsEndingAtDifferentPeriods_Differ()
    {
        var shorter = Tens(M(2024, 1), 1, 1).Current;
        var longer = Tens(M(2024, 1), 1, 1, 1).Current;
        Assert.Equal(RunEnd.ConditionNotMet, shorter.EndedBy);
        Assert.NotEqual(shorter, longer);
        Assert.True(shorter != longer);
        Assert.Equal(shorter, Tens(M(2024, 1), 5, 5).Current);
    }

    [Fact]
    public void RunHash_RunsDifferingOnlyInTheirFirstPeriod_HashApart()
    {
        var early = Tens(M(2024, 1), 10, 10, 1).Longest;
        var late = Tens(M(2024, 2), 10, 10, 1).Longest;
        Assert.Equal(early.Length, late.Length);
        Assert.Equal(early.EndedBy, late.EndedBy);
        Assert.NotEqual(early, late);
        Assert.NotEqual(early.GetHashCode(), late.GetHashCode());
        Assert.Equal(early.GetHashCode(), Tens(M(2024, 1), 10, 10, 0).Longest.GetHashCode());
    }
}
