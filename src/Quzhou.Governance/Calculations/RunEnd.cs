namespace Quzhou.Governance.Calculations;

/// <summary>What ended a run of periods. The default value is <see cref="EndOfData"/>.</summary>
public enum RunEnd : byte
{
    /// <summary>The run reaches the last period of the data: it is still going.</summary>
    EndOfData = 0,

    /// <summary>The next period did not meet the condition (for a decline: it did not fall).</summary>
    ConditionNotMet = 1,

    /// <summary>The next period is a gap in a series, so the run cannot be continued (never filled).</summary>
    Gap = 2,

    /// <summary>The basis changed (口径调整), so the next period is not comparable with its base.</summary>
    BasisBreak = 3,

    /// <summary>The next period's base period lies before the data (or is a gap).</summary>
    NoBase = 4,
}
