using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using Quzhou.Governance.Figures;

namespace Quzhou.Governance.Claims;

/// <summary>
/// The audits of shares of parts (其中男性131.2万人，占50.8%): a share against its part over the printed total, shares
/// of one whole against their printed parts, and the links (<see cref="Claim.Of"/>) that say which applies.
/// </summary>
public static partial class ClaimAudits
{
    /// <summary>
    /// Whether a share printed as <paramref name="share"/> can be <paramref name="part"/> / <paramref name="total"/>, each
    /// within its rounding: 男性131.2万人 of 户籍人口258.3万人 printed as 50.8% can (the share lies between
    /// 131.15万 / 258.35万 = 50.7645% and 131.25万 / 258.25万 = 50.8228%), although 131.2 / 258.3 is 50.7937%; 刑事案件320件
    /// of 1000件 printed as 33.0% cannot (it is exactly 32%). Figures that count things take whole values only, a part is
    /// at most its total, and a total without an upper end or that may be 0 is not judged (true).
    /// </summary>
    /// <param name="share">The printed share: in %, ‰ or 成, without a direction word.</param>
    /// <param name="part">The printed part, without a direction word.</param>
    /// <param name="total">The printed total, without a direction word.</param>
    /// <param name="policy">The qualifier policy; null for <see cref="QualifierPolicy.Default"/>.</param>
    /// <returns>Whether some true part and total inside their intervals give a share inside the share's.</returns>
    /// <exception cref="ArgumentException"><paramref name="share"/> is not a share in %, ‰ or 成, or a figure has a
    /// direction word.</exception>
    public static bool ShareCanBe(PublishedFigure share, PublishedFigure part, PublishedFigure total, QualifierPolicy? policy = null)
    {
        CheckShare(share, nameof(share));
        CheckLevel(part, nameof(part));
        CheckLevel(total, nameof(total));
        return ShareOfTotal(share, part, total, policy, out _);
    }

    /// <summary>A finding when the share at <paramref name="index"/> of <paramref name="shares"/> cannot be the figure
    /// of <paramref name="part"/> over the figure of <paramref name="total"/> (see <see cref="ShareCanBe"/>); null when
    /// it can.</summary>
    /// <param name="shares">The claim of the shares (a level such as 占50.8%, or a structure of the parts' shares).</param>
    /// <param name="index">The index of the share among the claim's figures.</param>
    /// <param name="part">The claim of the part (its first figure).</param>
    /// <param name="total">The claim of the total (its first figure).</param>
    /// <param name="policy">The qualifier policy; null for <see cref="QualifierPolicy.Default"/>.</param>
    /// <returns>The finding (<see cref="AuditFindingKind.SharesDisagreeWithParts"/>, naming the part, the total and the
    /// shares), or null.</returns>
    /// <exception cref="ArgumentNullException">A claim is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not a figure's index.</exception>
    /// <exception cref="ArgumentException">The share is not in %, ‰ or 成, or a figure has a direction word.</exception>
    public static AuditFinding? AuditShareOfTotal(Claim shares, int index, Claim part, Claim total, QualifierPolicy? policy = null)
    {
        Preconditions.CheckNotNull(shares, nameof(shares));
        Preconditions.CheckNotNull(part, nameof(part));
        Preconditions.CheckNotNull(total, nameof(total));
        Preconditions.CheckArgumentRange(nameof(index), index, 0, shares.FigureCount - 1);
        var share = shares.Figures[index];
        var p = part.Figures[0];
        var t = total.Figures[0];
        CheckShare(share, nameof(shares));
        CheckLevel(p, nameof(part));
        CheckLevel(t, nameof(total));
        if (ShareOfTotal(share, p, t, policy, out var range))
        {
            return null;
        }

        var text = p + " / " + t + " " + range + ", which does not meet " + share + " = " + InPercent(share, policy);
        return new AuditFinding(AuditFindingKind.SharesDisagreeWithParts, Ids(part, total, shares), text);
    }

    private static void CheckShare(PublishedFigure share, string paramName) =>
        Preconditions.CheckArgument(
            IsShareFigure(share),
            paramName,
            "Expected a share in %, ‰ or 成 without a direction word, but was {0}.",
            share.ToString());

    private static void CheckLevel(PublishedFigure figure, string paramName) =>
        Preconditions.CheckArgument(figure.Direction == FigureDirection.None, paramName, "Expected a level without a direction word, but was {0}.", figure.ToString());

    /// <summary>Whether a figure can be a share: in %, ‰ or 成, without a direction word.</summary>
    private static bool IsShareFigure(PublishedFigure figure) =>
        figure.Direction == FigureDirection.None && figure.Unit.Kind is FigureUnitKind.Percent or FigureUnitKind.Permille or FigureUnitKind.Tenths;

    /// <summary>Whether a linked claim can be a part or a total: one figure, a level (not a share, a rate, points or a change).</summary>
    private static bool IsAmountLike(Claim claim) =>
        !claim.Base.IsChange && claim.FigureCount == 1 && claim.Figures[0].Direction == FigureDirection.None
        && claim.Figures[0].Unit.Kind is FigureUnitKind.None or FigureUnitKind.Counter;

    /// <summary>
    /// The finding of the links of a claim of shares (a level or a structure whose every figure is in %, ‰ or 成), when
    /// its links have a share's shape; false when they do not (a % or ‰ rate of its cases is audited by the caller):
    /// m shares linked to their m parts then their total (each share against its part over the total), to m ≥ 2 parts
    /// alone (each share against its part's share of their sum: <see cref="FirstShareNotFittingParts"/>), or a share in
    /// 成 to its total alone (some whole k of the total must print as it).
    /// </summary>
    private static bool TryAuditShareLinks(Claim claim, Claim[] of, QualifierPolicy? policy, out AuditFinding? finding)
    {
        finding = null;
        var m = claim.FigureCount;
        if (claim.Kind is not (ClaimKind.Level or ClaimKind.Structure) || !claim.Figures.All(IsShareFigure))
        {
            return false;
        }

        if (of.Length == 1)
        {
            if (claim.Figures.All(IsRate))
            {
                return false;
            }

            finding = TenthsOfCases(claim, of[0], policy);
            return true;
        }

        if (!of.All(IsAmountLike))
        {
            return true;
        }

        if (of.Length == m + 1)
        {
            for (var i = 0; i < m && finding is null; i++)
            {
                finding = AuditShareOfTotal(claim, i, of[i], of[m], policy);
            }

            return true;
        }

        if (m >= 2 && of.Length == m && claim.Figures.All(f => f.Unit.Kind == FigureUnitKind.Percent))
        {
            var parts = of.Select(c => c.Figures[0]).ToList();
            var index = SharesAgainstParts(claim.Figures, parts, policy, out var range);
            if (index >= 0)
            {
                var text = "the share " + claim.Figures[index] + " of " + parts[index] + " in " + string.Join(" + ", parts.Select(f => f.ToString()))
                    + " can only be in " + range + ", which does not meet " + claim.Figures[index].GetSignedInterval(policy);
                finding = new AuditFinding(AuditFindingKind.SharesDisagreeWithParts, Ids([.. of, claim]), text);
            }
        }

        return true;
    }

    /// <summary>A finding when a share in 成 (三成) of a total that is a whole count cannot be k / total for any whole k
    /// (of 2 cases, 三成 = [25%, 35%] has none); null when it can or the total is not a whole count.</summary>
    private static AuditFinding? TenthsOfCases(Claim claim, Claim total, QualifierPolicy? policy)
    {
        if (total.FigureCount != 1 || !total.Figures[0].IsExactCount || total.Figures[0].Value < 1m)
        {
            return null;
        }

        var cases = (long)total.Figures[0].Value;
        foreach (var share in claim.Figures)
        {
            var interval = ShareInterval(share, policy);
            if (interval.IsEmpty || !interval.HasFractionWithDenominator(cases, share.Unit.FractionScale))
            {
                var text = share + " = " + InPercent(share, policy) + "; of " + Number(cases) + " cases no whole k gives k / " + Number(cases) + " in it";
                return new AuditFinding(AuditFindingKind.RateNotAttainable, Ids(total, claim), text);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the share can be part / total (see <see cref="ShareCanBe"/>); <paramref name="range"/> says where
    /// part / total lies when it cannot. The ratio is least with the part low and the total high and greatest the
    /// other way round, and at most 1 (a part is at most its total); the share's interval, in its unit, is compared
    /// with the ratio's ends by cross-multiplication.
    /// </summary>
    private static bool ShareOfTotal(PublishedFigure share, PublishedFigure part, PublishedFigure total, QualifierPolicy? policy, out string range)
    {
        range = string.Empty;
        var whole = CountsThings(part) && CountsThings(total);
        var p = ExactRange.Of(part.GetSignedInterval(policy));
        var t = ExactRange.Of(total.GetSignedInterval(policy));
        if (whole)
        {
            p = p.WholeNumbers();
            t = t.WholeNumbers();
        }

        if (!p.IsBounded || !t.IsBounded || p.IsEmpty || t.IsEmpty || p.Lower!.Value.Sign < 0 || t.Lower!.Value.Sign <= 0)
        {
            return true;
        }

        var minNumerator = p.Lower!.Value;
        var minDenominator = t.Upper!.Value;
        var minIncluded = p.IncludesLower && t.IncludesUpper;
        var maxNumerator = p.Upper!.Value;
        var maxDenominator = t.Lower!.Value;
        var maxIncluded = p.IncludesUpper && t.IncludesLower;
        var scale = share.Unit.FractionScale;
        var printed = ExactRange.Of(share.GetSignedInterval(policy));
        var c0 = minNumerator.CompareTo(minDenominator);
        if (c0 > 0 || (c0 == 0 && !minIncluded))
        {
            // Even the smallest part over the largest total exceeds the whole: the part is larger than its total.
            range = "is more than 1: the part exceeds its total";
            return false;
        }

        if (maxNumerator > maxDenominator)
        {
            // A part is at most its total: the ratio's greatest value is 1, reached where the part and the total meet.
            maxNumerator = ExactRange.One;
            maxDenominator = ExactRange.One;
            maxIncluded = p.Intersects(t);
        }

        // [min, max] meets the printed interval iff min is not above its upper end and max not below its lower end; at an
        // equal end both must include it.
        var fits = true;
        if (printed.Upper is { } upper)
        {
            var c = (minNumerator * scale * ExactRange.One).CompareTo(upper * minDenominator);
            fits &= c < 0 || (c == 0 && minIncluded && printed.IncludesUpper);
        }

        if (printed.Lower is { } lower)
        {
            var c = (maxNumerator * scale * ExactRange.One).CompareTo(lower * maxDenominator);
            fits &= c > 0 || (c == 0 && maxIncluded && printed.IncludesLower);
        }

        if (!fits)
        {
            range = "lies in " + (minIncluded ? "[" : "(") + Ratio(minNumerator, minDenominator) + "%, " + Ratio(maxNumerator, maxDenominator) + (maxIncluded ? "%]" : "%)");
        }

        return fits;
    }

    /// <summary>A share's interval in percent (三成 is [25%, 35%], 0.5‰ is [0.045%, 0.055%]).</summary>
    private static string InPercent(PublishedFigure share, QualifierPolicy? policy)
    {
        var range = ExactRange.Of(share.GetSignedInterval(policy));
        var scale = share.Unit.FractionScale;
        static string End(BigInteger value, long scale) => ExactRange.Format(value * 100 / scale) + "%";
        return (range.Lower is { } l ? (range.IncludesLower ? "[" : "(") + End(l, scale) : "(−∞")
            + ", "
            + (range.Upper is { } u ? End(u, scale) + (range.IncludesUpper ? "]" : ")") : "+∞)");
    }
}
