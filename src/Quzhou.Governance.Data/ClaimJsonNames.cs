using System;
using System.Globalization;
using Quzhou.Governance.Claims;
using Quzhou.Governance.Periods;

namespace Quzhou.Governance.Data;

/// <summary>The names a claims file gives kinds and bases: the enum names in kebab case (<c>relative-change</c>,
/// <c>plan-same-span:13</c>), the same in writing and reading.</summary>
internal static class ClaimJsonNames
{
    internal const string KindExpected =
        "a claim kind: level, relative-change, percentage-point-change, absolute-change, multiple, streak, threshold-held, cumulative-total, count, plan-progress or structure";

    internal const string BaseExpected =
        "a base: unstated, year-on-year, period-on-period, previous-year, previous-year-same-period, plan:13, plan-same-span:13, year:2012 or recent-years:5 (none is left out)";

    private static readonly string[] Kinds =
    [
        "level", "relative-change", "percentage-point-change", "absolute-change", "multiple", "streak", "threshold-held",
        "cumulative-total", "count", "plan-progress", "structure",
    ];

    internal static string Kind(ClaimKind kind) => Kinds[(int)kind];

    internal static bool TryReadKind(string text, out ClaimKind kind)
    {
        var index = Array.IndexOf(Kinds, text);
        kind = (ClaimKind)Math.Max(0, index);
        return index >= 0;
    }

    internal static string Base(ClaimBase @base) => @base.Kind switch
    {
        ClaimBaseKind.Unstated => "unstated",
        ClaimBaseKind.YearOnYear => "year-on-year",
        ClaimBaseKind.PeriodOnPeriod => "period-on-period",
        ClaimBaseKind.PreviousYear => "previous-year",
        ClaimBaseKind.PreviousYearSamePeriod => "previous-year-same-period",
        ClaimBaseKind.Plan => "plan:" + Number(@base.Plan!.Value.Ordinal),
        ClaimBaseKind.PlanSameSpan => "plan-same-span:" + Number(@base.Plan!.Value.Ordinal),
        ClaimBaseKind.Year => "year:" + Number(@base.Year!.Value),
        ClaimBaseKind.RecentYears => "recent-years:" + Number(@base.Years!.Value),
        _ => string.Empty,
    };

    internal static bool TryReadBase(string text, out ClaimBase @base, out string expected)
    {
        expected = BaseExpected;
        @base = ClaimBase.None;
        switch (text)
        {
            case "unstated":
                @base = ClaimBase.Unstated;
                return true;
            case "year-on-year":
                @base = ClaimBase.YearOnYear;
                return true;
            case "period-on-period":
                @base = ClaimBase.PeriodOnPeriod;
                return true;
            case "previous-year":
                @base = ClaimBase.PreviousYear;
                return true;
            case "previous-year-same-period":
                @base = ClaimBase.PreviousYearSamePeriod;
                return true;
        }

        var colon = ColonAt(text);
        if (colon < 0)
        {
            return false;
        }

        var name = text.Substring(0, colon);
        var digits = text.Substring(colon + 1);
        if (digits.Length is 0 or > 4 || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || digits[0] == '0')
        {
            if (name is "plan" or "plan-same-span" or "year" or "recent-years")
            {
                expected = "a whole number in digits after " + name + ": (" + BaseExpected + ")";
            }

            return false;
        }

        switch (name)
        {
            case "plan":
            case "plan-same-span":
                if (number > FiveYearPlan.MaxOrdinal)
                {
                    expected = "the ordinal of a Five-Year Plan, 1 to " + Number(FiveYearPlan.MaxOrdinal) + ", after " + name + ":";
                    return false;
                }

                var plan = FiveYearPlan.FromOrdinal(number);
                @base = name == "plan" ? ClaimBase.AgainstPlan(plan) : ClaimBase.AgainstPlanSameSpan(plan);
                return true;
            case "year":
                @base = ClaimBase.AgainstYear(number);
                return true;
            case "recent-years":
                if (number > 100)
                {
                    expected = "1 to 100 years after recent-years:";
                    return false;
                }

                @base = ClaimBase.RecentYears(number);
                return true;
            default:
                return false;
        }
    }

    private static int ColonAt(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == ':')
            {
                return i;
            }
        }

        return -1;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
