using System;
using Quzhou.Governance.Series;
using Quzhou.Governance.Quantities;
#if NET7_0_OR_GREATER
using System.Numerics;
#endif

namespace Quzhou.Governance.Calculations;

/// <summary>
/// Whether a rate or a count was held at or above a floor (保持在97%以上) or at or below a ceiling (控制在…以内) over a
/// span, and if not, the first period
/// that fell short, or the first that could not be decided and why.
/// </summary>
/// <remarks>The default value is not computed: <see cref="ThresholdOutcome.NotComputed"/>, <see cref="IsHeld"/> false,
/// no periods checked, <see cref="Reason"/> <see cref="UndefinedReason.NotComputed"/>. A default never claims that a threshold held.</remarks>
public readonly struct ThresholdCheck : IEquatable<ThresholdCheck>, IFormattable
#if NET7_0_OR_GREATER
    , IEqualityOperators<ThresholdCheck, ThresholdCheck, bool>
#endif
{
    private readonly SeriesPeriod firstFailure;
    private readonly UndefinedReason reason;

    internal ThresholdCheck(ThresholdOutcome outcome, int periodsChecked, SeriesPeriod firstFailure, UndefinedReason reason)
    {
        Outcome = outcome;
        PeriodsChecked = periodsChecked;
        this.firstFailure = firstFailure;
        this.reason = reason;
    }

    /// <summary>Held, broken or undetermined.</summary>
    public ThresholdOutcome Outcome { get; }

    /// <summary>Whether every period met the threshold.</summary>
    public bool IsHeld => Outcome == ThresholdOutcome.Held;

    /// <summary>The number of periods examined (up to and including the first that fell short).</summary>
    public int PeriodsChecked { get; }

    /// <summary>The first period that fell short (when broken) or could not be decided (when undetermined); null when held.</summary>
    public SeriesPeriod? FirstFailure => Outcome is ThresholdOutcome.Held or ThresholdOutcome.NotComputed ? null : firstFailure;

    /// <summary>Why the first undecided period could not be decided; <see cref="UndefinedReason.None"/> when held or broken,
    /// <see cref="UndefinedReason.NotComputed"/> for the default value.</summary>
    public UndefinedReason Reason => Outcome == ThresholdOutcome.NotComputed ? UndefinedReason.NotComputed : reason;

    /// <inheritdoc />
    [Pure]
    public bool Equals(ThresholdCheck other) =>
        Outcome == other.Outcome && PeriodsChecked == other.PeriodsChecked && FirstFailure == other.FirstFailure && Reason == other.Reason;

    /// <inheritdoc />
    [Pure]
    public override bool Equals(object? obj) => obj is ThresholdCheck other && Equals(other);

    /// <inheritdoc />
    [Pure]
    public override int GetHashCode() => HashCodes.Combine((int)Outcome, PeriodsChecked, FirstFailure.GetHashCode(), (int)Reason);

    /// <summary><c>Held</c>, <c>Broken at 2023-04</c>, <c>Undetermined at 2023-04 (MissingCurrent)</c> or <c>Not computed</c>.</summary>
    /// <returns>A string for diagnostics.</returns>
    [Pure]
    public override string ToString() => Outcome switch
    {
        ThresholdOutcome.NotComputed => "Not computed",
        ThresholdOutcome.Held => "Held",
        ThresholdOutcome.Broken => "Broken at " + firstFailure.ToString(),
        _ => "Undetermined at " + firstFailure.ToString() + " (" + Reason.ToString() + ")",
    };

    /// <summary>The outcome as text: <c>G</c> (or null) as <see cref="ToString()"/>; <c>zh</c>, or a zh culture, in Chinese:
    /// “保持”, “未保持（2023-04）”, “无法判定（2023-04：无法计算（本期数据缺失））”, “未计算”.</summary>
    /// <param name="format"><c>G</c>, <c>zh</c> or null.</param>
    /// <param name="formatProvider">A zh culture makes <c>zh</c> the default.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is not one of the documented ones.</exception>
    [Pure]
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        if (!OutcomeWords.IsChinese(format, formatProvider))
        {
            return ToString();
        }

        var words = OutcomeWords.For(Outcome, chinese: true);
        return Outcome switch
        {
            ThresholdOutcome.Broken => words + "（" + firstFailure.ToString() + "）",
            ThresholdOutcome.Undetermined => words + "（" + firstFailure.ToString() + "：" + UndefinedReasonWords.For(Reason, chinese: true) + "）",
            _ => words,
        };
    }

    /// <summary>Whether two results are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ThresholdCheck left, ThresholdCheck right) => left.Equals(right);

    /// <summary>Whether two results differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ThresholdCheck left, ThresholdCheck right) => !left.Equals(right);
}
