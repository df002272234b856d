using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Quzhou.Governance.Data;

/// <summary>
/// Reads the first sheet of a workbook row by row with the Open XML SDK's streaming reader: every cell as Excel stored
/// it (shared or inline text, a number's text and its format, a formula's stored result), at the row and column its
/// reference names. Rows with nothing in them are not rows of the table.
/// </summary>
internal sealed class XlsxSheetReader : IDisposable
{
    private readonly SpreadsheetDocument document;
    private readonly OpenXmlReader reader;
    private readonly string[] shared;
    private readonly XlsxNumberFormat[] formats;
    private readonly string fileName;
    private long nextRow = 1;

    private XlsxSheetReader(SpreadsheetDocument document, WorksheetPart sheet, string sheetName, string fileName)
    {
        this.document = document;
        this.fileName = fileName;
        SheetName = sheetName;
        var workbook = document.WorkbookPart!;
        Date1904 = workbook.Workbook.WorkbookProperties?.Date1904?.Value ?? false;
        shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(ItemText).ToArray() ?? Array.Empty<string>();
        formats = Formats(workbook.WorkbookStylesPart?.Stylesheet);
        reader = OpenXmlReader.Create(sheet);
    }

    internal string SheetName { get; }

    internal bool Date1904 { get; }

    /// <summary>The one-based row number of the row read last.</summary>
    internal long Row { get; private set; }

    /// <summary>The cells of the row read last, by column from the first (A); empty cells are <see cref="XlsxCellKind.Empty"/>.</summary>
    internal List<XlsxCell> Cells { get; } = new();

    internal static XlsxSheetReader Open(Stream stream, string fileName)
    {
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(stream, false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException or InvalidOperationException or ArgumentException)
        {
            throw new DataFileException(new DataFileError(fileName, 0, 0, null, -1, "an .xlsx workbook (" + e.Message.TrimEnd('.') + ")", null));
        }

        try
        {
            var workbook = document.WorkbookPart;
            var sheet = workbook?.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault();
            if (workbook is null || sheet?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
            {
                throw new DataFileException(new DataFileError(fileName, 0, 0, null, -1, "a workbook with a worksheet", "none"));
            }

            return new XlsxSheetReader(document, part, sheet.Name?.Value ?? "Sheet1", fileName);
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    /// <summary>Reads the next row that has something in it.</summary>
    internal bool NextRow()
    {
        while (ReadRow())
        {
            foreach (var cell in Cells)
            {
                if (!cell.IsBlank)
                {
                    return true;
                }
            }
        }

        return false;
    }

    public void Dispose()
    {
        reader.Dispose();
        document.Dispose();
    }

    private bool ReadRow()
    {
        Cells.Clear();
        while (reader.Read())
        {
            if (reader.ElementType == typeof(Row) && reader.IsStartElement)
            {
                Row = RowNumber(Attribute("r")) ?? nextRow;
                nextRow = Row + 1;
                ReadCells();
                return true;
            }
        }

        return false;
    }

    private void ReadCells()
    {
        string? type = null;
        uint style = 0;
        var text = new StringBuilder();
        var inCell = false;
        var hasValue = false;
        var phonetic = 0;
        var column = 0;
        void Flush()
        {
            if (inCell)
            {
                Put(column, type, style, hasValue ? text.ToString() : null);
                inCell = false;
            }
        }

        while (reader.Read())
        {
            var element = reader.ElementType;
            if (element == typeof(Row) && reader.IsEndElement)
            {
                Flush();
                return;
            }

            if (element == typeof(Cell))
            {
                if (reader.IsStartElement)
                {
                    Flush();
                    inCell = true;
                    hasValue = false;
                    phonetic = 0;
                    text.Clear();
                    string? reference = null, styleText = null;
                    type = null;
                    foreach (var attribute in reader.Attributes)
                    {
                        if (attribute.NamespaceUri.Length == 0)
                        {
                            switch (attribute.LocalName)
                            {
                                case "r": reference = attribute.Value; break;
                                case "t": type = attribute.Value; break;
                                case "s": styleText = attribute.Value; break;
                            }
                        }
                    }

                    column = Column(reference) ?? Cells.Count;
                    style = uint.TryParse(styleText, out var s) ? s : 0;
                }
                else
                {
                    Flush();
                }

                continue;
            }

            if (!inCell)
            {
                continue;
            }

            if (element == typeof(PhoneticRun))
            {
                phonetic += reader.IsStartElement ? 1 : -1;
            }
            else if ((element == typeof(CellValue) || element == typeof(DocumentFormat.OpenXml.Spreadsheet.Text)) && reader.IsStartElement && phonetic == 0)
            {
                hasValue = true;
                text.Append(reader.GetText());
            }
        }

        Flush();
    }

    private void Put(int column, string? type, uint style, string? value)
    {
        while (Cells.Count <= column)
        {
            Cells.Add(default);
        }

        var format = style < formats.Length ? formats[style] : default;
        Cells[column] = value is null
            ? new XlsxCell(XlsxCellKind.Empty, string.Empty, format)
            : type switch
            {
                "s" => int.TryParse(value, out var index) && index >= 0 && index < shared.Length
                    ? new XlsxCell(XlsxCellKind.Text, shared[index], format)
                    : throw new DataFileException(new DataFileError(fileName, SheetName, null, Row, column + 1, null, -1, "a shared string's index below " + shared.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), value)),
                "inlineStr" or "str" => new XlsxCell(XlsxCellKind.Text, value, format),
                "b" => new XlsxCell(XlsxCellKind.Boolean, value, format),
                "e" => new XlsxCell(XlsxCellKind.Error, value, format),
                "d" => new XlsxCell(XlsxCellKind.Text, value, format),
                _ => new XlsxCell(XlsxCellKind.Number, value, format),
            };
    }

    private string? Attribute(string name)
    {
        foreach (var attribute in reader.Attributes)
        {
            if (attribute.LocalName == name && attribute.NamespaceUri.Length == 0)
            {
                return attribute.Value;
            }
        }

        return null;
    }

    private static long? RowNumber(string? text) => long.TryParse(text, out var row) && row > 0 ? row : null;

    /// <summary>The zero-based column of a reference such as <c>D7</c>.</summary>
    private static int? Column(string? reference)
    {
        if (reference is null)
        {
            return null;
        }

        var column = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z')
            {
                column = checked((column * 26) + (c - 'A' + 1));
                letters++;
            }
            else
            {
                break;
            }
        }

        return letters is > 0 and <= 3 ? column - 1 : null;
    }

    private static string ItemText(SharedStringItem item)
    {
        if (item.Text is { } text)
        {
            return text.Text;
        }

        var runs = new StringBuilder();
        foreach (var run in item.Elements<Run>())
        {
            runs.Append(run.Text?.Text);
        }

        return runs.ToString();
    }

    private static XlsxNumberFormat[] Formats(Stylesheet? styles)
    {
        var codes = new Dictionary<uint, string>();
        if (styles?.NumberingFormats is { } numberingFormats)
        {
            foreach (var format in numberingFormats.Elements<NumberingFormat>())
            {
                if (format.NumberFormatId?.Value is { } id && format.FormatCode?.Value is { } code)
                {
                    codes[id] = code;
                }
            }
        }

        var result = new List<XlsxNumberFormat>();
        if (styles?.CellFormats is { } cellFormats)
        {
            foreach (var xf in cellFormats.Elements<CellFormat>())
            {
                var id = xf.NumberFormatId?.Value ?? 0;
                result.Add(XlsxNumberFormat.FromId(id, codes.TryGetValue(id, out var code) ? code : null));
            }
        }

        return result.ToArray();
    }
}
