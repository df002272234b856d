using System;
using Quzhou.Governance.Claims;
using Quzhou.Governance.Parsing;
using Quzhou.Governance.Periods;
using Quzhou.Governance.Periods.Text;

namespace Quzhou.Governance.Text;

/// <summary>The bases of changes and the periods at the start of a clause.</summary>
internal sealed partial class BulletinParser
{
    private void FindBases(int start, int end)
    {
        bases.Clear();
        var s = text.Chars.Slice(0, end);
        var i = BaseStarts.Next(s, start, end);
        while (i < end)
        {
            if (TryBaseAt(s, i, out var hit))
            {
                bases.Add(hit);
                i = BaseStarts.Next(s, hit.End, end);
            }
            else
            {
                i = BaseStarts.Next(s, i + 1, end);
            }
        }
    }

    /// <summary>The chars a base starts with (<see cref="TryBaseAt"/> reads nothing at any other).</summary>
    private static readonly CharSet BaseStarts = new("同环与近比较");

    /// <summary>The bases written with 与 (与上年持平, 与上年同期相比), longest first.</summary>
    private static readonly (string Word, ClaimBase Base)[] WithBases =
    [
        ("与上年同期相比", ClaimBase.PreviousYearSamePeriod), ("与去年同期相比", ClaimBase.PreviousYearSamePeriod),
        ("与上年同期", ClaimBase.PreviousYearSamePeriod), ("与去年同期", ClaimBase.PreviousYearSamePeriod),
        ("与上年相比", ClaimBase.PreviousYear), ("与去年相比", ClaimBase.PreviousYear), ("与上年", ClaimBase.PreviousYear), ("与去年", ClaimBase.PreviousYear),
    ];

    private bool StartsBase(int pos)
    {
        foreach (var hit in bases)
        {
            if (hit.Start == pos)
            {
                return true;
            }
        }

        return false;
    }

    private BaseHit? FindBaseIn(int start, int end)
    {
        BaseHit? found = null;
        foreach (var hit in bases)
        {
            if (hit.Start >= start && hit.End <= end)
            {
                found = hit;
            }
        }

        return found;
    }

    private bool InBase(int index, out int baseEnd)
    {
        foreach (var hit in bases)
        {
            if (index >= hit.Start && index < hit.End)
            {
                baseEnd = hit.End;
                return true;
            }
        }

        baseEnd = index;
        return false;
    }

    private static bool TryBaseAt(ReadOnlySpan<char> s, int i, out BaseHit hit)
    {
        hit = default;
        var c = s[i];
        if (c == '同' && BulletinWords.Is(s, i, "同比"))
        {
            hit = new BaseHit(i, i + 2, ClaimBase.YearOnYear);
            return true;
        }

        if (c == '环' && BulletinWords.Is(s, i, "环比"))
        {
            hit = new BaseHit(i, i + 2, ClaimBase.PeriodOnPeriod);
            return true;
        }

        if (c == '与')
        {
            // 与上年同期相比, 与上年持平, 与去年同期持平: the longest first.
            foreach (var (word, @base) in WithBases)
            {
                if (BulletinWords.Is(s, i, word))
                {
                    hit = new BaseHit(i, i + word.Length, @base);
                    return true;
                }
            }

            return false;
        }

        if (c == '近')
        {
            // 近五年, 近5年, 近五年来
            var j = i + 1;
            var n = 0;
            var digits = j;
            while (digits < s.Length && BulletinWords.IsDigit(s[digits]) && digits - j < 3)
            {
                n = (n * 10) + (s[digits] - '0');
                digits++;
            }

            if (digits == j)
            {
                var length = ChineseNumerals.Scan(s.Slice(j), out var value);
                if (length > 0 && value <= 100)
                {
                    n = (int)value;
                    digits = j + length;
                }
            }

            if (digits > j && digits < s.Length && s[digits] == '年' && n >= 1 && n <= 100)
            {
                var end = digits + 1;
                if (BulletinWords.Is(s, end, "来"))
                {
                    end++;
                }

                hit = new BaseHit(i, end, ClaimBase.RecentYears(n));
                return true;
            }

            return false;
        }

        if (c is not ('比' or '较'))
        {
            return false;
        }

        var p = i + 1;
        if (BulletinWords.Is(s, p, "上年同期") || BulletinWords.Is(s, p, "去年同期"))
        {
            hit = new BaseHit(i, p + 4, ClaimBase.PreviousYearSamePeriod);
            return true;
        }

        if (BulletinWords.Is(s, p, "上年") || BulletinWords.Is(s, p, "去年"))
        {
            hit = new BaseHit(i, p + 2, ClaimBase.PreviousYear);
            return true;
        }

        var year = 0;
        var q = p;
        while (q < s.Length && BulletinWords.IsDigit(s[q]) && q - p < 4)
        {
            year = (year * 10) + (s[q] - '0');
            q++;
        }

        if (q - p == 4 && q < s.Length && s[q] == '年' && year >= 1)
        {
            hit = new BaseHit(i, q + 1, ClaimBase.AgainstYear(year));
            return true;
        }

        var pos = p;
        if (pos < s.Length && (CharFolding.IsQuote(s[pos]) || s[pos] == '十' || s[pos] == '第')
            && PlanNameReader.TryRead(s, ref pos, out var reference, out _, out _))
        {
            if (pos < s.Length && CharFolding.IsQuote(s[pos]))
            {
                pos++;
            }

            var sameSpan = reference.Kind == PlanReferenceKind.SameSpan;
            if (BulletinWords.Is(s, pos, "同期"))
            {
                sameSpan = true;
                pos += 2;
            }

            hit = new BaseHit(i, pos, sameSpan ? ClaimBase.AgainstPlanSameSpan(reference.Plan) : ClaimBase.AgainstPlan(reference.Plan));
            return true;
        }

        return false;
    }

    /// <summary>A period at the start of a clause (2025年1—10月, 前三季度, 上半年, “十四五”以来, 截至2025年10月底): the
    /// longest the period reader reads.</summary>
    private bool TryPeriodAt(int pos, int end, out CalendarPeriod period, out int length)
    {
        period = default;
        length = 0;
        var s = text.Chars;
        var context = new PeriodReadingContext { Year = (paragraphPeriod ?? titlePeriod)?.End.Year ?? published.Year, End = published };
        var limit = Math.Min(end, pos + MaxPeriodLength);
        for (var e = limit; e >= pos + 2; e--)
        {
            var last = s[e - 1];
            if (e != end && last is not ('年' or '月' or '度' or '期' or '来' or '底' or '末' or '日' or '天' or '间' or '”'))
            {
                continue;
            }

            if (ChinesePeriodReader.TryRead(s.Slice(pos, e - pos), context, out var read, out _, out _))
            {
                period = read;
                length = e - pos;
                return true;
            }
        }

        return false;
    }
}
