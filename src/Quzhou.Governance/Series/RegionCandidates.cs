using System;
using System.Collections;
using System.Collections.Generic;
using System.Text;

namespace Quzhou.Governance.Series;

/// <summary>
/// The codes a name can mean, in code order: 鼓楼区 is a district of four cities, 吉林 is a province and a city.
/// Read with <see cref="RegionCode.FindByName(string)"/>; narrow with <see cref="Within"/>. Immutable.
/// </summary>
/// <remarks>The default value is empty.</remarks>
public readonly struct RegionCandidates : IReadOnlyList<RegionCode>
{
    private readonly RegionCode[]? codes;
    private readonly int start;
    private readonly int count;

    // The candidates are codes[start .. start + count), sorted; the array is shared and never written.
    internal RegionCandidates(RegionCode[] codes, int start, int count)
    {
        this.codes = codes;
        this.start = start;
        this.count = count;
    }

    internal RegionCandidates(RegionCode[] codes)
        : this(codes, 0, codes.Length)
    {
    }

    /// <summary>The number of candidates: 0 for a name the table does not know.</summary>
    public int Count => count;

    /// <summary>Whether there is no candidate.</summary>
    public bool IsEmpty => count == 0;

    /// <summary>The candidate at <paramref name="index"/>, in code order.</summary>
    /// <param name="index">0 to <see cref="Count"/> − 1.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public RegionCode this[int index]
    {
        get
        {
            Preconditions.CheckArgumentRange(nameof(index), index, 0, count - 1);
            return codes![start + index];
        }
    }

    /// <summary>The candidates inside <paramref name="parent"/> (or equal to it), in code order.</summary>
    /// <param name="parent">A province or city (any code; a county narrows to itself).</param>
    /// <returns>The narrowed candidates; empty when none lies inside <paramref name="parent"/>.</returns>
    [Pure]
    public RegionCandidates Within(RegionCode parent)
    {
        var inside = 0;
        for (var i = 0; i < count; i++)
        {
            if (codes![start + i].IsWithin(parent))
            {
                inside++;
            }
        }

        if (inside == count)
        {
            return this;
        }

        var result = new RegionCode[inside];
        var next = 0;
        for (var i = 0; i < count; i++)
        {
            var code = codes![start + i];
            if (code.IsWithin(parent))
            {
                result[next++] = code;
            }
        }

        return new RegionCandidates(result);
    }

    /// <summary>Whether <paramref name="code"/> is a candidate.</summary>
    /// <param name="code">A code.</param>
    /// <returns>Whether it is one of the candidates.</returns>
    [Pure]
    public bool Contains(RegionCode code) => count > 0 && Array.BinarySearch(codes!, start, count, code) >= 0;

    /// <summary>The candidates in code order.</summary>
    /// <returns>An enumerator that does not allocate.</returns>
    [Pure]
    public Enumerator GetEnumerator() => new(codes ?? Array.Empty<RegionCode>(), start, count);

    IEnumerator<RegionCode> IEnumerable<RegionCode>.GetEnumerator() => ((IEnumerable<RegionCode>)new ArraySegment<RegionCode>(codes ?? Array.Empty<RegionCode>(), start, count)).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<RegionCode>)this).GetEnumerator();

    /// <summary>The codes with their names: <c>320106 鼓楼区, 320302 鼓楼区</c>; empty for no candidate.</summary>
    /// <returns>The candidates as text.</returns>
    [Pure]
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var code in this)
        {
            if (text.Length > 0)
            {
                text.Append(", ");
            }

            text.Append(code.ToString()).Append(' ').Append(code.Name);
        }

        return text.ToString();
    }

    /// <summary>Enumerates candidates without allocating.</summary>
    /// <remarks>The default value enumerates nothing.</remarks>
    public struct Enumerator
    {
        private readonly RegionCode[] codes;
        private readonly int end;
        private int index;

        internal Enumerator(RegionCode[] codes, int start, int count)
        {
            this.codes = codes;
            end = start + count;
            index = start - 1;
        }

        /// <summary>The current candidate.</summary>
        public readonly RegionCode Current => codes[index];

        /// <summary>Moves to the next candidate.</summary>
        /// <returns>Whether there is one.</returns>
        public bool MoveNext() => ++index < end;
    }
}
