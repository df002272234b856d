using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Quzhou.Governance.Analyzers;

/// <summary>
/// The one place that declares every rule id and builds every descriptor: title, message, category,
/// default severity (warning, tunable in .editorconfig with <c>dotnet_diagnostic.QGxxxx.severity</c>) and
/// the help link to the rule's page <c>docs/rules/QGxxxx.md</c>. A new rule adds its id to
/// <see cref="Ids"/>, its descriptor here, a line in AnalyzerReleases.Unshipped.md and its page.
/// </summary>
internal static class Rules
{
    /// <summary>The category of every rule.</summary>
    public const string Category = "Quzhou.Governance";

    /// <summary>
    /// Where the rule pages are published: the repository's <c>docs/rules/</c> folder. The help link of
    /// rule X is this followed by <c>X.md</c>.
    /// </summary>
    public const string HelpLinkBase = "https://github.com/quzhou-governance/Quzhou.Governance/blob/main/docs/rules/";

    /// <summary>The rule ids, QG0001 upward; an id is never reused.</summary>
    public static class Ids
    {
        /// <summary>Rounding without a midpoint rule.</summary>
        public const string RoundingWithoutMidpoint = "QG0001";

        /// <summary>Hand-written relative change.</summary>
        public const string HandWrittenRelativeChange = "QG0002";

        /// <summary>Floating point into published figures.</summary>
        public const string FloatingPointIntoFigure = "QG0006";

        /// <summary>Averaging rates.</summary>
        public const string AveragingRates = "QG0003";

        /// <summary>Percent and percentage points mixed by hand.</summary>
        public const string PercentAndPointsMixed = "QG0004";

        /// <summary>Magic plan years.</summary>
        public const string MagicPlanYears = "QG0005";

        /// <summary>Year-on-year by row offset.</summary>
        public const string YearOnYearByOffset = "QG0007";

        /// <summary>A published figure compared by equality with a computed value.</summary>
        public const string PublishedFigureEquality = "QG0008";

        /// <summary>Indicator definitions (a compilation-end rule).</summary>
        public const string IndicatorDefinition = "QG0009";

        /// <summary>Ignored result of a pure call.</summary>
        public const string IgnoredPureResult = "QG0010";
    }

    /// <summary>QG0001: <c>Math.Round</c> and its kin called without a <c>MidpointRounding</c>.</summary>
    public static readonly DiagnosticDescriptor RoundingWithoutMidpoint = Create(
        Ids.RoundingWithoutMidpoint,
        "Rounding without a midpoint rule",
        "'{0}' without a MidpointRounding rounds a tie to even (72.965 → 72.96), not half away from zero as published figures are (四舍五入): {1}",
        "Math.Round, decimal.Round, MathF.Round, double.Round and float.Round round a midpoint to the even neighbour unless told otherwise; published figures are rounded half away from zero. Name the rule (MidpointRounding.AwayFromZero, or ToEven when banker's rounding is meant) or call Rounding.HalfAwayFromZero.");

    /// <summary>QG0002: <c>(a - b) / b</c>, <c>a / b - 1</c> and their <c>* 100</c> forms written by hand.</summary>
    public static readonly DiagnosticDescriptor HandWrittenRelativeChange = Create(
        Ids.HandWrittenRelativeChange,
        "Hand-written relative change",
        "'{0}' computes a relative change by hand: use RelativeChange.Between, which is exact, keeps the type and is undefined (not a DivideByZeroException or infinity) at a zero base",
        "A relative change written as (a - b) / b, a / b - 1 or (a - b) * 100 / b divides in the operands' type: an integer division truncates, a decimal one rounds before the figure is published, a double is inexact, and a zero base throws or gives infinity. RelativeChange.Between keeps the exact fraction, rounds once (四舍五入) when printed and says why a change is undefined.");

    /// <summary>QG0003: the mean of several library rates taken as a rate.</summary>
    public static readonly DiagnosticDescriptor AveragingRates = Create(
        Ids.AveragingRates,
        "Averaging rates",
        "'{0}' averages {1} values: the mean of rates is not the rate of the totals; recompute from the numerators and denominators (Rates.Over, Ratio.Of)",
        "A rate is a fraction of two counts; the mean of several rates weighs every denominator alike and matches no published figure (90/100 and 10/50 average to 55%, the total is 66.67%). Recompute the rate from the summed parts: Rates.Over for series and regions, Ratio.Of for counts at hand.");

    /// <summary>QG0004: the raw values of two library rates subtracted and wrapped again by hand.</summary>
    public static readonly DiagnosticDescriptor PercentAndPointsMixed = Create(
        Ids.PercentAndPointsMixed,
        "Percent and percentage points mixed by hand",
        "'{0}' subtracts the raw values of two {1} values and wraps the difference as {2}: subtract them with the typed operator, which gives PercentagePoints",
        "The difference of two percentages, ratios or relative changes is a number of percentage points (百分点), not a percentage and not a relative change. Unwrapping the values to subtract them and wrapping the result as a Percentage or RelativeChange publishes 2.5 points as 2.5%. The typed operators (a - b) give PercentagePoints; RelativeChange.Between gives the relative change of two levels.");

    /// <summary>QG0005: a Five-Year Plan's boundary years written as numbers in a range check or a pair of dates.</summary>
    public static readonly DiagnosticDescriptor MagicPlanYears = Create(
        Ids.MagicPlanYears,
        "Magic plan years",
        "'{0}' spells the Five-Year Plan {1} by its years: use {2}",
        "A range check or a pair of dates written with a plan's first and last years repeats the plan's calendar by hand: one wrong digit and a year falls in the wrong plan, and nothing says which plan is meant. FiveYearPlan names it (FromOrdinal(14), Parse(\"十四五\"), ForYear) and gives Contains, Period, ToDateInterval, OpeningYear and ClosingYear.");

    /// <summary>QG0006: a <c>double</c> or <c>float</c> converted straight into a library member's decimal argument.</summary>
    public static readonly DiagnosticDescriptor FloatingPointIntoFigure = Create(
        Ids.FloatingPointIntoFigure,
        "Floating point into published figures",
        "A {0} is converted straight into the argument '{1}' of '{2}': keep figures decimal end to end",
        "A binary floating-point number holds 0.1, 2.675 or 1.005 only approximately; converted into a library quantity it carries its error into every published figure. Compute in decimal (or from the integer counts) from the start.");

    /// <summary>QG0007: a library series' values compared with the row 12, 4 or 1 before inside a loop.</summary>
    public static readonly DiagnosticDescriptor YearOnYearByOffset = Create(
        Ids.YearOnYearByOffset,
        "Year-on-year by row offset",
        "'{0}' reads a series' row {1} back as the same period a year earlier: a missing or extra period shifts every later comparison; use Changes.YearOnYear, which matches periods by the calendar",
        "A series' values are rows; the row 12 (months), 4 (quarters) or 1 (years) back is the same period a year earlier only while no period is missing, none is duplicated and the frequency is the one assumed. Changes.YearOnYear matches each period with its own by the calendar and says why a change is undefined.");

    /// <summary>QG0008: <c>figure.Value == x</c> where <c>figure</c> is a <c>PublishedFigure</c> and <c>x</c> is computed.</summary>
    public static readonly DiagnosticDescriptor PublishedFigureEquality = Create(
        Ids.PublishedFigureEquality,
        "A published figure compared by equality with a computed value",
        "'{0}' is compared by equality with the computed '{1}': this misses exact ties, the sign of a direction word, the magnitude and qualifiers (余, 以上); use IsConsistentWith",
        "PublishedFigure.Value is the number as printed, unsigned after a direction word and before the magnitude word (19 for 19万余次). Whether a computed value is consistent with a published figure is a question of intervals: IsConsistentWith(exact) or IsConsistentWith(numerator, denominator) answer it exactly, with the qualifier policy.");

    /// <summary>QG0009 (compilation end): duplicate or refused constant indicator codes, empty names.</summary>
    public static readonly DiagnosticDescriptor IndicatorDefinition = Create(
        Ids.IndicatorDefinition,
        "Indicator definitions",
        "Indicator definition: {0}",
        "An indicator's code identifies it across systems: two indicators with one code make every lookup ambiguous, and a code the constructor refuses fails at the first run instead of at compile time. An empty Chinese or English name prints an empty heading. Reported at the end of the compilation (IDEs show it with full-solution analysis).",
        WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>QG0010: a statement that calls a pure library member and drops the result.</summary>
    public static readonly DiagnosticDescriptor IgnoredPureResult = Create(
        Ids.IgnoredPureResult,
        "Ignored result of a pure call",
        "The result of '{0}' is dropped: {1} returns a {2} and changes nothing, so this statement does nothing; use the result (or remove the call)",
        "The library's value types are immutable: FiveYearPlan.Next(), RelativeChange.ToPercent(2) and CalendarPeriod.SameSpanInPreviousPlan() return a new value and leave the one they were called on as it was. A statement that calls one and drops the result does nothing; usually plan = plan.Next() was meant. The library marks these members [Pure] (System.Diagnostics.Contracts), which CA1806 reads too.");

    /// <summary>A rule's descriptor: a warning by default, in <see cref="Category"/>, with its page as help link.</summary>
    private static DiagnosticDescriptor Create(string id, string title, string messageFormat, string description, params string[] customTags) =>
        new(id, title, messageFormat, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, description, HelpLinkBase + id + ".md", customTags);

    /// <summary>Every descriptor, for the tests that hold each one to its page.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
        ImmutableArray.Create(RoundingWithoutMidpoint, HandWrittenRelativeChange, AveragingRates, PercentAndPointsMixed, MagicPlanYears, FloatingPointIntoFigure, YearOnYearByOffset, PublishedFigureEquality, IndicatorDefinition, IgnoredPureResult);
}
