using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.Data;

/// <summary>The indicators and regions a file's cells name, each text resolved once: a file repeats the same few
/// names on every row, and resolving folds and looks up the text.</summary>
internal sealed class NameCache
{
    private readonly IndicatorCatalog catalog;
    private readonly Dictionary<string, Indicator> indicators = new();
    private readonly Dictionary<string, RegionCode> regions = new();

    internal NameCache(IndicatorCatalog catalog)
    {
        this.catalog = catalog;
    }

    internal bool TryIndicator(string text, [NotNullWhen(true)] out Indicator? indicator, out string expected)
    {
        expected = string.Empty;
        if (indicators.TryGetValue(text, out indicator))
        {
            return true;
        }

        var found = catalog.Read(text.Trim());
        if (!found.Success)
        {
            expected = found.Error.Expected;
            return false;
        }

        indicator = found.Value;
        indicators.Add(text, indicator);
        return true;
    }

    internal bool TryRegion(string text, out RegionCode region, out string expected)
    {
        expected = string.Empty;
        if (regions.TryGetValue(text, out region))
        {
            return true;
        }

        if (!CellText.TryReadRegion(text, out region, out expected))
        {
            return false;
        }

        regions.Add(text, region);
        return true;
    }
}
