using System;
using System.Collections.Generic;
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
        Dictionary<int, List<int>>? stated = null;
        List<SourceSpan>? resolvedSpans = null;
        for (var i = 0; i < claims.Count; i++)
        {
            var claim = claims[i].Claim;
            if (claim.Base.Kind != ClaimBaseKind.Unstated)
            {
                continue;
            }

            stated ??= StatedChanges();
            var figures = claim.FigureArray;
            if (!stated.TryGetValue(MatchHash(claim), out var candidates))
            {
                continue;
            }

            ClaimBase? found = null;
            var doubtful = false;
            foreach (var j in candidates)
            {
                var other = claims[j].Claim;
                if (other.Kind == claim.Kind && other.SubjectCount == claim.SubjectCount && SameSubjects(other, claim)
                    && other.FigureArray.AsSpan().SequenceEqual(figures))
                {
                    doubtful |= found is { } seen && seen != other.Base;
                    found = other.Base;
                }
            }

            // Two tests, not one `||`, so that a mutation of the condition leaves no pattern variable unassigned
            // (Stryker drops a method whose mutants do not compile).
            if (doubtful)
            {
                continue;
            }

            if (found is not { } foundBase)
            {
                continue;
            }

            var resolved = new Claim(claim.Id, claim.Kind, claim.SubjectArray, figures, foundBase, claim.Region, claim.Published, claim.Period, claim.Respectively, claim.Predicate, claim.EnglishPredicate);
            claims[i] = claims[i].With(claim.Of.Count > 0 ? resolved.WithOf(claim.Of) : resolved);
            (resolvedSpans ??= new List<SourceSpan>()).Add(claims[i].Span);
        }

        if (resolvedSpans is not null)
        {
            DropMissingBases(resolvedSpans);
        }
    }

    /// <summary>Drops every QT0002 inside one of <paramref name="spans"/> (the claims whose base was found): one pass
    /// over the diagnostics, each looked up among the spans sorted by start.</summary>
    private void DropMissingBases(List<SourceSpan> spans)
    {
        // A span contains a diagnostic when it starts at or before it and ends at or after it: among the spans that
        // start at or before the diagnostic, the one that ends last decides.
        spans.Sort((x, y) => x.Start.CompareTo(y.Start));
        var starts = new int[spans.Count];
        var furthest = new int[spans.Count];
        for (var k = 0; k < spans.Count; k++)
        {
            starts[k] = spans[k].Start;
            furthest[k] = Math.Max(spans[k].End, k > 0 ? furthest[k - 1] : int.MinValue);
        }

        var kept = 0;
        for (var d = 0; d < diagnostics.Count; d++)
        {
            var diagnostic = diagnostics[d];
            if (diagnostic.Kind == TextDiagnosticKind.MissingBase && Covered(starts, furthest, diagnostic.Span))
            {
                continue;
            }

            diagnostics[kept++] = diagnostic;
        }

        diagnostics.RemoveRange(kept, diagnostics.Count - kept);
    }

    private static bool Covered(int[] starts, int[] furthest, SourceSpan span)
    {
        // The last span that starts at or before the diagnostic's start.
        var at = Array.BinarySearch(starts, span.Start);
        if (at < 0)
        {
            at = ~at - 1;
        }
        else
        {
            while (at + 1 < starts.Length && starts[at + 1] == span.Start)
            {
                at++;
            }
        }

        return at >= 0 && furthest[at] >= span.End;
    }

    /// <summary>The indices of the document's changes with a stated base, grouped by <see cref="MatchHash"/>, in
    /// reading order.</summary>
    private Dictionary<int, List<int>> StatedChanges()
    {
        var stated = new Dictionary<int, List<int>>();
        for (var i = 0; i < claims.Count; i++)
        {
            var other = claims[i].Claim;
            if (!other.Base.IsChange || other.Base.Kind == ClaimBaseKind.Unstated)
            {
                continue;
            }

            var hash = MatchHash(other);
            if (!stated.TryGetValue(hash, out var list))
            {
                stated.Add(hash, list = new List<int>(1));
            }

            list.Add(i);
        }

        return stated;
    }

    /// <summary>A hash of what two claims must share for one to lend the other its base: kind, number of subjects and
    /// figures (subjects are compared by <see cref="ClaimSubject.SameSubjectAs"/>, which has no hash of its own).</summary>
    private static int MatchHash(Claim claim)
    {
        var hash = ((int)claim.Kind * 397) ^ claim.SubjectCount;
        foreach (var figure in claim.FigureArray)
        {
            hash = unchecked((hash * 31) + figure.GetHashCode());
        }

        return hash;
    }

    private static bool SameSubjects(Claim a, Claim b)
    {
        var x = a.SubjectArray;
        var y = b.SubjectArray;
        for (var i = 0; i < x.Length; i++)
        {
            if (!x[i].SameSubjectAs(y[i]))
            {
                return false;
            }
        }

        return true;
    }
}
