using System;
using System.Diagnostics.CodeAnalysis;
using NodaTime;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.Data;

/// <summary>The indicators, regions, periods, statuses and publication dates a file's cells name, each text read
/// once: a file repeats the same few on every row, and reading folds, parses and looks up the text. Looked up from
/// the cell's span, so a row of texts already seen makes no string. A text that fails is not remembered (it stops
/// the load anyway).</summary>
internal sealed class NameCache
{
    private readonly IndicatorCatalog catalog;
    private readonly TextCache<Indicator> indicators = new();
    private readonly TextCache<RegionCode> regions = new();
    private readonly TextCache<SeriesPeriod> periods = new();
    private readonly TextCache<ObservationStatus> statuses = new();
    private readonly TextCache<LocalDate> dates = new();

    internal NameCache(IndicatorCatalog catalog)
    {
        this.catalog = catalog;
    }

    internal bool TryIndicator(string text, [NotNullWhen(true)] out Indicator? indicator, out string expected) =>
        TryIndicator(text.AsSpan(), out indicator, out expected);

    internal bool TryIndicator(ReadOnlySpan<char> text, [NotNullWhen(true)] out Indicator? indicator, out string expected)
    {
        expected = string.Empty;
        if (indicators.TryGet(text, out indicator))
        {
            return true;
        }

        var found = catalog.Read(text.Trim().ToString());
        if (!found.Success)
        {
            expected = found.Error.Expected;
            return false;
        }

        indicator = found.Value;
        indicators.Add(text, indicator);
        return true;
    }

    internal bool TryRegion(string text, out RegionCode region, out string expected) =>
        TryRegion(text.AsSpan(), out region, out expected);

    internal bool TryRegion(ReadOnlySpan<char> text, out RegionCode region, out string expected)
    {
        expected = string.Empty;
        if (regions.TryGet(text, out region))
        {
            return true;
        }

        if (!CellText.TryReadRegion(text.ToString(), out region, out expected))
        {
            return false;
        }

        regions.Add(text, region);
        return true;
    }

    /// <summary>A period as <see cref="SeriesPeriod.Read(string)"/> reads the trimmed text.</summary>
    internal bool TryPeriod(ReadOnlySpan<char> text, out SeriesPeriod period, out string expected)
    {
        expected = string.Empty;
        if (periods.TryGet(text, out period))
        {
            return true;
        }

        var read = SeriesPeriod.Read(text.Trim().ToString());
        if (!read.Success)
        {
            expected = read.Error.Expected;
            return false;
        }

        period = read.Value;
        periods.Add(text, period);
        return true;
    }

    /// <summary>A status as <see cref="CellText.TryReadStatus"/> reads it; empty is final.</summary>
    internal bool TryStatus(ReadOnlySpan<char> text, out ObservationStatus status)
    {
        if (text.IsEmpty)
        {
            status = ObservationStatus.Final;
            return true;
        }

        if (statuses.TryGet(text, out status))
        {
            return true;
        }

        if (!CellText.TryReadStatus(text.ToString(), out status))
        {
            return false;
        }

        statuses.Add(text, status);
        return true;
    }

    /// <summary>A publication date as <see cref="CellText.TryReadDate"/> reads it; empty (or blank) is none.</summary>
    internal bool TryDate(ReadOnlySpan<char> text, out LocalDate? date)
    {
        date = null;
        if (text.Trim().IsEmpty)
        {
            return true;
        }

        if (dates.TryGet(text, out var known))
        {
            date = known;
            return true;
        }

        if (!CellText.TryReadDate(text.ToString(), out date))
        {
            return false;
        }

        dates.Add(text, date!.Value);
        return true;
    }
}
