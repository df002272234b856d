using System;
using Quzhou.Governance.Claims;
using Quzhou.Governance.Figures;
using Quzhou.Governance.Figures.Text;
using Quzhou.Governance.Parsing;

namespace Quzhou.Governance.Text;

/// <summary>Finding the figures of a clause over the figure grammar (<see cref="FigureTokenReader"/>), and the
/// diagnostics for numbers that cannot be read with certainty.</summary>
internal sealed partial class BulletinParser
{
    private const int MaxFigureLength = 96;

    /// <summary>Finds the figures of [<paramref name="start"/>, <paramref name="end"/>) into <see cref="figures"/>,
    /// skipping quotations, brackets, book titles, bases, dates and years; false when a number cannot be read with
    /// certainty (the diagnostic is given, and the clause gives no claim).</summary>
    private bool FindFigures(int start, int end)
    {
        var s = text.Chars;

        // From one landing place (the start, or past a quotation, a base or a number) straight to the next char a
        // figure or a quotation can start at: the chars between start nothing, and a base among them is passed over
        // with them (a base starts with none of these chars, so one reached after a jump began before the char).
        var from = start;
        var i = FigureStarts.Next(s, from, end);
        while (i < end)
        {
            var c = s[i];
            var opening = c is '\u201C' or '(' or '《' or '[';
            if (!(opening && i == from) && InBase(i, out var baseEnd))
            {
                from = baseEnd;
                i = FigureStarts.Next(s, from, end);
                continue;
            }

            if (opening)
            {
                from = Closing(s, i, end);
                i = FigureStarts.Next(s, from, end);
                continue;
            }

            var digit = BulletinWords.IsDigit(c);
            if ((digit && (i == start || !(BulletinWords.IsDigit(s[i - 1]) || s[i - 1] == '.')))
                || (!digit && BulletinWords.IsChineseNumeral(c) && (i == start || !BulletinWords.IsChineseNumeral(s[i - 1]))))
            {
                var read = TryFigureAt(s, figures.Count > 0 ? Math.Max(start, figures[figures.Count - 1].End) : start, i, end, digit, out var hit, out var next);
                if (read < 0)
                {
                    return false;
                }

                from = read > 0 ? hit.End : Math.Max(i + 1, next);
                if (read > 0)
                {
                    figures.Add(hit);
                }

                i = FigureStarts.Next(s, from, end);
                continue;
            }

            from = i + 1;
            i = FigureStarts.Next(s, from, end);
        }

        return true;
    }

    /// <summary>The chars a figure (a digit, a Chinese numeral, in simplified, traditional and financial forms) or a
    /// quotation, bracket or book title starts with: <see cref="FindFigures"/> reads nothing at any other.</summary>
    private static readonly CharSet FigureStarts = new("0123456789\u201C(《[零〇一幺二两三四五六七八九十百千万亿萬億拾佰仟壹貳贰貮兩叁參叄肆伍陆陸柒捌玖");

    private static int Closing(ReadOnlySpan<char> s, int i, int end)
    {
        var close = s[i] switch
        {
            '\u201C' => '\u201D',
            '(' => ')',
            '《' => '》',
            _ => ']',
        };
        for (var j = i + 1; j < end; j++)
        {
            if (s[j] == close)
            {
                return j + 1;
            }
        }

        return i + 1;
    }

    /// <summary>1 when a figure starts at <paramref name="i"/> (in <paramref name="hit"/>), 0 when the number there is
    /// no figure (a year, a date, a code; <paramref name="next"/> is past it), −1 when it cannot be read with certainty.</summary>
    private int TryFigureAt(ReadOnlySpan<char> s, int start, int i, int end, bool digit, out FigureHit hit, out int next)
    {
        hit = default;
        int j;
        var dots = 0;
        if (digit)
        {
            j = i;
            while (j < end)
            {
                if (BulletinWords.IsDigit(s[j]))
                {
                    j++;
                }
                else if (s[j] == '.' && j + 1 < end && BulletinWords.IsDigit(s[j + 1]))
                {
                    dots++;
                    j++;
                }
                else if (s[j] == ',' && j + 3 < end && BulletinWords.IsDigit(s[j + 1]) && BulletinWords.IsDigit(s[j + 2]) && BulletinWords.IsDigit(s[j + 3]) && (j + 4 >= end || !BulletinWords.IsDigit(s[j + 4])))
                {
                    j++;
                }
                else
                {
                    break;
                }
            }
        }
        else
        {
            if (BulletinWords.Is(s, i, "百分之"))
            {
                next = i + 3; // the numeral after it is the figure
                return 0;
            }

            var scanned = ChineseNumerals.Scan(s.Slice(i, end - i), out _);
            j = i + scanned;
            if (scanned == 0)
            {
                next = i + 1;
                return 0;
            }
        }

        next = j;
        if (dots > 1)
        {
            Diagnose(TextDiagnosticKind.NumbersRunTogether, i, j, "数字连在一起（" + text.Slice(i, j) + "），无法分辨各是多少", "numbers run together (" + text.Slice(i, j) + "); which is which cannot be told");
            return -1;
        }

        // Not a figure: a code or model (G60, 5G), an ordinal (第3), a year (2025年), a date (10月, 5日), a range's
        // first end (1—10月), a number inside a name.
        if (i > start && (IsLatin(s[i - 1]) || s[i - 1] == '第'))
        {
            return 0;
        }

        if (j < end && (IsLatin(s[j]) || (CharFolding.IsRangeMark(s[j]) && j + 1 < end && (BulletinWords.IsDigit(s[j + 1]) || BulletinWords.IsChineseNumeral(s[j + 1])))))
        {
            return 0;
        }

        var streak = i >= 2 && (BulletinWords.Is(s, i - 2, "连续") || BulletinWords.Is(s, i - 2, "持续"));
        if (digit && j < end && !streak && (s[j] is '月' or '日' or '号' || BulletinWords.Is(s, j, "季度") || (s[j] == '年' && !BulletinWords.Is(s, j, "年均"))))
        {
            return 0;
        }

        // The number's words: magnitude, 余/多, unit, 以上/以下/左右.
        var k = j;
        var magnitude = false;
        if (k < end && s[k] == '万')
        {
            k += k + 1 < end && s[k + 1] == '亿' ? 2 : 1;
            magnitude = true;
        }
        else if (k < end && s[k] == '亿')
        {
            k++;
            magnitude = true;
        }

        if (k < end && s[k] is '余' or '多')
        {
            k++;
        }

        var percentWords = !digit && i >= 3 && BulletinWords.Is(s, i - 3, "百分之");
        if (k < end && s[k] is '%' or '‰' or '倍' or '成')
        {
            k++;
        }
        else if (BulletinWords.At(s.Slice(0, end), k, PointWords) is { } points)
        {
            k += points.Length;
        }
        else if (k < end && s[k] == '番' && !digit)
        {
            k++;
        }
        else if (BulletinWords.At(s.Slice(0, end), k, BulletinWords.Counters) is { } counter)
        {
            k += counter.Length;
        }

        if (FigureGrammar.SuffixQualifierAt(s.Slice(0, end), k) != FigureTokenQualifier.Exact)
        {
            k += 2;
        }

        if (k < end && BulletinWords.IsDigit(s[k]))
        {
            Diagnose(TextDiagnosticKind.NumbersRunTogether, i, k + 1, "数字连在一起（" + text.Slice(i, Math.Min(end, k + 4)) + "），无法分辨各是多少", "numbers run together (" + text.Slice(i, Math.Min(end, k + 4)) + "); which is which cannot be told");
            return -1;
        }

        // Before the number: a qualifier (约, 近, 超过, 突破), then a direction word (下降, 增加了), or 翻 before 一番.
        var figureStart = percentWords ? i - 3 : i;
        var q = figureStart;
        if (q >= 1 && s[q - 1] is '约' or '近')
        {
            q--;
        }
        else if (q >= 2 && (BulletinWords.Is(s, q - 2, "超过") || BulletinWords.Is(s, q - 2, "突破")))
        {
            q -= 2;
        }

        var d = q;
        var hasDirection = false;
        var doubling = false;
        if (d >= 2 && FigureGrammar.DirectionAt(s.Slice(d - 2, 2)) != FigureTokenDirection.None)
        {
            d -= 2;
            hasDirection = true;
        }
        else if (d >= 3 && s[d - 1] == '了' && FigureGrammar.DirectionAt(s.Slice(d - 3, 2)) != FigureTokenDirection.None)
        {
            d -= 3;
            hasDirection = true;
        }
        else if (d >= 1 && s[d - 1] == '翻' && !digit)
        {
            d--;
            doubling = true;
        }

        if (d < start)
        {
            d = start;
        }

        // A Chinese numeral is a figure only where it cannot be a word: after a direction word, 翻 or 百分之, with 万 or 亿,
        // or in 成 after a share word (占三成, 占全部案件的三成).
        if (!digit && !hasDirection && !doubling && !percentWords && !magnitude && !IsShareTenths(s, start, q, j, end))
        {
            return 0;
        }

        var length = (hasDirection ? 2 : 0) + (doubling ? 1 : 0) + (k - q) + (percentWords ? 1 : 0);
        if (length > MaxFigureLength)
        {
            Diagnose(TextDiagnosticKind.UnreadableFigure, d, k, "数字过长，无法读取", "the figure is too long to read");
            return -1;
        }

        Span<char> buffer = stackalloc char[MaxFigureLength];
        var n = 0;
        if (hasDirection)
        {
            var at = s[d + 2] == '了' && d + 3 == q ? d : d;
            buffer[n++] = s[at];
            buffer[n++] = s[at + 1];
        }
        else if (doubling)
        {
            buffer[n++] = '翻';
        }

        if (percentWords)
        {
            // 百分之三十 → 三十%
            for (var p = q; p < i - 3; p++)
            {
                buffer[n++] = s[p];
            }

            for (var p = i; p < k; p++)
            {
                buffer[n++] = s[p];
            }

            buffer[n++] = '%';
        }
        else
        {
            for (var p = q; p < k; p++)
            {
                buffer[n++] = s[p];
            }
        }

        var token = buffer.Slice(0, n);
        if (!FigureTokenReader.TryRead(token, out var read, out _, out var expected))
        {
            Diagnose(TextDiagnosticKind.UnreadableFigure, d, k, "无法读取数字“" + text.Slice(d, k) + "”：" + expected, "cannot read the figure " + text.Slice(d, k) + ": expected " + expected);
            next = k;
            return 0;
        }

        hit = new FigureHit(d, i, k, FigureReader.FromToken(read, UnitText(read, token)));
        return 1;
    }

    /// <summary>The unit's text of <paramref name="token"/> as <see cref="FigureToken.UnitTextIn"/> gives it, the
    /// reading's one string of it for a unit the grammar does not name (件, 起: folded, then pooled).</summary>
    private string? UnitText(in FigureToken token, ReadOnlySpan<char> source)
    {
        if (token.Unit == FigureTokenUnit.None || token.UnitText is not null)
        {
            return token.UnitText;
        }

        var unit = source.Slice(token.UnitStart, token.UnitLength);
        Span<char> folded = stackalloc char[MaxFigureLength];
        for (var k = 0; k < unit.Length; k++)
        {
            folded[k] = CharFolding.Fold(unit[k]);
        }

        return strings.Get(folded.Slice(0, unit.Length));
    }

    private static readonly string[] PointWords = ["个百分点", "百分点", "个千分点", "千分点"];

    private static bool IsLatin(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    /// <summary>生产安全事故“0”发生: a count of none, its subject before the quotation.</summary>
    private bool TryZeroCount(int start, int end)
    {
        var s = text.Chars;
        var at = IndexOf(s, start, end, "\u201C0\u201D发生");
        if (at < 0)
        {
            return false;
        }

        var a = start;
        var e = at;
        Trim(ref a, ref e);
        if (a >= e)
        {
            return false;
        }

        var written = text.Slice(a, e);
        var key = s.Slice(a, e - a);
        key = key.Slice(RegionLength(key));
        var indicator = catalog.FindOne(key, "\u201C0\u201D发生".AsSpan()) ?? Resolve(key, default, false);
        var subject = indicator is null ? new ClaimSubject(written) : ClaimSubject.For(indicator, written);
        var figure = new PublishedFigure(0m, FigureUnit.None);
        var period = sentencePeriod ?? paragraphPeriod ?? titlePeriod;
        var stem = IdStem(subject);
        var claim = Claim.Owning(stem, NextIdNumber(stem), ClaimKind.Count, [subject], [figure], ClaimBase.None, region, published, period);
        var source = text.ToSource(a, e);
        claims.Add(new ReadClaim(claim, text.ToSource(a, at + 5), [text.ToSource(at + 1, at + 2)], [source.In(original).ToString()], [source], sentencePeriod is null && period is not null));
        return true;
    }
}
