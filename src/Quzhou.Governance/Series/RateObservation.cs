using System;
using Quzhou.Governance.Indicators;
using System.Globalization;
#if NET7_0_OR_GREATER
using System.Numerics;
#endif

namespace Quzhou.Governance.Series;

/// <summary>
/// One period of a rate series: its parts (numerator and denominator) when they are known, or only the
/// percentage as published with its precision, or a gap.
/// </summary>
/// <remarks>The default value is a gap at the default <see cref="SeriesPeriod"/>.</remarks>
public readonly struct RateObservation : IEquatable<RateObservation>
#if NET7_0_OR_GREATER
    , IEqualityOperators<RateObservation, RateObservation, bool>
#endif
{
    private readonly long numerator;
    private readonly long denominator;
    private readonly decimal published;
    private readonly byte flags;
    private readonly byte decimals;

    internal RateObservation(SeriesPeriod period, long numerator, long denominator, decimal published, int decimals, byte flags)
    {
        Period = period;
        this.numerator = numerator;
        this.denominator = denominator;
        this.published = published;
        this.decimals = (byte)decimals;
        this.flags = flags;
    }

    /// <summary>The period observed.</summary>
    public SeriesPeriod Period { get; }

    /// <summary>Whether the period has no value.</summary>
    public bool IsGap => flags == PointFlags.Gap;

    /// <summary>Whether the numerator and denominator are known (false for a gap or a published percentage only).</summary>
    public bool HasParts => flags != PointFlags.Gap && (flags & PointFlags.PublishedOnly) == 0;

    /// <summary>The numerator.</summary>
    /// <exception cref="InvalidOperationException">The parts are not known (<see cref="HasParts"/> is false).</exception>
    public long Numerator => HasParts ? numerator : ThrowNoParts();

    /// <summary>The denominator.</summary>
    /// <exception cref="InvalidOperationException">The parts are not known (<see cref="HasParts"/> is false).</exception>
    public long Denominator => HasParts ? denominator : ThrowNoParts();

    /// <summary>The status of the value.</summary>
    /// <exception cref="InvalidOperationException">The period is a gap.</exception>
    public ObservationStatus Status => IsGap ? ThrowGapStatus() : PointFlags.ToStatus(flags);

    /// <summary>The percentage as published (97.18 for 97.18%), or null when only the parts were given or the period is a gap.</summary>
    public decimal? PublishedPercent => IsGap || HasParts ? null : published;

    /// <summary>The number of decimals the percentage was published with (2 for 97.18%); 0 when there is no published percentage.</summary>
    public int PublishedDecimals => PublishedPercent is null ? 0 : decimals;

    /// <inheritdoc />
    [Pure]
    public bool Equals(RateObservation other) =>
        Period == other.Period && numerator == other.numerator && denominator == other.denominator
        && published == other.published && decimals == other.decimals && flags == other.flags;

    /// <inheritdoc />
    [Pure]
    public override bool Equals(object? obj) => obj is RateObservation other && Equals(other);

    /// <inheritdoc />
    [Pure]
    public override int GetHashCode() => HashCodes.Combine(Period.GetHashCode(), numerator.GetHashCode(), denominator.GetHashCode(), published.GetHashCode(), flags);

    /// <summary><c>2025-10: 9718/10000</c>, <c>2025-10: 97.18%</c> or <c>2025-10: gap</c>.</summary>
    /// <returns>A string for diagnostics.</returns>
    [Pure]
    public override string ToString()
    {
        if (IsGap)
        {
            return Period.ToString() + ": gap";
        }

        return HasParts
            ? Period.ToString() + ": " + numerator.ToString(CultureInfo.InvariantCulture) + "/" + denominator.ToString(CultureInfo.InvariantCulture)
            : Period.ToString() + ": " + published.ToString(CultureInfo.InvariantCulture) + "%";
    }

    /// <summary>Whether two observations are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(RateObservation left, RateObservation right) => left.Equals(right);

    /// <summary>Whether two observations differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(RateObservation left, RateObservation right) => !left.Equals(right);

    private long ThrowNoParts()
    {
        Preconditions.ThrowInvalidOperation(
            IsGap ? Period.ToString() + " is a gap in the series." : Period.ToString() + " has only its published percentage; its numerator and denominator are not known.");
        return 0;
    }

    private ObservationStatus ThrowGapStatus()
    {
        Preconditions.ThrowInvalidOperation(Period.ToString() + " is a gap in the series: it has no status.");
        return default;
    }
}
