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
    internal static void Write(DataSet dataSet, CsvWriter csv)
    {
        WideRows.CheckRepresentable(dataSet);
        var columns = WideRows.Periods(dataSet, out var dated);
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
        var cells = new string?[columns.Count];
        foreach (var (key, published, row) in WideRows.Rows(dataSet))
        {
            Array.Clear(cells, 0, cells.Length);
            foreach (var record in row)
            {
                cells[index[record.Period]] = WideCell.Text(record);
            }

            csv.Write(key.Indicator.Code);
            csv.Write(key.Region.ToString());
            if (dated)
            {
                csv.Write(CellText.Date(published));
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

    private static DataRecord ReadCell(Table table, int column, Indicator indicator, RegionCode region, SeriesPeriod period, LocalDate? published) =>
        WideCell.TryRead(table.Cell(column), indicator, region, period, published, out var record, out var expected)
            ? record
            : throw table.CellError(column, expected);
}
