namespace Quzhou.Governance.Indicators;

/// <summary>Which direction of change is an improvement. The default value is <see cref="Neutral"/>.</summary>
public enum Polarity
{
    /// <summary>Neither direction is better in itself (an inflow of workers, a number of organisations).</summary>
    Neutral = 0,

    /// <summary>Lower is better (cases, deaths, losses).</summary>
    LowerIsBetter = 1,

    /// <summary>Higher is better (satisfaction, resolution and closure rates).</summary>
    HigherIsBetter = 2,
}
