using System;
using System.Globalization;
using Quzhou.Governance.Periods;
#if NET7_0_OR_GREATER
using System.Numerics;
#endif

namespace Quzhou.Governance.Claims;

/// <summary>
/// One reading of a claim tried against data: which reading, the period it was computed over, the recomputed value
/// in the figure's units (percent for %, points for 个百分点, the count for a count) and whether it prints as the
/// published figure. Immutable.
/// </summary>
/// <remarks>The default value is the worded reading of the default period with the value 0, not fitting.</remarks>
public readonly struct ClaimReading : IEquatable<ClaimReading>
#if NET7_0_OR_GREATER
    , IEqualityOperators<ClaimReading, ClaimReading, bool>
#endif
{
    /// <summary>Creates a reading.</summary>
    /// <param name="kind">Which reading.</param>
    /// <param name="period">The period the value was computed over (for a change, the current span).</param>
    /// <param name="value">The recomputed value, in the figure's units, to the precision the calculation gives.</param>
    /// <param name="fits">Whether the value prints as the published figure.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public ClaimReading(ClaimReadingKind kind, CalendarPeriod period, decimal value, bool fits)
    {
        Preconditions.CheckArgumentRange(nameof(kind), (int)kind, (int)ClaimReadingKind.AsWorded, (int)ClaimReadingKind.TotalOfPeriod);
        Kind = kind;
        Period = period;
        Value = value;
        Fits = fits;
    }

    /// <summary>Which reading.</summary>
    public ClaimReadingKind Kind { get; }

    /// <summary>The period the value was computed over.</summary>
    public CalendarPeriod Period { get; }

    /// <summary>The recomputed value, in the figure's units.</summary>
    public decimal Value { get; }

    /// <summary>Whether the value prints as the published figure.</summary>
    public bool Fits { get; }

    /// <summary>Compares every part.</summary>
    /// <param name="left">The first reading.</param>
    /// <param name="right">The second reading.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ClaimReading left, ClaimReading right) => left.Equals(right);

    /// <summary>Compares every part.</summary>
    /// <param name="left">The first reading.</param>
    /// <param name="right">The second reading.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ClaimReading left, ClaimReading right) => !left.Equals(right);

    /// <summary>Compares every part.</summary>
    /// <param name="other">The other reading.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(ClaimReading other) => Kind == other.Kind && Period == other.Period && Value == other.Value && Fits == other.Fits;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ClaimReading other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCodes.Combine((int)Kind, Period.GetHashCode(), Value.GetHashCode(), Fits ? 1 : 0);

    /// <summary>The reading in words: <c>SameSpan 2021-01/2025-10: -72.96… (fits)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Kind.ToString() + " " + Period.ToString() + ": " + Value.ToString(CultureInfo.InvariantCulture) + (Fits ? " (fits)" : " (does not fit)");
}
