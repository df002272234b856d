using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Indicators;

namespace Quzhou.Governance.Data;

/// <summary>
/// Loads and saves a <see cref="DataSet"/> as an Excel workbook (.xlsx), in the long or the wide layout (see
/// <see cref="DataSetLayout"/> and docs/data.md), losslessly: saving then loading gives an equal data set. Loading
/// reads the first sheet as Excel stored it: text as text (read as the CSV layouts read it); a number as stored, a
/// rate's percentage with the decimals its format shows (97.1 in a <c>0.00</c> cell is 97.10, 0.971 in a <c>0.00%</c>
/// cell too); a period as text (<see cref="Series.SeriesPeriod.Read(string)"/>), as a date on a month's first or last
/// day, or as a whole number (2025, 202510) — a number with a fraction (2025.1) is refused as ambiguous, since a number
/// cannot keep the trailing zero of 2025.10; publication dates as date cells or text. The first bad cell is refused
/// with a <see cref="DataFileException"/> naming the file, the sheet, the row, the column and what was expected:
/// nothing is skipped, clamped, rounded or filled (rows with nothing in them are not rows). Saving writes one sheet
/// named <c>data</c> with the Open XML SDK, and a sheet named <c>targets</c> when the data set has plan targets (the
/// targets file's columns, every cell as text; <see cref="PlanTargetsCsv"/>); loading reads that sheet, when the
/// workbook has one, as the data set's targets.
/// </summary>
public static class DataSetXlsx
{
    /// <summary>Loads the workbook at <paramref name="path"/>, naming indicators through <see cref="IndicatorCatalog.Interview"/>.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The data set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="DataFileException">The file is not a workbook, or its first sheet is not a data set in either layout.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static DataSet Load(string path) => Load(path, IndicatorCatalog.Interview);

    /// <summary>Loads the workbook at <paramref name="path"/>; an indicator is a code, name or alias of <paramref name="catalog"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="catalog">The indicators the sheet may name.</param>
    /// <returns>The data set, over <paramref name="catalog"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFileException">The file is not a workbook, or its first sheet is not a data set in either layout.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static DataSet Load(string path, IndicatorCatalog catalog)
    {
        _ = path ?? throw new ArgumentNullException(nameof(path));
        _ = catalog ?? throw new ArgumentNullException(nameof(catalog));
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Read(stream, path, catalog);
    }

    /// <summary>Loads the sheet named <paramref name="sheet"/> of the workbook at <paramref name="path"/> (a workbook with a
    /// sheet per indicator or per year), in either layout.</summary>
    /// <param name="path">The file.</param>
    /// <param name="catalog">The indicators the sheet may name.</param>
    /// <param name="sheet">The sheet's name, exactly as its tab shows it.</param>
    /// <returns>The data set, over <paramref name="catalog"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFileException">The file is not a workbook, has no sheet of that name (the error lists the
    /// names it has), or the sheet is not a data set in either layout.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static DataSet Load(string path, IndicatorCatalog catalog, string sheet)
    {
        _ = path ?? throw new ArgumentNullException(nameof(path));
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Read(stream, path, catalog, sheet);
    }

    /// <summary>Loads every worksheet of the workbook at <paramref name="path"/> into one data set (a sheet per indicator
    /// or per year is common), each sheet in its own layout, told by its header. A sheet with nothing on it holds no data;
    /// a figure given on two sheets is refused as it is on one (naming the second sheet's cell).</summary>
    /// <param name="path">The file.</param>
    /// <param name="catalog">The indicators the sheets may name.</param>
    /// <returns>The data set, over <paramref name="catalog"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFileException">The file is not a workbook, or a sheet with something on it is not a data set in either layout.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static DataSet LoadAllSheets(string path, IndicatorCatalog catalog)
    {
        _ = path ?? throw new ArgumentNullException(nameof(path));
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return ReadAllSheets(stream, path, catalog);
    }

    /// <summary>Reads the sheet named <paramref name="sheet"/> of a workbook from a stream, as
    /// <see cref="Load(string, IndicatorCatalog, string)"/> does.</summary>
    /// <param name="stream">The workbook's bytes; read, not disposed. A stream that cannot seek is copied first.</param>
    /// <param name="fileName">The name errors give for the workbook.</param>
    /// <param name="catalog">The indicators the sheet may name.</param>
    /// <param name="sheet">The sheet's name, exactly as its tab shows it.</param>
    /// <returns>The data set.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFileException">The bytes are not a workbook, it has no sheet of that name, or the sheet is not a data set in either layout.</exception>
    public static DataSet Read(Stream stream, string fileName, IndicatorCatalog catalog, string sheet)
    {
        _ = sheet ?? throw new ArgumentNullException(nameof(sheet));
        return ReadSheet(stream, fileName, catalog, sheet);
    }

    /// <summary>Reads every worksheet of a workbook from a stream into one data set, as
    /// <see cref="LoadAllSheets(string, IndicatorCatalog)"/> does.</summary>
    /// <param name="stream">The workbook's bytes; read, not disposed. A stream that cannot seek is copied first.</param>
    /// <param name="fileName">The name errors give for the workbook.</param>
    /// <param name="catalog">The indicators the sheets may name.</param>
    /// <returns>The data set.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFileException">The bytes are not a workbook, or a sheet with something on it is not a data set in either layout.</exception>
    public static DataSet ReadAllSheets(Stream stream, string fileName, IndicatorCatalog catalog)
    {
        stream = Seekable(stream, fileName, catalog);
        var builder = DataSet.CreateBuilder(catalog);
        var start = stream.Position;
        var names = XlsxSheetReader.SheetNames(stream, fileName);
        foreach (var name in names)
        {
            if (name == XlsxDataWriter.TargetsSheetName)
            {
                continue;
            }

            stream.Position = start;
            using var sheet = XlsxSheetReader.Open(stream, fileName, name);
            XlsxDataReader.ReadInto(sheet, fileName, catalog, builder);
        }

        stream.Position = start;
        return WithTargets(builder.Build(), stream, fileName, catalog, names);
    }

    /// <summary>Loads the workbook at <paramref name="path"/> as <see cref="Load(string, IndicatorCatalog)"/> does,
    /// without throwing for a bad file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="catalog">The indicators the sheet may name.</param>
    /// <param name="dataSet">The data set, or null.</param>
    /// <param name="error">Where and why loading failed, or null.</param>
    /// <returns>Whether the file loaded.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static bool TryLoad(string path, IndicatorCatalog catalog, [NotNullWhen(true)] out DataSet? dataSet, [NotNullWhen(false)] out DataFileError? error)
    {
        try
        {
            dataSet = Load(path, catalog);
            error = null;
            return true;
        }
        catch (DataFileException e)
        {
            dataSet = null;
            error = e.Error;
            return false;
        }
    }

    /// <summary>Reads a workbook from a stream (a network, a test) in either layout.</summary>
    /// <param name="stream">The workbook's bytes; read, not disposed. A stream that cannot seek is copied first.</param>
    /// <param name="fileName">The name errors give for the workbook.</param>
    /// <param name="catalog">The indicators the sheet may name.</param>
    /// <returns>The data set.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFileException">The bytes are not a workbook, or its first sheet is not a data set in either layout.</exception>
    public static DataSet Read(Stream stream, string fileName, IndicatorCatalog catalog) => ReadSheet(stream, fileName, catalog, null);

    private static DataSet ReadSheet(Stream stream, string fileName, IndicatorCatalog catalog, string? sheetName)
    {
        stream = Seekable(stream, fileName, catalog);
        var start = stream.Position;
        DataSet data;
        string chosen;
        using (var sheet = XlsxSheetReader.Open(stream, fileName, sheetName))
        {
            data = XlsxDataReader.Read(sheet, fileName, catalog);
            chosen = sheet.SheetName;
        }

        if (chosen == XlsxDataWriter.TargetsSheetName)
        {
            return data;
        }

        stream.Position = start;
        var names = XlsxSheetReader.SheetNames(stream, fileName);
        stream.Position = start;
        return WithTargets(data, stream, fileName, catalog, names);
    }

    /// <summary>The data set with the targets of the workbook's <c>targets</c> sheet, when it has one.</summary>
    private static DataSet WithTargets(DataSet data, Stream stream, string fileName, IndicatorCatalog catalog, List<string> names)
    {
        if (!names.Contains(XlsxDataWriter.TargetsSheetName))
        {
            return data;
        }

        using var sheet = XlsxSheetReader.Open(stream, fileName, XlsxDataWriter.TargetsSheetName);
        return data.WithTargets(XlsxTargetsReader.Read(sheet, fileName, catalog));
    }

    private static Stream Seekable(Stream stream, string fileName, IndicatorCatalog catalog)
    {
        _ = stream ?? throw new ArgumentNullException(nameof(stream));
        _ = fileName ?? throw new ArgumentNullException(nameof(fileName));
        _ = catalog ?? throw new ArgumentNullException(nameof(catalog));
        if (stream.CanSeek)
        {
            return stream;
        }

        var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }

    /// <summary>Saves <paramref name="dataSet"/> to <paramref name="path"/> in the long layout.</summary>
    /// <param name="dataSet">The data set.</param>
    /// <param name="path">The file, created or overwritten.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The data set has more records than a worksheet has rows (1,048,575 below the header).</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void Save(DataSet dataSet, string path) => Save(dataSet, path, DataSetLayout.Long);

    /// <summary>Saves <paramref name="dataSet"/> to <paramref name="path"/> in <paramref name="layout"/>.</summary>
    /// <param name="dataSet">The data set.</param>
    /// <param name="path">The file, created or overwritten.</param>
    /// <param name="layout">The layout.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="layout"/> is unknown.</exception>
    /// <exception cref="ArgumentException">The data set does not fit a worksheet (1,048,576 rows, 16,384 columns), or the layout
    /// is wide and a record is a year-to-date total or carries a comparable base (the long layout holds them).</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void Save(DataSet dataSet, string path, DataSetLayout layout)
    {
        _ = dataSet ?? throw new ArgumentNullException(nameof(dataSet));
        _ = path ?? throw new ArgumentNullException(nameof(path));
        CheckLayout(layout);
        if (layout == DataSetLayout.Wide)
        {
            WideRows.CheckRepresentable(dataSet);
        }

        using var stream = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16);
        Write(dataSet, stream, layout);
    }

    /// <summary>Writes <paramref name="dataSet"/> as a workbook in <paramref name="layout"/>.</summary>
    /// <param name="dataSet">The data set.</param>
    /// <param name="stream">Where to write (readable, writable and seekable, as a zip package needs); not disposed.</param>
    /// <param name="layout">The layout.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="layout"/> is unknown.</exception>
    /// <exception cref="ArgumentException">The data set does not fit a worksheet (1,048,576 rows, 16,384 columns), or the layout
    /// is wide and a record is a year-to-date total or carries a comparable base (the long layout holds them).</exception>
    public static void Write(DataSet dataSet, Stream stream, DataSetLayout layout)
    {
        _ = dataSet ?? throw new ArgumentNullException(nameof(dataSet));
        _ = stream ?? throw new ArgumentNullException(nameof(stream));
        CheckLayout(layout);
        XlsxDataWriter.Write(dataSet, stream, layout);
    }

    private static void CheckLayout(DataSetLayout layout)
    {
        if (layout is not DataSetLayout.Long and not DataSetLayout.Wide)
        {
            throw new ArgumentOutOfRangeException(nameof(layout), layout, "Unknown layout.");
        }
    }
}
