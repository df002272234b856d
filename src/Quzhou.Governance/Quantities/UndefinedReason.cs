namespace Quzhou.Governance.Quantities;

/// <summary>
/// Why a quantity or a calculated value has no value: the one vocabulary of the library. Undefined results are
/// values of their type (never NaN, infinity or an exception); <see cref="None"/> means the value is defined and is
/// the default value of this enum. A quantity made from data knows only <see cref="ZeroBase"/>,
/// <see cref="ZeroDenominator"/> and <see cref="ZeroPopulation"/>; the other reasons come from the calculations
/// (a change whose current value is missing), so that the text says why, truly, instead of blaming a zero base.
/// The default value of a calculation's result type reports <see cref="NotComputed"/>, never a value or a reason it
/// does not have. <see cref="UndefinedReasonWords.Describe(UndefinedReason, System.IFormatProvider?)"/> gives the words.
/// </summary>
public enum UndefinedReason : byte
{
    /// <summary>The value is defined.</summary>
    None = 0,

    /// <summary>A relative change against a base of zero (生产安全事故“0”发生 the year before): not infinite, undefined.</summary>
    ZeroBase = 1,

    /// <summary>The current value (or a value of the current span) is missing: a gap, or outside the series.</summary>
    MissingCurrent = 2,

    /// <summary>The base value (or a value of the base span) is missing: a gap, or outside the series.</summary>
    MissingBase = 3,

    /// <summary>The basis changed (口径调整) between the base and the current value: they are not comparable.</summary>
    BasisBreak = 4,

    /// <summary>Only a published percentage is known where a numerator and a denominator are needed.</summary>
    PartsMissing = 5,

    /// <summary>A ratio over a denominator of zero (a satisfaction rate with no responses): a rate over nothing.</summary>
    ZeroDenominator = 6,

    /// <summary>The span holds no periods.</summary>
    EmptySpan = 7,

    /// <summary>The current value is zero where a ratio against it is needed: compound progress towards a growth
    /// target, or the growth still needed to reach a target from nothing.</summary>
    ZeroCurrent = 8,

    /// <summary>Nothing was computed: the value is the default value of its result type, not the outcome of a calculation.</summary>
    NotComputed = 9,

    /// <summary>A rate per population over a population of zero.</summary>
    ZeroPopulation = 10,
}
