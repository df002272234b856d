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
        var at = 0;
        var last = starts.Length - 1;
        for (var i = 0; i <= last; i++)
        {
            var rest = line.Slice(at);
            var comma = rest.IndexOf(',');
            if ((comma < 0) != (i == last))
            {
                return false;
            }

            var cellLength = comma < 0 ? rest.Length : comma;
            if (cellLength != 0 && rest[0] == '\'')
            {
                return false;
            }

            starts[i] = at;
            lengths[i] = cellLength;
            at += cellLength + 1;
        }

        cells = new RowCells(line, starts, lengths);
        return true;
    }
}
