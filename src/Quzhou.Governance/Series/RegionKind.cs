namespace Quzhou.Governance.Series;

/// <summary>
/// What the division table says a <see cref="RegionCode"/> is. The table is the statistics bureau's
/// 统计用区划代码 (see <see cref="RegionCode.NameTableSource"/>). The default value is <see cref="Unlisted"/>.
/// </summary>
public enum RegionKind
{
    /// <summary>The table does not list the code (a code that no longer exists, or never did, or 71/81/82 台湾/香港/澳门, which the source does not carry).</summary>
    Unlisted = 0,

    /// <summary>An administrative division of GB/T 2260: a province, a prefecture-level city or a county-level unit (330800 衢州市, 330802 柯城区).</summary>
    Division = 1,

    /// <summary>
    /// A county-level code of the statistics bureau only, not a GB/T 2260 unit: development zones and similar areas,
    /// with a 7 in the fifth digit (130171 石家庄高新技术产业开发区, 320576 苏州工业园区).
    /// </summary>
    StatisticsOnly = 2,

    /// <summary>
    /// A city-level code that only groups county-level units and is not a division itself: the districts and counties of a
    /// municipality (110100 市辖区, 500200 县) and the counties a province administers directly (419000 省直辖县级行政区划).
    /// It is never a <see cref="RegionCode.Parent"/>.
    /// </summary>
    Block = 3,
}
