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

namespace Quzhou.Governance.Tests.Calculations;

public partial class StreaksTest
{
    private static SeriesPeriod M(int year, int month) => SeriesPeriod.Month(year, month);

    /// <summary>Cases fall every month except 2020-12 (up on 2019-12); losses fall every month except 2020-06.</summary>
    private static (IndicatorSeries Cases, IndicatorSeries Losses) DoubleDecline(ISet<SeriesPeriod>? lossGaps = null, IDictionary<SeriesPeriod, ObservationStatus>? caseStatuses = null)
    {
        var start = M(2019, 1);
        var cases = TestSeries.Build(InterviewIndicators.TelecomFraudCases, start, M(2025, 10), p => p == M(2020, 12) ? 5000 : 1000 - start.PeriodsUntil(p), statuses: caseStatuses);
        var losses = TestSeries.Build(InterviewIndicators.TelecomFraudLosses, start, M(2025, 10), p => p == M(2020, 6) ? 99_999 : 50_000 - (2 * start.PeriodsUntil(p)), lossGaps);
        return (cases, losses);
    }

    [Fact]
    public void YearOnYearDeclines_TwoSeries_Finds58MonthDoubleDecline()
    {
        // 电信网络诈骗发案数、损失数持续58个月保持“双下降”: 2021-01 … 2025-10.
        var (cases, losses) = DoubleDecline();
        var result = Streaks.YearOnYearDeclines(cases, losses);
        Assert.Equal(58, result.Current.Length);
        Assert.Equal(M(2021, 1), result.Current.First);
        Assert.Equal(M(2025, 10), result.Current.Last);
        Assert.Equal(RunEnd.EndOfData, result.Current.EndedBy);
        Assert.Null(result.Current.EndedAt);
        Assert.Equal(result.Current, result.Longest);
        Assert.True(result.HoldsFor(58));
        Assert.False(result.HoldsFor(59));
        Assert.Throws<ArgumentOutOfRangeException>(() => result.HoldsFor(0));
    }

    [Fact]
    public void YearOnYearDeclines_OneSeries_RunsUntilItsOwnFailure()
    {
        var (cases, _) = DoubleDecline();
        var result = Streaks.YearOnYearDeclines(cases);
        Assert.Equal(M(2021, 1), result.Current.First);

        var (_, losses) = DoubleDecline();
        var lossRuns = Streaks.YearOnYearDeclines(losses);
        Assert.Equal(M(2020, 7), lossRuns.Current.First); // only 2020-06 (the spike) did not fall
        Assert.Equal(64, lossRuns.Current.Length);
        Assert.Equal(lossRuns.Current, lossRuns.Longest);
    }

    [Fact]
    public void YearOnYearDeclines_Gap_EndsRunAndIsReported()
    {
        var (cases, losses) = DoubleDecline(new HashSet<SeriesPeriod> { M(2023, 5) });
        var result = Streaks.YearOnYearDeclines(cases, losses);
        Assert.Equal(28, result.Longest.Length);
        Assert.Equal(M(2021, 1), result.Longest.First);
        Assert.Equal(RunEnd.MissingCurrent, result.Longest.EndedBy);
        Assert.Equal(M(2023, 5), result.Longest.EndedAt);

        // 2024-05 has no base (2023-05 is a gap), so the current run starts in 2024-06.
        Assert.Equal(M(2024, 6), result.Current.First);
        Assert.Equal(17, result.Current.Length);
    }

    [Fact]
    public void YearOnYearDeclines_BasisBreak_EndsRunForAYear()
    {
        var statuses = new Dictionary<SeriesPeriod, ObservationStatus> { [M(2024, 1)] = ObservationStatus.BasisBreak };
        var (cases, losses) = DoubleDecline(caseStatuses: statuses);
        var result = Streaks.YearOnYearDeclines(cases, losses);
        Assert.Equal(36, result.Longest.Length);
        Assert.Equal(RunEnd.BasisBreak, result.Longest.EndedBy);
        Assert.Equal(M(2024, 1), result.Longest.EndedAt);
        Assert.Equal(M(2025, 1), result.Current.First);
    }

    [Fact]
    public void YearOnYearDeclines_LastMonthRose_CurrentIsEmptyWithReason()
    {
        var series = TestSeries.Monthly(InterviewIndicators.Thefts, M(2024, 1), 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4, 6);
        var result = Streaks.YearOnYearDeclines(series);
        Assert.True(result.Current.IsEmpty);
        Assert.Equal(RunEnd.ConditionNotMet, result.Current.EndedBy);
        Assert.Equal(M(2025, 2), result.Current.EndedAt);
        Assert.Throws<InvalidOperationException>(() => result.Current.First);
        Assert.Equal(1, result.Longest.Length);
        Assert.Equal(M(2025, 1), result.Longest.First);
    }

    [Fact]
    public void YearOnYearDeclines_ShortSeries_HasNoBase()
    {
        var series = TestSeries.Monthly(InterviewIndicators.Thefts, M(2025, 1), 3, 2, 1);
        var result = Streaks.YearOnYearDeclines(series);
        Assert.True(result.Longest.IsEmpty);
        Assert.Equal(RunEnd.MissingBase, result.Current.EndedBy);
    }

    [Fact]
    public void YearOnYearDeclines_BadArguments_Throw()
    {
        Assert.Throws<ArgumentException>(() => Streaks.YearOnYearDeclines(Array.Empty<IndicatorSeries>()));
        Assert.Throws<ArgumentException>(() => Streaks.YearOnYearDeclines(
            TestSeries.Monthly(InterviewIndicators.Thefts, M(2025, 1), 1),
            IndicatorSeries.FromValues(InterviewIndicators.Thefts, SeriesPeriod.CalendarYear(2025), new long[] { 1 })));
        var p1 = SeriesPanel.FromValues(InterviewIndicators.Thefts, M(2025, 1), 2, new long[] { 1, 2 });
        var p2 = SeriesPanel.FromValues(InterviewIndicators.Thefts, M(2025, 1), 1, new long[] { 1, 2 });
        Assert.Throws<ArgumentException>(() => Streaks.YearOnYearDeclines(p1, p2));
    }

    [Fact]
    public void Find_YearlyEvent_ThreeYearsInARow()
    {
        // 连续3年…作经验交流: an event counted per year.
        var talks = IndicatorSeries.FromValues(InterviewIndicators.LegalServices, SeriesPeriod.CalendarYear(2021), new long[] { 0, 0, 1, 1, 1 });
        var result = Streaks.Find(talks, o => o.Value > 0);
        Assert.Equal(3, result.Current.Length);
        Assert.Equal(SeriesPeriod.CalendarYear(2023), result.Current.First);
        Assert.True(result.HoldsFor(3));
    }

    [Fact]
    public void Find_BreakAndGap_EndRuns()
    {
        var series = IndicatorSeries.CreateBuilder(InterviewIndicators.LegalServices, Frequency.Year)
            .Add(SeriesPeriod.CalendarYear(2018), 1).Add(SeriesPeriod.CalendarYear(2019), 1)
            .Add(SeriesPeriod.CalendarYear(2020), 1, ObservationStatus.BasisBreak)
            .Add(SeriesPeriod.CalendarYear(2022), 1)
            .Build();
        var result = Streaks.Find(series, o => o.Value > 0);
        Assert.Equal(2, result.Longest.Length);
        Assert.Equal(RunEnd.BasisBreak, result.Longest.EndedBy);
        Assert.Equal(1, result.Current.Length);
        Assert.Equal(SeriesPeriod.CalendarYear(2022), result.Current.First);
    }

    [Property]
    public Property YearOnYearDeclines_Joint_EqualsBruteForce()
    {
        var point = Gen.Choose(-1, 4);
        var gen = Gen.Choose(1, 40).SelectMany(n => Gen.ArrayOf(point, n).SelectMany(a => Gen.ArrayOf(point, n).Select(b => (a, b))));
        return Prop.ForAll(gen.ToArbitrary(), pair =>
        {
            var (a, b) = pair;
            var start = M(2020, 3);
            var sa = FromRaw(InterviewIndicators.TelecomFraudCases, start, a);
            var sb = FromRaw(InterviewIndicators.TelecomFraudLosses, start, b);
            var result = Streaks.YearOnYearDeclines(sa, sb);

            // Brute force: a period meets the condition when both series have it and its base and fell.
            bool Met(int i) => i >= 12 && a[i] >= 0 && b[i] >= 0 && a[i - 12] >= 0 && b[i - 12] >= 0 && a[i] < a[i - 12] && b[i] < b[i - 12];
            int longest = 0, run = 0, longestStart = -1;
            for (var i = 0; i < a.Length; i++)
            {
                run = Met(i) ? run + 1 : 0;
                if (run > longest)
                {
                    longest = run;
                    longestStart = i - run + 1;
                }
            }

            var panel = Streaks.YearOnYearDeclines(SeriesPanel.FromSeries(new[] { FromRaw(InterviewIndicators.Thefts, start, a) }), SeriesPanel.FromSeries(new[] { FromRaw(InterviewIndicators.Thefts, start, b) }))[0];
            return result.Longest.Length == longest
                && (longest == 0 || result.Longest.First == start.PlusPeriods(longestStart))
                && result.Current.Length == run
                && panel.Longest.Length == longest
                && panel.Current.Length == run;
        });
    }

    [Property]
    public Property YearOnYearDeclines_RegularPanel_EqualsSeries()
    {
        var gen = Gen.Choose(13, 60).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 3).Select(x => (long)x), n).SelectMany(a => Gen.ArrayOf(Gen.Choose(0, 3).Select(x => (long)x), n).Select(b => (a, b))));
        return Prop.ForAll(gen.ToArbitrary(), pair =>
        {
            var start = M(2020, 1);
            var panel = Streaks.YearOnYearDeclines(
                SeriesPanel.FromValues(InterviewIndicators.Thefts, start, pair.a.Length, pair.a),
                SeriesPanel.FromValues(InterviewIndicators.Thefts, start, pair.b.Length, pair.b))[0];
            var series = Streaks.YearOnYearDeclines(TestSeries.Monthly(InterviewIndicators.Thefts, start, pair.a), TestSeries.Monthly(InterviewIndicators.Thefts, start, pair.b));
            return panel == series;
        });
    }

    private static IndicatorSeries FromRaw(QuantityIndicator indicator, SeriesPeriod start, int[] raw)
    {
        var builder = IndicatorSeries.CreateBuilder(indicator, Frequency.Month);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] >= 0)
            {
                builder.Add(start.PlusPeriods(i), raw[i]);
            }
        }

        return builder.Build(start, start.PlusPeriods(raw.Length - 1));
    }

    [Fact]
    public void YearOnYearDeclines_YearsRolledUpAcrossAMixedYear_BreakEndsTheRunTwice()
    {
        // Falling every year, but counted on a new basis from 2023-07: 2023 mixes bases, so neither 2023 nor 2024 compares.
        var statuses = new Dictionary<SeriesPeriod, ObservationStatus> { [M(2023, 7)] = ObservationStatus.BasisBreak };
        var monthly = TestSeries.Build(InterviewIndicators.Thefts, M(2020, 1), M(2026, 12), p => 100 - p.Year + 2000, statuses: statuses);
        var result = Streaks.YearOnYearDeclines(Rollups.ToFrequency(monthly, Frequency.Year));
        Assert.Equal(2, result.Longest.Length); // 2021, 2022
        Assert.Equal(RunEnd.BasisBreak, result.Longest.EndedBy);
        Assert.Equal(SeriesPeriod.CalendarYear(2025), result.Current.First);
        Assert.Equal(2, result.Current.Length);
    }
}
