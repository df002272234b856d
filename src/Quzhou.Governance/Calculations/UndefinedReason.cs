namespace Quzhou.Governance.Calculations;

/// <summary>Why a calculated value is undefined; <see cref="None"/> when it is defined (the default value of this
/// enum). The default value of a result type (<see cref="PeriodChange"/>, <see cref="SpanChange"/>, <see cref="SpanRate"/>,
/// <see cref="SpanTotal"/>, <see cref="AnnualGrowth"/>, <see cref="RateComparison"/>, <see cref="ThresholdResult"/>)
/// reports <see cref="NotComputed"/>, never a value or a reason it does not have.</summary>
public enum UndefinedReason : byte
{
    /// <summary>The value is defined.</summary>
    None = 0,

    /// <summary>The base is zero: a relative change against nothing is undefined, not infinite.</summary>
    ZeroBase = 1,

    /// <summary>The current period (or a period of the current span) is a gap or outside the series.</summary>
    MissingCurrent = 2,

    /// <summary>The base period (or a period of the base span) is a gap or outside the series.</summary>
    MissingBase = 3,

    /// <summary>The basis changed (口径调整) between the base and the current period: they are not comparable.</summary>
    BasisBreak = 4,

    /// <summary>A rate's numerator and denominator are needed but only its published percentage is known.</summary>
    PartsMissing = 5,

    /// <summary>A rate's denominator is zero: a rate over nothing.</summary>
    ZeroDenominator = 6,

    /// <summary>The span holds no periods.</summary>
    EmptySpan = 7,

    /// <summary>The current value is zero where a ratio against it is needed: compound progress towards a growth
    /// target, or the growth still needed to reach a target from nothing.</summary>
    ZeroCurrent = 8,

    /// <summary>Nothing was computed: the value is the default value of its result type, not the outcome of a calculation.</summary>
    NotComputed = 9,
}
