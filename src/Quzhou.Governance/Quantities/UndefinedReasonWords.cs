using System;

namespace Quzhou.Governance.Quantities;

/// <summary>
/// The one table of the words for an <see cref="UndefinedReason"/>, in Chinese and in English. Each says the true
/// reason (a missing current value is never “基数为0”); every text about an undefined value, of a quantity or of a
/// calculation's result, comes from here, so a user never writes that switch.
/// </summary>
public static class UndefinedReasonWords
{
    /// <summary>The words for <paramref name="reason"/>: “无法计算（基数为0）” for a zh culture, “undefined (zero base)”
    /// otherwise; “有值” / “defined” for <see cref="UndefinedReason.None"/>.</summary>
    /// <param name="reason">The reason.</param>
    /// <param name="provider">A zh culture (zh-CN, zh-Hans…) gives the Chinese words; null or any other culture the English.</param>
    /// <returns>The words.</returns>
    public static string Describe(this UndefinedReason reason, IFormatProvider? provider) =>
        For(reason, QuantityFormat.Parse((string?)null, provider).Chinese);

    /// <summary>The words for <paramref name="why"/>: “无法计算（基数为0）” / “undefined (zero base)”.</summary>
    internal static string For(UndefinedReason why, bool chinese) => why switch
    {
        UndefinedReason.ZeroBase => chinese ? "无法计算（基数为0）" : "undefined (zero base)",
        UndefinedReason.ZeroDenominator => chinese ? "无法计算（分母为0）" : "undefined (zero denominator)",
        UndefinedReason.ZeroPopulation => chinese ? "无法计算（人口为0）" : "undefined (zero population)",
        UndefinedReason.MissingCurrent => chinese ? "无法计算（本期数据缺失）" : "undefined (current value missing)",
        UndefinedReason.MissingBase => chinese ? "无法计算（基期数据缺失）" : "undefined (base value missing)",
        UndefinedReason.BasisBreak => chinese ? "无法计算（口径调整，不可比）" : "undefined (basis changed, not comparable)",
        UndefinedReason.PartsMissing => chinese ? "无法计算（仅有公布比率，缺分子分母）" : "undefined (only the published rate is known)",
        UndefinedReason.EmptySpan => chinese ? "无法计算（时段内无数据期）" : "undefined (empty span)",
        UndefinedReason.ZeroCurrent => chinese ? "无法计算（本期值为0）" : "undefined (zero current value)",
        UndefinedReason.NotComputed => chinese ? "未计算" : "not computed",
        UndefinedReason.None => chinese ? "有值" : "defined",
        _ => chinese ? "无法计算" : "undefined",
    };
}
