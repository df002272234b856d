using System;
using Quzhou.Governance.Indicators;
#if NET7_0_OR_GREATER
using System.Numerics;
#endif

namespace Quzhou.Governance.Calculations;

/// <summary>
/// The runs of consecutive periods that met a condition in a series (or several jointly): the longest
/// (the earliest when tied) and the current one, which ends at the last period of the data (empty when
/// the last period did not meet the condition, with the reason).
/// </summary>
/// <remarks>The default value is not computed: both runs are default <see cref="Run"/>s (<see cref="RunEnd.NotComputed"/>)
/// and <see cref="HoldsFor"/> is false, so a default never claims a streak.</remarks>
public readonly struct Streak : IEquatable<Streak>, IFormattable
#if NET7_0_OR_GREATER
    , IEqualityOperators<Streak, Streak, bool>
#endif
{
    internal Streak(Run longest, Run current)
    {
        Longest = longest;
        Current = current;
    }

    /// <summary>The longest run (the earliest of equally long ones).</summary>
    public Run Longest { get; }

    /// <summary>The run that ends at the last period of the data: “持续58个月” holds when its length is at least 58.</summary>
    public Run Current { get; }

    /// <summary>Whether the current run is at least <paramref name="periods"/> long (持续58个月: <c>HoldsFor(58)</c>).</summary>
    /// <param name="periods">The length claimed, at least 1.</param>
    /// <returns>Whether the claim holds.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="periods"/> is below 1.</exception>
    [Pure]
    public bool HoldsFor(int periods)
    {
        Preconditions.CheckArgumentRange(nameof(periods), periods, 1, int.MaxValue);
        return Current.Length >= periods;
    }

    /// <inheritdoc />
    [Pure]
    public bool Equals(Streak other) => Longest == other.Longest && Current == other.Current;

    /// <inheritdoc />
    [Pure]
    public override bool Equals(object? obj) => obj is Streak other && Equals(other);

    /// <inheritdoc />
    [Pure]
    public override int GetHashCode() => HashCodes.Combine(Longest.GetHashCode(), Current.GetHashCode());

    /// <summary><c>longest 2021-01..2025-10 (58, EndOfData); current …</c>.</summary>
    /// <returns>A string for diagnostics.</returns>
    [Pure]
    public override string ToString() => "longest " + Longest.ToString() + "; current " + Current.ToString();

    /// <summary>The streak as text: <c>G</c> (or null) as <see cref="ToString()"/>; <c>zh</c>, or a zh culture, in Chinese:
    /// “最长：2021-01至2025-10，连续58期，持续至最新一期；当前：…”.</summary>
    /// <param name="format"><c>G</c>, <c>zh</c> or null.</param>
    /// <param name="formatProvider">A zh culture makes <c>zh</c> the default.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is not one of the documented ones.</exception>
    [Pure]
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        OutcomeWords.IsChinese(format, formatProvider)
            ? "最长：" + Longest.ToString("zh", null) + "；当前：" + Current.ToString("zh", null)
            : ToString();

    /// <summary>Whether two results are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Streak left, Streak right) => left.Equals(right);

    /// <summary>Whether two results differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Streak left, Streak right) => !left.Equals(right);
}
