namespace Quzhou.Governance.Parsing;

/// <summary>A number read by <see cref="NumberReader"/>: its value with the printed scale, how many characters
/// it took and how it was written.</summary>
internal readonly struct NumberToken
{
    internal NumberToken(decimal value, int length, bool isChinese, int magnitudeExponent)
    {
        Value = value;
        Length = length;
        IsChinese = isChinese;
        MagnitudeExponent = magnitudeExponent;
    }

    /// <summary>The non-negative value as printed: 72.96m (scale 2), 97.10m (scale 2), 1360m; for a Chinese
    /// numeral whose trailing 万, 亿 or 万亿 was split off, the number before it (十九万 → 19).</summary>
    internal decimal Value { get; }

    /// <summary>How many characters of the text the number took.</summary>
    internal int Length { get; }

    /// <summary>Whether it was written in Chinese numerals.</summary>
    internal bool IsChinese { get; }

    /// <summary>4, 8 or 12 when a trailing 万, 亿 or 万亿 of a Chinese numeral was split off; otherwise 0.</summary>
    internal int MagnitudeExponent { get; }
}
