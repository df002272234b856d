using NodaTime;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.Text;

/// <summary>
/// How a <see cref="BulletinReader"/> reads: the publication date and region <see cref="BulletinReader.Read(string)"/>
/// gives its claims, and the prefix of the ids it makes. Immutable.
/// </summary>
public sealed class BulletinReaderOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="published">The publication date of the text, or null to take the dateline the text prints
    /// (2025年11月28日); with neither, <see cref="BulletinReader.Read(string)"/> gives a diagnostic and no claim.</param>
    /// <param name="region">The region the figures are of, or null for <see cref="RegionCode.Quzhou"/>.</param>
    public BulletinReaderOptions(LocalDate? published = null, RegionCode? region = null)
    {
        Published = published;
        Region = region ?? RegionCode.Quzhou;
    }

    /// <summary>The options by default: no publication date (the text's dateline), the region 衢州市.</summary>
    public static BulletinReaderOptions Default { get; } = new();

    /// <summary>The publication date, or null to take the text's dateline.</summary>
    public LocalDate? Published { get; }

    /// <summary>The region the figures are of.</summary>
    public RegionCode Region { get; }
}
