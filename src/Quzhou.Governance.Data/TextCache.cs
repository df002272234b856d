using System;

namespace Quzhou.Governance.Data;

/// <summary>
/// What a cell's text was read as, remembered per distinct text and looked up from a span without making a string:
/// a file repeats the same few indicators, regions, periods, statuses and dates on every row. The entry last found is
/// tried first (rows of one series follow each other), then the entry that followed it the last time (the period after
/// the last one: each series runs through the same months), and only then the hash. At most <see cref="MaxEntries"/> texts are kept, so a file of
/// many distinct texts costs a bounded memory (the rest are read each time). Not thread-safe.
/// </summary>
internal sealed class TextCache<T>
{
    internal const int MaxEntries = 1 << 14;

    private string?[] keys = new string?[64];
    private T[] values = new T[64];
    private int[] hashes = new int[64];
    private int[] successors = NoSuccessors(64);
    private int count;
    private int lastSlot = -1;
    private string? lastKey;
    private T lastValue = default!;

    internal bool TryGet(ReadOnlySpan<char> text, out T value)
    {
        if (lastKey is not null && text.SequenceEqual(lastKey.AsSpan()))
        {
            value = lastValue;
            return true;
        }

        if (lastSlot >= 0 && successors[lastSlot] is var guess and >= 0 && text.SequenceEqual(keys[guess]!.AsSpan()))
        {
            value = Found(guess);
            return true;
        }

        var hash = Hash(text);
        var mask = keys.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            var key = keys[i];
            if (key is null)
            {
                value = default!;
                return false;
            }

            if (hashes[i] == hash && text.SequenceEqual(key.AsSpan()))
            {
                value = Found(i);
                return true;
            }
        }
    }

    internal void Add(ReadOnlySpan<char> text, T value)
    {
        if (count >= MaxEntries)
        {
            return;
        }

        if ((count + 1) * 2 > keys.Length)
        {
            Grow();
        }

        var key = text.ToString();
        _ = Found(Insert(key, Hash(text), value));
    }

    private static int[] NoSuccessors(int length)
    {
        var none = new int[length];
        for (var i = 0; i < none.Length; i++)
        {
            none[i] = -1;
        }

        return none;
    }

    /// <summary>The value at <paramref name="slot"/>, now the entry last found and the one that followed the one before.</summary>
    private T Found(int slot)
    {
        if (lastSlot >= 0)
        {
            successors[lastSlot] = slot;
        }

        lastSlot = slot;
        lastKey = keys[slot];
        lastValue = values[slot];
        return lastValue;
    }

    private static int Hash(ReadOnlySpan<char> text)
    {
        // FNV-1a over the UTF-16 units, kept non-negative for masking.
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return (int)(hash & 0x7FFF_FFFF);
    }

    private int Insert(string key, int hash, T value)
    {
        var mask = keys.Length - 1;
        var i = hash & mask;
        while (keys[i] is not null)
        {
            i = (i + 1) & mask;
        }

        keys[i] = key;
        hashes[i] = hash;
        values[i] = value;
        count++;
        return i;
    }

    private void Grow()
    {
        var oldKeys = keys;
        var oldValues = values;
        var oldHashes = hashes;
        keys = new string?[oldKeys.Length * 2];
        values = new T[oldKeys.Length * 2];
        hashes = new int[oldKeys.Length * 2];
        successors = NoSuccessors(oldKeys.Length * 2);
        lastSlot = -1;
        count = 0;
        for (var i = 0; i < oldKeys.Length; i++)
        {
            if (oldKeys[i] is { } key)
            {
                _ = Insert(key, oldHashes[i], oldValues[i]);
            }
        }
    }
}
