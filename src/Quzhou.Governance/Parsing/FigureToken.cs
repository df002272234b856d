using System;

namespace Quzhou.Governance.Parsing;

/// <summary>
/// A published figure as read by <see cref="FigureTokenReader"/>, in plain parts: the signed number with its
/// printed scale, the magnitude word as a power of ten, the qualifier and direction words as written, the unit's
/// kind and text, and how the number was written. The figures and the quantities each build their values from
/// it; it allocates nothing (an uncommon unit's text stays in the source, at <see cref="UnitStart"/>).
/// </summary>
internal readonly struct FigureToken
{
    internal FigureToken(
        decimal value,
        int magnitudeExponent,
        FigureTokenQualifier qualifier,
        FigureTokenDirection direction,
        bool isChinese,
        FigureTokenUnit unit,
        string? unitText,
        int unitStart,
        int unitLength,
        long populationBase)
    {
        Value = value;
        MagnitudeExponent = (byte)magnitudeExponent;
        Qualifier = qualifier;
        Direction = direction;
        IsChinese = isChinese;
        Unit = unit;
        UnitText = unitText;
        UnitStart = unitStart;
        UnitLength = unitLength;
        PopulationBase = populationBase;
    }

    /// <summary>The number as printed, before the magnitude word (19 for 19万), with its printed scale; negative
    /// only after a minus sign (never with a direction word), and never −0.</summary>
    internal decimal Value { get; }

    /// <summary>0, or 4, 8, 12 for 万, 亿, 万亿.</summary>
    internal byte MagnitudeExponent { get; }

    /// <summary>The qualifier word, or exact.</summary>
    internal FigureTokenQualifier Qualifier { get; }

    /// <summary>The direction word before the number, or none.</summary>
    internal FigureTokenDirection Direction { get; }

    /// <summary>Whether the number was written in Chinese numerals.</summary>
    internal bool IsChinese { get; }

    /// <summary>The unit's kind.</summary>
    internal FigureTokenUnit Unit { get; }

    /// <summary>The unit's text as a shared string (%, 个百分点, 人, 起/10万人…); null for no unit and for a
    /// counting word or per-population unit that is not a common one, whose text is at <see cref="UnitStart"/>.</summary>
    internal string? UnitText { get; }

    /// <summary>Where the unit's text starts in the source (0 when there is none).</summary>
    internal int UnitStart { get; }

    /// <summary>How many characters of the source the unit's text took.</summary>
    internal int UnitLength { get; }

    /// <summary>For a per-population unit, how many people the count is per; otherwise 0.</summary>
    internal long PopulationBase { get; }

    /// <summary>Whether the direction word marks a decrease (下降, 减少, 降低).</summary>
    internal bool IsDecrease => Direction is FigureTokenDirection.Decline or FigureTokenDirection.Reduction or FigureTokenDirection.Lowering;

    /// <summary>Whether the figure is exact (no qualifier) and has no magnitude word.</summary>
    internal bool IsPlainNumber => Qualifier == FigureTokenQualifier.Exact && MagnitudeExponent == 0;

    /// <summary>Whether the figure is a bare number: no unit, qualifier, magnitude or direction word.</summary>
    internal bool IsBare => Unit == FigureTokenUnit.None && IsPlainNumber && Direction == FigureTokenDirection.None;

    /// <summary>The unit's text (folded) for a token read from <paramref name="source"/>; allocates only for an
    /// uncommon unit; null for no unit.</summary>
    /// <param name="source">The text the token was read from.</param>
    /// <returns>The text.</returns>
    internal string? UnitTextIn(ReadOnlySpan<char> source) =>
        UnitText ?? (Unit == FigureTokenUnit.None ? null : FigureGrammar.Folded(source.Slice(UnitStart, UnitLength)));
}
