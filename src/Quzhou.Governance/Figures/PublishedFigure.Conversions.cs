using System;
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

    internal bool TryToPercentage(out Percentage result, out string expected)
    {
        result = default;
        expected = "an exact percentage such as 72.96%";
        if (!IsPlain(FigureUnitKind.Percent) || direction != FigureDirection.None)
        {
            return false;
        }

        result = Percentage.FromPercent(value);
        return true;
    }

    internal bool TryToPercentagePoints(out PercentagePoints result, out string expected)
    {
        result = default;
        expected = "exact percentage points such as 11.53个百分点";
        if (!IsPlain(FigureUnitKind.PercentagePoints))
        {
            return false;
        }

        result = new PercentagePoints(IsDecrease ? -value : value);
        return true;
    }

    internal bool TryToRelativeChange(out RelativeChange result, out string expected)
    {
        result = default;
        expected = "an exact change such as 下降31.3%, -31.3%, 增长1.3倍, 下降三成 or 翻一番";
        if (qualifier != FigureQualifier.Exact || magnitude != Magnitude.One)
        {
            return false;
        }

        var signed = IsDecrease ? -value : value;
        try
        {
            switch (unit.Kind)
            {
                case FigureUnitKind.Percent:
                    result = RelativeChange.FromPercent(signed);
                    return true;
                case FigureUnitKind.Times when !IsDecrease:
                    result = RelativeChange.FromTimesIncrease(value);
                    return true;
                case FigureUnitKind.Tenths:
                    result = RelativeChange.FromTenths(signed);
                    return true;
                case FigureUnitKind.Doublings when decimal.Truncate(value) == value:
                    if (value > RelativeChange.MaxDoublings)
                    {
                        expected = "翻…番 of at most 56 doublings (a change that prints as a percentage reading back exactly)";
                        return false;
                    }

                    result = RelativeChange.FromDoublings((int)value);
                    return true;
                default:
                    return false;
            }
        }
        catch (ArgumentException)
        {
            expected = "a change of −100% or more that the library can hold exactly";
            return false;
        }
    }

    internal bool TryToCount(out Count result, out string expected)
    {
        result = default;
        expected = "an exact whole count such as 4282个 or 19万";
        if (!IsCounting() || direction != FigureDirection.None || !TryWhole(SignedValue, out var whole) || whole < 0)
        {
            return false;
        }

        result = new Count(whole);
        return true;
    }

    internal bool TryToCountChange(out CountChange result, out string expected)
    {
        result = default;
        expected = "an exact whole change such as 增加1360人 or -25";
        if (!IsCounting() || !TryWhole(SignedValue, out var whole))
        {
            return false;
        }

        result = new CountChange(whole);
        return true;
    }

    internal bool TryToAmount(out Amount result, out string expected)
    {
        result = default;
        expected = "an exact amount in 元 such as 1234567.89元 or 1.23亿元";
        var yuan = unit.Kind == FigureUnitKind.None || (unit.Kind == FigureUnitKind.Counter && unit.Text == "元");
        if (!yuan || qualifier != FigureQualifier.Exact || direction != FigureDirection.None || numerals != NumeralStyle.Arabic)
        {
            return false;
        }

        decimal fen;
        try
        {
            fen = SignedValue * 100m;
        }
        catch (OverflowException)
        {
            return false;
        }

        if (!TryWhole(fen, out var wholeFen))
        {
            expected = "an amount of whole 分 (at most two decimals of 元)";
            return false;
        }

        result = Amount.FromFen(wholeFen);
        return true;
    }

    internal bool TryToRatio(out Ratio result, out string expected)
    {
        result = default;
        expected = "an exact non-negative percentage such as 97.18%";
        if (!IsPlain(FigureUnitKind.Percent) || direction != FigureDirection.None || value < 0m || Decimals > 16)
        {
            return false;
        }

        // The ratio is a fraction; trailing zeros (100.00%, which a ratio prints) say nothing of its size.
        var normalized = QuantityText.Normalize(value, 0);
        var scaled = normalized * Rounding.Pow10(Rounding.Scale(normalized));
        if (scaled > long.MaxValue)
        {
            return false;
        }

        result = Ratio.Of((long)scaled, (long)Rounding.Pow10(Rounding.Scale(normalized) + 2));
        return true;
    }

    internal bool TryToPopulationRate(out PopulationRate result, out string expected)
    {
        result = default;
        expected = "an exact rate such as 6.77‰, 1.2/万人 or 0.46起/10万人";
        if (qualifier != FigureQualifier.Exact || magnitude != Magnitude.One || direction != FigureDirection.None || value < 0m)
        {
            return false;
        }

        PopulationBase per;
        switch (unit.Kind)
        {
            case FigureUnitKind.Percent:
                per = PopulationBase.PerHundred;
                break;
            case FigureUnitKind.Permille:
                per = PopulationBase.PerThousand;
                break;
            case FigureUnitKind.PerPopulation when unit.PopulationBase is 100 or 1000 or 10000 or 100000:
                per = (PopulationBase)(int)unit.PopulationBase;
                break;
            default:
                return false;
        }

        try
        {
            result = PopulationRate.FromPublished(value, per);
            return true;
        }
        catch (ArgumentException)
        {
            expected = "a rate of at most 13 decimals, with few enough digits to be held exactly";
            return false;
        }
    }

    private static bool TryWhole(decimal value, out long whole)
    {
        whole = 0;
        if (decimal.Truncate(value) != value || value > long.MaxValue || value < long.MinValue)
        {
            return false;
        }

        whole = (long)value;
        return true;
    }

    private static InvalidOperationException NotA(string expected) =>
        new("The figure is not " + expected + ".");

    private bool IsPlain(FigureUnitKind kind) =>
        unit.Kind == kind && qualifier == FigureQualifier.Exact && magnitude == Magnitude.One;

    private bool IsCounting() =>
        (unit.Kind == FigureUnitKind.None || unit.Kind == FigureUnitKind.Counter) && qualifier == FigureQualifier.Exact;
}
