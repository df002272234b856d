using System;
using System.Globalization;
using NodaTime;
using Quzhou.Governance.Parsing;
using Quzhou.Governance.Periods.Text;
#if NET7_0_OR_GREATER
using System.Numerics;
#endif

namespace Quzhou.Governance.Periods;

/// <summary>
/// A plan's name as written in a bulletin, with what its suffix says it refers to: “十四五”期间 (the whole
/// plan), “十四五”以来 (since its start), 较“十三五”同期 (the same span), “十四五”开局之年 (its first year).
/// </summary>
/// <remarks>The default value is the whole 1st plan.</remarks>
public readonly struct PlanReference : IEquatable<PlanReference>, IFormattable
#if NET7_0_OR_GREATER
    , IParsable<PlanReference>, ISpanParsable<PlanReference>
    , IEqualityOperators<PlanReference, PlanReference, bool>
#endif
{
    /// <summary>Creates a reference to <paramref name="plan"/>.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="kind">What the reference covers.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public PlanReference(FiveYearPlan plan, PlanReferenceKind kind)
    {
        Preconditions.CheckArgumentRange(nameof(kind), (int)kind, (int)PlanReferenceKind.WholePlan, (int)PlanReferenceKind.ClosingYear);
        Plan = plan;
        Kind = kind;
    }

    /// <summary>The plan named.</summary>
    public FiveYearPlan Plan { get; }

    /// <summary>What the words after the name say the reference covers.</summary>
    public PlanReferenceKind Kind { get; }

    /// <summary>Whether the period referred to runs to an end that the reference does not say: true for
    /// <see cref="PlanReferenceKind.SinceStart"/> (以来) and <see cref="PlanReferenceKind.SameSpan"/> (同期), whose
    /// <see cref="ToPeriod"/> needs the end of the latest data; false for the whole plan and its opening or closing
    /// year, which ignore it.</summary>
    public bool NeedsEnd => Kind is PlanReferenceKind.SinceStart or PlanReferenceKind.SameSpan;

    /// <summary>
    /// The period referred to: the whole plan, its opening or closing year; for
    /// <see cref="PlanReferenceKind.SinceStart"/> (“十四五”以来) the plan's first day to <paramref name="end"/>; for
    /// <see cref="PlanReferenceKind.SameSpan"/> (较“十三五”同期) the span of this plan that matches the next plan from
    /// its first day to <paramref name="end"/> (<see cref="FiveYearPlan.SameSpanInPrevious"/>): with the data to
    /// 2025-10-31, “十三五”同期 is 2016-01/2020-10, the same span as 2021-01/2025-10 of the 14th plan.
    /// </summary>
    /// <param name="end">The last day of the latest data, needed by 以来 and 同期 (see <see cref="NeedsEnd"/>);
    /// ignored by the other kinds.</param>
    /// <returns>The period.</returns>
    /// <exception cref="InvalidOperationException">The kind is 以来 or 同期 and there is no end, or the kind is 同期
    /// and the plan is the last handled (there is no next plan to compare).</exception>
    /// <exception cref="ArgumentException">For 以来, <paramref name="end"/> is before the plan's start; for 同期, it is
    /// not inside the next plan; or it is not an ISO date in years 1–9999.</exception>
    [Pure]
    public CalendarPeriod ToPeriod(LocalDate? end = null)
    {
        switch (Kind)
        {
            case PlanReferenceKind.WholePlan:
                return Plan.Period;
            case PlanReferenceKind.OpeningYear:
                return Plan.OpeningYear;
            case PlanReferenceKind.ClosingYear:
                return Plan.ClosingYear;
        }

        if (end is not { } last)
        {
            Preconditions.ThrowInvalidOperation(Kind == PlanReferenceKind.SinceStart
                ? "以来 (since the plan's start) needs an end: pass the last day covered."
                : "同期 (the same span) needs an end: pass the last day covered by the period it is compared with.");
            return default;
        }

        if (Kind == PlanReferenceKind.SinceStart)
        {
            var start = Plan.Period.Start;
            if (last < start)
            {
                Preconditions.ThrowArgument(nameof(end), string.Format(
                    CultureInfo.InvariantCulture,
                    "{0} runs from the plan's first day, {1:yyyy-MM-dd}, to the end; the end {2:yyyy-MM-dd} is before it.",
                    ToString(),
                    start,
                    last));
            }

            return CalendarPeriod.ForDays(start, last);
        }

        if (!Plan.HasNext)
        {
            Preconditions.ThrowInvalidOperation(string.Format(
                CultureInfo.InvariantCulture,
                "{0} compares with the plan after the {1}, which is past the last Five-Year Plan handled.",
                ToString(),
                Plan.EnglishName));
        }

        var next = Plan.Next();
        if (!next.Contains(last.Year))
        {
            Preconditions.ThrowArgument(nameof(end), string.Format(
                CultureInfo.InvariantCulture,
                "{0} is the same span as the {1} from its first day to the end; the end {2:yyyy-MM-dd} is not inside the {1} ({3}–{4}).",
                ToString(),
                next.EnglishName,
                last,
                next.FirstYear,
                next.LastYear));
        }

        return next.SameSpanInPrevious(CalendarPeriod.ForDays(next.Period.Start, last));
    }

    /// <summary>Whether <paramref name="other"/> names the same plan with the same kind.</summary>
    /// <param name="other">Another reference.</param>
    /// <returns>True when equal.</returns>
    [Pure]
    public bool Equals(PlanReference other) => Plan == other.Plan && Kind == other.Kind;

    /// <summary>Whether <paramref name="obj"/> is an equal reference.</summary>
    /// <param name="obj">An object.</param>
    /// <returns>True when equal.</returns>
    [Pure]
    public override bool Equals(object? obj) => obj is PlanReference other && Equals(other);

    /// <summary>A hash of the plan and kind.</summary>
    /// <returns>The hash code.</returns>
    [Pure]
    public override int GetHashCode() => (Plan.Ordinal * 8) + (int)Kind;

    /// <summary>Whether two references are equal.</summary>
    /// <param name="left">A reference.</param>
    /// <param name="right">Another reference.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(PlanReference left, PlanReference right) => left.Equals(right);

    /// <summary>Whether two references differ.</summary>
    /// <param name="left">A reference.</param>
    /// <param name="right">Another reference.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(PlanReference left, PlanReference right) => !left.Equals(right);

    /// <summary>The Chinese form: “十四五”, “十四五”以来, “十三五”同期, “十四五”开局之年, “十四五”收官之年.</summary>
    /// <returns>The text.</returns>
    [Pure]
    public override string ToString() => ToString(null, null);

    /// <summary>The Chinese form (the only one; any null or "G", "zh" or "C" format gives it).</summary>
    /// <param name="format">null, "", "G", "zh" or "C".</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is unknown.</exception>
    [Pure]
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        if (format is not (null or "" or "G" or "zh" or "C"))
        {
            throw new FormatException(string.Format(CultureInfo.InvariantCulture, "Unknown PlanReference format \"{0}\"; use G, zh or C.", format));
        }

        var name = "\u201C" + Plan.ShortName + "\u201D";
        return Kind switch
        {
            PlanReferenceKind.SinceStart => name + "以来",
            PlanReferenceKind.SameSpan => name + "同期",
            PlanReferenceKind.OpeningYear => name + "开局之年",
            PlanReferenceKind.ClosingYear => name + "收官之年",
            _ => name,
        };
    }

    /// <summary>Reads a plan's name and what follows it (时期, 期间, 规划, 以来, 同期, 开局之年, 收官之年).</summary>
    /// <param name="text">The text, such as <c>“十四五”以来</c> or <c>14th Five-Year Plan</c>.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="UnparsableValueException">The text is not a plan's name.</exception>
    [Pure]
    public static PlanReference Parse(string text) => Read(text).Value;

    /// <summary>Reads a plan's name and what follows it, never throwing on bad text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The reference, or where and why reading failed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    [Pure]
    public static ParseResult<PlanReference> Read(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        return PlanNameReader.Read(text.AsSpan(), text);
    }

    /// <summary>Reads as <see cref="Parse(string)"/> does, without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The reference, or the default value.</param>
    /// <returns>Whether the text was a plan's name.</returns>
    public static bool TryParse(string? text, out PlanReference result)
    {
        if (text is not null)
        {
            return PlanNameReader.TryReadWhole(text.AsSpan(), out result);
        }

        result = default;
        return false;
    }

#if NET7_0_OR_GREATER
    /// <inheritdoc/>
    static PlanReference IParsable<PlanReference>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool IParsable<PlanReference>.TryParse(string? s, IFormatProvider? provider, out PlanReference result) => TryParse(s, out result);

    /// <inheritdoc/>
    static PlanReference ISpanParsable<PlanReference>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => PlanNameReader.Read(s).Value;

    /// <inheritdoc/>
    static bool ISpanParsable<PlanReference>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out PlanReference result) =>
        PlanNameReader.TryReadWhole(s, out result);
#endif
}
