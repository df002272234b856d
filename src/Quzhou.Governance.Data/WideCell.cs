using System;
using NodaTime;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.Data;

/// <summary>
/// One cell of the wide layout, whatever holds it (a JSON row's period key, a sheet's month column), with the CSV
/// wide layout's grammar: a value (a count, an amount in 元, a percentage as printed, or <c>numerator/denominator</c>),
/// a status letter after a space (<c>p</c>, <c>r</c>, <c>e</c>, <c>b</c>), or <c>:</c> for a gap.
/// </summary>
internal static class WideCell
{
    internal const string Expected = "a value (a count, an amount in 元, a percentage as printed, or numerator/denominator), optionally followed by a space and a status letter p, r, e or b; ':' for a gap; or nothing";

    /// <summary>The cell's text, without its status letter.</summary>
    internal static string Value(DataRecord record)
    {
        var amount = CellText.IsAmount(record.Indicator);
        return record.Kind switch
        {
            DataRecordKind.Gap => ":",
            DataRecordKind.Value => CellText.Quantity(amount, record.Value),
            DataRecordKind.Parts => CellText.Quantity(amount, record.Numerator) + "/" + CellText.Quantity(amount, record.Denominator),
            _ => CellText.Percent(record.Percent, record.Decimals),
        };
    }

    /// <summary>The status letter after the value (<c>" p"</c>), or empty for a final value and a gap.</summary>
    internal static string Letter(DataRecord record) => record.IsGap
        ? string.Empty
        : record.Status switch
        {
            ObservationStatus.Provisional => " p",
            ObservationStatus.Revised => " r",
            ObservationStatus.Estimated => " e",
            ObservationStatus.BasisBreak => " b",
            _ => string.Empty,
        };

    /// <summary>The cell's whole text.</summary>
    internal static string Text(DataRecord record) => Value(record) + Letter(record);

    /// <summary>Reads a cell that is not empty.</summary>
    internal static bool TryRead(string cell, Indicator indicator, RegionCode region, SeriesPeriod period, LocalDate? published, out DataRecord record, out string expected)
    {
        record = default;
        expected = Expected;
        var text = cell.Trim();
        if (text == ":")
        {
            if (published is not null)
            {
                expected = "a value: a gap (:) has no publication date, so it belongs in the row without one";
                return false;
            }

            record = DataRecord.ForGap(indicator, region, period);
            return true;
        }

        var status = ObservationStatus.Final;
        var space = text.LastIndexOf(' ');
        if (space > 0)
        {
            switch (text.Substring(space + 1))
            {
                case "p": status = ObservationStatus.Provisional; break;
                case "r": status = ObservationStatus.Revised; break;
                case "e": status = ObservationStatus.Estimated; break;
                case "b": status = ObservationStatus.BasisBreak; break;
                default: return false;
            }

            text = text.Substring(0, space).TrimEnd();
        }

        var amount = CellText.IsAmount(indicator);
        Func<DataRecord> make;
        if (indicator is QuantityIndicator quantity)
        {
            if (!CellText.TryReadQuantity(amount, text, out var value, out var quantityExpected))
            {
                expected = quantityExpected + " for the " + CellText.Kind(indicator) + " " + indicator.Code;
                return false;
            }

            make = () => DataRecord.ForValue(quantity, region, period, value, status, published);
        }
        else
        {
            var rate = (RateIndicator)indicator;
            var slash = text.IndexOf('/', 0);
            if (slash >= 0)
            {
                if (!CellText.TryReadQuantity(amount, text.Substring(0, slash), out var numerator, out var partExpected)
                    || !CellText.TryReadQuantity(amount, text.Substring(slash + 1), out var denominator, out partExpected))
                {
                    expected = "numerator/denominator, each " + partExpected;
                    return false;
                }

                make = () => DataRecord.ForParts(rate, region, period, numerator, denominator, status, published);
            }
            else
            {
                if (!CellText.TryReadPercent(text, out var percent, out var decimals) || decimals > 10)
                {
                    expected = CellText.PercentExpected + " (at most 10 decimals), or numerator/denominator, for the rate " + indicator.Code;
                    return false;
                }

                make = () => DataRecord.ForPercent(rate, region, period, percent, decimals, status, published);
            }
        }

        if (!CellText.TryMake(make, out record, out var problem))
        {
            expected = problem;
            return false;
        }

        return true;
    }
}
