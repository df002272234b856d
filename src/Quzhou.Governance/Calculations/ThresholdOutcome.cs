namespace Quzhou.Governance.Calculations;

/// <summary>Whether a threshold was held over a span. The default value is <see cref="NotComputed"/>: a default
/// never claims that a threshold held.</summary>
public enum ThresholdOutcome
{
    /// <summary>Nothing was checked: the default value (of this enum and of <see cref="ThresholdCheck"/>).</summary>
    NotComputed = 0,

    /// <summary>Every period in the span met the threshold.</summary>
    Held = 1,

    /// <summary>At least one period fell short; the first is named.</summary>
    Broken = 2,

    /// <summary>No period fell short, but at least one could not be decided (a gap, a zero denominator); the first is named.</summary>
    Undetermined = 3,
}
