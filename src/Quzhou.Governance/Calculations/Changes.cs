using System;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Periods;
using Quzhou.Governance.Series;
using Quzhou.Governance.Quantities;

namespace Quzhou.Governance.Calculations;

/// <summary>
/// Changes of count and amount series: year-on-year (同比, matched by calendar), period-on-period (环比),
/// against any base period, and a span's total against a base span (较“十三五”同期, 较“十三五”). Every result
/// keeps the exact pair current/base; undefined results carry their <see cref="UndefinedReason"/>.
/// </summary>
public static partial class Changes
{
    /// <summary>同比: <paramref name="period"/> against the same period a year earlier (2025-10 against 2024-10),
    /// matched by calendar even when other periods are missing.</summary>
    /// <param name="series">The series.</param>
    /// <param name="period">The current period, of the series' frequency.</param>
    /// <returns>The change.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    /// <exception cref="ArgumentException">The period's frequency differs from the series'.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> has no period a year earlier in the years 1–9999.</exception>
    public static PeriodChange YearOnYear(IndicatorSeries series, SeriesPeriod period)
    {
        Preconditions.CheckNotNull(series, nameof(series));
        return Between(series, period, period.PlusYears(-1, nameof(period), period));
    }

    /// <summary>同比按可比口径: <paramref name="period"/> against <paramref name="comparableBase"/>, the same period of the
    /// previous year restated on the current basis (上年同期按可比口径调整后的数, published beside the figure after a
    /// break in basis; <c>DataSet.TryGetComparableBase</c> gives it). Because the base is on the current basis, a break
    /// between the two periods does not leave the change undefined, as it does for <see cref="YearOnYear(IndicatorSeries, SeriesPeriod)"/>;
    /// the previous year's first-published value in the series is not used.</summary>
    /// <param name="series">The series (of year-to-date totals for a year-to-date base).</param>
    /// <param name="period">The current period, of the series' frequency.</param>
    /// <param name="comparableBase">The restated base: a count, or an amount in 分.</param>
    /// <returns>The change; undefined when the current period is missing, or the base is zero.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    /// <exception cref="ArgumentException">The period's frequency differs from the series'.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> has no period a year earlier in the years 1–9999.</exception>
    public static PeriodChange YearOnYearOnComparableBasis(IndicatorSeries series, SeriesPeriod period, long comparableBase)
    {
        Preconditions.CheckNotNull(series, nameof(series));
        var basePeriod = period.PlusYears(-1, nameof(period), period);
        var i = series.IndexOf(period);
        var flags = series.RawFlags;
        var hasCurrent = unchecked((uint)i) < unchecked((uint)flags.Length) && flags[i] != PointFlags.Gap;
        return new PeriodChange(period, basePeriod, hasCurrent ? series.RawValues[i] : 0, comparableBase, hasCurrent ? UndefinedReason.None : UndefinedReason.MissingCurrent);
    }

    /// <summary>环比: <paramref name="period"/> against the period before it.</summary>
    /// <param name="series">The series.</param>
    /// <param name="period">The current period, of the series' frequency.</param>
    /// <returns>The change.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    /// <exception cref="ArgumentException">The period's frequency differs from the series'.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is the first period of the year 1.</exception>
    public static PeriodChange PeriodOnPeriod(IndicatorSeries series, SeriesPeriod period)
    {
        Preconditions.CheckNotNull(series, nameof(series));
        return Between(series, period, period.PlusPeriods(-1, nameof(period), period));
    }

    /// <summary><paramref name="period"/> against any <paramref name="basePeriod"/> of the same frequency
    /// (近五年 as the latest year against the year five before: <c>Between(s, 2025, 2020)</c>).</summary>
    /// <param name="series">The series.</param>
    /// <param name="period">The current period.</param>
    /// <param name="basePeriod">The base period.</param>
    /// <returns>The change; undefined across a break in basis, a gap or a zero base.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    /// <exception cref="ArgumentException">A period's frequency differs from the series'.</exception>
    public static PeriodChange Between(IndicatorSeries series, SeriesPeriod period, SeriesPeriod basePeriod)
    {
        Preconditions.CheckNotNull(series, nameof(series));
        var i = series.IndexOf(period);
        var b = series.IndexOf(basePeriod);
        var flags = series.RawFlags;
        var values = series.RawValues;
        var hasCurrent = unchecked((uint)i) < unchecked((uint)values.Length) && flags[i] != PointFlags.Gap;
        var hasBase = unchecked((uint)b) < unchecked((uint)values.Length) && flags[b] != PointFlags.Gap;
        var current = hasCurrent ? values[i] : 0;
        var baseValue = hasBase ? values[b] : 0;
        UndefinedReason reason;
        if (!hasCurrent)
        {
            reason = UndefinedReason.MissingCurrent;
        }
        else if (!hasBase)
        {
            reason = UndefinedReason.MissingBase;
        }
        else if (Kernels.HasBreak(flags, Math.Min(i, b), Math.Max(i, b)))
        {
            reason = UndefinedReason.BasisBreak;
        }
        else
        {
            reason = UndefinedReason.None;
        }

        return new PeriodChange(period, basePeriod, current, baseValue, reason);
    }

    /// <summary>同比 of every period of <paramref name="series"/>; the first year has no base.</summary>
    /// <param name="series">The series.</param>
    /// <returns>The table of changes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    public static PeriodChangeTable YearOnYear(IndicatorSeries series)
    {
        Preconditions.CheckNotNull(series, nameof(series));
        return Lagged(series, SeriesPeriod.PeriodsPerYear(series.Frequency));
    }

    /// <summary>环比 of every period of <paramref name="series"/>; the first period has no base.</summary>
    /// <param name="series">The series.</param>
    /// <returns>The table of changes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    public static PeriodChangeTable PeriodOnPeriod(IndicatorSeries series)
    {
        Preconditions.CheckNotNull(series, nameof(series));
        return Lagged(series, 1);
    }

    /// <summary>同比 of every period of every series of <paramref name="panel"/>: one pass, no division, one byte per point.</summary>
    /// <param name="panel">The panel.</param>
    /// <returns>The table of changes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="panel"/> is null.</exception>
    public static PeriodChangeTable YearOnYear(SeriesPanel panel)
    {
        Preconditions.CheckNotNull(panel, nameof(panel));
        return LaggedTable(panel, SeriesPeriod.PeriodsPerYear(panel.Frequency));
    }

    /// <summary>
    /// 较“十三五”同期: the total of a flow over <paramref name="from"/>…<paramref name="to"/> against its total over the
    /// same span <paramref name="yearsEarlier"/> years before (2021-01…2025-10 against 2016-01…2020-10 for 5).
    /// </summary>
    /// <param name="series">A series of a flow indicator.</param>
    /// <param name="from">The first period of the current span.</param>
    /// <param name="to">The last period of the current span.</param>
    /// <param name="yearsEarlier">How many years before the base span lies (5 for the previous plan).</param>
    /// <returns>The change of the totals.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    /// <exception cref="ArgumentException">The indicator is a stock, a period has another frequency, or the span is reversed.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="yearsEarlier"/> is below 1 or moves a span before the year 1.</exception>
    public static SpanChange AgainstSameSpan(IndicatorSeries series, SeriesPeriod from, SeriesPeriod to, int yearsEarlier)
    {
        Preconditions.CheckNotNull(series, nameof(series));
        Preconditions.CheckArgumentRange(nameof(yearsEarlier), yearsEarlier, 1, SeriesPeriod.MaxYear);
        return BetweenSpans(series, from, to, from.PlusYears(-yearsEarlier, nameof(yearsEarlier), yearsEarlier), to.PlusYears(-yearsEarlier, nameof(yearsEarlier), yearsEarlier));
    }

    /// <summary>
    /// The total of a flow over <paramref name="from"/>…<paramref name="to"/> against its total over any base span:
    /// 较“十三五” as the whole previous plan (2021…2025 against 2016…2020), or 近五年 as the last five years against the five before.
    /// </summary>
    /// <param name="series">A series of a flow indicator.</param>
    /// <param name="from">The first period of the current span.</param>
    /// <param name="to">The last period of the current span.</param>
    /// <param name="baseFrom">The first period of the base span.</param>
    /// <param name="baseTo">The last period of the base span.</param>
    /// <returns>The change of the totals; undefined when a period of either span is missing (or outside the
    /// series), when the basis changed after the earlier span began, or against a zero total.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    /// <exception cref="ArgumentException">The indicator is a stock, a period has another frequency, or a span is reversed.</exception>
    public static SpanChange BetweenSpans(IndicatorSeries series, SeriesPeriod from, SeriesPeriod to, SeriesPeriod baseFrom, SeriesPeriod baseTo)
    {
        Preconditions.CheckNotNull(series, nameof(series));
        CheckFlow(series.Indicator);
        var i = series.IndexOf(from);
        var j = series.IndexOf(to);
        var bi = series.IndexOf(baseFrom);
        var bj = series.IndexOf(baseTo);
        Preconditions.CheckArgument(j >= i, nameof(to), "The span ends before it starts: {0}.", from.ToString() + ".." + to.ToString());
        Preconditions.CheckArgument(bj >= bi, nameof(baseTo), "The base span ends before it starts: {0}.", baseFrom.ToString() + ".." + baseTo.ToString());
        var values = series.RawValues;
        var flags = series.RawFlags;
        var n = values.Length;
        long current = 0, baseTotal = 0;
        var reason = UndefinedReason.None;
        if (i < 0 || j >= n)
        {
            reason = UndefinedReason.MissingCurrent;
        }
        else
        {
            current = Kernels.SumRange(values.AsSpan(i, j - i + 1), flags.AsSpan(i, j - i + 1), series.IsRegular, out var complete);
            reason = complete ? reason : UndefinedReason.MissingCurrent;
        }

        if (reason == UndefinedReason.None)
        {
            if (bi < 0 || bj >= n)
            {
                reason = UndefinedReason.MissingBase;
            }
            else
            {
                baseTotal = Kernels.SumRange(values.AsSpan(bi, bj - bi + 1), flags.AsSpan(bi, bj - bi + 1), series.IsRegular, out var complete);
                reason = complete ? reason : UndefinedReason.MissingBase;
            }
        }

        if (reason == UndefinedReason.None && !series.IsRegular && Kernels.HasBreak(flags, Math.Min(i, bi), Math.Max(j, bj)))
        {
            reason = UndefinedReason.BasisBreak;
        }

        return reason == UndefinedReason.None
            ? new SpanChange(from, to, baseFrom, baseTo, current, baseTotal, reason)
            : new SpanChange(from, to, baseFrom, baseTo, 0, 0, reason);
    }

    /// <summary>较“十三五”同期 for every series of <paramref name="panel"/>: one pass over the two spans.</summary>
    /// <param name="panel">A panel of a flow indicator.</param>
    /// <param name="from">The first period of the current span.</param>
    /// <param name="to">The last period of the current span.</param>
    /// <param name="yearsEarlier">How many years before the base span lies (5 for the previous plan).</param>
    /// <returns>One change per series, in series order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="panel"/> is null.</exception>
    /// <exception cref="ArgumentException">The indicator is a stock, or a span is not on the panel's axis.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="yearsEarlier"/> is below 1 or moves a span before the year 1.</exception>
    public static SpanChangeTable AgainstSameSpan(SeriesPanel panel, SeriesPeriod from, SeriesPeriod to, int yearsEarlier)
    {
        Preconditions.CheckNotNull(panel, nameof(panel));
        var seriesCount = panel.SeriesCount;
        var currents = new long[seriesCount];
        var bases = new long[seriesCount];
        var reasons = new byte[seriesCount];
        var (baseFrom, baseTo) = SameSpanInto(panel, from, to, yearsEarlier, currents, bases, reasons);
        return new SpanChangeTable(from, to, baseFrom, baseTo, currents, bases, reasons);
    }

    /// <summary>
    /// 较“十三五”同期 for every series of <paramref name="panel"/> into spans the caller owns, one element per series:
    /// the same totals and reasons as <see cref="AgainstSameSpan(SeriesPanel, SeriesPeriod, SeriesPeriod, int)"/>'s
    /// <see cref="SpanChange.Current"/>, <see cref="SpanChange.Base"/> and <see cref="SpanChange.Reason"/>. Allocates nothing.
    /// </summary>
    /// <param name="panel">A panel of a flow indicator.</param>
    /// <param name="from">The first period of the current span.</param>
    /// <param name="to">The last period of the current span.</param>
    /// <param name="yearsEarlier">How many years before the base span lies (5 for the previous plan).</param>
    /// <param name="currents">The current spans' totals (0 where undefined), <see cref="SeriesPanel.SeriesCount"/> long.</param>
    /// <param name="bases">The base spans' totals (0 where undefined), as long.</param>
    /// <param name="reasons">The reasons, as long.</param>
    /// <exception cref="ArgumentNullException"><paramref name="panel"/> is null.</exception>
    /// <exception cref="ArgumentException">The indicator is a stock, a span is not on the panel's axis, or a span's length is not the series count.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="yearsEarlier"/> is below 1 or moves a span before the year 1.</exception>
    public static void AgainstSameSpan(SeriesPanel panel, SeriesPeriod from, SeriesPeriod to, int yearsEarlier, Span<long> currents, Span<long> bases, Span<UndefinedReason> reasons)
    {
        Preconditions.CheckNotNull(panel, nameof(panel));
        BulkKernels.CheckLength(currents.Length, panel.SeriesCount, nameof(currents), panel.SeriesCount, 1);
        BulkKernels.CheckLength(bases.Length, panel.SeriesCount, nameof(bases), panel.SeriesCount, 1);
        BulkKernels.CheckLength(reasons.Length, panel.SeriesCount, nameof(reasons), panel.SeriesCount, 1);
        _ = SameSpanInto(panel, from, to, yearsEarlier, currents, bases, System.Runtime.InteropServices.MemoryMarshal.Cast<UndefinedReason, byte>(reasons));
    }

    private static (SeriesPeriod BaseFrom, SeriesPeriod BaseTo) SameSpanInto(SeriesPanel panel, SeriesPeriod from, SeriesPeriod to, int yearsEarlier, Span<long> currents, Span<long> bases, Span<byte> reasons)
    {
        CheckFlow(panel.Indicator);
        Preconditions.CheckArgumentRange(nameof(yearsEarlier), yearsEarlier, 1, SeriesPeriod.MaxYear);
        // The error's value is generic, boxed only when it throws, so the call allocates nothing.
        var baseFrom = from.PlusYears(-yearsEarlier, nameof(yearsEarlier), yearsEarlier);
        var baseTo = to.PlusYears(-yearsEarlier, nameof(yearsEarlier), yearsEarlier);
        var (i, count) = SeriesRange.Check(panel.Start, panel.Length, from, to);
        var (bi, _) = SeriesRange.Check(panel.Start, panel.Length, baseFrom, baseTo);
        var values = panel.RawValues;
        var flags = panel.RawFlags;
        var length = panel.Length;
        var seriesCount = panel.SeriesCount;
        var fits = panel.SumsFit(count);
        for (var s = 0; s < seriesCount; s++)
        {
            var offset = s * length;
            var regular = panel.Regular[s];
            if (regular && fits)
            {
                // The common case: no gaps, no breaks, sums that fit: one fused pass, nothing else to decide.
                var (c, b) = Kernels.SumTwoRangesUnchecked(values.AsSpan(offset + i, count), values.AsSpan(offset + bi, count));
                currents[s] = c;
                bases[s] = b;
                reasons[s] = b == 0 ? (byte)UndefinedReason.ZeroBase : (byte)UndefinedReason.None;
                continue;
            }

            var rowFlags = flags is null ? default : flags.AsSpan(offset, length);
            long current, baseTotal;
            bool hasCurrent = true, hasBase = true;
            if (regular)
            {
                (current, baseTotal) = Kernels.SumTwoRanges(values.AsSpan(offset + i, count), values.AsSpan(offset + bi, count));
            }
            else
            {
                current = Kernels.SumRange(values.AsSpan(offset + i, count), rowFlags.Slice(i, count), false, out hasCurrent);
                baseTotal = Kernels.SumRange(values.AsSpan(offset + bi, count), rowFlags.Slice(bi, count), false, out hasBase);
            }

            var reason = !hasCurrent ? UndefinedReason.MissingCurrent
                : !hasBase ? UndefinedReason.MissingBase
                : !regular && Kernels.HasBreak(rowFlags, bi, i + count - 1) ? UndefinedReason.BasisBreak
                : baseTotal == 0 ? UndefinedReason.ZeroBase
                : UndefinedReason.None;
            var comparable = reason is UndefinedReason.None or UndefinedReason.ZeroBase;
            currents[s] = comparable ? current : 0;
            bases[s] = comparable ? baseTotal : 0;
            reasons[s] = (byte)reason;
        }

        return (baseFrom, baseTo);
    }

    /// <summary>
    /// 较“十三五”同期: the total of a flow over <paramref name="from"/>…<paramref name="to"/> (2021-01…2025-10, inside one
    /// plan) against the same span of the previous plan (2016-01…2020-10), as
    /// <see cref="FiveYearPlan.SameSpanInPrevious(CalendarPeriod)"/> finds it.
    /// </summary>
    /// <param name="series">A series of a flow indicator.</param>
    /// <param name="from">The first period of the current span, of the series' frequency.</param>
    /// <param name="to">The last period of the current span, inside the same plan.</param>
    /// <returns>The change of the totals.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    /// <exception cref="ArgumentException">A period has another frequency, the span is reversed or not inside one plan
    /// that has a previous plan, or the indicator is a stock.</exception>
    public static SpanChange AgainstPreviousPlanSameSpan(IndicatorSeries series, SeriesPeriod from, SeriesPeriod to)
    {
        Preconditions.CheckNotNull(series, nameof(series));
        var span = SpanOf(series.Frequency, from, to);
        var plan = PlanOf(span);
        var (baseFrom, baseTo) = SeriesPeriod.Cover(plan.SameSpanInPrevious(span), series.Frequency);
        return BetweenSpans(series, from, to, baseFrom, baseTo);
    }

    /// <summary>
    /// 较“十三五” read as the whole previous plan: the total of a flow over <paramref name="from"/>…<paramref name="to"/>
    /// against the previous plan's five years. While a plan is running this and
    /// <see cref="AgainstPreviousPlanSameSpan(IndicatorSeries, SeriesPeriod, SeriesPeriod)"/> are the two readings; a checker tries both.
    /// </summary>
    /// <param name="series">A series of a flow indicator.</param>
    /// <param name="from">The first period of the current span, of the series' frequency.</param>
    /// <param name="to">The last period of the current span, inside the same plan.</param>
    /// <returns>The change of the totals.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    /// <exception cref="ArgumentException">A period has another frequency, the span is reversed or not inside one plan
    /// that has a previous plan, or the indicator is a stock.</exception>
    public static SpanChange AgainstPreviousPlan(IndicatorSeries series, SeriesPeriod from, SeriesPeriod to)
    {
        Preconditions.CheckNotNull(series, nameof(series));
        var plan = PlanOf(SpanOf(series.Frequency, from, to));
        var (baseFrom, baseTo) = SeriesPeriod.Cover(plan.Previous().Period, series.Frequency);
        return BetweenSpans(series, from, to, baseFrom, baseTo);
    }

    /// <summary>
    /// 近五年 read as <b>the latest year against the year <paramref name="years"/> before it</b>: the total of
    /// <paramref name="lastYear"/> against the total of <paramref name="lastYear"/> − <paramref name="years"/>
    /// (近五年下降23.6% as 2025 against 2020). The other reading is
    /// <see cref="RecentYearsAgainstPrecedingYears(IndicatorSeries, int, int)"/>; a checker tries both and says which fits.
    /// </summary>
    /// <param name="series">A series of a flow indicator, of any frequency (months are summed into years).</param>
    /// <param name="lastYear">The latest year.</param>
    /// <param name="years">How many years back the base year lies: 5 for 近五年.</param>
    /// <returns>The change of the two years' totals.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> is not positive, or a year is out of range.</exception>
    /// <exception cref="ArgumentException">The indicator is a stock.</exception>
    public static SpanChange LatestYearAgainstYearsBefore(IndicatorSeries series, int lastYear, int years)
    {
        Preconditions.CheckNotNull(series, nameof(series));
        Preconditions.CheckArgumentRange(nameof(years), years, 1, SeriesPeriod.MaxYear);
        var (from, to) = SeriesPeriod.Cover(CalendarPeriod.ForYear(lastYear), series.Frequency);
        var (baseFrom, baseTo) = SeriesPeriod.Cover(CalendarPeriod.ForYear(lastYear - years), series.Frequency);
        return BetweenSpans(series, from, to, baseFrom, baseTo);
    }

    /// <summary>
    /// 近五年 read as <b>the last <paramref name="years"/> years against the <paramref name="years"/> before them</b>:
    /// the total of 2021–2025 against the total of 2016–2020 for <paramref name="lastYear"/> 2025 and five years
    /// (windows from <see cref="CalendarPeriod.RecentYears(int, int)"/>). The other reading is
    /// <see cref="LatestYearAgainstYearsBefore(IndicatorSeries, int, int)"/>.
    /// </summary>
    /// <param name="series">A series of a flow indicator, of any frequency.</param>
    /// <param name="lastYear">The last year of the recent window.</param>
    /// <param name="years">The length of each window in years: 5 for 近五年.</param>
    /// <returns>The change of the two windows' totals.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> is not positive, or a window would start before year 1.</exception>
    /// <exception cref="ArgumentException">The indicator is a stock.</exception>
    public static SpanChange RecentYearsAgainstPrecedingYears(IndicatorSeries series, int lastYear, int years)
    {
        Preconditions.CheckNotNull(series, nameof(series));
        Preconditions.CheckArgumentRange(nameof(years), years, 1, SeriesPeriod.MaxYear);
        var recent = CalendarPeriod.RecentYears(years, lastYear);
        var (from, to) = SeriesPeriod.Cover(recent, series.Frequency);
        var (baseFrom, baseTo) = SeriesPeriod.Cover(recent.Previous(), series.Frequency);
        return BetweenSpans(series, from, to, baseFrom, baseTo);
    }

    /// <summary>较“十三五”同期 for every series of a panel (see <see cref="AgainstPreviousPlanSameSpan(IndicatorSeries, SeriesPeriod, SeriesPeriod)"/>).</summary>
    /// <param name="panel">A panel of a flow indicator.</param>
    /// <param name="from">The first period of the current span, of the panel's frequency.</param>
    /// <param name="to">The last period of the current span, inside the same plan.</param>
    /// <returns>One change per series, in series order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="panel"/> is null.</exception>
    /// <exception cref="ArgumentException">A period has another frequency, the span is reversed, not inside one plan or
    /// not on the axis; or the indicator is a stock.</exception>
    public static SpanChangeTable AgainstPreviousPlanSameSpan(SeriesPanel panel, SeriesPeriod from, SeriesPeriod to)
    {
        Preconditions.CheckNotNull(panel, nameof(panel));
        var plan = PlanOf(SpanOf(panel.Frequency, from, to));
        var years = plan.FirstYear - plan.Previous().FirstYear;
        return AgainstSameSpan(panel, from, to, years);
    }

    /// <summary>The calendar span from the start of <paramref name="from"/> to the end of <paramref name="to"/>.</summary>
    private static CalendarPeriod SpanOf(Frequency frequency, SeriesPeriod from, SeriesPeriod to)
    {
        Preconditions.CheckArgument(from.Frequency == frequency, nameof(from), "The period {0} is not of the series' frequency.", from);
        Preconditions.CheckArgument(to.Frequency == frequency, nameof(to), "The period {0} is not of the series' frequency.", to);
        Preconditions.CheckArgument(to.Ordinal >= from.Ordinal, nameof(to), "The span ends before it starts: {0}.", from.ToString() + ".." + to.ToString());
        return CalendarPeriod.ForMonths(from.ToCalendarPeriod().FirstMonth, to.ToCalendarPeriod().LastMonth);
    }

    private static FiveYearPlan PlanOf(CalendarPeriod span)
    {
        if (!FiveYearPlan.TryForPeriod(span, out var plan) || !plan.HasPrevious)
        {
            Preconditions.ThrowArgument("to", "The span " + span.ToString() + " is not inside one plan that has a previous plan.");
        }

        return plan;
    }

    private static PeriodChangeTable Lagged(IndicatorSeries series, int lag)
    {
        var reasons = new byte[series.Length];
        Kernels.ChangeReasons(series.RawValues, series.RawFlags, series.IsRegular, lag, reasons);
        return new PeriodChangeTable(series.Start, series.Length, 1, lag, series.RawValues, reasons, BulkKernels.MaxAbs(series.RawValues));
    }

    private static void CheckFlow(QuantityIndicator indicator)
    {
        if (indicator.MeasureKind != MeasureKind.Flow)
        {
            Preconditions.ThrowArgument(nameof(indicator), "A span total needs a flow; " + indicator.Code + " is a stock, whose values do not add up over time.");
        }
    }
}
