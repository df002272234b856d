namespace Quzhou.Governance.Parsing;

/// <summary>The direction word a figure token was read with; each member has the value of its
/// <c>Figures.FigureDirection</c> twin, so the figure converts by a cast.</summary>
internal enum FigureTokenDirection : byte
{
    /// <summary>No direction word: the number carries its own sign.</summary>
    None = 0,

    /// <summary>增长.</summary>
    Growth = 1,

    /// <summary>提高.</summary>
    Raise = 2,

    /// <summary>提升.</summary>
    Lift = 3,

    /// <summary>上升.</summary>
    Rise = 4,

    /// <summary>增加.</summary>
    Addition = 5,

    /// <summary>下降, a decrease.</summary>
    Decline = 6,

    /// <summary>减少, a decrease.</summary>
    Reduction = 7,

    /// <summary>降低, a decrease.</summary>
    Lowering = 8,
}
