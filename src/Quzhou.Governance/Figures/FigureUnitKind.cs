namespace Quzhou.Governance.Figures;

/// <summary>What kind of unit a published figure is printed with.</summary>
public enum FigureUnitKind : byte
{
    /// <summary>No unit: a bare number such as “0”.</summary>
    None = 0,

    /// <summary>%, hundredths: a fraction is multiplied by 100.</summary>
    Percent = 1,

    /// <summary>‰, thousandths: a fraction is multiplied by 1000.</summary>
    Permille = 2,

    /// <summary>个百分点 or 百分点: a difference of two percentages, in hundredths.</summary>
    PercentagePoints = 3,

    /// <summary>千分点: a difference of two per-mille figures, in thousandths.</summary>
    PermillePoints = 4,

    /// <summary>倍, times (“增长1.3倍” is an increase of 130%).</summary>
    Times = 5,

    /// <summary>成, tenths (“下降三成” is −30%): a fraction is multiplied by 10.</summary>
    Tenths = 6,

    /// <summary>番, doublings, written “翻一番” (×2).</summary>
    Doublings = 7,

    /// <summary>A counting word: 人, 次, 起, 个, 件, 元, 个月, 年…</summary>
    Counter = 8,

    /// <summary>A count per population: 起/10万人 (per 100,000 people), 人/万人.</summary>
    PerPopulation = 9,
}
