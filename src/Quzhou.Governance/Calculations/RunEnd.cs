using Quzhou.Governance.Quantities;

namespace Quzhou.Governance.Calculations;

/// <summary>What ended a run of periods. The default value is <see cref="NotComputed"/>: a default never claims
/// that a run is still going. The ends that are a period which could not be judged carry the name of their
/// <see cref="UndefinedReason"/> (<see cref="MissingCurrent"/>, <see cref="MissingBase"/>, <see cref="BasisBreak"/>:
/// <see cref="Run.Reason"/> gives it); <see cref="OutcomeWords.Describe(RunEnd, System.IFormatProvider?)"/> gives the words.</summary>
public enum RunEnd : byte
{
    /// <summary>No run was computed: the default value (of this enum, of <see cref="Run"/> and of <see cref="Streak"/>).</summary>
    NotComputed = 0,

    /// <summary>The run reaches the last period of the data: it is still going.</summary>
    EndOfData = 1,

    /// <summary>The next period did not meet the condition (for a decline: it did not fall).</summary>
    ConditionNotMet = 2,

    /// <summary>The next period is a gap in a series (its value is missing), so the run cannot be continued (never filled).</summary>
    MissingCurrent = 3,

    /// <summary>The basis changed (口径调整), so the next period is not comparable with its base.</summary>
    BasisBreak = 4,

    /// <summary>The next period's base period lies before the data or is a gap.</summary>
    MissingBase = 5,
}
