using System;
using Quzhou.Governance.Parsing;

namespace Quzhou.Governance.Quantities;

/// <summary>Writing helpers shared by the quantity types.</summary>
internal static class QuantityText
{
    /// <summary>Enough characters for any quantity's text (a 29-digit decimal with its words).</summary>
    internal const int MaxLength = 96;

    /// <summary>
    /// units / 10^<paramref name="unitScale"/> written in the format's magnitude (万, 亿, 万亿) or plainly,
    /// with the fewest decimals that are exact (at least <paramref name="unitScale"/> when not whole), or
    /// rounded to the format's places. With <paramref name="unsigned"/>, the sign is left out.
    /// </summary>
    internal static void WriteMagnitude(ref SpanWriter writer, long units, int unitScale, QuantityFormat format, bool unsigned = false)
    {
        var scale = unitScale + format.Magnitude;
        var negative = units < 0 && !unsigned;
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
        writer.Append(shown);
        switch (format.Magnitude)
        {
            case 4:
                writer.Append('万');
                break;
            case 8:
                writer.Append('亿');
                break;
            case 12:
                writer.Append("万亿");
                break;
        }
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

    /// <summary>A number, rounded half away from zero to the format's places when it asks for some.</summary>
    internal static void WriteNumber(ref SpanWriter writer, decimal value, QuantityFormat format) =>
        writer.Append(format.Decimals == QuantityFormat.DefaultDecimals ? value : Rounding.HalfAwayFromZero(value, format.Decimals));

    /// <summary>A signed number with an explicit plus sign for positive values: “+6.47”, “-31.3”, “0”.</summary>
    internal static void WriteSigned(ref SpanWriter writer, decimal value)
    {
        if (value > 0)
        {
            writer.Append('+');
        }

        writer.Append(value);
    }
}
