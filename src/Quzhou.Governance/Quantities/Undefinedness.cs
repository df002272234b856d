namespace Quzhou.Governance.Quantities;

/// <summary>
/// Why a change or a rate has no value. Undefined results are values of their type (never NaN,
/// infinity or an exception); <see cref="None"/> means the value is defined.
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
}
