using System;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.Data;

/// <summary>How one cell of a data file is read and written, the same in every layout and format: counts as whole
/// numbers, amounts in 元 with two decimals (kept in 分), percentages as printed, statuses as words, dates as ISO dates.</summary>
internal static class CellText
{
    internal const string CountExpected = "a whole count, digits only, not negative";
    internal const string AmountExpected = "an amount in 元 with at most two decimals (分), such as 1234.50";
    internal const string PercentExpected = "a percentage as printed, such as 97.10 or 97.10%";
    internal const string StatusExpected = "a status: final, provisional, revised, estimated or break (or 正式, 初步, 修订, 估计, 口径调整), or empty for final";
    internal const string DateExpected = "a publication date such as 2025-11-15 (or 2025年11月15日), or empty";
    internal const string RegionExpected = "a six-digit region code such as 330800, or a region name that names one division";

    private static readonly LocalDatePattern Iso = LocalDatePattern.Iso;
    private static readonly LocalDatePattern Chinese = LocalDatePattern.CreateWithInvariantCulture("uuuu'年'M'月'd'日'");

    internal static string Status(ObservationStatus status) => status switch
    {
        ObservationStatus.Provisional => "provisional",
        ObservationStatus.Revised => "revised",
        ObservationStatus.Estimated => "estimated",
        ObservationStatus.BasisBreak => "break",
        _ => "final",
    };

    internal static bool TryReadStatus(string text, out ObservationStatus status)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "":
            case "final":
            case "正式":
            case "最终":
                status = ObservationStatus.Final;
                return true;
            case "provisional":
            case "初步":
            case "初步统计数":
            case "快报":
                status = ObservationStatus.Provisional;
                return true;
            case "revised":
            case "修订":
            case "修正":
                status = ObservationStatus.Revised;
                return true;
            case "estimated":
            case "估计":
            case "预计":
                status = ObservationStatus.Estimated;
                return true;
            case "break":
            case "basisbreak":
            case "口径调整":
                status = ObservationStatus.BasisBreak;
                return true;
            default:
                status = default;
                return false;
        }
    }

    internal static string Date(LocalDate? date) => date is { } d ? Iso.Format(d) : string.Empty;

    internal static bool TryReadDate(string text, out LocalDate? date)
    {
        var trimmed = text.Trim();
        date = null;
        if (trimmed.Length == 0)
        {
            return true;
        }

        var result = Iso.Parse(trimmed);
        if (!result.Success)
        {
            result = Chinese.Parse(trimmed);
        }

        if (result.Success)
        {
            date = result.Value;
        }

        return result.Success;
    }

    internal static bool TryReadRegion(string text, out RegionCode region, out string expected)
    {
        var trimmed = text.Trim();
        expected = RegionExpected;
        region = default;
        if (trimmed.Length == 6 && IsDigits(trimmed))
        {
            var code = int.Parse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture);
            if (code is < 110_000 or > 829_999)
            {
                expected = "a six-digit region code with a province 11–82";
                return false;
            }

            region = RegionCode.FromValue(code);
            return true;
        }

        if (trimmed.Length == 0)
        {
            return false;
        }

        var candidates = RegionCode.FindByName(trimmed);
        if (candidates.Count == 1)
        {
            region = candidates[0];
            return true;
        }

        if (candidates.Count > 1)
        {
            expected = "a region name that names one division (this one names " + candidates.Count.ToString(CultureInfo.InvariantCulture) + "; write the six-digit code)";
        }

        return false;
    }

    /// <summary>The text of a count, or of an amount in 分 as 元 with two decimals.</summary>
    internal static string Quantity(bool isAmount, long value) =>
        isAmount ? (value / 100m).ToString("F2", CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture);

    internal static bool TryReadQuantity(bool isAmount, string text, out long value, out string expected)
    {
        expected = isAmount ? AmountExpected : CountExpected;
        value = 0;
        var trimmed = text.Trim();
        if (!isAmount)
        {
            return trimmed.Length > 0 && IsDigits(trimmed) && long.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        }

        if (!TryReadDecimal(trimmed, allowSign: true, out var yuan, out var decimals) || decimals > 2)
        {
            return false;
        }

        var fen = yuan * 100m;
        if (fen < long.MinValue || fen > long.MaxValue)
        {
            return false;
        }

        value = (long)fen;
        return true;
    }

    internal static string Percent(decimal percent, int decimals) =>
        percent.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    internal static bool TryReadPercent(string text, out decimal percent, out int decimals)
    {
        var trimmed = text.Trim();
        if (trimmed.Length > 0 && trimmed[trimmed.Length - 1] == '%')
        {
            trimmed = trimmed.Substring(0, trimmed.Length - 1);
        }

        return TryReadDecimal(trimmed, allowSign: false, out percent, out decimals);
    }

    internal static string Kind(Indicator indicator) =>
        indicator is RateIndicator ? "rate" : indicator is AmountIndicator ? "amount" : "count";

    internal static bool IsAmount(Indicator indicator) =>
        indicator is AmountIndicator || (indicator is RateIndicator rate && rate.Basis == RateBasis.Amounts);

    /// <summary>Builds a record, turning a refusal of the record's own checks (a share over 100%…) into words.</summary>
    internal static bool TryMake(Func<DataRecord> make, out DataRecord record, out string problem)
    {
        try
        {
            record = make();
            problem = string.Empty;
            return true;
        }
        catch (ArgumentException e)
        {
            record = default;
            problem = Refusal(e);
            return false;
        }
    }

    /// <summary>A record's own refusal (a share over 100%…) in the words of an error's “expected”.</summary>
    internal static string Refusal(ArgumentException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return "a value the indicator accepts (" + (cut >= 0 ? message.Substring(0, cut) : message).TrimEnd('.') + ")";
    }

    private static bool TryReadDecimal(string text, bool allowSign, out decimal value, out int decimals)
    {
        value = 0;
        decimals = 0;
        var start = allowSign && text.Length > 0 && text[0] == '-' ? 1 : 0;
        var dot = text.IndexOf('.', 0);
        var whole = dot < 0 ? text.Substring(start) : text.Substring(start, dot - start);
        var fraction = dot < 0 ? string.Empty : text.Substring(dot + 1);
        if (whole.Length == 0 || !IsDigits(whole) || (dot >= 0 && (fraction.Length == 0 || !IsDigits(fraction))) || whole.Length + fraction.Length > 27)
        {
            return false;
        }

        decimals = fraction.Length;
        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static bool IsDigits(string text)
    {
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
