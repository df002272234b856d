using Quzhou.Governance.Quantities;

namespace Quzhou.Governance.Calculations;

/// <summary>
/// The calculations' reasons as the quantities' <see cref="Undefinedness"/> (same names), so that a change taken
/// out of a result keeps its true reason and its text comes from the one table, <see cref="UndefinedWords"/>;
/// and the words for what ended a run.
/// </summary>
internal static class UndefinedReasonWords
{
    internal static Undefinedness ToUndefinedness(UndefinedReason reason) => reason switch
    {
        UndefinedReason.None => Undefinedness.None,
        UndefinedReason.ZeroBase => Undefinedness.ZeroBase,
        UndefinedReason.MissingCurrent => Undefinedness.MissingCurrent,
        UndefinedReason.MissingBase => Undefinedness.MissingBase,
        UndefinedReason.BasisBreak => Undefinedness.BasisBreak,
        UndefinedReason.PartsMissing => Undefinedness.PartsMissing,
        UndefinedReason.ZeroDenominator => Undefinedness.ZeroDenominator,
        UndefinedReason.EmptySpan => Undefinedness.EmptySpan,
        UndefinedReason.ZeroCurrent => Undefinedness.ZeroCurrent,
        _ => Undefinedness.NotComputed,
    };

    /// <summary>The words for <paramref name="reason"/>, from <see cref="UndefinedWords"/>.</summary>
    internal static string For(UndefinedReason reason, bool chinese) => UndefinedWords.For(ToUndefinedness(reason), chinese);

    /// <summary>The words for what ended a run: “持续至最新一期” / “still going at the last period”.</summary>
    internal static string For(RunEnd end, bool chinese) => end switch
    {
        RunEnd.EndOfData => chinese ? "持续至最新一期" : "still going at the last period",
        RunEnd.ConditionNotMet => chinese ? "下一期未满足条件" : "the next period did not meet the condition",
        RunEnd.Gap => chinese ? "下一期数据缺失" : "the next period is a gap",
        RunEnd.BasisBreak => chinese ? "下一期口径调整，不可比" : "the basis changed at the next period",
        RunEnd.NoBase => chinese ? "下一期缺少基期数据" : "the next period has no base",
        _ => chinese ? "未计算" : "not computed",
    };
}
