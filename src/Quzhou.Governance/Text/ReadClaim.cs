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

    // The figures' spans, then the subjects' spans, from spanStart of one array: the claim's own, or a block of the
    // reading's that holds the spans of many claims (one array per thousands of claims, not one per claim).
    private readonly SourceSpan[] spans;
    private readonly int spanStart;
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
        : this(claim, span, Check(claim, figureSpans, subjectSpans), 0, figureSpans.Length + subjectSpans.Length, subjectTexts, inheritsPeriod)
    {
    }

    // Takes the arrays as they are (the public constructor copies; the reader hands over arrays of its own): the
    // claim's spans are the spanCount from spanStart of spans.
    private ReadClaim(Claim claim, SourceSpan span, SourceSpan[] spans, int spanStart, int spanCount, string[] subjectTexts, bool inheritsPeriod)
    {
        var figureCount = claim.FigureCount;
        Preconditions.CheckArgument(spanCount == figureCount + claim.SubjectCount && spanStart >= 0 && spanStart <= spans.Length - spanCount, nameof(spans), "A read claim has one span per figure and one per subject, but had {0}.", spanCount);
        Preconditions.CheckArgument(subjectTexts.Length == claim.SubjectCount && Array.IndexOf(subjectTexts, null) < 0, nameof(subjectTexts), "A read claim has one text per subject, but had {0}.", subjectTexts.Length);
        Preconditions.CheckArgument(AllInside(spans, spanStart, figureCount, span), FigureSpansName, "Every figure's span lies inside the claim's span {0}.", span);
        Claim = claim;
        this.spans = spans;
        this.spanStart = spanStart;
        this.subjectTexts = subjectTexts;
        Span = span;
        InheritsPeriod = inheritsPeriod;
    }

    /// <summary>A read claim whose figures' spans then subjects' spans are the ones from <paramref name="start"/> of
    /// <paramref name="block"/>, an array the reader shares between the claims of one reading and never changes after.</summary>
    internal static ReadClaim InBlock(Claim claim, SourceSpan span, SourceSpan[] block, int start, string[] subjectTexts, bool inheritsPeriod) =>
        new(claim, span, block, start, claim.FigureCount + claim.SubjectCount, subjectTexts, inheritsPeriod);

    /// <summary>The same spans and texts (shared, as neither claim changes them) with <paramref name="claim"/>, which
    /// has the same figures and subjects (a link or a base added).</summary>
    internal ReadClaim With(Claim claim) => new(claim, Span, spans, spanStart, claim.FigureCount + claim.SubjectCount, subjectTexts, InheritsPeriod);

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

    private static bool AllInside(SourceSpan[] spans, int start, int count, SourceSpan span)
    {
        for (var i = start; i < start + count; i++)
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
    public IReadOnlyList<SourceSpan> FigureSpans => figureSpansView ??= new ReadOnlyCollection<SourceSpan>(new ArraySegment<SourceSpan>(spans, spanStart, Claim.FigureCount));

    /// <summary>Each subject as the original text writes it (before folding).</summary>
    public IReadOnlyList<string> SubjectTexts => subjectTextsView ??= Array.AsReadOnly(subjectTexts);

    /// <summary>The span of each subject (empty for a subject the text does not print).</summary>
    public IReadOnlyList<SourceSpan> SubjectSpans => subjectSpansView ??= new ReadOnlyCollection<SourceSpan>(new ArraySegment<SourceSpan>(spans, spanStart + Claim.FigureCount, Claim.SubjectCount));

    /// <summary>Whether the claim's period came from its paragraph or title rather than its own sentence.</summary>
    public bool InheritsPeriod { get; }

    /// <summary>The claim and its span: <c>[12..40) 全市刑事案件…</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Span.ToString() + " " + Claim.ToString();
}
