using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using NodaTime;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Figures;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Periods;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.Claims;

/// <summary>
/// Checks claims against a <see cref="DataSet"/>: a thin dispatch from each claim's kind and base to the calculations
/// (<see cref="Changes"/>, <see cref="Rates"/>, <see cref="Streaks"/>, <see cref="Thresholds"/>, <see cref="Totals"/>),
/// deciding each figure by <see cref="PublishedFigure.IsConsistentWith(long, long)"/> on the exact parts the
/// calculation returns. A claim is judged on the data as they stood when it was published
/// (<see cref="DataSet.AsOf"/>); when it holds there but not on the revised data, the verdict says so.
/// </summary>
public static partial class ClaimChecker
{
    /// <summary>The decimals a recomputed percentage is given to in a verdict (the decision is exact).</summary>
    private const int ValueDecimals = 16;

    /// <summary>
    /// Checks each subject's figure of <paramref name="claim"/> against <paramref name="data"/>; a streak shared by
    /// several subjects (“双下降”) is one verdict, at the first subject.
    /// </summary>
    /// <param name="claim">The claim.</param>
    /// <param name="data">The data set; its catalog resolves the subjects' indicator codes.</param>
    /// <returns>The verdicts, one per subject (one for a shared streak).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<ClaimVerdict> Check(Claim claim, DataSet data)
    {
        Preconditions.CheckNotNull(claim, nameof(claim));
        Preconditions.CheckNotNull(data, nameof(data));
        var asPublished = data.AsOf(claim.Published);
        var count = claim.Kind == ClaimKind.Streak && claim.IsShared ? 1 : claim.Subjects.Count;
        var verdicts = new List<ClaimVerdict>(count);
        for (var i = 0; i < count; i++)
        {
            var first = CheckOne(claim, i, asPublished);
            if (first.Kind == ClaimVerdictKind.Holds && data.HasVintages)
            {
                var revised = CheckOne(claim, i, data);
                if (revised.Kind is ClaimVerdictKind.Contradicted)
                {
                    first = ClaimVerdict.HoldsOnEarlierVintageOnly(claim, i, first.Value, revised.Value, first.Period);
                }
            }

            verdicts.Add(first.WithSubjectEnglishName(EnglishName(claim.Subjects[i], data)));
        }

        return verdicts;
    }

    /// <summary>The subject's English words: the claim's own, else its indicator's English name in the catalog.</summary>
    private static string? EnglishName(ClaimSubject subject, DataSet data) =>
        subject.EnglishText is { Length: > 0 } own ? own
        : subject.IndicatorCode is { } code && data.Catalog.TryGet(code, out var indicator) && indicator.EnglishName.Length > 0 ? indicator.EnglishName
        : null;

    private static ClaimVerdict CheckOne(Claim claim, int index, DataSet data)
    {
        if (!TryIndicator(claim, index, data, out var indicator, out var missing))
        {
            return ClaimVerdict.Unverifiable(claim, index, [missing]);
        }

        var figure = claim.FigureOf(index);
        if (claim.Kind == ClaimKind.Structure && claim.Subjects.Count > 1)
        {
            // Every part of the structure is needed for any one share.
            return CheckShare(claim, index, figure, data);
        }

        switch (claim.Kind)
        {
            case ClaimKind.Level when indicator is RateIndicator rate:
                return CheckRate(claim, index, figure, data.GetRateSeries(rate, claim.Region));
            case ClaimKind.RelativeChange or ClaimKind.Multiple or ClaimKind.PercentagePointChange when figure.Unit.Kind != FigureUnitKind.Doublings && !(claim.Kind == ClaimKind.Multiple && indicator is RateIndicator):
                // A rate's change is read in %, ‰ or points; 1.2倍 or 增长2成 of a rate is not checked (unverifiable below).
                return CheckChange(claim, index, figure, indicator, data);
            case ClaimKind.AbsoluteChange when indicator is QuantityIndicator quantity:
                return CheckAbsoluteChange(claim, index, figure, data.GetSeries(quantity, claim.Region));
            case ClaimKind.Streak:
                return CheckStreak(claim, index, figure, data);
            case ClaimKind.Multiple when figure.Unit.Kind == FigureUnitKind.Doublings && indicator is QuantityIndicator quantity:
                return CheckDoubling(claim, index, figure, data.GetSeries(quantity, claim.Region));
            case ClaimKind.ThresholdHeld when indicator is RateIndicator rate && figure.Unit.Kind == FigureUnitKind.Percent:
                return CheckThreshold(claim, index, figure, data.GetRateSeries(rate, claim.Region));
            case ClaimKind.CumulativeTotal or ClaimKind.Count or ClaimKind.ThresholdHeld when indicator is QuantityIndicator quantity:
                // A count's bound (突破1000件, 4000个以上) is the total or stock, read by the figure's qualifier.
                return CheckTotal(claim, index, figure, data.GetSeries(quantity, claim.Region));
            case ClaimKind.Structure when claim.Subjects.Count > 1 && indicator is QuantityIndicator:
                return CheckShare(claim, index, figure, data);
            case ClaimKind.PlanProgress when figure.Unit.Kind == FigureUnitKind.Percent:
                return CheckProgress(claim, index, figure, indicator, data);
            default:
                return ClaimVerdict.Unverifiable(claim, index, ["a check of a " + claim.Kind + " claim with " + figure + " on " + indicator.Code]);
        }
    }

    private static bool TryIndicator(Claim claim, int index, DataSet data, out Indicator indicator, out string missing)
    {
        indicator = null!;
        var subject = claim.Subjects[index];
        if (subject.IndicatorCode is not { } code || !data.Catalog.TryGet(code, out var found))
        {
            missing = "the indicator of " + subject;
            return false;
        }

        indicator = found;
        if (claim.Kind == ClaimKind.Streak && claim.IsShared)
        {
            foreach (var other in claim.Subjects)
            {
                if (other.IndicatorCode is not { } c || !data.Catalog.TryGet(c, out var o) || !data.Contains(o, claim.Region))
                {
                    missing = "the series of " + other + " in " + claim.Region;
                    return false;
                }
            }
        }

        missing = "the series of " + subject + " in " + claim.Region;
        return data.Contains(found, claim.Region);
    }

    // ---- spans ----------------------------------------------------------------------------------------------

    /// <summary>The last period of the data at or before the publication date (the month of publication is not over).</summary>
    private static SeriesPeriod LastPeriod(Claim claim, SeriesPeriod end, Frequency frequency)
    {
        var published = SeriesPeriod.Containing(claim.Published, frequency).Previous();
        return end < published ? end : published;
    }

    private static CalendarPeriod Span(SeriesPeriod from, SeriesPeriod to) => CalendarPeriod.ForMonths(from.FirstMonth.ToYearMonth(), to.LastMonth.ToYearMonth());

    /// <summary>The current spans an unstated period may mean, latest first: the latest period, the year to date, the
    /// last whole year; a stated period is the one span.</summary>
    private static List<(SeriesPeriod From, SeriesPeriod To)> CurrentSpans(Claim claim, SeriesPeriod last, Frequency frequency)
    {
        if (claim.Period is { } stated)
        {
            var (first, end) = SeriesPeriod.Cover(stated, frequency);
            return [(first, end)];
        }

        var spans = new List<(SeriesPeriod, SeriesPeriod)> { (last, last) };
        var yearStart = SeriesPeriod.FirstOfYear(last.Year, frequency);
        if (yearStart != last)
        {
            spans.Add((yearStart, last));
        }

        var lastWholeYear = last.Number == SeriesPeriod.PeriodsPerYear(frequency) ? last.Year : last.Year - 1;
        var wholeFrom = SeriesPeriod.FirstOfYear(lastWholeYear, frequency);
        var wholeTo = wholeFrom.PlusPeriods(SeriesPeriod.PeriodsPerYear(frequency) - 1);
        if (wholeFrom != yearStart || wholeTo != last)
        {
            spans.Add((wholeFrom, wholeTo));
        }

        return spans;
    }

    /// <summary>The readings of a change's base: each a reading kind, the current span and the base span.</summary>
    private static List<(ClaimReadingKind Kind, SeriesPeriod From, SeriesPeriod To, SeriesPeriod BaseFrom, SeriesPeriod BaseTo)> Readings(Claim claim, SeriesPeriod last, Frequency frequency)
    {
        var readings = new List<(ClaimReadingKind, SeriesPeriod, SeriesPeriod, SeriesPeriod, SeriesPeriod)>();
        var perYear = SeriesPeriod.PeriodsPerYear(frequency);
        var lastWholeYear = last.Number == perYear ? last.Year : last.Year - 1;
        switch (claim.Base.Kind)
        {
            case ClaimBaseKind.PeriodOnPeriod:
                foreach (var (from, to) in CurrentSpans(claim, last, frequency))
                {
                    var length = from.PeriodsUntil(to) + 1;
                    readings.Add((ClaimReadingKind.AsWorded, from, to, from.MinusPeriods(length), to.MinusPeriods(length)));
                }

                break;
            case ClaimBaseKind.Plan or ClaimBaseKind.PlanSameSpan:
                var basePlan = claim.Base.Plan!.Value;
                var to2 = claim.Period is { } p ? SeriesPeriod.Cover(p, frequency).Last : last;
                var plan = FiveYearPlan.ForYear(to2.Year) ?? basePlan.Next();
                var from2 = SeriesPeriod.Cover(plan.Period, frequency).First;
                var years = plan.FirstYear - basePlan.FirstYear;
                var (sameFrom, sameTo) = (from2.PlusYears(-years), to2.PlusYears(-years));
                var (wholeFrom, wholeTo) = SeriesPeriod.Cover(basePlan.Period, frequency);
                var planRunning = to2 < SeriesPeriod.Cover(plan.Period, frequency).Last;
                if (claim.Base.Kind == ClaimBaseKind.PlanSameSpan || !planRunning)
                {
                    readings.Add((ClaimReadingKind.AsWorded, from2, to2, claim.Base.Kind == ClaimBaseKind.PlanSameSpan ? sameFrom : wholeFrom, claim.Base.Kind == ClaimBaseKind.PlanSameSpan ? sameTo : wholeTo));
                }
                else
                {
                    readings.Add((ClaimReadingKind.WholePlan, from2, to2, wholeFrom, wholeTo));
                    readings.Add((ClaimReadingKind.SameSpan, from2, to2, sameFrom, sameTo));
                }

                break;
            case ClaimBaseKind.Year:
                foreach (var (from, to) in claim.Period is null ? [(SeriesPeriod.FirstOfYear(lastWholeYear, frequency), SeriesPeriod.FirstOfYear(lastWholeYear, frequency).PlusPeriods(perYear - 1))] : CurrentSpans(claim, last, frequency))
                {
                    var back = from.Year - claim.Base.Year!.Value;
                    readings.Add((ClaimReadingKind.AsWorded, from, to, from.PlusYears(-back), to.PlusYears(-back)));
                }

                break;
            case ClaimBaseKind.RecentYears:
                var n = claim.Base.Years!.Value;
                var lastYear = claim.Period is { } q ? q.End.Year : lastWholeYear;
                var yearEnd = SeriesPeriod.FirstOfYear(lastYear, frequency).PlusPeriods(perYear - 1);
                var yearStart = SeriesPeriod.FirstOfYear(lastYear, frequency);
                readings.Add((ClaimReadingKind.LatestYearAgainstYearsBefore, yearStart, yearEnd, yearStart.PlusYears(-n), yearEnd.PlusYears(-n)));
                var spanStart = SeriesPeriod.FirstOfYear(lastYear - n + 1, frequency);
                readings.Add((ClaimReadingKind.RecentYearsAgainstPrecedingYears, spanStart, yearEnd, spanStart.PlusYears(-n), yearEnd.PlusYears(-n)));
                break;
            case ClaimBaseKind.PreviousYear:
                var whole = SeriesPeriod.FirstOfYear(claim.Period is { } y ? y.End.Year : lastWholeYear, frequency);
                readings.Add((ClaimReadingKind.AsWorded, whole, whole.PlusPeriods(perYear - 1), whole.PlusYears(-1), whole.PlusPeriods(perYear - 1).PlusYears(-1)));
                break;
            default:
                // 同比, 比上年同期, or unstated: the same span a year earlier.
                foreach (var (from, to) in CurrentSpans(claim, last, frequency))
                {
                    readings.Add((ClaimReadingKind.AsWorded, from, to, from.PlusYears(-1), to.PlusYears(-1)));
                }

                break;
        }

        return readings;
    }

    // ---- checks ---------------------------------------------------------------------------------------------

    private static ClaimVerdict CheckRate(Claim claim, int index, PublishedFigure figure, RateSeries series)
    {
        var last = LastPeriod(claim, series.End, series.Frequency);
        ClaimVerdict? firstMiss = null;
        foreach (var (from, to) in CurrentSpans(claim, last, series.Frequency))
        {
            var rate = Rates.Over(series, from, to);
            var verdict = Decide(claim, index, figure, rate.IsDefined, rate.Reason, rate.Numerator, rate.Denominator, Span(from, to), rate.ToPercent(ValueDecimals));
            if (verdict.Kind == ClaimVerdictKind.Holds)
            {
                return verdict;
            }

            firstMiss ??= verdict;
        }

        return firstMiss!;
    }

    private static ClaimVerdict CheckChange(Claim claim, int index, PublishedFigure figure, Indicator indicator, DataSet data)
    {
        var isRate = indicator is RateIndicator;
        var frequency = isRate ? data.GetRateSeries((RateIndicator)indicator, claim.Region).Frequency : data.GetSeries((QuantityIndicator)indicator, claim.Region).Frequency;
        var end = isRate ? data.GetRateSeries((RateIndicator)indicator, claim.Region).End : data.GetSeries((QuantityIndicator)indicator, claim.Region).End;
        var last = LastPeriod(claim, end, frequency);
        var tried = new List<(ClaimReading Reading, ClaimVerdict Verdict)>();
        foreach (var (kind, from, to, baseFrom, baseTo) in Readings(claim, last, frequency))
        {
            if (isRate)
            {
                var series = data.GetRateSeries((RateIndicator)indicator, claim.Region);
                var comparison = Rates.Compare(Rates.Over(series, from, to), Rates.Over(series, baseFrom, baseTo));
                if (comparison.Reason != UndefinedReason.None)
                {
                    tried.Add((new ClaimReading(kind, Span(from, to), 0m, false), ClaimVerdict.Undefined(claim, index, comparison.Reason, Span(from, to))));
                    continue;
                }

                var fits = RateReadings(comparison, figure, null);
                var points = comparison.ToPercentagePoints(ValueDecimals)!.Value;
                if (figure.Unit.Kind is FigureUnitKind.PercentagePoints or FigureUnitKind.PermillePoints)
                {
                    var holds = (fits & RateChangeReadings.PercentagePoints) != 0;
                    tried.Add((new ClaimReading(kind, Span(from, to), points, holds), holds ? ClaimVerdict.Holds(claim, index, Trim(points), Span(from, to)) : ClaimVerdict.Contradicted(claim, index, Trim(points), PublishedFigure.FromChange(points, figure.Decimals, figure.Unit), Span(from, to))));
                    continue;
                }

                // A rate “提升11.53%”: percentage points or percent of the old rate — both readings, always reported.
                var relative = comparison.ToRelativePercent(ValueDecimals);
                var pointsFit = (fits & RateChangeReadings.PercentagePoints) != 0;
                tried.Add((new ClaimReading(Combine(kind, ClaimReadingKind.PercentagePoints), ClaimReadingKind.PercentagePoints, Span(from, to), Trim(points), pointsFit), pointsFit ? ClaimVerdict.Holds(claim, index, Trim(points), Span(from, to)) : ClaimVerdict.Contradicted(claim, index, Trim(points), null, Span(from, to))));
                if (relative is { } r)
                {
                    var relativeFits = (fits & RateChangeReadings.Relative) != 0;
                    tried.Add((new ClaimReading(Combine(kind, ClaimReadingKind.RelativeChange), ClaimReadingKind.RelativeChange, Span(from, to), Trim(r), relativeFits), relativeFits ? ClaimVerdict.Holds(claim, index, Trim(r), Span(from, to)) : ClaimVerdict.Contradicted(claim, index, Trim(r), null, Span(from, to))));
                }

                continue;
            }

            var change = Changes.BetweenSpans(data.GetSeries((QuantityIndicator)indicator, claim.Region), from, to, baseFrom, baseTo);
            var value = change.IsDefined ? Trim((decimal)(change.Current - change.Base) * figure.Unit.FractionScale / change.Base) : (decimal?)null;
            var verdict = Decide(claim, index, figure, change.IsDefined, change.Reason, change.Current - (change.IsComparable ? change.Base : 0), change.IsDefined ? change.Base : 0, Span(from, to), value, asChange: true);
            tried.Add((new ClaimReading(kind, Span(from, to), value ?? 0m, verdict.Kind == ClaimVerdictKind.Holds), verdict));
        }

        return UnstatedBase(claim, index, tried, Conclude(claim, index, tried));
    }

    /// <summary>A change whose base the text leaves unstated is read as 同比 over the candidate spans; when none of them
    /// fits, the base may be another (近五年, 较“十三五”…), so the verdict is ambiguous with the readings tried rather than
    /// contradicted (one reading only stays contradicted).</summary>
    private static ClaimVerdict UnstatedBase(Claim claim, int index, List<(ClaimReading Reading, ClaimVerdict Verdict)> tried, ClaimVerdict verdict) =>
        claim.Base.Kind == ClaimBaseKind.Unstated && verdict.Kind == ClaimVerdictKind.Contradicted && tried.Count >= 2
            ? ClaimVerdict.Ambiguous(claim, index, tried.Select(t => t.Reading))
            : verdict;

    /// <summary>The verdict of the readings tried: a rate's %-change and 较“十三五” without 同期 while the plan runs are
    /// ambiguous words, reported with every reading; otherwise the one reading (or candidate period) that fits holds,
    /// several that fit are ambiguous, and none is the first one's verdict.</summary>
    private static ClaimVerdict Conclude(Claim claim, int index, List<(ClaimReading Reading, ClaimVerdict Verdict)> tried)
    {
        var readings = tried.Select(t => t.Reading).ToList();
        var ambiguousWords = readings.Any(r => r.Kind is ClaimReadingKind.PercentagePoints or ClaimReadingKind.RelativeChange or ClaimReadingKind.WholePlan or ClaimReadingKind.SameSpan);
        if (ambiguousWords && readings.Count >= 2)
        {
            return ClaimVerdict.Ambiguous(claim, index, readings);
        }

        var fitting = tried.Where(t => t.Reading.Fits).ToList();
        if (fitting.Count > 1 && fitting.Select(t => t.Reading.Kind).Distinct().Count() > 1)
        {
            return ClaimVerdict.Ambiguous(claim, index, readings);
        }

        return fitting.Count > 0 ? fitting[0].Verdict : tried[0].Verdict;
    }

    private static ClaimReadingKind Combine(ClaimReadingKind basis, ClaimReadingKind reading) =>
        // A rate's change against an ambiguous plan base keeps the base's reading; the points/percent reading is
        // named by the kind when the base is worded plainly.
        basis == ClaimReadingKind.AsWorded ? reading : basis;

    private static ClaimVerdict CheckAbsoluteChange(Claim claim, int index, PublishedFigure figure, IndicatorSeries series)
    {
        var last = LastPeriod(claim, series.End, series.Frequency);
        var (from, to) = claim.Period is { } stated ? SeriesPeriod.Cover(stated, series.Frequency) : (SeriesPeriod.FirstOfYear(last.Year, series.Frequency), last);
        var tried = new List<(ClaimReading, ClaimVerdict)>();
        var change = Changes.BetweenSpans(series, from, to, from.PlusYears(-1), to.PlusYears(-1));
        if (change.IsComparable)
        {
            var difference = change.Current - change.Base;
            var fits = figure.IsConsistentWith(difference);
            tried.Add((new ClaimReading(ClaimReadingKind.DifferenceFromPreviousYear, Span(from, to), difference, fits), fits ? ClaimVerdict.Holds(claim, index, difference, Span(from, to)) : ClaimVerdict.Contradicted(claim, index, difference, null, Span(from, to))));
        }

        if (series.Indicator.MeasureKind == MeasureKind.Flow && claim.Base.Kind == ClaimBaseKind.Unstated)
        {
            var total = Totals.Over(series, from, to);
            if (total.IsDefined)
            {
                var fits = figure.IsConsistentWith(total.Value);
                tried.Add((new ClaimReading(ClaimReadingKind.TotalOfPeriod, Span(from, to), total.Value, fits), fits ? ClaimVerdict.Holds(claim, index, total.Value, Span(from, to)) : ClaimVerdict.Contradicted(claim, index, total.Value, null, Span(from, to))));
            }
        }

        return tried.Count == 0 ? ClaimVerdict.Undefined(claim, index, change.Reason, Span(from, to)) : Conclude(claim, index, tried.ToList());
    }

    private static ClaimVerdict CheckStreak(Claim claim, int index, PublishedFigure figure, DataSet data)
    {
        var indicators = (claim.IsShared ? claim.Subjects : [claim.Subjects[index]]).Select(s => data.Catalog.TryGet(s.IndicatorCode!, out var i) ? i : null).ToList();
        if (indicators.Any(i => i is not QuantityIndicator))
        {
            return ClaimVerdict.Unverifiable(claim, index, ["a check of a streak of rates"]);
        }

        var series = indicators.Select(i => data.GetSeries((QuantityIndicator)i!, claim.Region)).ToArray();
        var yearly = figure.Unit.Text == "年";
        var streak = yearly
            ? Streaks.Find(series[0].Frequency == Frequency.Year ? series[0] : Rollups.ToFrequency(WholeYears(series[0]), Frequency.Year), o => o.Value > 0)
            : Streaks.YearOnYearDeclines(series);
        var run = streak.Current;
        var length = run.Length;
        CalendarPeriod? period = run.IsEmpty ? null : Span(run.First, run.Last);
        return streak.HoldsFor((int)figure.Value)
            ? ClaimVerdict.Holds(claim, index, length, period)
            : ClaimVerdict.Contradicted(claim, index, length, new PublishedFigure(length, figure.Unit), period);
    }

    /// <summary>The series up to the end of its last whole year: a year still running is not yet a year of a streak
    /// (rolled up, it would be a gap ending every run). A series without a whole year is left as it is.</summary>
    private static IndicatorSeries WholeYears(IndicatorSeries series)
    {
        var end = series.End.Number == SeriesPeriod.PeriodsPerYear(series.Frequency) ? series.End : SeriesPeriod.FirstOfYear(series.End.Year, series.Frequency).Previous();
        return end < series.Start ? series : series.Slice(series.Start, end);
    }

    private static ClaimVerdict CheckThreshold(Claim claim, int index, PublishedFigure figure, RateSeries series)
    {
        var last = LastPeriod(claim, series.End, series.Frequency);
        var (from, to) = claim.Period is { } stated
            ? SeriesPeriod.Cover(stated, series.Frequency)
            : (SeriesPeriod.Cover((FiveYearPlan.ForYear(last.Year) ?? FiveYearPlan.FromOrdinal(1)).Period, series.Frequency).First, last);
        // A stated span reaching outside the data: the part inside can still break the threshold, never hold it.
        var inside = from >= series.Start && to <= series.End;
        var first = from < series.Start ? series.Start : from;
        var end = to > series.End ? series.End : to;
        if (first > end)
        {
            return ClaimVerdict.Undefined(claim, index, UndefinedReason.MissingCurrent, Span(from, to));
        }

        var check = figure.Qualifier switch
        {
            FigureQualifier.AtLeast => Thresholds.HeldAtOrAbove(series, new Percentage(figure.Value), first, end),
            FigureQualifier.AtMost => Thresholds.HeldAtOrBelow(series, new Percentage(figure.Value), first, end),
            _ => Thresholds.HeldAbove(series, new Percentage(figure.Value), first, end), // 超过, 突破: strictly above
        };
        return check.Outcome switch
        {
            ThresholdOutcome.Held when inside => ClaimVerdict.Holds(claim, index, null, Span(from, to)),
            ThresholdOutcome.Broken => ClaimVerdict.Contradicted(claim, index, null, null, check.FirstFailure!.Value.ToCalendarPeriod()),
            _ => ClaimVerdict.Undefined(claim, index, check.Reason == UndefinedReason.None ? UndefinedReason.MissingCurrent : check.Reason, Span(from, to)),
        };
    }

    /// <summary>翻n番 against the base the claim names: the current span is 2ⁿ times the base or more and less than 2ⁿ⁺¹
    /// times (翻一番 is doubled, not yet quadrupled); 以上 drops the upper end, 超过 and 突破 ask for more than 2ⁿ. The
    /// value is the factor current / base, exact as the two counts.</summary>
    private static ClaimVerdict CheckDoubling(Claim claim, int index, PublishedFigure figure, IndicatorSeries series)
    {
        if (figure.Qualifier is not (FigureQualifier.Exact or FigureQualifier.AtLeast or FigureQualifier.Exceeding or FigureQualifier.Breaking) || figure.Decimals != 0 || figure.Value > 60m)
        {
            return ClaimVerdict.Unverifiable(claim, index, ["a check of " + figure + " (翻番 is checked as a whole number of doublings, exact or with 以上, 超过, 突破)"]);
        }

        var doublings = (int)figure.Value;
        var last = LastPeriod(claim, series.End, series.Frequency);
        var tried = new List<(ClaimReading Reading, ClaimVerdict Verdict)>();
        foreach (var (kind, from, to, baseFrom, baseTo) in Readings(claim, last, series.Frequency))
        {
            var change = Changes.BetweenSpans(series, from, to, baseFrom, baseTo);
            if (!change.IsDefined || change.Base < 0 || change.Current < 0)
            {
                tried.Add((new ClaimReading(kind, Span(from, to), 0m, false), ClaimVerdict.Undefined(claim, index, change.IsDefined ? UndefinedReason.NotComputed : change.Reason, Span(from, to))));
                continue;
            }

            var low = (decimal)change.Base * (1L << doublings);
            decimal current = change.Current;
            var fits = figure.Qualifier switch
            {
                FigureQualifier.AtLeast => current >= low,
                FigureQualifier.Exceeding or FigureQualifier.Breaking => current > low,
                _ => current >= low && current < low * 2,
            };
            var factor = Trim(decimal.Round(current / change.Base, ValueDecimals, MidpointRounding.AwayFromZero));
            var verdict = fits
                ? ClaimVerdict.Holds(claim, index, factor, Span(from, to))
                : ClaimVerdict.Contradicted(claim, index, factor, null, Span(from, to));
            tried.Add((new ClaimReading(kind, Span(from, to), factor, fits), verdict.WithFraction(change.Current, change.Base, isChange: false)));
        }

        return Conclude(claim, index, tried);
    }

    /// <summary>A share of a structure of several subjects (“盗窃、“两抢”、其他分别占60%、15%、25%”): the subject's total
    /// (a stock's value at the end) over the sum of every subject's, over the stated period or the candidate spans.</summary>
    private static ClaimVerdict CheckShare(Claim claim, int index, PublishedFigure figure, DataSet data)
    {
        var series = new List<IndicatorSeries>(claim.Subjects.Count);
        foreach (var subject in claim.Subjects)
        {
            if (subject.IndicatorCode is not { } code || !data.Catalog.TryGet(code, out var found) || found is not QuantityIndicator quantity || !data.Contains(found, claim.Region))
            {
                return ClaimVerdict.Unverifiable(claim, index, ["the series of " + subject + " in " + claim.Region]);
            }

            series.Add(data.GetSeries(quantity, claim.Region));
        }

        var own = series[index];
        if (series.Any(s => s.Frequency != own.Frequency || s.Indicator.MeasureKind != own.Indicator.MeasureKind))
        {
            return ClaimVerdict.Unverifiable(claim, index, ["a check of a structure whose parts differ in frequency or in kind of measure"]);
        }

        var end = series.Min(s => s.End);
        var start = series.Max(s => s.Start);
        var last = LastPeriod(claim, end, own.Frequency);
        var stock = own.Indicator.MeasureKind == MeasureKind.Stock;
        ClaimVerdict? firstMiss = null;
        foreach (var (from0, to) in CurrentSpans(claim, last, own.Frequency))
        {
            var from = stock ? to : from0;
            if (from < start || to > end)
            {
                firstMiss ??= ClaimVerdict.Undefined(claim, index, UndefinedReason.MissingCurrent, Span(from, to));
                continue;
            }

            long part = 0, whole = 0;
            var reason = UndefinedReason.None;
            for (var i = 0; i < series.Count && reason == UndefinedReason.None; i++)
            {
                long value;
                if (stock)
                {
                    if (!series[i].TryGetValue(to, out value))
                    {
                        reason = UndefinedReason.MissingCurrent;
                        continue;
                    }
                }
                else
                {
                    var total = Totals.Over(series[i], from, to);
                    if (!total.IsDefined)
                    {
                        reason = total.Reason;
                        continue;
                    }

                    value = total.Value;
                }

                whole = checked(whole + value);
                part = i == index ? value : part;
            }

            ClaimVerdict verdict;
            if (reason != UndefinedReason.None || whole <= 0)
            {
                verdict = ClaimVerdict.Undefined(claim, index, reason == UndefinedReason.None ? UndefinedReason.ZeroDenominator : reason, Span(from, to));
            }
            else
            {
                // A bare share (2.8:41.1:56.1) is a percentage like one printed with %.
                var value = Trim(decimal.Round((decimal)part * 100 / whole, ValueDecimals, MidpointRounding.AwayFromZero));
                verdict = figure.GetSignedInterval().Contains(part, whole, 100)
                    ? ClaimVerdict.Holds(claim, index, value, Span(from, to)).WithFraction(part, whole, isChange: false)
                    : ClaimVerdict.Contradicted(claim, index, value, PublishedFigure.FromValue(value, figure.Decimals, figure.Unit), Span(from, to)).WithFraction(part, whole, isChange: false);
            }

            if (verdict.Kind == ClaimVerdictKind.Holds)
            {
                return verdict;
            }

            firstMiss ??= verdict;
        }

        return firstMiss!;
    }

    private static ClaimVerdict CheckTotal(Claim claim, int index, PublishedFigure figure, IndicatorSeries series)
    {
        var last = LastPeriod(claim, series.End, series.Frequency);
        var spans = new List<(SeriesPeriod From, SeriesPeriod To)>();
        if (series.Indicator.MeasureKind == MeasureKind.Stock)
        {
            // A stock is its value at the period's end.
            var at = claim.Period is { } stated ? SeriesPeriod.Cover(stated, series.Frequency).Last : last;
            if (!series.TryGetValue(at, out var stock))
            {
                return ClaimVerdict.Undefined(claim, index, UndefinedReason.MissingCurrent, at.ToCalendarPeriod());
            }

            return figure.IsConsistentWith(stock)
                ? ClaimVerdict.Holds(claim, index, stock, at.ToCalendarPeriod())
                : ClaimVerdict.Contradicted(claim, index, stock, null, at.ToCalendarPeriod());
        }

        if (claim.Period is { } period)
        {
            spans.Add(SeriesPeriod.Cover(period, series.Frequency));
        }
        else
        {
            // Unstated: the current plan so far, then the year so far, then each whole year back to the plan's start.
            var plan = FiveYearPlan.ForYear(last.Year) ?? FiveYearPlan.FromOrdinal(1);
            spans.Add((SeriesPeriod.Cover(plan.Period, series.Frequency).First, last));
            spans.AddRange(CurrentSpans(claim, last, series.Frequency).Skip(1));
        }

        ClaimVerdict? firstMiss = null;
        foreach (var (from, to) in spans)
        {
            var total = Totals.Over(series, from, to);
            var verdict = total.IsDefined
                ? figure.IsConsistentWith(total.Value)
                    ? ClaimVerdict.Holds(claim, index, total.Value, Span(from, to))
                    : ClaimVerdict.Contradicted(claim, index, total.Value, null, Span(from, to))
                : ClaimVerdict.Undefined(claim, index, total.Reason, Span(from, to));
            if (verdict.Kind == ClaimVerdictKind.Holds)
            {
                return verdict;
            }

            firstMiss ??= verdict;
        }

        return firstMiss!;
    }

    /// <summary>A verdict from the exact parts of a calculation: the figure holds when the fraction prints as it.</summary>
    private static ClaimVerdict Decide(Claim claim, int index, PublishedFigure figure, bool defined, UndefinedReason reason, long numerator, long denominator, CalendarPeriod period, decimal? value, bool asChange = false)
    {
        if (!defined)
        {
            return ClaimVerdict.Undefined(claim, index, reason == UndefinedReason.None ? UndefinedReason.NotComputed : reason, period);
        }

        var trimmed = value is { } v ? Trim(v) : (decimal?)null;
        if (figure.IsConsistentWith(numerator, denominator))
        {
            return ClaimVerdict.Holds(claim, index, trimmed, period).WithFraction(numerator, denominator, asChange);
        }

        PublishedFigure? printed = trimmed is { } t
            ? asChange ? PublishedFigure.FromChange(t, figure.Decimals, figure.Unit) : PublishedFigure.FromValue(t, figure.Decimals, figure.Unit)
            : null;
        return ClaimVerdict.Contradicted(claim, index, trimmed, printed, period).WithFraction(numerator, denominator, asChange);
    }

    /// <summary>
    /// Which readings of a published rate change fit, its qualifier read by <paramref name="policy"/> (null: the
    /// default): “提升11.53%” within its rounding, “提升11%以上” at 11 or more, “提升近11.6%” just under 11.6 — as
    /// percentage points, as a relative change, both, or none. Each reading's exact fraction (from the rates' parts) is
    /// compared with the figure's signed interval by big-integer cross-multiplication; an exact figure gives what
    /// <see cref="RateComparison.Readings(decimal, int)"/> gives.
    /// </summary>
    internal static RateChangeReadings RateReadings(RateComparison comparison, PublishedFigure figure, QualifierPolicy? policy)
    {
        Preconditions.CheckArgument(figure.Unit.Kind is FigureUnitKind.Percent or FigureUnitKind.Permille or FigureUnitKind.PercentagePoints or FigureUnitKind.PermillePoints, nameof(figure), "A rate's change is printed in %, ‰, 个百分点 or 个千分点, but was {0}.", figure);
        var result = RateChangeReadings.None;
        if (comparison.Reason != UndefinedReason.None)
        {
            return result;
        }

        var interval = figure.GetSignedInterval(policy);
        var (cn, cd, bn, bd) = (new BigInteger(comparison.Current.Numerator), new BigInteger(comparison.Current.Denominator), new BigInteger(comparison.Base.Numerator), new BigInteger(comparison.Base.Denominator));
        var difference = ((cn * bd) - (bn * cd)) * figure.Unit.FractionScale;
        if (Contains(interval, difference, cd * bd))
        {
            result |= RateChangeReadings.PercentagePoints;
        }

        if (!bn.IsZero && Contains(interval, difference, cd * bn))
        {
            result |= RateChangeReadings.Relative;
        }

        return result;
    }

    /// <summary>Whether n/d (d &gt; 0) lies in the interval, compared exactly.</summary>
    private static bool Contains(FigureInterval interval, BigInteger n, BigInteger d)
    {
        if (interval.IsEmpty)
        {
            return false;
        }

        if (interval.Lower is { } lower)
        {
            WideArithmetic.ToBigFraction(lower, out var ln, out var ld);
            var c = (n * ld).CompareTo(ln * d);
            if (c < 0 || (c == 0 && !interval.IncludesLower))
            {
                return false;
            }
        }

        if (interval.Upper is { } upper)
        {
            WideArithmetic.ToBigFraction(upper, out var un, out var ud);
            var c = (n * ud).CompareTo(un * d);
            if (c > 0 || (c == 0 && !interval.IncludesUpper))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The value without trailing zeros.</summary>
    private static decimal Trim(decimal value) => value / 1.0000000000000000000000000000m;
}
