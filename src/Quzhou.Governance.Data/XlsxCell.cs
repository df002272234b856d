using System.Globalization;
using NodaTime;

namespace Quzhou.Governance.Data;

/// <summary>What a workbook cell holds, as Excel stores it.</summary>
internal enum XlsxCellKind
{
    Empty,
    Text,
    Number,
    Boolean,
    Error,
}

/// <summary>One cell of a sheet as stored: text, or a number (its text as stored, and its format), a boolean or an error.</summary>
internal readonly struct XlsxCell
{
    private static readonly LocalDate Epoch1900 = new(1899, 12, 30);
    private static readonly LocalDate Epoch1904 = new(1904, 1, 1);

    internal XlsxCell(XlsxCellKind kind, string text, XlsxNumberFormat format)
    {
        Kind = kind;
        Text = text;
        Format = format;
    }

    internal XlsxCellKind Kind { get; }

    /// <summary>The text, or the number as stored (<c>97.1</c>, <c>1.5E-3</c>), or <c>TRUE</c>, or the error (<c>#N/A</c>).</summary>
    internal string Text { get; }

    internal XlsxNumberFormat Format { get; }

    internal bool IsBlank => Kind == XlsxCellKind.Empty || (Kind == XlsxCellKind.Text && Text.Trim().Length == 0);

    /// <summary>What the cell shows for a person, for errors: the text, or the number as stored.</summary>
    internal string Found => Kind switch
    {
        XlsxCellKind.Empty => string.Empty,
        XlsxCellKind.Boolean => Text == "1" ? "TRUE" : "FALSE",
        _ => Text,
    };

    /// <summary>The number, without an exponent, when the cell is a number.</summary>
    internal bool TryNumber(out decimal number) =>
        decimal.TryParse(Text, NumberStyles.Float, CultureInfo.InvariantCulture, out number);

    /// <summary>A number as its format shows it, for a rate: a percent format's stored fraction times 100 (0.971 in a
    /// 0.00% cell is 97.10), written with the decimals the format prints. False when the number stores more decimals
    /// than its format shows (the stored and the shown figure differ, and neither is chosen here); then
    /// <paramref name="text"/> is the number as stored, times 100 for a percent format.</summary>
    internal static bool TryAsShown(decimal number, XlsxNumberFormat format, int shown, out string text)
    {
        if (format.IsPercent)
        {
            number *= 100m;
        }

        text = Plain(number);
        var dot = text.IndexOf('.', 0);
        var stored = dot < 0 ? 0 : text.Length - dot - 1;
        if (stored > shown)
        {
            return false;
        }

        text = shown == 0 ? text : (dot < 0 ? text + "." : text) + new string('0', shown - stored);
        return true;
    }

    /// <summary>The number in invariant digits without trailing zeros (the CSV grammar reads it).</summary>
    internal static string Plain(decimal number)
    {
        var text = number.ToString(CultureInfo.InvariantCulture);
        return text.IndexOf('.', 0) < 0 ? text : text.TrimEnd('0').TrimEnd('.');
    }

    /// <summary>The date of a date serial (whole days only; the 1900 system counts a 29 February 1900 that never was).</summary>
    internal bool TryDate(bool date1904, out LocalDate date)
    {
        date = default;
        if (Kind != XlsxCellKind.Number || !TryNumber(out var serial) || serial != decimal.Truncate(serial) || serial < 1 || serial > 2_958_465m)
        {
            return false;
        }

        var days = (int)serial;
        if (date1904)
        {
            date = Epoch1904.PlusDays(days);
            return true;
        }

        if (days == 60)
        {
            return false;
        }

        date = Epoch1900.PlusDays(days < 60 ? days + 1 : days);
        return true;
    }

    /// <summary>The serial of a date in the 1900 system, for dates from 1900-03-01 on.</summary>
    internal static bool TrySerial(LocalDate date, out long serial)
    {
        serial = Period.Between(Epoch1900, date, PeriodUnits.Days).Days;
        return date >= new LocalDate(1900, 3, 1);
    }
}
