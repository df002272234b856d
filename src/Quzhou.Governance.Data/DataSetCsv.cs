using System;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Text;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Indicators;

namespace Quzhou.Governance.Data;

/// <summary>
/// Loads and saves a <see cref="DataSet"/> as CSV, in the long or the wide layout (see <see cref="DataSetLayout"/> and
/// docs/data.md), losslessly: saving then loading gives an equal data set (percentages keep their printed decimals,
/// amounts their 分, statuses, gaps, breaks and vintages survive). Loading decodes the file with
/// <see cref="TextFiles"/> (UTF-8 with or without BOM, UTF-16 with BOM, GB18030), streams it row by row, tells the
/// layout by its header, and refuses the first bad row with a <see cref="DataFileException"/> naming the file, line,
/// column and what was expected: nothing is skipped, clamped or filled. Saving writes UTF-8 with a byte-order mark
/// (so spreadsheets read the Chinese correctly), CRLF rows, and no cell a spreadsheet would run as a formula.
/// </summary>
public static class DataSetCsv
{
    private static readonly Encoding Utf8WithBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);

    /// <summary>Loads the CSV file at <paramref name="path"/>, naming indicators through <see cref="IndicatorCatalog.Interview"/>.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The data set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="DataFileException">The file is not a data set in either layout; the error says where and why.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static DataSet Load(string path) => Load(path, IndicatorCatalog.Interview);

    /// <summary>Loads the CSV file at <paramref name="path"/>; an indicator cell is a code, name or alias of <paramref name="catalog"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="catalog">The indicators the file may name.</param>
    /// <returns>The data set, over <paramref name="catalog"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFileException">The file is not a data set in either layout.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static DataSet Load(string path, IndicatorCatalog catalog)
    {
        _ = path ?? throw new ArgumentNullException(nameof(path));

        _ = catalog ?? throw new ArgumentNullException(nameof(catalog));

        using var reader = TextFiles.OpenText(path);
        return Read(reader, path, catalog);
    }

    /// <summary>Loads the CSV file at <paramref name="path"/> as <see cref="Load(string, IndicatorCatalog)"/> does, without
    /// throwing for a bad file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="catalog">The indicators the file may name.</param>
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

    /// <summary>Reads CSV text already decoded (from a stream, a network or a test) in either layout.</summary>
    /// <param name="reader">The text; read to its end, not disposed.</param>
    /// <param name="fileName">The name errors give for the text.</param>
    /// <param name="catalog">The indicators the text may name.</param>
    /// <returns>The data set.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFileException">The text is not a data set in either layout.</exception>
    public static DataSet Read(TextReader reader, string fileName, IndicatorCatalog catalog)
    {
        _ = reader ?? throw new ArgumentNullException(nameof(reader));

        _ = fileName ?? throw new ArgumentNullException(nameof(fileName));

        _ = catalog ?? throw new ArgumentNullException(nameof(catalog));

        var table = Table.Open(new CsvReader(reader, fileName), fileName);
        var builder = DataSet.CreateBuilder(catalog);
        if (LongLayout.Matches(table.Header))
        {
            LongLayout.Read(table, builder, catalog);
        }
        else
        {
            WideLayout.Read(table, builder, catalog);
        }

        return builder.Build();
    }

    /// <summary>Saves <paramref name="dataSet"/> to <paramref name="path"/> in the long layout.</summary>
    /// <param name="dataSet">The data set.</param>
    /// <param name="path">The file, created or overwritten.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void Save(DataSet dataSet, string path) => Save(dataSet, path, DataSetLayout.Long);

    /// <summary>Saves <paramref name="dataSet"/> to <paramref name="path"/> in <paramref name="layout"/>, as UTF-8 with a byte-order mark.</summary>
    /// <param name="dataSet">The data set.</param>
    /// <param name="path">The file, created or overwritten.</param>
    /// <param name="layout">The layout.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="layout"/> is unknown.</exception>
    /// <exception cref="ArgumentException">The layout is wide and a record is a year-to-date total or carries a comparable base (the long layout holds them).</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void Save(DataSet dataSet, string path, DataSetLayout layout)
    {
        _ = dataSet ?? throw new ArgumentNullException(nameof(dataSet));
        _ = path ?? throw new ArgumentNullException(nameof(path));
        if (layout == DataSetLayout.Wide)
        {
            WideRows.CheckRepresentable(dataSet);
        }

        using var writer = new StreamWriter(path, append: false, Utf8WithBom, 1 << 16);
        Write(dataSet, writer, layout);
    }

    /// <summary>Writes <paramref name="dataSet"/> as CSV text in <paramref name="layout"/>.</summary>
    /// <param name="dataSet">The data set.</param>
    /// <param name="writer">Where to write; not disposed.</param>
    /// <param name="layout">The layout.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="layout"/> is unknown.</exception>
    /// <exception cref="ArgumentException">The layout is wide and a record is a year-to-date total or carries a comparable base (the long layout holds them).</exception>
    public static void Write(DataSet dataSet, TextWriter writer, DataSetLayout layout)
    {
        _ = dataSet ?? throw new ArgumentNullException(nameof(dataSet));

        _ = writer ?? throw new ArgumentNullException(nameof(writer));

        var csv = new CsvWriter(writer);
        switch (layout)
        {
            case DataSetLayout.Long:
                LongLayout.Write(dataSet, csv);
                break;
            case DataSetLayout.Wide:
                WideLayout.Write(dataSet, csv);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(layout), layout, "Unknown CSV layout.");
        }
    }
}
