using System.Linq;
using Quzhou.Governance.Claims;

namespace Quzhou.Governance.Text;

/// <summary>
/// The base a change leaves unstated, taken from the same document: a panel repeats 省际边界警情下降23.6% without the
/// prose's 近五年, and the change it repeats is the one the prose states. The reader does it, not the checker, because
/// only the reader sees the document; a claim of claims (a claims file) keeps its unstated base.
/// </summary>
internal sealed partial class BulletinParser
{
    /// <summary>
    /// Gives each change with an unstated base the base the document states for the same kind of change of the same
    /// subjects with the same figures, and drops its QT0002; when the document states two different bases for it, or
    /// none, the base stays unstated (and the checker tries its readings).
    /// </summary>
    private void ResolveUnstatedBases()
    {
        for (var i = 0; i < claims.Count; i++)
        {
            var claim = claims[i].Claim;
            if (claim.Base.Kind != ClaimBaseKind.Unstated)
            {
                continue;
            }

            ClaimBase? stated = null;
            var doubtful = false;
            foreach (var read in claims)
            {
                var other = read.Claim;
                if (other.Kind == claim.Kind && other.Base.IsChange && other.Base.Kind != ClaimBaseKind.Unstated
                    && other.Subjects.Count == claim.Subjects.Count && other.Subjects.Zip(claim.Subjects, (a, b) => a.SameSubjectAs(b)).All(same => same)
                    && other.Figures.SequenceEqual(claim.Figures))
                {
                    doubtful |= stated is { } seen && seen != other.Base;
                    stated = other.Base;
                }
            }

            if (stated is not { } found || doubtful)
            {
                continue;
            }

            var resolved = new Claim(claim.Id, claim.Kind, claim.Subjects, claim.Figures, found, claim.Region, claim.Published, claim.Period, claim.Respectively, claim.Predicate, claim.EnglishPredicate);
            var span = claims[i].Span;
            claims[i] = ReadClaim.Of(claim.Of.Count > 0 ? resolved.WithOf(claim.Of) : resolved, span, claims[i].FigureSpans.ToArray(), claims[i].SubjectTexts.ToArray(), claims[i].SubjectSpans.ToArray(), claims[i].InheritsPeriod);
            diagnostics.RemoveAll(d => d.Kind == TextDiagnosticKind.MissingBase && span.Contains(d.Span));
        }
    }
}
