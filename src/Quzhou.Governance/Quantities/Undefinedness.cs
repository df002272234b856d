namespace Quzhou.Governance.Quantities;

/// <summary>
/// Why a change or a rate has no value. Undefined results are values of their type (never NaN,
/// infinity or an exception); <see cref="None"/> means the value is defined. A quantity made from data knows
/// only <see cref="ZeroBase"/>, <see cref="ZeroDenominator"/> and <see cref="ZeroPopulation"/>; the other reasons
/// come with a change taken from a calculation (<c>PeriodChange.ToRelativeChange()</c> when the current value is
/// missing), so that its text says why, truly, instead of blaming a zero base.
/// </summary>
public enum Undefinedness
{
    /// <summary>The value is defined.</summary>
    None = 0,

    /// <summary>A relative change against a base of zero (生产安全事故“0”发生 the year before): not infinite, undefined.</summary>
    ZeroBase = 1,

    /// <summary>A ratio over a denominator of zero (a satisfaction rate with no responses).</summary>
    ZeroDenominator = 2,

    /// <summary>A rate per population over a population of zero.</summary>
    ZeroPopulation = 3,

    /// <summary>The current value (or a value of the current span) is missing.</summary>
    MissingCurrent = 4,

    /// <summary>The base value (or a value of the base span) is missing.</summary>
    MissingBase = 5,

    /// <summary>The basis changed (口径调整) between the base and the current value: they are not comparable.</summary>
    BasisBreak = 6,

    /// <summary>Only a published percentage is known where a numerator and a denominator are needed.</summary>
    PartsMissing = 7,

    /// <summary>The span holds no periods.</summary>
    EmptySpan = 8,

    /// <summary>The current value is zero where a ratio against it is needed.</summary>
    ZeroCurrent = 9,

    /// <summary>Nothing was computed (the default value of a calculation's result).</summary>
    NotComputed = 10,
}
