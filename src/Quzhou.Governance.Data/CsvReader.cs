using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Quzhou.Governance.Data;

/// <summary>
/// Reads RFC 4180 CSV one row at a time from a stream of text (never the whole file): cells separated by commas,
/// rows by CRLF, LF or CR; a cell in double quotes may hold commas, quotes (doubled) and line breaks. A quote inside
/// an unquoted cell, text after a closing quote, an unterminated quote and a blank line before the last row are
/// errors naming the line. A cell guarded against formulas (<c>'=…</c>, see <see cref="CsvWriter"/>) reads back
/// without its guard.
/// </summary>
internal sealed class CsvReader
{
    private const int BufferSize = 1 << 16;

    private readonly TextReader reader;
    private readonly string fileName;
    private readonly char[] buffer = new char[BufferSize];
    private readonly StringBuilder cell = new();
    private readonly List<string> cells = new();
    private int length;
    private int position;
    private long line = 1;
    private bool ended;

    internal CsvReader(TextReader reader, string fileName)
    {
        this.reader = reader;
        this.fileName = fileName;
    }

    /// <summary>The cells of the row last read.</summary>
    internal IReadOnlyList<string> Cells => cells;

    /// <summary>The one-based line the row last read starts on.</summary>
    internal long Line { get; private set; }

    /// <summary>Reads the next row.</summary>
    /// <returns>Whether there was one; false at the end of the text (blank lines at the very end are ignored).</returns>
    /// <exception cref="DataFileException">The text is not CSV.</exception>
    internal bool ReadRow()
    {
        long blankLine = 0;
        while (true)
        {
            if (!ReadRawRow(out var blank))
            {
                return false;
            }

            if (!blank)
            {
                if (blankLine != 0)
                {
                    throw Error(blankLine, "a row of cells (an empty line may only end the file)", string.Empty);
                }

                for (var i = 0; i < cells.Count; i++)
                {
                    cells[i] = CsvWriter.Unguard(cells[i]);
                }

                return true;
            }

            if (blankLine == 0)
            {
                blankLine = Line;
            }
        }
    }

    internal DataFileException Error(long atLine, string expected, string? found) =>
        new(new DataFileError(fileName, atLine, 0, null, -1, expected, found));

    private bool ReadRawRow(out bool blank)
    {
        cells.Clear();
        blank = false;
        if (!Fill())
        {
            return false;
        }

        Line = line;
        var anyQuoted = false;
        while (true)
        {
            cell.Clear();
            var c = Peek();
            if (c == '"')
            {
                anyQuoted = true;
                position++;
                ReadQuoted();
                c = Peek();
                if (c != ',' && c != '\r' && c != '\n' && c != -1)
                {
                    throw Error(line, "a comma or the end of the line after a closing quote", ((char)c).ToString());
                }
            }
            else
            {
                while (true)
                {
                    c = Peek();
                    if (c == ',' || c == '\r' || c == '\n' || c == -1)
                    {
                        break;
                    }

                    if (c == '"')
                    {
                        throw Error(line, "a quote only at the start of a cell (a cell with a quote inside is quoted whole, the quote doubled)", cell.ToString() + "\"");
                    }

                    cell.Append((char)c);
                    position++;
                }
            }

            cells.Add(cell.ToString());
            if (c == ',')
            {
                position++;
                continue;
            }

            EndLine();
            blank = cells.Count == 1 && cells[0].Length == 0 && !anyQuoted;
            return true;
        }
    }

    private void ReadQuoted()
    {
        var startLine = line;
        while (true)
        {
            var c = Peek();
            if (c == -1)
            {
                throw Error(startLine, "a closing quote for the cell opened on this line", null);
            }

            position++;
            if (c == '"')
            {
                if (Peek() == '"')
                {
                    cell.Append('"');
                    position++;
                    continue;
                }

                return;
            }

            if (c == '\n' || (c == '\r' && Peek() != '\n'))
            {
                line++;
            }

            cell.Append((char)c);
        }
    }

    private void EndLine()
    {
        var c = Peek();
        if (c == '\r')
        {
            position++;
            if (Peek() == '\n')
            {
                position++;
            }

            line++;
        }
        else if (c == '\n')
        {
            position++;
            line++;
        }
    }

    private int Peek() => position < length || Fill() ? buffer[position] : -1;

    private bool Fill()
    {
        if (position < length)
        {
            return true;
        }

        if (ended)
        {
            return false;
        }

        length = reader.Read(buffer, 0, buffer.Length);
        position = 0;
        ended = length == 0;
        return !ended;
    }
}
