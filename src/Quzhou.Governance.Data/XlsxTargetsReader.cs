using System;
using System.Collections.Generic;
using System.Linq;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Indicators;

namespace Quzhou.Governance.Data;

/// <summary>Reads a workbook's <c>targets</c> sheet: the targets file's header and rows (<see cref="TargetRows"/>),
/// each cell's text as a CSV cell's (a number cell's stored value, a blank cell empty).</summary>
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
            rows.Add(sheet.Row, i => i < cells.Count && !cells[i].IsBlank ? cells[i].Text : string.Empty);
        }

        return rows.Targets;
    }
}
