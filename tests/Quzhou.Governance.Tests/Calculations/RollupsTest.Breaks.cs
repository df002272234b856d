using System.Collections.Generic;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;
using Xunit;
using Quzhou.Governance.Quantities;

namespace Quzhou.Governance.Tests.Calculations;

/// <summary>Roll-ups of series with breaks in basis (口径调整), and stocks that need only their last period.</summary>
public partial class RollupsTest
{
    private static IndicatorSeries WithBreak(QuantityIndicator indicator, SeriesPeriod start, SeriesPeriod end, SeriesPeriod breakAt, ISet<SeriesPeriod>? gaps = null) =>
        TestSeries.Build(indicator, start, end, p => 10, gaps, new Dictionary<SeriesPeriod, ObservationStatus> { [breakAt] = ObservationStatus.BasisBreak });

    [Fact]
    public void ToFrequency_FlowBreakInsideYear_ChangesAgainstThatYearAreBasisBreak()
    {
        // 口径调整 from 2023-07: 2023's total mixes both bases, so neither 2023 against 2022 nor 2024 against 2023 compares.
        var series = WithBreak(InterviewIndicators.Thefts, M(2021, 1), M(2025, 12), M(2023, 7));
        var years = Rollups.ToFrequency(series, Frequency.Year);
        Assert.Equal(120, years[Y(2023)].Value);
        Assert.Equal(ObservationStatus.BasisBreak, years[Y(2023)].Status);
        Assert.Equal(UndefinedReason.None, Changes.YearOnYear(years, Y(2022)).Reason);
        Assert.Equal(UndefinedReason.BasisBreak, Changes.YearOnYear(years, Y(2023)).Reason);
        Assert.Equal(UndefinedReason.BasisBreak, Changes.YearOnYear(years, Y(2024)).Reason);
        Assert.Equal(UndefinedReason.None, Changes.YearOnYear(years, Y(2025)).Reason);
        Assert.Equal(UndefinedReason.BasisBreak, Changes.Between(years, Y(2025), Y(2023)).Reason);
        Assert.Equal(UndefinedReason.BasisBreak, Changes.YearOnYear(years)[Y(2024)].Reason);

        var panel = Rollups.ToFrequency(SeriesPanel.FromSeries(new[] { series }), Frequency.Year);
        Assert.Equal(UndefinedReason.BasisBreak, Changes.YearOnYear(panel).Get(0, Y(2024)).Reason);
        Assert.Equal(UndefinedReason.None, Changes.YearOnYear(panel).Get(0, Y(2025)).Reason);

        // July begins the third quarter: the quarter is wholly on the new basis, so only Q3 against Q2 crosses.
        var quarters = Rollups.ToFrequency(series, Frequency.Quarter);
        Assert.Equal(UndefinedReason.BasisBreak, Changes.PeriodOnPeriod(quarters, SeriesPeriod.Quarter(2023, 3)).Reason);
        Assert.Equal(UndefinedReason.None, Changes.PeriodOnPeriod(quarters, SeriesPeriod.Quarter(2023, 4)).Reason);
    }

    [Fact]
    public void ToFrequency_FlowBreakInJanuary_OnlyThatYearCarriesIt()
    {
        var series = WithBreak(InterviewIndicators.Thefts, M(2021, 1), M(2025, 12), M(2023, 1));
        var years = Rollups.ToFrequency(series, Frequency.Year);
        Assert.Equal(ObservationStatus.BasisBreak, years[Y(2023)].Status);
        Assert.Equal(ObservationStatus.Final, years[Y(2024)].Status);
        Assert.Equal(UndefinedReason.BasisBreak, Changes.YearOnYear(years, Y(2023)).Reason);
        Assert.Equal(UndefinedReason.None, Changes.YearOnYear(years, Y(2024)).Reason);
    }

    [Fact]
    public void ToFrequency_MixedPeriodThenGap_BreakCarriesToTheNextValue()
    {
        // 2022-Q3 mixes bases (break in August); 2022-Q4 is a gap (November missing): 2023-Q3 against 2022-Q3 still crosses.
        var series = WithBreak(InterviewIndicators.Thefts, M(2021, 1), M(2024, 12), M(2022, 8), new HashSet<SeriesPeriod> { M(2022, 11) });
        var quarters = Rollups.ToFrequency(series, Frequency.Quarter);
        Assert.True(quarters.IsGap(SeriesPeriod.Quarter(2022, 4)));
        Assert.Equal(ObservationStatus.BasisBreak, quarters[SeriesPeriod.Quarter(2023, 1)].Status);
        Assert.Equal(UndefinedReason.BasisBreak, Changes.YearOnYear(quarters, SeriesPeriod.Quarter(2023, 3)).Reason);
        Assert.Equal(UndefinedReason.MissingBase, Changes.YearOnYear(quarters, SeriesPeriod.Quarter(2023, 4)).Reason);
        Assert.Equal(UndefinedReason.None, Changes.YearOnYear(quarters, SeriesPeriod.Quarter(2024, 1)).Reason);

        var years = Rollups.ToFrequency(WithBreak(InterviewIndicators.Thefts, M(2021, 1), M(2024, 12), M(2021, 8), new HashSet<SeriesPeriod> { M(2022, 3) }), Frequency.Year);
        Assert.True(years.IsGap(Y(2022)));
        Assert.Equal(UndefinedReason.BasisBreak, Changes.Between(years, Y(2023), Y(2021)).Reason);
        Assert.Equal(UndefinedReason.None, Changes.YearOnYear(years, Y(2024)).Reason);
    }

    [Fact]
    public void ToFrequency_StockBreakInsideYear_ThatYearAgainstTheYearBeforeIsBasisBreak()
    {
        // Stations counted on a new basis from 2023-03: December 2023 against December 2022 crosses; 2024 against 2023 does not.
        var series = WithBreak(InterviewIndicators.LegalServiceStations, M(2021, 1), M(2025, 12), M(2023, 3));
        var years = Rollups.ToFrequency(series, Frequency.Year);
        Assert.Equal(ObservationStatus.BasisBreak, years[Y(2023)].Status);
        Assert.Equal(UndefinedReason.BasisBreak, Changes.YearOnYear(years, Y(2023)).Reason);
        Assert.Equal(UndefinedReason.None, Changes.YearOnYear(years, Y(2024)).Reason);
        var panel = Rollups.ToFrequency(SeriesPanel.FromSeries(new[] { series }), Frequency.Year);
        Assert.Equal(UndefinedReason.BasisBreak, Changes.YearOnYear(panel).Get(0, Y(2023)).Reason);
    }

    [Fact]
    public void ToFrequency_StockStartingMidYear_YearTakesItsLastMonth()
    {
        // Stations observed from 2022-07: the 2022 year-end level is December's, which is there.
        var series = TestSeries.Build(InterviewIndicators.LegalServiceStations, M(2022, 7), M(2025, 10), p => 1000 + p.Number);
        var years = Rollups.ToFrequency(series, Frequency.Year);
        Assert.Equal(1012, years[Y(2022)].Value);
        Assert.Equal(1012, years[Y(2024)].Value);
        Assert.True(years.IsGap(Y(2025))); // the series ends in October: no year-end level yet

        var regular = IndicatorSeries.FromValues(InterviewIndicators.LegalServiceStations, M(2022, 8), new long[] { 8, 9, 10, 11, 12 });
        var quarters = Rollups.ToFrequency(regular, Frequency.Quarter);
        Assert.Equal(9, quarters[SeriesPeriod.Quarter(2022, 3)].Value);
        Assert.Equal(12, quarters[SeriesPeriod.Quarter(2022, 4)].Value);
        var panel = Rollups.ToFrequency(SeriesPanel.FromValues(InterviewIndicators.LegalServiceStations, M(2022, 8), 5, new long[] { 8, 9, 10, 11, 12 }), Frequency.Year);
        Assert.True(panel.TryGetValue(0, Y(2022), out var value));
        Assert.Equal(12, value);

        // A flow still needs every month.
        Assert.True(Rollups.ToFrequency(TestSeries.Build(InterviewIndicators.Thefts, M(2022, 7), M(2023, 12), p => 1), Frequency.Year).IsGap(Y(2022)));
    }

    [Fact]
    public void ToFrequency_RateBreakInsideYear_ComparisonWithTheNextYearIsBasisBreak()
    {
        var builder = RateSeries.CreateBuilder(InterviewIndicators.LocalDisputeResolutionRate, Frequency.Month);
        for (var p = M(2022, 1); p <= M(2024, 12); p = p.PlusPeriods(1))
        {
            builder.AddParts(p, 97, 100, p == M(2023, 5) ? ObservationStatus.BasisBreak : ObservationStatus.Final);
        }

        var years = Rollups.ToFrequency(builder.Build(), Frequency.Year);
        Assert.Equal(ObservationStatus.BasisBreak, years[Y(2023)].Status);
        Assert.Equal(ObservationStatus.BasisBreak, years[Y(2024)].Status);
        Assert.Equal(UndefinedReason.BasisBreak, Rates.Compare(Rates.At(years, Y(2024)), Rates.At(years, Y(2023))).Reason);
        Assert.Equal(UndefinedReason.BasisBreak, Rates.Compare(Rates.At(years, Y(2023)), Rates.At(years, Y(2022))).Reason);
    }

    /// <summary>
    /// Against a brute-force reference: a coarse flow period has a value when every month is there (their sum), a
    /// coarse stock period when its last month is there (that value); it is a break exactly when a fine break lies
    /// after the first month used by the previous value and at or before its own last month; and a change between
    /// two coarse values is <see cref="UndefinedReason.BasisBreak"/> exactly when a fine break lies after the first
    /// month of the earlier and at or before the last month of the later.
    /// </summary>
    [Property(MaxTest = 300)]
    public Property ToFrequency_GapsAndBreaks_EqualsBruteForce()
    {
        var point = from value in Gen.Choose(0, 1000)
                    from kind in Gen.Choose(0, 9)
                    select (value: (long)value, kind);
        var gen =
            from startMonth in Gen.Choose(1, 12)
            from points in Gen.Choose(1, 40).SelectMany(n => Gen.ArrayOf(point, n))
            from stock in Gen.Elements(true, false)
            from quarters in Gen.Elements(true, false)
            select (startMonth, points, stock, quarters);
        return Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var indicator = c.stock ? (QuantityIndicator)InterviewIndicators.LegalServiceStations : InterviewIndicators.Thefts;
            var start = M(2020, c.startMonth);
            var end = start.PlusPeriods(c.points.Length - 1);
            var builder = IndicatorSeries.CreateBuilder(indicator, Frequency.Month);
            for (var i = 0; i < c.points.Length; i++)
            {
                var kind = c.points[i].kind;
                if (kind >= 2)
                {
                    builder.Add(start.PlusPeriods(i), c.points[i].value, kind == 2 ? ObservationStatus.BasisBreak : kind == 3 ? ObservationStatus.Provisional : ObservationStatus.Final);
                }
            }

            var series = builder.Build(start, end);
            var target = c.quarters ? Frequency.Quarter : Frequency.Year;
            var rolled = Rollups.ToFrequency(series, target);
            var panel = Rollups.ToFrequency(SeriesPanel.FromSeries(new[] { series }), target).GetSeries(0);

            bool IsBreakAt(SeriesPeriod month) => !series[month].IsGap && series[month].Status == ObservationStatus.BasisBreak;
            bool BreakIn(SeriesPeriod? after, SeriesPeriod through)
            {
                for (var m = start; m <= through && m <= end; m = m.PlusPeriods(1))
                {
                    if ((after is null || m > after.Value) && IsBreakAt(m))
                    {
                        return true;
                    }
                }

                return false;
            }

            var defined = new List<(SeriesPeriod Coarse, SeriesPeriod First, SeriesPeriod Last)>();
            SeriesPeriod? previousFirst = null;
            var coarseStart = start.ToFrequency(target);
            var coarseEnd = end.ToFrequency(target);
            if (rolled.Start != coarseStart || rolled.End != coarseEnd || panel.Start != coarseStart || panel.End != coarseEnd)
            {
                return false;
            }

            for (var coarse = coarseStart; coarse <= coarseEnd; coarse = coarse.PlusPeriods(1))
            {
                var first = coarse.FirstMonth;
                var last = coarse.LastMonth;
                long sum = 0;
                var complete = true;
                var provisional = false;
                for (var m = first; m <= last; m = m.PlusPeriods(1))
                {
                    var o = series[m];
                    if (o.IsGap)
                    {
                        complete = complete && c.stock && m != last;
                        continue;
                    }

                    sum += o.Value;
                    provisional |= o.Status == ObservationStatus.Provisional && (!c.stock || m == last);
                }

                var isStockValue = c.stock && !series[last].IsGap;
                complete = c.stock ? isStockValue : complete;
                var actual = rolled[coarse];
                if (actual != panel[coarse] || actual.IsGap == complete)
                {
                    return false;
                }

                if (!complete)
                {
                    continue;
                }

                var used = c.stock ? last : first;
                var expectedStatus = BreakIn(previousFirst, last) ? ObservationStatus.BasisBreak
                    : provisional ? ObservationStatus.Provisional
                    : ObservationStatus.Final;
                var expectedValue = c.stock ? series[last].Value : sum;
                if (actual.Value != expectedValue || actual.Status != expectedStatus)
                {
                    return false;
                }

                previousFirst = used;
                defined.Add((coarse, used, last));
            }

            for (var a = 0; a < defined.Count; a++)
            {
                for (var b = a + 1; b < defined.Count; b++)
                {
                    var crosses = BreakIn(defined[a].First, defined[b].Last);
                    var reason = Changes.Between(rolled, defined[b].Coarse, defined[a].Coarse).Reason;
                    if (crosses != (reason == UndefinedReason.BasisBreak))
                    {
                        return false;
                    }
                }
            }

            return true;
        });
    }
}
