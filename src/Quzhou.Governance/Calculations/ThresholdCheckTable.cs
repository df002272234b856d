using System;
using System.Collections;
using System.Collections.Generic;

namespace Quzhou.Governance.Calculations;

/// <summary>
/// The threshold checks of every series of a panel, one <see cref="ThresholdCheck"/> per series, in series order. What a panel overload returns: an immutable table indexed by series, like
/// <see cref="SpanChangeTable"/> and <see cref="PeriodChangeTable"/>.
/// </summary>
public sealed class ThresholdCheckTable : IReadOnlyList<ThresholdCheck>
{
    private readonly ThresholdCheck[] items;

    internal ThresholdCheckTable(ThresholdCheck[] items)
    {
        this.items = items;
    }

    /// <summary>The number of series.</summary>
    public int SeriesCount => items.Length;

    /// <summary>The number of series (as <see cref="SeriesCount"/>).</summary>
    public int Count => items.Length;

    /// <summary>The result of series <paramref name="series"/>.</summary>
    /// <param name="series">The series' index in the panel, 0 to <see cref="SeriesCount"/> − 1.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="series"/> is out of range.</exception>
    public ThresholdCheck this[int series]
    {
        get
        {
            Preconditions.CheckArgumentRange(nameof(series), series, 0, items.Length - 1);
            return items[series];
        }
    }

    /// <summary>The results in series order.</summary>
    /// <returns>An enumerator.</returns>
    public IEnumerator<ThresholdCheck> GetEnumerator() => ((IEnumerable<ThresholdCheck>)items).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();

    /// <summary>The results in series order, without copying.</summary>
    /// <returns>A read-only view of the results.</returns>
    public ReadOnlySpan<ThresholdCheck> AsSpan() => items;
}
