using System;
using System.Collections.Generic;
using System.IO;
#if NET8_0_OR_GREATER
using System.Buffers;
#endif

namespace Quzhou.Governance.Data;

/// <summary>
/// Reads RFC 4180 CSV one row at a time from a stream of text (never the whole file): cells separated by commas,
/// rows by CRLF, LF or CR; a cell in double quotes may hold commas, quotes (doubled) and line breaks. A quote inside
/// an unquoted cell, text after a closing quote, an unterminated quote and a blank line before the last row are
/// errors naming the line. A cell guarded against formulas (<c>'=…</c>, see <see cref="CsvWriter"/>) reads back
/// without its guard.
/// </summary>
/// <remarks>The cells of a row are kept as ranges of one reused character buffer: <see cref="Span(int)"/> reads a
/// cell without making a string (the loaders parse numbers and look names up from it); <see cref="Cell(int)"/> makes
/// one. Runs of plain text are found with a vectorised search, not a character at a time.</remarks>
internal sealed class CsvReader
{
    private const int BufferSize = 1 << 16;

#if NET8_0_OR_GREATER
    private static readonly SearchValues<char> UnquotedStops = SearchValues.Create(",\r\n\"");
    private static readonly SearchValues<char> QuotedStops = SearchValues.Create("\"\r\n");
#else
    private static readonly char[] UnquotedStops = { ',', '\r', '\n', '"' };
    private static readonly char[] QuotedStops = { '"', '\r', '\n' };
#endif

    private readonly TextReader reader;
    private readonly string fileName;
    private readonly char[] buffer = new char[BufferSize];
    private char[] row = new char[256];
    private int rowLength;
    private int[] starts = new int[16];
    private int[] lengths = new int[16];
    private int count;
    private int length;
    private int position;
    private long line = 1;
    private bool ended;
    private int peekedEnd = -1;

    internal CsvReader(TextReader reader, string fileName)
    {
        this.reader = reader;
        this.fileName = fileName;
    }

    /// <summary>The number of cells in the row last read.</summary>
    internal int Count => count;

    /// <summary>The cells of the row last read, as strings (made on each call; for tests and headers).</summary>
    internal IReadOnlyList<string> Cells
    {
        get
        {
            var cells = new string[count];
            for (var i = 0; i < count; i++)
            {
                cells[i] = Cell(i);
            }

            return cells;
        }
    }

    /// <summary>The one-based line the row last read starts on.</summary>
    internal long Line { get; private set; }

    /// <summary>A cell of the row last read, valid until the next row is read.</summary>
    internal ReadOnlySpan<char> Span(int index) => new(row, starts[index], lengths[index]);

    /// <summary>The cells of the row last read, valid until the next row is read.</summary>
    internal RowCells Row => new(new ReadOnlySpan<char>(row, 0, rowLength), starts, lengths);

    /// <summary>A cell of the row last read, as a new string.</summary>
    internal string Cell(int index) => new(row, starts[index], lengths[index]);

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

                for (var i = 0; i < count; i++)
                {
                    if (lengths[i] > 1 && row[starts[i]] == '\'' && CsvWriter.IsGuarded(row[starts[i] + 1]))
                    {
                        starts[i]++;
                        lengths[i]--;
                    }
                }

                return true;
            }

            if (blankLine == 0)
            {
                blankLine = Line;
            }
        }
    }

    /// <summary>The next physical line, without consuming it, when it can be a row read by splitting at commas alone:
    /// whole in the buffer, not empty, without a quote, ended by LF or CRLF. The text is valid until <see cref="SkipLine"/>
    /// or <see cref="ReadRow"/>; anything else (a quote, a lone CR, a blank line, the last line without its break, a line
    /// longer than the buffer) answers false, and <see cref="ReadRow"/> then reads the row as always.</summary>
    internal bool TryPeekLine(out ReadOnlySpan<char> text)
    {
        text = default;
        while (true)
        {
            var rest = new ReadOnlySpan<char>(buffer, position, length - position);
            var stop = rest.IndexOfAny(QuotedStops);
            if (stop >= 0)
            {
                var c = rest[stop];
                if (c == '"' || stop == 0)
                {
                    return false;
                }

                if (c == '\n')
                {
                    text = rest.Slice(0, stop);
                    peekedEnd = position + stop + 1;
                    return true;
                }

                if (stop + 1 < rest.Length)
                {
                    if (rest[stop + 1] != '\n')
                    {
                        return false;
                    }

                    text = rest.Slice(0, stop);
                    peekedEnd = position + stop + 2;
                    return true;
                }
            }

            if (!Refill())
            {
                return false;
            }
        }
    }

    /// <summary>Consumes the line <see cref="TryPeekLine"/> gave: <see cref="Line"/> is now its line.</summary>
    internal void SkipLine()
    {
        position = peekedEnd;
        peekedEnd = -1;
        Line = line;
        line++;
    }

    internal DataFileException Error(long atLine, string expected, string? found) =>
        new(new DataFileError(fileName, atLine, 0, null, -1, expected, found));

    private bool ReadRawRow(out bool blank)
    {
        count = 0;
        rowLength = 0;
        blank = false;
        if (!Fill())
        {
            return false;
        }

        Line = line;
        var anyQuoted = false;
        while (true)
        {
            var start = rowLength;
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
                c = ReadPlain(start);
            }

            AddCell(start);
            if (c == ',')
            {
                position++;
                continue;
            }

            EndLine();
            blank = count == 1 && lengths[0] == 0 && !anyQuoted;
            return true;
        }
    }

    /// <summary>Reads an unquoted cell up to the comma, line break or end that ends it; returns that character (-1 at the end).</summary>
    private int ReadPlain(int start)
    {
        while (true)
        {
            if (position >= length && !Fill())
            {
                return -1;
            }

            var rest = new ReadOnlySpan<char>(buffer, position, length - position);
            var stop = rest.IndexOfAny(UnquotedStops);
            if (stop < 0)
            {
                Append(rest);
                position = length;
                continue;
            }

            Append(rest.Slice(0, stop));
            position += stop;
            var c = buffer[position];
            if (c == '"')
            {
                throw Error(line, "a quote only at the start of a cell (a cell with a quote inside is quoted whole, the quote doubled)", new string(row, start, rowLength - start) + "\"");
            }

            return c;
        }
    }

    private void ReadQuoted()
    {
        var startLine = line;
        while (true)
        {
            if (position >= length && !Fill())
            {
                throw Error(startLine, "a closing quote for the cell opened on this line", null);
            }

            var rest = new ReadOnlySpan<char>(buffer, position, length - position);
            var stop = rest.IndexOfAny(QuotedStops);
            if (stop < 0)
            {
                Append(rest);
                position = length;
                continue;
            }

            Append(rest.Slice(0, stop));
            position += stop;
            var c = buffer[position];
            position++;
            if (c == '"')
            {
                if (Peek() == '"')
                {
                    Append('"');
                    position++;
                    continue;
                }

                return;
            }

            if (c == '\n' || (c == '\r' && Peek() != '\n'))
            {
                line++;
            }

            Append((char)c);
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

    private void AddCell(int start)
    {
        if (count == starts.Length)
        {
            Array.Resize(ref starts, count * 2);
            Array.Resize(ref lengths, count * 2);
        }

        starts[count] = start;
        lengths[count] = rowLength - start;
        count++;
    }

    private void Append(ReadOnlySpan<char> text)
    {
        if (rowLength + text.Length > row.Length)
        {
            Array.Resize(ref row, Math.Max(row.Length * 2, rowLength + text.Length));
        }

        text.CopyTo(new Span<char>(row, rowLength, text.Length));
        rowLength += text.Length;
    }

    private void Append(char c)
    {
        if (rowLength == row.Length)
        {
            Array.Resize(ref row, row.Length * 2);
        }

        row[rowLength++] = c;
    }

    private int Peek() => position < length || Fill() ? buffer[position] : -1;

    /// <summary>Moves the unread text to the start of the buffer and reads more after it; false at the end of the text
    /// or when the unread text fills the buffer.</summary>
    private bool Refill()
    {
        if (ended || (position == 0 && length == buffer.Length))
        {
            return false;
        }

        var kept = length - position;
        Array.Copy(buffer, position, buffer, 0, kept);
        position = 0;
        length = kept;
        var read = reader.Read(buffer, kept, buffer.Length - kept);
        if (read == 0)
        {
            ended = true;
            return false;
        }

        length += read;
        return true;
    }

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
