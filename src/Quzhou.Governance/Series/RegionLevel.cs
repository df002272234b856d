namespace Quzhou.Governance.Series;

/// <summary>The level of an administrative division in GB/T 2260. The default value is <see cref="Province"/>.</summary>
public enum RegionLevel
{
    /// <summary>A province, autonomous region or municipality: the code ends in 0000 (330000 浙江省).</summary>
    Province = 0,

    /// <summary>A prefecture-level city: the code ends in 00 (330800 衢州市).</summary>
    City = 1,

    /// <summary>A county, county-level city or district (330802 柯城区).</summary>
    County = 2,
}
