using System;
using Quzhou.Governance.Parsing;

namespace Quzhou.Governance.Quantities;

/// <summary>
/// The quantity an exact figure prints, from the figure grammar's token: 72.96% → <see cref="Percentage"/>,
/// 下降1.2个百分点 → <see cref="PercentagePoints"/>, 19万 → <see cref="Count"/>… The one place these rules live:
/// reading a quantity and converting a published figure both come here.
/// </summary>
internal static class FigureQuantities
{
    internal static bool TryToPercentage(in FigureToken figure, out Percentage result, out string expected)
    {
        result = default;
        expected = "an exact percentage such as 72.96%";
        if (!IsPlain(figure, FigureTokenUnit.Percent) || figure.Direction != FigureTokenDirection.None)
        {
            return false;
        }

        result = Percentage.FromPercent(figure.Value);
        return true;
    }

    internal static bool TryToPercentagePoints(in FigureToken figure, out PercentagePoints result, out string expected)
    {
        result = default;
        expected = "exact percentage points such as 11.53个百分点";
        if (!IsPlain(figure, FigureTokenUnit.PercentagePoints))
        {
            return false;
        }

        result = new PercentagePoints(figure.IsDecrease ? -figure.Value : figure.Value);
        return true;
    }

    internal static bool TryToRelativeChange(in FigureToken figure, out RelativeChange result, out string expected)
    {
        result = default;
        expected = "an exact change such as 下降31.3%, -31.3%, 增长1.3倍, 下降三成 or 翻一番";
        if (!figure.IsPlainNumber)
        {
            return false;
        }

        var value = figure.Value;
        var signed = figure.IsDecrease ? -value : value;
        try
        {
            switch (figure.Unit)
            {
                case FigureTokenUnit.Percent:
                    result = RelativeChange.FromPercent(signed);
                    return true;
                case FigureTokenUnit.Times when !figure.IsDecrease:
                    result = RelativeChange.FromTimesIncrease(value);
                    return true;
                case FigureTokenUnit.Tenths:
                    result = RelativeChange.FromTenths(signed);
                    return true;
                case FigureTokenUnit.Doublings when decimal.Truncate(value) == value:
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

    internal static bool TryToCount(in FigureToken figure, out Count result, out string expected)
    {
        result = default;
        expected = "an exact whole count such as 4282个 or 19万";
        if (!IsCounting(figure) || figure.Direction != FigureTokenDirection.None || !TryWhole(SignedValue(figure), out var whole) || whole < 0)
        {
            return false;
        }

        result = new Count(whole);
        return true;
    }

    internal static bool TryToCountChange(in FigureToken figure, out CountChange result, out string expected)
    {
        result = default;
        expected = "an exact whole change such as 增加1360人 or -25";
        if (!IsCounting(figure) || !TryWhole(SignedValue(figure), out var whole))
        {
            return false;
        }

        result = new CountChange(whole);
        return true;
    }

    internal static bool TryToAmount(in FigureToken figure, out Amount result, out string expected)
    {
        result = default;
        expected = "an exact amount in 元 such as 1234567.89元 or 1.23亿元";
        var yuan = figure.Unit == FigureTokenUnit.None || (figure.Unit == FigureTokenUnit.Counter && figure.UnitText == "元");
        if (!yuan || figure.Qualifier != FigureTokenQualifier.Exact || figure.Direction != FigureTokenDirection.None || figure.IsChinese)
        {
            return false;
        }

        decimal fen;
        try
        {
            fen = SignedValue(figure) * 100m;
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

    internal static bool TryToRatio(in FigureToken figure, out Ratio result, out string expected)
    {
        result = default;
        expected = "an exact non-negative percentage such as 97.18%";
        var value = figure.Value;
        if (!IsPlain(figure, FigureTokenUnit.Percent) || figure.Direction != FigureTokenDirection.None || value < 0m || Rounding.Scale(value) > 16)
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

    internal static bool TryToPopulationRate(in FigureToken figure, out PopulationRate result, out string expected)
    {
        result = default;
        expected = "an exact rate such as 6.77‰, 1.2/万人 or 0.46起/10万人";
        if (!figure.IsPlainNumber || figure.Direction != FigureTokenDirection.None || figure.Value < 0m)
        {
            return false;
        }

        PopulationBase per;
        switch (figure.Unit)
        {
            case FigureTokenUnit.Percent:
                per = PopulationBase.PerHundred;
                break;
            case FigureTokenUnit.Permille:
                per = PopulationBase.PerThousand;
                break;
            case FigureTokenUnit.PerPopulation when figure.PopulationBase is 100 or 1000 or 10000 or 100000:
                per = (PopulationBase)(int)figure.PopulationBase;
                break;
            default:
                return false;
        }

        try
        {
            result = PopulationRate.FromPublished(figure.Value, per);
            return true;
        }
        catch (ArgumentException)
        {
            expected = "a rate of at most 13 decimals, with few enough digits to be held exactly";
            return false;
        }
    }

    /// <summary>The value with the magnitude applied and the direction as a sign: 190000 for 19万余次.</summary>
    private static decimal SignedValue(in FigureToken figure)
    {
        var expanded = figure.MagnitudeExponent == 0 ? figure.Value : figure.Value * Rounding.Pow10(figure.MagnitudeExponent);
        return figure.IsDecrease ? -expanded : expanded;
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

    private static bool IsPlain(in FigureToken figure, FigureTokenUnit unit) => figure.Unit == unit && figure.IsPlainNumber;

    private static bool IsCounting(in FigureToken figure) =>
        figure.Unit is FigureTokenUnit.None or FigureTokenUnit.Counter && figure.Qualifier == FigureTokenQualifier.Exact;
}
