namespace Quzhou.Governance.Calculations;

/// <summary>Whether a threshold was held over a span. The default value is <see cref="Held"/>.</summary>
public enum ThresholdOutcome
{
    /// <summary>Every period in the span met the threshold.</summary>
    Held = 0,

    /// <summary>At least one period fell short; the first is named.</summary>
    Broken = 1,

    /// <summary>No period fell short, but at least one could not be decided (a gap, a zero denominator); the first is named.</summary>
    Undetermined = 2,
}
