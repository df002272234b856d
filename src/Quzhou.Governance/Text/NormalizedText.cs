using System;
using System.Buffers;
using Quzhou.Governance.Parsing;

namespace Quzhou.Governance.Text;

/// <summary>
/// A bulletin's text normalised for reading, with a map from every normalised char back to the original: full-width
/// forms and the traditional forms of the common words folded (<see cref="CharFolding"/> and a few more), quotation
/// marks made “ ”, spaces, footnote markers ([1], ①, *) and crawl noise (zero-width chars, private-use glyphs,
/// replacement chars) dropped, a line break inside a sentence joined and any other made one <c>\n</c>. One array of
/// chars and one of offsets for the whole text, both rented from the shared pool and given back by
/// <see cref="Dispose"/> (the reading keeps only spans into the original); nothing per char.
/// </summary>
internal sealed class NormalizedText : IDisposable
{
    private const int WrappedLength = 60;
    private char[] chars;
    private int[] map;

    private NormalizedText(char[] chars, int[] map, int length)
    {
        this.chars = chars;
        this.map = map;
        Length = length;
    }

    internal int Length { get; }

    internal ReadOnlySpan<char> Chars => chars.AsSpan(0, Length);

    internal char this[int index] => chars[index];

    /// <summary>The original span of the normalised chars [<paramref name="start"/>, <paramref name="end"/>).</summary>
    internal SourceSpan ToSource(int start, int end) =>
        end <= start ? new SourceSpan(map[start], 0) : SourceSpan.FromBounds(map[start], map[end - 1] + 1);

    /// <summary>A string of the normalised chars [<paramref name="start"/>, <paramref name="end"/>).</summary>
    internal string Slice(int start, int end) => new(chars, start, end - start);

    /// <summary>Gives the arrays back to the pool; the text is empty after it.</summary>
    public void Dispose()
    {
        var rentedChars = chars;
        var rentedMap = map;
        chars = Array.Empty<char>();
        map = Array.Empty<int>();
        if (rentedChars.Length > 0)
        {
            ArrayPool<char>.Shared.Return(rentedChars);
            ArrayPool<int>.Shared.Return(rentedMap);
        }
    }

    internal static NormalizedText Create(string text)
    {
        var chars = ArrayPool<char>.Shared.Rent(text.Length + 1);
        var map = ArrayPool<int>.Shared.Rent(text.Length + 2);
        var n = 0;
        var lineStart = 0;
        var quoteOpen = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsPlain(c))
            {
                // Most chars: kept as they are, with nothing to decide.
                map[n] = i;
                chars[n++] = c;
                i++;
                continue;
            }

            if (c == '\r' || c == '\n')
            {
                var j = i;
                var lineBreaks = 0;
                while (j < text.Length && (text[j] == '\r' || text[j] == '\n' || CharFolding.IsSpace(text[j])))
                {
                    lineBreaks += text[j] == '\n' || (text[j] == '\r' && (j + 1 == text.Length || text[j + 1] != '\n')) ? 1 : 0;
                    j++;
                }

                if (n > 0 && chars[n - 1] != '\n' && j < text.Length && IsBreak(chars.AsSpan(lineStart, n - lineStart), text, j, lineBreaks > 1))
                {
                    map[n] = i;
                    chars[n++] = '\n';
                    lineStart = n;
                    quoteOpen = false;
                }

                i = j;
                continue;
            }

            if (n == lineStart && IsBullet(c) && i + 1 < text.Length && (CharFolding.IsSpace(text[i + 1]) || c is '•' or '●' or '■' or '▪' or '·'))
            {
                i++;
                continue;
            }

            if (IsNoise(c))
            {
                i++;
                continue;
            }

            if (c is '[' or '［' or '〔' && FootnoteLength(text, i) is var footnote && footnote > 0)
            {
                i += footnote;
                continue;
            }

            var f = Fold(c);
            if (f == ' ' || c == '\t')
            {
                // Spaces count only between two Latin letters (“G60 科创走廊” keeps none; “5 G” none either).
                if (n > lineStart && IsLatin(chars[n - 1]) && i + 1 < text.Length && IsLatin(Fold(text[i + 1])))
                {
                    map[n] = i;
                    chars[n++] = ' ';
                }

                i++;
                continue;
            }

            if (f == '"')
            {
                f = quoteOpen ? '\u201D' : '\u201C';
            }

            if (f == '\u201C')
            {
                quoteOpen = true;
            }
            else if (f == '\u201D')
            {
                quoteOpen = false;
            }

            map[n] = i;
            chars[n++] = f;
            i++;
        }

        while (n > 0 && chars[n - 1] == '\n')
        {
            n--;
        }

        map[n] = text.Length;
        return new NormalizedText(chars, map, n);
    }

    /// <summary>Whether <paramref name="c"/> is kept as it is wherever it stands (no line break, bullet, noise,
    /// footnote's bracket, space or quotation mark, and folds to itself): one bit of <see cref="PlainChars"/>.</summary>
    private static bool IsPlain(char c) => (PlainChars[c >> 6] & (1UL << (c & 63))) != 0;

    /// <summary>One bit per char (8 KB), set for the chars <see cref="Create"/> copies without a second look.</summary>
    private static readonly ulong[] PlainChars = MakePlainChars();

    private static ulong[] MakePlainChars()
    {
        var bits = new ulong[(char.MaxValue + 1) / 64];
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var c = (char)code;
            var f = Fold(c);
            var plain = f == c && c is not ('\r' or '\n' or '\t' or ' ' or '"' or '\u201C' or '\u201D' or '[' or '［' or '〔')
                && !IsBullet(c) && !IsNoise(c);
            if (plain)
            {
                bits[code >> 6] |= 1UL << (code & 63);
            }
        }

        return bits;
    }

    /// <summary>Whether the line breaks after the current line (<paramref name="next"/> is where the next line's text
    /// starts) end a sentence: after 。！？；：, before a bullet, or
    /// after a line shorter than a wrapped one (a heading, a panel's line, a list item); a long line that stops
    /// mid-sentence was wrapped (by the page or a copy) and is joined to the next, across a blank line too, and so is
    /// a short one that stops inside a phrase — after a comma or 、, or after a word that needs a figure after it
    /// (同比, 下降, 分别…) — when the next line is not blank.</summary>
    private static bool IsBreak(ReadOnlySpan<char> line, string text, int next, bool blankLineBetween)
    {
        var last = line[line.Length - 1];
        if (last is '。' or '!' or '?' or ';' or ':' or '…' || IsBullet(text[next]))
        {
            return true;
        }

        if (line.Length >= WrappedLength)
        {
            return false;
        }

        return blankLineBetween || !EndsInsidePhrase(line);
    }

    /// <summary>Whether a line stops where a sentence cannot: after a comma or 、, or after a base or direction word
    /// that a figure must follow.</summary>
    private static bool EndsInsidePhrase(ReadOnlySpan<char> line)
    {
        var last = line[line.Length - 1];
        if (last is ',' or '、' or '，')
        {
            return true;
        }

        foreach (var word in PhraseWords)
        {
            if (line.EndsWith(word.AsSpan(), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] PhraseWords =
    {
        "同比", "环比", "比上年", "比上年同期", "较", "分别", "增长", "下降", "提高", "提升", "上升", "增加", "减少", "降低", "回落", "达到", "达",
    };

    private static bool IsBullet(char c) => c is '-' or '•' or '●' or '■' or '▪' or '·' or '*' or '－';

    private static bool IsLatin(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    /// <summary>Chars a crawl leaves behind that carry nothing: zero-width chars, the BOM, soft hyphens, replacement
    /// and private-use glyphs, other control chars, circled footnote numbers ①–⑳, superscript digits and *.</summary>
    private static bool IsNoise(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u2060' or '\uFEFF' or '\u00AD' or '\uFFFD' or '*' or '＊' or '\u00B9' or '\u00B2' or '\u00B3'
        || (c >= '\u2070' && c <= '\u2079')
        || (c >= '\u2460' && c <= '\u2473')
        || (c >= '\uE000' && c <= '\uF8FF')
        || (c < ' ' && c != '\t');

    /// <summary>The length of a footnote marker [1], ［12］, 〔3〕 at <paramref name="i"/> (one to three digits), or 0.</summary>
    private static int FootnoteLength(string text, int i)
    {
        var j = i + 1;
        while (j < text.Length && j - i <= 3 && CharFolding.IsDigit(text[j]))
        {
            j++;
        }

        return j > i + 1 && j < text.Length && text[j] is ']' or '］' or '〕' ? j - i + 1 : 0;
    }

    /// <summary><see cref="CharFolding.Fold"/>, then quotation marks to “ ” and the traditional forms of the common
    /// bulletin words (與, 較, 達, 為, 連續, 別, 計, 數, 於, 佔…) to their simplified forms.</summary>
    internal static char Fold(char c)
    {
        var f = CharFolding.Fold(c);
        return f switch
        {
            '\u2018' or '「' or '『' => '\u201C',
            '\u2019' or '」' or '』' => '\u201D',
            '與' => '与',
            '較' => '较',
            '達' => '达',
            '為' => '为',
            '連' => '连',
            '續' => '续',
            '別' => '别',
            '計' => '计',
            '數' => '数',
            '發' => '发',
            '實' => '实',
            '現' => '现',
            '總' => '总',
            '產' => '产',
            '業' => '业',
            '際' => '际',
            '內' => '内',
            '區' => '区',
            '縣' => '县',
            '鎮' => '镇',
            '鄉' => '乡',
            '統' => '统',
            '費' => '费',
            '營' => '营',
            '資' => '资',
            '額' => '额',
            '長' => '长',
            '項' => '项',
            '並' => '并',
            '經' => '经',
            '濟' => '济',
            '後' => '后',
            '來' => '来',
            '當' => '当',
            '從' => '从',
            '進' => '进',
            '處' => '处',
            '對' => '对',
            '結' => '结',
            '構' => '构',
            '於' => '于',
            '佔' => '占',
            _ => f,
        };
    }
}
