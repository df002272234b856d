using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using Quzhou.Governance.Claims;

namespace Quzhou.Governance.Text;

/// <summary>
/// A claim a <see cref="BulletinReader"/> read out of text, with where it came from: the span of its clause (every
/// number the claim reports appears in it), the span of each figure, and each subject as written, with its span.
/// All spans point into the original text. Immutable.
/// </summary>
public sealed class ReadClaim
{
    private const string FigureSpansName = "figureSpans";

    // The figures' spans, then the subjects' spans: one array for both.
    private readonly SourceSpan[] spans;
    private readonly string[] subjectTexts;

    // The read-only views, made when first asked for (a reading of thousands of claims mostly reads the claims).
    private IReadOnlyList<SourceSpan>? figureSpansView;
    private IReadOnlyList<string>? subjectTextsView;
    private IReadOnlyList<SourceSpan>? subjectSpansView;

    /// <summary>Creates a read claim.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="span">The span of the text it came from.</param>
    /// <param name="figureSpans">The span of each figure, in the order of <see cref="Claims.Claim.Figures"/>.</param>
    /// <param name="subjectTexts">Each subject as written in the original text (before folding), in the order of
    /// <see cref="Claims.Claim.Subjects"/>.</param>
    /// <param name="subjectSpans">The span of each subject, in the same order (empty for a subject the text does
    /// not print, such as the region of a streak).</param>
    /// <param name="inheritsPeriod">Whether the claim's period came from its paragraph or the title rather than its
    /// own sentence.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The counts do not match the claim's figures and subjects, or a figure's
    /// span lies outside <paramref name="span"/>.</exception>
    public ReadClaim(
        Claim claim,
        SourceSpan span,
        IEnumerable<SourceSpan> figureSpans,
        IEnumerable<string> subjectTexts,
        IEnumerable<SourceSpan> subjectSpans,
        bool inheritsPeriod = false)
        : this(
            Preconditions.CheckNotNull(claim, nameof(claim)),
            span,
            Preconditions.CheckNotNull(figureSpans, nameof(figureSpans)).ToArray(),
            Preconditions.CheckNotNull(subjectTexts, nameof(subjectTexts)).ToArray(),
            Preconditions.CheckNotNull(subjectSpans, nameof(subjectSpans)).ToArray(),
            inheritsPeriod)
    {
    }

    private ReadClaim(Claim claim, SourceSpan span, SourceSpan[] figureSpans, string[] subjectTexts, SourceSpan[] subjectSpans, bool inheritsPeriod)
        : this(claim, span, Check(claim, figureSpans, subjectSpans), subjectTexts, inheritsPeriod)
    {
    }

    // Takes the arrays as they are (the public constructor copies; the reader hands over arrays of its own).
    private ReadClaim(Claim claim, SourceSpan span, SourceSpan[] spans, string[] subjectTexts, bool inheritsPeriod)
    {
        var figureCount = claim.FigureCount;
        Preconditions.CheckArgument(spans.Length == figureCount + claim.SubjectCount, nameof(spans), "A read claim has one span per figure and one per subject, but had {0}.", spans.Length);
        Preconditions.CheckArgument(subjectTexts.Length == claim.SubjectCount && Array.IndexOf(subjectTexts, null) < 0, nameof(subjectTexts), "A read claim has one text per subject, but had {0}.", subjectTexts.Length);
        Preconditions.CheckArgument(AllInside(spans, figureCount, span), FigureSpansName, "Every figure's span lies inside the claim's span {0}.", span);
        Claim = claim;
        this.spans = spans;
        this.subjectTexts = subjectTexts;
        Span = span;
        InheritsPeriod = inheritsPeriod;
    }

    /// <summary>A read claim over arrays the caller gives up (no copy), checked as the public constructor checks.</summary>
    internal static ReadClaim Of(Claim claim, SourceSpan span, SourceSpan[] figureSpans, string[] subjectTexts, SourceSpan[] subjectSpans, bool inheritsPeriod) =>
        new(claim, span, figureSpans, subjectTexts, subjectSpans, inheritsPeriod);

    /// <summary>A read claim over one array of the figures' spans then the subjects' spans and the subjects' texts,
    /// which the caller gives up (no copy; the texts may be shared, as the claim never changes them).</summary>
    internal static ReadClaim OfSpans(Claim claim, SourceSpan span, SourceSpan[] spans, string[] subjectTexts, bool inheritsPeriod) =>
        new(claim, span, spans, subjectTexts, inheritsPeriod);

    /// <summary>The same spans and texts (shared, as neither claim changes them) with <paramref name="claim"/>, which
    /// has the same figures and subjects (a link or a base added).</summary>
    internal ReadClaim With(Claim claim) => new(claim, Span, spans, subjectTexts, InheritsPeriod);

    /// <summary>The figures' spans then the subjects' spans, one array, after checking that there is one per figure
    /// and one per subject.</summary>
    private static SourceSpan[] Check(Claim claim, SourceSpan[] figureSpans, SourceSpan[] subjectSpans)
    {
        Preconditions.CheckArgument(figureSpans.Length == claim.FigureCount, nameof(figureSpans), "A read claim has one span per figure, but had {0}.", figureSpans.Length);
        Preconditions.CheckArgument(subjectSpans.Length == claim.SubjectCount, nameof(subjectSpans), "A read claim has one span per subject, but had {0}.", subjectSpans.Length);
        var spans = new SourceSpan[figureSpans.Length + subjectSpans.Length];
        figureSpans.CopyTo(spans, 0);
        subjectSpans.CopyTo(spans, figureSpans.Length);
        return spans;
    }

    private static bool AllInside(SourceSpan[] spans, int count, SourceSpan span)
    {
        for (var i = 0; i < count; i++)
        {
            if (!span.Contains(spans[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The claim.</summary>
    public Claim Claim { get; }

    /// <summary>The span of the text the claim came from (its clause, or its sentence for a 分别 list).</summary>
    public SourceSpan Span { get; }

    /// <summary>The span of each figure, in the order of the claim's figures.</summary>
    public IReadOnlyList<SourceSpan> FigureSpans => figureSpansView ??= new ReadOnlyCollection<SourceSpan>(new ArraySegment<SourceSpan>(spans, 0, Claim.FigureCount));

    /// <summary>Each subject as the original text writes it (before folding).</summary>
    public IReadOnlyList<string> SubjectTexts => subjectTextsView ??= Array.AsReadOnly(subjectTexts);

    /// <summary>The span of each subject (empty for a subject the text does not print).</summary>
    public IReadOnlyList<SourceSpan> SubjectSpans => subjectSpansView ??= new ReadOnlyCollection<SourceSpan>(new ArraySegment<SourceSpan>(spans, Claim.FigureCount, Claim.SubjectCount));

    /// <summary>Whether the claim's period came from its paragraph or title rather than its own sentence.</summary>
    public bool InheritsPeriod { get; }

    /// <summary>The claim and its span: <c>[12..40) 全市刑事案件…</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Span.ToString() + " " + Claim.ToString();
}
