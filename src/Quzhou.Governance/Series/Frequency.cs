namespace Quzhou.Governance.Series;

/// <summary>How often a series has a value. The default value is <see cref="Month"/>.</summary>
public enum Frequency
{
    /// <summary>Twelve periods a year.</summary>
    Month = 0,

    /// <summary>Four periods a year.</summary>
    Quarter = 1,

    /// <summary>One period a year.</summary>
    Year = 2,
}
