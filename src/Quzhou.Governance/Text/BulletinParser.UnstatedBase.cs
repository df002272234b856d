using System.Collections.Generic;
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
        // The stated changes by a hash of what must match (kind, figures, the number of subjects), built only when a
        // change leaves its base unstated: one pass, not one pass per unstated change.
        Dictionary<int, List<Claim>>? stated = null;
        for (var i = 0; i < claims.Count; i++)
        {
            var claim = claims[i].Claim;
            if (claim.Base.Kind != ClaimBaseKind.Unstated)
            {
                continue;
            }

            stated ??= StatedChanges();
            if (!stated.TryGetValue(MatchHash(claim), out var candidates))
            {
                continue;
            }

            ClaimBase? found = null;
            var doubtful = false;
            foreach (var other in candidates)
            {
                if (other.Kind == claim.Kind && other.Subjects.Count == claim.Subjects.Count && SameSubjects(other, claim)
                    && other.Figures.SequenceEqual(claim.Figures))
                {
                    doubtful |= found is { } seen && seen != other.Base;
                    found = other.Base;
                }
            }

            if (found is not { } foundBase || doubtful)
            {
                continue;
            }

            var resolved = new Claim(claim.Id, claim.Kind, claim.Subjects, claim.Figures, foundBase, claim.Region, claim.Published, claim.Period, claim.Respectively, claim.Predicate, claim.EnglishPredicate);
            var span = claims[i].Span;
            claims[i] = ReadClaim.Of(claim.Of.Count > 0 ? resolved.WithOf(claim.Of) : resolved, span, claims[i].FigureSpans.ToArray(), claims[i].SubjectTexts.ToArray(), claims[i].SubjectSpans.ToArray(), claims[i].InheritsPeriod);
            diagnostics.RemoveAll(d => d.Kind == TextDiagnosticKind.MissingBase && span.Contains(d.Span));
        }
    }

    /// <summary>The document's changes with a stated base, grouped by <see cref="MatchHash"/>, in reading order.</summary>
    private Dictionary<int, List<Claim>> StatedChanges()
    {
        var stated = new Dictionary<int, List<Claim>>();
        foreach (var read in claims)
        {
            var other = read.Claim;
            if (!other.Base.IsChange || other.Base.Kind == ClaimBaseKind.Unstated)
            {
                continue;
            }

            var hash = MatchHash(other);
            if (!stated.TryGetValue(hash, out var list))
            {
                stated.Add(hash, list = new List<Claim>(1));
            }

            list.Add(other);
        }

        return stated;
    }

    /// <summary>A hash of what two claims must share for one to lend the other its base: kind, number of subjects and
    /// figures (subjects are compared by <see cref="ClaimSubject.SameSubjectAs"/>, which has no hash of its own).</summary>
    private static int MatchHash(Claim claim)
    {
        var hash = ((int)claim.Kind * 397) ^ claim.Subjects.Count;
        foreach (var figure in claim.Figures)
        {
            hash = unchecked((hash * 31) + figure.GetHashCode());
        }

        return hash;
    }

    private static bool SameSubjects(Claim a, Claim b)
    {
        for (var i = 0; i < a.Subjects.Count; i++)
        {
            if (!a.Subjects[i].SameSubjectAs(b.Subjects[i]))
            {
                return false;
            }
        }

        return true;
    }
}
