using System;
using System.Globalization;
using Quzhou.Governance.Parsing;
#if NET7_0_OR_GREATER
using System.Numerics;
#endif

namespace Quzhou.Governance.Quantities;

/// <summary>
/// A difference of two percentages (百分点): 提高 1.2 个百分点, and of two growth rates: 增速回落 1.2 个百分点.
/// </summary>
/// <remarks>The default value is <see cref="Zero"/>. Equality and order are by value; text keeps the
/// scale the value was made with.</remarks>
public readonly partial struct PercentagePoints : IEquatable<PercentagePoints>, IComparable<PercentagePoints>, IComparable, IFormattable
#if NET7_0_OR_GREATER
    , ISpanFormattable
    , IComparisonOperators<PercentagePoints, PercentagePoints, bool>
    , IAdditionOperators<PercentagePoints, PercentagePoints, PercentagePoints>
    , ISubtractionOperators<PercentagePoints, PercentagePoints, PercentagePoints>
    , IUnaryNegationOperators<PercentagePoints, PercentagePoints>
#endif
{
    private readonly decimal value;

    /// <summary>Creates a difference of <paramref name="value"/> percentage points.</summary>
    /// <param name="value">The signed number of points: 11.53 or −1.2.</param>
    public PercentagePoints(decimal value) => this.value = value;

    /// <summary>No difference.</summary>
    public static PercentagePoints Zero => default;

    /// <summary>The signed number of points.</summary>
    public decimal Value => value;

    /// <summary>The number of decimals the value is written with.</summary>
    public int Decimals => Rounding.Scale(value);

    /// <summary>The sum of two differences.</summary>
    /// <exception cref="OverflowException">The result is too large for a decimal.</exception>
    public static PercentagePoints operator +(PercentagePoints left, PercentagePoints right) => new(left.value + right.value);

    /// <summary>The difference of two differences.</summary>
    /// <exception cref="OverflowException">The result is too large for a decimal.</exception>
    public static PercentagePoints operator -(PercentagePoints left, PercentagePoints right) => new(left.value - right.value);

    /// <summary>The opposite difference.</summary>
    public static PercentagePoints operator -(PercentagePoints points) => new(-points.value);

    /// <summary>Whether two differences are equal in value.</summary>
    public static bool operator ==(PercentagePoints left, PercentagePoints right) => left.value == right.value;

    /// <summary>Whether two differences differ in value.</summary>
    public static bool operator !=(PercentagePoints left, PercentagePoints right) => left.value != right.value;

    /// <summary>Whether <paramref name="left"/> is smaller.</summary>
    public static bool operator <(PercentagePoints left, PercentagePoints right) => left.value < right.value;

    /// <summary>Whether <paramref name="left"/> is smaller or equal.</summary>
    public static bool operator <=(PercentagePoints left, PercentagePoints right) => left.value <= right.value;

    /// <summary>Whether <paramref name="left"/> is larger.</summary>
    public static bool operator >(PercentagePoints left, PercentagePoints right) => left.value > right.value;

    /// <summary>Whether <paramref name="left"/> is larger or equal.</summary>
    public static bool operator >=(PercentagePoints left, PercentagePoints right) => left.value >= right.value;

    /// <summary>The sum of two differences (twin of <c>+</c>).</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The sum.</returns>
    [Pure]
    public static PercentagePoints Add(PercentagePoints left, PercentagePoints right) => left + right;

    /// <summary>The difference of two differences (twin of <c>-</c>).</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The difference.</returns>
    [Pure]
    public static PercentagePoints Subtract(PercentagePoints left, PercentagePoints right) => left - right;

    /// <summary>The opposite difference (twin of unary <c>-</c>).</summary>
    /// <param name="points">The difference.</param>
    /// <returns>The opposite.</returns>
    [Pure]
    public static PercentagePoints Negate(PercentagePoints points) => -points;

    /// <summary>This difference plus another.</summary>
    /// <param name="other">The other.</param>
    /// <returns>The sum.</returns>
    [Pure]
    public PercentagePoints Plus(PercentagePoints other) => this + other;

    /// <summary>This difference minus another.</summary>
    /// <param name="other">The other.</param>
    /// <returns>The difference.</returns>
    [Pure]
    public PercentagePoints Minus(PercentagePoints other) => this - other;

    /// <summary>This difference rounded half away from zero (四舍五入) to <paramref name="decimals"/> places.</summary>
    /// <param name="decimals">Places, from 0 to 28.</param>
    /// <returns>The rounded difference, written with exactly that many places.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0…28.</exception>
    [Pure]
    public PercentagePoints Round(int decimals)
    {
        Preconditions.CheckArgumentRange(nameof(decimals), decimals, 0, Rounding.MaxDecimals);
        return new(Rounding.HalfAwayFromZero(value, decimals));
    }

    /// <inheritdoc />
    [Pure]
    public bool Equals(PercentagePoints other) => value == other.value;

    /// <inheritdoc />
    [Pure]
    public override bool Equals(object? obj) => obj is PercentagePoints other && Equals(other);

    /// <inheritdoc />
    [Pure]
    public override int GetHashCode() => value.GetHashCode();

    /// <inheritdoc />
    [Pure]
    public int CompareTo(PercentagePoints other) => value.CompareTo(other.value);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        PercentagePoints other => CompareTo(other),
        _ => throw new ArgumentException("Object must be of type PercentagePoints.", nameof(obj)),
    };

    /// <summary>The difference, invariant: “11.53 pp”, “-1.2 pp”.</summary>
    /// <returns>The text.</returns>
    [Pure]
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>
    /// The difference as text: <c>G</c> “11.53 pp”, “-1.2 pp”; <c>zh</c> “11.53个百分点”, “-1.2个百分点”;
    /// <c>F1</c>/<c>zh1</c> rounded with 四舍五入.
    /// </summary>
    /// <param name="format">The format, or null for <c>G</c>.</param>
    /// <param name="formatProvider">A zh culture makes <c>zh</c> the default.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is not one of the documented ones.</exception>
    [Pure]
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        Span<char> buffer = stackalloc char[QuantityText.MaxLength];
        var writer = new SpanWriter(buffer);
        Write(ref writer, format.AsSpan(), formatProvider);
        return writer.ToString();
    }

    /// <summary>Writes the difference into <paramref name="destination"/>, without allocating on net10.0.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written (0 when the text did not fit).</param>
    /// <param name="format">The format, as for <see cref="ToString(string?, IFormatProvider?)"/>.</param>
    /// <param name="provider">A zh culture makes <c>zh</c> the default.</param>
    /// <returns>Whether the text fitted.</returns>
    /// <exception cref="FormatException">The format is not one of the documented ones.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var writer = new SpanWriter(destination);
        Write(ref writer, format, provider);
        return writer.TryComplete(out charsWritten);
    }

    private void Write(ref SpanWriter writer, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var spec = QuantityFormat.Parse(format, provider);
        QuantityText.WriteNumber(ref writer, value, spec);
        writer.Append(spec.Chinese ? "个百分点" : " pp");
    }
}
