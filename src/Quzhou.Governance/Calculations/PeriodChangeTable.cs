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

    internal PeriodChangeTable(SeriesPeriod start, int length, int seriesCount, int lag, long[] values, byte[] reasons)
    {
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
}
