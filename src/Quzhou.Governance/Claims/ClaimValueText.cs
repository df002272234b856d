using System;
using System.Globalization;
using Quzhou.Governance.Figures;

namespace Quzhou.Governance.Claims;

/// <summary>
/// A recomputed value as a verdict prints it: at the published figure's precision, then what decides the verdict —
/// the exact fraction when the value is a ratio of counts (“72.96%（1824/2500）”, a change “-72.96%（(629−2326)/2326）”),
/// otherwise the value rounded 四舍五入 to two more decimals (“11.53个百分点（11.5299）”). Whole counts print as they are;
/// 翻番 prints the factor (“×2.10（210/100）”).
/// </summary>
internal static class ClaimValueText
{
    /// <summary>The most decimals a value is printed with.</summary>
    private const int MaxDecimals = 20;

    /// <summary>The value in <paramref name="unit"/> at the precision of <paramref name="figure"/>.</summary>
    /// <param name="value">The recomputed value, in the unit's terms (percent, points, the count).</param>
    /// <param name="figure">The published figure whose precision the value is printed at.</param>
    /// <param name="unit">The unit the value is in (the figure's, or the points or percent of a reading).</param>
    /// <param name="numerator">The exact fraction's numerator, or null when the value is not a ratio of counts.</param>
    /// <param name="denominator">The exact fraction's denominator, or null.</param>
    /// <param name="isChange">The fraction is a relative change (current − base) / base.</param>
    /// <param name="chinese">Chinese units (个百分点) or English ones (percentage points).</param>
    /// <returns>The text.</returns>
    internal static string Format(decimal value, PublishedFigure figure, FigureUnit unit, long? numerator, long? denominator, bool isChange, bool chinese)
    {
        if (unit.Kind == FigureUnitKind.Doublings)
        {
            // 翻一番 is checked as the factor current / base: ×2.10（210/100）.
            var factor = "×" + Number(decimal.Round(value, 2, MidpointRounding.AwayFromZero), 2);
            return numerator is { } cn && denominator is { } cd && cd != 0
                ? factor + (chinese ? "（" : " (") + Number(cn, 0) + "/" + Number(cd, 0) + (chinese ? "）" : ")")
                : factor;
        }

        if (!unit.IsFraction && unit.Kind is not (FigureUnitKind.Times or FigureUnitKind.Tenths) && decimal.Truncate(value) == value)
        {
            return Number(value, 0);
        }

        var decimals = Math.Min(figure.Decimals, MaxDecimals - 2);
        var text = Number(decimal.Round(value, decimals, MidpointRounding.AwayFromZero), decimals) + UnitText(unit, chinese);
        string decider;
        if (numerator is { } n && denominator is { } d && d != 0)
        {
            decider = isChange
                ? "(" + Number(checked(n + d), 0) + "−" + Number(d, 0) + ")/" + Number(d, 0)
                : Number(n, 0) + "/" + Number(d, 0);
        }
        else
        {
            decider = Number(decimal.Round(value, decimals + 2, MidpointRounding.AwayFromZero), decimals + 2);
        }

        return text + (chinese ? "（" + decider + "）" : " (" + decider + ")");
    }

    private static string Number(decimal value, int decimals) =>
        value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static string UnitText(FigureUnit unit, bool chinese) => unit.Kind switch
    {
        FigureUnitKind.Percent => "%",
        FigureUnitKind.Permille => "‰",
        FigureUnitKind.PercentagePoints => chinese ? "个百分点" : " percentage points",
        FigureUnitKind.PermillePoints => chinese ? "个千分点" : " permille points",
        FigureUnitKind.Times => chinese ? "倍" : " times",
        FigureUnitKind.Tenths => chinese ? "成" : " tenths",
        _ => string.Empty,
    };
}
