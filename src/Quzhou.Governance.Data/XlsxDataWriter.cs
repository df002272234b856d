using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.Data;

/// <summary>
/// Writes a data set as a workbook of one sheet, streaming with the Open XML SDK's writer: values as numbers (counts
/// in General, amounts in 元 as <c>0.00</c>, a percentage with a format of its printed decimals, so 97.10 shows and
/// reads back as 97.10), a flagged value, parts and a gap as the wide layout's text (<c>43 p</c>, <c>9718/10000</c>,
/// <c>:</c>), periods as text (<c>2025-10</c>: a quarter or a year has no date), publication dates as dates. Text
/// cells are strings, never formulas, so no cell can run as one.
/// </summary>
internal static class XlsxDataWriter
{
    internal const string SheetName = "data";

    /// <summary>The sheet the plan targets are written to, when the data set has any.</summary>
    internal const string TargetsSheetName = "targets";
    private const uint DateStyle = 1;
    private const uint FirstDecimalsStyle = 2;
    private const int MaxRows = 1_048_576;
    private const int MaxColumns = 16_384;

    internal static void Write(DataSet dataSet, Stream stream, DataSetLayout layout)
    {
        List<SeriesPeriod>? periods = null;
        var dated = false;
        if (layout == DataSetLayout.Long)
        {
            if (dataSet.RecordCount >= MaxRows)
            {
                throw new ArgumentException("The data set has " + dataSet.RecordCount.ToString(CultureInfo.InvariantCulture) + " records; a worksheet holds at most " + (MaxRows - 1).ToString(CultureInfo.InvariantCulture) + " below its header. Save it as CSV or JSON.", nameof(dataSet));
            }
        }
        else
        {
            WideRows.CheckRepresentable(dataSet);
            periods = WideRows.Periods(dataSet, out dated);
            if (periods.Count + 3 > MaxColumns)
            {
                throw new ArgumentException("The data set has " + periods.Count.ToString(CultureInfo.InvariantCulture) + " periods; a worksheet holds at most " + MaxColumns.ToString(CultureInfo.InvariantCulture) + " columns. Save it in the long layout.", nameof(dataSet));
            }
        }

        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        var sheets = new Sheets(new Sheet { Id = "rId1", SheetId = 1, Name = SheetName });
        if (dataSet.Targets.Count > 0)
        {
            sheets.Append(new Sheet { Id = "rId3", SheetId = 2, Name = TargetsSheetName });
        }

        workbook.Workbook = new Workbook(sheets);
        var styles = workbook.AddNewPart<WorkbookStylesPart>("rId2");
        styles.Stylesheet = Styles();
        WriteSheet(workbook.AddNewPart<WorksheetPart>("rId1"), sheet =>
        {
            if (layout == DataSetLayout.Long)
            {
                WriteLong(dataSet, sheet);
            }
            else
            {
                WriteWide(dataSet, sheet, periods!, dated);
            }
        });
        if (dataSet.Targets.Count > 0)
        {
            WriteSheet(workbook.AddNewPart<WorksheetPart>("rId3"), sheet => WriteTargets(dataSet, sheet));
        }
    }

    private static void WriteSheet(WorksheetPart part, Action<SheetWriter> rows)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteStartElement(new SheetData());
        rows(new SheetWriter(writer));
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    /// <summary>The plan targets, one row each under the targets file's header, every cell as text.</summary>
    private static void WriteTargets(DataSet dataSet, SheetWriter sheet)
    {
        sheet.StartRow();
        foreach (var name in TargetFields.Names)
        {
            sheet.Text(name);
        }

        sheet.EndRow();
        var fields = new string[TargetFields.Names.Length];
        foreach (var target in dataSet.Targets)
        {
            TargetFields.Write(target, fields);
            sheet.StartRow();
            foreach (var field in fields)
            {
                if (field.Length == 0)
                {
                    sheet.Skip();
                }
                else
                {
                    sheet.Text(field);
                }
            }

            sheet.EndRow();
        }
    }

    private static void WriteLong(DataSet dataSet, SheetWriter sheet)
    {
        sheet.StartRow();
        var fields = new string[RecordFields.Count(dataSet)];
        for (var i = 0; i < fields.Length; i++)
        {
            sheet.Text(RecordFields.Names[i]);
        }

        sheet.EndRow();
        foreach (var record in dataSet.Records)
        {
            RecordFields.Write(record, fields);
            var amount = CellText.IsAmount(record.Indicator);
            sheet.StartRow();
            for (var i = 0; i < fields.Length; i++)
            {
                var text = fields[i];
                if (text.Length == 0)
                {
                    sheet.Skip();
                    continue;
                }

                switch (i)
                {
                    case RecordFields.Value:
                        sheet.Number(text, record.Kind == DataRecordKind.Percent ? DecimalsStyle(record.Decimals) : amount ? DecimalsStyle(2) : 0);
                        break;
                    case RecordFields.Numerator:
                    case RecordFields.Denominator:
                    case RecordFields.ComparableBase:
                        sheet.Number(text, amount ? DecimalsStyle(2) : 0);
                        break;
                    case RecordFields.Decimals:
                        sheet.Number(text, 0);
                        break;
                    case RecordFields.Published:
                        sheet.Date(record.PublishedOn!.Value);
                        break;
                    default:
                        sheet.Text(text);
                        break;
                }
            }

            sheet.EndRow();
        }
    }

    private static void WriteWide(DataSet dataSet, SheetWriter sheet, List<SeriesPeriod> periods, bool dated)
    {
        var index = new Dictionary<SeriesPeriod, int>();
        sheet.StartRow();
        sheet.Text("indicator");
        sheet.Text("region");
        if (dated)
        {
            sheet.Text("published");
        }

        foreach (var period in periods)
        {
            index.Add(period, index.Count);
            sheet.Text(period.ToString());
        }

        sheet.EndRow();
        var cells = new DataRecord?[periods.Count];
        foreach (var (key, published, records) in WideRows.Rows(dataSet))
        {
            Array.Clear(cells, 0, cells.Length);
            foreach (var record in records)
            {
                cells[index[record.Period]] = record;
            }

            sheet.StartRow();
            sheet.Text(key.Indicator.Code);
            sheet.Text(key.Region.ToString());
            if (dated)
            {
                if (published is { } date)
                {
                    sheet.Date(date);
                }
                else
                {
                    sheet.Skip();
                }
            }

            foreach (var cell in cells)
            {
                if (cell is not { } record)
                {
                    sheet.Skip();
                }
                else if (record.Kind is DataRecordKind.Value or DataRecordKind.Percent && WideCell.Letter(record).Length == 0)
                {
                    var style = record.Kind == DataRecordKind.Percent ? DecimalsStyle(record.Decimals) : CellText.IsAmount(record.Indicator) ? DecimalsStyle(2) : 0;
                    sheet.Number(WideCell.Value(record), style);
                }
                else
                {
                    sheet.Text(WideCell.Text(record));
                }
            }

            sheet.EndRow();
        }
    }

    private static uint DecimalsStyle(int decimals) => FirstDecimalsStyle + (uint)decimals;

    /// <summary>Writes rows and cells with their references (A1, B1…), leaving empty cells out.</summary>
    private sealed class SheetWriter
    {
        private readonly OpenXmlWriter writer;
        private int row;
        private int column;

        internal SheetWriter(OpenXmlWriter writer)
        {
            this.writer = writer;
        }

        internal void StartRow()
        {
            row++;
            column = 0;
            writer.WriteStartElement(new Row { RowIndex = (uint)row });
        }

        internal void EndRow() => writer.WriteEndElement();

        internal void Skip() => column++;

        internal void Text(string text) =>
            writer.WriteElement(new Cell
            {
                CellReference = Reference(),
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text) { Space = SpaceProcessingModeValues.Preserve }),
            });

        internal void Number(string text, uint style) =>
            writer.WriteElement(style == 0
                ? new Cell { CellReference = Reference(), CellValue = new CellValue(text) }
                : new Cell { CellReference = Reference(), CellValue = new CellValue(text), StyleIndex = style });

        internal void Date(NodaTime.LocalDate date)
        {
            if (XlsxCell.TrySerial(date, out var serial))
            {
                Number(serial.ToString(CultureInfo.InvariantCulture), DateStyle);
            }
            else
            {
                Text(CellText.Date(date));
            }
        }

        private string Reference()
        {
            var letters = string.Empty;
            for (var n = column + 1; n > 0; n = (n - 1) / 26)
            {
                letters = (char)('A' + ((n - 1) % 26)) + letters;
            }

            column++;
            return letters + row.ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Cell formats: 0 General, 1 the date <c>yyyy-mm-dd</c>, 2 + n a number with n decimals (n = 0–10).</summary>
    private static Stylesheet Styles()
    {
        var numberFormats = new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd" });
        var cellFormats = new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = 164, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true });
        for (uint decimals = 0; decimals <= 10; decimals++)
        {
            var id = 165 + decimals;
            numberFormats.Append(new NumberingFormat { NumberFormatId = id, FormatCode = decimals == 0 ? "0" : "0." + new string('0', (int)decimals) });
            cellFormats.Append(new CellFormat { NumberFormatId = id, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true });
        }

        numberFormats.Count = (uint)numberFormats.ChildElements.Count;
        cellFormats.Count = (uint)cellFormats.ChildElements.Count;
        return new Stylesheet(
            numberFormats,
            new Fonts(new Font()) { Count = 1 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border()) { Count = 1 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            cellFormats);
    }
}
