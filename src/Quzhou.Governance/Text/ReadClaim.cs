using System;
using System.Collections.Generic;
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
    private readonly SourceSpan[] figureSpans;
    private readonly string[] subjectTexts;
    private readonly SourceSpan[] subjectSpans;

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
    {
        Claim = Preconditions.CheckNotNull(claim, nameof(claim));
        this.figureSpans = Preconditions.CheckNotNull(figureSpans, nameof(figureSpans)).ToArray();
        this.subjectTexts = Preconditions.CheckNotNull(subjectTexts, nameof(subjectTexts)).ToArray();
        this.subjectSpans = Preconditions.CheckNotNull(subjectSpans, nameof(subjectSpans)).ToArray();
        Preconditions.CheckArgument(this.figureSpans.Length == claim.Figures.Count, nameof(figureSpans), "A read claim has one span per figure, but had {0}.", this.figureSpans.Length);
        Preconditions.CheckArgument(this.subjectTexts.Length == claim.Subjects.Count && this.subjectTexts.All(t => t is not null), nameof(subjectTexts), "A read claim has one text per subject, but had {0}.", this.subjectTexts.Length);
        Preconditions.CheckArgument(this.subjectSpans.Length == claim.Subjects.Count, nameof(subjectSpans), "A read claim has one span per subject, but had {0}.", this.subjectSpans.Length);
        Preconditions.CheckArgument(this.figureSpans.All(span.Contains), nameof(figureSpans), "Every figure's span lies inside the claim's span {0}.", span);
        Span = span;
        InheritsPeriod = inheritsPeriod;
        FigureSpans = Array.AsReadOnly(this.figureSpans);
        SubjectTexts = Array.AsReadOnly(this.subjectTexts);
        SubjectSpans = Array.AsReadOnly(this.subjectSpans);
    }

    /// <summary>The claim.</summary>
    public Claim Claim { get; }

    /// <summary>The span of the text the claim came from (its clause, or its sentence for a 分别 list).</summary>
    public SourceSpan Span { get; }

    /// <summary>The span of each figure, in the order of the claim's figures.</summary>
    public IReadOnlyList<SourceSpan> FigureSpans { get; }

    /// <summary>Each subject as the original text writes it (before folding).</summary>
    public IReadOnlyList<string> SubjectTexts { get; }

    /// <summary>The span of each subject (empty for a subject the text does not print).</summary>
    public IReadOnlyList<SourceSpan> SubjectSpans { get; }

    /// <summary>Whether the claim's period came from its paragraph or title rather than its own sentence.</summary>
    public bool InheritsPeriod { get; }

    /// <summary>The claim and its span: <c>[12..40) 全市刑事案件…</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Span.ToString() + " " + Claim.ToString();
}
