using System.Collections.Generic;
using NodaTime;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.Text;

/// <summary>
/// Reads the claims a Chinese bulletin, interview or work report prints (“全市刑事案件、命案总量较“十三五”同期分别
/// 下降31.3%、17.5%”), each with the span of text it came from, and a diagnostic for every piece of text it cannot
/// read with certainty instead of a wrong number. Subjects become indicators through the catalog and its aliases;
/// an unknown subject is kept as its text. Thread-safe: a reader holds no state between reads.
/// </summary>
/// <remarks>See docs/text.md for the constructs read and how the text is normalised.</remarks>
public sealed class BulletinReader
{
    /// <summary>Creates a reader.</summary>
    /// <param name="catalog">The indicators subjects are looked up in, or null for <see cref="IndicatorCatalog.Interview"/>.</param>
    /// <param name="options">How to read, or null for <see cref="BulletinReaderOptions.Default"/>.</param>
    public BulletinReader(IndicatorCatalog? catalog = null, BulletinReaderOptions? options = null)
    {
        Catalog = catalog ?? IndicatorCatalog.Interview;
        Options = options ?? BulletinReaderOptions.Default;
    }

    /// <summary>The catalog subjects are looked up in.</summary>
    public IndicatorCatalog Catalog { get; }

    /// <summary>The options.</summary>
    public BulletinReaderOptions Options { get; }

    /// <summary>Reads <paramref name="text"/> with the options' publication date (or the text's dateline) and region.</summary>
    /// <param name="text">The text, as decoded (no file is read here).</param>
    /// <returns>The claims and diagnostics.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="text"/> is null.</exception>
    public BulletinReading Read(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        if (Options.Published is { } published)
        {
            return Read(text, published, Options.Region);
        }

        if (Dateline.TryFind(text, out var dateline))
        {
            return Read(text, dateline, Options.Region);
        }

        return new BulletinReading(text, new List<ReadClaim>(), new[]
        {
            new TextDiagnostic(TextDiagnosticKind.MissingPublicationDate, new SourceSpan(0, 0), "未给出发布日期，文中也没有日期（如2025年11月28日）", "no publication date was given and the text prints none (such as 2025年11月28日)"),
        });
    }

    /// <summary>Reads <paramref name="text"/> published on <paramref name="published"/> about <paramref name="region"/>.</summary>
    /// <param name="text">The text, as decoded (no file is read here).</param>
    /// <param name="published">The publication date every claim gets.</param>
    /// <param name="region">The region every claim gets.</param>
    /// <returns>The claims and diagnostics.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="text"/> is null.</exception>
    public BulletinReading Read(string text, LocalDate published, RegionCode region)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        return BulletinParser.Read(text, Catalog, published, region);
    }
}
