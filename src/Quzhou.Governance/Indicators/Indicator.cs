using System;

namespace Quzhou.Governance.Indicators;

/// <summary>
/// The definition of an indicator: a stable code, its Chinese and English names, the unit as printed,
/// its polarity and its measure kind. The three concrete kinds are <see cref="CountIndicator"/>,
/// <see cref="AmountIndicator"/> (both <see cref="QuantityIndicator"/>s, stored as integers) and
/// <see cref="RateIndicator"/> (numerator over denominator); series accept only the kind they can store,
/// so a percentage cannot be stored in a count indicator. Immutable; equal when every field is equal.
/// </summary>
public abstract class Indicator : IEquatable<Indicator>
{
    private protected Indicator(string code, string chineseName, string englishName, string unit, Polarity polarity, MeasureKind measureKind)
    {
        Code = Preconditions.CheckNotNull(code, nameof(code));
        Preconditions.CheckArgument(code.Length > 0 && code.Trim().Length == code.Length, nameof(code), "An indicator code must be non-empty and have no surrounding white space.");
        ChineseName = Preconditions.CheckNotNull(chineseName, nameof(chineseName));
        EnglishName = Preconditions.CheckNotNull(englishName, nameof(englishName));
        Unit = Preconditions.CheckNotNull(unit, nameof(unit));
        Preconditions.CheckArgumentRange(nameof(polarity), (int)polarity, 0, 2);
        Polarity = polarity;
        MeasureKind = measureKind;
    }

    /// <summary>The stable code that identifies the indicator across systems, such as <c>telecom-fraud.cases</c>.</summary>
    public string Code { get; }

    /// <summary>The Chinese name, as published (电信网络诈骗发案数).</summary>
    public string ChineseName { get; }

    /// <summary>The English name (telecom-fraud cases).</summary>
    public string EnglishName { get; }

    /// <summary>The unit as printed after a figure: 起, 件, 人, 个, 次, 元 or %.</summary>
    public string Unit { get; }

    /// <summary>Which direction of change is an improvement.</summary>
    public Polarity Polarity { get; }

    /// <summary>How values combine over time: flow, stock or rate.</summary>
    public MeasureKind MeasureKind { get; }

    /// <inheritdoc />
    public bool Equals(Indicator? other) =>
        other is not null
        && GetType() == other.GetType()
        && Code == other.Code
        && ChineseName == other.ChineseName
        && EnglishName == other.EnglishName
        && Unit == other.Unit
        && Polarity == other.Polarity
        && MeasureKind == other.MeasureKind
        && EqualsCore(other);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Indicator);

    /// <inheritdoc />
    public override int GetHashCode() => HashCodes.Combine(GetType().GetHashCode(), StringComparer.Ordinal.GetHashCode(Code), StringComparer.Ordinal.GetHashCode(ChineseName), StringComparer.Ordinal.GetHashCode(Unit), (int)MeasureKind);

    /// <summary>The code and the Chinese name: <c>telecom-fraud.cases 电信网络诈骗发案数</c>.</summary>
    /// <returns>A string for diagnostics.</returns>
    public override string ToString() => Code + " " + ChineseName;

    private protected virtual bool EqualsCore(Indicator other) => true;
}
