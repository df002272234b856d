using System;
using System.Collections.Generic;
using System.Linq;

namespace Quzhou.Governance.Claims;

/// <summary>
/// What an audit without data found impossible: its kind, the claims it concerns and the exact arithmetic that
/// shows it, which every finding prints (“97.18% is [97.175, 97.185]; of 1000 cases 971 prints 97.10% and 972 prints
/// 97.20%”). Immutable; equal when kind, claims and arithmetic are equal.
/// </summary>
public sealed class AuditFinding : IEquatable<AuditFinding>, IFormattable
{
    private readonly string[] claimIds;

    /// <summary>Creates a finding.</summary>
    /// <param name="kind">What was found impossible.</param>
    /// <param name="claimIds">The ids of the claims concerned, at least one.</param>
    /// <param name="arithmetic">The exact arithmetic that shows it, not empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="claimIds"/> or <paramref name="arithmetic"/> is null.</exception>
    /// <exception cref="ArgumentException">No claim id, an empty one, or empty arithmetic.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public AuditFinding(AuditFindingKind kind, IEnumerable<string> claimIds, string arithmetic)
    {
        Preconditions.CheckArgumentRange(nameof(kind), (int)kind, (int)AuditFindingKind.RateNotAttainable, (int)AuditFindingKind.PointsOnCount);
        this.claimIds = Preconditions.CheckNotNull(claimIds, nameof(claimIds)).ToArray();
        Preconditions.CheckArgument(this.claimIds.Length > 0 && this.claimIds.All(id => !string.IsNullOrEmpty(id)), nameof(claimIds), "A finding names at least one claim, each by a non-empty id.");
        Preconditions.CheckNotNull(arithmetic, nameof(arithmetic));
        Preconditions.CheckArgument(arithmetic.Length > 0, nameof(arithmetic), "A finding shows its arithmetic.");
        Kind = kind;
        Arithmetic = arithmetic;
        ClaimIds = Array.AsReadOnly(this.claimIds);
    }

    /// <summary>What was found impossible.</summary>
    public AuditFindingKind Kind { get; }

    /// <summary>The ids of the claims concerned.</summary>
    public IReadOnlyList<string> ClaimIds { get; }

    /// <summary>The exact arithmetic, in numbers and intervals (the same text in every language).</summary>
    public string Arithmetic { get; }

    /// <summary>Compares kind, claims and arithmetic.</summary>
    /// <param name="other">The other finding.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(AuditFinding? other) =>
        other is not null && Kind == other.Kind && claimIds.SequenceEqual(other.claimIds, StringComparer.Ordinal)
        && string.Equals(Arithmetic, other.Arithmetic, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AuditFinding);

    /// <inheritdoc />
    public override int GetHashCode() => HashCodes.Combine((int)Kind, StringComparer.Ordinal.GetHashCode(Arithmetic), claimIds.Length);

    /// <summary>The finding in English (see <see cref="ToString(string, IFormatProvider)"/>).</summary>
    /// <returns>The sentence.</returns>
    public override string ToString() => ToString("en", null);

    /// <summary>The finding as one sentence naming the claims, what is impossible and the arithmetic:
    /// “juvenile-rate: the printed rate cannot come from that number of cases: 97.18% is …”.</summary>
    /// <param name="format">"zh" or "en"; null, "" or "G" for the culture's language.</param>
    /// <param name="formatProvider">The culture, for the "G" format.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="FormatException">The format is not one of those.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var chinese = ClaimWriter.IsChinese(format, formatProvider);
        var ids = string.Join(chinese ? "、" : ", ", claimIds);
        return chinese ? ids + "：" + Chinese(Kind) + "：" + Arithmetic + "。" : ids + ": " + English(Kind) + ": " + Arithmetic + ".";
    }

    private static string Chinese(AuditFindingKind kind) => kind switch
    {
        AuditFindingKind.RateNotAttainable => "所公布的比率不可能由该个案数得出",
        AuditFindingKind.ChangeNotAttainable => "所公布的增减幅度不可能由整数基数得出",
        AuditFindingKind.PartsDisagreeWithTotal => "各分项在其修约范围内不可能合计为所公布的总数",
        AuditFindingKind.SharesDisagreeWithHundred => "各构成比在其修约范围内不可能合计为100",
        AuditFindingKind.SharesDisagreeWithParts => "所公布的构成比与各分项或总数在其修约范围内不相符",
        AuditFindingKind.DifferenceDisagrees => "所公布的差值在修约范围内不可能等于两个水平之差",
        AuditFindingKind.StreakStartsDisagree => "两处所述的连续期起点不一致",
        _ => "“百分点”用于计数或金额的变化，应使用百分比或绝对数",
    };

    private static string English(AuditFindingKind kind) => kind switch
    {
        AuditFindingKind.RateNotAttainable => "the printed rate cannot come from that number of cases",
        AuditFindingKind.ChangeNotAttainable => "the printed change cannot come from a whole base",
        AuditFindingKind.PartsDisagreeWithTotal => "the parts cannot add up to the printed total within their rounding",
        AuditFindingKind.SharesDisagreeWithHundred => "the shares cannot add up to 100 within their rounding",
        AuditFindingKind.SharesDisagreeWithParts => "a printed share cannot be its part's share of the printed parts or total within their rounding",
        AuditFindingKind.DifferenceDisagrees => "the printed difference cannot be the difference of the two printed levels within their rounding",
        AuditFindingKind.StreakStartsDisagree => "the streak's start stated in two places disagrees",
        _ => "percentage points are attached to the change of a count or amount, which changes in percent or in units",
    };
}
