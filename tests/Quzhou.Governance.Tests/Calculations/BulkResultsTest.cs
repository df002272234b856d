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

/// <summary>
/// The bulk and caller-owned overloads write exactly what the per-point and single-series calls give, on random panels
/// (gaps, breaks, provisional points, zeros, negative amounts, values large enough to leave the 32- and 64-bit paths),
/// and refuse spans of the wrong length, naming the argument.
/// </summary>
public class BulkResultsTest
{
    private static readonly SeriesPeriod Start = SeriesPeriod.Month(2019, 11);

    /// <summary>One point: -1 a gap, otherwise (value, status).</summary>
    private static Gen<(long Value, int Status)> Point(bool signed, bool large) =>
        Gen.Frequency(
            (2, Gen.Constant((-1L, -1))),
            (1, Gen.Constant((0L, 0))),
            (12, Gen.Choose(signed ? -20 : 0, 20).Select(v => ((long)v, 0))),
            (2, Gen.Choose(0, 20).Select(v => ((long)v, 1))),
            (1, Gen.Choose(1, 20).Select(v => ((long)v, 4))),
            (large ? 3 : 0, Gen.Choose(1, 1_000_000).Select(v => ((long)v * 1_000_000_007L, 0))),
            (large ? 2 : 0, Gen.Choose(0, 1_000_000).Select(v => ((long)v * 1_000_003, 0))));

    /// <summary>A panel of 1–4 series of 1–40 months, as a list of series (the panel pads them to one axis).</summary>
    private static Gen<IndicatorSeries[]> Rows(QuantityIndicator indicator, bool signed, bool large) =>
        from count in Gen.Choose(1, 4)
        from length in Gen.Choose(1, 40)
        from rows in Gen.ArrayOf(Gen.ArrayOf(Point(signed, large), length), count)
        select rows.Select(row => Build(indicator, row)).ToArray();

    private static IndicatorSeries Build(QuantityIndicator indicator, (long Value, int Status)[] row)
    {
        var builder = IndicatorSeries.CreateBuilder(indicator, Frequency.Month);
        for (var i = 0; i < row.Length; i++)
        {
            if (row[i].Status >= 0)
            {
                builder.Add(Start.PlusPeriods(i), row[i].Value, (ObservationStatus)row[i].Status);
            }
        }

        return builder.Build(Start, Start.PlusPeriods(row.Length - 1));
    }

    private static Arbitrary<IndicatorSeries[]> Counts(bool large = true) => Rows(InterviewIndicators.Thefts, false, large).ToArbitrary();

    private static Arbitrary<IndicatorSeries[]> Amounts() => Rows(InterviewIndicators.TelecomFraudLosses, true, true).ToArbitrary();

    [Property]
    public Property YearOnYear_IntoSpans_AgreesWithTheSingleSeriesCall()
    {
        return Prop.ForAll(Amounts(), rows =>
        {
            var panel = SeriesPanel.FromSeries(rows);
            var n = panel.SeriesCount * panel.Length;
            var currents = new long[n];
            var bases = new long[n];
            var reasons = new UndefinedReason[n];
            Changes.YearOnYear(panel, currents, bases, reasons);
            var table = Changes.YearOnYear(panel);
            var copied = (new long[n], new long[n], new UndefinedReason[n]);
            table.CopyTo(copied.Item1, copied.Item2, copied.Item3);
            for (var s = 0; s < panel.SeriesCount; s++)
            {
                var series = panel.GetSeries(s);
                Assert.True(table.Values(s).SequenceEqual(panel.Values(s)));
                for (var i = 0; i < panel.Length; i++)
                {
                    var k = (s * panel.Length) + i;
                    var period = panel.Start.PlusPeriods(i);
                    var one = Changes.YearOnYear(series, period);
                    var got = table.Get(s, period);
                    Assert.Equal(one.Reason, reasons[k]);
                    Assert.Equal(one.Reason, got.Reason);
                    Assert.Equal(got.Current, currents[k]);
                    Assert.Equal(got.Base, bases[k]);
                    Assert.Equal(table.Reasons()[k], reasons[k]);
                    if (one.IsComparable)
                    {
                        Assert.Equal((one.Current, one.Base), (currents[k], bases[k]));
                    }
                }
            }

            Assert.Equal(currents, copied.Item1);
            Assert.Equal(bases, copied.Item2);
            Assert.Equal(reasons, copied.Item3);
        });
    }

    [Property]
    public Property YearOnYear_PercentsIntoSpans_AreEachChangesToPercent()
    {
        return Prop.ForAll(Amounts(), Gen.Choose(0, 6).ToArbitrary(), (rows, decimals) =>
        {
            var panel = SeriesPanel.FromSeries(rows);
            var n = panel.SeriesCount * panel.Length;
            var percents = new decimal[n];
            var reasons = new UndefinedReason[n];
            Changes.YearOnYear(panel, decimals, percents, reasons);
            var fromTable = new decimal[n];
            Changes.YearOnYear(panel).ToPercents(decimals, fromTable);
            var monthOnMonth = new decimal[n];
            var monthReasons = new UndefinedReason[n];
            Changes.PeriodOnPeriod(panel, decimals, monthOnMonth, monthReasons);
            for (var s = 0; s < panel.SeriesCount; s++)
            {
                var series = panel.GetSeries(s);
                for (var i = 0; i < panel.Length; i++)
                {
                    var k = (s * panel.Length) + i;
                    var period = panel.Start.PlusPeriods(i);
                    var one = Changes.YearOnYear(series, period);
                    Assert.Equal(one.Reason, reasons[k]);
                    Assert.Equal(one.ToPercent(decimals) ?? 0m, percents[k]);
                    Assert.Equal(percents[k], fromTable[k]);
                    var previous = Changes.PeriodOnPeriod(series, period);
                    Assert.Equal(previous.Reason, monthReasons[k]);
                    Assert.Equal(previous.ToPercent(decimals) ?? 0m, monthOnMonth[k]);
                    Assert.Equal(Changes.PeriodOnPeriod(panel).Get(s, period), previous);
                }
            }
        });
    }

    [Property]
    public Property AgainstSameSpan_IntoSpans_AgreesWithTheSingleSeriesCall()
    {
        return Prop.ForAll(Counts(), Gen.Choose(0, 11).ToArbitrary(), Gen.Choose(1, 2).ToArbitrary(), (rows, first, years) =>
        {
            var panel = SeriesPanel.FromSeries(rows);
            var from = panel.Start.PlusPeriods((12 * years) + first);
            var to = from.PlusPeriods(2);
            if (to > panel.End)
            {
                return;
            }

            var currents = new long[panel.SeriesCount];
            var bases = new long[panel.SeriesCount];
            var reasons = new UndefinedReason[panel.SeriesCount];
            Changes.AgainstSameSpan(panel, from, to, years, currents, bases, reasons);
            var table = Changes.AgainstSameSpan(panel, from, to, years);
            var percents = new decimal[panel.SeriesCount];
            table.ToPercents(2, percents);
            for (var s = 0; s < panel.SeriesCount; s++)
            {
                var one = Changes.AgainstSameSpan(panel.GetSeries(s), from, to, years);
                Assert.Equal(one, table[s]);
                Assert.Equal(one.Reason, reasons[s]);
                Assert.Equal(one.Reason, table.Reasons[s]);
                Assert.Equal((one.Current, one.Base), (currents[s], bases[s]));
                Assert.Equal((one.Current, one.Base), (table.Currents[s], table.Bases[s]));
                Assert.Equal(one.ToPercent(2) ?? 0m, percents[s]);
            }
        });
    }

    [Property]
    public Property ToFrequency_IntoSpans_AgreesWithTheSingleSeriesCall()
    {
        var indicators = Gen.Elements<QuantityIndicator>(InterviewIndicators.Thefts, InterviewIndicators.SocialOrganisations);
        var targets = Gen.Elements(Frequency.Quarter, Frequency.Year);
        return Prop.ForAll(Counts(large: false), indicators.ToArbitrary(), targets.ToArbitrary(), (rows, indicator, target) =>
        {
            var panel = SeriesPanel.FromSeries(rows.Select(r => Retag(r, indicator)).ToList());
            var coarse = Rollups.CoarseLength(panel, target);
            var values = new long[panel.SeriesCount * coarse];
            var statuses = new ObservationStatus?[values.Length];
            Rollups.ToFrequency(panel, target, values, statuses);
            var rolled = Rollups.ToFrequency(panel, target);
            Assert.Equal(rolled.Length, coarse);
            Assert.Equal(panel.Start.ToFrequency(target), rolled.Start);
            for (var s = 0; s < panel.SeriesCount; s++)
            {
                var one = Rollups.ToFrequency(panel.GetSeries(s), target);
                var fromPanel = rolled.GetSeries(s);
                for (var c = 0; c < coarse; c++)
                {
                    var k = (s * coarse) + c;
                    var period = rolled.Start.PlusPeriods(c);
                    var observation = one[period];
                    Assert.Equal(observation, fromPanel[period]);
                    Assert.Equal(!observation.IsGap, statuses[k].HasValue);
                    Assert.Equal(observation.IsGap ? 0 : observation.Value, values[k]);
                    Assert.Equal(observation.IsGap ? null : observation.Status, statuses[k]);
                }
            }
        });
    }

    [Property]
    public Property YearOnYearDeclines_IntoSpans_AgreesWithTheSingleSeriesCall()
    {
        return Prop.ForAll(Counts(large: false), Gen.Choose(1, 3).ToArbitrary(), (rows, panelCount) =>
        {
            // The k-th panel is the rows rotated by k, so the panels share an axis and a series count.
            var panels = Enumerable.Range(0, panelCount)
                .Select(k => SeriesPanel.FromSeries(rows.Skip(k % rows.Length).Concat(rows.Take(k % rows.Length)).ToList()))
                .ToArray();
            var results = new Streak[panels[0].SeriesCount];
            Streaks.YearOnYearDeclines(panels, results);
            var table = Streaks.YearOnYearDeclines(panels);
            Assert.True(table.AsSpan().SequenceEqual(results));
            if (panelCount == 2)
            {
                var pair = new Streak[results.Length];
                Streaks.YearOnYearDeclines(panels[0], panels[1], pair);
                Assert.Equal(results, pair);
            }

            for (var s = 0; s < results.Length; s++)
            {
                var one = Streaks.YearOnYearDeclines(panels.Select(p => p.GetSeries(s)).ToArray());
                Assert.Equal(one, results[s]);
            }
        });
    }

    [Property]
    public Property HeldAtOrAboveAndBelow_IntoSpans_AgreeWithTheSingleSeriesCall()
    {
        var part = Gen.Frequency(
            (10, Gen.Choose(0, 10_000).Select(v => (long)v)),
            (1, Gen.Constant(0L)),
            (2, Gen.Choose(0, 1_000_000).Select(v => (long)v * 10_000_019L)));
        var parts = from count in Gen.Choose(1, 3)
                    from length in Gen.Choose(1, 40)
                    from dens in Gen.ArrayOf(part, count * length)
                    from shares in Gen.ArrayOf(Gen.Frequency((4, Gen.Constant(1.0)), (6, Gen.Choose(900, 1000).Select(x => x / 1000.0))), count * length)
                    select (length, dens, shares);
        var thresholds = Gen.Elements(97m, 97.5m, 0.5m, 0m, 100m, 33.33333333m);
        return Prop.ForAll(parts.ToArbitrary(), thresholds.ToArbitrary(), (shape, percent) =>
        {
            var (length, dens, shares) = shape;
            var nums = dens.Select((d, i) => (long)Math.Floor(d * shares[i])).Select((n, i) => Math.Min(n, dens[i])).ToArray();
            var panel = RatePanel.FromParts(InterviewIndicators.EnforcementClosureRate, Start, length, nums, dens);
            var threshold = new Percentage(percent);
            var above = new ThresholdCheck[panel.SeriesCount];
            var below = new ThresholdCheck[panel.SeriesCount];
            Thresholds.HeldAtOrAbove(panel, threshold, above);
            Thresholds.HeldAtOrBelow(panel, threshold, below);
            Assert.True(Thresholds.HeldAtOrAbove(panel, threshold).AsSpan().SequenceEqual(above));
            Assert.True(Thresholds.HeldAtOrBelow(panel, threshold).AsSpan().SequenceEqual(below));
            for (var s = 0; s < panel.SeriesCount; s++)
            {
                var series = panel.GetSeries(s);
                Assert.Equal(Thresholds.HeldAtOrAbove(series, threshold), above[s]);
                Assert.Equal(Thresholds.HeldAtOrBelow(series, threshold), below[s]);
            }
        });
    }

    [Fact]
    public void HeldAtOrAbove_LongRowFailingLate_FindsTheFirstFailingMonth()
    {
        // 250 months at 98%, one at 96.99% in month 201: the vector kernel must stop at exactly that month.
        var nums = Enumerable.Repeat(9_800L, 250).ToArray();
        nums[200] = 9_699;
        nums[203] = 9_000;
        var panel = RatePanel.FromParts(InterviewIndicators.EnforcementClosureRate, Start, 250, nums, Enumerable.Repeat(10_000L, 250).ToArray());
        var results = new ThresholdCheck[1];
        Thresholds.HeldAtOrAbove(panel, new Percentage(97m), results);
        Assert.Equal(ThresholdOutcome.Broken, results[0].Outcome);
        Assert.Equal(Start.PlusPeriods(200), results[0].FirstFailure);
        Assert.Equal(201, results[0].PeriodsChecked);
    }

    [Fact]
    public void IntoSpans_WrongLength_RefusedNamingTheArgument()
    {
        var panel = SeriesPanel.FromValues(InterviewIndicators.Thefts, Start, 24, Enumerable.Range(1, 48).Select(v => (long)v).ToArray());
        var right = new long[48];
        var reasons = new UndefinedReason[48];
        Assert.Equal("currents", Assert.Throws<ArgumentException>(() => Changes.YearOnYear(panel, new long[47], right, reasons)).ParamName);
        Assert.Equal("bases", Assert.Throws<ArgumentException>(() => Changes.YearOnYear(panel, right, new long[49], reasons)).ParamName);
        Assert.Equal("reasons", Assert.Throws<ArgumentException>(() => Changes.PeriodOnPeriod(panel, right, new long[48], new UndefinedReason[1])).ParamName);
        Assert.Equal("percents", Assert.Throws<ArgumentException>(() => Changes.YearOnYear(panel, 2, new decimal[24], reasons)).ParamName);
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => Changes.YearOnYear(panel, 17, new decimal[48], reasons)).ParamName);
        Assert.Equal("percents", Assert.Throws<ArgumentException>(() => Changes.YearOnYear(panel).ToPercents(2, new decimal[2])).ParamName);
        Assert.Equal("currents", Assert.Throws<ArgumentException>(() => Changes.YearOnYear(panel).CopyTo(new long[1], right, reasons)).ParamName);
        Assert.Equal("bases", Assert.Throws<ArgumentException>(() => Changes.AgainstSameSpan(panel, Start.PlusPeriods(12), Start.PlusPeriods(13), 1, new long[2], new long[3], new UndefinedReason[2])).ParamName);
        Assert.Equal("values", Assert.Throws<ArgumentException>(() => Rollups.ToFrequency(panel, Frequency.Year, new long[5], new ObservationStatus?[6])).ParamName);
        Assert.Equal("statuses", Assert.Throws<ArgumentException>(() => Rollups.ToFrequency(panel, Frequency.Year, new long[6], new ObservationStatus?[5])).ParamName);
        Assert.Equal("results", Assert.Throws<ArgumentException>(() => Streaks.YearOnYearDeclines(panel, panel, new Streak[3])).ParamName);
        Assert.Equal("results", Assert.Throws<ArgumentException>(() => Streaks.YearOnYearDeclines(new[] { panel }, new Streak[1])).ParamName);
        var other = SeriesPanel.FromValues(InterviewIndicators.Thefts, Start, 12, right);
        Assert.Equal("second", Assert.Throws<ArgumentException>(() => Streaks.YearOnYearDeclines(panel, other, new Streak[2])).ParamName);
        var rates = RatePanel.FromParts(InterviewIndicators.EnforcementClosureRate, Start, 24, right, right);
        Assert.Equal("results", Assert.Throws<ArgumentException>(() => Thresholds.HeldAtOrAbove(rates, new Percentage(97m), new ThresholdCheck[3])).ParamName);
        Assert.Equal("results", Assert.Throws<ArgumentException>(() => Thresholds.HeldAtOrBelow(rates, new Percentage(97m), Span<ThresholdCheck>.Empty)).ParamName);
        Assert.Equal(3, Rollups.CoarseLength(panel, Frequency.Year));
    }

    [Fact]
    public void IntoSpans_RepeatedCalls_AllocateNothing()
    {
        var values = Enumerable.Range(0, 40 * 250).Select(v => (long)(100 + (v * 7919 % 9_900))).ToArray();
        var panel = SeriesPanel.FromValues(InterviewIndicators.Thefts, SeriesPeriod.Month(2005, 1), 250, values);
        var rates = RatePanel.FromParts(InterviewIndicators.EnforcementClosureRate, SeriesPeriod.Month(2005, 1), 250, values.Select(v => v * 9).ToArray(), values.Select(v => v * 10).ToArray());
        var percents = new decimal[values.Length];
        var reasons = new UndefinedReason[values.Length];
        var currents = new long[values.Length];
        var bases = new long[values.Length];
        var coarse = Rollups.CoarseLength(panel, Frequency.Year);
        var years = new long[40 * coarse];
        var statuses = new ObservationStatus?[years.Length];
        var streaks = new Streak[40];
        var checks = new ThresholdCheck[40];
        var threshold = new Percentage(89m);
        var spanCurrents = new long[40];
        var spanBases = new long[40];
        var spanReasons = new UndefinedReason[40];
        void Run()
        {
            Changes.AgainstSameSpan(panel, SeriesPeriod.Month(2021, 1), SeriesPeriod.Month(2025, 10), 5, spanCurrents, spanBases, spanReasons);
            Changes.YearOnYear(panel, 2, percents, reasons);
            Changes.YearOnYear(panel, currents, bases, reasons);
            Rollups.ToFrequency(panel, Frequency.Year, years, statuses);
            Streaks.YearOnYearDeclines(panel, panel, streaks);
            Thresholds.HeldAtOrAbove(rates, threshold, checks);
        }

        Run();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10; i++)
        {
            Run();
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static IndicatorSeries Retag(IndicatorSeries series, QuantityIndicator indicator)
    {
        var builder = IndicatorSeries.CreateBuilder(indicator, series.Frequency);
        foreach (var observation in series.Observations.Where(o => !o.IsGap))
        {
            builder.Add(observation.Period, observation.Value, observation.Status);
        }

        return builder.Build(series.Start, series.End);
    }
}
