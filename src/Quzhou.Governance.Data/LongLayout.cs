using System;
using System.Collections.Generic;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.Data;

/// <summary>The long layout: one row per record, columns by header name.</summary>
internal static class LongLayout
{
    internal static readonly string[] Header = { "indicator", "region", "period", "value", "numerator", "denominator", "decimals", "status", "published", "form", "comparable_base" };

    /// <summary>The header names and their aliases: the one map of <see cref="RecordFields"/>.</summary>
    private static Dictionary<string, int> Names => RecordFields.Aliases;

    /// <summary>Whether a header row names the long layout's columns (it has a period column).</summary>
    internal static bool Matches(IReadOnlyList<string> header)
    {
        foreach (var name in header)
        {
            if (Names.TryGetValue(name.Trim(), out var column) && column == 2)
            {
                return true;
            }
        }

        return false;
    }

    internal static void Write(DataSet dataSet, CsvWriter csv)
    {
        // The form and comparable-base columns only when a record needs them, so older files are written as before.
        var fields = new string[RecordFields.Count(dataSet)];
        for (var i = 0; i < fields.Length; i++)
        {
            csv.Write(Header[i]);
        }

        csv.EndRow();
        foreach (var record in dataSet.Records)
        {
            RecordFields.Write(record, fields);
            foreach (var field in fields)
            {
                csv.Write(field);
            }

            csv.EndRow();
        }
    }

    internal static void Read(Table table, DataSetBuilder builder, IndicatorCatalog catalog) => Read(table, builder, catalog, lines: true);

    /// <summary>Reads every row into <paramref name="builder"/>. With <paramref name="lines"/>, a line that can be split at
    /// its commas alone (no quote, no formula guard, as many cells as the header) and holds a plain row is read straight
    /// from the reader's buffer, in one scan for its end and none for its cells' copies; every other row, and every
    /// row without <paramref name="lines"/>, through the reader's row and <see cref="ReadRow(Table, int[], int[], NameCache)"/>,
    /// which also gives every error (a line the straight read refuses is read again that way).</summary>
    internal static void Read(Table table, DataSetBuilder builder, IndicatorCatalog catalog, bool lines)
    {
        var at = Columns(table);
        var optional = OptionalColumns(at);
        var names = new NameCache(catalog);
        var csv = table.Reader;
        var starts = new int[table.Header.Count];
        var lengths = new int[starts.Length];
        while (true)
        {
            if (lines && csv.TryPeekLine(out var line) && RowCells.TrySplit(line, starts, lengths, out var cells)
                && TryReadPlain(cells, at, optional, names, out var plain))
            {
                csv.SkipLine();
                if (!builder.TryAdd(plain, out var refused))
                {
                    throw table.CellError(at[2], OneRecordExpected(refused), cells[at[2]]);
                }

                continue;
            }

            if (!table.NextRow())
            {
                return;
            }

            var record = ReadRow(table, at, optional, names);
            if (!builder.TryAdd(record, out var refusal))
            {
                throw table.CellError(at[2], OneRecordExpected(refusal));
            }
        }
    }

    private static string OneRecordExpected(string refusal) =>
        "one record for each indicator, region, period and publication date (" + refusal.TrimEnd('.') + ")";

    /// <summary>Where each field's column is (-1 for a field not given), from the header; or the header's error.</summary>
    internal static int[] Columns(Table table)
    {
        var header = table.Header;
        var at = new int[Header.Length];
        for (var i = 0; i < at.Length; i++)
        {
            at[i] = -1;
        }

        for (var i = 0; i < header.Count; i++)
        {
            if (!Names.TryGetValue(header[i].Trim(), out var column))
            {
                throw table.HeaderError(i, "a column of the long layout: " + string.Join(", ", Header));
            }

            if (at[column] >= 0)
            {
                throw table.HeaderError(i, "each column once (" + Header[column] + " is also column " + (at[column] + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ")");
            }

            at[column] = i;
        }

        foreach (var required in new[] { 0, 1, 2 })
        {
            if (at[required] < 0)
            {
                throw table.HeaderError(-1, "a column named " + Header[required]);
            }
        }

        if (at[3] < 0 && (at[4] < 0 || at[5] < 0))
        {
            throw table.HeaderError(-1, "a value column, or numerator and denominator columns");
        }

        return at;
    }

    /// <summary>The columns of the fields a plain row leaves empty (parts, decimals, status, date, form, comparable
    /// base), of those the header gives.</summary>
    internal static int[] OptionalColumns(int[] at)
    {
        var given = new List<int>();
        for (var field = RecordFields.Numerator; field < at.Length; field++)
        {
            if (at[field] >= 0)
            {
                given.Add(at[field]);
            }
        }

        return given.ToArray();
    }

    /// <summary>The record of the current row: a plain row (the value alone of a count or an amount, final and undated,
    /// as most rows of a file are) read straight, every other row by <see cref="ReadRow(Table, int[], NameCache)"/>'s
    /// checks, which also give every error.</summary>
    internal static DataRecord ReadRow(Table table, int[] at, int[] optional, NameCache names) =>
        TryReadPlain(table.Row, at, optional, names, out var record) ? record : ReadRow(table, at, names);

    /// <summary>The record of the current row.</summary>
    internal static DataRecord ReadRow(Table table, int[] at, NameCache names)
    {
        // Cells are read from the reader's spans: a row of known names, periods, statuses and dates in a count or amount
        // makes no string (a percentage or an error does).
        ReadOnlySpan<char> Cell(int column) => at[column] < 0 ? default : table.Span(at[column]);

        if (!names.TryIndicator(table.Span(at[0]), out var indicator, out var indicatorExpected))
        {
            throw table.CellError(at[0], indicatorExpected);
        }

        if (!names.TryRegion(table.Span(at[1]), out var region, out var regionExpected))
        {
            throw table.CellError(at[1], regionExpected);
        }

        if (!names.TryPeriod(table.Span(at[2]), out var period, out var periodExpected))
        {
            throw table.CellError(at[2], "a period such as 2025-10, 2025年10月, 2025-Q3 or 2025 (" + periodExpected + ")");
        }

        var statusText = Cell(7).Trim();
        if (statusText.Equals("gap".AsSpan(), StringComparison.OrdinalIgnoreCase) || statusText.SequenceEqual("缺失".AsSpan()))
        {
            foreach (var column in new[] { 3, 4, 5, 6, 8, RecordFields.Form, RecordFields.ComparableBase })
            {
                if (Cell(column).Trim().Length != 0)
                {
                    throw table.CellError(at[column], "an empty cell in a gap row (a gap has no value, parts, decimals, date, form or comparable base)");
                }
            }

            return DataRecord.ForGap(indicator, region, period);
        }

        if (!names.TryStatus(statusText, out var status))
        {
            throw table.CellError(at[7], CellText.StatusExpected + ", or gap");
        }

        if (!names.TryDate(Cell(8), out var published))
        {
            throw table.CellError(at[8], CellText.DateExpected);
        }

        var value = Cell(3).Trim();
        var hasParts = Cell(4).Trim().Length != 0 || Cell(5).Trim().Length != 0;
        var amount = CellText.IsAmount(indicator);
        if (!RecordFields.TryReadForm(Cell(RecordFields.Form), out var yearToDate))
        {
            throw table.CellError(at[RecordFields.Form], RecordFields.FormExpected);
        }

        var baseText = Cell(RecordFields.ComparableBase).Trim();
        if ((yearToDate || baseText.Length != 0) && indicator is QuantityIndicator)
        {
            long? comparableBase = null;
            if (baseText.Length != 0)
            {
                if (!TryReadQuantity(amount, baseText, out var restated, out var baseExpected))
                {
                    throw table.CellError(at[RecordFields.ComparableBase], baseExpected + " (the comparable base)");
                }

                comparableBase = restated;
            }

            // The rare forms go through the one shared reader of a record's fields.
            var own = ReadOwn(table, at, indicator, region, period, status, published, value, hasParts, amount);
            if (!RecordFields.TryForm(own, yearToDate, comparableBase, out var formed, out var field, out var expected))
            {
                throw table.CellError(at[field], expected);
            }

            return formed;
        }

        if (yearToDate || baseText.Length != 0)
        {
            throw table.CellError(at[yearToDate ? RecordFields.Form : RecordFields.ComparableBase], "nothing: " + indicator.Code + " is a rate, and only a count or an amount is read as a year-to-date total or with a comparable base");
        }

        return ReadOwn(table, at, indicator, region, period, status, published, value, hasParts, amount);
    }

    /// <summary>The record of a plain row, read as <see cref="ReadRow(Table, int[], NameCache)"/> reads it; false for
    /// any other row, or any a check refuses (that reader then says why).</summary>
    private static bool TryReadPlain(RowCells cells, int[] at, int[] optional, NameCache names, out DataRecord record)
    {
        record = default;
        foreach (var column in optional)
        {
            if (cells[column].Length != 0)
            {
                return false;
            }
        }

        if (at[3] < 0
            || !names.TryIndicator(cells[at[0]], out var indicator, out _)
            || indicator is not QuantityIndicator quantity
            || !names.TryRegion(cells[at[1]], out var region, out _)
            || !names.TryPeriod(cells[at[2]], out var period, out _)
            || !TryReadQuantity(CellText.IsAmount(indicator), cells[at[3]], out var number, out _)
            || (number < 0 && indicator is CountIndicator))
        {
            return false;
        }

        try
        {
            record = DataRecord.ForValue(quantity, region, period, number);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static DataRecord ReadOwn(Table table, int[] at, Indicator indicator, RegionCode region, SeriesPeriod period, ObservationStatus status, NodaTime.LocalDate? published, ReadOnlySpan<char> value, bool hasParts, bool amount)
    {
        ReadOnlySpan<char> Cell(int column) => at[column] < 0 ? default : table.Span(at[column]);
        if (indicator is QuantityIndicator quantity)
        {
            if (hasParts)
            {
                throw table.CellError(Cell(4).Trim().Length != 0 ? at[4] : at[5], "an empty cell: " + indicator.Code + " is a " + CellText.Kind(indicator) + ", which has a value, not parts");
            }

            RefuseDecimals(table, at, Cell(6), indicator);
            if (!TryReadQuantity(amount, value, out var number, out var expected))
            {
                throw table.CellError(at[3] < 0 ? at[4] : at[3], expected + " for the " + CellText.Kind(indicator) + " " + indicator.Code);
            }

            try
            {
                return DataRecord.ForValue(quantity, region, period, number, status, published);
            }
            catch (ArgumentException e)
            {
                throw table.CellError(at[3], CellText.Refusal(e));
            }
        }

        var rate = (RateIndicator)indicator;
        if (hasParts)
        {
            if (value.Length != 0)
            {
                throw table.CellError(at[3], "an empty value cell when numerator and denominator are given");
            }

            RefuseDecimals(table, at, Cell(6), indicator);
            if (!TryReadQuantity(amount, Cell(4), out var numerator, out var expectedNumerator))
            {
                throw table.CellError(at[4], expectedNumerator + " (the numerator)");
            }

            if (!TryReadQuantity(amount, Cell(5), out var denominator, out var expectedDenominator))
            {
                throw table.CellError(at[5], expectedDenominator + " (the denominator)");
            }

            try
            {
                return DataRecord.ForParts(rate, region, period, numerator, denominator, status, published);
            }
            catch (ArgumentException e)
            {
                throw table.CellError(at[4], CellText.Refusal(e));
            }
        }

        if (at[3] < 0 || !CellText.TryReadPercent(value.ToString(), out var percent, out var printed))
        {
            throw table.CellError(at[3] < 0 ? at[4] : at[3], CellText.PercentExpected + ", or numerator and denominator, for the rate " + indicator.Code);
        }

        var decimals = printed;
        var decimalsText = Cell(6).Trim();
        if (decimalsText.Length != 0)
        {
            if (!int.TryParse(decimalsText.ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out decimals) || decimals < printed || decimals > 10)
            {
                throw table.CellError(at[6], "the decimals printed, " + printed.ToString(System.Globalization.CultureInfo.InvariantCulture) + "–10 (the value shows " + printed.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")");
            }
        }
        else if (decimals > 10)
        {
            throw table.CellError(at[3], "a percentage with at most 10 decimals");
        }

        try
        {
            return DataRecord.ForPercent(rate, region, period, percent, decimals, status, published);
        }
        catch (ArgumentException e)
        {
            throw table.CellError(at[3], CellText.Refusal(e));
        }
    }

    /// <summary>A count or an amount as <see cref="CellText.TryReadQuantity"/> reads it, from the span: the common
    /// forms (up to 18 digits; an amount's sign, up to 16 digits of 元 and up to two of 分) without a string, anything
    /// else through <see cref="CellText.TryReadQuantity"/> itself, so the two never disagree.</summary>
    private static bool TryReadQuantity(bool isAmount, ReadOnlySpan<char> text, out long value, out string expected)
    {
        var trimmed = text.Trim();
        if (!isAmount)
        {
            if (trimmed.Length is > 0 and <= 18 && TryDigits(trimmed, out value))
            {
                expected = CellText.CountExpected;
                return true;
            }
        }
        else
        {
            var negative = trimmed.Length > 0 && trimmed[0] == '-';
            var body = negative ? trimmed.Slice(1) : trimmed;
            var dot = body.IndexOf('.');
            var whole = dot < 0 ? body : body.Slice(0, dot);
            var fraction = dot < 0 ? default : body.Slice(dot + 1);
            if (whole.Length is > 0 and <= 16 && fraction.Length <= 2 && (dot < 0 || fraction.Length > 0)
                && TryDigits(whole, out var yuan) && TryDigits(fraction, out var fen))
            {
                var cents = (yuan * 100) + (fraction.Length == 1 ? fen * 10 : fen);
                value = negative ? -cents : cents;
                expected = CellText.AmountExpected;
                return true;
            }
        }

        return CellText.TryReadQuantity(isAmount, text.ToString(), out value, out expected);
    }

    private static bool TryDigits(ReadOnlySpan<char> digits, out long value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static void RefuseDecimals(Table table, int[] at, ReadOnlySpan<char> text, Indicator indicator)
    {
        if (text.Trim().Length != 0)
        {
            throw table.CellError(at[6], "an empty decimals cell: decimals are for a published percentage, not for the " + CellText.Kind(indicator) + (indicator is RateIndicator ? "'s parts" : string.Empty));
        }
    }
}
