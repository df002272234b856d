namespace Quzhou.Governance.Quantities;

/// <summary>The number of people a <see cref="PopulationRate"/> is expressed per.</summary>
public enum PopulationBase
{
    /// <summary>Per 100 people (%).</summary>
    PerHundred = 100,

    /// <summary>Per 1,000 people (‰): 出生率 6.77‰.</summary>
    PerThousand = 1_000,

    /// <summary>Per 10,000 people (‱, /万人).</summary>
    PerTenThousand = 10_000,

    /// <summary>Per 100,000 people (/10万人): 命案率 0.46起/10万人.</summary>
    PerHundredThousand = 100_000,
}
