namespace Quzhou.Governance.Figures;

/// <summary>
/// The Chinese magnitude word printed after a figure's number: 19万 is 19 × 10⁴. The value of each member
/// is its power of ten.
/// </summary>
public enum Magnitude : byte
{
    /// <summary>No magnitude word (个位): the number is the value.</summary>
    One = 0,

    /// <summary>万, 10⁴.</summary>
    TenThousand = 4,

    /// <summary>亿, 10⁸.</summary>
    HundredMillion = 8,

    /// <summary>万亿, 10¹².</summary>
    Trillion = 12,
}
