namespace Quzhou.Governance.Figures;

/// <summary>
/// The word before a figure that says which way a change went; the number after it is unsigned
/// (“下降31.3%” is a change of −31.3%). Each member is one written word, so a figure prints back with the
/// word it was read with.
/// </summary>
public enum FigureDirection : byte
{
    /// <summary>No direction word: the number carries its own sign.</summary>
    None = 0,

    /// <summary>增长, an increase.</summary>
    Growth = 1,

    /// <summary>提高, an increase.</summary>
    Raise = 2,

    /// <summary>提升, an increase.</summary>
    Lift = 3,

    /// <summary>上升, an increase.</summary>
    Rise = 4,

    /// <summary>增加, an increase.</summary>
    Addition = 5,

    /// <summary>下降, a decrease.</summary>
    Decline = 6,

    /// <summary>减少, a decrease.</summary>
    Reduction = 7,

    /// <summary>降低, a decrease.</summary>
    Lowering = 8,
}
