using System;
using System.Globalization;

namespace Quzhou.Governance.Quantities;

/// <summary>Writing helpers shared by the quantity types.</summary>
internal static class QuantityText
{
    /// <summary>
    /// units / 10^<paramref name="unitScale"/> written in the format's magnitude (万, 亿, 万亿) or plainly,
    /// with the fewest decimals that are exact, or rounded to the format's places.
    /// </summary>
    internal static string Magnitude(long units, int unitScale, QuantityFormat format)
    {
        var scale = unitScale + format.Magnitude;
        var negative = units < 0;
        var magnitude = WideArithmetic.Magnitude(units);
        var exact = new decimal(
            unchecked((int)(uint)magnitude),
            unchecked((int)(uint)(magnitude >> 32)),
            0,
            negative,
            (byte)scale);
        var shown = format.Decimals == QuantityFormat.DefaultDecimals
            ? Normalize(exact, unitScale == 0 || format.Magnitude > 0 ? 0 : unitScale)
            : Rounding.HalfAwayFromZero(exact, format.Decimals);
        var text = shown.ToString(CultureInfo.InvariantCulture);
        return format.Magnitude switch
        {
            4 => text + "万",
            8 => text + "亿",
            12 => text + "万亿",
            _ => text,
        };
    }

    /// <summary>
    /// The value without trailing zeros after the point, but no fewer than <paramref name="minimumScale"/>
    /// decimals unless the value is whole (so 12.5 元 stays “12.50” while 100 元 is “100”).
    /// </summary>
    internal static decimal Normalize(decimal value, int minimumScale)
    {
        var stripped = value / 1.0000000000000000000000000000m;
        if (decimal.Truncate(stripped) == stripped)
        {
            return decimal.Truncate(stripped);
        }

        return Rounding.WithScale(stripped, minimumScale);
    }

    /// <summary>A signed number with an explicit plus sign for positive values: “+6.47”, “-31.3”, “0”.</summary>
    internal static string Signed(decimal value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        return value > 0 ? "+" + text : text;
    }

    /// <summary>The unsigned magnitude of a number: 31.3 for −31.3.</summary>
    internal static string Unsigned(decimal value) => Math.Abs(value).ToString(CultureInfo.InvariantCulture);
}
