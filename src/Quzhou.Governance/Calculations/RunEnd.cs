namespace Quzhou.Governance.Calculations;

/// <summary>What ended a run of periods. The default value is <see cref="NotComputed"/>: a default never claims
/// that a run is still going.</summary>
public enum RunEnd : byte
{
    /// <summary>No run was computed: the default value (of this enum, of <see cref="Run"/> and of <see cref="StreakResult"/>).</summary>
    NotComputed = 0,

    /// <summary>The run reaches the last period of the data: it is still going.</summary>
    EndOfData = 1,

    /// <summary>The next period did not meet the condition (for a decline: it did not fall).</summary>
    ConditionNotMet = 2,

    /// <summary>The next period is a gap in a series, so the run cannot be continued (never filled).</summary>
    Gap = 3,

    /// <summary>The basis changed (口径调整), so the next period is not comparable with its base.</summary>
    BasisBreak = 4,

    /// <summary>The next period's base period lies before the data (or is a gap).</summary>
    NoBase = 5,
}
