namespace Quzhou.Governance.Quantities;

/// <summary>
/// The one table of the words printed for an undefined value, in Chinese and in English, one entry per
/// <see cref="Undefinedness"/>. Each says the true reason (a missing current value is never “基数为0”);
/// <c>Calculations</c> maps its reasons onto these entries, so text about any undefined value comes from here.
/// </summary>
internal static class UndefinedWords
{
    /// <summary>The words for <paramref name="why"/>: “无法计算（基数为0）” / “undefined (zero base)”.</summary>
    internal static string For(Undefinedness why, bool chinese) => why switch
    {
        Undefinedness.ZeroBase => chinese ? "无法计算（基数为0）" : "undefined (zero base)",
        Undefinedness.ZeroDenominator => chinese ? "无法计算（分母为0）" : "undefined (zero denominator)",
        Undefinedness.ZeroPopulation => chinese ? "无法计算（人口为0）" : "undefined (zero population)",
        Undefinedness.MissingCurrent => chinese ? "无法计算（本期数据缺失）" : "undefined (current value missing)",
        Undefinedness.MissingBase => chinese ? "无法计算（基期数据缺失）" : "undefined (base value missing)",
        Undefinedness.BasisBreak => chinese ? "无法计算（口径调整，不可比）" : "undefined (basis changed, not comparable)",
        Undefinedness.PartsMissing => chinese ? "无法计算（仅有公布比率，缺分子分母）" : "undefined (only the published rate is known)",
        Undefinedness.EmptySpan => chinese ? "无法计算（时段内无数据期）" : "undefined (empty span)",
        Undefinedness.ZeroCurrent => chinese ? "无法计算（本期值为0）" : "undefined (zero current value)",
        Undefinedness.NotComputed => chinese ? "未计算" : "not computed",
        Undefinedness.None => chinese ? "有值" : "defined",
        _ => chinese ? "无法计算" : "undefined",
    };
}
