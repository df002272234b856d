namespace Quzhou.Governance.Indicators;

/// <summary>
/// An indicator whose values are whole numbers: a <see cref="CountIndicator"/> (cases, people) or an
/// <see cref="AmountIndicator"/> (money in 分). Its measure kind is <see cref="MeasureKind.Flow"/> or
/// <see cref="MeasureKind.Stock"/>. Immutable.
/// </summary>
public abstract class QuantityIndicator : Indicator
{
    private protected QuantityIndicator(string code, string chineseName, string englishName, string unit, Polarity polarity, MeasureKind measureKind)
        : base(code, chineseName, englishName, unit, polarity, CheckKind(measureKind))
    {
    }

    private static MeasureKind CheckKind(MeasureKind measureKind)
    {
        Preconditions.CheckArgument(
            measureKind is MeasureKind.Flow or MeasureKind.Stock,
            nameof(measureKind),
            "A count or amount indicator is a Flow or a Stock, not {0}; define a rate with RateIndicator.",
            measureKind);
        return measureKind;
    }
}
