using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;
using Xunit;
using Quzhou.Governance.Quantities;

namespace Quzhou.Governance.Tests.Calculations;

public partial class RollupsTest
{
    private static SeriesPeriod M(int year, int month) => SeriesPeriod.Month(year, month);

    private static SeriesPeriod Y(int year) => SeriesPeriod.CalendarYear(year);

    [Fact]
    public void ToFrequency_Flow_SumsWholeYearsAndLeavesPartialYearsAsGaps()
    {
        var series = TestSeries.Build(InterviewIndicators.Thefts, M(2022, 7), M(2025, 10), p => p.Number);
        var years = Rollups.ToFrequency(series, Frequency.Year);
        Assert.Equal(Y(2022), years.Start);
        Assert.Equal(Y(2025), years.End);
        Assert.True(years.IsGap(Y(2022)));
        Assert.True(years.IsGap(Y(2025)));
        Assert.Equal(78, years[Y(2023)].Value);
        Assert.Equal(78, years[Y(2024)].Value);

        var quarters = Rollups.ToFrequency(series, Frequency.Quarter);
        Assert.Equal(SeriesPeriod.Quarter(2022, 3), quarters.Start);
        Assert.Equal(7 + 8 + 9, quarters[SeriesPeriod.Quarter(2022, 3)].Value);
        Assert.True(quarters.IsGap(SeriesPeriod.Quarter(2025, 4)));
    }

    [Fact]
    public void ToFrequency_Stock_TakesLastPeriod()
    {
        var series = TestSeries.Build(InterviewIndicators.LegalServiceStations, M(2024, 1), M(2025, 12), p => 1000 + p.Number, new HashSet<SeriesPeriod> { M(2024, 5), M(2025, 12) });
        var years = Rollups.ToFrequency(series, Frequency.Year);
        Assert.Equal(1012, years[Y(2024)].Value);
        Assert.True(years.IsGap(Y(2025))); // the last month is missing: never filled from November
    }

    [Fact]
    public void ToFrequency_Statuses_WeightiestWins()
    {
        var statuses = new Dictionary<SeriesPeriod, ObservationStatus> { [M(2024, 3)] = ObservationStatus.Provisional, [M(2024, 4)] = ObservationStatus.Revised };
        var series = TestSeries.Build(InterviewIndicators.Thefts, M(2024, 1), M(2024, 12), p => 1, statuses: statuses);
        Assert.Equal(ObservationStatus.Provisional, Rollups.ToFrequency(series, Frequency.Year)[Y(2024)].Status);
        var panel = Rollups.ToFrequency(SeriesPanel.FromSeries(new[] { series }), Frequency.Year);
        Assert.Equal(ObservationStatus.Provisional, panel.GetSeries(0)[Y(2024)].Status);
    }

    [Fact]
    public void ToFrequency_Rate_RecomputesFromParts()
    {
        var builder = RateSeries.CreateBuilder(InterviewIndicators.LocalDisputeResolutionRate, Frequency.Month);
        for (var m = 1; m <= 12; m++)
        {
            builder.AddParts(M(2024, m), m == 1 ? 1 : 99, m == 1 ? 2 : 100);
        }

        builder.AddPublished(M(2025, 1), 98m, 0);
        var years = Rollups.ToFrequency(builder.Build(), Frequency.Year);
        var y2024 = years[Y(2024)];
        Assert.Equal(1 + (11 * 99), y2024.Numerator);
        Assert.Equal(2 + (11 * 100), y2024.Denominator);
        Assert.True(years[Y(2025)].IsGap);
        Assert.Equal(UndefinedReason.None, Rates.At(years, Y(2024)).Reason);
    }

    [Fact]
    public void ToFrequency_Finer_Throws()
    {
        var series = IndicatorSeries.FromValues(InterviewIndicators.Thefts, Y(2024), new long[] { 1 });
        Assert.Throws<ArgumentException>(() => Rollups.ToFrequency(series, Frequency.Month));
    }

    [Property]
    public Property ToFrequency_Flow_EqualsPlainSum()
    {
        return Prop.ForAll(Gen.Choose(1, 5).SelectMany(years => Gen.ArrayOf(Gen.Choose(0, 1000).Select(x => (long)x), years * 12)).ToArbitrary(), values =>
        {
            var series = IndicatorSeries.FromValues(InterviewIndicators.Thefts, M(2020, 1), values);
            var rolled = Rollups.ToFrequency(series, Frequency.Year);
            var panel = Rollups.ToFrequency(SeriesPanel.FromValues(InterviewIndicators.Thefts, M(2020, 1), values.Length, values), Frequency.Year);
            for (var y = 0; y < values.Length / 12; y++)
            {
                long sum = 0;
                for (var m = 0; m < 12; m++)
                {
                    sum += values[(y * 12) + m];
                }

                if (rolled[Y(2020 + y)].Value != sum || panel.Values(0)[y] != sum)
                {
                    return false;
                }
            }

            return rolled.Length == values.Length / 12;
        });
    }
    [Property]
    public Property ToFrequency_PanelFromAnyMonth_EqualsBruteForceOverWholeBlocks()
    {
        var gen =
            from startMonth in Gen.Choose(1, 12)
            from length in Gen.Choose(1, 40)
            from values in Gen.ArrayOf(Gen.Choose(0, 1000).Select(x => (long)x), length)
            from quarters in Gen.Elements(true, false)
            select (startMonth, values, quarters);
        return Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var start = M(2020, c.startMonth);
            var target = c.quarters ? Frequency.Quarter : Frequency.Year;
            var panel = SeriesPanel.FromValues(InterviewIndicators.Thefts, start, c.values.Length, c.values);
            var rolled = Rollups.ToFrequency(panel, target);

            // Brute force: a coarse period has a value exactly when all its months are in the data.
            var expected = new Dictionary<SeriesPeriod, long>();
            var months = new Dictionary<SeriesPeriod, int>();
            for (var i = 0; i < c.values.Length; i++)
            {
                var coarse = start.PlusPeriods(i).ToFrequency(target);
                expected[coarse] = (expected.TryGetValue(coarse, out var sum) ? sum : 0) + c.values[i];
                months[coarse] = (months.TryGetValue(coarse, out var n) ? n : 0) + 1;
            }

            var perCoarse = c.quarters ? 3 : 12;
            foreach (var pair in expected)
            {
                var whole = months[pair.Key] == perCoarse;
                var found = rolled.TryGetValue(0, pair.Key, out var value);
                if (found != whole || (whole && value != pair.Value))
                {
                    return false;
                }
            }

            return rolled.Length == expected.Count;
        });
    }
}
