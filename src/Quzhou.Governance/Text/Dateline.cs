using System;
using NodaTime;
using Quzhou.Governance.Parsing;

namespace Quzhou.Governance.Text;

/// <summary>The publication date a text prints: the latest full date in it written 2025年11月28日 (digits
/// half- or full-width).</summary>
internal static class Dateline
{
    internal static bool TryFind(string text, out LocalDate date)
    {
        date = default;
        var found = false;
        var i = 0;
        while (i < text.Length)
        {
            if (!CharFolding.IsDigit(text[i]) || (i > 0 && CharFolding.IsDigit(text[i - 1])))
            {
                i++;
                continue;
            }

            var p = i;
            if (Number(text, ref p, 4, out var year) && At(text, ref p, '年') && Number(text, ref p, 2, out var month) && At(text, ref p, '月')
                && Number(text, ref p, 2, out var day) && At(text, ref p, '日')
                && year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month))
            {
                var candidate = new LocalDate(year, month, day);
                if (!found || candidate > date)
                {
                    date = candidate;
                    found = true;
                }
            }

            i = Math.Max(i + 1, p);
        }

        return found;
    }

    private static bool At(string text, ref int p, char c)
    {
        if (p < text.Length && text[p] == c)
        {
            p++;
            return true;
        }

        return false;
    }

    private static bool Number(string text, ref int p, int maxDigits, out int value)
    {
        value = 0;
        var start = p;
        while (p < text.Length && p - start < maxDigits && CharFolding.IsDigit(text[p]))
        {
            value = (value * 10) + (CharFolding.Fold(text[p]) - '0');
            p++;
        }

        return p > start && (p - start == maxDigits || maxDigits == 2);
    }
}
