using System;
using System.Collections.Generic;

namespace Quzhou.Governance.Text;

/// <summary>
/// The arrays of one reading that claims may share, each made once: claims are immutable and never hand out their
/// arrays, so two claims of the same subjects (or figures, or texts as written) hold one array. An open-addressing
/// table of arrays looked up by their items; a lookup allocates nothing and a miss allocates the one array.
/// </summary>
/// <typeparam name="T">The item type, equal by value.</typeparam>
internal sealed class SharedArrays<T>
    where T : IEquatable<T>
{
    private T[]?[] slots = new T[]?[256];
    private int count;

    /// <summary>An array holding the items of <paramref name="items"/>: one the table already holds, or a new one
    /// it keeps.</summary>
    internal T[] Get(List<T> items)
    {
        if (items.Count == 0)
        {
            return Array.Empty<T>();
        }

        var mask = slots.Length - 1;
        var i = Hash(items) & mask;
        while (slots[i] is { } held)
        {
            if (SameItems(held, items))
            {
                return held;
            }

            i = (i + 1) & mask;
        }

        var made = new T[items.Count];
        for (var k = 0; k < made.Length; k++)
        {
            made[k] = items[k];
        }

        slots[i] = made;
        if (++count * 2 > slots.Length)
        {
            Grow();
        }

        return made;
    }

    private static bool SameItems(T[] held, List<T> items)
    {
        if (held.Length != items.Count)
        {
            return false;
        }

        for (var k = 0; k < held.Length; k++)
        {
            if (!held[k].Equals(items[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static int Hash(IReadOnlyList<T> items)
    {
        var hash = items.Count;
        for (var k = 0; k < items.Count; k++)
        {
            hash = HashCodes.Combine(hash, items[k].GetHashCode());
        }

        return hash & int.MaxValue;
    }

    private void Grow()
    {
        var old = slots;
        slots = new T[]?[old.Length * 2];
        var mask = slots.Length - 1;
        foreach (var held in old)
        {
            if (held is null)
            {
                continue;
            }

            var i = Hash(held) & mask;
            while (slots[i] is not null)
            {
                i = (i + 1) & mask;
            }

            slots[i] = held;
        }
    }
}
