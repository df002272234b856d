using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.Data;

/// <summary>
/// One record of the long layout read from its fields' texts, whatever holds them (a JSON object, a sheet's row): the
/// same fields, names and rules as the CSV's long layout. A refusal names the field and what was expected there.
/// </summary>
internal static class RecordFields
{
    internal const int Indicator = 0;
    internal const int Region = 1;
    internal const int Period = 2;
    internal const int Value = 3;
    internal const int Numerator = 4;
    internal const int Denominator = 5;
    internal const int Decimals = 6;
    internal const int Status = 7;
    internal const int Published = 8;
    internal const int Form = 9;
    internal const int ComparableBase = 10;

    /// <summary>The fields every file had before the published forms: a data set without a year-to-date total or a
    /// comparable base is written with these alone.</summary>
    internal const int PlainCount = 9;

    /// <summary>What the form field holds.</summary>
    internal const string FormExpected = "the form: empty or period (当期) for the period's own figure, ytd (累计, 1-N月累计) for a year-to-date total";

    /// <summary>The field names as written, in order (the CSV long layout's header).</summary>
    internal static IReadOnlyList<string> Names => LongLayout.Header;

    /// <summary>The names a file may give each field: the English ones written, and the Chinese ones offices use (the
    /// CSV long layout's header names).</summary>
    internal static readonly Dictionary<string, int> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["indicator"] = Indicator, ["指标"] = Indicator, ["指标名称"] = Indicator,
        ["region"] = Region, ["地区"] = Region, ["区域"] = Region, ["行政区划代码"] = Region,
        ["period"] = Period, ["期间"] = Period, ["时期"] = Period, ["月份"] = Period,
        ["value"] = Value, ["数值"] = Value, ["值"] = Value,
        ["numerator"] = Numerator, ["分子"] = Numerator,
        ["denominator"] = Denominator, ["分母"] = Denominator,
        ["decimals"] = Decimals, ["小数位数"] = Decimals,
        ["status"] = Status, ["状态"] = Status,
        ["published"] = Published, ["发布日期"] = Published, ["公布日期"] = Published,
        ["form"] = Form, ["形式"] = Form, ["统计形式"] = Form,
        ["comparable_base"] = ComparableBase, ["可比基数"] = ComparableBase, ["上年同期可比数"] = ComparableBase,
    };

    /// <summary>How many fields a data set's records need written: <see cref="PlainCount"/>, or all when a record is a
    /// year-to-date total or carries a comparable base.</summary>
    internal static int Count(DataSet dataSet)
    {
        foreach (var record in dataSet.Records)
        {
            if (record.IsYearToDate || record.ComparableBase is not null)
            {
                return Names.Count;
            }
        }

        return PlainCount;
    }

    /// <summary>Reads the form field: whether the record is a year-to-date total.</summary>
    internal static bool TryReadForm(ReadOnlySpan<char> text, out bool yearToDate)
    {
        var trimmed = text.Trim();
        yearToDate = trimmed.Equals("ytd".AsSpan(), StringComparison.OrdinalIgnoreCase) || trimmed.SequenceEqual("累计".AsSpan())
            || trimmed.SequenceEqual("1-N月累计".AsSpan()) || trimmed.SequenceEqual("1—N月累计".AsSpan());
        return yearToDate || trimmed.Length == 0 || trimmed.Equals("period".AsSpan(), StringComparison.OrdinalIgnoreCase) || trimmed.SequenceEqual("当期".AsSpan());
    }

    /// <summary>The record in its published form: a year-to-date total instead of the period's own figure, and with its
    /// comparable base; or why not (the field to blame, and what was expected there).</summary>
    internal static bool TryForm(DataRecord record, bool yearToDate, long? comparableBase, out DataRecord formed, out int field, out string expected)
    {
        formed = record;
        field = -1;
        expected = string.Empty;
        if (!yearToDate && comparableBase is null)
        {
            return true;
        }

        if (record.Indicator is not QuantityIndicator quantity)
        {
            field = yearToDate ? Form : ComparableBase;
            expected = "nothing: " + record.Indicator.Code + " is a rate, and only a count or an amount is read as a year-to-date total or with a comparable base";
            return false;
        }

        if (yearToDate && !CellText.TryMake(() => DataRecord.ForYearToDate(quantity, record.Region, record.Period, record.Value, record.Status, record.PublishedOn), out formed, out var problem))
        {
            field = Form;
            expected = problem;
            return false;
        }

        var own = formed;
        if (comparableBase is { } restated && !CellText.TryMake(() => own.WithComparableBase(restated), out formed, out var baseProblem))
        {
            field = ComparableBase;
            expected = baseProblem;
            return false;
        }

        return true;
    }

    /// <summary>Reads a record from <paramref name="fields"/> (nine texts, empty for a field not given; the period
    /// field may be given already read in <paramref name="period"/>).</summary>
    internal static bool TryRead(IndicatorCatalog catalog, string[] fields, SeriesPeriod? period, out DataRecord record, out int field, out string expected)
    {
        record = default;
        string Cell(int at) => fields[at].Trim();
        bool Fail(int at, string what, out int f, out string e)
        {
            f = at;
            e = what;
            return false;
        }

        var found = catalog.Read(Cell(Indicator));
        if (!found.Success)
        {
            return Fail(Indicator, found.Error.Expected, out field, out expected);
        }

        var indicator = found.Value;
        if (!CellText.TryReadRegion(Cell(Region), out var region, out var regionExpected))
        {
            return Fail(Region, regionExpected, out field, out expected);
        }

        if (period is not { } at)
        {
            var read = SeriesPeriod.Read(Cell(Period));
            if (!read.Success)
            {
                return Fail(Period, "a period such as 2025-10, 2025年10月, 2025-Q3 or 2025 (" + read.Error.Expected + ")", out field, out expected);
            }

            at = read.Value;
        }

        var statusText = Cell(Status);
        if (string.Equals(statusText, "gap", StringComparison.OrdinalIgnoreCase) || statusText == "缺失")
        {
            foreach (var other in new[] { Value, Numerator, Denominator, Decimals, Published, Form, ComparableBase })
            {
                if (Cell(other).Length != 0)
                {
                    return Fail(other, "nothing in a gap (a gap has no value, parts, decimals, date, form or comparable base)", out field, out expected);
                }
            }

            record = DataRecord.ForGap(indicator, region, at);
            field = -1;
            expected = string.Empty;
            return true;
        }

        if (!CellText.TryReadStatus(statusText, out var status))
        {
            return Fail(Status, CellText.StatusExpected + ", or gap", out field, out expected);
        }

        if (!CellText.TryReadDate(Cell(Published), out var published))
        {
            return Fail(Published, CellText.DateExpected, out field, out expected);
        }

        var value = Cell(Value);
        var hasParts = Cell(Numerator).Length != 0 || Cell(Denominator).Length != 0;
        var amount = CellText.IsAmount(indicator);
        Func<DataRecord> make;
        int blame;
        if (indicator is QuantityIndicator quantity)
        {
            if (hasParts)
            {
                return Fail(Cell(Numerator).Length != 0 ? Numerator : Denominator, "nothing: " + indicator.Code + " is a " + CellText.Kind(indicator) + ", which has a value, not parts", out field, out expected);
            }

            if (Cell(Decimals).Length != 0)
            {
                return Fail(Decimals, "no decimals: decimals are for a published percentage, not for the " + CellText.Kind(indicator), out field, out expected);
            }

            if (!CellText.TryReadQuantity(amount, value, out var number, out var quantityExpected))
            {
                return Fail(Value, quantityExpected + " for the " + CellText.Kind(indicator) + " " + indicator.Code, out field, out expected);
            }

            make = () => DataRecord.ForValue(quantity, region, at, number, status, published);
            blame = Value;
        }
        else
        {
            var rate = (RateIndicator)indicator;
            if (hasParts)
            {
                if (value.Length != 0)
                {
                    return Fail(Value, "no value when numerator and denominator are given", out field, out expected);
                }

                if (Cell(Decimals).Length != 0)
                {
                    return Fail(Decimals, "no decimals: decimals are for a published percentage, not for the rate's parts", out field, out expected);
                }

                if (!CellText.TryReadQuantity(amount, Cell(Numerator), out var numerator, out var numeratorExpected))
                {
                    return Fail(Numerator, numeratorExpected + " (the numerator)", out field, out expected);
                }

                if (!CellText.TryReadQuantity(amount, Cell(Denominator), out var denominator, out var denominatorExpected))
                {
                    return Fail(Denominator, denominatorExpected + " (the denominator)", out field, out expected);
                }

                make = () => DataRecord.ForParts(rate, region, at, numerator, denominator, status, published);
                blame = Numerator;
            }
            else
            {
                if (!CellText.TryReadPercent(value, out var percent, out var printed))
                {
                    return Fail(Value, CellText.PercentExpected + ", or numerator and denominator, for the rate " + indicator.Code, out field, out expected);
                }

                var decimals = printed;
                var decimalsText = Cell(Decimals);
                if (decimalsText.Length != 0)
                {
                    if (!int.TryParse(decimalsText, NumberStyles.None, CultureInfo.InvariantCulture, out decimals) || decimals < printed || decimals > 10)
                    {
                        return Fail(Decimals, "the decimals printed, " + printed.ToString(CultureInfo.InvariantCulture) + "–10 (the value shows " + printed.ToString(CultureInfo.InvariantCulture) + ")", out field, out expected);
                    }
                }
                else if (decimals > 10)
                {
                    return Fail(Value, "a percentage with at most 10 decimals", out field, out expected);
                }

                make = () => DataRecord.ForPercent(rate, region, at, percent, decimals, status, published);
                blame = Value;
            }
        }

        if (!CellText.TryMake(make, out record, out var problem))
        {
            return Fail(blame, problem, out field, out expected);
        }

        if (!TryReadForm(Cell(Form).AsSpan(), out var yearToDate))
        {
            return Fail(Form, FormExpected, out field, out expected);
        }

        long? comparableBase = null;
        if (Cell(ComparableBase).Length != 0)
        {
            if (!CellText.TryReadQuantity(amount, Cell(ComparableBase), out var restated, out var baseExpected))
            {
                return Fail(ComparableBase, baseExpected + " (the comparable base)", out field, out expected);
            }

            comparableBase = restated;
        }

        return TryForm(record, yearToDate, comparableBase, out record, out field, out expected);
    }

    /// <summary>The texts of a record's fields as the long layout writes them (empty where the record has none).</summary>
    internal static void Write(DataRecord record, string[] fields)
    {
        var amount = CellText.IsAmount(record.Indicator);
        fields[Indicator] = record.Indicator.Code;
        fields[Region] = record.Region.ToString();
        fields[Period] = record.Period.ToString();
        fields[Value] = record.Kind switch
        {
            DataRecordKind.Value => CellText.Quantity(amount, record.Value),
            DataRecordKind.Percent => CellText.Percent(record.Percent, record.Decimals),
            _ => string.Empty,
        };
        fields[Numerator] = record.Kind == DataRecordKind.Parts ? CellText.Quantity(amount, record.Numerator) : string.Empty;
        fields[Denominator] = record.Kind == DataRecordKind.Parts ? CellText.Quantity(amount, record.Denominator) : string.Empty;
        fields[Decimals] = record.Kind == DataRecordKind.Percent ? record.Decimals.ToString(CultureInfo.InvariantCulture) : string.Empty;
        fields[Status] = record.IsGap ? "gap" : CellText.Status(record.Status);
        fields[Published] = CellText.Date(record.PublishedOn);
        if (fields.Length > PlainCount)
        {
            fields[Form] = record.IsYearToDate ? "ytd" : string.Empty;
            fields[ComparableBase] = record.ComparableBase is { } restated ? CellText.Quantity(amount, restated) : string.Empty;
        }
    }

    /// <summary>The publication date's text as read, for a wide row's published field.</summary>
    internal static bool TryReadPublished(string text, out LocalDate? published) => CellText.TryReadDate(text, out published);
}
