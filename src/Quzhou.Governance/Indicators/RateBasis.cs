namespace Quzhou.Governance.Indicators;

/// <summary>What a rate's numerator and denominator count. The default value is <see cref="Counts"/>.</summary>
public enum RateBasis
{
    /// <summary>Counts of cases, people or events (执结率: cases closed over cases to close).</summary>
    Counts = 0,

    /// <summary>Amounts of money in 分 (执行到位率: money recovered over money owed).</summary>
    Amounts = 1,
}
