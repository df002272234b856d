using System;
using Quzhou.Governance.Parsing;
using Quzhou.Governance.Quantities;

namespace Quzhou.Governance.Figures;

/// <content>Conversions of an exact published figure to the quantity it prints.</content>
public readonly partial struct PublishedFigure
{
    /// <summary>72.96% as a <see cref="Percentage"/> (its printed decimals kept).</summary>
    /// <returns>The percentage.</returns>
    /// <exception cref="InvalidOperationException">The figure is not an exact percentage without a direction word.</exception>
    [Pure]
    public Percentage ToPercentage() => TryToPercentage(out var result, out var expected) ? result : throw NotA(expected);

    /// <summary>11.53个百分点 or 提高1.2个百分点 as signed <see cref="PercentagePoints"/>.</summary>
    /// <returns>The percentage points.</returns>
    /// <exception cref="InvalidOperationException">The figure is not an exact figure in 个百分点.</exception>
    [Pure]
    public PercentagePoints ToPercentagePoints() => TryToPercentagePoints(out var result, out var expected) ? result : throw NotA(expected);

    /// <summary>下降31.3%, −31.3%, 增长1.3倍, 下降三成 or 翻一番 as a <see cref="RelativeChange"/>.</summary>
    /// <returns>The relative change.</returns>
    /// <exception cref="InvalidOperationException">The figure is not an exact change in %, 倍, 成 or 番.</exception>
    [Pure]
    public RelativeChange ToRelativeChange() => TryToRelativeChange(out var result, out var expected) ? result : throw NotA(expected);

    /// <summary>4282个 or 19万 as a <see cref="Count"/>.</summary>
    /// <returns>The count.</returns>
    /// <exception cref="InvalidOperationException">The figure is not an exact whole count without a direction word.</exception>
    [Pure]
    public Count ToCount() => TryToCount(out var result, out var expected) ? result : throw NotA(expected);

    /// <summary>增加1360人 or −25 as a <see cref="CountChange"/>.</summary>
    /// <returns>The count change.</returns>
    /// <exception cref="InvalidOperationException">The figure is not an exact whole change.</exception>
    [Pure]
    public CountChange ToCountChange() => TryToCountChange(out var result, out var expected) ? result : throw NotA(expected);

    /// <summary>1234567.89元 or 1.23亿元 as an <see cref="Amount"/>.</summary>
    /// <returns>The amount.</returns>
    /// <exception cref="InvalidOperationException">The figure is not an exact amount of whole 分 in 元.</exception>
    [Pure]
    public Amount ToAmount() => TryToAmount(out var result, out var expected) ? result : throw NotA(expected);

    /// <summary>97.18% as the exact <see cref="Ratio"/> it prints (9718 / 10000).</summary>
    /// <returns>The ratio.</returns>
    /// <exception cref="InvalidOperationException">The figure is not an exact non-negative percentage.</exception>
    [Pure]
    public Ratio ToRatio() => TryToRatio(out var result, out var expected) ? result : throw NotA(expected);

    /// <summary>6.77%, 6.77‰, 1.2/万人 or 0.46起/10万人 as a <see cref="PopulationRate"/>.</summary>
    /// <returns>The rate.</returns>
    /// <exception cref="InvalidOperationException">The figure is not an exact rate per 100, 1,000, 10⁴ or 10⁵.</exception>
    [Pure]
    public PopulationRate ToPopulationRate() => TryToPopulationRate(out var result, out var expected) ? result : throw NotA(expected);

    internal bool TryToPercentage(out Percentage result, out string expected) => FigureQuantities.TryToPercentage(ToToken(), out result, out expected);

    internal bool TryToPercentagePoints(out PercentagePoints result, out string expected) => FigureQuantities.TryToPercentagePoints(ToToken(), out result, out expected);

    internal bool TryToRelativeChange(out RelativeChange result, out string expected) => FigureQuantities.TryToRelativeChange(ToToken(), out result, out expected);

    internal bool TryToCount(out Count result, out string expected) => FigureQuantities.TryToCount(ToToken(), out result, out expected);

    internal bool TryToCountChange(out CountChange result, out string expected) => FigureQuantities.TryToCountChange(ToToken(), out result, out expected);

    internal bool TryToAmount(out Amount result, out string expected) => FigureQuantities.TryToAmount(ToToken(), out result, out expected);

    internal bool TryToRatio(out Ratio result, out string expected) => FigureQuantities.TryToRatio(ToToken(), out result, out expected);

    internal bool TryToPopulationRate(out PopulationRate result, out string expected) => FigureQuantities.TryToPopulationRate(ToToken(), out result, out expected);

    /// <summary>The figure as the figure grammar's token, which the quantities convert from.</summary>
    internal FigureToken ToToken() => new(
        value,
        (int)magnitude,
        (FigureTokenQualifier)qualifier,
        (FigureTokenDirection)direction,
        numerals == NumeralStyle.Chinese,
        (FigureTokenUnit)unit.Kind,
        unit.Kind == FigureUnitKind.None ? null : unit.Text,
        0,
        0,
        unit.PopulationBase);

    private static InvalidOperationException NotA(string expected) =>
        new("The figure is not " + expected + ".");
}
