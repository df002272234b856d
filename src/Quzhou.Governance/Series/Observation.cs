using System;
using Quzhou.Governance.Indicators;
using System.Globalization;
#if NET7_0_OR_GREATER
using System.Numerics;
#endif

namespace Quzhou.Governance.Series;

/// <summary>
/// One period of a count or amount series: the period, and either its value and status or a gap.
/// </summary>
/// <remarks>The default value is a gap at the default <see cref="SeriesPeriod"/>.</remarks>
public readonly struct Observation : IEquatable<Observation>
#if NET7_0_OR_GREATER
    , IEqualityOperators<Observation, Observation, bool>
#endif
{
    private readonly long value;
    private readonly byte flags;

    internal Observation(SeriesPeriod period, long value, byte flags)
    {
        Period = period;
        this.value = flags == PointFlags.Gap ? 0 : value;
        this.flags = flags;
    }

    /// <summary>The period observed.</summary>
    public SeriesPeriod Period { get; }

    /// <summary>Whether the period has no value (a gap, never filled).</summary>
    public bool IsGap => flags == PointFlags.Gap;

    /// <summary>The value: a count, or an amount in 分.</summary>
    /// <exception cref="InvalidOperationException">The period is a gap.</exception>
    public long Value
    {
        get
        {
            if (IsGap)
            {
                Preconditions.ThrowInvalidOperation(Period.ToString() + " is a gap in the series: it has no value.");
            }

            return value;
        }
    }

    /// <summary>The status of the value.</summary>
    /// <exception cref="InvalidOperationException">The period is a gap.</exception>
    public ObservationStatus Status
    {
        get
        {
            if (IsGap)
            {
                Preconditions.ThrowInvalidOperation(Period.ToString() + " is a gap in the series: it has no status.");
            }

            return PointFlags.ToStatus(flags);
        }
    }

    /// <summary>Gets the value when there is one.</summary>
    /// <param name="result">The value, or 0 for a gap.</param>
    /// <returns>Whether the period has a value.</returns>
    public bool TryGetValue(out long result)
    {
        result = value;
        return !IsGap;
    }

    /// <inheritdoc />
    [Pure]
    public bool Equals(Observation other) => Period == other.Period && value == other.value && flags == other.flags;

    /// <inheritdoc />
    [Pure]
    public override bool Equals(object? obj) => obj is Observation other && Equals(other);

    /// <inheritdoc />
    [Pure]
    public override int GetHashCode() => HashCodes.Combine(Period.GetHashCode(), value.GetHashCode(), flags);

    /// <summary><c>2025-10: 42</c>, <c>2025-10: 42 (Provisional)</c> or <c>2025-10: gap</c>.</summary>
    /// <returns>A string for diagnostics.</returns>
    [Pure]
    public override string ToString()
    {
        if (IsGap)
        {
            return Period.ToString() + ": gap";
        }

        var text = Period.ToString() + ": " + value.ToString(CultureInfo.InvariantCulture);
        return Status == ObservationStatus.Final ? text : text + " (" + Status.ToString() + ")";
    }

    /// <summary>Whether two observations are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Observation left, Observation right) => left.Equals(right);

    /// <summary>Whether two observations differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Observation left, Observation right) => !left.Equals(right);
}
