namespace Quzhou.Governance.Parsing;

/// <summary>The qualifier word a figure token was read with, as written; each member has the value of its
/// <c>Figures.FigureQualifier</c> twin, so the figure converts by a cast.</summary>
internal enum FigureTokenQualifier : byte
{
    /// <summary>No qualifier.</summary>
    Exact = 0,

    /// <summary>余, after the number or magnitude.</summary>
    Odd = 1,

    /// <summary>多, after the number.</summary>
    More = 2,

    /// <summary>以上, after the unit.</summary>
    AtLeast = 3,

    /// <summary>以下, after the unit.</summary>
    AtMost = 4,

    /// <summary>近, before the number.</summary>
    Nearly = 5,

    /// <summary>约, before the number.</summary>
    About = 6,

    /// <summary>左右, after the unit.</summary>
    Around = 7,

    /// <summary>超过, before the number.</summary>
    Exceeding = 8,

    /// <summary>突破, before the number.</summary>
    Breaking = 9,
}
