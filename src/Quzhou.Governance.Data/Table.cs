using System;
using System.Collections.Generic;
using System.Globalization;

namespace Quzhou.Governance.Data;

/// <summary>A CSV file read as a header row and rows of as many cells, with errors that name the file, line and column.</summary>
internal sealed class Table
{
    private readonly CsvReader csv;
    private readonly string fileName;
    private readonly long headerLine;

    private Table(CsvReader csv, string fileName, string[] header, long headerLine)
    {
        this.csv = csv;
        this.fileName = fileName;
        Header = header;
        this.headerLine = headerLine;
    }

    internal IReadOnlyList<string> Header { get; }

    internal static Table Open(CsvReader csv, string fileName)
    {
        if (!csv.ReadRow())
        {
            throw new DataFileException(new DataFileError(fileName, 1, 0, null, -1, "a header row", "an empty file"));
        }

        var header = new string[csv.Count];
        for (var i = 0; i < header.Length; i++)
        {
            header[i] = csv.Cell(i);
        }

        return new Table(csv, fileName, header, csv.Line);
    }

    internal bool NextRow()
    {
        if (!csv.ReadRow())
        {
            return false;
        }

        if (csv.Count != Header.Count)
        {
            throw new DataFileException(new DataFileError(
                fileName,
                csv.Line,
                0,
                null,
                -1,
                Header.Count.ToString(CultureInfo.InvariantCulture) + " cells, as the header has",
                csv.Count.ToString(CultureInfo.InvariantCulture) + " cells"));
        }

        return true;
    }

    /// <summary>A cell of the current row, as a new string.</summary>
    internal string Cell(int column) => csv.Cell(column);

    /// <summary>A cell of the current row without making a string, valid until the next row.</summary>
    internal ReadOnlySpan<char> Span(int column) => csv.Span(column);

    /// <summary>The cells of the current row, valid until the next row.</summary>
    internal RowCells Row => csv.Row;

    /// <summary>The reader, for a layout that reads lines straight from it (<see cref="CsvReader.TryPeekLine"/>).</summary>
    internal CsvReader Reader => csv;

    /// <summary>The error of a cell of the row on the line last read, that line given as <paramref name="found"/>'s text
    /// (a row read by <see cref="CsvReader.TryPeekLine"/>, whose cells are not the reader's row).</summary>
    internal DataFileException CellError(int column, string expected, ReadOnlySpan<char> found) =>
        new(new DataFileError(fileName, csv.Line, column + 1, Header[column].Trim(), -1, expected, found.ToString()));

    internal DataFileException CellError(int column, string expected) =>
        new(new DataFileError(fileName, csv.Line, column + 1, Header[column].Trim(), -1, expected, csv.Cell(column)));

    internal DataFileException HeaderError(int column, string expected) =>
        column < 0
            ? new(new DataFileError(fileName, headerLine, 0, null, -1, expected, null))
            : new(new DataFileError(fileName, headerLine, column + 1, Header[column].Trim(), -1, expected, Header[column]));
}
