using System;
using System.Globalization;
using Quzhou.Governance.Parsing;
#if NET7_0_OR_GREATER
using System.Numerics;
#endif

namespace Quzhou.Governance.Quantities;

/// <summary>
/// A whole, non-negative number of things: 4282 个社会组织, 1725 个站点, cases in a month.
/// Counts add up (flows over time); the difference of two counts is a signed <see cref="CountChange"/>.
/// </summary>
/// <remarks>
/// The default value is <see cref="Zero"/>. Arithmetic is checked: a sum beyond <see cref="long.MaxValue"/>
/// throws <see cref="OverflowException"/>, and a change that would take a count below zero throws
/// <see cref="ArgumentException"/>.
/// </remarks>
public readonly partial struct Count : IEquatable<Count>, IComparable<Count>, IComparable, IFormattable
#if NET7_0_OR_GREATER
    , ISpanFormattable
    , IComparisonOperators<Count, Count, bool>
    , IAdditionOperators<Count, Count, Count>
    , IAdditionOperators<Count, CountChange, Count>
    , ISubtractionOperators<Count, CountChange, Count>
    , ISubtractionOperators<Count, Count, CountChange>
#endif
{
    private readonly long value;

    /// <summary>Creates a count.</summary>
    /// <param name="value">The number of things, zero or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public Count(long value)
    {
        if (value < 0)
        {
            Preconditions.ThrowArgumentOutOfRange(nameof(value), value, 0L, long.MaxValue);
        }

        this.value = value;
    }

    /// <summary>No things: 0.</summary>
    public static Count Zero => default;

    /// <summary>The number of things.</summary>
    public long Value => value;

    /// <summary>Whether the count is zero (生产安全事故“0”发生).</summary>
    public bool IsZero => value == 0;

    /// <summary>The sum of two counts (flows add up).</summary>
    /// <exception cref="OverflowException">The sum is beyond <see cref="long.MaxValue"/>.</exception>
    public static Count operator +(Count left, Count right) => new(checked(left.value + right.value));

    /// <summary>A count moved by a change: 3 + (+2) = 5.</summary>
    /// <exception cref="ArgumentException">The result would be negative.</exception>
    /// <exception cref="OverflowException">The result is beyond <see cref="long.MaxValue"/>.</exception>
    public static Count operator +(Count left, CountChange right)
    {
        var result = checked(left.value + right.Value);
        if (result < 0)
        {
            ThrowBelowZero(left, right.Value);
        }

        return new Count(result);
    }

    /// <summary>A count moved back by a change: 5 − (+2) = 3.</summary>
    /// <exception cref="ArgumentException">The result would be negative.</exception>
    /// <exception cref="OverflowException">The result is beyond <see cref="long.MaxValue"/>.</exception>
    public static Count operator -(Count left, CountChange right) => left + (-right);

    /// <summary>The signed difference of two counts: 3 − 5 = −2.</summary>
    public static CountChange operator -(Count left, Count right) => new(left.value - right.value);

    /// <summary>Whether two counts are equal.</summary>
    public static bool operator ==(Count left, Count right) => left.value == right.value;

    /// <summary>Whether two counts differ.</summary>
    public static bool operator !=(Count left, Count right) => left.value != right.value;

    /// <summary>Whether <paramref name="left"/> is smaller.</summary>
    public static bool operator <(Count left, Count right) => left.value < right.value;

    /// <summary>Whether <paramref name="left"/> is smaller or equal.</summary>
    public static bool operator <=(Count left, Count right) => left.value <= right.value;

    /// <summary>Whether <paramref name="left"/> is larger.</summary>
    public static bool operator >(Count left, Count right) => left.value > right.value;

    /// <summary>Whether <paramref name="left"/> is larger or equal.</summary>
    public static bool operator >=(Count left, Count right) => left.value >= right.value;

    /// <summary>The count of <paramref name="value"/> things.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static explicit operator Count(long value) => new(value);

    /// <summary>The number of things.</summary>
    public static implicit operator long(Count count) => count.value;

    /// <summary>The count of <paramref name="value"/> things (named twin of the conversion).</summary>
    /// <param name="value">Zero or more.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    [Pure]
    public static Count FromInt64(long value) => new(value);

    /// <summary>The number of things (named twin of the conversion).</summary>
    /// <returns>The value.</returns>
    [Pure]
    public long ToInt64() => value;

    /// <summary>The sum of two counts (twin of <c>+</c>).</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum is beyond <see cref="long.MaxValue"/>.</exception>
    [Pure]
    public static Count Add(Count left, Count right) => left + right;

    /// <summary>A count moved by a change (twin of <c>+</c>).</summary>
    /// <param name="left">The count.</param>
    /// <param name="right">The change.</param>
    /// <returns>The moved count.</returns>
    /// <exception cref="ArgumentException">The result would be negative.</exception>
    [Pure]
    public static Count Add(Count left, CountChange right) => left + right;

    /// <summary>A count moved back by a change (twin of <c>-</c>).</summary>
    /// <param name="left">The count.</param>
    /// <param name="right">The change.</param>
    /// <returns>The moved count.</returns>
    /// <exception cref="ArgumentException">The result would be negative.</exception>
    [Pure]
    public static Count Subtract(Count left, CountChange right) => left - right;

    /// <summary>The signed difference of two counts (twin of <c>-</c>).</summary>
    /// <param name="left">The current count.</param>
    /// <param name="right">The base count.</param>
    /// <returns>The change.</returns>
    [Pure]
    public static CountChange Subtract(Count left, Count right) => left - right;

    /// <summary>This count plus another.</summary>
    /// <param name="other">The count to add.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum is beyond <see cref="long.MaxValue"/>.</exception>
    [Pure]
    public Count Plus(Count other) => this + other;

    /// <summary>This count moved by a change.</summary>
    /// <param name="change">The change.</param>
    /// <returns>The moved count.</returns>
    /// <exception cref="ArgumentException">The result would be negative.</exception>
    [Pure]
    public Count Plus(CountChange change) => this + change;

    /// <summary>This count moved back by a change.</summary>
    /// <param name="change">The change.</param>
    /// <returns>The moved count.</returns>
    /// <exception cref="ArgumentException">The result would be negative.</exception>
    [Pure]
    public Count Minus(CountChange change) => this - change;

    /// <summary>The change from <paramref name="other"/> to this count.</summary>
    /// <param name="other">The base count.</param>
    /// <returns>This count minus <paramref name="other"/>.</returns>
    [Pure]
    public CountChange Minus(Count other) => this - other;

    /// <summary>The relative change from <paramref name="baseCount"/> to this count (undefined when the base is zero).</summary>
    /// <param name="baseCount">The count compared against.</param>
    /// <returns>(this − base) / base, exact.</returns>
    [Pure]
    public RelativeChange RelativeTo(Count baseCount) => RelativeChange.Between(this, baseCount);

    /// <inheritdoc />
    [Pure]
    public bool Equals(Count other) => value == other.value;

    /// <inheritdoc />
    [Pure]
    public override bool Equals(object? obj) => obj is Count other && Equals(other);

    /// <inheritdoc />
    [Pure]
    public override int GetHashCode() => value.GetHashCode();

    /// <inheritdoc />
    [Pure]
    public int CompareTo(Count other) => value.CompareTo(other.value);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Count other => CompareTo(other),
        _ => throw new ArgumentException("Object must be of type Count.", nameof(obj)),
    };

    /// <summary>The count in digits, invariant: “4282”.</summary>
    /// <returns>The text.</returns>
    [Pure]
    public override string ToString() => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The count as text. Formats: <c>G</c>/<c>zh</c> digits (“4282”); <c>N</c> with group separators
    /// (“4,282”); <c>万</c>/<c>亿</c>/<c>万亿</c>[places] in that magnitude (“19万”, “1.36万”, with
    /// <c>万1</c> “1.4万”, 四舍五入).
    /// </summary>
    /// <param name="format">The format, or null for <c>G</c>.</param>
    /// <param name="formatProvider">Ignored apart from choosing the default form.</param>
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

    /// <summary>The count with its counting word: “4282个”, with <c>万</c> “19万次”.</summary>
    /// <param name="unit">The counting word (个, 人, 次, 起, 件…).</param>
    /// <param name="format">A format as for <see cref="ToString(string?, IFormatProvider?)"/>.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    [Pure]
    public string ToStringWithUnit(string unit, string? format = null) =>
        ToString(format, CultureInfo.InvariantCulture) + Preconditions.CheckNotNull(unit, nameof(unit));

    /// <summary>Writes the count into <paramref name="destination"/>, without allocating on net10.0.</summary>
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
        if (format.Length == 1 && format[0] is 'N' or 'n')
        {
            writer.Append(value, grouped: true);
            return;
        }

        var spec = QuantityFormat.Parse(format, provider, allowMagnitude: true);
        if (spec.Magnitude == 0 && spec.Decimals == QuantityFormat.DefaultDecimals)
        {
            writer.Append(value);
            return;
        }

        QuantityText.WriteMagnitude(ref writer, value, 0, spec);
    }

    private static void ThrowBelowZero(Count count, long change) =>
        Preconditions.ThrowArgument(
            nameof(change),
            string.Format(
                CultureInfo.InvariantCulture,
                "The change {0} takes the count {1} below zero (to {2}); a count cannot be negative.",
                change.ToString("+0;-0;0", CultureInfo.InvariantCulture),
                count.value,
                count.value + change));
}
