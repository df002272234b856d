using System;
using System.Runtime.InteropServices;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.Calculations;

/// <summary>The panel changes written into spans the caller owns: a loop over many indicators allocates nothing per call.</summary>
public static partial class Changes
{
    /// <summary>环比 of every period of every series of <paramref name="panel"/>: one pass, no division, one byte per point.</summary>
    /// <param name="panel">The panel.</param>
    /// <returns>The table of changes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="panel"/> is null.</exception>
    public static PeriodChangeTable PeriodOnPeriod(SeriesPanel panel)
    {
        Preconditions.CheckNotNull(panel, nameof(panel));
        return LaggedTable(panel, 1);
    }

    /// <summary>
    /// 同比 of every point of every series of <paramref name="panel"/>, series after series, into spans the caller owns:
    /// element <c>k</c> is the change of series <c>k / Length</c> at period <c>k % Length</c>, as
    /// <see cref="YearOnYear(SeriesPanel)"/>'s <see cref="PeriodChangeTable.Get"/> gives it. Allocates nothing.
    /// </summary>
    /// <param name="panel">The panel.</param>
    /// <param name="currents">The current values, <see cref="SeriesPanel.SeriesCount"/> × <see cref="SeriesPanel.Length"/> long.</param>
    /// <param name="bases">The base values (0 in the first year), as long.</param>
    /// <param name="reasons">Why each change is undefined, or <see cref="UndefinedReason.None"/>, as long.</param>
    /// <exception cref="ArgumentNullException"><paramref name="panel"/> is null.</exception>
    /// <exception cref="ArgumentException">A span's length is not the panel's number of points.</exception>
    public static void YearOnYear(SeriesPanel panel, Span<long> currents, Span<long> bases, Span<UndefinedReason> reasons)
    {
        Preconditions.CheckNotNull(panel, nameof(panel));
        LaggedInto(panel, SeriesPeriod.PeriodsPerYear(panel.Frequency), currents, bases, reasons);
    }

    /// <summary>环比 of every point of every series of <paramref name="panel"/> into spans the caller owns (as
    /// <see cref="YearOnYear(SeriesPanel, Span{long}, Span{long}, Span{UndefinedReason})"/>, against the period before).</summary>
    /// <param name="panel">The panel.</param>
    /// <param name="currents">The current values, <see cref="SeriesPanel.SeriesCount"/> × <see cref="SeriesPanel.Length"/> long.</param>
    /// <param name="bases">The base values (0 at each series' first period), as long.</param>
    /// <param name="reasons">The reasons, as long.</param>
    /// <exception cref="ArgumentNullException"><paramref name="panel"/> is null.</exception>
    /// <exception cref="ArgumentException">A span's length is not the panel's number of points.</exception>
    public static void PeriodOnPeriod(SeriesPanel panel, Span<long> currents, Span<long> bases, Span<UndefinedReason> reasons)
    {
        Preconditions.CheckNotNull(panel, nameof(panel));
        LaggedInto(panel, 1, currents, bases, reasons);
    }

    /// <summary>
    /// 同比 of every point of every series of <paramref name="panel"/> as percentages rounded half away from zero (四舍五入)
    /// at <paramref name="decimals"/>, into spans the caller owns: <c>percents[k]</c> is <see cref="PeriodChange.ToPercent"/>
    /// of the change at <c>k</c> (−6.67 for 同比下降6.67%), 0 where <c>reasons[k]</c> is not <see cref="UndefinedReason.None"/>.
    /// Exact through integers, one integer division per point (no <see cref="decimal"/> division); allocates nothing.
    /// </summary>
    /// <param name="panel">The panel.</param>
    /// <param name="decimals">The decimals wanted, 0–16.</param>
    /// <param name="percents">The percentages, <see cref="SeriesPanel.SeriesCount"/> × <see cref="SeriesPanel.Length"/> long.</param>
    /// <param name="reasons">The reasons, as long.</param>
    /// <exception cref="ArgumentNullException"><paramref name="panel"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is out of range.</exception>
    /// <exception cref="ArgumentException">A span's length is not the panel's number of points.</exception>
    public static void YearOnYear(SeriesPanel panel, int decimals, Span<decimal> percents, Span<UndefinedReason> reasons)
    {
        Preconditions.CheckNotNull(panel, nameof(panel));
        LaggedPercentsInto(panel, SeriesPeriod.PeriodsPerYear(panel.Frequency), decimals, percents, reasons);
    }

    /// <summary>环比 of every point of every series of <paramref name="panel"/> as rounded percentages into spans the caller
    /// owns (as <see cref="YearOnYear(SeriesPanel, int, Span{decimal}, Span{UndefinedReason})"/>, against the period before).</summary>
    /// <param name="panel">The panel.</param>
    /// <param name="decimals">The decimals wanted, 0–16.</param>
    /// <param name="percents">The percentages, <see cref="SeriesPanel.SeriesCount"/> × <see cref="SeriesPanel.Length"/> long.</param>
    /// <param name="reasons">The reasons, as long.</param>
    /// <exception cref="ArgumentNullException"><paramref name="panel"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is out of range.</exception>
    /// <exception cref="ArgumentException">A span's length is not the panel's number of points.</exception>
    public static void PeriodOnPeriod(SeriesPanel panel, int decimals, Span<decimal> percents, Span<UndefinedReason> reasons)
    {
        Preconditions.CheckNotNull(panel, nameof(panel));
        LaggedPercentsInto(panel, 1, decimals, percents, reasons);
    }

    private static PeriodChangeTable LaggedTable(SeriesPanel panel, int lag)
    {
        var reasons = new byte[panel.RawValues.Length];
        LaggedReasons(panel, lag, reasons);
        return new PeriodChangeTable(panel.Start, panel.Length, panel.SeriesCount, lag, panel.RawValues, reasons, panel.MaxAbsValue);
    }

    private static void LaggedReasons(SeriesPanel panel, int lag, Span<byte> reasons)
    {
        var length = panel.Length;
        var values = panel.RawValues;
        var flags = panel.RawFlags;
        for (var s = 0; s < panel.SeriesCount; s++)
        {
            var offset = s * length;
            Kernels.ChangeReasons(
                values.AsSpan(offset, length),
                flags is null ? default : flags.AsSpan(offset, length),
                panel.Regular[s],
                lag,
                reasons.Slice(offset, length));
        }
    }

    private static void LaggedInto(SeriesPanel panel, int lag, Span<long> currents, Span<long> bases, Span<UndefinedReason> reasons)
    {
        var n = panel.RawValues.Length;
        BulkKernels.CheckLength(currents.Length, n, nameof(currents), panel.SeriesCount, panel.Length);
        BulkKernels.CheckLength(bases.Length, n, nameof(bases), panel.SeriesCount, panel.Length);
        BulkKernels.CheckLength(reasons.Length, n, nameof(reasons), panel.SeriesCount, panel.Length);
        LaggedReasons(panel, lag, MemoryMarshal.Cast<UndefinedReason, byte>(reasons));
        PeriodChangeTable.CopyColumns(panel.RawValues, panel.Length, lag, currents, bases);
    }

    private static void LaggedPercentsInto(SeriesPanel panel, int lag, int decimals, Span<decimal> percents, Span<UndefinedReason> reasons)
    {
        Preconditions.CheckArgumentRange(nameof(decimals), decimals, 0, 16);
        var n = panel.RawValues.Length;
        BulkKernels.CheckLength(percents.Length, n, nameof(percents), panel.SeriesCount, panel.Length);
        BulkKernels.CheckLength(reasons.Length, n, nameof(reasons), panel.SeriesCount, panel.Length);
        var bytes = MemoryMarshal.Cast<UndefinedReason, byte>(reasons);
        var path = BulkKernels.ChoosePath(panel.MaxAbsValue, decimals);
        var doubles = PercentKernels.FitsDoubles(panel.MaxAbsValue, decimals);
        var length = panel.Length;
        var values = panel.RawValues;
        var flags = panel.RawFlags;
        var regular = panel.Regular;
        for (var s = 0; s < panel.SeriesCount; s++)
        {
            var offset = s * length;
            var row = values.AsSpan(offset, length);
            var rowReasons = bytes.Slice(offset, length);
            var rowPercents = percents.Slice(offset, length);
            if (regular[s])
            {
                // No gap and no break: reasons and percentages in one pass over the row.
                PercentKernels.RegularRow(row, lag, decimals, path, doubles, rowReasons, rowPercents);
                continue;
            }

            // Reasons and percentages row by row, so the row is read from cache the second time.
            Kernels.ChangeReasons(row, flags.AsSpan(offset, length), false, lag, rowReasons);
            PercentKernels.KnownReasons(row, rowReasons, lag, decimals, path, doubles, rowPercents);
        }
    }
}
