using System;
using System.Globalization;
using Quzhou.Governance.Parsing;

namespace Quzhou.Governance.Quantities;

/// <summary>
/// The small format language shared by the quantity types (documented in docs/quantities.md):
/// <c>null</c>/<c>""</c>/<c>"G"</c> invariant, <c>"zh"</c> Chinese, <c>"F2"</c>/<c>"P2"</c> invariant rounded
/// to 2 places with 四舍五入, <c>"zh2"</c> Chinese rounded to 2 places. A <c>zh</c> culture as the
/// provider makes the Chinese form the default. Amounts also accept a magnitude, <c>"万"</c>, <c>"亿"</c>,
/// <c>"万亿"</c>, optionally followed by places (<c>"万2"</c>).
/// </summary>
internal readonly struct QuantityFormat
{
    /// <summary>No rounding asked: the value's own precision (or the type's default).</summary>
    internal const int DefaultDecimals = -1;

    private QuantityFormat(bool chinese, int decimals, int magnitude)
    {
        Chinese = chinese;
        Decimals = decimals;
        Magnitude = magnitude;
    }

    /// <summary>Whether the Chinese form is asked for.</summary>
    internal bool Chinese { get; }

    /// <summary>Places to round to, or <see cref="DefaultDecimals"/>.</summary>
    internal int Decimals { get; }

    /// <summary>Power of ten of a Chinese magnitude (4 for 万, 8 for 亿, 12 for 万亿), 0 for none.</summary>
    internal int Magnitude { get; }

    /// <summary>Reads a format string.</summary>
    /// <exception cref="FormatException">The format is not one of the documented ones.</exception>
    internal static QuantityFormat Parse(string? format, IFormatProvider? provider, bool allowMagnitude = false) =>
        Parse(format.AsSpan(), provider, allowMagnitude);

    /// <summary>Reads a format string given as characters.</summary>
    /// <exception cref="FormatException">The format is not one of the documented ones.</exception>
    internal static QuantityFormat Parse(ReadOnlySpan<char> text, IFormatProvider? provider, bool allowMagnitude = false)
    {
        var chineseCulture = TextCulture.IsChinese(provider);
        if (text.IsEmpty)
        {
            return new QuantityFormat(chineseCulture, DefaultDecimals, 0);
        }

        int rest;
        bool chinese;
        var magnitude = 0;
        if (text.Length >= 2 && (text[0] is 'z' or 'Z') && (text[1] is 'h' or 'H'))
        {
            chinese = true;
            rest = 2;
        }
        else if (allowMagnitude && text.StartsWith("万亿".AsSpan(), StringComparison.Ordinal))
        {
            chinese = true;
            magnitude = 12;
            rest = 2;
        }
        else if (allowMagnitude && text[0] == '万')
        {
            chinese = true;
            magnitude = 4;
            rest = 1;
        }
        else if (allowMagnitude && text[0] == '亿')
        {
            chinese = true;
            magnitude = 8;
            rest = 1;
        }
        else if (text[0] is 'G' or 'g')
        {
            chinese = chineseCulture;
            rest = 1;
            if (text.Length > 1)
            {
                throw Invalid(text);
            }
        }
        else if (text[0] is 'F' or 'f' or 'P' or 'p')
        {
            chinese = chineseCulture;
            rest = 1;
            if (text.Length == 1)
            {
                return new QuantityFormat(chinese, 2, 0);
            }
        }
        else
        {
            throw Invalid(text);
        }

        if (rest == text.Length)
        {
            return new QuantityFormat(chinese, DefaultDecimals, magnitude);
        }

        var decimals = 0;
        for (var i = rest; i < text.Length; i++)
        {
            var c = text[i];
            if (c < '0' || c > '9' || i - rest >= 2)
            {
                throw Invalid(text);
            }

            decimals = (decimals * 10) + (c - '0');
        }

        if (decimals > 16)
        {
            throw Invalid(text);
        }

        return new QuantityFormat(chinese, decimals, magnitude);
    }

    private static FormatException Invalid(ReadOnlySpan<char> format) =>
        new(string.Format(
            CultureInfo.InvariantCulture,
            "Unknown format \"{0}\": expected G, zh, F<n>, P<n> or zh<n> (n from 0 to 16).",
            format.ToString()));
}
