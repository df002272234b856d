using System;
using System.Collections;
using System.Collections.Generic;
using Quzhou.Governance.Series;
using Quzhou.Governance.Quantities;

namespace Quzhou.Governance.Calculations;

/// <summary>
/// The span change of every series of a panel: one current span and one base span shared by all, and per
/// series the two exact totals and an <see cref="UndefinedReason"/>. Kept as three arrays (16 bytes and one
/// byte per series), so a panel of thousands of regions costs no per-series objects; <see cref="this[int]"/>
/// gives each series' <see cref="SpanChange"/>. Immutable.
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
}
