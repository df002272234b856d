using System;

namespace Quzhou.Governance.Parsing;

/// <summary>
/// The words of the figure grammar and the tests on them that reading and the figures' own checks share: direction
/// and qualifier words, units, counting words, a per-population unit's population, and the shared strings of the
/// common unit texts (so reading the usual forms allocates nothing). Text is compared folded
/// (<see cref="CharFolding.Fold"/>): 增長 is 增长, 個百分點 is 个百分点.
/// </summary>
internal static class FigureGrammar
{
    internal const string PercentagePointsLong = "个百分点";
    internal const string PercentagePointsShort = "百分点";
    internal const string PermillePoints = "千分点";
    internal const string PermillePointsLong = "个千分点";

    /// <summary>The largest population a per-population unit may be counted per (10⁹).</summary>
    internal const long MaxPopulationBase = 1_000_000_000;

    /// <summary>The largest size of a figure's value with its magnitude applied: 10²⁸ − 1 (28 digits).</summary>
    internal const decimal MaxExpanded = 9_999_999_999_999_999_999_999_999_999m;

    private const int MaxWordLength = 16;

    private static readonly string[] Counters =
    {
        "人", "次", "起", "个", "件", "元", "户", "家", "名", "项", "年", "月", "天", "日", "个月", "座", "所", "条",
        "宗", "辆", "大", "人次", "场", "批", "支", "篇",
    };

    private static readonly string[] PerPopulations =
    {
        "起/10万人", "人/10万人", "起/万人", "人/万人", "件/万人", "件/10万人", "起/百万人", "人/千人",
    };

    /// <summary>The largest printed number that can carry a magnitude of 10^<paramref name="exponent"/> (0, 4, 8
    /// or 12) in a decimal: the value with its magnitude stays below 10²⁸, so every interval end (at most 100
    /// steps away) fits in a decimal.</summary>
    internal static decimal MaxForExponent(int exponent) => exponent switch
    {
        0 => MaxExpanded,
        4 => 999_999_999_999_999_999_999_999m,
        8 => 99_999_999_999_999_999_999m,
        _ => 9_999_999_999_999_999m,
    };

    /// <summary>The direction word at the start of <paramref name="text"/> (two characters), or none.</summary>
    internal static FigureTokenDirection DirectionAt(ReadOnlySpan<char> text)
    {
        if (text.Length < 2)
        {
            return FigureTokenDirection.None;
        }

        return (CharFolding.Fold(text[0]), CharFolding.Fold(text[1])) switch
        {
            ('增', '长') => FigureTokenDirection.Growth,
            ('提', '高') => FigureTokenDirection.Raise,
            ('提', '升') => FigureTokenDirection.Lift,
            ('上', '升') => FigureTokenDirection.Rise,
            ('增', '加') => FigureTokenDirection.Addition,
            ('下', '降') => FigureTokenDirection.Decline,
            ('减', '少') => FigureTokenDirection.Reduction,
            ('降', '低') => FigureTokenDirection.Lowering,
            _ => FigureTokenDirection.None,
        };
    }

    /// <summary>The qualifier written before a number at the start of <paramref name="text"/>, and its length.</summary>
    internal static FigureTokenQualifier PrefixQualifierAt(ReadOnlySpan<char> text, out int length)
    {
        length = 0;
        if (text.Length == 0)
        {
            return FigureTokenQualifier.Exact;
        }

        switch (CharFolding.Fold(text[0]))
        {
            case '约':
                length = 1;
                return FigureTokenQualifier.About;
            case '近':
                length = 1;
                return FigureTokenQualifier.Nearly;
            case '超' when text.Length > 1 && CharFolding.Fold(text[1]) == '过':
                length = 2;
                return FigureTokenQualifier.Exceeding;
            case '突' when text.Length > 1 && text[1] == '破':
                length = 2;
                return FigureTokenQualifier.Breaking;
            default:
                return FigureTokenQualifier.Exact;
        }
    }

    /// <summary>The qualifier written after a unit (以上, 以下, 左右) at <paramref name="index"/>, or exact.</summary>
    internal static FigureTokenQualifier SuffixQualifierAt(ReadOnlySpan<char> text, int index)
    {
        if (index + 1 >= text.Length)
        {
            return FigureTokenQualifier.Exact;
        }

        return (CharFolding.Fold(text[index]), CharFolding.Fold(text[index + 1])) switch
        {
            ('以', '上') => FigureTokenQualifier.AtLeast,
            ('以', '下') => FigureTokenQualifier.AtMost,
            ('左', '右') => FigureTokenQualifier.Around,
            _ => FigureTokenQualifier.Exact,
        };
    }

    /// <summary>Whether <paramref name="text"/> starts with <paramref name="word"/>.</summary>
    internal static bool StartsWith(ReadOnlySpan<char> text, string word) =>
        text.Length >= word.Length && FoldedEquals(text.Slice(0, word.Length), word);

    /// <summary>Whether <paramref name="text"/>, folded, is <paramref name="word"/>.</summary>
    internal static bool FoldedEquals(ReadOnlySpan<char> text, string word)
    {
        if (text.Length != word.Length)
        {
            return false;
        }

        for (var k = 0; k < text.Length; k++)
        {
            if (CharFolding.Fold(text[k]) != word[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="text"/>, folded, contains 分点 (百分点, 千分点, 万分点…).</summary>
    internal static bool ContainsPoints(ReadOnlySpan<char> text)
    {
        for (var k = 0; k + 1 < text.Length; k++)
        {
            if (text[k] == '分' && CharFolding.Fold(text[k + 1]) == '点')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The shared string equal to <paramref name="word"/> folded, or null when it is not a common one.</summary>
    internal static string? InternCounter(ReadOnlySpan<char> word) => Find(Counters, word);

    /// <summary>The shared string equal to a per-population unit text, or null when it is not a common one.</summary>
    internal static string? InternPerPopulation(ReadOnlySpan<char> text) => Find(PerPopulations, text);

    /// <summary>The text folded (<see cref="CharFolding.Fold"/>): 個月 → 个月, 起/萬人 → 起/万人.</summary>
    internal static string Folded(ReadOnlySpan<char> text)
    {
        var chars = new char[text.Length];
        for (var k = 0; k < text.Length; k++)
        {
            chars[k] = CharFolding.Fold(text[k]);
        }

        return new string(chars);
    }

    /// <summary>Measure words that start with a numeral character or a large unit: 千米, 千克, 千瓦(时), 千公里, 兆瓦.</summary>
    internal static bool StartsWithMeasureWord(ReadOnlySpan<char> word) =>
        NumberReader.StartsWithMeasureWord(word) || (word.Length >= 2 && word[0] == '兆' && word[1] == '瓦');

    /// <summary>
    /// Reads the population of a per-population unit at the start of <paramref name="text"/> (after its '/'):
    /// digits with an optional 万 or 亿 (1000, 10万), a Chinese numeral (十万, 百万, 千, 拾萬), 万 or 亿 alone, or
    /// nothing (次/人: per person, a population of 1).
    /// </summary>
    /// <param name="text">The text after the '/'.</param>
    /// <param name="populationBase">The population, 1 to <see cref="MaxPopulationBase"/>; 0 when none could be read.</param>
    /// <param name="length">How many characters the population took (its counting word follows).</param>
    /// <returns>Whether a population of 1 to <see cref="MaxPopulationBase"/> was read; false for 0, for more, and
    /// for a numeral that overflows.</returns>
    internal static bool TryReadPopulationBase(ReadOnlySpan<char> text, out long populationBase, out int length)
    {
        populationBase = 0;
        length = 0;
        long value = 0;
        var i = 0;
        var takesMagnitude = true;
        if (text.Length > 0 && CharFolding.IsDigit(text[0]))
        {
            while (i < text.Length && CharFolding.IsDigit(text[i]))
            {
                if (i == 10)
                {
                    return false;
                }

                value = (value * 10) + (CharFolding.Fold(text[i]) - '0');
                i++;
            }
        }
        else
        {
            i = ChineseNumerals.Scan(text, out value, out var overflowAt);
            if (overflowAt >= 0)
            {
                return false;
            }

            // 十万 has its 万 already; only 万 or 亿 alone (万人) is one of that unit.
            takesMagnitude = i == 0;
            value = i == 0 ? 1 : value;
        }

        if (takesMagnitude && i < text.Length)
        {
            var unit = CharFolding.Fold(text[i]);
            if (unit is '万' or '亿')
            {
                value *= unit == '万' ? 10_000 : 100_000_000;
                i++;
            }
        }

        length = i;
        if (value < 1 || value > MaxPopulationBase)
        {
            return false;
        }

        populationBase = value;
        return true;
    }

    /// <summary>The population base written after the '/' of a per-population unit's text (read as
    /// <see cref="TryReadPopulationBase"/> does).</summary>
    internal static long ParsePopulationBase(ReadOnlySpan<char> text)
    {
        var slash = text.IndexOf('/');
        return slash >= 0 && TryReadPopulationBase(text.Slice(slash + 1), out var populationBase, out _) ? populationBase : 0;
    }

    /// <summary>Whether the whole span is a counting word (letters, no reserved prefix or word).</summary>
    internal static bool IsCounterWord(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || word.Length > MaxWordLength)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!IsWordLetter(c))
            {
                return false;
            }
        }

        var first = CharFolding.Fold(word[0]);
        if (first is '余' or '多' or '万' or '亿' or '倍' or '成' or '番' or '%' or '‰')
        {
            return false;
        }

        // Numerals belong to the number, never to a counting word: “三 三” is not 3 of a unit called 三, and
        // “一千 百…” would print as the number 一千百. Only the measure words that start with 千 are kept.
        foreach (var c in word)
        {
            if (ChineseNumerals.DigitValue(c) >= 0 || ChineseNumerals.UnitValue(c) >= 10000)
            {
                return false;
            }
        }

        if ((ChineseNumerals.UnitValue(first) > 0 || ChineseNumerals.IsUnreadLargeUnit(first)) && !StartsWithMeasureWord(word))
        {
            return false;
        }

        // A word with 分点 is a points unit (百分点, 千分点) or one the library does not know (万分点, 人百分点): never
        // a counting word, which would hide its scale.
        if (ContainsPoints(word))
        {
            return false;
        }

        for (var i = 0; i < word.Length - 1; i++)
        {
            if (SuffixQualifierAt(word, i) != FigureTokenQualifier.Exact)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A letter of a counting word: a letter outside ASCII once folded (人, 次, 个; not ｐ, which folds to p).</summary>
    internal static bool IsWordLetter(char c)
    {
        var f = CharFolding.Fold(c);
        return f > '\u007F' && char.IsLetter(f);
    }

    private static string? Find(string[] table, ReadOnlySpan<char> text)
    {
        foreach (var candidate in table)
        {
            if (FoldedEquals(text, candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
