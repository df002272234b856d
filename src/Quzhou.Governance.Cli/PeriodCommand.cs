using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.IO;
using Quzhou.Governance.Periods;
using Quzhou.Governance.Periods.Text;

namespace Quzhou.Governance.Cli;

/// <summary><c>qzgov period &lt;text&gt;</c>: explains a period — its plan, months, same span in the previous plan, codes.</summary>
/// <remarks>Everything is checked before anything is printed: a bad <c>--year</c> or <c>--end</c>, an option the
/// text does not use, an end that does not fit a plan reference — each is one message on stderr and exit 2,
/// with nothing on stdout.</remarks>
internal static class PeriodCommand
{
    internal static Command Create(TextWriter output, TextWriter error)
    {
        var text = new Argument<string>("text") { Description = "A period code (2025-Q3, 2021-01/2025-10, 2021-01-01/P58M) or Chinese phrase (2025年前三季度, 2021年1月至2025年10月, “十四五”)." };
        var year = new Option<int?>("--year")
        {
            Description = "The year, 1 to 9999, of a phrase written without one (1—10月, 前三季度).",
            CustomParser = ParseYear,
        };
        var end = new Option<CalendarPeriod?>("--end")
        {
            Description = "The latest period with data, as a code (2025-10): the end of “十四五”以来 and “十三五”同期.",
            CustomParser = ParseEnd,
        };
        var command = new Command("period", "Explains a planning or calendar period.") { text, year, end };
        command.SetAction(parsed => Run(parsed.GetValue(text) ?? string.Empty, parsed.GetValue(year), parsed.GetValue(end), output, error));
        return command;
    }

    internal static int Run(string text, int? year, CalendarPeriod? end, TextWriter output, TextWriter error)
    {
        if (!TryExplain(text, year, end, out var explanation, out var message))
        {
            error.WriteLine(message);
            return Program.BadInput;
        }

        output.Write(explanation);
        return Program.Success;
    }

    /// <summary>Explains <paramref name="text"/>, or says in one line why it cannot; writes nothing itself.</summary>
    internal static bool TryExplain(string text, int? year, CalendarPeriod? latest, out string explanation, out string message)
    {
        explanation = string.Empty;
        var end = latest?.End;
        var context = new PeriodReadingContext { Year = year, End = end };
        var result = CalendarPeriodText.Read(text, context);
        if (result.Success)
        {
            if (!CheckOptionsApply(text, year, latest, result.Value, out message))
            {
                return false;
            }

            explanation = Write(text, result.Value);
            return true;
        }

        var plan = PlanReference.Read(text);
        if (!plan.Success)
        {
            message = Messages.Describe(result.Error);
            return false;
        }

        var reference = plan.Value;
        if (year is not null)
        {
            message = string.Format(CultureInfo.InvariantCulture, "--year does not apply to {0}: a plan reference names its own years.", reference);
            return false;
        }

        if (reference.NeedsEnd && end is not { } last)
        {
            message = string.Format(CultureInfo.InvariantCulture, "{0} runs to the end of the latest data: give it with --end, as in --end 2025-10.", reference);
            return false;
        }

        if (!reference.NeedsEnd && end is not null)
        {
            message = string.Format(CultureInfo.InvariantCulture, "--end does not apply to {0}: only 以来 and 同期 run to an end.", reference);
            return false;
        }

        CalendarPeriod period;
        CalendarPeriod? compared = null;
        try
        {
            period = reference.ToPeriod(end);
            if (reference.Kind == PlanReferenceKind.SameSpan)
            {
                compared = new PlanReference(reference.Plan.Next(), PlanReferenceKind.SinceStart).ToPeriod(end);
            }
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            // The end came from the user: the library's reason is the message.
            message = "--end: " + Messages.Plain(ex);
            return false;
        }

        message = string.Empty;
        explanation = WritePlan(text, reference, period, compared);
        return true;
    }

    private static int? ParseYear(ArgumentResult result)
    {
        var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1 && year <= 9999)
        {
            return year;
        }

        result.AddError(string.Format(CultureInfo.InvariantCulture, "--year: expected a year from 1 to 9999 in digits, found \"{0}\".", Messages.Window(token, 0)));
        return null;
    }

    private static CalendarPeriod? ParseEnd(ArgumentResult result)
    {
        var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        var latest = CalendarPeriodText.ReadCode(token);
        if (latest.Success)
        {
            return latest.Value;
        }

        result.AddError("--end: " + Messages.Describe(latest.Error) + " Give the latest period with data as a code, such as 2025-10.");
        return null;
    }

    // An option the text reads the same without is an option it does not use: say so rather than ignore it.
    private static bool CheckOptionsApply(string text, int? year, CalendarPeriod? latest, CalendarPeriod period, out string message)
    {
        message = string.Empty;
        var end = latest?.End;
        var yearUnused = year is not null && ReadsSame(text, new PeriodReadingContext { End = end }, period);
        var endUnused = end is not null && ReadsSame(text, new PeriodReadingContext { Year = year }, period);
        if (yearUnused && endUnused && !ReadsSame(text, default, period))
        {
            message = string.Format(CultureInfo.InvariantCulture, "\"{0}\" takes its year from --year or from --end: give only one of them.", Messages.Window(text, 0));
            return false;
        }

        if (yearUnused)
        {
            message = string.Format(CultureInfo.InvariantCulture, "--year does not apply to \"{0}\": it reads as {1} without it.", Messages.Window(text, 0), period.ToString("G", CultureInfo.InvariantCulture));
            return false;
        }

        if (endUnused)
        {
            message = string.Format(CultureInfo.InvariantCulture, "--end does not apply to \"{0}\": it reads as {1} without it.", Messages.Window(text, 0), period.ToString("G", CultureInfo.InvariantCulture));
            return false;
        }

        return true;
    }

    private static bool ReadsSame(string text, PeriodReadingContext context, CalendarPeriod period)
    {
        var again = CalendarPeriodText.Read(text, context);
        return again.Success && again.Value == period;
    }

    private static string Write(string input, CalendarPeriod period)
    {
        var zh = CultureInfo.GetCultureInfo("zh-CN");
        var inv = CultureInfo.InvariantCulture;
        var output = new StringWriter(inv);
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

        return output.ToString();
    }

    private static string WritePlan(string input, PlanReference reference, CalendarPeriod period, CalendarPeriod? compared)
    {
        var inv = CultureInfo.InvariantCulture;
        var output = new StringWriter(inv);
        output.WriteLine(Line("input", input));
        output.WriteLine(Line("plan", DescribePlan(reference.Plan)));
        output.WriteLine(Line("reference", reference.ToString(null, inv)));
        if (compared is { } other)
        {
            output.WriteLine(Line("compared", string.Format(inv, "{0} ({1})", other.ToString("G", inv), Describe(other))));
        }

        output.WriteLine(Line("period", string.Format(inv, "{0} ({1})", period.ToString("G", inv), Describe(period))));
        return output.ToString();
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
