using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Calculations;

/// <summary>The roll-ups at the edges the Stryker survivors named: rate series starting and ending inside a year, the
/// regular stock and big-flow panel paths, the caller-owned spans past 256 coarse periods, and the argument checks.</summary>
public class RollupsEdgesTest
{
    private static readonly RateIndicator Rate = InterviewIndicators.LocalDisputeResolutionRate;

    private static SeriesPeriod M(int year, int month) => SeriesPeriod.Month(year, month);

    private static SeriesPeriod Y(int year) => SeriesPeriod.CalendarYear(year);

    [Fact]
    public void ToFrequency_NullArguments_NameTheArgument()
    {
        ArgumentChecks.Throws<ArgumentNullException>(() => Rollups.ToFrequency((IndicatorSeries)null!, Frequency.Year), "series");
        ArgumentChecks.Throws<ArgumentNullException>(() => Rollups.ToFrequency((SeriesPanel)null!, Frequency.Year), "panel");
        ArgumentChecks.Throws<ArgumentNullException>(() => Rollups.ToFrequency((RateSeries)null!, Frequency.Year), "series");
        ArgumentChecks.Throws<ArgumentNullException>(() => Rollups.CoarseLength(null!, Frequency.Year), "panel");
        ArgumentChecks.Throws<ArgumentNullException>(() => Rollups.ToFrequency(null!, Frequency.Year, Span<long>.Empty, Span<ObservationStatus?>.Empty), "panel");
    }

    [Fact]
    public void ToFrequency_RateFromJulyToJune_OnlyTheWholeYearWithItsWeightiestStatus()
    {
        var builder = RateSeries.CreateBuilder(Rate, Frequency.Month);
        for (var p = M(2022, 7); p <= M(2024, 6); p = p.PlusPeriods(1))
        {
            builder.AddParts(p, 1, 2, p == M(2023, 3) ? ObservationStatus.Revised : ObservationStatus.Final);
        }

        var years = Rollups.ToFrequency(builder.Build(), Frequency.Year);
        Assert.Equal(Y(2022), years.Start);
        Assert.Equal(3, years.Length);
        Assert.True(years[Y(2022)].IsGap); // July–December only: never a partial sum
        Assert.True(years[Y(2024)].IsGap); // January–June only
        var y2023 = years[Y(2023)];
        Assert.Equal(12, y2023.Numerator);
        Assert.Equal(24, y2023.Denominator);
        Assert.Equal(ObservationStatus.Revised, y2023.Status);
    }

    [Fact]
    public void ToFrequency_RateBreakInJanuary_MarksThatYearNotTheOneBefore()
    {
        var builder = RateSeries.CreateBuilder(Rate, Frequency.Month);
        for (var p = M(2023, 1); p <= M(2024, 12); p = p.PlusPeriods(1))
        {
            builder.AddParts(p, 3, 4, p == M(2024, 1) ? ObservationStatus.BasisBreak : ObservationStatus.Final);
        }

        var years = Rollups.ToFrequency(builder.Build(), Frequency.Year);
        Assert.Equal(ObservationStatus.Final, years[Y(2023)].Status);
        Assert.Equal(ObservationStatus.BasisBreak, years[Y(2024)].Status);
    }

    [Fact]
    public void ToFrequency_RateYearWithAGapBeforeHugeParts_IsAGapWithoutSummingThem()
    {
        // The second quarter is missing: the year is a gap, and the parts after the gap are never added (they would overflow).
        var builder = RateSeries.CreateBuilder(Rate, Frequency.Quarter)
            .AddParts(SeriesPeriod.Quarter(2024, 1), 1, 1)
            .AddParts(SeriesPeriod.Quarter(2024, 3), 1, long.MaxValue)
            .AddParts(SeriesPeriod.Quarter(2024, 4), 1, long.MaxValue);
        var years = Rollups.ToFrequency(builder.Build(), Frequency.Year);
        Assert.True(years[Y(2024)].IsGap);
    }

    [Fact]
    public void ToFrequency_RateYearWithAPublishedOnlyMonth_IsAGap()
    {
        var builder = RateSeries.CreateBuilder(Rate, Frequency.Month);
        for (var m = 1; m <= 12; m++)
        {
            if (m == 6)
            {
                builder.AddPublished(M(2024, m), 98.5m, 1);
            }
            else
            {
                builder.AddParts(M(2024, m), 99, 100);
            }
        }

        Assert.True(Rollups.ToFrequency(builder.Build(), Frequency.Year)[Y(2024)].IsGap);
    }

    [Fact]
    public void ToFrequency_SeriesWithFlagsAndOnlyARevisedMonth_IsRevised()
    {
        var statuses = new Dictionary<SeriesPeriod, ObservationStatus> { [M(2024, 5)] = ObservationStatus.Revised };
        var series = TestSeries.Build(InterviewIndicators.Thefts, M(2024, 1), M(2024, 12), p => 1, statuses: statuses);
        Assert.Equal(ObservationStatus.Revised, Rollups.ToFrequency(series, Frequency.Year)[Y(2024)].Status);
    }

    [Fact]
    public void ToFrequency_SeriesYearWithAGapBeforeHugeValues_IsAGapWithoutSummingThem()
    {
        var builder = IndicatorSeries.CreateBuilder(InterviewIndicators.Thefts, Frequency.Quarter)
            .Add(SeriesPeriod.Quarter(2024, 1), 1)
            .Add(SeriesPeriod.Quarter(2024, 3), long.MaxValue)
            .Add(SeriesPeriod.Quarter(2024, 4), 1);
        Assert.True(Rollups.ToFrequency(builder.Build(), Frequency.Year).IsGap(Y(2024)));
    }

    [Fact]
    public void ToFrequency_EmptySeries_IsEmpty()
    {
        var empty = IndicatorSeries.FromValues(InterviewIndicators.Thefts, M(2024, 3), Array.Empty<long>());
        Assert.Equal(0, Rollups.ToFrequency(empty, Frequency.Year).Length);
    }

    [Fact]
    public void ToFrequency_RegularStockPanelEndingInNovember_TakesDecemberAndLeavesTheLastYearAGap()
    {
        var values = Enumerable.Range(1, 23).Select(v => 1000L + v).ToArray(); // 2024-01 … 2025-11
        var panel = SeriesPanel.FromValues(InterviewIndicators.LegalServiceStations, M(2024, 1), 23, values);
        var years = Rollups.ToFrequency(panel, Frequency.Year);
        Assert.Equal(2, years.Length);
        var row = years.GetSeries(0);
        Assert.Equal(1012, row[Y(2024)].Value);
        Assert.True(row.IsGap(Y(2025)));
        Assert.Equal(Rollups.ToFrequency(IndicatorSeries.FromValues(InterviewIndicators.LegalServiceStations, M(2024, 1), values), Frequency.Year)[Y(2024)].Value, row[Y(2024)].Value);
    }

    [Fact]
    public void ToFrequency_RegularStockPanelFromJuly_TakesEachDecember()
    {
        var values = Enumerable.Range(0, 30).Select(v => 500L + v).ToArray(); // 2023-07 … 2025-12
        var years = Rollups.ToFrequency(SeriesPanel.FromValues(InterviewIndicators.LegalServiceStations, M(2023, 7), 30, values), Frequency.Year).GetSeries(0);
        Assert.Equal(505, years[Y(2023)].Value);
        Assert.Equal(517, years[Y(2024)].Value);
        Assert.Equal(529, years[Y(2025)].Value);
    }

    [Fact]
    public void ToFrequency_FlowPanelWhoseSumsMightNotFit_SumsWholeYearsOnly()
    {
        // One value above long.MaxValue / 12 sends the panel to the checked loop; the true sums fit.
        const long Big = 1_000_000_000_000_000_000;
        var fromJuly = Enumerable.Range(0, 24).Select(i => i == 8 ? Big : i).Select(v => (long)v).ToArray(); // 2024-07 … 2026-06
        var years = Rollups.ToFrequency(SeriesPanel.FromValues(InterviewIndicators.Thefts, M(2024, 7), 24, fromJuly), Frequency.Year).GetSeries(0);
        Assert.True(years.IsGap(Y(2024)));
        Assert.Equal(Big + Enumerable.Range(6, 12).Sum() - 8, years[Y(2025)].Value); // index 8 (2025-03) is the big one
        Assert.True(years.IsGap(Y(2026)));

        var fromJanuary = Enumerable.Range(0, 12).Select(i => i == 3 ? Big : 2L).ToArray();
        var year = Rollups.ToFrequency(SeriesPanel.FromValues(InterviewIndicators.Thefts, M(2025, 1), 12, fromJanuary), Frequency.Year).GetSeries(0);
        Assert.Equal(Big + 22, year[Y(2025)].Value);
    }

    [Fact]
    public void ToFrequency_FlowPanelWhoseYearOverflows_Throws()
    {
        var values = new long[12];
        values[2] = 6_000_000_000_000_000_000;
        values[9] = 6_000_000_000_000_000_000;
        var panel = SeriesPanel.FromValues(InterviewIndicators.Thefts, M(2025, 1), 12, values);
        Assert.Throws<OverflowException>(() => Rollups.ToFrequency(panel, Frequency.Year));
    }

    [Fact]
    public void ToFrequencyInto_MoreThan256QuartersOnADirtyPool_MatchesThePanelAndZeroesTheGaps()
    {
        // 800 months from 2000-02: 267 quarters, the first and last partial. The pooled row buffer is dirtied first.
        var values = Enumerable.Range(0, 1600).Select(i => (long)(i % 7)).ToArray();
        var panel = SeriesPanel.FromValues(InterviewIndicators.Thefts, M(2000, 2), 800, values);
        var coarse = Rollups.CoarseLength(panel, Frequency.Quarter);
        Assert.True(coarse > 256);
        var junk = ArrayPool<byte>.Shared.Rent(coarse);
        junk.AsSpan().Fill(0xFF);
        ArrayPool<byte>.Shared.Return(junk);

        var sums = Enumerable.Repeat(99L, 2 * coarse).ToArray();
        var statuses = new ObservationStatus?[2 * coarse];
        Rollups.ToFrequency(panel, Frequency.Quarter, sums, statuses);
        var expected = Rollups.ToFrequency(panel, Frequency.Quarter);
        for (var s = 0; s < 2; s++)
        {
            var row = expected.GetSeries(s);
            for (var c = 0; c < coarse; c++)
            {
                var period = expected.Start.PlusPeriods(c);
                var at = (s * coarse) + c;
                if (row.IsGap(period))
                {
                    Assert.Equal(0, sums[at]);
                    Assert.Null(statuses[at]);
                }
                else
                {
                    Assert.Equal(row[period].Value, sums[at]);
                    Assert.Equal(ObservationStatus.Final, statuses[at]);
                }
            }
        }

        Assert.Null(statuses[0]); // 2000-Q1 lacks January
    }

    [Fact]
    public void ToFrequencyInto_GapsOfAPanelWithFlags_AreZeroWithNoStatus()
    {
        var series = TestSeries.Build(InterviewIndicators.Thefts, M(2023, 1), M(2024, 12), p => 5, new HashSet<SeriesPeriod> { M(2024, 4) });
        var panel = SeriesPanel.FromSeries(new[] { series });
        var sums = new long[] { 77, 77 };
        var statuses = new ObservationStatus?[] { ObservationStatus.Estimated, ObservationStatus.Estimated };
        Rollups.ToFrequency(panel, Frequency.Year, sums, statuses);
        Assert.Equal(60, sums[0]);
        Assert.Equal(ObservationStatus.Final, statuses[0]);
        Assert.Equal(0, sums[1]);
        Assert.Null(statuses[1]);
    }

    [Fact]
    public void SumRegions_Arguments_NameTheArgumentAndSayWhy()
    {
        var series = new Dictionary<RegionCode, IndicatorSeries>
        {
            [RegionCode.Quzhou] = TestSeries.Monthly(InterviewIndicators.BorderIncidents, M(2025, 1), 10, 11),
        };
        ArgumentChecks.Throws<ArgumentNullException>(() => Rollups.SumRegions(null!, new[] { RegionCode.Quzhou }), "series");
        ArgumentChecks.Throws<ArgumentNullException>(() => Rollups.SumRegions(series, null!), "regions");
        ArgumentChecks.Throws<ArgumentException>(() => Rollups.SumRegions(series, new[] { RegionCode.Quzhou, RegionCode.Quzhou }), "regions", "The region " + RegionCode.Quzhou.ToString() + " is listed twice. (");
        ArgumentChecks.Throws<ArgumentException>(() => Rollups.SumRegions(series, new[] { RegionCode.Huangshan }), "regions", "There is no series for the region " + RegionCode.Huangshan.ToString() + ". (");
        ArgumentChecks.Throws<ArgumentException>(() => Rollups.SumRegions(series, Array.Empty<RegionCode>()), "regions", "A sum over regions needs at least one region. (");
        ArgumentChecks.Throws<ArgumentNullException>(() => Rollups.ToRegionLevel(null!, RegionLevel.Province), "series");
    }

    [Fact]
    public void SumRegions_Statuses_WeightiestWinsWhateverTheOrder()
    {
        var provisional = new Dictionary<SeriesPeriod, ObservationStatus> { [M(2025, 2)] = ObservationStatus.Provisional };
        var series = new Dictionary<RegionCode, IndicatorSeries>
        {
            [RegionCode.Quzhou] = TestSeries.Build(InterviewIndicators.BorderIncidents, M(2025, 1), M(2025, 2), p => 3, statuses: provisional),
            [RegionCode.Huangshan] = TestSeries.Monthly(InterviewIndicators.BorderIncidents, M(2025, 1), 4, 4),
        };
        var sum = Rollups.SumRegions(series, new[] { RegionCode.Quzhou, RegionCode.Huangshan });
        Assert.Equal(ObservationStatus.Final, sum[M(2025, 1)].Status);
        Assert.Equal(ObservationStatus.Provisional, sum[M(2025, 2)].Status);
        Assert.Equal(ObservationStatus.Provisional, Rollups.SumRegions(series, new[] { RegionCode.Huangshan, RegionCode.Quzhou })[M(2025, 2)].Status);
    }

    [Fact]
    public void SumRegions_AGapBeforeHugeValues_IsAGapWithoutAddingThem()
    {
        var series = new Dictionary<RegionCode, IndicatorSeries>
        {
            [RegionCode.Quzhou] = TestSeries.Build(InterviewIndicators.BorderIncidents, M(2025, 1), M(2025, 2), p => 5, new HashSet<SeriesPeriod> { M(2025, 1) }),
            [RegionCode.Huangshan] = TestSeries.Monthly(InterviewIndicators.BorderIncidents, M(2025, 1), long.MaxValue, 1),
            [RegionCode.Nanping] = TestSeries.Monthly(InterviewIndicators.BorderIncidents, M(2025, 1), 1, 1),
        };
        var sum = Rollups.SumRegions(series, new[] { RegionCode.Quzhou, RegionCode.Huangshan, RegionCode.Nanping });
        Assert.True(sum.IsGap(M(2025, 1)));
        Assert.Equal(7, sum[M(2025, 2)].Value);
    }

    [Fact]
    public void YearToDate_Arguments_NameTheArgumentAndSayWhy()
    {
        ArgumentChecks.Throws<ArgumentNullException>(() => Rollups.YearToDate(null!), "series");
        var stock = TestSeries.Monthly(InterviewIndicators.LegalServiceStations, M(2025, 1), 1, 2);
        ArgumentChecks.Throws<ArgumentException>(() => Rollups.YearToDate(stock), "indicator", "A year-to-date total needs a flow; " + InterviewIndicators.LegalServiceStations.Code + " is a stock, whose values do not add up over time. (");
    }

    [Fact]
    public void YearToDate_AProvisionalJanuary_KeepsTheTotalsProvisional()
    {
        var statuses = new Dictionary<SeriesPeriod, ObservationStatus> { [M(2025, 1)] = ObservationStatus.Provisional };
        var ytd = Rollups.YearToDate(TestSeries.Build(InterviewIndicators.Thefts, M(2025, 1), M(2025, 3), p => 2, statuses: statuses));
        Assert.Equal(ObservationStatus.Provisional, ytd[M(2025, 2)].Status);
        Assert.Equal(ObservationStatus.Provisional, ytd[M(2025, 3)].Status);
        Assert.Equal(6, ytd[M(2025, 3)].Value);
    }
}
