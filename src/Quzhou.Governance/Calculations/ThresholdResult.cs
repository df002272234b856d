using System;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;
#if NET7_0_OR_GREATER
using System.Numerics;
#endif

namespace Quzhou.Governance.Calculations;

/// <summary>
/// Whether a rate was held at or above a threshold over a span (保持在97%以上), and if not, the first period
/// that fell short, or the first that could not be decided and why.
/// </summary>
/// <remarks>The default value is not computed: <see cref="ThresholdOutcome.NotComputed"/>, <see cref="IsHeld"/> false,
/// no periods checked, <see cref="Reason"/> <see cref="UndefinedReason.NotComputed"/>. A default never claims that a threshold held.</remarks>
public readonly struct ThresholdResult : IEquatable<ThresholdResult>
#if NET7_0_OR_GREATER
    , IEqualityOperators<ThresholdResult, ThresholdResult, bool>
#endif
{
    private readonly SeriesPeriod firstFailure;
    private readonly UndefinedReason reason;

    internal ThresholdResult(ThresholdOutcome outcome, int periodsChecked, SeriesPeriod firstFailure, UndefinedReason reason)
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
    public bool Equals(ThresholdResult other) =>
        Outcome == other.Outcome && PeriodsChecked == other.PeriodsChecked && FirstFailure == other.FirstFailure && Reason == other.Reason;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ThresholdResult other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCodes.Combine((int)Outcome, PeriodsChecked, FirstFailure.GetHashCode(), (int)Reason);

    /// <summary><c>Held</c>, <c>Broken at 2023-04</c>, <c>Undetermined at 2023-04 (MissingCurrent)</c> or <c>Not computed</c>.</summary>
    /// <returns>A string for diagnostics.</returns>
    public override string ToString() => Outcome switch
    {
        ThresholdOutcome.NotComputed => "Not computed",
        ThresholdOutcome.Held => "Held",
        ThresholdOutcome.Broken => "Broken at " + firstFailure.ToString(),
        _ => "Undetermined at " + firstFailure.ToString() + " (" + Reason.ToString() + ")",
    };

    /// <summary>Whether two results are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ThresholdResult left, ThresholdResult right) => left.Equals(right);

    /// <summary>Whether two results differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ThresholdResult left, ThresholdResult right) => !left.Equals(right);
}
