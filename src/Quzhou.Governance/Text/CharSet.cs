using System;
#if NET8_0_OR_GREATER
using System.Buffers;
#endif

namespace Quzhou.Governance.Text;

/// <summary>
/// A set of chars the reader jumps between (the chars a base, a figure or a clause's end can start with), so that
/// the chars in between are passed over in one search rather than visited one by one: <c>SearchValues</c> on .NET 8
/// and later (vectorised), a plain loop on netstandard2.0.
/// </summary>
internal sealed class CharSet
{
#if NET8_0_OR_GREATER
    private readonly SearchValues<char> values;
#else
    private readonly string values;
#endif

    /// <summary>Creates the set of the chars of <paramref name="chars"/>.</summary>
    internal CharSet(string chars)
    {
#if NET8_0_OR_GREATER
        values = SearchValues.Create(chars);
#else
        values = chars;
#endif
    }

    /// <summary>The index in <paramref name="text"/> of the first char in the set, or −1.</summary>
    internal int IndexIn(ReadOnlySpan<char> text)
    {
#if NET8_0_OR_GREATER
        return text.IndexOfAny(values);
#else
        for (var i = 0; i < text.Length; i++)
        {
            if (values.IndexOf(text[i]) >= 0)
            {
                return i;
            }
        }

        return -1;
#endif
    }

    /// <summary>The index of the first char in the set in [<paramref name="from"/>, <paramref name="end"/>) of
    /// <paramref name="text"/>, or <paramref name="end"/> when there is none.</summary>
    internal int Next(ReadOnlySpan<char> text, int from, int end)
    {
        if (from >= end)
        {
            return end;
        }

        var at = IndexIn(text.Slice(from, end - from));
        return at < 0 ? end : from + at;
    }
}
