using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Quzhou.Governance.Figures;
using Quzhou.Governance.Parsing;

namespace Quzhou.Governance.Claims;

/// <summary>Writes claims as bulletin sentences in Chinese and in English, each figure with its precision and
/// qualifier.</summary>
internal static class ClaimWriter
{
    private static readonly string[] EnglishNumbers = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    internal static bool IsChinese(string? format, IFormatProvider? provider) => format switch
    {
        null or "" or "G" => TextCulture.IsChinese(provider),
        "zh" => true,
        "en" => false,
        _ => throw new FormatException(string.Format(CultureInfo.InvariantCulture, "Unknown claim format \"{0}\"; use G, zh or en.", format)),
    };

    internal static string EnglishNumber(long n) =>
        n >= 0 && n < EnglishNumbers.Length ? EnglishNumbers[n] : n.ToString("N0", CultureInfo.InvariantCulture);

    internal static string Chinese(Claim claim)
    {
        var text = new StringBuilder();
        if (claim.Period is { } period)
        {
            text.Append(period.ToString("zh", null)).Append('，');
        }

        if (claim.Base.Kind == ClaimBaseKind.RecentYears)
        {
            text.Append(claim.Base.Chinese());
        }

        if (claim.Kind == ClaimKind.CumulativeTotal)
        {
            text.Append("累计");
        }

        var subjects = string.Join("、", claim.Subjects.Select(s => s.Text));
        var respectively = claim.Respectively ? "分别" : string.Empty;
        switch (claim.Kind)
        {
            case ClaimKind.RelativeChange:
            case ClaimKind.PercentagePointChange:
            case ClaimKind.AbsoluteChange:
            case ClaimKind.Multiple:
                text.Append(subjects);
                if (claim.Base.Kind != ClaimBaseKind.RecentYears)
                {
                    text.Append(claim.Base.Chinese());
                }

                text.Append(respectively).Append(IsFlat(claim) ? claim.Predicate : ChineseChanges(claim.Figures));
                break;
            case ClaimKind.Streak:
                var figure = claim.Figures[0];
                text.Append(subjects).Append(respectively).Append(IsMonths(figure) ? "持续" : "连续").Append(ChineseList(claim.Figures)).Append(claim.Predicate);
                break;
            case ClaimKind.ThresholdHeld:
                text.Append(subjects).Append(respectively).Append(claim.Predicate ?? "保持在").Append(ChineseList(claim.Figures));
                break;
            case ClaimKind.CumulativeTotal:
                text.Append(subjects).Append(respectively).Append(ChineseList(claim.Figures));
                break;
            case ClaimKind.Count:
                if (claim.Figures.Count == 1 && claim.Figures[0].Value == 0m && claim.Figures[0].Unit.Kind == FigureUnitKind.None)
                {
                    text.Append(subjects).Append("“0”发生");
                }
                else if (claim.Predicate is { } verb)
                {
                    text.Append(verb).Append(respectively).Append(ChineseList(claim.Figures)).Append(subjects);
                }
                else
                {
                    text.Append(subjects).Append(respectively).Append(ChineseList(claim.Figures));
                }

                break;
            case ClaimKind.Structure when claim.Subjects.Count > 1:
                // The shares of the parts of one whole: 男性、女性分别占50.8%、49.2%.
                text.Append(subjects).Append(respectively).Append(claim.Predicate ?? "占").Append(ChineseList(claim.Figures));
                break;
            case ClaimKind.Structure:
                text.Append(subjects).Append(claim.Predicate ?? "结构为").Append(string.Join(":", claim.Figures.Select(f => f.ToString())));
                break;
            case ClaimKind.PlanProgress:
                text.Append(subjects).Append(respectively).Append("完成规划目标的").Append(ChineseList(claim.Figures));
                break;
            default:
                text.Append(subjects).Append(respectively).Append(claim.Predicate ?? "达").Append(ChineseList(claim.Figures));
                break;
        }

        return text.ToString();
    }

    internal static string English(Claim claim)
    {
        var text = new StringBuilder();
        if (claim.Period is { } period)
        {
            text.Append("In ").Append(period.ToString("I", null)).Append(", ");
        }

        if (claim.Base.Kind == ClaimBaseKind.RecentYears)
        {
            var words = claim.Base.English();
            text.Append(text.Length == 0 ? "O" : "o").Append(words, 1, words.Length - 1).Append(", ");
        }

        var subjects = EnglishList(claim.Subjects.Select(s => s.EnglishText ?? s.Text).ToList());
        var several = claim.Figures.Count > 1;
        var respectively = several ? " respectively" : string.Empty;
        var figures = EnglishList(claim.Figures.Select(EnglishFigure).ToList());
        switch (claim.Kind)
        {
            case ClaimKind.RelativeChange:
            case ClaimKind.PercentagePointChange:
            case ClaimKind.AbsoluteChange:
            case ClaimKind.Multiple:
                text.Append(subjects).Append(' ').Append(IsFlat(claim) ? "held level" : EnglishChanges(claim.Figures) + respectively);
                if (claim.Base.Kind != ClaimBaseKind.RecentYears && claim.Base.English().Length > 0)
                {
                    text.Append(' ').Append(claim.Base.English());
                }

                break;
            case ClaimKind.Streak:
                text.Append(subjects).Append(' ').Append(claim.EnglishPredicate ?? "held").Append(" for ").Append(figures).Append(respectively);
                break;
            case ClaimKind.ThresholdHeld:
                text.Append(subjects).Append(" stayed at ").Append(figures).Append(respectively);
                break;
            case ClaimKind.CumulativeTotal:
                text.Append(subjects).Append(" totalled ").Append(figures).Append(respectively);
                break;
            case ClaimKind.Count:
                if (claim.Figures.Count == 1 && claim.Figures[0].Value == 0m && claim.Figures[0].Unit.Kind == FigureUnitKind.None)
                {
                    text.Append(subjects).Append(": none occurred");
                }
                else if (claim.EnglishPredicate is { } verb)
                {
                    text.Append(verb).Append(' ').Append(figures).Append(' ').Append(subjects).Append(respectively);
                }
                else
                {
                    text.Append(subjects).Append(" numbered ").Append(figures).Append(respectively);
                }

                break;
            case ClaimKind.Structure when claim.Subjects.Count > 1:
                text.Append(subjects).Append(" accounted for ").Append(figures).Append(respectively);
                break;
            case ClaimKind.Structure:
                text.Append(subjects).Append(" stood at ").Append(string.Join(":", claim.Figures.Select(EnglishFigure)));
                break;
            case ClaimKind.PlanProgress:
                text.Append(subjects).Append(" reached ").Append(figures).Append(" of the plan target").Append(respectively);
                break;
            default:
                // A share (刑事案件占32.0%) accounts for its figure; any other level reaches it.
                text.Append(subjects).Append(IsShare(claim) ? " accounted for " : " reached ").Append(figures).Append(respectively);
                break;
        }

        if (text.Length > 0 && char.IsLower(text[0]))
        {
            text[0] = char.ToUpperInvariant(text[0]);
        }

        return text.ToString();
    }

    /// <summary>One figure in English: the qualifier's words, the number at its printed precision with the
    /// magnitude applied (19万余 → over 190,000), the unit's English; no direction word.</summary>
    internal static string EnglishFigure(PublishedFigure figure)
    {
        var unit = figure.Unit;
        if (unit.Kind == FigureUnitKind.Doublings)
        {
            return figure.Value == 1m ? "once" : EnglishNumber((long)figure.Value) + " times";
        }

        var exponent = PublishedFigure.MagnitudeExponent(figure.Magnitude);
        var decimals = Math.Max(0, figure.Decimals - exponent);
        var size = Math.Abs(figure.SignedValue);
        var number = (figure.Direction == FigureDirection.None && figure.Value < 0m ? "−" : string.Empty)
            + size.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var withUnit = unit.Kind switch
        {
            FigureUnitKind.Percent => number + "%",
            FigureUnitKind.Permille => number + "‰",
            FigureUnitKind.PercentagePoints => number + (size == 1m ? " percentage point" : " percentage points"),
            FigureUnitKind.PermillePoints => number + (size == 1m ? " permille point" : " permille points"),
            FigureUnitKind.Times => number + " times",
            FigureUnitKind.Tenths => number + (size == 1m ? " tenth" : " tenths"),
            FigureUnitKind.PerPopulation => number + " per " + unit.PopulationBase.ToString("N0", CultureInfo.InvariantCulture),
            FigureUnitKind.Counter => number + EnglishCounter(unit.Text, size == 1m),
            _ => number,
        };
        return figure.Qualifier switch
        {
            FigureQualifier.Odd or FigureQualifier.More => "over " + withUnit,
            FigureQualifier.AtLeast => withUnit + " or more",
            FigureQualifier.AtMost => withUnit + " or less",
            FigureQualifier.Nearly => "nearly " + withUnit,
            FigureQualifier.About or FigureQualifier.Around => "about " + withUnit,
            FigureQualifier.Exceeding or FigureQualifier.Breaking => "more than " + withUnit,
            _ => withUnit,
        };
    }

    private static string EnglishCounter(string word, bool one) => word switch
    {
        "个月" or "月" => one ? " month" : " consecutive months",
        "年" => one ? " year" : " consecutive years",
        "天" or "日" => one ? " day" : " days",
        _ => string.Empty,
    };

    /// <summary>Whether a level is a share of something: its predicate is a share word (占, 占比, 占全部案件的).</summary>
    private static bool IsShare(Claim claim) => claim.Predicate is { Length: > 0 } predicate && predicate[0] == '占';

    /// <summary>Whether a change is 持平 (its predicate, over figures that are all zero): it prints the word, not 0.0%.</summary>
    internal static bool IsFlat(Claim claim) =>
        claim.Predicate == FlatWord && claim.Base.IsChange && claim.Figures.All(f => f.Value == 0m);

    /// <summary>持平: the word of a change of zero (全市刑事案件发案数与上年持平).</summary>
    internal const string FlatWord = "持平";

    private static bool IsMonths(PublishedFigure figure) => figure.Unit.Text is "个月" or "月";

    private static string ChineseChanges(IReadOnlyList<PublishedFigure> figures)
    {
        // 分别下降31.3%、17.5%、9.2%和82.2%: one direction word before the list when every figure has the same.
        var direction = figures[0].Direction;
        if (direction != FigureDirection.None && figures.All(f => f.Direction == direction))
        {
            return FigureWords.DirectionWord(direction) + ChineseList(figures.Select(WithoutDirection).ToList());
        }

        return ChineseList(figures);
    }

    private static string EnglishChanges(IReadOnlyList<PublishedFigure> figures)
    {
        if (figures.All(f => f.Unit.Kind == FigureUnitKind.Doublings))
        {
            return "doubled " + EnglishList(figures.Select(EnglishFigure).ToList());
        }

        if (figures.All(IsDown))
        {
            return "fell by " + EnglishList(figures.Select(EnglishFigure).ToList());
        }

        if (figures.All(f => !IsDown(f)))
        {
            return "rose by " + EnglishList(figures.Select(EnglishFigure).ToList());
        }

        return "changed by " + EnglishList(figures.Select(f => (IsDown(f) ? "−" : "+") + EnglishFigure(WithoutDirection(f)).TrimStart('−')).ToList());
    }

    private static bool IsDown(PublishedFigure figure) => figure.IsDecrease || (figure.Direction == FigureDirection.None && figure.Value < 0m);

    private static PublishedFigure WithoutDirection(PublishedFigure figure) =>
        figure.Direction == FigureDirection.None
            ? figure
            : new PublishedFigure(figure.Value, figure.Unit, figure.Qualifier, figure.Magnitude, FigureDirection.None, figure.Numerals);

    /// <summary>31.3%、17.5%、9.2%和82.2%: 、 between the items, 和 before the last of three or more (as the interview
    /// writes 6.67%、13.53% and 31.3%、17.5%、9.2%和82.2%).</summary>
    private static string ChineseList(IReadOnlyList<PublishedFigure> figures)
    {
        var text = new StringBuilder();
        for (var i = 0; i < figures.Count; i++)
        {
            if (i > 0)
            {
                text.Append(i == figures.Count - 1 && figures.Count > 2 ? "和" : "、");
            }

            text.Append(figures[i].ToString());
        }

        return text.ToString();
    }

    /// <summary>a, b, c and d.</summary>
    private static string EnglishList(List<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[items.Count - 1],
    };
}
