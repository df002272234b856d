using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using Quzhou.Governance.Figures;
using Quzhou.Governance.Periods;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.Claims;

/// <summary>
/// What a bulletin published about one or more indicators, as a program can recompute, check, audit and print it
/// back: its subjects, each paired with its <see cref="PublishedFigure"/> (“刑事案件、命案总量…分别下降31.3%、
/// 17.5%…”) or all sharing one (“发案数、损失数持续58个月保持“双下降””); its <see cref="ClaimKind"/>; the base of a
/// change; the region; the publication date; and the period, which may be unstated. Immutable; equal when every
/// part is equal.
/// </summary>
public sealed class Claim : IEquatable<Claim>, IFormattable
{
    private readonly ClaimSubject[] subjects;
    private readonly PublishedFigure[] figures;
    private readonly string? idStem;
    private readonly int idNumber;
    private string? id;

    // The read-only views, made when first asked for (a reading of thousands of claims mostly counts and reads them).
    private IReadOnlyList<ClaimSubject>? subjectsView;
    private IReadOnlyList<PublishedFigure>? figuresView;

    /// <summary>Creates a claim.</summary>
    /// <param name="id">A name for the claim, unique within its set (findings and verdicts name it), not empty.</param>
    /// <param name="kind">What the claim states.</param>
    /// <param name="subjects">The subjects, in the order printed; at least one.</param>
    /// <param name="figures">The figures: one per subject, in the same order, or one shared by all; a
    /// <see cref="ClaimKind.Structure"/> of one subject (the whole: 三次产业) has one figure per share.</param>
    /// <param name="base">The base of a change: <see cref="ClaimBase.None"/> for a claim that is not a change; a
    /// stated base or <see cref="ClaimBase.Unstated"/> for <see cref="ClaimKind.RelativeChange"/>,
    /// <see cref="ClaimKind.PercentagePointChange"/>, <see cref="ClaimKind.AbsoluteChange"/> and
    /// <see cref="ClaimKind.Multiple"/>.</param>
    /// <param name="region">The region the figures are of.</param>
    /// <param name="published">The publication date; the candidate periods of an unstated period end at it.</param>
    /// <param name="period">The period the figures are of (for a streak, the span it covers), or null when the text
    /// does not state it.</param>
    /// <param name="respectively">Whether the text writes 分别 before paired figures (only with several figures).</param>
    /// <param name="predicate">The words a streak, threshold or count prints after (a streak, a count) or around its
    /// figure, such as 保持“双下降” or 在全省反诈工作会议上作经验交流; null for none.</param>
    /// <param name="englishPredicate">The English for <paramref name="predicate"/> (“fell year on year together”);
    /// null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="subjects"/> or
    /// <paramref name="figures"/> is null.</exception>
    /// <exception cref="ArgumentException">The id is empty; there is no subject or a default one; the number of
    /// figures is neither one nor the number of subjects; <paramref name="respectively"/> with one figure; the base
    /// does not fit the kind; or a figure does not fit the kind (see <see cref="ClaimKind"/>: a relative change is
    /// in % or ‰, a percentage-point change in 个百分点 or 千分点, a multiple in 倍, 成 or 番, a streak is a whole
    /// count of periods, a threshold carries 以上, 以下, 超过 or 突破, a level, total, count or progress has no
    /// direction word, a count is whole, a structure's shares are bare numbers or %).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public Claim(
        string id,
        ClaimKind kind,
        IEnumerable<ClaimSubject> subjects,
        IEnumerable<PublishedFigure> figures,
        ClaimBase @base,
        RegionCode region,
        LocalDate published,
        CalendarPeriod? period = null,
        bool respectively = false,
        string? predicate = null,
        string? englishPredicate = null)
        : this(
            CheckId(id),
            0,
            CheckKind(kind),
            CopyOf(subjects, nameof(subjects)),
            CopyOf(figures, nameof(figures)),
            @base,
            region,
            published,
            period,
            respectively,
            predicate,
            englishPredicate)
    {
    }

    // Takes the arrays as they are (the public constructor copies; the reader hands over arrays of its own) and
    // checks everything the public constructor documents, each part once. The id is either written out (idNumber 0)
    // or a stem and its number within the set (stem#2), made into a string only when first asked for.
    private Claim(
        string idStem,
        int idNumber,
        ClaimKind kind,
        ClaimSubject[] subjects,
        PublishedFigure[] figures,
        ClaimBase @base,
        RegionCode region,
        LocalDate published,
        CalendarPeriod? period,
        bool respectively,
        string? predicate,
        string? englishPredicate)
    {
        if (subjects.Length == 0)
        {
            Preconditions.ThrowArgument(nameof(subjects), "A claim has at least one subject.");
        }

        for (var i = 0; i < subjects.Length; i++)
        {
            if (subjects[i].Text.Length == 0)
            {
                Preconditions.ThrowArgument(nameof(subjects), "A claim's subjects are named (none is the default value).");
            }
        }

        Preconditions.CheckArgument(
            figures.Length == 1 || figures.Length == subjects.Length || (kind == ClaimKind.Structure && subjects.Length == 1),
            nameof(figures),
            "A claim has one figure per subject or one shared by all, but had {0} figures.",
            figures.Length);
        Preconditions.CheckArgument(!respectively || figures.Length > 1, nameof(respectively), "分别 pairs several figures with their subjects, but the claim has one figure.");
        var isChange = kind is ClaimKind.RelativeChange or ClaimKind.PercentagePointChange or ClaimKind.AbsoluteChange or ClaimKind.Multiple;
        Preconditions.CheckArgument(isChange == @base.IsChange, nameof(@base), "A change has a stated or unstated base and any other claim none, but the base was {0}.", @base.Kind);
        for (var i = 0; i < figures.Length; i++)
        {
            if (!Fits(kind, figures[i], out var expected))
            {
                Preconditions.ThrowArgument(nameof(figures), "The figure " + figures[i].ToString() + " does not fit a claim of kind " + kind.ToString() + ": expected " + expected + ".");
            }
        }

        this.subjects = subjects;
        this.figures = figures;
        if (idNumber <= 1)
        {
            id = idStem;
        }
        else
        {
            this.idStem = idStem;
            this.idNumber = idNumber;
        }

        Kind = kind;
        Base = @base;
        Region = region;
        Published = published;
        Period = period;
        Respectively = respectively;
        Predicate = string.IsNullOrEmpty(predicate) ? null : predicate;
        EnglishPredicate = string.IsNullOrEmpty(englishPredicate) ? null : englishPredicate;
    }

    /// <summary>A claim over arrays the caller gives up (no copy), checked as the public constructor checks; its id
    /// is <paramref name="idStem"/> for the first of its stem (<paramref name="idNumber"/> 1) and stem#n after, made
    /// when first asked for.</summary>
    internal static Claim Owning(
        string idStem,
        int idNumber,
        ClaimKind kind,
        ClaimSubject[] subjects,
        PublishedFigure[] figures,
        ClaimBase @base,
        RegionCode region,
        LocalDate published,
        CalendarPeriod? period = null,
        bool respectively = false,
        string? predicate = null,
        string? englishPredicate = null) =>
        new(CheckId(idStem), idNumber, CheckKind(kind), subjects, figures, @base, region, published, period, respectively, predicate, englishPredicate);

    /// <summary>The claim's name within its set.</summary>
    public string Id => id ??= idStem + "#" + idNumber.ToString(CultureInfo.InvariantCulture);

    /// <summary>What the claim states.</summary>
    public ClaimKind Kind { get; }

    /// <summary>The subjects, in the order printed.</summary>
    public IReadOnlyList<ClaimSubject> Subjects => subjectsView ??= Array.AsReadOnly(subjects);

    /// <summary>The figures: one per subject, or one shared by all (<see cref="IsShared"/>).</summary>
    public IReadOnlyList<PublishedFigure> Figures => figuresView ??= Array.AsReadOnly(figures);

    /// <summary>How many subjects there are, without the read-only view.</summary>
    internal int SubjectCount => subjects.Length;

    /// <summary>How many figures there are, without the read-only view.</summary>
    internal int FigureCount => figures.Length;

    /// <summary>The subjects' own array, for readers inside the library that neither change nor hand it out.</summary>
    internal ClaimSubject[] SubjectArray => subjects;

    /// <summary>The figures' own array, for readers inside the library that neither change nor hand it out.</summary>
    internal PublishedFigure[] FigureArray => figures;

    /// <summary>The base of a change; <see cref="ClaimBase.None"/> when the claim is not one.</summary>
    public ClaimBase Base { get; }

    /// <summary>The region the figures are of.</summary>
    public RegionCode Region { get; }

    /// <summary>The publication date.</summary>
    public LocalDate Published { get; }

    /// <summary>The period the figures are of (for a streak, the span it covers), or null when unstated.</summary>
    public CalendarPeriod? Period { get; }

    /// <summary>Whether the text writes 分别 before the paired figures.</summary>
    public bool Respectively { get; }

    /// <summary>The Chinese words of a streak, threshold or count around its figure (保持“双下降”), or null.</summary>
    public string? Predicate { get; }

    /// <summary>The English for <see cref="Predicate"/>, or null.</summary>
    public string? EnglishPredicate { get; }

    /// <summary>
    /// The ids of the claims this one's figure is of, in order (empty for none): a rate of a number of cases (调查1000户…
    /// 满意率97.18%: the rate is of the count), a total of its parts (共258.3万人，其中男性…、女性…: the total is of the
    /// parts), a difference of two levels (快于城镇居民1.3个百分点: the difference is of the minuend's and the
    /// subtrahend's claims, in that order). <see cref="ClaimAudits.Run"/> audits each link.
    /// </summary>
    public IReadOnlyList<string> Of { get; private set; } = Array.Empty<string>();

    /// <summary>Whether several subjects share one figure (a joint streak: “双下降”).</summary>
    public bool IsShared => figures.Length == 1 && subjects.Length > 1;

    /// <summary>The figure of the subject at <paramref name="index"/>: its own, or the shared one.</summary>
    /// <param name="index">The subject's index.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not a subject's index.</exception>
    /// <remarks>A structure of one subject has its shares in <see cref="Figures"/>; this gives the first.</remarks>
    public PublishedFigure FigureOf(int index)
    {
        Preconditions.CheckArgumentRange(nameof(index), index, 0, subjects.Length - 1);
        if (figures.Length != subjects.Length)
        {
            return figures[0];
        }

        return figures[index];
    }

    /// <summary>The same claim, of the claims <paramref name="ids"/> (see <see cref="Of"/>).</summary>
    /// <param name="ids">The ids of the claims this one's figure is of, in order; none for no link.</param>
    /// <returns>The claim with the link.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ids"/> is null.</exception>
    /// <exception cref="ArgumentException">An id is null or empty, is the claim's own id, or is named twice.</exception>
    public Claim WithOf(IEnumerable<string> ids)
    {
        var of = Preconditions.CheckNotNull(ids, nameof(ids)).ToArray();
        for (var i = 0; i < of.Length; i++)
        {
            Preconditions.CheckArgument(!string.IsNullOrEmpty(of[i]), nameof(ids), "A link names a claim's id, but the id at {0} was null or empty.", i);
            Preconditions.CheckArgument(!string.Equals(of[i], Id, StringComparison.Ordinal), nameof(ids), "A claim is not of itself, but the link named {0}.", of[i]);
            Preconditions.CheckArgument(Array.IndexOf(of, of[i], 0, i) < 0, nameof(ids), "A link names each claim once, but named {0} twice.", of[i]);
        }

        // The subjects and figures are never written after construction: the linked claim shares the arrays.
        var claim = new Claim(Id, 0, Kind, subjects, figures, Base, Region, Published, Period, Respectively, Predicate, EnglishPredicate);
        claim.Of = Array.AsReadOnly(of);
        return claim;
    }

    /// <summary>Compares every part: id, kind, subjects, figures (their precision included), base, region, dates,
    /// period, 分别, the predicate's words and the links (<see cref="Of"/>).</summary>
    /// <param name="other">The other claim.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(Claim? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && Kind == other.Kind
        && subjects.SequenceEqual(other.subjects)
        && figures.SequenceEqual(other.figures)
        && Base == other.Base
        && Region == other.Region
        && Published == other.Published
        && Period == other.Period
        && Respectively == other.Respectively
        && string.Equals(Predicate, other.Predicate, StringComparison.Ordinal)
        && string.Equals(EnglishPredicate, other.EnglishPredicate, StringComparison.Ordinal)
        && Of.SequenceEqual(other.Of, StringComparer.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Claim);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = HashCodes.Combine(StringComparer.Ordinal.GetHashCode(Id), (int)Kind, Base.GetHashCode(), Region.GetHashCode(), Published.GetHashCode());
        foreach (var subject in subjects)
        {
            hash = HashCodes.Combine(hash, subject.GetHashCode());
        }

        foreach (var figure in figures)
        {
            hash = HashCodes.Combine(hash, figure.GetHashCode());
        }

        return hash;
    }

    /// <summary>The claim as a bulletin sentence in Chinese (see <see cref="ToString(string, IFormatProvider)"/>).</summary>
    /// <returns>The sentence.</returns>
    public override string ToString() => ToString("zh", null);

    /// <summary>
    /// The claim as a bulletin sentence: “全市刑事案件、命案总量、盗窃案件、“两抢”案件较“十三五”同期分别下降31.3%、17.5%、
    /// 9.2%和82.2%” or “Criminal cases, homicides, thefts and robberies fell by 31.3%, 17.5%, 9.2% and 82.2%
    /// respectively against the same span of the 13th Five-Year Plan”, each figure with its precision and qualifier.
    /// </summary>
    /// <param name="format">"zh" or "en"; null, "" or "G" for the culture's language (Chinese for a zh culture).</param>
    /// <param name="formatProvider">The culture, for the "G" format.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="FormatException">The format is not one of those.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        ClaimWriter.IsChinese(format, formatProvider) ? ClaimWriter.Chinese(this) : ClaimWriter.English(this);

    private static string CheckId(string id)
    {
        Preconditions.CheckNotNull(id, nameof(id));
        Preconditions.CheckArgument(id.Length > 0, nameof(id), "A claim's id is not empty.");
        return id;
    }

    private static ClaimKind CheckKind(ClaimKind kind)
    {
        Preconditions.CheckArgumentRange(nameof(kind), (int)kind, (int)ClaimKind.Level, (int)ClaimKind.Structure);
        return kind;
    }

    /// <summary>A copy of <paramref name="items"/> of its own: one array, filled in one loop (no LINQ, no list).</summary>
    private static T[] CopyOf<T>(IEnumerable<T> items, string paramName)
    {
        Preconditions.CheckNotNull(items, paramName);
        if (items is T[] array)
        {
            var copy = new T[array.Length];
            for (var i = 0; i < array.Length; i++)
            {
                copy[i] = array[i];
            }

            return copy;
        }

        if (items is List<T> list)
        {
            var copy = new T[list.Count];
            for (var i = 0; i < copy.Length; i++)
            {
                copy[i] = list[i];
            }

            return copy;
        }

        return new List<T>(items).ToArray();
    }

    private static bool Fits(ClaimKind kind, PublishedFigure figure, out string expected)
    {
        var unit = figure.Unit.Kind;
        var signed = figure.Direction != FigureDirection.None;
        switch (kind)
        {
            case ClaimKind.RelativeChange:
                expected = "a change in % or ‰ (下降6.67%)";
                return unit is FigureUnitKind.Percent or FigureUnitKind.Permille;
            case ClaimKind.PercentagePointChange:
                expected = "a change in 个百分点 or 千分点 (提高1.2个百分点)";
                return unit is FigureUnitKind.PercentagePoints or FigureUnitKind.PermillePoints;
            case ClaimKind.AbsoluteChange:
                expected = "a change of a count or amount (增加1360余人)";
                return unit is FigureUnitKind.None or FigureUnitKind.Counter;
            case ClaimKind.Multiple:
                expected = "a multiple in 倍, 成 or 番 (增长1.3倍, 下降三成, 翻一番)";
                return unit is FigureUnitKind.Times or FigureUnitKind.Tenths or FigureUnitKind.Doublings;
            case ClaimKind.Streak:
                expected = "a whole count of periods without a direction word (58个月, 3年)";
                return figure.IsExactCount && !signed && figure.Value > 0m;
            case ClaimKind.ThresholdHeld:
                expected = "a bound: 以上, 以下, 超过 or 突破 (97%以上)";
                return !signed && figure.Qualifier is FigureQualifier.AtLeast or FigureQualifier.AtMost or FigureQualifier.Exceeding or FigureQualifier.Breaking;
            case ClaimKind.Count:
                expected = "a whole count without a direction word (1725个, “0”)";
                return !signed && figure.Value >= 0m && figure.Decimals == 0 && unit is FigureUnitKind.None or FigureUnitKind.Counter;
            case ClaimKind.PlanProgress:
                expected = "a share of the target in % without a direction word (49.15%)";
                return !signed && unit == FigureUnitKind.Percent;
            case ClaimKind.Structure:
                expected = "a share, a bare number or in %, without a direction word (2.8, 41.1%)";
                return !signed && unit is FigureUnitKind.None or FigureUnitKind.Percent;
            default:
                expected = "a figure without a direction word";
                return !signed;
        }
    }
}
