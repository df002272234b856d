using System;
using System.Collections.Generic;
using System.Globalization;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Parsing;
using Quzhou.Governance.Periods;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.Data;

/// <summary>The fields of a plan target as files write them (the targets CSV's columns, the JSON section's
/// properties): one set of texts and one reader, so every format reads and writes a target alike.</summary>
internal static class TargetFields
{
    internal const int Plan = 0;
    internal const int Indicator = 1;
    internal const int Region = 2;
    internal const int Kind = 3;
    internal const int Commitment = 4;
    internal const int Base = 5;
    internal const int Target = 6;
    internal const int AnnualGrowth = 7;

    internal static readonly string[] Names = { "plan", "indicator", "region", "kind", "commitment", "base", "target", "annual_growth" };

    /// <summary>The header names and their Chinese aliases.</summary>
    internal static readonly Dictionary<string, int> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["plan"] = Plan, ["规划"] = Plan,
        ["indicator"] = Indicator, ["指标"] = Indicator,
        ["region"] = Region, ["地区"] = Region, ["区域"] = Region, ["行政区划代码"] = Region,
        ["kind"] = Kind, ["类型"] = Kind, ["目标类型"] = Kind,
        ["commitment"] = Commitment, ["属性"] = Commitment, ["指标属性"] = Commitment,
        ["base"] = Base, ["基期值"] = Base, ["基数"] = Base,
        ["target"] = Target, ["目标值"] = Target,
        ["annual_growth"] = AnnualGrowth, ["年均增长"] = AnnualGrowth, ["年均增速"] = AnnualGrowth,
    };

    private const string KindExpected = "a kind of target: at-least (不低于), at-most (不高于), cumulative (累计) or annual-growth (年均增长)";
    private const string CommitmentExpected = "binding (约束性) or expected (预期性)";

    /// <summary>The texts of <paramref name="target"/>'s fields (empty where the kind has none).</summary>
    internal static void Write(DataSetTarget target, string[] fields)
    {
        var t = target.Target;
        var amount = CellText.IsAmount(t.Indicator);
        fields[Plan] = t.Plan.ToString("J", CultureInfo.InvariantCulture);
        fields[Indicator] = t.Indicator.Code;
        fields[Region] = target.Region.ToString();
        fields[Kind] = t.Kind switch
        {
            PlanTargetKind.LevelAtLeast => "at-least",
            PlanTargetKind.LevelAtMost => "at-most",
            PlanTargetKind.Cumulative => "cumulative",
            _ => "annual-growth",
        };
        fields[Commitment] = t.Commitment == TargetCommitment.Binding ? "binding" : "expected";
        fields[Base] = t.Kind == PlanTargetKind.Cumulative ? string.Empty : Value(t, t.BaseValue, amount);
        fields[Target] = t.Kind == PlanTargetKind.AverageAnnualGrowth ? string.Empty : Value(t, t.TargetValue, amount);
        fields[AnnualGrowth] = t.Kind == PlanTargetKind.AverageAnnualGrowth ? (t.AnnualRate * 100m).ToString(CultureInfo.InvariantCulture) + "%" : string.Empty;
    }

    /// <summary>Reads a target from its fields' texts (<paramref name="cell"/> gives null for a field the file lacks);
    /// on failure <paramref name="field"/> is the field at fault (or −1 for the row) and <paramref name="expected"/> what it should hold.</summary>
    internal static bool TryRead(Func<int, string?> cell, IndicatorCatalog catalog, out DataSetTarget? target, out int field, out string expected)
    {
        target = null;
        var planText = (cell(Plan) ?? string.Empty).Trim();
        var plan = planText.Length > 0 && planText.Length <= 3 && int.TryParse(planText, NumberStyles.None, CultureInfo.InvariantCulture, out var ordinal) && ordinal is >= 1 and <= FiveYearPlan.MaxOrdinal
            ? ParseResult<FiveYearPlan>.ForValue(FiveYearPlan.FromOrdinal(ordinal))
            : planText.Length > 0 ? FiveYearPlan.Read(planText) : default;
        if (planText.Length == 0 || !plan.Success)
        {
            return Fail(Plan, "a plan: 十四五, “十四五”, 14th Five-Year Plan or 14", out field, out expected);
        }

        var found = catalog.Read((cell(Indicator) ?? string.Empty).Trim());
        if (!found.Success)
        {
            return Fail(Indicator, found.Error.Expected, out field, out expected);
        }

        if (!CellText.TryReadRegion(cell(Region) ?? string.Empty, out var region, out var regionExpected))
        {
            return Fail(Region, regionExpected, out field, out expected);
        }

        if (!TryReadKind(cell(Kind), out var kind))
        {
            return Fail(Kind, KindExpected, out field, out expected);
        }

        if (!TryReadCommitment(cell(Commitment), out var commitment))
        {
            return Fail(Commitment, CommitmentExpected, out field, out expected);
        }

        var indicator = found.Value;
        var amount = CellText.IsAmount(indicator);
        var baseText = (cell(Base) ?? string.Empty).Trim();
        var targetText = (cell(Target) ?? string.Empty).Trim();
        var growthText = (cell(AnnualGrowth) ?? string.Empty).Trim();
        if (indicator is RateIndicator && kind is PlanTargetKind.Cumulative or PlanTargetKind.AverageAnnualGrowth)
        {
            return Fail(Kind, "at-least or at-most for the rate " + indicator.Code + " (a rate has no total and no compound growth)", out field, out expected);
        }

        // Each kind has exactly its fields: nothing given is dropped unread.
        if (kind == PlanTargetKind.Cumulative ? baseText.Length > 0 : baseText.Length == 0)
        {
            return Fail(Base, kind == PlanTargetKind.Cumulative ? "an empty base (a cumulative target has none)" : "the base-year value", out field, out expected);
        }

        if (kind == PlanTargetKind.AverageAnnualGrowth ? targetText.Length > 0 : targetText.Length == 0)
        {
            return Fail(Target, kind == PlanTargetKind.AverageAnnualGrowth ? "an empty target (an annual-growth target's level follows from its base and rate)" : "the target value", out field, out expected);
        }

        if (kind == PlanTargetKind.AverageAnnualGrowth ? growthText.Length == 0 : growthText.Length > 0)
        {
            return Fail(AnnualGrowth, kind == PlanTargetKind.AverageAnnualGrowth ? "the annual growth in percent (5%)" : "an empty annual growth (only an annual-growth target has one)", out field, out expected);
        }

        decimal baseRate = 0, targetRate = 0;
        long baseValue = 0, targetValue = 0;
        if (indicator is RateIndicator)
        {
            if (!CellText.TryReadPercent(baseText, out baseRate, out _))
            {
                return Fail(Base, "a percentage (95.5 or 95.5%)", out field, out expected);
            }

            if (!CellText.TryReadPercent(targetText, out targetRate, out _))
            {
                return Fail(Target, "a percentage (98 or 98%)", out field, out expected);
            }
        }
        else
        {
            if (baseText.Length > 0 && !CellText.TryReadQuantity(amount, baseText, out baseValue, out var e1))
            {
                return Fail(Base, e1, out field, out expected);
            }

            if (targetText.Length > 0 && !CellText.TryReadQuantity(amount, targetText, out targetValue, out var e2))
            {
                return Fail(Target, e2, out field, out expected);
            }
        }

        decimal growth = 0;
        if (growthText.Length > 0 && !TryReadGrowth(growthText, out growth))
        {
            return Fail(AnnualGrowth, "the annual growth in percent (5% or -2.5%)", out field, out expected);
        }

        try
        {
            var made = (kind, indicator) switch
            {
                (PlanTargetKind.LevelAtLeast, RateIndicator r) => PlanTarget.AtLeast(plan.Value, r, new Percentage(baseRate), new Percentage(targetRate), commitment),
                (PlanTargetKind.LevelAtMost, RateIndicator r) => PlanTarget.AtMost(plan.Value, r, new Percentage(baseRate), new Percentage(targetRate), commitment),
                (PlanTargetKind.LevelAtLeast, QuantityIndicator q) => PlanTarget.AtLeast(plan.Value, q, baseValue, targetValue, commitment),
                (PlanTargetKind.LevelAtMost, QuantityIndicator q) => PlanTarget.AtMost(plan.Value, q, baseValue, targetValue, commitment),
                (PlanTargetKind.Cumulative, QuantityIndicator q) => PlanTarget.Cumulative(plan.Value, q, targetValue, commitment),
                (_, QuantityIndicator q) => PlanTarget.AverageAnnualGrowth(plan.Value, q, baseValue, growth / 100m, commitment),
                _ => null,
            };
            if (made is null)
            {
                return Fail(Kind, "a kind of target the indicator " + indicator.Code + " can have", out field, out expected);
            }

            target = new DataSetTarget(region, made);
        }
        catch (ArgumentException e)
        {
            var at = e.ParamName switch
            {
                "baseValue" => Base,
                "annualRate" => AnnualGrowth,
                "indicator" => Kind,
                _ => Target,
            };
            return Fail(at, "a target the plan can set (" + Trimmed(e) + ")", out field, out expected);
        }

        field = -1;
        expected = string.Empty;
        return true;
    }

    private static string Trimmed(ArgumentException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return (cut >= 0 ? message.Substring(0, cut) : message).TrimEnd('.');
    }

    private static string Value(PlanTarget target, decimal value, bool amount) =>
        target.Indicator is RateIndicator ? value.ToString(CultureInfo.InvariantCulture) : CellText.Quantity(amount, (long)value);

    private static bool TryReadKind(string? text, out PlanTargetKind kind)
    {
        switch ((text ?? string.Empty).Trim().ToUpperInvariant())
        {
            case "AT-LEAST" or "不低于" or "达到":
                kind = PlanTargetKind.LevelAtLeast;
                return true;
            case "AT-MOST" or "不高于" or "控制在":
                kind = PlanTargetKind.LevelAtMost;
                return true;
            case "CUMULATIVE" or "累计":
                kind = PlanTargetKind.Cumulative;
                return true;
            case "ANNUAL-GROWTH" or "年均增长":
                kind = PlanTargetKind.AverageAnnualGrowth;
                return true;
            default:
                kind = default;
                return false;
        }
    }

    private static bool TryReadCommitment(string? text, out TargetCommitment commitment)
    {
        switch ((text ?? string.Empty).Trim().ToUpperInvariant())
        {
            case "BINDING" or "约束性":
                commitment = TargetCommitment.Binding;
                return true;
            case "EXPECTED" or "预期性":
                commitment = TargetCommitment.Expected;
                return true;
            default:
                commitment = default;
                return false;
        }
    }

    private static bool TryReadGrowth(string text, out decimal percent)
    {
        var trimmed = text.Length > 0 && text[text.Length - 1] == '%' ? text.Substring(0, text.Length - 1) : text;
        percent = 0;
        return trimmed.Length is > 0 and <= 30
            && trimmed.IndexOf("e", StringComparison.OrdinalIgnoreCase) < 0
            && decimal.TryParse(trimmed, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out percent);
    }

    private static bool Fail(int at, string what, out int field, out string expected)
    {
        field = at;
        expected = what;
        return false;
    }
}
