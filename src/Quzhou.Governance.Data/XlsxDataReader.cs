using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.Data;

/// <summary>
/// Reads a data set from a workbook's first sheet in either layout (told by the header, as for CSV), turning each cell
/// into the text the CSV layouts read: text as it is, a number as stored (a rate's percentage with the decimals its
/// format shows), a date serial into a date or a month. Errors name the file, the sheet, the row, the column and what
/// was expected.
/// </summary>
internal sealed class XlsxDataReader
{
    private const string PeriodNumberAmbiguous = "a period stored as text (2025.10, 2025-10, 2025年10月) or as a date: a number such as 2025.1 cannot keep a trailing zero, so it may be 2025年1月 or 2025年10月; only whole numbers (2025, 202510) are read as periods";

    private readonly XlsxSheetReader sheet;
    private readonly string fileName;
    private readonly IndicatorCatalog catalog;
    private readonly DataSetBuilder builder;
    private XlsxCell[] header = Array.Empty<XlsxCell>();
    private string[] headerText = Array.Empty<string>();
    private long headerRow;

    private XlsxDataReader(XlsxSheetReader sheet, string fileName, IndicatorCatalog catalog, DataSetBuilder builder)
    {
        this.sheet = sheet;
        this.fileName = fileName;
        this.catalog = catalog;
        this.builder = builder;
    }

    internal static DataSet Read(XlsxSheetReader sheet, string fileName, IndicatorCatalog catalog)
    {
        var builder = DataSet.CreateBuilder(catalog);
        new XlsxDataReader(sheet, fileName, catalog, builder).Read(emptyIsData: false);
        return builder.Build();
    }

    /// <summary>Adds the records of one sheet to <paramref name="builder"/> (the sheets of a workbook into one data set);
    /// a sheet with nothing on it adds nothing.</summary>
    internal static void ReadInto(XlsxSheetReader sheet, string fileName, IndicatorCatalog catalog, DataSetBuilder builder) =>
        new XlsxDataReader(sheet, fileName, catalog, builder).Read(emptyIsData: true);

    private void Read(bool emptyIsData)
    {
        if (!sheet.NextRow())
        {
            if (emptyIsData)
            {
                return;
            }

            throw new DataFileException(new DataFileError(fileName, sheet.SheetName, null, 1, 0, null, -1, "a header row", "an empty sheet"));
        }

        headerRow = sheet.Row;
        header = sheet.Cells.ToArray();
        headerText = new string[header.Length];
        var isLong = false;
        for (var i = 0; i < header.Length; i++)
        {
            headerText[i] = header[i].Kind == XlsxCellKind.Text ? header[i].Text.Trim() : string.Empty;
            isLong |= RecordFields.Aliases.TryGetValue(headerText[i], out var field) && field == RecordFields.Period;
        }

        if (isLong)
        {
            ReadLong();
        }
        else
        {
            ReadWide();
        }
    }

    private void ReadLong()
    {
        var at = new int[RecordFields.Names.Count];
        for (var i = 0; i < at.Length; i++)
        {
            at[i] = -1;
        }

        for (var i = 0; i < header.Length; i++)
        {
            if (header[i].IsBlank)
            {
                continue;
            }

            if (!RecordFields.Aliases.TryGetValue(headerText[i], out var field))
            {
                throw HeaderError(i, "a column of the long layout: " + string.Join(", ", RecordFields.Names));
            }

            if (at[field] >= 0)
            {
                throw HeaderError(i, "each column once (" + RecordFields.Names[field] + " is also column " + (at[field] + 1).ToString(CultureInfo.InvariantCulture) + ")");
            }

            at[field] = i;
        }

        foreach (var required in new[] { RecordFields.Indicator, RecordFields.Region, RecordFields.Period })
        {
            if (at[required] < 0)
            {
                throw HeaderError(-1, "a column named " + RecordFields.Names[required]);
            }
        }

        if (at[RecordFields.Value] < 0 && (at[RecordFields.Numerator] < 0 || at[RecordFields.Denominator] < 0))
        {
            throw HeaderError(-1, "a value column, or numerator and denominator columns");
        }

        var fields = new string[at.Length];
        while (sheet.NextRow())
        {
            CheckWidth();
            var indicatorText = Text(at[RecordFields.Indicator]);
            var rate = catalog.Read(indicatorText.Trim()) is { Success: true } found && found.Value is RateIndicator;
            for (var f = 0; f < fields.Length; f++)
            {
                fields[f] = f switch
                {
                    RecordFields.Indicator => indicatorText,
                    RecordFields.Period => string.Empty,
                    RecordFields.Published => Date(at[f]),
                    RecordFields.Value => Number(at[f], rate),
                    RecordFields.Numerator or RecordFields.Denominator or RecordFields.ComparableBase => Number(at[f], rate: false),
                    RecordFields.Decimals => Number(at[f], rate: false),
                    _ => Text(at[f]),
                };
            }

            var period = Period(at[RecordFields.Period]);
            fields[RecordFields.Period] = Cell(at[RecordFields.Period]).Found;
            if (!RecordFields.TryRead(catalog, fields, period, out var record, out var bad, out var expected))
            {
                throw CellError(at[bad], expected);
            }

            if (!builder.TryAdd(record, out var refusal))
            {
                throw CellError(at[RecordFields.Period], "one record for each indicator, region, period and publication date (" + refusal.TrimEnd('.') + ")");
            }
        }
    }

    private void ReadWide()
    {
        int indicatorAt = -1, regionAt = -1, publishedAt = -1;
        var periods = new SeriesPeriod?[header.Length];
        for (var i = 0; i < header.Length; i++)
        {
            if (header[i].IsBlank)
            {
                continue;
            }

            var field = RecordFields.Aliases.TryGetValue(headerText[i], out var f) ? f : -1;
            if (field == RecordFields.Indicator)
            {
                indicatorAt = indicatorAt < 0 ? i : throw HeaderError(i, "one indicator column");
            }
            else if (field == RecordFields.Region)
            {
                regionAt = regionAt < 0 ? i : throw HeaderError(i, "one region column");
            }
            else if (field == RecordFields.Published)
            {
                publishedAt = publishedAt < 0 ? i : throw HeaderError(i, "one published column");
            }
            else
            {
                if (!TryPeriod(header[i], out var period, out var expected))
                {
                    throw HeaderError(i, expected + ", or one of the columns indicator, region, published");
                }

                for (var j = 0; j < i; j++)
                {
                    if (periods[j] == period)
                    {
                        throw HeaderError(i, "each period once (column " + (j + 1).ToString(CultureInfo.InvariantCulture) + " is the same period)");
                    }
                }

                periods[i] = period;
            }
        }

        if (indicatorAt < 0 || regionAt < 0)
        {
            throw HeaderError(-1, "columns named indicator and region, then one column per period");
        }

        while (sheet.NextRow())
        {
            CheckWidth();
            var found = catalog.Read(Text(indicatorAt).Trim());
            if (!found.Success)
            {
                throw CellError(indicatorAt, found.Error.Expected);
            }

            if (!CellText.TryReadRegion(Text(regionAt), out var region, out var regionExpected))
            {
                throw CellError(regionAt, regionExpected);
            }

            LocalDate? published = null;
            if (publishedAt >= 0 && !CellText.TryReadDate(Date(publishedAt), out published))
            {
                throw CellError(publishedAt, CellText.DateExpected);
            }

            var rate = found.Value is RateIndicator;
            for (var i = 0; i < periods.Length; i++)
            {
                if (periods[i] is not { } period || Cell(i).IsBlank)
                {
                    continue;
                }

                if (!WideCell.TryRead(Number(i, rate), found.Value, region, period, published, out var record, out var expected))
                {
                    throw CellError(i, expected);
                }

                if (!builder.TryAdd(record, out var refusal))
                {
                    throw CellError(i, "one record for each indicator, region, period and publication date (" + refusal.TrimEnd('.') + ")");
                }
            }
        }
    }

    private XlsxCell Cell(int column) => column >= 0 && column < sheet.Cells.Count ? sheet.Cells[column] : default;

    /// <summary>A cell read as text: text as it is, a number as stored; a boolean or an error is refused.</summary>
    private string Text(int column)
    {
        var cell = Cell(column);
        return cell.Kind switch
        {
            XlsxCellKind.Empty => string.Empty,
            XlsxCellKind.Text => cell.Text,
            XlsxCellKind.Number => cell.TryNumber(out var number) ? XlsxCell.Plain(number) : throw CellError(column, "a number Excel can store"),
            _ => throw CellError(column, "text or a number, not a " + (cell.Kind == XlsxCellKind.Error ? "formula error" : "TRUE/FALSE value")),
        };
    }

    /// <summary>A value cell: text as it is (the CSV grammar reads it), a number as stored; a rate's number as its
    /// format shows it, with the decimals the format prints (0.971 in a 0.00% cell is 97.10). A number with more
    /// decimals than its format shows is refused: the stored and the shown figure differ, and neither is chosen here.</summary>
    private string Number(int column, bool rate)
    {
        var cell = Cell(column);
        if (cell.Kind != XlsxCellKind.Number)
        {
            return Text(column);
        }

        if (!cell.TryNumber(out var number))
        {
            throw CellError(column, "a number Excel can store");
        }

        if (!rate || cell.Format.Decimals is not { } shown)
        {
            return XlsxCell.Plain(number);
        }

        if (!XlsxCell.TryAsShown(number, cell.Format, shown, out var text))
        {
            throw CellError(column, "a percentage with the decimals its cell shows (" + shown.ToString(CultureInfo.InvariantCulture) + "): the cell stores " + text + (cell.Format.IsPercent ? "%" : string.Empty) + ", which it shows rounded");
        }

        return text;
    }

    /// <summary>A publication date: a date cell, or text the CSV layouts read (2025-11-15, 2025年11月15日).</summary>
    private string Date(int column)
    {
        var cell = Cell(column);
        if (cell.Kind != XlsxCellKind.Number)
        {
            return Text(column);
        }

        if (!cell.Format.IsDate || !cell.TryDate(sheet.Date1904, out var date))
        {
            throw CellError(column, "a publication date: a date cell (whole days), or text such as 2025-11-15");
        }

        return CellText.Date(date);
    }

    private SeriesPeriod Period(int column) =>
        TryPeriod(Cell(column), out var period, out var expected) ? period : throw CellError(column, expected);

    /// <summary>A period: text read as in CSV, a date on a month's first or last day as that month, a whole number
    /// (2025, 202510) as its digits; a number with a fraction is refused as ambiguous.</summary>
    private bool TryPeriod(XlsxCell cell, out SeriesPeriod period, out string expected)
    {
        period = default;
        expected = "a period such as 2025-10, 2025年10月, 2025-Q3 or 2025";
        switch (cell.Kind)
        {
            case XlsxCellKind.Text:
                var read = SeriesPeriod.Read(cell.Text.Trim());
                if (!read.Success)
                {
                    expected += " (" + read.Error.Expected + ")";
                    return false;
                }

                period = read.Value;
                return true;
            case XlsxCellKind.Number when cell.Format.IsDate:
                if (!cell.TryDate(sheet.Date1904, out var date))
                {
                    expected = "a month as a date (whole days)";
                    return false;
                }

                if (date.Day != 1 && date.Day != CalendarDays(date))
                {
                    expected = "a month as a date on its first or last day (" + CellText.Date(date) + " is neither, so it names a day, not a month)";
                    return false;
                }

                period = SeriesPeriod.Month(date.Year, date.Month);
                return true;
            case XlsxCellKind.Number:
                if (!cell.TryNumber(out var number) || number != decimal.Truncate(number) || number < 0)
                {
                    expected = PeriodNumberAmbiguous;
                    return false;
                }

                var digits = SeriesPeriod.Read(XlsxCell.Plain(number));
                if (!digits.Success)
                {
                    expected += " (" + digits.Error.Expected + ")";
                    return false;
                }

                period = digits.Value;
                return true;
            default:
                return false;
        }
    }

    private static int CalendarDays(LocalDate date) => CalendarSystem.Iso.GetDaysInMonth(date.Year, date.Month);

    /// <summary>A number's text without exponent or trailing zeros.</summary>
    private void CheckWidth()
    {
        for (var i = header.Length; i < sheet.Cells.Count; i++)
        {
            if (!sheet.Cells[i].IsBlank)
            {
                throw new DataFileException(new DataFileError(fileName, sheet.SheetName, null, sheet.Row, i + 1, null, -1, "nothing right of the header's last column (" + header.Length.ToString(CultureInfo.InvariantCulture) + ")", sheet.Cells[i].Found));
            }
        }
    }

    private DataFileException CellError(int column, string expected) =>
        column < 0
            ? new(new DataFileError(fileName, sheet.SheetName, null, sheet.Row, 0, null, -1, expected, null))
            : new(new DataFileError(fileName, sheet.SheetName, null, sheet.Row, column + 1, column < headerText.Length ? headerText[column] : null, -1, expected, Cell(column).Found));

    private DataFileException HeaderError(int column, string expected) =>
        column < 0
            ? new(new DataFileError(fileName, sheet.SheetName, null, headerRow, 0, null, -1, expected, null))
            : new(new DataFileError(fileName, sheet.SheetName, null, headerRow, column + 1, headerText[column], -1, expected, header[column].Found));
}
