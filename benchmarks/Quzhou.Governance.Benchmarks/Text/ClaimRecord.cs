using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using Quzhou.Governance.Claims;
using Quzhou.Governance.Figures;
using Quzhou.Governance.Text;

namespace Quzhou.Governance.Benchmarks.Text;

/// <summary>
/// What one claim of a bulletin says, in a form two readers can be compared by: its kind, each subject's indicator
/// code (or its words when the catalog knows none), its figures, the kind of its base and its period (start and end,
/// and whether it was inherited from the paragraph or a title rather than stated in the sentence). Spans, ids,
/// predicates and links are left out: the regular-expression reader of <see cref="BulletinClaimsBenchmarks"/> gives
/// none of them.
/// </summary>
public sealed class ClaimRecord : IEquatable<ClaimRecord>
{
    /// <summary>Makes a record.</summary>
    /// <param name="kind">The kind of claim.</param>
    /// <param name="subjects">Each subject's indicator code, or its words.</param>
    /// <param name="figures">The figures, in the order printed.</param>
    /// <param name="baseKind">The kind of the base (none for a level, unstated for a change without one).</param>
    /// <param name="periodStart">The first day of the period, or null when the claim has none.</param>
    /// <param name="periodEnd">The last day of the period, or null when the claim has none.</param>
    /// <param name="inheritsPeriod">Whether the period came from the paragraph or a title.</param>
    public ClaimRecord(ClaimKind kind, IReadOnlyList<string> subjects, IReadOnlyList<RecordFigure> figures, ClaimBaseKind baseKind,
        LocalDate? periodStart, LocalDate? periodEnd, bool inheritsPeriod)
    {
        Kind = kind;
        Subjects = subjects ?? throw new ArgumentNullException(nameof(subjects));
        Figures = figures ?? throw new ArgumentNullException(nameof(figures));
        Base = baseKind;
        PeriodStart = periodStart;
        PeriodEnd = periodEnd;
        InheritsPeriod = inheritsPeriod;
    }

    /// <summary>The kind of claim (a level, a relative change, a count, a streak…).</summary>
    public ClaimKind Kind { get; }

    /// <summary>Each subject's indicator code, or its words when the catalog knows none.</summary>
    public IReadOnlyList<string> Subjects { get; }

    /// <summary>The figures, in the order printed.</summary>
    public IReadOnlyList<RecordFigure> Figures { get; }

    /// <summary>The kind of the base (同比, 比上年, 较“十三五”…; none for a level, unstated for a change without one).</summary>
    public ClaimBaseKind Base { get; }

    /// <summary>The first day of the period, or null when the claim has none.</summary>
    public LocalDate? PeriodStart { get; }

    /// <summary>The last day of the period, or null when the claim has none.</summary>
    public LocalDate? PeriodEnd { get; }

    /// <summary>Whether the period came from the paragraph or a title rather than the sentence.</summary>
    public bool InheritsPeriod { get; }

    /// <summary>The library's claim projected the same way: the subjects' codes or texts, each figure's printed value,
    /// decimals, magnitude and unit words and direction, the base's kind, the period's first and last days.</summary>
    /// <param name="read">A claim <see cref="BulletinReader"/> read.</param>
    /// <returns>The record.</returns>
    public static ClaimRecord Of(ReadClaim read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var claim = read.Claim;
        var subjects = new string[claim.Subjects.Count];
        for (var i = 0; i < subjects.Length; i++)
        {
            subjects[i] = claim.Subjects[i].IndicatorCode ?? claim.Subjects[i].Text;
        }

        var figures = new RecordFigure[claim.Figures.Count];
        for (var i = 0; i < figures.Length; i++)
        {
            var figure = claim.Figures[i];
            figures[i] = new RecordFigure(figure.Value, figure.Decimals, MagnitudeWord(figure.Magnitude) + figure.Unit.Text, figure.Direction);
        }

        return new ClaimRecord(claim.Kind, subjects, figures, claim.Base.Kind, claim.Period?.Start, claim.Period?.End, read.InheritsPeriod);
    }

    /// <inheritdoc />
    public bool Equals(ClaimRecord? other) =>
        other is not null && Kind == other.Kind && Base == other.Base && PeriodStart == other.PeriodStart && PeriodEnd == other.PeriodEnd
        && InheritsPeriod == other.InheritsPeriod && Subjects.SequenceEqual(other.Subjects, StringComparer.Ordinal) && Figures.SequenceEqual(other.Figures);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ClaimRecord);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Base, PeriodStart, PeriodEnd, Subjects.Count, Figures.Count);

    /// <summary>The record in one line, for the message of a disagreement.</summary>
    /// <returns>Kind, subjects, figures, base and period.</returns>
    public override string ToString() =>
        Kind.ToString() + " [" + string.Join("、", Subjects) + "] "
        + string.Join(" ", Figures.Select(f => f.Direction.ToString() + " " + f.Value.ToString(CultureInfo.InvariantCulture) + "/" + f.Decimals.ToString(CultureInfo.InvariantCulture) + f.Unit))
        + " base " + Base.ToString() + " period " + (PeriodStart?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-") + "/"
        + (PeriodEnd?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-") + (InheritsPeriod ? " inherited" : string.Empty);

    private static string MagnitudeWord(Magnitude magnitude) => magnitude switch
    {
        Magnitude.TenThousand => "万",
        Magnitude.HundredMillion => "亿",
        Magnitude.Trillion => "万亿",
        _ => string.Empty,
    };
}
