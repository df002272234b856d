using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using Quzhou.Governance.Figures;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Quantities;

namespace Quzhou.Governance.Claims;

/// <summary>
/// Audits of published figures that need no data, the way GRIM audits published means: can a printed rate come from
/// a number of cases at all, can a printed change come from whole counts, do rounded parts agree with their total,
/// shares with 100, two claims with each other. Every “impossible” is exact interval arithmetic over the published
/// precisions (<see cref="PublishedFigure.GetSignedInterval"/>, compared without rounding), never a tolerance picked
/// by hand, so a consistent bulletin — whose parts, rounded separately, need not add up exactly — is never flagged.
/// </summary>
public static partial class ClaimAudits
{
    /// <summary>The most denominators <see cref="SmallestDenominators"/> lists.</summary>
    public const int MaxDenominatorsListed = 1000;

    /// <summary>
    /// Whether a share printed as <paramref name="rate"/> can come from <paramref name="cases"/> cases: whether some
    /// whole k from 0 to <paramref name="cases"/> makes k / cases print as the figure. 97.18% from 1,000 cannot (971
    /// and 972 print 97.1% and 97.2%); from 461 it can (448/461).
    /// </summary>
    /// <param name="rate">The printed rate: in %, ‰ or per population.</param>
    /// <param name="cases">The number of cases (the denominator), positive.</param>
    /// <param name="policy">The qualifier policy; null for <see cref="QualifierPolicy.Default"/>.</param>
    /// <returns>Whether such a numerator exists.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cases"/> is not positive.</exception>
    /// <exception cref="ArgumentException"><paramref name="rate"/> is not a rate in %, ‰ or per population, or has a
    /// direction word.</exception>
    public static bool IsRateAttainable(PublishedFigure rate, long cases, QualifierPolicy? policy = null)
    {
        CheckRate(rate, nameof(rate));
        Preconditions.CheckArgumentRange(nameof(cases), cases, 1, long.MaxValue);
        var share = ShareInterval(rate, policy);
        return !share.IsEmpty && share.HasFractionWithDenominator(cases, rate.Unit.FractionScale);
    }

    /// <summary>
    /// The smallest numbers of cases a share printed as <paramref name="rate"/> can come from (see
    /// <see cref="IsRateAttainable"/>), ascending, at most <paramref name="count"/> of them and none above
    /// <paramref name="maxDenominator"/>: 97.18% needs at least 71 cases (69/71 = 97.183%), then 142, 177, 213, 248.
    /// </summary>
    /// <param name="rate">The printed rate.</param>
    /// <param name="count">How many to list, 1 to <see cref="MaxDenominatorsListed"/>.</param>
    /// <param name="maxDenominator">The largest denominator tried, 1 to 10⁹.</param>
    /// <param name="policy">The qualifier policy; null for <see cref="QualifierPolicy.Default"/>.</param>
    /// <returns>The denominators; fewer than <paramref name="count"/> when the search ran out.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> or <paramref name="maxDenominator"/> is
    /// out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="rate"/> is not a rate.</exception>
    public static IReadOnlyList<long> SmallestDenominators(PublishedFigure rate, int count, long maxDenominator = 1_000_000, QualifierPolicy? policy = null)
    {
        CheckRate(rate, nameof(rate));
        Preconditions.CheckArgumentRange(nameof(count), count, 1, MaxDenominatorsListed);
        Preconditions.CheckArgumentRange(nameof(maxDenominator), maxDenominator, 1, 1_000_000_000);
        var share = ShareInterval(rate, policy);
        var found = new List<long>();
        if (share.IsEmpty)
        {
            return found;
        }

        for (long n = 1; n <= maxDenominator && found.Count < count; n++)
        {
            if (share.HasFractionWithDenominator(n, rate.Unit.FractionScale))
            {
                found.Add(n);
            }
        }

        return found;
    }

    /// <summary>
    /// The whole bases b ≥ 1 from which a relative change printed as <paramref name="change"/> can lead to the printed
    /// current count: every b with (current − b) / b inside the figure's interval. They are consecutive, since the
    /// change falls as the base grows. 563 cases “同比增加300%” has none: b = 140 gives +302.1%, b = 141 gives +299.3%.
    /// </summary>
    /// <param name="change">The printed change, in %, ‰, 倍 or 成 (翻…番 is not a fraction of the base).</param>
    /// <param name="current">The printed current count, not negative.</param>
    /// <param name="smallest">The smallest base that fits, or 0 when none does.</param>
    /// <param name="largest">The largest base that fits (<see cref="long.MaxValue"/> when every larger one fits too), or 0.</param>
    /// <param name="policy">The qualifier policy; null for <see cref="QualifierPolicy.Default"/>.</param>
    /// <returns>Whether some whole base fits.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="current"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="change"/> is not a change in %, ‰, 倍 or 成.</exception>
    public static bool TryFindBases(PublishedFigure change, long current, out long smallest, out long largest, QualifierPolicy? policy = null)
    {
        CheckChange(change, nameof(change));
        Preconditions.CheckArgumentRange(nameof(current), current, 0, long.MaxValue);
        var found = FindBases(change, current, policy, out var low, out var high);
        smallest = found ? low : 0;
        largest = found ? high : 0;
        return found;
    }

    /// <summary>
    /// Whether parts printed as <paramref name="parts"/> can add up to a total printed as <paramref name="total"/>, each
    /// within its rounding: whether the sum of the parts' intervals meets the total's. When every figure counts things
    /// (a counting word, or a bare number without decimals), only whole values are taken. 33.3 + 33.3 + 33.3 against 100: yes ([99.75, 100.05]).
    /// </summary>
    /// <param name="parts">The printed parts, at least one.</param>
    /// <param name="total">The printed total.</param>
    /// <param name="policy">The qualifier policy; null for <see cref="QualifierPolicy.Default"/>.</param>
    /// <returns>Whether some true parts inside their intervals add up to a true total inside its interval.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parts"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="parts"/> is empty.</exception>
    public static bool PartsCanSumTo(IReadOnlyList<PublishedFigure> parts, PublishedFigure total, QualifierPolicy? policy = null)
    {
        CheckParts(parts, nameof(parts));
        return PartsAndTotal(parts, total, policy, out _, out _);
    }

    /// <summary>
    /// Whether shares printed as <paramref name="shares"/> (a structure 2.8:41.1:56.1, or percentages of one whole) can
    /// add up to 100, each within its rounding. A whole share such as 30 is rounded like any other (29.5 to 30.5), not
    /// a count. 33.3:33.3:33.3 can (99.75 to 100.05); 33.4:33.4:33.4 cannot (100.05 to 100.35 — both ends included,
    /// so only a sum at least 100.05 fits).
    /// </summary>
    /// <param name="shares">The printed shares, at least one.</param>
    /// <param name="policy">The qualifier policy; null for <see cref="QualifierPolicy.Default"/>.</param>
    /// <returns>Whether some true shares inside their intervals add up to 100.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="shares"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="shares"/> is empty.</exception>
    public static bool SharesCanSumToHundred(IReadOnlyList<PublishedFigure> shares, QualifierPolicy? policy = null)
    {
        CheckParts(shares, nameof(shares));
        return SharesAndHundred(shares, policy, out _);
    }

    /// <summary>
    /// The index of the first printed share that cannot be its part's share of the printed parts, each within its
    /// rounding, or −1 when every share can. For each part the range of its share over every true value of every part
    /// is exact (the share grows with its own part and falls with the others); parts without an upper end, or that may
    /// be negative, are not judged.
    /// </summary>
    /// <param name="shares">The printed shares, in % (or bare numbers of a structure).</param>
    /// <param name="parts">The printed parts, as many as the shares.</param>
    /// <param name="policy">The qualifier policy; null for <see cref="QualifierPolicy.Default"/>.</param>
    /// <returns>The index of the first share that cannot fit, or −1.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The lists are empty or of different lengths.</exception>
    public static int FirstShareNotFittingParts(IReadOnlyList<PublishedFigure> shares, IReadOnlyList<PublishedFigure> parts, QualifierPolicy? policy = null)
    {
        CheckParts(shares, nameof(shares));
        CheckParts(parts, nameof(parts));
        Preconditions.CheckArgument(shares.Count == parts.Count, nameof(parts), "There is one part per share, but there were {0} parts.", parts.Count);
        return SharesAgainstParts(shares, parts, policy, out _);
    }

    /// <summary>
    /// Whether a difference printed as <paramref name="difference"/> can be <paramref name="minuend"/> −
    /// <paramref name="subtrahend"/>, each within its rounding: a rate of 98.5% with 提高1.2个百分点 over last year's
    /// 97.4% can (98.54 − 97.36 = 1.18), although 98.5 − 97.4 is 1.1; with 提高1.3个百分点 it cannot (at most 1.2).
    /// All three are in the same units (percent and percentage points are both hundredths).
    /// </summary>
    /// <param name="minuend">The later (or first) level.</param>
    /// <param name="subtrahend">The earlier (or second) level.</param>
    /// <param name="difference">The printed difference, signed by its direction word.</param>
    /// <param name="policy">The qualifier policy; null for <see cref="QualifierPolicy.Default"/>.</param>
    /// <returns>Whether some true values inside the three intervals satisfy it.</returns>
    public static bool DifferenceCanBe(PublishedFigure minuend, PublishedFigure subtrahend, PublishedFigure difference, QualifierPolicy? policy = null) =>
        Difference(minuend, subtrahend, difference, policy, out _);

    /// <summary>A finding when the share <paramref name="claim"/> prints for its subject at <paramref name="index"/> cannot
    /// come from <paramref name="cases"/> cases (see <see cref="IsRateAttainable"/>); null when it can.</summary>
    /// <param name="claim">A claim of a rate.</param>
    /// <param name="index">The subject's index.</param>
    /// <param name="cases">The number of cases.</param>
    /// <param name="policy">The qualifier policy; null for <see cref="QualifierPolicy.Default"/>.</param>
    /// <returns>The finding, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is null.</exception>
    /// <exception cref="ArgumentException">The figure is not a rate.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> or <paramref name="cases"/> is out of range.</exception>
    public static AuditFinding? AuditRate(Claim claim, int index, long cases, QualifierPolicy? policy = null)
    {
        Preconditions.CheckNotNull(claim, nameof(claim));
        var rate = claim.FigureOf(index);
        if (IsRateAttainable(rate, cases, policy))
        {
            return null;
        }

        var scale = rate.Unit.FractionScale;
        var interval = ShareInterval(rate, policy);
        var text = rate.ToString() + " is " + rate.GetSignedInterval(policy) + "; of " + Number(cases) + " cases";
        if (!interval.IsEmpty && interval.Lower is { } lower)
        {
            var k = Math.Min(cases - 1, Math.Max(0, (long)decimal.Floor(Math.Min(lower / scale * cases, cases))));
            text += ", " + Number(k) + " prints " + Print(k, cases, scale, rate.Decimals + 2) + " and " + Number(k + 1) + " prints " + Print(k + 1, cases, scale, rate.Decimals + 2);
        }
        else
        {
            text += ", no share fits";
        }

        var smallest = SmallestDenominators(rate, 3, 1_000_000, policy);
        if (smallest.Count > 0)
        {
            text += "; the fewest cases that fit are " + string.Join(", ", smallest.Select(Number));
        }

        return new AuditFinding(AuditFindingKind.RateNotAttainable, [claim.Id], text);
    }

    /// <summary>
    /// A finding when the relative change <paramref name="change"/> prints for a subject cannot come from a whole base
    /// and the current count <paramref name="count"/> prints for the same subject (see <see cref="TryFindBases"/>);
    /// null when it can, or when the current count is not an exact whole count.
    /// </summary>
    /// <param name="count">The claim of the current count.</param>
    /// <param name="countIndex">The subject's index in <paramref name="count"/>.</param>
    /// <param name="change">The claim of the change.</param>
    /// <param name="changeIndex">The subject's index in <paramref name="change"/>.</param>
    /// <param name="policy">The qualifier policy; null for <see cref="QualifierPolicy.Default"/>.</param>
    /// <returns>The finding, or null.</returns>
    /// <exception cref="ArgumentNullException">A claim is null.</exception>
    /// <exception cref="ArgumentException">The change is not a relative change in %, ‰, 倍 or 成.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range.</exception>
    public static AuditFinding? AuditChangeFromCount(Claim count, int countIndex, Claim change, int changeIndex, QualifierPolicy? policy = null)
    {
        Preconditions.CheckNotNull(count, nameof(count));
        Preconditions.CheckNotNull(change, nameof(change));
        var current = count.FigureOf(countIndex);
        var printed = change.FigureOf(changeIndex);
        CheckChange(printed, nameof(change));
        if (!current.IsExactCount || current.Value < 0m || FindBases(printed, (long)current.Value, policy, out var low, out var high))
        {
            return null;
        }

        var c = (long)current.Value;
        var scale = printed.Unit.FractionScale;
        var text = printed.ToString() + " is " + printed.GetSignedInterval(policy) + " and the current count is " + Number(c) + "; no whole base b fits (c − b) / b";
        if (high >= 1 && high < long.MaxValue)
        {
            text += ": b = " + Number(high) + " gives " + Print(c - high, high, scale, printed.Decimals + 2);
        }

        if (low >= 1 && low < long.MaxValue && low != high)
        {
            text += (high >= 1 ? ", b = " : ": b = ") + Number(low) + " gives " + Print(c - low, low, scale, printed.Decimals + 2);
        }

        return new AuditFinding(AuditFindingKind.ChangeNotAttainable, Ids(count, change), text);
    }

    /// <summary>A finding when the figures of <paramref name="parts"/> (one per subject) cannot add up to the figure of
    /// <paramref name="total"/> (see <see cref="PartsCanSumTo"/>); null when they can.</summary>
    /// <param name="parts">The claim of the parts.</param>
    /// <param name="total">The claim of the total (its first figure).</param>
    /// <param name="policy">The qualifier policy; null for <see cref="QualifierPolicy.Default"/>.</param>
    /// <returns>The finding, or null.</returns>
    /// <exception cref="ArgumentNullException">A claim is null.</exception>
    public static AuditFinding? AuditPartsAndTotal(Claim parts, Claim total, QualifierPolicy? policy = null)
    {
        Preconditions.CheckNotNull(parts, nameof(parts));
        Preconditions.CheckNotNull(total, nameof(total));
        return PartsFinding(parts.Figures, total.Figures[0], Ids(parts, total), policy);
    }

    /// <summary>A finding when the shares of a structure claim cannot add up to 100 (see
    /// <see cref="SharesCanSumToHundred"/>); null when they can.</summary>
    /// <param name="shares">The claim of the shares (a <see cref="ClaimKind.Structure"/>, or any claim of shares).</param>
    /// <param name="policy">The qualifier policy; null for <see cref="QualifierPolicy.Default"/>.</param>
    /// <returns>The finding, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="shares"/> is null.</exception>
    public static AuditFinding? AuditShares(Claim shares, QualifierPolicy? policy = null)
    {
        Preconditions.CheckNotNull(shares, nameof(shares));
        if (SharesAndHundred(shares.Figures, policy, out var sum))
        {
            return null;
        }

        var text = string.Join(" + ", shares.Figures.Select(f => f.ToString())) + " lies in " + sum + ", which does not contain 100";
        return new AuditFinding(AuditFindingKind.SharesDisagreeWithHundred, [shares.Id], text);
    }

    /// <summary>A finding when a share of <paramref name="shares"/> cannot be its part's share of the figures of
    /// <paramref name="parts"/> (see <see cref="FirstShareNotFittingParts"/>); null when every share can.</summary>
    /// <param name="shares">The claim of the shares.</param>
    /// <param name="parts">The claim of the parts, with as many figures.</param>
    /// <param name="policy">The qualifier policy; null for <see cref="QualifierPolicy.Default"/>.</param>
    /// <returns>The finding, or null.</returns>
    /// <exception cref="ArgumentNullException">A claim is null.</exception>
    /// <exception cref="ArgumentException">The claims have different numbers of figures.</exception>
    public static AuditFinding? AuditSharesAgainstParts(Claim shares, Claim parts, QualifierPolicy? policy = null)
    {
        Preconditions.CheckNotNull(shares, nameof(shares));
        Preconditions.CheckNotNull(parts, nameof(parts));
        Preconditions.CheckArgument(shares.Figures.Count == parts.Figures.Count, nameof(parts), "There is one part per share, but there were {0} parts.", parts.Figures.Count);
        var index = SharesAgainstParts(shares.Figures, parts.Figures, policy, out var range);
        if (index < 0)
        {
            return null;
        }

        var text = "the share " + shares.Figures[index] + " of " + parts.Figures[index] + " in " + string.Join(" + ", parts.Figures.Select(f => f.ToString()))
            + " can only be in " + range + ", which does not meet " + AsShare(shares.Figures[index]).GetSignedInterval(policy);
        return new AuditFinding(AuditFindingKind.SharesDisagreeWithParts, Ids(shares, parts), text);
    }

    /// <summary>
    /// A finding when the difference <paramref name="difference"/> prints cannot be the level <paramref name="current"/>
    /// prints minus the level <paramref name="previous"/> prints (a rate, its percentage-point change and last year's
    /// rate; or a difference of two printed rates against a printed difference): see <see cref="DifferenceCanBe"/>.
    /// Each claim's figure is that of the difference's first subject where it names it, its first figure otherwise.
    /// </summary>
    /// <param name="current">The claim of the later (or first) level.</param>
    /// <param name="previous">The claim of the earlier (or second) level.</param>
    /// <param name="difference">The claim of the difference.</param>
    /// <param name="policy">The qualifier policy; null for <see cref="QualifierPolicy.Default"/>.</param>
    /// <returns>The finding, or null.</returns>
    /// <exception cref="ArgumentNullException">A claim is null.</exception>
    public static AuditFinding? AuditDifference(Claim current, Claim previous, Claim difference, QualifierPolicy? policy = null)
    {
        Preconditions.CheckNotNull(current, nameof(current));
        Preconditions.CheckNotNull(previous, nameof(previous));
        Preconditions.CheckNotNull(difference, nameof(difference));
        var subject = difference.Subjects[0];
        var a = FigureFor(current, subject);
        var b = FigureFor(previous, subject);
        var d = difference.FigureOf(0);
        if (Difference(a, b, d, policy, out var range))
        {
            return null;
        }

        var text = a + " − " + b + " lies in " + range + ", which does not meet " + d + " = " + d.GetSignedInterval(policy);
        return new AuditFinding(AuditFindingKind.DifferenceDisagrees, Ids(current, previous, difference), text);
    }

    /// <summary>
    /// A finding when a streak's length and the span it is stated over disagree: 持续58个月 stated over 2021-01/2025-12
    /// (60 months) puts the start at 2021-03, not at the span's first month. Null when they agree, or when the claim
    /// states no period or counts periods other than months and years.
    /// </summary>
    /// <param name="streak">A streak claim.</param>
    /// <returns>The finding, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="streak"/> is null.</exception>
    /// <exception cref="ArgumentException">The claim is not a streak.</exception>
    public static AuditFinding? AuditStreak(Claim streak)
    {
        CheckStreak(streak, nameof(streak));
        if (streak.Period is not { } period || !TryStreakStart(streak, out var start) || start == period.FirstMonth.Year * 12 + period.FirstMonth.Month - 1)
        {
            return null;
        }

        var text = streak.Figures[0] + " up to " + period.ToString("I", null) + " starts at " + MonthText(start) + ", not at " + MonthText(period.FirstMonth.Year * 12 + period.FirstMonth.Month - 1);
        return new AuditFinding(AuditFindingKind.StreakStartsDisagree, [streak.Id], text);
    }

    /// <summary>A finding when two streak claims of the same subjects put the streak's start in different months
    /// (each start is its period's end minus its length); null when they agree or either states no period.</summary>
    /// <param name="first">A streak claim.</param>
    /// <param name="second">Another streak claim of the same subjects.</param>
    /// <returns>The finding, or null.</returns>
    /// <exception cref="ArgumentNullException">A claim is null.</exception>
    /// <exception cref="ArgumentException">A claim is not a streak.</exception>
    public static AuditFinding? AuditStreakStarts(Claim first, Claim second)
    {
        CheckStreak(first, nameof(first));
        CheckStreak(second, nameof(second));
        if (!TryStreakStart(first, out var a) || !TryStreakStart(second, out var b) || a == b)
        {
            return null;
        }

        var text = first.Figures[0] + " up to " + first.Period!.Value.ToString("I", null) + " starts at " + MonthText(a) + "; "
            + second.Figures[0] + " up to " + second.Period!.Value.ToString("I", null) + " starts at " + MonthText(b);
        return new AuditFinding(AuditFindingKind.StreakStartsDisagree, Ids(first, second), text);
    }

    /// <summary>A finding when a figure in 个百分点 or 千分点 is attached to a subject whose indicator (found by code in
    /// <paramref name="catalog"/>) is a count or an amount, not a rate; null otherwise (a subject without a known
    /// indicator is not judged).</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="catalog">The indicators to look codes up in.</param>
    /// <returns>The finding, or null.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static AuditFinding? AuditPointsOnCount(Claim claim, IEnumerable<Indicator> catalog)
    {
        Preconditions.CheckNotNull(claim, nameof(claim));
        Preconditions.CheckNotNull(catalog, nameof(catalog));
        var indicators = catalog.ToList();
        for (var i = 0; i < claim.Subjects.Count; i++)
        {
            var figure = claim.FigureOf(i);
            // Two tests, not one `||` with a pattern variable: a mutation tool that turns the `||` into `&&` would leave
            // the variable unassigned (CS0165) and drop the method's every mutant as a compile error.
            if (figure.Unit.Kind is not (FigureUnitKind.PercentagePoints or FigureUnitKind.PermillePoints))
            {
                continue;
            }

            var code = claim.Subjects[i].IndicatorCode;
            if (code is null)
            {
                continue;
            }

            var indicator = indicators.FirstOrDefault(x => string.Equals(x.Code, code, StringComparison.Ordinal));
            if (indicator is QuantityIndicator)
            {
                var text = claim.Subjects[i].Text + " (" + code + ") is a " + indicator.MeasureKind.ToString().ToLowerInvariant() + " of " + (indicator is AmountIndicator ? "amounts" : "counts") + ", but " + figure + " is in points";
                return new AuditFinding(AuditFindingKind.PointsOnCount, [claim.Id], text);
            }
        }

        return null;
    }

    /// <summary>
    /// Every audit a set of claims allows on its own: the shares of each <see cref="ClaimKind.Structure"/> against 100;
    /// each streak's length against its span, and the starts of streaks of the same subjects against each other;
    /// 个百分点 on a count (codes looked up in <paramref name="catalog"/>); and, where a count and a relative change are
    /// printed for the same one subject and the same stated period, whether a whole base fits; and each claim's links
    /// (<see cref="Claim.Of"/>): a rate against its number of cases (<see cref="AuditRate"/>), a total against its parts
    /// (<see cref="AuditPartsAndTotal"/>), a difference against its two levels (<see cref="AuditDifference"/>), a claim
    /// of m shares against its m parts then their total (<see cref="AuditShareOfTotal"/>, share by share) or against its
    /// m ≥ 2 parts alone (<see cref="FirstShareNotFittingParts"/>). A link to an id not in <paramref name="claims"/>, or
    /// of a shape none of these is, is not judged.
    /// </summary>
    /// <param name="claims">The claims.</param>
    /// <param name="catalog">The indicators; null for <see cref="InterviewIndicators.All"/>.</param>
    /// <param name="policy">The qualifier policy; null for <see cref="QualifierPolicy.Default"/>.</param>
    /// <returns>The findings, in the order of the claims.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claims"/> is null or holds null.</exception>
    public static IReadOnlyList<AuditFinding> Run(IEnumerable<Claim> claims, IEnumerable<Indicator>? catalog = null, QualifierPolicy? policy = null)
    {
        var all = Preconditions.CheckNotNull(claims, nameof(claims)).ToList();
        Preconditions.CheckArgument(all.All(c => c is not null), nameof(claims), "The claims hold no null.");
        var indicators = (catalog ?? InterviewIndicators.All).ToList();
        var findings = new List<AuditFinding>();
        void Add(AuditFinding? finding)
        {
            if (finding is not null)
            {
                findings.Add(finding);
            }
        }

        for (var i = 0; i < all.Count; i++)
        {
            var claim = all[i];
            switch (claim.Kind)
            {
                case ClaimKind.Structure:
                    Add(AuditShares(claim, policy));
                    break;
                case ClaimKind.Streak:
                    Add(AuditStreak(claim));
                    for (var j = i + 1; j < all.Count; j++)
                    {
                        if (all[j].Kind == ClaimKind.Streak && SameSubjects(claim, all[j]))
                        {
                            Add(AuditStreakStarts(claim, all[j]));
                        }
                    }

                    break;
                case ClaimKind.RelativeChange:
                    for (var s = 0; s < claim.Subjects.Count; s++)
                    {
                        foreach (var count in all.Where(c => c.Kind == ClaimKind.Count && c.Period is not null && c.Period == claim.Period))
                        {
                            for (var t = 0; t < count.Subjects.Count; t++)
                            {
                                if (count.Subjects[t].SameSubjectAs(claim.Subjects[s]))
                                {
                                    Add(AuditChangeFromCount(count, t, claim, s, policy));
                                }
                            }
                        }
                    }

                    break;
            }

            Add(AuditPointsOnCount(claim, indicators));
            if (claim.Of.Count > 0)
            {
                Add(AuditLinks(claim, all, policy));
            }
        }

        return findings;
    }

    private static void CheckRate(PublishedFigure rate, string paramName) =>
        Preconditions.CheckArgument(
            rate.Direction == FigureDirection.None && rate.Unit.Kind is FigureUnitKind.Percent or FigureUnitKind.Permille or FigureUnitKind.PerPopulation,
            paramName,
            "Expected a rate in %, ‰ or per population without a direction word, but was {0}.",
            rate.ToString());

    private static void CheckChange(PublishedFigure change, string paramName) =>
        Preconditions.CheckArgument(
            change.Unit.Kind is FigureUnitKind.Percent or FigureUnitKind.Permille or FigureUnitKind.Times or FigureUnitKind.Tenths,
            paramName,
            "Expected a relative change in %, ‰, 倍 or 成, but was {0}.",
            change.ToString());

    private static void CheckParts(IReadOnlyList<PublishedFigure> parts, string paramName)
    {
        Preconditions.CheckNotNull(parts, paramName);
        Preconditions.CheckArgument(parts.Count > 0, paramName, "Expected at least one figure.");
    }

    private static void CheckStreak(Claim claim, string paramName)
    {
        Preconditions.CheckNotNull(claim, paramName);
        Preconditions.CheckArgument(claim.Kind == ClaimKind.Streak, paramName, "Expected a streak claim, but was {0}.", claim.Kind);
    }

    /// <summary>The rate's interval clipped to the shares, 0 to the whole (100 for %): a numerator lies in 0…n.</summary>
    private static FigureInterval ShareInterval(PublishedFigure rate, QualifierPolicy? policy)
    {
        var interval = rate.GetSignedInterval(policy);
        decimal whole = rate.Unit.FractionScale;
        var lower = interval.Lower is { } l && l >= 0m ? l : 0m;
        var includesLower = interval.Lower is not { } l2 || l2 < 0m || interval.IncludesLower;
        var upper = interval.Upper is { } u && u <= whole ? u : whole;
        var includesUpper = interval.Upper is not { } u2 || u2 > whole || interval.IncludesUpper;
        if (lower > upper)
        {
            return new FigureInterval(0m, false, 0m, false);
        }

        return new FigureInterval(lower, includesLower, upper, includesUpper);
    }

    /// <summary>Whether the true value is a whole number: a counting word (人, 个, not 元), or a bare number printed
    /// with no decimals below one (4282, 19万; not 2.8).</summary>
    private static bool CountsThings(PublishedFigure figure) =>
        figure.Unit.IsCount && (figure.Unit.Kind == FigureUnitKind.Counter || figure.Step >= 1m);

    private static bool FindBases(PublishedFigure change, long current, QualifierPolicy? policy, out long low, out long high)
    {
        var interval = change.GetSignedInterval(policy);
        var scale = change.Unit.FractionScale;
        low = 0;
        high = 0;
        if (interval.IsEmpty)
        {
            return false;
        }

        if (current == 0)
        {
            // Every base gives −100%.
            var fits = interval.Contains(-1, 1, scale);
            low = fits ? 1 : 0;
            high = fits ? long.MaxValue : 0;
            return fits;
        }

        // (current − b) / b falls as b grows: the bases at or below the upper end are b ≥ low, those at or above the
        // lower end are b ≤ high.
        var atMostUpper = new FigureInterval(null, false, interval.Upper, interval.IncludesUpper);
        var atLeastLower = new FigureInterval(interval.Lower, interval.IncludesLower, null, false);
        low = FirstTrue(b => atMostUpper.Contains(current - b, b, scale));
        high = LastTrue(b => atLeastLower.Contains(current - b, b, scale));
        return low >= 1 && high >= 1 && low <= high;
    }

    /// <summary>The smallest b in 1…long.MaxValue where a predicate that turns true and stays true holds; 0 if never.</summary>
    private static long FirstTrue(Func<long, bool> holds)
    {
        if (!holds(long.MaxValue))
        {
            return 0;
        }

        long lo = 1, hi = long.MaxValue;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (holds(mid))
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }

    /// <summary>The largest b in 1…long.MaxValue where a predicate that is true and then turns false holds; 0 if never.</summary>
    private static long LastTrue(Func<long, bool> holds)
    {
        if (!holds(1))
        {
            return 0;
        }

        long lo = 1, hi = long.MaxValue;
        while (lo < hi)
        {
            var mid = hi - ((hi - lo) / 2);
            if (holds(mid))
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    private static bool PartsAndTotal(IReadOnlyList<PublishedFigure> parts, PublishedFigure total, QualifierPolicy? policy, out ExactRange sum, out bool whole)
    {
        whole = CountsThings(total) && parts.All(CountsThings);
        sum = ExactRange.Point(BigInteger.Zero);
        foreach (var part in parts)
        {
            var range = ExactRange.Of(part.GetSignedInterval(policy));
            sum = sum.Plus(whole ? range.WholeNumbers() : range);
        }

        var totalRange = ExactRange.Of(total.GetSignedInterval(policy));
        return sum.Intersects(whole ? totalRange.WholeNumbers() : totalRange);
    }

    private static AuditFinding? PartsFinding(IReadOnlyList<PublishedFigure> figures, PublishedFigure total, string[] ids, QualifierPolicy? policy)
    {
        if (PartsAndTotal(figures, total, policy, out var sum, out var whole))
        {
            return null;
        }

        var text = "the parts " + string.Join(" + ", figures.Select(f => f.ToString())) + " add up to " + sum
            + (whole ? " in whole numbers" : string.Empty) + ", which does not meet " + total + " = " + TotalRange(total, policy, whole);
        return new AuditFinding(AuditFindingKind.PartsDisagreeWithTotal, ids, text);
    }

    private static string TotalRange(PublishedFigure total, QualifierPolicy? policy, bool whole)
    {
        var range = ExactRange.Of(total.GetSignedInterval(policy));
        return (whole ? range.WholeNumbers() : range).ToString();
    }

    /// <summary>A share as a percent figure, so that a whole share (30) is rounded like any other and not a count.</summary>
    private static PublishedFigure AsShare(PublishedFigure share) =>
        share.Unit.Kind == FigureUnitKind.Percent
            ? share
            : new PublishedFigure(share.Value, FigureUnit.Percent, share.Qualifier, share.Magnitude, share.Direction);

    private static bool SharesAndHundred(IReadOnlyList<PublishedFigure> shares, QualifierPolicy? policy, out ExactRange sum)
    {
        sum = ExactRange.Point(BigInteger.Zero);
        foreach (var share in shares)
        {
            sum = sum.Plus(ExactRange.Of(AsShare(share).GetSignedInterval(policy)));
        }

        return sum.Intersects(ExactRange.Point(100 * ExactRange.One));
    }

    private static int SharesAgainstParts(IReadOnlyList<PublishedFigure> shares, IReadOnlyList<PublishedFigure> parts, QualifierPolicy? policy, out string range)
    {
        range = string.Empty;
        var whole = parts.All(CountsThings);
        var ranges = parts.Select(p => ExactRange.Of(p.GetSignedInterval(policy))).Select(r => whole ? r.WholeNumbers() : r).ToList();
        if (ranges.Any(r => !r.IsBounded || r.IsEmpty || r.Lower!.Value.Sign < 0))
        {
            return -1;
        }

        for (var i = 0; i < shares.Count; i++)
        {
            // The share x_i / Σx is least at x_i low and the others high, greatest the other way round.
            BigInteger othersLow = 0, othersHigh = 0;
            bool othersIncludeLow = true, othersIncludeHigh = true;
            for (var j = 0; j < ranges.Count; j++)
            {
                if (j != i)
                {
                    othersLow += ranges[j].Lower!.Value;
                    othersHigh += ranges[j].Upper!.Value;
                    othersIncludeLow &= ranges[j].IncludesLower;
                    othersIncludeHigh &= ranges[j].IncludesUpper;
                }
            }

            var own = ranges[i];
            var minNumerator = own.Lower!.Value;
            var minDenominator = minNumerator + othersHigh;
            var maxNumerator = own.Upper!.Value;
            var maxDenominator = maxNumerator + othersLow;
            if (minDenominator.IsZero || maxDenominator.IsZero)
            {
                continue;
            }

            var minIncluded = own.IncludesLower && othersIncludeHigh;
            var maxIncluded = own.IncludesUpper && othersIncludeLow;
            var printed = ExactRange.Of(AsShare(shares[i]).GetSignedInterval(policy));

            // [min, max] (in percent) meets the printed interval iff min is not above its upper end and max not below
            // its lower end; at an equal end both must include it.
            var fits = true;
            if (printed.Upper is { } upper)
            {
                var c = (minNumerator * 100 * ExactRange.One).CompareTo(upper * minDenominator);
                fits &= c < 0 || (c == 0 && minIncluded && printed.IncludesUpper);
            }

            if (printed.Lower is { } lower)
            {
                var c = (maxNumerator * 100 * ExactRange.One).CompareTo(lower * maxDenominator);
                fits &= c > 0 || (c == 0 && maxIncluded && printed.IncludesLower);
            }

            if (!fits)
            {
                range = (minIncluded ? "[" : "(") + Ratio(minNumerator, minDenominator) + "%, " + Ratio(maxNumerator, maxDenominator) + (maxIncluded ? "%]" : "%)");
                return i;
            }
        }

        return -1;
    }

    private static bool Difference(PublishedFigure minuend, PublishedFigure subtrahend, PublishedFigure difference, QualifierPolicy? policy, out ExactRange range)
    {
        range = ExactRange.Of(minuend.GetSignedInterval(policy)).Minus(ExactRange.Of(subtrahend.GetSignedInterval(policy)));
        return range.Intersects(ExactRange.Of(difference.GetSignedInterval(policy)));
    }

    private static PublishedFigure FigureFor(Claim claim, ClaimSubject subject)
    {
        for (var i = 0; i < claim.Subjects.Count; i++)
        {
            if (claim.Subjects[i].SameSubjectAs(subject))
            {
                return claim.FigureOf(i);
            }
        }

        return claim.FigureOf(0);
    }

    /// <summary>The month index (year × 12 + month − 1) a streak claim starts at: its period's last month minus its
    /// length plus one; false without a period or in other units than 个月/月 and 年.</summary>
    private static bool TryStreakStart(Claim streak, out int start)
    {
        start = 0;
        if (streak.Period is not { } period)
        {
            return false;
        }

        var length = (int)Math.Min(int.MaxValue / 24, streak.Figures[0].Value);
        var last = period.LastMonth.Year * 12 + period.LastMonth.Month - 1;
        switch (streak.Figures[0].Unit.Text)
        {
            case "个月":
            case "月":
                start = last - length + 1;
                return true;
            case "年":
                start = (period.LastMonth.Year - length + 1) * 12;
                return true;
            default:
                return false;
        }
    }

    private static bool SameSubjects(Claim a, Claim b) =>
        a.Subjects.Count == b.Subjects.Count && a.Subjects.Zip(b.Subjects, (x, y) => x.SameSubjectAs(y)).All(same => same);

    private static string[] Ids(params Claim[] claims) => claims.Select(c => c.Id).Distinct(StringComparer.Ordinal).ToArray();

    private static string MonthText(int index)
    {
        var year = index >= 0 ? index / 12 : -((-index + 11) / 12);
        var month = index - (year * 12) + 1;
        return year.ToString("D4", CultureInfo.InvariantCulture) + "-" + month.ToString("D2", CultureInfo.InvariantCulture);
    }

    private static string Number(long n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>numerator / denominator × scale, rounded 四舍五入 at <paramref name="decimals"/> places, as text.</summary>
    private static string Print(long numerator, long denominator, long scale, int decimals)
    {
        var value = (BigInteger)numerator * scale * BigInteger.Pow(10, decimals);
        return Ratio(value, denominator * BigInteger.Pow(10, decimals), decimals) + (scale == 100 ? "%" : scale == 1000 ? "‰" : " (× " + Number(scale) + ")");
    }

    private static string Ratio(BigInteger numerator, BigInteger denominator) => Ratio(numerator * 100, denominator, 4);

    /// <summary>numerator / denominator rounded half away from zero at <paramref name="decimals"/> places.</summary>
    private static string Ratio(BigInteger numerator, BigInteger denominator, int decimals)
    {
        var factor = BigInteger.Pow(10, decimals);
        var negative = numerator.Sign * denominator.Sign < 0;
        var n = BigInteger.Abs(numerator) * factor;
        var d = BigInteger.Abs(denominator);
        var q = BigInteger.DivRem(n, d, out var r);
        if (r * 2 >= d)
        {
            q += 1;
        }

        var scaled = q * BigInteger.Pow(10, 28 - decimals);
        return (negative && !q.IsZero ? "−" : string.Empty) + ExactRange.Format(scaled);
    }
}
