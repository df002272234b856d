namespace Quzhou.Governance.DataSets;

/// <summary>What a <see cref="DataRecord"/> holds. The default value is <see cref="Gap"/>.</summary>
public enum DataRecordKind
{
    /// <summary>No value: the period lies inside the series and is known to be missing (never filled).</summary>
    Gap = 0,

    /// <summary>A count, or an amount in 分, of a count or amount indicator.</summary>
    Value = 1,

    /// <summary>The numerator and denominator of a rate.</summary>
    Parts = 2,

    /// <summary>A rate known only as its published percentage, with the decimals printed.</summary>
    Percent = 3,
}
