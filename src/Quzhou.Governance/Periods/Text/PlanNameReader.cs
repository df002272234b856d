using System;
using System.Globalization;
using Quzhou.Governance.Parsing;

namespace Quzhou.Governance.Periods.Text;

/// <summary>
/// Reads a Five-Year Plan's name as written — 十四五, “十四五”, 『十四五』, 第十四个五年规划, 14th Five-Year Plan,
/// 14th FYP — and the words after it: 时期, 期间, 规划/计划 (the whole plan), 以来, 同期, 开局之年, 收官之年.
/// A short name's last 五 is the 五 of 五年: 十五 is the 10th plan, 十五五 the 15th.
/// </summary>
internal static class PlanNameReader
{
    private static readonly string OrdinalRange = string.Format(CultureInfo.InvariantCulture, "a plan number 1–{0}", FiveYearPlan.MaxOrdinal);

    internal static ParseResult<PlanReference> Read(ReadOnlySpan<char> s, string? original = null)
    {
        var whole = s;
        var pos = TextScanner.Trim(ref s);
        if (TryRead(s, ref pos, out var reference, out var errorPosition, out var expected))
        {
            if (pos == s.Length)
            {
                return ParseResult<PlanReference>.ForValue(reference);
            }

            errorPosition = pos;
            expected = "the end of the name, or 时期, 期间, 以来, 同期, 开局之年 or 收官之年";
        }

        return ParseResult<PlanReference>.ForError(original ?? whole.ToString(), errorPosition, expected);
    }

    internal static bool TryReadWhole(ReadOnlySpan<char> s, out PlanReference reference)
    {
        var pos = TextScanner.Trim(ref s);
        return TryRead(s, ref pos, out reference, out _, out _) && pos == s.Length;
    }

    /// <summary>Reads a name and its suffix at <paramref name="pos"/>, moving past them.</summary>
    internal static bool TryRead(ReadOnlySpan<char> s, ref int pos, out PlanReference reference, out int errorPosition, out string expected)
    {
        reference = default;
        var quoted = pos < s.Length && CharFolding.IsQuote(s[pos]);
        if (quoted)
        {
            pos++;
        }

        if (pos >= s.Length)
        {
            return Fail(pos, "a plan's name such as 十四五", out errorPosition, out expected);
        }

        var numberPos = pos;
        int ordinal;
        var shortForm = false;
        var english = false;
        if (s[pos] == '第')
        {
            pos++;
            numberPos = pos;
            if (!TextScanner.TryReadNumber(s, ref pos, out ordinal))
            {
                return Fail(pos, "a plan number, as in 第十四个五年规划", out errorPosition, out expected);
            }

            if (TextScanner.At(s, pos, "个"))
            {
                pos++;
            }

            if (!TextScanner.At(s, pos, "五年"))
            {
                return Fail(pos, "个五年规划 or 个五年计划", out errorPosition, out expected);
            }

            pos += 2;
            if (!TextScanner.At(s, pos, "规划") && !TextScanner.At(s, pos, "计划"))
            {
                return Fail(pos, "规划 or 计划", out errorPosition, out expected);
            }

            pos += 2;
        }
        else if (CharFolding.IsDigit(s[pos]))
        {
            english = true;
            TextScanner.TryReadNumber(s, ref pos, out ordinal);
            if (TextScanner.AtIgnoreCase(s, pos, "st") || TextScanner.AtIgnoreCase(s, pos, "nd") ||
                TextScanner.AtIgnoreCase(s, pos, "rd") || TextScanner.AtIgnoreCase(s, pos, "th"))
            {
                pos += 2;
            }

            while (pos < s.Length && CharFolding.IsSpace(s[pos]))
            {
                pos++;
            }

            if (TextScanner.AtIgnoreCase(s, pos, "Five-Year Plan") || TextScanner.AtIgnoreCase(s, pos, "Five Year Plan"))
            {
                pos += 14;
            }
            else if (TextScanner.AtIgnoreCase(s, pos, "FYP"))
            {
                pos += 3;
            }
            else
            {
                return Fail(pos, "Five-Year Plan or FYP", out errorPosition, out expected);
            }
        }
        else
        {
            var run = 0;
            while (pos + run < s.Length && (ChineseNumerals.DigitValue(s[pos + run]) >= 0 || ChineseNumerals.UnitValue(s[pos + run]) > 0))
            {
                run++;
            }

            if (run < 2 || s[pos + run - 1] != '五')
            {
                return Fail(pos, "a plan's name such as 十四五, 第十四个五年规划 or 14th Five-Year Plan", out errorPosition, out expected);
            }

            if (!ChineseNumerals.TryParse(s.Slice(pos, run - 1), out var number))
            {
                return Fail(pos, "a plan number in Chinese numerals before 五, as in 十四五", out errorPosition, out expected);
            }

            ordinal = (int)Math.Min(number, int.MaxValue);
            pos += run;
            shortForm = true;
        }

        if (ordinal < 1 || ordinal > FiveYearPlan.MaxOrdinal)
        {
            return Fail(numberPos, OrdinalRange, out errorPosition, out expected);
        }

        if (quoted)
        {
            if (pos >= s.Length || !CharFolding.IsQuote(s[pos]))
            {
                return Fail(pos, "a closing quote", out errorPosition, out expected);
            }

            pos++;
        }

        var kind = PlanReferenceKind.WholePlan;
        if (!english)
        {
            if (TextScanner.At(s, pos, "时期") || TextScanner.At(s, pos, "期间") ||
                (shortForm && (TextScanner.At(s, pos, "规划") || TextScanner.At(s, pos, "计划"))))
            {
                pos += 2;
            }
            else if (TextScanner.At(s, pos, "以来"))
            {
                pos += 2;
                kind = PlanReferenceKind.SinceStart;
            }
            else if (TextScanner.At(s, pos, "同期"))
            {
                pos += 2;
                kind = PlanReferenceKind.SameSpan;
            }
            else if (TextScanner.At(s, pos, "开局之年") || TextScanner.At(s, pos, "收官之年"))
            {
                kind = s[pos] == '开' ? PlanReferenceKind.OpeningYear : PlanReferenceKind.ClosingYear;
                pos += 4;
            }
            else if (TextScanner.At(s, pos, "开局年") || TextScanner.At(s, pos, "收官年"))
            {
                kind = s[pos] == '开' ? PlanReferenceKind.OpeningYear : PlanReferenceKind.ClosingYear;
                pos += 3;
            }
        }

        errorPosition = 0;
        expected = string.Empty;
        reference = new PlanReference(FiveYearPlan.FromValidOrdinal(ordinal), kind);
        return true;
    }

    private static bool Fail(int position, string what, out int errorPosition, out string expected)
    {
        errorPosition = position;
        expected = what;
        return false;
    }
}
