using System;
using System.Globalization;
using Quzhou.Governance.Parsing;
#if NET7_0_OR_GREATER
using System.Numerics;
#endif

namespace Quzhou.Governance.Quantities;

/// <summary>
/// A signed difference of two <see cref="Count"/>s: 增加1360人 is +1360, 减少25起 is −25.
/// </summary>
/// <remarks>The default value is <see cref="Zero"/>. Arithmetic is checked and throws
/// <see cref="OverflowException"/> beyond the range of <see cref="long"/>.</remarks>
public readonly partial struct CountChange : IEquatable<CountChange>, IComparable<CountChange>, IComparable, IFormattable
#if NET7_0_OR_GREATER
    , ISpanFormattable
    , IComparisonOperators<CountChange, CountChange, bool>
    , IAdditionOperators<CountChange, CountChange, CountChange>
    , ISubtractionOperators<CountChange, CountChange, CountChange>
    , IUnaryNegationOperators<CountChange, CountChange>
#endif
{
    private readonly long value;

    /// <summary>Creates a change.</summary>
    /// <param name="value">The signed number of things gained (positive) or lost (negative).</param>
    public CountChange(long value) => this.value = value;

    /// <summary>No change.</summary>
    public static CountChange Zero => default;

    /// <summary>The signed number of things gained or lost.</summary>
    public long Value => value;

    /// <summary>Whether this is an increase (greater than zero).</summary>
    public bool IsIncrease => value > 0;

    /// <summary>Whether this is a decrease (less than zero).</summary>
    public bool IsDecrease => value < 0;

    /// <summary>The sum of two changes.</summary>
    /// <exception cref="OverflowException">The sum is beyond the range of <see cref="long"/>.</exception>
    public static CountChange operator +(CountChange left, CountChange right) => new(checked(left.value + right.value));

    /// <summary>The difference of two changes.</summary>
    /// <exception cref="OverflowException">The difference is beyond the range of <see cref="long"/>.</exception>
    public static CountChange operator -(CountChange left, CountChange right) => new(checked(left.value - right.value));

    /// <summary>The opposite change.</summary>
    /// <exception cref="OverflowException">The change is <see cref="long.MinValue"/>.</exception>
    public static CountChange operator -(CountChange change) => new(checked(-change.value));

    /// <summary>Whether two changes are equal.</summary>
    public static bool operator ==(CountChange left, CountChange right) => left.value == right.value;

    /// <summary>Whether two changes differ.</summary>
    public static bool operator !=(CountChange left, CountChange right) => left.value != right.value;

    /// <summary>Whether <paramref name="left"/> is smaller.</summary>
    public static bool operator <(CountChange left, CountChange right) => left.value < right.value;

    /// <summary>Whether <paramref name="left"/> is smaller or equal.</summary>
    public static bool operator <=(CountChange left, CountChange right) => left.value <= right.value;

    /// <summary>Whether <paramref name="left"/> is larger.</summary>
    public static bool operator >(CountChange left, CountChange right) => left.value > right.value;

    /// <summary>Whether <paramref name="left"/> is larger or equal.</summary>
    public static bool operator >=(CountChange left, CountChange right) => left.value >= right.value;

    /// <summary>The sum of two changes (twin of <c>+</c>).</summary>
    /// <param name="left">The first change.</param>
    /// <param name="right">The second change.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum is beyond the range of <see cref="long"/>.</exception>
    [Pure]
    public static CountChange Add(CountChange left, CountChange right) => left + right;

    /// <summary>The difference of two changes (twin of <c>-</c>).</summary>
    /// <param name="left">The first change.</param>
    /// <param name="right">The second change.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="OverflowException">The difference is beyond the range of <see cref="long"/>.</exception>
    [Pure]
    public static CountChange Subtract(CountChange left, CountChange right) => left - right;

    /// <summary>The opposite change (twin of unary <c>-</c>).</summary>
    /// <param name="change">The change.</param>
    /// <returns>The opposite.</returns>
    /// <exception cref="OverflowException">The change is <see cref="long.MinValue"/>.</exception>
    [Pure]
    public static CountChange Negate(CountChange change) => -change;

    /// <summary>This change plus another.</summary>
    /// <param name="other">The other change.</param>
    /// <returns>The sum.</returns>
    [Pure]
    public CountChange Plus(CountChange other) => this + other;

    /// <summary>This change minus another.</summary>
    /// <param name="other">The other change.</param>
    /// <returns>The difference.</returns>
    [Pure]
    public CountChange Minus(CountChange other) => this - other;

    /// <inheritdoc />
    [Pure]
    public bool Equals(CountChange other) => value == other.value;

    /// <inheritdoc />
    [Pure]
    public override bool Equals(object? obj) => obj is CountChange other && Equals(other);

    /// <inheritdoc />
    [Pure]
    public override int GetHashCode() => value.GetHashCode();

    /// <inheritdoc />
    [Pure]
    public int CompareTo(CountChange other) => value.CompareTo(other.value);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        CountChange other => CompareTo(other),
        _ => throw new ArgumentException("Object must be of type CountChange.", nameof(obj)),
    };

    /// <summary>The change, invariant and signed: “+1360”, “-25”, “0”.</summary>
    /// <returns>The text.</returns>
    [Pure]
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>
    /// The change as text. <c>G</c> (default): “+1360”, “-25”, “0”. <c>zh</c>: “增加1360”, “减少25”, “持平”.
    /// <c>万</c>/<c>亿</c>[places]: the magnitude in Chinese (“增加1.36万”).
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

    /// <summary>The change with its counting word: “+1360人”, with <c>zh</c> “增加1360人”.</summary>
    /// <param name="unit">The counting word.</param>
    /// <param name="format">A format as for <see cref="ToString(string?, IFormatProvider?)"/>.</param>
    /// <returns>The text (“持平” for no change in Chinese).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    [Pure]
    public string ToStringWithUnit(string unit, string? format = null)
    {
        Preconditions.CheckNotNull(unit, nameof(unit));
        var text = ToString(format, CultureInfo.InvariantCulture);
        return text == "持平" ? text : text + unit;
    }

    /// <summary>Writes the change into <paramref name="destination"/>, without allocating on net10.0.</summary>
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
        var spec = QuantityFormat.Parse(format, provider, allowMagnitude: true);
        if (!spec.Chinese)
        {
            if (value > 0)
            {
                writer.Append('+');
            }

            QuantityText.WriteMagnitude(ref writer, value, 0, spec);
            return;
        }

        if (value == 0)
        {
            writer.Append("持平");
            return;
        }

        writer.Append(value > 0 ? "增加" : "减少");
        QuantityText.WriteMagnitude(ref writer, value, 0, spec, unsigned: true);
    }
}
