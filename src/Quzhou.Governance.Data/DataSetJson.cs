using System;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Indicators;

namespace Quzhou.Governance.Data;

/// <summary>
/// Loads and saves a <see cref="DataSet"/> as JSON, in the long or the wide layout (see <see cref="DataSetLayout"/>
/// and docs/data.md), losslessly: saving then loading gives an equal data set (percentages keep their printed decimals,
/// amounts their 分, statuses, gaps, breaks and vintages survive). The long layout is an object
/// <c>{"layout": "long", "records": [{"indicator": …, "region": "330800", "period": "2025-10", "value": 42, …}]}</c>
/// with the fields of the CSV long layout; the wide layout is <c>{"layout": "wide", "rows": [{"indicator": …,
/// "region": …, "2025-01": 43, "2025-02": "44 p"}]}</c> with the CSV wide layout's cells. A top-level array of
/// either kind of object (what <c>pandas.DataFrame.to_json(orient="records")</c> writes) loads too. Numbers are read
/// from their text as written, so <c>97.10</c> keeps its two decimals. Loading refuses the first bad value with a
/// <see cref="DataFileException"/> naming the file, the line and column, the JSON path and what was expected:
/// nothing is skipped, clamped or filled. Files and streams are read a buffer at a time, never whole, so a file larger
/// than memory loads in the memory of its data set. Saving writes UTF-8 without a byte-order mark (RFC 8259), indented.
/// </summary>
public static class DataSetJson
{
    /// <summary>Loads the JSON file at <paramref name="path"/>, naming indicators through <see cref="IndicatorCatalog.Interview"/>.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The data set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="DataFileException">The file is not a data set in either layout; the error says where and why.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static DataSet Load(string path) => Load(path, IndicatorCatalog.Interview);

    /// <summary>Loads the JSON file at <paramref name="path"/>; an indicator is a code, name or alias of
    /// <paramref name="catalog"/>. The file is UTF-8 (with or without a byte-order mark); a file in another encoding
    /// <see cref="TextFiles"/> knows (UTF-16, GB18030) is decoded by it, and its errors then give no byte offset; a
    /// file it does not know (UTF-16 without its byte-order mark among them) is refused by it.</summary>
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
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan))
        {
            try
            {
                return JsonDataReader.Read(stream, fileOffsets: true, path, catalog);
            }
            catch (NotUtf8Exception)
            {
                // Not UTF-8: decoded whole below.
            }
        }

        var text = TextFiles.ReadAllText(path);
        using var decoded = new MemoryStream(new System.Text.UTF8Encoding(false).GetBytes(text), writable: false);
        try
        {
            return JsonDataReader.Read(decoded, fileOffsets: false, path, catalog);
        }
        catch (NotUtf8Exception)
        {
            throw new DataFileException(new DataFileError(path, 0, 0, null, -1, "JSON text without NUL characters", "a NUL character (U+0000) in the decoded text"));
        }
    }

    /// <summary>Loads the JSON file at <paramref name="path"/> as <see cref="Load(string, IndicatorCatalog)"/> does,
    /// without throwing for a bad file.</summary>
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

    /// <summary>Reads JSON from a stream (a network, a test) in either layout. The bytes are UTF-8, with or without a
    /// byte-order mark, as RFC 8259 requires.</summary>
    /// <param name="stream">The bytes, read a buffer at a time to their end (or to the first that is not UTF-8); not
    /// disposed.</param>
    /// <param name="fileName">The name errors give for the bytes.</param>
    /// <param name="catalog">The indicators the JSON may name.</param>
    /// <returns>The data set.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFileException">The bytes are not UTF-8, not JSON, or not a data set in either layout.</exception>
    public static DataSet Read(Stream stream, string fileName, IndicatorCatalog catalog)
    {
        _ = stream ?? throw new ArgumentNullException(nameof(stream));
        _ = fileName ?? throw new ArgumentNullException(nameof(fileName));
        _ = catalog ?? throw new ArgumentNullException(nameof(catalog));
        try
        {
            return JsonDataReader.Read(stream, fileOffsets: true, fileName, catalog);
        }
        catch (NotUtf8Exception e)
        {
            var expected = e.IsNul
                ? "UTF-8, as JSON is (RFC 8259), without NUL bytes (UTF-16 without its byte-order mark?)"
                : "UTF-8, as JSON is (RFC 8259)";
            throw new DataFileException(new DataFileError(fileName, 0, 0, null, e.Offset, expected, null));
        }
    }

    /// <summary>Saves <paramref name="dataSet"/> to <paramref name="path"/> in the long layout.</summary>
    /// <param name="dataSet">The data set.</param>
    /// <param name="path">The file, created or overwritten.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void Save(DataSet dataSet, string path) => Save(dataSet, path, DataSetLayout.Long);

    /// <summary>Saves <paramref name="dataSet"/> to <paramref name="path"/> in <paramref name="layout"/>, as UTF-8.</summary>
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
        CheckLayout(layout);
        CheckWide(dataSet, layout);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        Write(dataSet, stream, layout);
    }

    /// <summary>Writes <paramref name="dataSet"/> as UTF-8 JSON in <paramref name="layout"/>.</summary>
    /// <param name="dataSet">The data set.</param>
    /// <param name="stream">Where to write; not disposed.</param>
    /// <param name="layout">The layout.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="layout"/> is unknown.</exception>
    /// <exception cref="ArgumentException">The layout is wide and a record is a year-to-date total or carries a comparable base (the long layout holds them).</exception>
    public static void Write(DataSet dataSet, Stream stream, DataSetLayout layout)
    {
        _ = dataSet ?? throw new ArgumentNullException(nameof(dataSet));
        _ = stream ?? throw new ArgumentNullException(nameof(stream));
        CheckLayout(layout);
        CheckWide(dataSet, layout);
        JsonDataWriter.Write(dataSet, stream, layout);
    }

    private static void CheckLayout(DataSetLayout layout)
    {
        if (layout is not DataSetLayout.Long and not DataSetLayout.Wide)
        {
            throw new ArgumentOutOfRangeException(nameof(layout), layout, "Unknown layout.");
        }
    }

    private static void CheckWide(DataSet dataSet, DataSetLayout layout)
    {
        if (layout == DataSetLayout.Wide)
        {
            WideRows.CheckRepresentable(dataSet);
        }
    }
}
