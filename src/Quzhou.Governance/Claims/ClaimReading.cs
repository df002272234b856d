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
/// <remarks>The default value is the worded reading (measured as worded) of the default period with the value 0, not fitting.</remarks>
public readonly struct ClaimReading : IEquatable<ClaimReading>
#if NET7_0_OR_GREATER
    , IEqualityOperators<ClaimReading, ClaimReading, bool>
#endif
{
    /// <summary>Creates a reading; a <see cref="ClaimReadingKind.PercentagePoints"/> or
    /// <see cref="ClaimReadingKind.RelativeChange"/> reading is also its <see cref="Measure"/>.</summary>
    /// <param name="kind">Which reading.</param>
    /// <param name="period">The period the value was computed over (for a change, the current span).</param>
    /// <param name="value">The recomputed value, in the figure's units, to the precision the calculation gives.</param>
    /// <param name="fits">Whether the value prints as the published figure.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public ClaimReading(ClaimReadingKind kind, CalendarPeriod period, decimal value, bool fits)
        : this(kind, kind is ClaimReadingKind.PercentagePoints or ClaimReadingKind.RelativeChange ? kind : ClaimReadingKind.AsWorded, period, value, fits)
    {
    }

    /// <summary>Creates a reading of a base (<paramref name="kind"/>) together with how a rate's “提升11.53%” is
    /// measured (<paramref name="measure"/>): 较“十三五”同期 read as percentage points is
    /// (<see cref="ClaimReadingKind.SameSpan"/>, <see cref="ClaimReadingKind.PercentagePoints"/>).</summary>
    /// <param name="kind">Which reading of the base (or of the period).</param>
    /// <param name="measure"><see cref="ClaimReadingKind.PercentagePoints"/> or
    /// <see cref="ClaimReadingKind.RelativeChange"/> for a rate's change printed in %; otherwise
    /// <see cref="ClaimReadingKind.AsWorded"/>.</param>
    /// <param name="period">The period the value was computed over (for a change, the current span).</param>
    /// <param name="value">The recomputed value, in the units of the measure (points, or percent of the old rate).</param>
    /// <param name="fits">Whether the value prints as the published figure.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined, or
    /// <paramref name="measure"/> is not one of the three.</exception>
    public ClaimReading(ClaimReadingKind kind, ClaimReadingKind measure, CalendarPeriod period, decimal value, bool fits)
    {
        Preconditions.CheckArgumentRange(nameof(kind), (int)kind, (int)ClaimReadingKind.AsWorded, (int)ClaimReadingKind.TotalOfPeriod);
        Preconditions.CheckArgument(measure is ClaimReadingKind.AsWorded or ClaimReadingKind.PercentagePoints or ClaimReadingKind.RelativeChange, nameof(measure), "A reading is measured as worded, in percentage points or as a relative change, but was {0}.", measure);
        Kind = kind;
        Measure = measure;
        Period = period;
        Value = value;
        Fits = fits;
    }

    /// <summary>Which reading.</summary>
    public ClaimReadingKind Kind { get; }

    /// <summary>How the figure is measured in this reading: <see cref="ClaimReadingKind.PercentagePoints"/> (提升11.53% read
    /// as 11.53 个百分点) or <see cref="ClaimReadingKind.RelativeChange"/> (as 11.53% of the old rate) for a rate's change
    /// printed in %; <see cref="ClaimReadingKind.AsWorded"/> for every other figure.</summary>
    public ClaimReadingKind Measure { get; }

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
    [Pure]
    public bool Equals(ClaimReading other) => Kind == other.Kind && Measure == other.Measure && Period == other.Period && Value == other.Value && Fits == other.Fits;

    /// <inheritdoc />
    [Pure]
    public override bool Equals(object? obj) => obj is ClaimReading other && Equals(other);

    /// <inheritdoc />
    [Pure]
    public override int GetHashCode() => HashCodes.Combine(((int)Kind << 8) | (int)Measure, Period.GetHashCode(), Value.GetHashCode(), Fits ? 1 : 0);

    /// <summary>The reading in words: <c>SameSpan 2021-01/2025-10: -72.96… (fits)</c>,
    /// <c>SameSpan/PercentagePoints 2021-01/2025-10: 11.53… (fits)</c>.</summary>
    /// <returns>The text.</returns>
    [Pure]
    public override string ToString() =>
        Kind.ToString() + (Measure == ClaimReadingKind.AsWorded || Measure == Kind ? string.Empty : "/" + Measure) + " " + Period.ToString() + ": " + Value.ToString(CultureInfo.InvariantCulture) + (Fits ? " (fits)" : " (does not fit)");
}
