using System;
using System.Collections;
using System.Collections.Generic;

namespace Quzhou.Governance.Calculations;

/// <summary>
/// The streaks of every series of a panel (or of several panels jointly), one <see cref="Streak"/> per series index, in series order. What a panel overload returns: an immutable table indexed by series, like
/// <see cref="SpanChangeTable"/> and <see cref="PeriodChangeTable"/>.
/// </summary>
public sealed class StreakTable : IReadOnlyList<Streak>
{
    private readonly Streak[] items;

    internal StreakTable(Streak[] items)
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
    public Streak this[int series]
    {
        get
        {
            Preconditions.CheckArgumentRange(nameof(series), series, 0, items.Length - 1);
            return items[series];
        }
    }

    /// <summary>The results in series order.</summary>
    /// <returns>An enumerator.</returns>
    public IEnumerator<Streak> GetEnumerator() => ((IEnumerable<Streak>)items).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();

    /// <summary>The results in series order, without copying.</summary>
    /// <returns>A read-only view of the results.</returns>
    public ReadOnlySpan<Streak> AsSpan() => items;
}
