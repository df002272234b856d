using System.Globalization;
using System.Text;

namespace Quzhou.Governance.Data;

/// <summary>
/// Why a data file could not be read: the file, where (a line and column of a table, a sheet's row and column, a
/// JSON path with its line and column, or a byte offset for text that is in no encoding the reader knows), what was
/// expected there and what was found. Immutable.
/// </summary>
public sealed class DataFileError
{
    internal DataFileError(string fileName, long line, int column, string? columnName, long byteOffset, string expected, string? found)
        : this(fileName, null, null, line, column, columnName, byteOffset, expected, found)
    {
    }

    internal DataFileError(string fileName, string? sheet, string? path, long line, int column, string? columnName, long byteOffset, string expected, string? found)
    {
        FileName = fileName;
        Sheet = sheet;
        Path = path;
        Line = line;
        Column = column;
        ColumnName = columnName;
        ByteOffset = byteOffset;
        Expected = expected;
        Found = found;
    }

    /// <summary>The file's path or name, as given to the reader.</summary>
    public string FileName { get; }

    /// <summary>The sheet of a workbook the error is in; null for a text file.</summary>
    public string? Sheet { get; }

    /// <summary>The JSON path of the value the error is about (<c>$.records[3].value</c>); null for other files, and
    /// for JSON that is not well formed.</summary>
    public string? Path { get; }

    /// <summary>The one-based line (a quoted cell may span lines: this is the line the cell starts on), or a sheet's
    /// row; 0 when the error is about the bytes, not a line.</summary>
    public long Line { get; }

    /// <summary>The one-based column; 0 when the error is about a whole line or the bytes.</summary>
    public int Column { get; }

    /// <summary>The column's header, when the file has one there.</summary>
    public string? ColumnName { get; }

    /// <summary>The zero-based offset in the file of the first byte that could not be decoded, or of the JSON value the
    /// error is about; -1 for an error in a table, and for JSON decoded from another encoding than UTF-8.</summary>
    public long ByteOffset { get; }

    /// <summary>What was expected, in plain words.</summary>
    public string Expected { get; }

    /// <summary>What was found (the cell's text), when there was something.</summary>
    public string? Found { get; }

    /// <summary>The message shown to a person: <c>data.csv, line 7, column 4 (value): expected a whole count not
    /// negative, found "-3".</c>; <c>data.xlsx, sheet 数据, row 7, column 4 (value): …</c>; <c>data.json, line 9,
    /// column 16, $.records[2].value, byte offset 212: …</c>.</summary>
    public string Message
    {
        get
        {
            var text = new StringBuilder(FileName);
            if (Sheet is not null)
            {
                text.Append(", sheet ").Append(Sheet);
            }

            if (Line > 0)
            {
                text.Append(Sheet is null ? ", line " : ", row ").Append(Line.ToString(CultureInfo.InvariantCulture));
            }

            if (Column > 0)
            {
                text.Append(", column ").Append(Column.ToString(CultureInfo.InvariantCulture));
                if (!string.IsNullOrEmpty(ColumnName))
                {
                    text.Append(" (").Append(ColumnName).Append(')');
                }
            }

            if (Path is not null)
            {
                text.Append(", ").Append(Path);
            }

            if (ByteOffset >= 0)
            {
                text.Append(", byte offset ").Append(ByteOffset.ToString(CultureInfo.InvariantCulture));
            }

            text.Append(": expected ").Append(Expected);
            if (Found is not null)
            {
                text.Append(", found ").Append(Found.Length == 0 ? "an empty cell" : "\"" + Shorten(Found) + "\"");
            }

            return text.Append('.').ToString();
        }
    }

    private static string Shorten(string text) => text.Length > 40 ? new StringBuilder(text, 0, 40, 41).Append('…').ToString() : text;

    /// <summary>Returns <see cref="Message"/>.</summary>
    /// <returns>The message.</returns>
    public override string ToString() => Message;
}
