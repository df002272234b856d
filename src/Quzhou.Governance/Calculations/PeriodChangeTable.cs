using System;
using System.Runtime.InteropServices;
using Quzhou.Governance.Series;
using Quzhou.Governance.Quantities;

namespace Quzhou.Governance.Calculations;

/// <summary>
/// The changes of every period of one series, or of every series of a panel, against the period
/// <see cref="Lag"/> periods earlier (12 months for 同比 of a monthly series, 1 for 环比). It keeps the
/// values (shared with the source, which is immutable) and one <see cref="UndefinedReason"/> per point, so
/// computing it divides nothing and allocates one byte per point. Immutable.
/// </summary>
public sealed class PeriodChangeTable
{
    private readonly long[] values;
    private readonly byte[] reasons;
    private readonly long maxAbs;

    internal PeriodChangeTable(SeriesPeriod start, int length, int seriesCount, int lag, long[] values, byte[] reasons, long maxAbs)
    {
        this.maxAbs = maxAbs;
        Start = start;
        Length = length;
        SeriesCount = seriesCount;
        Lag = lag;
        this.values = values;
        this.reasons = reasons;
    }

    /// <summary>The first period of the axis.</summary>
    public SeriesPeriod Start { get; }

    /// <summary>The last period of the axis.</summary>
    public SeriesPeriod End => Start.PlusPeriods(Length - 1);

    /// <summary>The number of periods per series.</summary>
    public int Length { get; }

    /// <summary>The number of series (1 for a table made from one series).</summary>
    public int SeriesCount { get; }

    /// <summary>How many periods earlier the base period lies.</summary>
    public int Lag { get; }

    /// <summary>The change of series <paramref name="series"/> at <paramref name="period"/>.</summary>
    /// <param name="series">The series' index, 0 to <see cref="SeriesCount"/> − 1.</param>
    /// <param name="period">A period of the axis.</param>
    /// <returns>The change.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index is out of range.</exception>
    /// <exception cref="ArgumentException">The period is not on the axis.</exception>
    public PeriodChange Get(int series, SeriesPeriod period)
    {
        Preconditions.CheckArgumentRange(nameof(series), series, 0, SeriesCount - 1);
        var (i, _) = SeriesRange.Check(Start, Length, period, period);
        var at = (series * Length) + i;
        var baseValue = i >= Lag ? values[at - Lag] : 0;
        return new PeriodChange(period, period.MinusPeriods(Lag), values[at], baseValue, (UndefinedReason)reasons[at]);
    }

    /// <summary>The change at <paramref name="period"/> of the first (for a table of one series, the only) series.</summary>
    /// <param name="period">A period of the axis.</param>
    /// <returns>The change.</returns>
    /// <exception cref="ArgumentException">The period is not on the axis.</exception>
    public PeriodChange this[SeriesPeriod period] => Get(0, period);

    /// <summary>The reason per period of series <paramref name="series"/> (<see cref="UndefinedReason.None"/> where the change is defined).</summary>
    /// <param name="series">The series' index.</param>
    /// <returns>The reasons in period order.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index is out of range.</exception>
    public ReadOnlySpan<UndefinedReason> Reasons(int series)
    {
        Preconditions.CheckArgumentRange(nameof(series), series, 0, SeriesCount - 1);
        return MemoryMarshal.Cast<byte, UndefinedReason>(reasons.AsSpan(series * Length, Length));
    }

    /// <summary>The reason of every point of every series, series after series (<see cref="SeriesCount"/> × <see cref="Length"/>), without copying.</summary>
    /// <returns>The reasons in series order, then period order.</returns>
    public ReadOnlySpan<UndefinedReason> Reasons() => MemoryMarshal.Cast<byte, UndefinedReason>(reasons.AsSpan());

    /// <summary>The values of series <paramref name="series"/> in period order, shared with the source (no copy): the
    /// current value of the change at index <c>i</c> and the base of the change at <c>i</c> + <see cref="Lag"/>.</summary>
    /// <param name="series">The series' index.</param>
    /// <returns>The values (0 at a gap).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index is out of range.</exception>
    public ReadOnlySpan<long> Values(int series)
    {
        Preconditions.CheckArgumentRange(nameof(series), series, 0, SeriesCount - 1);
        return values.AsSpan(series * Length, Length);
    }

    /// <summary>
    /// Writes every change, series after series, into spans the caller owns: <c>currents[k]</c>, <c>bases[k]</c> and
    /// <c>reasons[k]</c> are <see cref="Get"/>'s <see cref="PeriodChange.Current"/>, <see cref="PeriodChange.Base"/> and
    /// <see cref="PeriodChange.Reason"/> for series <c>k / Length</c> at period <c>k % Length</c>. Allocates nothing.
    /// </summary>
    /// <param name="currents">The current values, <see cref="SeriesCount"/> × <see cref="Length"/> long.</param>
    /// <param name="bases">The base values (0 where the base lies before the axis), as long.</param>
    /// <param name="reasons">The reasons, as long.</param>
    /// <exception cref="ArgumentException">A span's length is not <see cref="SeriesCount"/> × <see cref="Length"/>.</exception>
    public void CopyTo(Span<long> currents, Span<long> bases, Span<UndefinedReason> reasons)
    {
        var n = this.reasons.Length;
        BulkKernels.CheckLength(currents.Length, n, nameof(currents), SeriesCount, Length);
        BulkKernels.CheckLength(bases.Length, n, nameof(bases), SeriesCount, Length);
        BulkKernels.CheckLength(reasons.Length, n, nameof(reasons), SeriesCount, Length);
        CopyColumns(values, Length, Lag, currents, bases);
        Reasons().CopyTo(reasons);
    }

    /// <summary>
    /// Writes the percentage of every change, series after series, rounded half away from zero (四舍五入) at
    /// <paramref name="decimals"/>: <c>percents[k]</c> is <see cref="PeriodChange.ToPercent"/> of the change <see cref="CopyTo"/>
    /// puts at <c>k</c>, and 0 where it is undefined (read <see cref="Reasons()"/> for why). Exact, through integers:
    /// one integer division per point (32- or 64-bit when the values' bound allows, decided once), never a
    /// <see cref="decimal"/> division. Allocates nothing.
    /// </summary>
    /// <param name="decimals">The decimals wanted, 0–16 (2 for 下降6.67%).</param>
    /// <param name="percents">The percentages, <see cref="SeriesCount"/> × <see cref="Length"/> long.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is out of range.</exception>
    /// <exception cref="ArgumentException">The span's length is not <see cref="SeriesCount"/> × <see cref="Length"/>.</exception>
    public void ToPercents(int decimals, Span<decimal> percents)
    {
        Preconditions.CheckArgumentRange(nameof(decimals), decimals, 0, 16);
        BulkKernels.CheckLength(percents.Length, reasons.Length, nameof(percents), SeriesCount, Length);
        var path = BulkKernels.ChoosePath(maxAbs, decimals);
        var doubles = PercentKernels.FitsDoubles(maxAbs, decimals);
        for (var s = 0; s < SeriesCount; s++)
        {
            var offset = s * Length;
            PercentKernels.KnownReasons(values.AsSpan(offset, Length), reasons.AsSpan(offset, Length), Lag, decimals, path, doubles, percents.Slice(offset, Length));
        }
    }

    /// <summary>The current and base columns of rows of <paramref name="length"/> values against the value <paramref name="lag"/> earlier.</summary>
    internal static void CopyColumns(ReadOnlySpan<long> values, int length, int lag, Span<long> currents, Span<long> bases)
    {
        values.CopyTo(currents);
        var head = Math.Min(lag, length);
        for (var offset = 0; offset < values.Length; offset += length)
        {
            bases.Slice(offset, head).Clear();
            values.Slice(offset, length - head).CopyTo(bases.Slice(offset + head, length - head));
        }
    }
}
