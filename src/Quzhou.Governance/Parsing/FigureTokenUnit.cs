namespace Quzhou.Governance.Parsing;

/// <summary>The kind of unit a figure token was read with; each member has the value of its
/// <c>Figures.FigureUnitKind</c> twin, so the figure converts by a cast.</summary>
internal enum FigureTokenUnit : byte
{
    /// <summary>No unit.</summary>
    None = 0,

    /// <summary>%.</summary>
    Percent = 1,

    /// <summary>‰.</summary>
    Permille = 2,

    /// <summary>个百分点 or 百分点.</summary>
    PercentagePoints = 3,

    /// <summary>千分点 or 个千分点.</summary>
    PermillePoints = 4,

    /// <summary>倍.</summary>
    Times = 5,

    /// <summary>成.</summary>
    Tenths = 6,

    /// <summary>番, read from 翻…番.</summary>
    Doublings = 7,

    /// <summary>A counting word.</summary>
    Counter = 8,

    /// <summary>A count per population (起/10万人).</summary>
    PerPopulation = 9,
}
