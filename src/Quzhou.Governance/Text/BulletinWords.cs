using System;
using Quzhou.Governance.Parsing;

namespace Quzhou.Governance.Text;

/// <summary>The words the bulletin reader looks for around figures: counting words, lead words before a subject,
/// adverbs after it, region words, the verbs of a level and of a threshold. Matched on normalised text.</summary>
internal static class BulletinWords
{
    /// <summary>Counting words after a number, longest first.</summary>
    internal static readonly string[] Counters =
    [
        "万人次", "人次", "个月", "季度", "平方米", "平方公里", "公里", "千米",
        "个", "次", "起", "件", "人", "名", "户", "家", "所", "项", "条", "座", "处", "辆", "宗", "批", "场",
        "年", "天", "日", "月", "周", "元", "吨", "亩", "套", "台", "只", "头", "张", "篇", "例", "大", "支", "类", "种", "部", "位",
    ];

    /// <summary>Counting words of time: only a streak (连续3年) or a base (近5年) counts in them.</summary>
    internal static readonly string[] TimeCounters = ["个月", "季度", "年", "天", "日", "月", "周"];

    /// <summary>Counting words of amounts and measures: what they count is a level, never a count of things.</summary>
    internal static readonly string[] MeasureCounters = ["元", "吨", "亩", "平方米", "平方公里", "公里", "千米"];

    /// <summary>Words before a subject that belong to the sentence, not the subject, longest first.</summary>
    internal static readonly string[] Leads =
    [
        "与此同时", "截至目前", "比如", "例如", "同时", "其中", "此外", "另外", "实现了", "实现", "推动", "促进", "使得",
        "全年", "当年", "今年", "目前", "已经", "并且", "并", "且", "而", "仅", "使", "如", "共", "其",
    ];

    /// <summary>Words between a subject and its verb or figure (adverbs), longest first.</summary>
    internal static readonly string[] Trails = ["已经", "已", "就", "都", "也", "均", "还", "则", "仍", "又", "共", "了", "合计", "总计"];

    /// <summary>Region words before a subject, dropped when the subject is looked up (the text keeps them).</summary>
    internal static readonly string[] Regions = ["全市", "全省", "全国", "全县", "全区", "本市", "我市", "市"];

    /// <summary>The verbs of a level, longest first; 达 and 达到 print as the default (no predicate).</summary>
    internal static readonly string[] LevelVerbs = ["达到", "达", "为", "升至", "降至", "提高到", "提高至", "提升至", "提升到", "占比"];

    /// <summary>The verbs of a threshold held, longest first; 保持在 prints as the default.</summary>
    internal static readonly string[] ThresholdVerbs = ["保持在", "稳定在", "控制在", "维持在", "保持", "稳定", "控制", "维持", "始终保持在"];

    /// <summary>The words of a structure before its ratio; 结构为 prints as the default.</summary>
    internal static readonly string[] StructureWords = ["结构为", "比例为", "之比为", "比为"];

    /// <summary>The word at <paramref name="index"/> of <paramref name="text"/> among <paramref name="words"/> (the
    /// first listed that matches), or null.</summary>
    internal static string? At(ReadOnlySpan<char> text, int index, string[] words)
    {
        foreach (var word in words)
        {
            // The first char first: most words fail on it, without a slice and a compare.
            if (index + word.Length <= text.Length && text[index] == word[0] && text.Slice(index, word.Length).SequenceEqual(word.AsSpan()))
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>The word ending at <paramref name="end"/> of <paramref name="text"/> among <paramref name="words"/>, or null.</summary>
    internal static string? EndingAt(ReadOnlySpan<char> text, int start, int end, string[] words)
    {
        foreach (var word in words)
        {
            // The last char first: most words fail on it, without a slice and a compare.
            if (end - word.Length >= start && end > 0 && text[end - 1] == word[word.Length - 1] && text.Slice(end - word.Length, word.Length).SequenceEqual(word.AsSpan()))
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="word"/> appears at <paramref name="index"/>.</summary>
    internal static bool Is(ReadOnlySpan<char> text, int index, string word) =>
        index >= 0 && index + word.Length <= text.Length && text[index] == word[0] && text.Slice(index, word.Length).SequenceEqual(word.AsSpan());

    internal static bool IsDigit(char c) => c >= '0' && c <= '9';

    internal static bool IsChineseNumeral(char c) => ChineseNumerals.DigitValue(c) >= 0 || ChineseNumerals.UnitValue(c) > 0;
}
