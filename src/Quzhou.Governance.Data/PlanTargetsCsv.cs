using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using System.Text;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Periods;

namespace Quzhou.Governance.Data;

/// <summary>
/// Loads and saves a data set's plan targets (<see cref="DataSet.Targets"/>) as a CSV file of their own, one row per
/// target: <c>plan,indicator,region,kind,commitment,base,target,annual_growth</c> (see docs/data.md), losslessly:
/// saving then loading gives equal targets. Lines before the header that begin with <c>#</c> are notes (where the
/// targets come from) and are not read. Loading decodes the file with <see cref="TextFiles"/> and refuses the first
/// bad row with a <see cref="DataFileException"/> naming the file, line, column and what was expected; a second
/// target for the same plan, indicator and region is refused, naming the line of the first. Give the targets to a
/// data set with <see cref="DataSet.WithTargets"/>.
/// </summary>
public static class PlanTargetsCsv
{
    private static readonly Encoding Utf8WithBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);

    /// <summary>Loads the targets file at <paramref name="path"/>, naming indicators through <see cref="IndicatorCatalog.Interview"/>.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The targets, in the file's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="DataFileException">The file is not a targets file; the error says where and why.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static IReadOnlyList<DataSetTarget> Load(string path) => Load(path, IndicatorCatalog.Interview);

    /// <summary>Loads the targets file at <paramref name="path"/>; an indicator cell is a code, name or alias of <paramref name="catalog"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="catalog">The indicators the file may name.</param>
    /// <returns>The targets, in the file's order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFileException">The file is not a targets file.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static IReadOnlyList<DataSetTarget> Load(string path, IndicatorCatalog catalog)
    {
        _ = path ?? throw new ArgumentNullException(nameof(path));
        _ = catalog ?? throw new ArgumentNullException(nameof(catalog));
        using var reader = TextFiles.OpenText(path);
        return Read(reader, path, catalog);
    }

    /// <summary>Loads the targets file at <paramref name="path"/> as <see cref="Load(string, IndicatorCatalog)"/> does,
    /// without throwing for a bad file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="catalog">The indicators the file may name.</param>
    /// <param name="targets">The targets, or null.</param>
    /// <param name="error">Where and why loading failed, or null.</param>
    /// <returns>Whether the file loaded.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static bool TryLoad(string path, IndicatorCatalog catalog, [NotNullWhen(true)] out IReadOnlyList<DataSetTarget>? targets, [NotNullWhen(false)] out DataFileError? error)
    {
        try
        {
            targets = Load(path, catalog);
            error = null;
            return true;
        }
        catch (DataFileException e)
        {
            targets = null;
            error = e.Error;
            return false;
        }
    }

    /// <summary>Reads targets from CSV text already decoded.</summary>
    /// <param name="reader">The text; read to its end, not disposed.</param>
    /// <param name="fileName">The name errors give for the text.</param>
    /// <param name="catalog">The indicators the text may name.</param>
    /// <returns>The targets, in the text's order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFileException">The text is not a targets file.</exception>
    public static IReadOnlyList<DataSetTarget> Read(TextReader reader, string fileName, IndicatorCatalog catalog)
    {
        _ = reader ?? throw new ArgumentNullException(nameof(reader));
        _ = fileName ?? throw new ArgumentNullException(nameof(fileName));
        _ = catalog ?? throw new ArgumentNullException(nameof(catalog));
        var csv = new CsvReader(reader, fileName);
        string[] header;
        while (true)
        {
            if (!csv.ReadRow())
            {
                throw new DataFileException(new DataFileError(fileName, csv.Line == 0 ? 1 : csv.Line, 0, null, -1, "a header row: " + string.Join(",", TargetFields.Names), "no header"));
            }

            if (csv.Count == 0 || !csv.Span(0).TrimStart().StartsWith("#".AsSpan(), StringComparison.Ordinal))
            {
                header = new string[csv.Count];
                for (var i = 0; i < header.Length; i++)
                {
                    header[i] = csv.Cell(i);
                }


                break;
            }
        }

        var rows = new TargetRows(fileName, null, header, csv.Line, catalog);
        while (csv.ReadRow())
        {
            if (csv.Count != rows.Columns)
            {
                throw csv.Error(csv.Line, rows.Columns.ToString(CultureInfo.InvariantCulture) + " cells, as the header has", csv.Count.ToString(CultureInfo.InvariantCulture) + " cells");
            }

            rows.Add(csv.Line, csv.Cell);
        }

        return rows.Targets;
    }

    /// <summary>Saves <paramref name="targets"/> to <paramref name="path"/> as UTF-8 with a byte-order mark.</summary>
    /// <param name="targets">The targets (a data set's <see cref="DataSet.Targets"/>).</param>
    /// <param name="path">The file, created or overwritten.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void Save(IEnumerable<DataSetTarget> targets, string path)
    {
        _ = targets ?? throw new ArgumentNullException(nameof(targets));
        _ = path ?? throw new ArgumentNullException(nameof(path));
        using var writer = new StreamWriter(path, append: false, Utf8WithBom, 1 << 12);
        Write(targets, writer);
    }

    /// <summary>Writes <paramref name="targets"/> as CSV text: the header, then a row per target in the order given.</summary>
    /// <param name="targets">The targets.</param>
    /// <param name="writer">Where to write; not disposed.</param>
    /// <exception cref="ArgumentNullException">An argument or a target is null.</exception>
    public static void Write(IEnumerable<DataSetTarget> targets, TextWriter writer)
    {
        _ = targets ?? throw new ArgumentNullException(nameof(targets));
        _ = writer ?? throw new ArgumentNullException(nameof(writer));
        var csv = new CsvWriter(writer);
        foreach (var name in TargetFields.Names)
        {
            csv.Write(name);
        }

        csv.EndRow();
        var fields = new string[TargetFields.Names.Length];
        foreach (var target in targets)
        {
            TargetFields.Write(target ?? throw new ArgumentNullException(nameof(targets)), fields);
            foreach (var field in fields)
            {
                csv.Write(field);
            }

            csv.EndRow();
        }
    }
}
