namespace Quzhou.Governance.Indicators;

/// <summary>
/// An indicator of money, printed in 元 (or 万元, 亿元) and stored exactly in 分 as a <see cref="long"/>:
/// telecom-fraud losses. Immutable.
/// </summary>
public sealed class AmountIndicator : QuantityIndicator
{
    /// <summary>Defines an amount indicator, printed in 元.</summary>
    /// <param name="code">The stable code, non-empty, without surrounding white space.</param>
    /// <param name="chineseName">The Chinese name.</param>
    /// <param name="englishName">The English name.</param>
    /// <param name="polarity">Which direction is an improvement.</param>
    /// <param name="measureKind"><see cref="MeasureKind.Flow"/> or <see cref="MeasureKind.Stock"/>.</param>
    /// <exception cref="System.ArgumentNullException">A text argument is null.</exception>
    /// <exception cref="System.ArgumentException">The code is empty, or <paramref name="measureKind"/> is <see cref="MeasureKind.Rate"/>.</exception>
    public AmountIndicator(string code, string chineseName, string englishName, Polarity polarity, MeasureKind measureKind)
        : base(code, chineseName, englishName, "元", polarity, measureKind)
    {
    }
}
