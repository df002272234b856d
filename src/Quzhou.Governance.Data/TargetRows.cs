using System;
using System.Collections.Generic;
using System.Globalization;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Periods;

namespace Quzhou.Governance.Data;

/// <summary>
/// The rows of a targets table — a targets CSV (<see cref="PlanTargetsCsv"/>) or a workbook's <c>targets</c> sheet
/// (<see cref="DataSetXlsx"/>) — read the one way: the header's columns by their names and Chinese aliases, then each
/// row a target through <see cref="TargetFields.TryRead"/>, a second target of one plan, indicator and region refused
/// naming the line of the first. Every refusal is a <see cref="DataFileException"/> naming the file (and sheet), line
/// and column.
/// </summary>
internal sealed class TargetRows
{
    private readonly string fileName;
    private readonly string? sheet;
    private readonly IndicatorCatalog catalog;
    private readonly string[] header;
    private readonly int[] at;
    private readonly Dictionary<(FiveYearPlan, DataSetKey), long> lines = new();

    /// <summary>Maps <paramref name="header"/> (the cells' text, trimmed) found at <paramref name="headerLine"/>.</summary>
    /// <exception cref="DataFileException">A cell is not a column of a targets file, a column repeats, or a required one is missing.</exception>
    internal TargetRows(string fileName, string? sheet, string[] header, long headerLine, IndicatorCatalog catalog)
    {
        this.fileName = fileName;
        this.sheet = sheet;
        this.catalog = catalog;
        this.header = header;
        at = new int[TargetFields.Names.Length];
        for (var i = 0; i < at.Length; i++)
        {
            at[i] = -1;
        }

        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i].Trim();
            if (!TargetFields.Aliases.TryGetValue(name, out var field))
            {
                throw Error(headerLine, i + 1, name, "a column of a targets file: " + string.Join(", ", TargetFields.Names), header[i]);
            }

            if (at[field] >= 0)
            {
                throw Error(headerLine, i + 1, name, "each column once (" + TargetFields.Names[field] + " is also column " + (at[field] + 1).ToString(CultureInfo.InvariantCulture) + ")", header[i]);
            }

            at[field] = i;
        }

        foreach (var required in new[] { TargetFields.Plan, TargetFields.Indicator, TargetFields.Region, TargetFields.Kind, TargetFields.Commitment, TargetFields.Target })
        {
            if (at[required] < 0)
            {
                throw Error(headerLine, 0, null, "a " + TargetFields.Names[required] + " column", null);
            }
        }
    }

    /// <summary>The targets read so far, in the rows' order.</summary>
    internal List<DataSetTarget> Targets { get; } = new();

    /// <summary>The number of columns the header has.</summary>
    internal int Columns => header.Length;

    /// <summary>Reads the row at <paramref name="line"/>, whose cell in a column is <paramref name="cell"/>(column index).</summary>
    /// <exception cref="DataFileException">The row is not a target, or repeats one.</exception>
    internal void Add(long line, Func<int, string> cell)
    {
        if (!TargetFields.TryRead(f => at[f] < 0 ? null : cell(at[f]), catalog, out var target, out var bad, out var expected))
        {
            var column = at[bad];
            throw Error(line, column + 1, column < 0 ? null : header[column].Trim(), expected, column < 0 ? null : cell(column));
        }

        var key = (target!.Plan, target.Key);
        if (lines.TryGetValue(key, out var first))
        {
            throw Error(
                line, 0, null,
                "one target for each plan, indicator and region (line " + first.ToString(CultureInfo.InvariantCulture) + " already sets the " + target.Plan.EnglishName + "'s for " + target.Key.ToString() + ")",
                null);
        }

        lines.Add(key, line);
        Targets.Add(target);
    }

    private DataFileException Error(long line, int column, string? columnName, string expected, string? found) =>
        new(new DataFileError(fileName, sheet, null, line, column, columnName, -1, expected, found));
}
