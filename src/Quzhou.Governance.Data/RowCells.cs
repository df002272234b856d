using System;

namespace Quzhou.Governance.Data;

/// <summary>The cells of one row as ranges of one text, without a string per cell: the reader's row buffer, or a line
/// still in the reader's buffer split at its commas (<see cref="TrySplit"/>).</summary>
internal readonly ref struct RowCells
{
    private readonly ReadOnlySpan<char> text;
    private readonly int[] starts;
    private readonly int[] lengths;

    internal RowCells(ReadOnlySpan<char> text, int[] starts, int[] lengths)
    {
        this.text = text;
        this.starts = starts;
        this.lengths = lengths;
    }

    /// <summary>The text of the cell at <paramref name="index"/>.</summary>
    internal ReadOnlySpan<char> this[int index] => text.Slice(starts[index], lengths[index]);

    /// <summary>Splits <paramref name="line"/> at its commas into exactly <paramref name="starts"/>' length cells, as
    /// <see cref="CsvReader"/> reads a line without quotes; false when it has another number of cells or a cell starts
    /// with an apostrophe (which may be a formula guard: <see cref="CsvReader.ReadRow"/> reads that row).</summary>
    internal static bool TrySplit(ReadOnlySpan<char> line, int[] starts, int[] lengths, out RowCells cells)
    {
        cells = default;
        var last = starts.Length - 1;
        var cell = 0;
        var start = 0;
        for (var i = 0; i <= line.Length; i++)
        {
            // One pass over the line's characters (its cells are short), not a search per cell.
            if (i < line.Length && line[i] != ',')
            {
                continue;
            }

            if (cell > last || (i > start && line[start] == '\''))
            {
                return false;
            }

            starts[cell] = start;
            lengths[cell] = i - start;
            cell++;
            start = i + 1;
        }

        if (cell != starts.Length)
        {
            return false;
        }

        cells = new RowCells(line, starts, lengths);
        return true;
    }
}
