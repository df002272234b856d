namespace Quzhou.Governance.Indicators;

/// <summary>
/// An indicator that is a numerator over a denominator, printed in % (满意率, 化解率, 执结率, 到位率). Over
/// several periods or regions it is recomputed from the summed parts, never averaged. Whether it may exceed
/// 100% is part of its definition: a share may not, a ratio such as 结收案比 may. Immutable.
/// </summary>
public sealed class RateIndicator : Indicator
{
    /// <summary>Defines a rate indicator, printed in %.</summary>
    /// <param name="code">The stable code, non-empty, without surrounding white space.</param>
    /// <param name="chineseName">The Chinese name.</param>
    /// <param name="englishName">The English name.</param>
    /// <param name="polarity">Which direction is an improvement.</param>
    /// <param name="basis">Whether the parts are counts or amounts of money.</param>
    /// <param name="mayExceedHundredPercent">Whether the numerator may exceed the denominator.</param>
    /// <exception cref="System.ArgumentNullException">A text argument is null.</exception>
    /// <exception cref="System.ArgumentException">The code is empty.</exception>
    public RateIndicator(string code, string chineseName, string englishName, Polarity polarity, RateBasis basis, bool mayExceedHundredPercent)
        : base(code, chineseName, englishName, "%", polarity, MeasureKind.Rate)
    {
        Preconditions.CheckArgumentRange(nameof(basis), (int)basis, 0, 1);
        Basis = basis;
        MayExceedHundredPercent = mayExceedHundredPercent;
    }

    /// <summary>Whether the parts are counts or amounts of money.</summary>
    public RateBasis Basis { get; }

    /// <summary>Whether the numerator may exceed the denominator (a ratio rather than a share).</summary>
    public bool MayExceedHundredPercent { get; }

    private protected override bool EqualsCore(Indicator other) =>
        other is RateIndicator rate && rate.Basis == Basis && rate.MayExceedHundredPercent == MayExceedHundredPercent;
}
