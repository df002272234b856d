namespace Quzhou.Governance.Indicators;

/// <summary>How an indicator's values combine over time, which decides how a series rolls up to a coarser
/// frequency. The default value is <see cref="Flow"/>.</summary>
public enum MeasureKind
{
    /// <summary>A quantity per period (cases in a month): adds up over time; a year is the sum of its months.</summary>
    Flow = 0,

    /// <summary>A level at a moment (stations at year end): the latest value stands for the span.</summary>
    Stock = 1,

    /// <summary>A numerator over a denominator: recomputed from summed parts, never averaged.</summary>
    Rate = 2,
}
