namespace Quzhou.Governance.Figures;

/// <summary>
/// The word that makes a published figure a bound or an approximation rather than a rounded value. Each
/// member is one written word, so a figure prints back with the word it was read with; what interval each
/// word stands for is set by a <see cref="QualifierPolicy"/>.
/// </summary>
public enum FigureQualifier : byte
{
    /// <summary>No qualifier: the figure is the exact value rounded 四舍五入 at the printed precision.</summary>
    Exact = 0,

    /// <summary>余, after the number or magnitude (“1360余人”, “19万余次”): more than the number, less than the next step.</summary>
    Odd = 1,

    /// <summary>多, after the number (“1360多人”): read like 余.</summary>
    More = 2,

    /// <summary>以上, after the unit (“97%以上”): at least the number.</summary>
    AtLeast = 3,

    /// <summary>以下, after the unit: at most the number.</summary>
    AtMost = 4,

    /// <summary>近, before the number (“近2万”): nearly, just under the number.</summary>
    Nearly = 5,

    /// <summary>约, before the number (“约3000人”): about.</summary>
    About = 6,

    /// <summary>左右, after the unit (“3000人左右”): about, read like 约.</summary>
    Around = 7,

    /// <summary>超过, before the number (“超过100万”): more than the number.</summary>
    Exceeding = 8,

    /// <summary>突破, before the number (“突破1亿元”): more than the number, read like 超过.</summary>
    Breaking = 9,
}
