using System;
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

public partial class RollupsTest
{
    [Fact]
    public void YearToDate_Stock_Throws()
    {
        var stations = IndicatorSeries.FromValues(InterviewIndicators.LegalServiceStations, M(2025, 1), new long[] { 1, 2 });
        Assert.Throws<ArgumentException>(() => Rollups.YearToDate(stations));
        Assert.Throws<ArgumentException>(() => Totals.Over(stations, M(2025, 1), M(2025, 2)));
    }

    [Fact]
    public void YearToDate_StartsMidYear_FirstYearIsGap()
    {
        var series = TestSeries.Build(InterviewIndicators.Thefts, M(2024, 11), M(2025, 3), p => 10);
        var ytd = Rollups.YearToDate(series);
        Assert.True(ytd.IsGap(M(2024, 12)));
        Assert.Equal(30, ytd[M(2025, 3)].Value);
    }

    [Fact]
    public void YearToDate_Gap_BlanksRestOfYear()
    {
        var series = TestSeries.Build(InterviewIndicators.Thefts, M(2024, 1), M(2025, 2), p => 1, new HashSet<SeriesPeriod> { M(2024, 6) });
        var ytd = Rollups.YearToDate(series);
        Assert.Equal(5, ytd[M(2024, 5)].Value);
        Assert.True(ytd.IsGap(M(2024, 7)));
        Assert.Equal(2, ytd[M(2025, 2)].Value);
    }

    [Property]
    public Property YearToDate_PreviousPlusCurrent_IsCurrentCumulative()
    {
        return Prop.ForAll(Gen.ArrayOf(Gen.Choose(0, 500).Select(x => (long)x), 40).ToArbitrary(), values =>
        {
            var series = IndicatorSeries.FromValues(InterviewIndicators.Thefts, M(2023, 1), values);
            var ytd = Rollups.YearToDate(series);
            for (var i = 1; i < values.Length; i++)
            {
                var p = M(2023, 1).PlusPeriods(i);
                var expected = p.Number == 1 ? values[i] : ytd[p.MinusPeriods(1)].Value + values[i];
                if (ytd[p].Value != expected)
                {
                    return false;
                }
            }

            return ytd[M(2023, 1)].Value == values[0];
        });
    }

    [Fact]
    public void YearToDate_BreakInJanuary_NextYearCompares()
    {
        // The new basis starts with 2023: every 2023 year-to-date total is on it, so 2024-03 against 2023-03 compares.
        var statuses = new Dictionary<SeriesPeriod, ObservationStatus> { [M(2023, 1)] = ObservationStatus.BasisBreak };
        var ytd = Rollups.YearToDate(TestSeries.Build(InterviewIndicators.Thefts, M(2022, 1), M(2024, 12), p => 1, statuses: statuses));
        Assert.Equal(UndefinedReason.BasisBreak, Changes.YearOnYear(ytd, M(2023, 3)).Reason);
        Assert.Equal(UndefinedReason.None, Changes.YearOnYear(ytd, M(2024, 3)).Reason);
        Assert.Equal(UndefinedReason.None, Changes.YearOnYear(ytd, M(2024, 12)).Reason);
    }

    [Fact]
    public void YearToDate_BreakMidYear_EveryComparisonWithThatYearIsBasisBreak()
    {
        // From 2023-06 on, 2023's year-to-date totals mix bases; 2023-03's is wholly on the old one.
        var statuses = new Dictionary<SeriesPeriod, ObservationStatus> { [M(2023, 6)] = ObservationStatus.BasisBreak };
        var ytd = Rollups.YearToDate(TestSeries.Build(InterviewIndicators.Thefts, M(2022, 1), M(2025, 12), p => 1, statuses: statuses));
        Assert.Equal(UndefinedReason.None, Changes.YearOnYear(ytd, M(2023, 5)).Reason);
        Assert.Equal(UndefinedReason.BasisBreak, Changes.YearOnYear(ytd, M(2023, 8)).Reason);
        Assert.Equal(UndefinedReason.BasisBreak, Changes.YearOnYear(ytd, M(2024, 3)).Reason);
        Assert.Equal(UndefinedReason.BasisBreak, Changes.YearOnYear(ytd, M(2024, 8)).Reason);
        Assert.Equal(UndefinedReason.BasisBreak, Changes.PeriodOnPeriod(ytd, M(2024, 1)).Reason);
        Assert.Equal(UndefinedReason.None, Changes.YearOnYear(ytd, M(2025, 3)).Reason);
    }

    /// <summary>A change between two year-to-date totals is <see cref="UndefinedReason.BasisBreak"/> exactly when a monthly
    /// break lies after the January of the earlier total and at or before the month of the later.</summary>
    [Property(MaxTest = 200)]
    public Property YearToDate_ChangeCrossesBreak_ExactlyWhenAMonthlyBreakLiesBetween()
    {
        var gen = from startMonth in Gen.Choose(1, 12)
                  from kinds in Gen.Choose(1, 40).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 9), n))
                  select (startMonth, kinds);
        return Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var start = M(2020, c.startMonth);
            var builder = IndicatorSeries.CreateBuilder(InterviewIndicators.Thefts, Frequency.Month);
            for (var i = 0; i < c.kinds.Length; i++)
            {
                if (c.kinds[i] >= 1)
                {
                    builder.Add(start.PlusPeriods(i), 1, c.kinds[i] == 1 ? ObservationStatus.BasisBreak : ObservationStatus.Final);
                }
            }

            var series = builder.Build(start, start.PlusPeriods(c.kinds.Length - 1));
            var ytd = Rollups.YearToDate(series);
            for (var a = ytd.Start; a <= ytd.End; a = a.PlusPeriods(1))
            {
                for (var b = a.PlusPeriods(1); b <= ytd.End; b = b.PlusPeriods(1))
                {
                    if (ytd.IsGap(a) || ytd.IsGap(b))
                    {
                        continue;
                    }

                    var crosses = false;
                    for (var m = M(a.Year, 1).PlusPeriods(1); m <= b; m = m.PlusPeriods(1))
                    {
                        crosses |= !series.IsGap(m) && series[m].Status == ObservationStatus.BasisBreak;
                    }

                    if (crosses != (Changes.Between(ytd, b, a).Reason == UndefinedReason.BasisBreak))
                    {
                        return false;
                    }
                }
            }

            return true;
        });
    }
}
