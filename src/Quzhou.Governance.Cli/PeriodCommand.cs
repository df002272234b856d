using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using NodaTime;
using Quzhou.Governance.Periods;
using Quzhou.Governance.Periods.Text;

namespace Quzhou.Governance.Cli;

/// <summary><c>qzgov period &lt;text&gt;</c>: explains a period — its plan, months, same span in the previous plan, codes.</summary>
internal static class PeriodCommand
{
    internal static Command Create(TextWriter output, TextWriter error)
    {
        var text = new Argument<string>("text") { Description = "A period code (2025-Q3, 2021-01/2025-10, 2021-01-01/P58M) or Chinese phrase (2025年前三季度, 2021年1月至2025年10月, “十四五”)." };
        var year = new Option<int?>("--year") { Description = "The year a phrase without one refers to (1—10月)." };
        var end = new Option<string?>("--end") { Description = "The latest month, as 2025-10, for phrases that run to it (“十四五”以来)." };
        var command = new Command("period", "Explains a planning or calendar period.") { text, year, end };
        command.SetAction(parsed =>
        {
            var context = default(PeriodReadingContext);
            if (parsed.GetValue(year) is int y)
            {
                context = PeriodReadingContext.ForYear(y);
            }

            if (parsed.GetValue(end) is string endText)
            {
                var latest = CalendarPeriodText.ParseCode(endText);
                if (!latest.Success)
                {
                    error.WriteLine("--end: " + latest.Error.Message);
                    return Program.BadInput;
                }

                context = new PeriodReadingContext { Year = context.Year, End = latest.Value.End };
            }

            return Explain(parsed.GetValue(text) ?? string.Empty, context, output, error);
        });
        return command;
    }

    internal static int Explain(string text, PeriodReadingContext context, TextWriter output, TextWriter error)
    {
        var result = CalendarPeriodText.Parse(text, context);
        if (result.Success)
        {
            Write(text, result.Value, output);
            return Program.Success;
        }

        var plan = PlanReference.Read(text);
        if (plan.Success)
        {
            WritePlan(text, plan.Value, context, output);
            return Program.Success;
        }

        error.WriteLine(result.Error.Message);
        return Program.BadInput;
    }

    private static void Write(string input, CalendarPeriod period, TextWriter output)
    {
        var zh = CultureInfo.GetCultureInfo("zh-CN");
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(Line("input", input));
        output.WriteLine(Line("period", string.Format(inv, "{0} ({1})", period.ToString("G", inv), Describe(period))));
        output.WriteLine(Line("dates", string.Format(inv, "{0:yyyy-MM-dd} … {1:yyyy-MM-dd} (both included)", period.Start, period.End)));
        output.WriteLine(Line("chinese", period.ToString("zh", zh)));
        output.WriteLine(Line("codes", string.Format(inv, "{0} · {1} · {2}", period.ToString("G", inv), period.ToString("I", inv), period.ToString("D", inv))));
        output.WriteLine(Line("year earlier", period.YearEarlier().ToString("G", inv)));
        if (FiveYearPlan.TryForPeriod(period, out var plan))
        {
            output.WriteLine(Line("plan", DescribePlan(plan)));
            if (period.TrySameSpanInPreviousPlan(out var same))
            {
                output.WriteLine(Line(
                    "same span",
                    string.Format(inv, "{0} (较{1}同期, {2})", same.ToString("G", inv), plan.Previous().ToString("Q", inv), Describe(same))));
            }
        }
        else
        {
            output.WriteLine(Line("plan", "none (the period is not inside one Five-Year Plan)"));
        }
    }

    private static void WritePlan(string input, PlanReference reference, PeriodReadingContext context, TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(Line("input", input));
        output.WriteLine(Line("plan", DescribePlan(reference.Plan)));
        output.WriteLine(Line("reference", reference.ToString(null, inv)));
        if (reference.Kind is PlanReferenceKind.SinceStart or PlanReferenceKind.SameSpan && context.End is null)
        {
            output.WriteLine(Line("period", "runs to a latest month: give it with --end 2025-10"));
            return;
        }

        if (reference.Kind == PlanReferenceKind.SameSpan)
        {
            // “十三五”同期: the span of the 13th plan that matches the 14th plan from its start to the latest month.
            var current = CalendarPeriod.ForDays(reference.Plan.Next().Period.Start, context.End!.Value);
            var same = reference.Plan.Next().SameSpanInPrevious(current);
            output.WriteLine(Line("compared", string.Format(inv, "{0} ({1})", current.ToString("G", inv), Describe(current))));
            output.WriteLine(Line("period", string.Format(inv, "{0} ({1})", same.ToString("G", inv), Describe(same))));
            return;
        }

        var period = reference.ToPeriod(context.End);
        output.WriteLine(Line("period", string.Format(inv, "{0} ({1})", period.ToString("G", inv), Describe(period))));
    }

    private static string DescribePlan(FiveYearPlan plan) =>
        string.Format(
            CultureInfo.InvariantCulture,
            "{0} ({1}, {2}, {3}–{4}; 开局之年 {3}, 收官之年 {4})",
            plan.EnglishName,
            plan.ToString("Q", CultureInfo.InvariantCulture),
            plan.FormalName,
            plan.FirstYear,
            plan.LastYear);

    private static string Describe(CalendarPeriod period) =>
        period.IsWholeMonths
            ? string.Format(CultureInfo.InvariantCulture, "{0}, {1} month{2}, {3} days", Kind(period.Kind), period.MonthCount, period.MonthCount == 1 ? string.Empty : "s", period.DayCount)
            : string.Format(CultureInfo.InvariantCulture, "{0}, {1} days", Kind(period.Kind), period.DayCount);

    private static string Kind(CalendarPeriodKind kind) => kind switch
    {
        CalendarPeriodKind.Year => "year",
        CalendarPeriodKind.HalfYear => "half-year",
        CalendarPeriodKind.Quarter => "quarter",
        CalendarPeriodKind.Month => "month",
        CalendarPeriodKind.MonthRange => "month range",
        CalendarPeriodKind.DayRange => "day range",
        _ => kind.ToString(),
    };

    internal static string Line(string label, string value) =>
        string.Format(CultureInfo.InvariantCulture, "{0,-14}{1}", label + ":", value);
}
