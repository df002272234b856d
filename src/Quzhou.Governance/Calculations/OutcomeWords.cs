using System;
using System.Globalization;
using Quzhou.Governance.Quantities;

namespace Quzhou.Governance.Calculations;

/// <summary>
/// The one table of the words for the calculations' outcomes, in Chinese and in English: what ended a run, whether a
/// threshold held, which readings of a claim fit. The words for an undefined value are <see cref="UndefinedReasonWords"/>'. A user never writes the switch.
/// </summary>
public static class OutcomeWords
{
    /// <summary>The words for what ended a run: “持续至最新一期” for a zh culture, “still going at the last period” otherwise.</summary>
    /// <param name="end">What ended the run.</param>
    /// <param name="provider">A zh culture gives the Chinese words; null or any other culture the English.</param>
    /// <returns>The words.</returns>
    public static string Describe(this RunEnd end, IFormatProvider? provider) => For(end, IsChinese(provider));

    /// <summary>The words for a threshold's outcome: “保持” / “held”, “未保持” / “broken”, “无法判定” / “undetermined”,
    /// “未计算” / “not computed”.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <param name="provider">A zh culture gives the Chinese words; null or any other culture the English.</param>
    /// <returns>The words.</returns>
    public static string Describe(this ThresholdOutcome outcome, IFormatProvider? provider) => For(outcome, IsChinese(provider));

    /// <summary>The words for which readings of a claimed change of a rate fit: “按百分点解读相符” / “fits as percentage points”,
    /// “按相对变化解读相符” / “fits as a relative change”, “两种解读均相符（有歧义）” / “both readings fit (ambiguous)”,
    /// “两种解读均不相符” / “neither reading fits”.</summary>
    /// <param name="readings">The readings.</param>
    /// <param name="provider">A zh culture gives the Chinese words; null or any other culture the English.</param>
    /// <returns>The words.</returns>
    public static string Describe(this RateChangeReadings readings, IFormatProvider? provider) => For(readings, IsChinese(provider));

    /// <summary>Whether <paramref name="format"/> (“zh”, “G”, null) with <paramref name="provider"/> asks for Chinese.</summary>
    internal static bool IsChinese(string? format, IFormatProvider? provider) => QuantityFormat.Parse(format, provider).Chinese;

    internal static bool IsChinese(IFormatProvider? provider) => QuantityFormat.Parse((string?)null, provider).Chinese;

    /// <summary>A signed percentage as a Chinese change: “增长6.47%”, “下降31.30%”, “持平”.</summary>
    internal static string ChangeWords(decimal percent) =>
        percent > 0m ? "增长" + percent.ToString(CultureInfo.InvariantCulture) + "%"
        : percent < 0m ? "下降" + (-percent).ToString(CultureInfo.InvariantCulture) + "%"
        : "持平";

    internal static string For(RunEnd end, bool chinese) => end switch
    {
        RunEnd.EndOfData => chinese ? "持续至最新一期" : "still going at the last period",
        RunEnd.ConditionNotMet => chinese ? "下一期未满足条件" : "the next period did not meet the condition",
        RunEnd.MissingCurrent => chinese ? "下一期数据缺失" : "the next period is a gap",
        RunEnd.BasisBreak => chinese ? "下一期口径调整，不可比" : "the basis changed at the next period",
        RunEnd.MissingBase => chinese ? "下一期缺少基期数据" : "the next period has no base",
        _ => chinese ? "未计算" : "not computed",
    };

    internal static string For(ThresholdOutcome outcome, bool chinese) => outcome switch
    {
        ThresholdOutcome.Held => chinese ? "保持" : "held",
        ThresholdOutcome.Broken => chinese ? "未保持" : "broken",
        ThresholdOutcome.Undetermined => chinese ? "无法判定" : "undetermined",
        _ => chinese ? "未计算" : "not computed",
    };

    internal static string For(RateChangeReadings readings, bool chinese) => readings switch
    {
        RateChangeReadings.PercentagePoints => chinese ? "按百分点解读相符" : "fits as percentage points",
        RateChangeReadings.Relative => chinese ? "按相对变化解读相符" : "fits as a relative change",
        RateChangeReadings.PercentagePoints | RateChangeReadings.Relative => chinese ? "两种解读均相符（有歧义）" : "both readings fit (ambiguous)",
        _ => chinese ? "两种解读均不相符" : "neither reading fits",
    };
}
