namespace Quzhou.Governance.Figures;

/// <summary>How a figure's number was written, so that it prints back the same way.</summary>
public enum NumeralStyle : byte
{
    /// <summary>Arabic digits, half-width or full-width (72.96, ７２．９６); printed half-width.</summary>
    Arabic = 0,

    /// <summary>Chinese numerals (三, 十九万, 一千三百六十); whole numbers only, printed in their plain form.</summary>
    Chinese = 1,
}
