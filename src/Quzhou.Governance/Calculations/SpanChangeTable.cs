using System;
using System.Collections;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Quzhou.Governance.Series;
using Quzhou.Governance.Quantities;

namespace Quzhou.Governance.Calculations;

/// <summary>
/// The span change of every series of a panel: one current span and one base span shared by all, and per
/// series the two exact totals and an <see cref="UndefinedReason"/>. Kept as three arrays (16 bytes and one
/// byte per series), so a panel of thousands of regions costs no per-series objects; <see cref="this[int]"/>
/// gives each series' <see cref="SpanChange"/>, and the columns are handed out as spans without copying
/// (<see cref="Currents"/>, <see cref="Bases"/>, <see cref="Reasons"/>). Immutable.
/// </summary>
public sealed class SpanChangeTable : IReadOnlyList<SpanChange>
{
    private readonly long[] current;
    private readonly long[] @base;
    private readonly byte[] reasons;

    internal SpanChangeTable(SeriesPeriod from, SeriesPeriod to, SeriesPeriod baseFrom, SeriesPeriod baseTo, long[] current, long[] @base, byte[] reasons)
    {
        From = from;
        To = to;
        BaseFrom = baseFrom;
        BaseTo = baseTo;
        this.current = current;
        this.@base = @base;
        this.reasons = reasons;
    }

    /// <summary>The first period of the current span.</summary>
    public SeriesPeriod From { get; }

    /// <summary>The last period of the current span.</summary>
    public SeriesPeriod To { get; }

    /// <summary>The first period of the base span.</summary>
    public SeriesPeriod BaseFrom { get; }

    /// <summary>The last period of the base span.</summary>
    public SeriesPeriod BaseTo { get; }

    /// <summary>The number of series.</summary>
    public int SeriesCount => current.Length;

    /// <summary>The number of series (as <see cref="SeriesCount"/>).</summary>
    public int Count => current.Length;

    /// <summary>The change of series <paramref name="series"/>.</summary>
    /// <param name="series">The series' index in the panel, 0 to <see cref="Count"/> − 1.</param>
    /// <returns>The change of its totals.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="series"/> is out of range.</exception>
    public SpanChange this[int series]
    {
        get
        {
            Preconditions.CheckArgumentRange(nameof(series), series, 0, Count - 1);
            return new SpanChange(From, To, BaseFrom, BaseTo, current[series], @base[series], (UndefinedReason)reasons[series]);
        }
    }

    /// <summary>The changes in series order.</summary>
    /// <returns>An enumerator.</returns>
    public IEnumerator<SpanChange> GetEnumerator()
    {
        for (var s = 0; s < Count; s++)
        {
            yield return this[s];
        }
    }

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The current spans' totals in series order (0 where the change is not comparable), without copying.</summary>
    public ReadOnlySpan<long> Currents => current;

    /// <summary>The base spans' totals in series order (0 where the change is not comparable), without copying.</summary>
    public ReadOnlySpan<long> Bases => @base;

    /// <summary>Each series' <see cref="SpanChange.Reason"/> in series order, without copying.</summary>
    public ReadOnlySpan<UndefinedReason> Reasons => MemoryMarshal.Cast<byte, UndefinedReason>(reasons.AsSpan());

    /// <summary>Writes each series' <see cref="SpanChange.ToPercent"/> at <paramref name="decimals"/> (四舍五入, exact through
    /// integers) into a span the caller owns, 0 where the change is undefined (see <see cref="Reasons"/>). Allocates nothing.</summary>
    /// <param name="decimals">The decimals wanted, 0–16.</param>
    /// <param name="percents">The percentages, <see cref="SeriesCount"/> long.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is out of range.</exception>
    /// <exception cref="ArgumentException">The span's length is not <see cref="SeriesCount"/>.</exception>
    public void ToPercents(int decimals, Span<decimal> percents)
    {
        Preconditions.CheckArgumentRange(nameof(decimals), decimals, 0, 16);
        BulkKernels.CheckLength(percents.Length, Count, nameof(percents), Count, 1);
        BulkKernels.PairPercents(current, @base, reasons, decimals, percents);
    }
}
