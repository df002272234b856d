using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Calculations;

public partial class ChangesTest
{
    private static SeriesPeriod M(int year, int month) => SeriesPeriod.Month(year, month);

    [Fact]
    public void YearOnYear_JuvenileFigures_MatchInterview()
    {
        // 未成年人犯罪案件、人数同比下降6.67%、13.53%: 15 → 14 cases, 133 → 115 offenders.
        var cases = IndicatorSeries.CreateBuilder(InterviewIndicators.JuvenileCrimeCases, Frequency.Year)
            .Add(SeriesPeriod.CalendarYear(2024), 15).Add(SeriesPeriod.CalendarYear(2025), 14).Build();
        var offenders = IndicatorSeries.CreateBuilder(InterviewIndicators.JuvenileOffenders, Frequency.Year)
            .Add(SeriesPeriod.CalendarYear(2024), 133).Add(SeriesPeriod.CalendarYear(2025), 115).Build();
        Assert.Equal(-6.67m, Changes.YearOnYear(cases, SeriesPeriod.CalendarYear(2025)).ToPercent(2));
        Assert.Equal(-13.53m, Changes.YearOnYear(offenders, SeriesPeriod.CalendarYear(2025)).ToPercent(2));
        var change = Changes.YearOnYear(offenders, SeriesPeriod.CalendarYear(2025));
        Assert.True(change.IsDecrease);
        Assert.Equal(-18, change.Difference);
        Assert.Equal(RelativeChange.Between(115, 133), change.ToRelativeChange());
    }

    [Fact]
    public void YearOnYear_MissingMonths_MatchesByCalendar()
    {
        // Only 2024-10, 2025-03 and 2025-10 observed: 2025-10 is still compared with 2024-10.
        var series = IndicatorSeries.CreateBuilder(InterviewIndicators.EnterpriseInspections, Frequency.Month)
            .Add(M(2024, 10), 1000).Add(M(2025, 3), 1).Add(M(2025, 10), 457).Build();
        var change = Changes.YearOnYear(series, M(2025, 10));
        Assert.Equal(M(2024, 10), change.BasePeriod);
        Assert.Equal(-54.3m, change.ToPercent(1)); // 涉企执法检查量同比下降54.3%
        Assert.Equal(UndefinedReason.MissingBase, Changes.YearOnYear(series, M(2025, 3)).Reason);
        Assert.Equal(UndefinedReason.MissingCurrent, Changes.YearOnYear(series, M(2025, 9)).Reason);
        Assert.Equal(UndefinedReason.MissingCurrent, Changes.YearOnYear(series, M(2030, 1)).Reason);
        Assert.Equal(change, Changes.YearOnYear(series)[M(2025, 10)]);
    }

    [Fact]
    public void YearOnYear_ZeroBase_IsUndefinedNotInfinite()
    {
        // 生产安全事故“0”发生: a change against zero is undefined.
        var series = TestSeries.Monthly(InterviewIndicators.MajorProductionSafetyAccidents, M(2024, 10), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1);
        var change = Changes.YearOnYear(series, M(2025, 10));
        Assert.Equal(UndefinedReason.ZeroBase, change.Reason);
        Assert.False(change.IsDefined);
        Assert.True(change.IsComparable);
        Assert.Equal(1, change.Difference);
        Assert.Null(change.ToPercent(2));
        Assert.Null(change.ToRelative());
        Assert.False(change.ToRelativeChange().IsDefined);
        Assert.Equal(UndefinedReason.NotComputed, default(PeriodChange).Reason); // a default claims no zero base
    }

    [Fact]
    public void YearOnYear_AcrossBasisBreak_IsUndefined()
    {
        var statuses = new Dictionary<SeriesPeriod, ObservationStatus> { [M(2024, 3)] = ObservationStatus.BasisBreak };
        var series = TestSeries.Build(InterviewIndicators.CriminalCases, M(2022, 1), M(2025, 12), p => 100, statuses: statuses);
        Assert.Equal(UndefinedReason.BasisBreak, Changes.YearOnYear(series, M(2024, 3)).Reason);
        Assert.Equal(UndefinedReason.BasisBreak, Changes.YearOnYear(series, M(2025, 2)).Reason);
        Assert.Equal(UndefinedReason.None, Changes.YearOnYear(series, M(2025, 3)).Reason);
        Assert.Equal(UndefinedReason.None, Changes.YearOnYear(series, M(2024, 2)).Reason);
        Assert.Throws<InvalidOperationException>(() => Changes.YearOnYear(series, M(2024, 3)).Difference);
        var table = Changes.YearOnYear(series);
        Assert.Equal(UndefinedReason.BasisBreak, table.Reasons(0)[series.Start.PeriodsUntil(M(2025, 2))]);
        Assert.Equal(UndefinedReason.None, table[M(2025, 3)].Reason);
    }

    [Fact]
    public void PeriodOnPeriod_ComparesPreviousPeriod()
    {
        var series = TestSeries.Monthly(InterviewIndicators.Thefts, M(2025, 1), 10, 8);
        var change = Changes.PeriodOnPeriod(series, M(2025, 2));
        Assert.Equal(M(2025, 1), change.BasePeriod);
        Assert.Equal(-20m, change.ToPercent(0));
        Assert.Equal(UndefinedReason.MissingBase, Changes.PeriodOnPeriod(series)[M(2025, 1)].Reason);
        Assert.Equal(change, Changes.PeriodOnPeriod(series)[M(2025, 2)]);
    }

    [Fact]
    public void Between_RollingFiveYears_LatestAgainstFiveBefore()
    {
        // 近五年省际边界警情下降23.6%: 2025 against 2020.
        var series = IndicatorSeries.FromValues(InterviewIndicators.BorderIncidents, SeriesPeriod.CalendarYear(2020), new long[] { 1000, 950, 900, 850, 800, 764 });
        Assert.Equal(-23.6m, Changes.Between(series, SeriesPeriod.CalendarYear(2025), SeriesPeriod.CalendarYear(2020)).ToPercent(1));
    }

    [Fact]
    public void AgainstSameSpan_FourteenthAgainstThirteenthPlan_SumsSameMonths()
    {
        // 2021-01…2025-10 against 2016-01…2020-10: 58 months each.
        var series = TestSeries.Build(InterviewIndicators.ProductionSafetyAccidents, M(2016, 1), M(2025, 10), p => p.Year <= 2020 ? 100 : 27);
        var change = Changes.AgainstSameSpan(series, M(2021, 1), M(2025, 10), 5);
        Assert.Equal(M(2016, 1), change.BaseFrom);
        Assert.Equal(M(2020, 10), change.BaseTo);
        Assert.Equal(5800, change.Base);
        Assert.Equal(27 * 58, change.Current);
        Assert.Equal(-73m, change.ToPercent(0));
        Assert.Equal(-4234, change.Difference);
        Assert.True(change.IsDecrease);

        var whole = Changes.BetweenSpans(series, M(2021, 1), M(2025, 10), M(2016, 1), M(2020, 12));
        Assert.Equal(6000, whole.Base);
    }

    [Fact]
    public void AgainstSameSpan_UndefinedCases_SayWhy()
    {
        var gaps = new HashSet<SeriesPeriod> { M(2017, 5) };
        var series = TestSeries.Build(InterviewIndicators.Homicides, M(2016, 1), M(2025, 10), p => 3, gaps);
        Assert.Equal(UndefinedReason.MissingBase, Changes.AgainstSameSpan(series, M(2021, 1), M(2025, 10), 5).Reason);
        Assert.Equal(UndefinedReason.MissingBase, Changes.AgainstSameSpan(series, M(2021, 1), M(2025, 10), 6).Reason);
        Assert.Equal(UndefinedReason.MissingCurrent, Changes.AgainstSameSpan(series, M(2022, 1), M(2026, 10), 5).Reason);
        Assert.Equal(UndefinedReason.MissingCurrent, Changes.AgainstSameSpan(series, M(2017, 1), M(2017, 12), 1).Reason);
        var zero = TestSeries.Build(InterviewIndicators.Homicides, M(2016, 1), M(2025, 10), p => p.Year <= 2020 ? 0 : 1);
        Assert.Equal(UndefinedReason.ZeroBase, Changes.AgainstSameSpan(zero, M(2021, 1), M(2025, 10), 5).Reason);
        var statuses = new Dictionary<SeriesPeriod, ObservationStatus> { [M(2019, 1)] = ObservationStatus.BasisBreak };
        var broken = TestSeries.Build(InterviewIndicators.Homicides, M(2016, 1), M(2025, 10), p => 3, statuses: statuses);
        Assert.Equal(UndefinedReason.BasisBreak, Changes.AgainstSameSpan(broken, M(2021, 1), M(2025, 10), 5).Reason);
        Assert.Null(Changes.AgainstSameSpan(broken, M(2021, 1), M(2025, 10), 5).ToPercent(1));
    }

    [Fact]
    public void AgainstSameSpan_Stock_ThrowsNamingIndicator()
    {
        var stations = IndicatorSeries.FromValues(InterviewIndicators.LegalServiceStations, SeriesPeriod.CalendarYear(2016), new long[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 });
        var ex = Assert.Throws<ArgumentException>(() => Changes.AgainstSameSpan(stations, SeriesPeriod.CalendarYear(2021), SeriesPeriod.CalendarYear(2025), 5));
        Assert.Contains("legal-services.stations", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Changes.AgainstSameSpan(IndicatorSeries.FromValues(InterviewIndicators.Thefts, SeriesPeriod.CalendarYear(2016), new long[] { 1 }), SeriesPeriod.CalendarYear(2016), SeriesPeriod.CalendarYear(2016), 0));
    }

    [Fact]
    public void AgainstSameSpan_Panel_EqualsPerSeries()
    {
        var a = TestSeries.Build(InterviewIndicators.Thefts, M(2016, 1), M(2025, 10), p => ((p.Year * 12) + p.Number) % 7);
        var b = TestSeries.Build(InterviewIndicators.Thefts, M(2016, 1), M(2025, 10), p => 5, new HashSet<SeriesPeriod> { M(2023, 3) });
        var panel = SeriesPanel.FromSeries(new[] { a, b });
        var results = Changes.AgainstSameSpan(panel, M(2021, 1), M(2025, 10), 5);
        Assert.Equal(Changes.AgainstSameSpan(a, M(2021, 1), M(2025, 10), 5), results[0]);
        Assert.Equal(Changes.AgainstSameSpan(b, M(2021, 1), M(2025, 10), 5), results[1]);
    }

    [Fact]
    public void AgainstSameSpan_Panel_TableHasSpansCountAndEnumeratesInOrder()
    {
        var a = TestSeries.Build(InterviewIndicators.Thefts, M(2016, 1), M(2025, 10), p => 3);
        var b = TestSeries.Build(InterviewIndicators.Thefts, M(2016, 1), M(2025, 10), p => 2, new HashSet<SeriesPeriod> { M(2017, 2) });
        var table = Changes.AgainstSameSpan(SeriesPanel.FromSeries(new[] { a, b }), M(2021, 1), M(2025, 10), 5);
        Assert.Equal(2, table.Count);
        Assert.Equal(M(2016, 1), table.BaseFrom);
        Assert.Equal(M(2020, 10), table.BaseTo);
        Assert.Equal(new[] { table[0], table[1] }, table.ToArray());
        Assert.Equal(UndefinedReason.MissingBase, table[1].Reason);
        Assert.Equal("series", Assert.Throws<ArgumentOutOfRangeException>(() => table[2]).ParamName);
    }

    [Fact]
    public void RecentFiveYears_BothReadings_AreNamedAndDiffer()
    {
        // 近五年省际边界警情下降23.6%: yearly incidents 2016…2025.
        var yearly = IndicatorSeries.FromValues(
            InterviewIndicators.Thefts,
            SeriesPeriod.CalendarYear(2016),
            new long[] { 1000, 1100, 1050, 990, 1000, 950, 900, 880, 800, 764 });
        var latest = Changes.LatestYearAgainstYearsBefore(yearly, 2025, 5);
        Assert.Equal(764, latest.Current);
        Assert.Equal(1000, latest.Base);
        Assert.Equal(-23.6m, latest.ToPercent(1));

        var windows = Changes.RecentYearsAgainstPrecedingYears(yearly, 2025, 5);
        Assert.Equal(950 + 900 + 880 + 800 + 764, windows.Current);
        Assert.Equal(1000 + 1100 + 1050 + 990 + 1000, windows.Base);
        Assert.Equal(SeriesPeriod.CalendarYear(2016), windows.BaseFrom);
        Assert.NotEqual(latest.ToPercent(1), windows.ToPercent(1));
    }

    [Fact]
    public void LatestYearAgainstYearsBefore_MonthlySeries_SumsTheMonthsOfEachYear()
    {
        var monthly = TestSeries.Build(InterviewIndicators.Thefts, M(2020, 1), M(2025, 12), p => p.Year - 2019);
        var change = Changes.LatestYearAgainstYearsBefore(monthly, 2025, 5);
        Assert.Equal(12 * 6, change.Current);
        Assert.Equal(12 * 1, change.Base);
        Assert.Equal("years", Assert.Throws<ArgumentOutOfRangeException>(() => Changes.LatestYearAgainstYearsBefore(monthly, 2025, 0)).ParamName);
    }

    [Property]
    public Property YearOnYear_EqualsCalendarLookup()
    {
        var gen = Gen.ListOf(Gen.Choose(-1, 20), 30).Select(l => l.ToArray());
        return Prop.ForAll(gen.ToArbitrary(), raw =>
        {
            // -1 marks a gap.
            var start = M(2023, 5);
            var known = new Dictionary<SeriesPeriod, long>();
            var builder = IndicatorSeries.CreateBuilder(InterviewIndicators.Thefts, Frequency.Month);
            for (var i = 0; i < raw.Length; i++)
            {
                if (raw[i] >= 0)
                {
                    known[start.PlusPeriods(i)] = raw[i];
                    builder.Add(start.PlusPeriods(i), raw[i]);
                }
            }

            var series = builder.Build(start, start.PlusPeriods(raw.Length - 1));
            var table = Changes.YearOnYear(series);
            for (var i = 0; i < raw.Length; i++)
            {
                var p = start.PlusPeriods(i);
                var change = Changes.YearOnYear(series, p);
                var expected = !known.TryGetValue(p, out var cur) ? UndefinedReason.MissingCurrent
                    : !known.TryGetValue(p.PlusYears(-1), out var bas) ? UndefinedReason.MissingBase
                    : bas == 0 ? UndefinedReason.ZeroBase
                    : UndefinedReason.None;
                if (change.Reason != expected || table[p] != change)
                {
                    return false;
                }

                if (expected == UndefinedReason.None && (change.Current != cur || change.Base != known[p.PlusYears(-1)]))
                {
                    return false;
                }
            }

            return true;
        });
    }

    [Property]
    public Property RelativeChange_AppliedToBase_GivesCurrent()
    {
        return Prop.ForAll(Gen.Choose(1, 100_000).ToArbitrary(), Gen.Choose(0, 100_000).ToArbitrary(), (b, c) =>
        {
            var series = IndicatorSeries.FromValues(InterviewIndicators.Thefts, SeriesPeriod.CalendarYear(2024), new long[] { b, c });
            var change = Changes.YearOnYear(series, SeriesPeriod.CalendarYear(2025));
            return change.ToRelativeChange().ApplyTo(new Count(b)) == new Count(c);
        });
    }
}
