using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Calculations;

/// <summary>The result types of changes, totals and span rates at the edges the Stryker survivors named: no change,
/// an increase, an undefined change that keeps its current value, changes differing in one period only, the words
/// in both languages, the tables' indexes and spans, and the argument checks.</summary>
public class ChangeResultsEdgesTest
{
    private static SeriesPeriod M(int year, int month) => SeriesPeriod.Month(year, month);

    /// <summary>2023: 0 7 0 0 then 1s; 2024: 5 0 0 then 1s (so several spans have the same totals). 2023-01 … 2024-12.</summary>
    private static IndicatorSeries Thefts() =>
        TestSeries.Build(InterviewIndicators.Thefts, M(2023, 1), M(2024, 12), p => (p.Year, p.Number) switch
        {
            (2023, 2) => 7,
            (2023, 1) or (2023, 3) or (2023, 4) => 0,
            (2024, 1) => 5,
            (2024, 2) or (2024, 3) => 0,
            _ => 1,
        });

    [Fact]
    public void PeriodChange_IncreaseNoChangeDecrease_EachSideOfTheComparison()
    {
        var series = TestSeries.Build(InterviewIndicators.Thefts, M(2023, 1), M(2024, 3), p => (p.Year, p.Number) switch
        {
            (2024, 1) => 60,
            (2024, 3) => 40,
            _ => 50,
        });
        var up = Changes.YearOnYear(series, M(2024, 1));
        Assert.True(up.IsIncrease);
        Assert.False(up.IsDecrease);
        Assert.Equal(0.2m, up.ToRelative());
        Assert.Equal("2024-01 vs 2023-01: 60/50", up.ToString());

        var same = Changes.YearOnYear(series, M(2024, 2));
        Assert.False(same.IsIncrease);
        Assert.False(same.IsDecrease);
        Assert.Equal(0m, same.ToRelative());

        var down = Changes.YearOnYear(series, M(2024, 3));
        Assert.True(down.IsDecrease);
        Assert.False(down.IsIncrease);
        Assert.Equal(-0.2m, down.ToRelative());
    }

    [Fact]
    public void PeriodChange_MissingBase_KeepsItsCurrentButIsNoIncrease()
    {
        var series = TestSeries.Monthly(InterviewIndicators.Thefts, M(2024, 1), 60);
        var change = Changes.Between(series, M(2024, 1), M(2022, 12));
        Assert.Equal(UndefinedReason.MissingBase, change.Reason);
        Assert.Equal(60, change.Current);
        Assert.False(change.IsIncrease);
        Assert.False(change.IsDecrease);
        Assert.Null(change.ToRelative());
        Assert.Equal("2024-01 vs 2022-12: 60/0 undefined (base value missing)", change.ToString());
        ArgumentChecks.InvalidOperation(() => _ = change.Difference, "No absolute change for 2024-01 vs 2022-12: 60/0 undefined (base value missing).");
        ArgumentChecks.Throws<ArgumentOutOfRangeException>(() => _ = change.ToPercent(17), "decimals");
        ArgumentChecks.Throws<ArgumentOutOfRangeException>(() => _ = change.ToPercent(-1), "decimals");
    }

    [Fact]
    public void PeriodChangeTable_IndexesSpansAndEnd_AsDocumented()
    {
        var full = TestSeries.Build(InterviewIndicators.Thefts, M(2023, 1), M(2024, 12), p => 10);
        var gappy = TestSeries.Build(InterviewIndicators.Thefts, M(2023, 1), M(2024, 12), p => 10, new HashSet<SeriesPeriod> { M(2024, 5) });
        var table = Changes.YearOnYear(SeriesPanel.FromSeries(new[] { full, gappy }));
        Assert.Equal(M(2024, 12), table.End);
        Assert.Equal(UndefinedReason.None, table.Reasons(0)[16]);
        Assert.Equal(UndefinedReason.MissingCurrent, table.Reasons(1)[16]); // 2024-05 of the second series
        ArgumentChecks.Throws<ArgumentOutOfRangeException>(() => table.Get(2, M(2024, 1)), "series");
        ArgumentChecks.Throws<ArgumentOutOfRangeException>(() => table.Get(-1, M(2024, 1)), "series");
        ArgumentChecks.Throws<ArgumentOutOfRangeException>(() => table.Reasons(2), "series");
        ArgumentChecks.Throws<ArgumentOutOfRangeException>(() => table.Reasons(-1), "series");
        ArgumentChecks.Throws<ArgumentOutOfRangeException>(() => table.Values(2), "series");
        ArgumentChecks.Throws<ArgumentOutOfRangeException>(() => table.Values(-1), "series");
        ArgumentChecks.Throws<ArgumentOutOfRangeException>(() => table.ToPercents(17, new decimal[48]), "decimals");
        ArgumentChecks.Throws<ArgumentOutOfRangeException>(() => table.ToPercents(-1, new decimal[48]), "decimals");
    }

    [Fact]
    public void PeriodChangeTable_CopyTo_ClearsTheBasesBeforeTheLagAndChecksEverySpan()
    {
        var table = Changes.YearOnYear(SeriesPanel.FromValues(InterviewIndicators.Thefts, M(2024, 1), 14, Enumerable.Range(1, 14).Select(v => (long)v).ToArray()));
        var currents = new long[14];
        var bases = Enumerable.Repeat(-9L, 14).ToArray();
        var reasons = new UndefinedReason[14];
        table.CopyTo(currents, bases, reasons);
        Assert.All(bases.Take(12), b => Assert.Equal(0, b));
        Assert.Equal(new long[] { 1, 2 }, bases.Skip(12));
        ArgumentChecks.Throws<ArgumentException>(() => table.CopyTo(new long[14], new long[15], new UndefinedReason[14]), "bases");
        ArgumentChecks.Throws<ArgumentException>(() => table.CopyTo(new long[14], new long[14], new UndefinedReason[15]), "reasons");
    }

    [Fact]
    public void SpanChange_DifferingInOnePeriodOnly_NotEqual()
    {
        var series = Thefts();
        var change = Changes.BetweenSpans(series, M(2024, 1), M(2024, 2), M(2023, 2), M(2023, 3));
        Assert.Equal((5, 7), (change.Current, change.Base));
        Assert.Equal(change, Changes.BetweenSpans(series, M(2024, 1), M(2024, 2), M(2023, 2), M(2023, 3)));
        var otherTo = Changes.BetweenSpans(series, M(2024, 1), M(2024, 3), M(2023, 2), M(2023, 3));
        var otherBaseFrom = Changes.BetweenSpans(series, M(2024, 1), M(2024, 2), M(2023, 1), M(2023, 3));
        var otherBaseTo = Changes.BetweenSpans(series, M(2024, 1), M(2024, 2), M(2023, 2), M(2023, 4));
        foreach (var other in new[] { otherTo, otherBaseFrom, otherBaseTo })
        {
            Assert.Equal((5, 7), (other.Current, other.Base));
            Assert.NotEqual(change, other);
            Assert.True(change != other);
        }
    }

    [Fact]
    public void SpanChange_DecreaseNoChangeIncrease_EachSideOfTheComparison()
    {
        var series = Thefts();
        var down = Changes.BetweenSpans(series, M(2024, 1), M(2024, 2), M(2023, 2), M(2023, 3));
        Assert.True(down.IsDecrease);
        Assert.Equal(((decimal)5 - 7) / 7, down.ToRelative());
        Assert.Equal(RelativeChange.Between(5L, 7L), down.ToRelativeChange());
        Assert.True(down.ToRelativeChange().IsDefined);
        Assert.False(Changes.BetweenSpans(series, M(2024, 5), M(2024, 5), M(2023, 5), M(2023, 5)).IsDecrease); // 1 vs 1
        var up = Changes.BetweenSpans(series, M(2024, 1), M(2024, 1), M(2023, 5), M(2023, 5)); // 5 vs 1
        Assert.False(up.IsDecrease);
        Assert.Equal(4m, up.ToRelative());
    }

    [Fact]
    public void SpanChange_Words_InBothLanguages()
    {
        var series = Thefts();
        var down = Changes.BetweenSpans(series, M(2024, 1), M(2024, 2), M(2023, 2), M(2023, 3));
        Assert.Equal("2024-01..2024-02 vs 2023-02..2023-03: 5/7", down.ToString());
        Assert.Equal(down.ToString(), down.ToString(null, CultureInfo.InvariantCulture));
        Assert.Equal("2024-01至2024-02较2023-02至2023-03：下降28.57%", down.ToString("zh", null));

        var missing = Changes.BetweenSpans(series, M(2024, 1), M(2024, 2), M(2022, 1), M(2022, 2));
        Assert.Equal(UndefinedReason.MissingBase, missing.Reason);
        Assert.Equal("2024-01..2024-02 vs 2022-01..2022-02: 0/0 undefined (base value missing)", missing.ToString());
        Assert.Equal("2024-01至2024-02较2022-01至2022-02：无法计算（基期数据缺失）", missing.ToString("zh", null));
        Assert.Null(missing.ToRelative());
        ArgumentChecks.InvalidOperation(() => _ = missing.Difference, "No absolute change for 2024-01..2024-02 vs 2022-01..2022-02: 0/0 undefined (base value missing).");
        ArgumentChecks.Throws<ArgumentOutOfRangeException>(() => _ = missing.ToPercent(17), "decimals");
        ArgumentChecks.Throws<ArgumentOutOfRangeException>(() => _ = missing.ToPercent(-1), "decimals");
    }

    [Fact]
    public void SpanChangeTable_ToPercents_ChecksDecimalsAndLength()
    {
        var panel = SeriesPanel.FromValues(InterviewIndicators.Thefts, M(2023, 1), 24, Enumerable.Range(1, 48).Select(v => (long)v).ToArray());
        var table = Changes.AgainstSameSpan(panel, M(2024, 1), M(2024, 3), 1);
        ArgumentChecks.Throws<ArgumentOutOfRangeException>(() => table.ToPercents(17, new decimal[2]), "decimals");
        ArgumentChecks.Throws<ArgumentOutOfRangeException>(() => table.ToPercents(-1, new decimal[2]), "decimals");
        ArgumentChecks.Throws<ArgumentException>(() => table.ToPercents(2, new decimal[3]), "percents");
    }

    [Fact]
    public void SpanRate_DefinedAndUndefined_WordsAndParts()
    {
        var builder = RateSeries.CreateBuilder(InterviewIndicators.LocalDisputeResolutionRate, Frequency.Month)
            .AddParts(M(2024, 1), 1, 2)
            .AddParts(M(2024, 2), 2, 2)
            .AddParts(M(2024, 4), 1, 1);
        var series = builder.Build();
        var rate = Rates.Over(series, M(2024, 1), M(2024, 2));
        Assert.Equal("3/4", rate.ToString());
        var missing = Rates.Over(series, M(2024, 1), M(2024, 4));
        Assert.Equal(UndefinedReason.MissingCurrent, missing.Reason);
        Assert.Equal("undefined (current value missing)", missing.ToString());
        ArgumentChecks.InvalidOperation(() => _ = missing.ToRatio(), "The rate's parts are not known: MissingCurrent.");
    }

    [Fact]
    public void SpanTotal_TwoTotalsAcrossABreak_EqualWhateverTheirSums()
    {
        var statuses = new Dictionary<SeriesPeriod, ObservationStatus> { [M(2024, 3)] = ObservationStatus.BasisBreak };
        var series = TestSeries.Build(InterviewIndicators.Thefts, M(2024, 1), M(2024, 6), p => p.Number, statuses: statuses);
        var first = Totals.Over(series, M(2024, 1), M(2024, 4));
        var second = Totals.Over(series, M(2024, 2), M(2024, 6));
        Assert.Equal(UndefinedReason.BasisBreak, first.Reason);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        ArgumentChecks.InvalidOperation(() => _ = first.Value, "The total is undefined: BasisBreak.");
        Assert.Equal(12, Totals.Over(series, M(2024, 3), M(2024, 5)).Value); // a break at the first period is fine
    }

    [Fact]
    public void Totals_SpanEndingJustPastTheSeries_IsMissing()
    {
        var series = TestSeries.Monthly(InterviewIndicators.Thefts, M(2024, 1), 1, 2, 3);
        Assert.Equal(UndefinedReason.MissingCurrent, Totals.Over(series, M(2024, 2), M(2024, 4)).Reason);
        Assert.Equal(5, Totals.Over(series, M(2024, 2), M(2024, 3)).Value);
    }

    [Fact]
    public void Totals_Arguments_NameTheArgumentAndSayWhy()
    {
        var series = TestSeries.Monthly(InterviewIndicators.Thefts, M(2024, 1), 1, 2, 3);
        ArgumentChecks.Throws<ArgumentNullException>(() => Totals.Over(null!, M(2024, 1), M(2024, 2)), "series");
        ArgumentChecks.Throws<ArgumentException>(() => Totals.Over(series, M(2024, 3), M(2024, 1)), "to", "The span ends before it starts: 2024-03..2024-01. (");
        var stock = TestSeries.Monthly(InterviewIndicators.LegalServiceStations, M(2024, 1), 1, 2);
        ArgumentChecks.Throws<ArgumentException>(() => Totals.Over(stock, M(2024, 1), M(2024, 2)), "indicator", "A cumulative total needs a flow; " + InterviewIndicators.LegalServiceStations.Code + " is a stock, whose values do not add up over time. (");
    }
}
