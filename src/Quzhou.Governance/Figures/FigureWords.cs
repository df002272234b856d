using System;
using Quzhou.Governance.Parsing;

namespace Quzhou.Governance.Figures;

/// <summary>The words of published figures, and the common unit texts kept as shared strings so reading
/// the usual forms allocates nothing beyond the result. Text is compared folded (<see cref="CharFolding.Fold"/>):
/// 增長 is 增长, 個百分點 is 个百分点.</summary>
internal static class FigureWords
{
    internal const string PercentagePointsLong = "个百分点";
    internal const string PercentagePointsShort = "百分点";
    internal const string PermillePoints = "千分点";
    internal const string PermillePointsLong = "个千分点";

    private static readonly string[] Counters =
    {
        "人", "次", "起", "个", "件", "元", "户", "家", "名", "项", "年", "月", "天", "日", "个月", "座", "所", "条",
        "宗", "辆", "大", "人次", "场", "批", "支", "篇",
    };

    private static readonly string[] PerPopulations =
    {
        "起/10万人", "人/10万人", "起/万人", "人/万人", "件/万人", "件/10万人", "起/百万人", "人/千人",
    };

    /// <summary>The written word of a direction; empty for none.</summary>
    internal static string DirectionWord(FigureDirection direction) => direction switch
    {
        FigureDirection.Growth => "增长",
        FigureDirection.Raise => "提高",
        FigureDirection.Lift => "提升",
        FigureDirection.Rise => "上升",
        FigureDirection.Addition => "增加",
        FigureDirection.Decline => "下降",
        FigureDirection.Reduction => "减少",
        FigureDirection.Lowering => "降低",
        _ => string.Empty,
    };

    /// <summary>Whether the direction word marks a decrease.</summary>
    internal static bool IsDecrease(FigureDirection direction) =>
        direction is FigureDirection.Decline or FigureDirection.Reduction or FigureDirection.Lowering;

    /// <summary>The written word of a qualifier; empty for exact.</summary>
    internal static string QualifierWord(FigureQualifier qualifier) => qualifier switch
    {
        FigureQualifier.Odd => "余",
        FigureQualifier.More => "多",
        FigureQualifier.AtLeast => "以上",
        FigureQualifier.AtMost => "以下",
        FigureQualifier.Nearly => "近",
        FigureQualifier.About => "约",
        FigureQualifier.Around => "左右",
        FigureQualifier.Exceeding => "超过",
        FigureQualifier.Breaking => "突破",
        _ => string.Empty,
    };

    /// <summary>Where a qualifier is written: −1 before the number, 0 straight after the number or
    /// magnitude, 1 after the unit.</summary>
    internal static int QualifierPlace(FigureQualifier qualifier) => qualifier switch
    {
        FigureQualifier.Nearly or FigureQualifier.About or FigureQualifier.Exceeding or FigureQualifier.Breaking => -1,
        FigureQualifier.Odd or FigureQualifier.More => 0,
        _ => 1,
    };

    /// <summary>The direction word at the start of <paramref name="text"/> (two characters), or none.</summary>
    internal static FigureDirection DirectionAt(ReadOnlySpan<char> text)
    {
        if (text.Length < 2)
        {
            return FigureDirection.None;
        }

        return (CharFolding.Fold(text[0]), CharFolding.Fold(text[1])) switch
        {
            ('增', '长') => FigureDirection.Growth,
            ('提', '高') => FigureDirection.Raise,
            ('提', '升') => FigureDirection.Lift,
            ('上', '升') => FigureDirection.Rise,
            ('增', '加') => FigureDirection.Addition,
            ('下', '降') => FigureDirection.Decline,
            ('减', '少') => FigureDirection.Reduction,
            ('降', '低') => FigureDirection.Lowering,
            _ => FigureDirection.None,
        };
    }

    /// <summary>The qualifier written before a number at the start of <paramref name="text"/>, and its length.</summary>
    internal static FigureQualifier PrefixQualifierAt(ReadOnlySpan<char> text, out int length)
    {
        length = 0;
        if (text.Length == 0)
        {
            return FigureQualifier.Exact;
        }

        switch (CharFolding.Fold(text[0]))
        {
            case '约':
                length = 1;
                return FigureQualifier.About;
            case '近':
                length = 1;
                return FigureQualifier.Nearly;
            case '超' when text.Length > 1 && CharFolding.Fold(text[1]) == '过':
                length = 2;
                return FigureQualifier.Exceeding;
            case '突' when text.Length > 1 && text[1] == '破':
                length = 2;
                return FigureQualifier.Breaking;
            default:
                return FigureQualifier.Exact;
        }
    }

    /// <summary>The qualifier written after a unit (以上, 以下, 左右) at <paramref name="index"/>, or exact.</summary>
    internal static FigureQualifier SuffixQualifierAt(ReadOnlySpan<char> text, int index)
    {
        if (index + 1 >= text.Length)
        {
            return FigureQualifier.Exact;
        }

        return (CharFolding.Fold(text[index]), CharFolding.Fold(text[index + 1])) switch
        {
            ('以', '上') => FigureQualifier.AtLeast,
            ('以', '下') => FigureQualifier.AtMost,
            ('左', '右') => FigureQualifier.Around,
            _ => FigureQualifier.Exact,
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
