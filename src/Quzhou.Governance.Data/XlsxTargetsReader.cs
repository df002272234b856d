using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Indicators;

namespace Quzhou.Governance.Data;

/// <summary>Reads a workbook's <c>targets</c> sheet: the targets file's header and rows (<see cref="TargetRows"/>),
/// each cell's text as a CSV cell's (a number cell's stored value, a blank cell empty), but a number in a percent
/// format, which is read as it shows: 0.955 in a 0.0% cell is <c>95.5%</c>, never 0.955 percent; one that stores more
/// decimals than it shows is refused, naming the cell.</summary>
internal static class XlsxTargetsReader
{
    internal static IReadOnlyList<DataSetTarget> Read(XlsxSheetReader sheet, string fileName, IndicatorCatalog catalog)
    {
        if (!sheet.NextRow())
        {
            return Array.Empty<DataSetTarget>();
        }

        var rows = new TargetRows(fileName, sheet.SheetName, sheet.Cells.Select(c => c.IsBlank ? string.Empty : c.Text).ToArray(), sheet.Row, catalog);
        while (sheet.NextRow())
        {
            var cells = sheet.Cells;
            rows.Add(sheet.Row, i => i < cells.Count && !cells[i].IsBlank ? Text(cells[i], fileName, sheet, i) : string.Empty);
        }

        return rows.Targets;
    }

    private static string Text(XlsxCell cell, string fileName, XlsxSheetReader sheet, int column)
    {
        if (cell.Kind != XlsxCellKind.Number || !cell.Format.IsPercent || !cell.TryNumber(out var number))
        {
            return cell.Text;
        }

        var shown = cell.Format.Decimals ?? 0;
        if (!XlsxCell.TryAsShown(number, cell.Format, shown, out var text))
        {
            throw new DataFileException(new DataFileError(fileName, sheet.SheetName, null, sheet.Row, column + 1, null, -1,
                "a percentage with the decimals its cell shows (" + shown.ToString(CultureInfo.InvariantCulture) + ")", text + "%"));
        }

        return text + "%";
    }
}
