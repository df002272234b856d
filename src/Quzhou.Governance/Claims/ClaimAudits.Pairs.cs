using System;
using System.Collections.Generic;
using System.Linq;
using Quzhou.Governance.Figures;

namespace Quzhou.Governance.Claims;

/// <summary>The audits of linked claims (<see cref="Claim.Of"/>): what the figure of a claim is of decides the audit.</summary>
public static partial class ClaimAudits
{
    /// <summary>
    /// The finding of a claim's links, or null: a rate (not a change, in %, ‰ or per population) of one claim of a whole
    /// count is audited against that many cases, subject by subject; a change in 个百分点 or 千分点 of two claims is their
    /// difference (the first minus the second); a claim of m shares (in %, ‰ or 成) of m parts then their total, or of
    /// m ≥ 2 parts alone, is audited share by share (ClaimAudits.Shares.cs); any other claim that is not a change, of
    /// claims that are not changes, is their total. A link to an id not in <paramref name="all"/> is not judged.
    /// </summary>
    private static AuditFinding? AuditLinks(Claim claim, List<Claim> all, QualifierPolicy? policy)
    {
        var of = new Claim[claim.Of.Count];
        for (var i = 0; i < of.Length; i++)
        {
            var id = claim.Of[i];
            if (all.Find(c => string.Equals(c.Id, id, StringComparison.Ordinal)) is not { } linked)
            {
                return null;
            }

            of[i] = linked;
        }

        if (claim.Kind == ClaimKind.PercentagePointChange)
        {
            return of.Length == 2 ? AuditDifference(of[0], of[1], claim, policy) : null;
        }

        if (claim.Base.IsChange || of.Any(c => c.Base.IsChange))
        {
            return null;
        }

        if (TryAuditShareLinks(claim, of, policy, out var share))
        {
            return share;
        }

        if (claim.Figures.All(IsRate))
        {
            if (of.Length != 1 || of[0].Figures.Count != 1 || !of[0].Figures[0].IsExactCount || of[0].Figures[0].Value < 1m)
            {
                return null;
            }

            var cases = (long)of[0].Figures[0].Value;
            for (var s = 0; s < claim.Subjects.Count; s++)
            {
                if (AuditRate(claim, s, cases, policy) is { } finding)
                {
                    return new AuditFinding(finding.Kind, Ids(of[0], claim), finding.Arithmetic);
                }
            }

            return null;
        }

        var parts = of.SelectMany(c => c.Figures).ToList();
        if (claim.Figures.Count != 1 || parts.Any(IsRate) || claim.Figures.Any(IsShareFigure))
        {
            return null;
        }

        return PartsFinding(parts, claim.Figures[0], Ids([.. of, claim]), policy);
    }

    private static bool IsRate(PublishedFigure figure) =>
        figure.Unit.Kind is FigureUnitKind.Percent or FigureUnitKind.Permille or FigureUnitKind.PerPopulation;
}
