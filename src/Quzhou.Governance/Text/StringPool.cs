using System;

namespace Quzhou.Governance.Text;

/// <summary>
/// The strings of one reading, each made once: a subject, a predicate or a text as written that a bulletin repeats
/// (刑事案件 in every report of a series) is one string, not one per claim. An open-addressing table of strings
/// looked up by their chars, so a lookup allocates nothing and a miss allocates the one string.
/// </summary>
internal sealed class StringPool
{
    private string?[] slots = new string?[256];
    private int count;

    /// <summary>The string of <paramref name="chars"/>: the pool's own when it has one, else a new one it keeps.</summary>
    internal string Get(ReadOnlySpan<char> chars)
    {
        if (chars.Length == 0)
        {
            return string.Empty;
        }

        var mask = slots.Length - 1;
        var i = Hash(chars) & mask;
        while (slots[i] is { } held)
        {
            if (held.AsSpan().SequenceEqual(chars))
            {
                return held;
            }

            i = (i + 1) & mask;
        }

        var made = chars.ToString();
        slots[i] = made;
        if (++count * 2 > slots.Length)
        {
            Grow();
        }

        return made;
    }

    private static int Hash(ReadOnlySpan<char> chars)
    {
        unchecked
        {
            var hash = (int)2166136261;
            foreach (var c in chars)
            {
                hash = (hash ^ c) * 16777619;
            }

            return hash & int.MaxValue;
        }
    }

    private void Grow()
    {
        var old = slots;
        slots = new string?[old.Length * 2];
        var mask = slots.Length - 1;
        foreach (var held in old)
        {
            if (held is null)
            {
                continue;
            }

            var i = Hash(held.AsSpan()) & mask;
            while (slots[i] is not null)
            {
                i = (i + 1) & mask;
            }

            slots[i] = held;
        }
    }
}
