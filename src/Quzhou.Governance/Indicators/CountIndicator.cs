namespace Quzhou.Governance.Indicators;

/// <summary>
/// An indicator counted in whole units (起, 件, 人, 个, 次): criminal cases, deaths, stations. Its series
/// store <see cref="long"/> counts. Immutable.
/// </summary>
public sealed class CountIndicator : QuantityIndicator
{
    /// <summary>Defines a count indicator.</summary>
    /// <param name="code">The stable code, non-empty, without surrounding white space.</param>
    /// <param name="chineseName">The Chinese name.</param>
    /// <param name="englishName">The English name.</param>
    /// <param name="unit">The unit as printed: 起, 件, 人, 个, 次.</param>
    /// <param name="polarity">Which direction is an improvement.</param>
    /// <param name="measureKind"><see cref="MeasureKind.Flow"/> (cases in a month) or <see cref="MeasureKind.Stock"/> (stations at year end).</param>
    /// <exception cref="System.ArgumentNullException">A text argument is null.</exception>
    /// <exception cref="System.ArgumentException">The code is empty, or <paramref name="measureKind"/> is <see cref="MeasureKind.Rate"/>.</exception>
    public CountIndicator(string code, string chineseName, string englishName, string unit, Polarity polarity, MeasureKind measureKind)
        : base(code, chineseName, englishName, unit, polarity, measureKind)
    {
    }
}
