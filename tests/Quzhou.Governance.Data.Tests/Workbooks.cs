using System.Collections.Generic;
using System.Globalization;
using System.IO;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Quzhou.Governance.Data.Tests;

/// <summary>A cell of a test workbook, as Excel stores it: its type attribute, its stored value, its number format.</summary>
internal sealed record XCell(string? Type, string Value, string? Format = null, string? Formula = null)
{
    internal static XCell Number(string value, string? format = null) => new(null, value, format);

    internal static XCell Date(string serial, string format = "yyyy-mm-dd") => new(null, serial, format);

    internal static XCell Inline(string text) => new("inlineStr", text);

    internal static XCell Boolean(bool value) => new("b", value ? "1" : "0");

    internal static XCell Error(string value) => new("e", value);

    internal static XCell Calculated(string formula, string cached, string? format = null) => new(null, cached, format, formula);
}

/// <summary>Builds small workbooks with the Open XML SDK, cell by cell as Excel writes them: text as shared strings
/// (unless inline), numbers with their formats, dates as serials, booleans, errors and formulas with their results.</summary>
internal static class Workbooks
{
    /// <summary>A workbook of one sheet; each row is a list of cells (a string is a shared string, an int or a long
    /// a number, null an absent cell), at the given row numbers (consecutive from 1 when not given).</summary>
    internal static byte[] Build(string sheetName, IEnumerable<object?[]> rows, IReadOnlyList<uint>? rowNumbers = null, bool date1904 = false)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(
                new WorkbookProperties { Date1904 = date1904 },
                new Sheets(new Sheet { Id = "rId1", SheetId = 1, Name = sheetName }));
            var sheet = workbook.AddNewPart<WorksheetPart>("rId1");
            var strings = new List<string>();
            var formats = new List<string>();
            var data = new SheetData();
            var index = 0;
            foreach (var cells in rows)
            {
                var number = rowNumbers is null ? (uint)(index + 1) : rowNumbers[index];
                index++;
                var row = new Row { RowIndex = number };
                for (var c = 0; c < cells.Length; c++)
                {
                    if (cells[c] is not { } value)
                    {
                        continue;
                    }

                    var cell = new Cell { CellReference = ((char)('A' + c)).ToString() + number.ToString(CultureInfo.InvariantCulture) };
                    switch (value)
                    {
                        case string text:
                            cell.DataType = CellValues.SharedString;
                            cell.CellValue = new CellValue(strings.Count.ToString(CultureInfo.InvariantCulture));
                            strings.Add(text);
                            break;
                        case int or long:
                            cell.CellValue = new CellValue(System.Convert.ToString(value, CultureInfo.InvariantCulture)!);
                            break;
                        case XCell x:
                            if (x.Type == "inlineStr")
                            {
                                cell.DataType = CellValues.InlineString;
                                cell.InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(x.Value));
                                break;
                            }

                            if (x.Type is not null)
                            {
                                cell.DataType = x.Type == "b" ? CellValues.Boolean : CellValues.Error;
                            }

                            if (x.Formula is not null)
                            {
                                cell.CellFormula = new CellFormula(x.Formula);
                            }

                            cell.CellValue = new CellValue(x.Value);
                            if (x.Format is not null)
                            {
                                cell.StyleIndex = Style(formats, x.Format);
                            }

                            break;
                    }

                    row.Append(cell);
                }

                data.Append(row);
            }

            sheet.Worksheet = new Worksheet(data);
            var table = workbook.AddNewPart<SharedStringTablePart>("rId2");
            table.SharedStringTable = new SharedStringTable();
            foreach (var text in strings)
            {
                table.SharedStringTable.Append(new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text(text)));
            }

            workbook.AddNewPart<WorkbookStylesPart>("rId3").Stylesheet = Styles(formats);
        }

        return stream.ToArray();
    }

    /// <summary>The style index of a number format (1 and up; 0 is the default style), adding it when new.</summary>
    private static uint Style(List<string> formats, string format)
    {
        if (!formats.Contains(format))
        {
            formats.Add(format);
        }

        return (uint)(formats.IndexOf(format) + 1);
    }

    /// <summary>A stylesheet whose cell formats 1… are the number formats, in order (custom ids from 164).</summary>
    private static Stylesheet Styles(List<string> formats)
    {
        var numberFormats = new NumberingFormats();
        var cellFormats = new CellFormats(new CellFormat { NumberFormatId = 0 });
        for (var i = 0; i < formats.Count; i++)
        {
            numberFormats.Append(new NumberingFormat { NumberFormatId = (uint)(164 + i), FormatCode = formats[i] });
            cellFormats.Append(new CellFormat { NumberFormatId = (uint)(164 + i), ApplyNumberFormat = true });
        }

        return new Stylesheet(
            numberFormats,
            new Fonts(new Font()),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None })),
            new Borders(new Border()),
            cellFormats);
    }

    /// <summary>A workbook of several sheets, each a name and its rows (a string is an inline string, a number a number, an
    /// <see cref="XCell.Number"/> with a format a formatted number, null an absent cell; a sheet without rows is empty).</summary>
    internal static byte[] BuildSheets(params (string Name, object?[][] Rows)[] sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var list = new Sheets();
            var formats = new List<string>();
            workbook.Workbook = new Workbook(list);
            for (var s = 0; s < sheets.Length; s++)
            {
                var id = "rId" + (s + 1).ToString(CultureInfo.InvariantCulture);
                var part = workbook.AddNewPart<WorksheetPart>(id);
                list.Append(new Sheet { Id = id, SheetId = (uint)(s + 1), Name = sheets[s].Name });
                var data = new SheetData();
                for (var r = 0; r < sheets[s].Rows.Length; r++)
                {
                    var row = new Row { RowIndex = (uint)(r + 1) };
                    var cells = sheets[s].Rows[r];
                    for (var c = 0; c < cells.Length; c++)
                    {
                        if (cells[c] is not { } value)
                        {
                            continue;
                        }

                        var reference = ((char)('A' + c)).ToString() + (r + 1).ToString(CultureInfo.InvariantCulture);
                        row.Append(value switch
                        {
                            string text => new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text)) },
                            XCell { Type: null, Format: { } format } x => new Cell { CellReference = reference, CellValue = new CellValue(x.Value), StyleIndex = Style(formats, format) },
                            _ => new Cell { CellReference = reference, CellValue = new CellValue(System.Convert.ToString(value, CultureInfo.InvariantCulture)!) },
                        });
                    }

                    data.Append(row);
                }

                part.Worksheet = new Worksheet(data);
            }

            if (formats.Count > 0)
            {
                workbook.AddNewPart<WorkbookStylesPart>("rIdStyles").Stylesheet = Styles(formats);
            }
        }

        return stream.ToArray();
    }
}
