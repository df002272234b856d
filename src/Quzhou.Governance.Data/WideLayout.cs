using System;
using System.Collections.Generic;
using NodaTime;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.Data;

/// <summary>
/// The wide layout: <c>indicator,region[,published],2025-01,2025-02,…</c>; a row per indicator, region and
/// publication date; a cell is a value (count, amount in 元, percentage as printed, or <c>numerator/denominator</c>),
/// a status letter after it (<c>p</c> provisional, <c>r</c> revised, <c>e</c> estimated, <c>b</c> break, as Eurostat
/// flags them), <c>:</c> for a gap, or empty for no record.
/// </summary>
internal static class WideLayout
{
    private const string CellExpected = "a value (a count, an amount in 元, a percentage as printed, or numerator/denominator), optionally followed by a space and a status letter p, r, e or b; ':' for a gap; or an empty cell";

    internal static void Write(DataSet dataSet, CsvWriter csv)
    {
        var periods = new SortedSet<SeriesPeriod>(Comparer<SeriesPeriod>.Create((a, b) => a.Frequency != b.Frequency ? a.Frequency.CompareTo(b.Frequency) : a.CompareTo(b)));
        var dated = false;
        foreach (var record in dataSet.Records)
        {
            periods.Add(record.Period);
            dated |= record.PublishedOn is not null;
        }

        var columns = new List<SeriesPeriod>(periods);
        var index = new Dictionary<SeriesPeriod, int>();
        csv.Write("indicator");
        csv.Write("region");
        if (dated)
        {
            csv.Write("published");
        }

        foreach (var period in columns)
        {
            index.Add(period, index.Count);
            csv.Write(period.ToString());
        }

        csv.EndRow();
        var cells = new string[columns.Count];
        var current = new List<DataRecord>();
        foreach (var record in dataSet.Records)
        {
            if (current.Count > 0 && current[0].Key != record.Key)
            {
                WriteRows(csv, current, cells, index, dated);
                current.Clear();
            }

            current.Add(record);
        }

        if (current.Count > 0)
        {
            WriteRows(csv, current, cells, index, dated);
        }
    }

    /// <summary>The rows of one series: one per publication date (undated first, with the gaps), in date order.</summary>
    private static void WriteRows(CsvWriter csv, List<DataRecord> records, string?[] cells, Dictionary<SeriesPeriod, int> index, bool dated)
    {
        var rows = new SortedDictionary<long, List<DataRecord>>();
        foreach (var record in records)
        {
            var rowKey = record.PublishedOn is { } date ? ((long)date.Year * 10_000) + (date.Month * 100) + date.Day : long.MinValue;
            if (!rows.TryGetValue(rowKey, out var list))
            {
                rows.Add(rowKey, list = new List<DataRecord>());
            }

            list.Add(record);
        }

        var key = records[0].Key;
        foreach (var row in rows.Values)
        {
            Array.Clear(cells, 0, cells.Length);
            foreach (var record in row)
            {
                cells[index[record.Period]] = Cell(record);
            }

            csv.Write(key.Indicator.Code);
            csv.Write(key.Region.ToString());
            if (dated)
            {
                csv.Write(CellText.Date(row[0].PublishedOn));
            }

            foreach (var cell in cells)
            {
                csv.Write(cell ?? string.Empty);
            }

            csv.EndRow();
        }
    }

    internal static void Read(Table table, DataSetBuilder builder, IndicatorCatalog catalog)
    {
        var header = table.Header;
        int indicatorAt = -1, regionAt = -1, publishedAt = -1;
        var periods = new SeriesPeriod?[header.Count];
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim();
            if (name.Equals("indicator", StringComparison.OrdinalIgnoreCase) || name == "指标" || name == "指标名称")
            {
                indicatorAt = indicatorAt < 0 ? i : throw table.HeaderError(i, "one indicator column");
            }
            else if (name.Equals("region", StringComparison.OrdinalIgnoreCase) || name == "地区" || name == "区域" || name == "行政区划代码")
            {
                regionAt = regionAt < 0 ? i : throw table.HeaderError(i, "one region column");
            }
            else if (name.Equals("published", StringComparison.OrdinalIgnoreCase) || name == "发布日期" || name == "公布日期")
            {
                publishedAt = publishedAt < 0 ? i : throw table.HeaderError(i, "one published column");
            }
            else
            {
                var period = SeriesPeriod.Read(name);
                if (!period.Success)
                {
                    throw table.HeaderError(i, "a period such as 2025-10 or 2025年10月 (" + period.Error.Expected + "), or one of the columns indicator, region, published");
                }

                periods[i] = period.Value;
            }
        }

        if (indicatorAt < 0 || regionAt < 0)
        {
            throw table.HeaderError(-1, "columns named indicator and region, then one column per period");
        }

        var names = new NameCache(catalog);
        while (table.NextRow())
        {
            if (!names.TryIndicator(table.Cell(indicatorAt), out var indicator, out var indicatorExpected))
            {
                throw table.CellError(indicatorAt, indicatorExpected);
            }

            if (!names.TryRegion(table.Cell(regionAt), out var region, out var regionExpected))
            {
                throw table.CellError(regionAt, regionExpected);
            }

            LocalDate? published = null;
            if (publishedAt >= 0 && !CellText.TryReadDate(table.Cell(publishedAt), out published))
            {
                throw table.CellError(publishedAt, CellText.DateExpected);
            }

            for (var i = 0; i < periods.Length; i++)
            {
                if (periods[i] is not { } period || table.Cell(i).Trim().Length == 0)
                {
                    continue;
                }

                var record = ReadCell(table, i, indicator, region, period, published);
                if (!builder.TryAdd(record, out var refusal))
                {
                    throw table.CellError(i, "one record for each indicator, region, period and publication date (" + refusal.TrimEnd('.') + ")");
                }
            }
        }
    }

    private static string Cell(DataRecord record)
    {
        var amount = CellText.IsAmount(record.Indicator);
        var value = record.Kind switch
        {
            DataRecordKind.Gap => ":",
            DataRecordKind.Value => CellText.Quantity(amount, record.Value),
            DataRecordKind.Parts => CellText.Quantity(amount, record.Numerator) + "/" + CellText.Quantity(amount, record.Denominator),
            _ => CellText.Percent(record.Percent, record.Decimals),
        };
        if (record.IsGap)
        {
            return value;
        }

        return record.Status switch
        {
            ObservationStatus.Provisional => value + " p",
            ObservationStatus.Revised => value + " r",
            ObservationStatus.Estimated => value + " e",
            ObservationStatus.BasisBreak => value + " b",
            _ => value,
        };
    }

    private static DataRecord ReadCell(Table table, int column, Indicator indicator, RegionCode region, SeriesPeriod period, LocalDate? published)
    {
        var text = table.Cell(column).Trim();
        if (text == ":")
        {
            if (published is not null)
            {
                throw table.CellError(column, "a value: a gap (:) has no publication date, so it belongs in the row without one");
            }

            return DataRecord.ForGap(indicator, region, period);
        }

        var status = ObservationStatus.Final;
        var space = text.LastIndexOf(' ');
        if (space > 0)
        {
            status = text.Substring(space + 1) switch
            {
                "p" => ObservationStatus.Provisional,
                "r" => ObservationStatus.Revised,
                "e" => ObservationStatus.Estimated,
                "b" => ObservationStatus.BasisBreak,
                _ => throw table.CellError(column, CellExpected),
            };
            text = text.Substring(0, space).TrimEnd();
        }

        var amount = CellText.IsAmount(indicator);
        if (indicator is QuantityIndicator quantity)
        {
            if (!CellText.TryReadQuantity(amount, text, out var value, out var expected))
            {
                throw table.CellError(column, expected + " for the " + CellText.Kind(indicator) + " " + indicator.Code);
            }

            return Make(table, column, () => DataRecord.ForValue(quantity, region, period, value, status, published));
        }

        var rate = (RateIndicator)indicator;
        var slash = text.IndexOf('/', 0);
        if (slash >= 0)
        {
            if (!CellText.TryReadQuantity(amount, text.Substring(0, slash), out var numerator, out var expected)
                || !CellText.TryReadQuantity(amount, text.Substring(slash + 1), out var denominator, out expected))
            {
                throw table.CellError(column, "numerator/denominator, each " + expected);
            }

            return Make(table, column, () => DataRecord.ForParts(rate, region, period, numerator, denominator, status, published));
        }

        if (!CellText.TryReadPercent(text, out var percent, out var decimals) || decimals > 10)
        {
            throw table.CellError(column, CellText.PercentExpected + " (at most 10 decimals), or numerator/denominator, for the rate " + indicator.Code);
        }

        return Make(table, column, () => DataRecord.ForPercent(rate, region, period, percent, decimals, status, published));
    }

    private static DataRecord Make(Table table, int column, Func<DataRecord> make) =>
        CellText.TryMake(make, out var record, out var problem) ? record : throw table.CellError(column, problem);
}
