using System;
using Quzhou.Governance.Parsing;

namespace Quzhou.Governance.Periods.Text;

/// <summary>Small helpers shared by the period readers.</summary>
internal static class TextScanner
{
    /// <summary>Cuts trailing spaces off <paramref name="s"/> and returns the index of its first non-space
    /// character, so positions stay those of the original text.</summary>
    internal static int Trim(ref ReadOnlySpan<char> s)
    {
        var length = s.Length;
        while (length > 0 && CharFolding.IsSpace(s[length - 1]))
        {
            length--;
        }

        s = s.Slice(0, length);
        var pos = 0;
        while (pos < length && CharFolding.IsSpace(s[pos]))
        {
            pos++;
        }

        return pos;
    }

    /// <summary>Whether <paramref name="s"/> has <paramref name="word"/> at <paramref name="pos"/>.</summary>
    internal static bool At(ReadOnlySpan<char> s, int pos, string word) =>
        pos + word.Length <= s.Length && s.Slice(pos, word.Length).SequenceEqual(word.AsSpan());

    /// <summary>Whether <paramref name="s"/> has <paramref name="word"/> at <paramref name="pos"/>, ignoring ASCII case.</summary>
    internal static bool AtIgnoreCase(ReadOnlySpan<char> s, int pos, string word) =>
        pos + word.Length <= s.Length && s.Slice(pos, word.Length).Equals(word.AsSpan(), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Reads a whole number at <paramref name="pos"/>: ASCII or full-width digits, or a Chinese numeral
    /// (十二, 二〇二五). Values above 99,999 read as 99,999 (out of every range the readers accept).
    /// </summary>
    /// <returns>Whether there was a number; <paramref name="pos"/> moves past it.</returns>
    internal static bool TryReadNumber(ReadOnlySpan<char> s, ref int pos, out int value)
    {
        value = 0;
        if (pos >= s.Length)
        {
            return false;
        }

        if (CharFolding.IsDigit(s[pos]))
        {
            while (pos < s.Length && CharFolding.IsDigit(s[pos]))
            {
                value = Math.Min(99_999, (value * 10) + (CharFolding.Fold(s[pos]) - '0'));
                pos++;
            }

            return true;
        }

        var length = ChineseNumerals.Scan(s.Slice(pos), out var number);
        if (length == 0)
        {
            return false;
        }

        pos += length;
        value = (int)Math.Min(99_999L, number);
        return true;
    }
}
