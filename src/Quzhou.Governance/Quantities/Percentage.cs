using System;
using System.Globalization;
using Quzhou.Governance.Parsing;
#if NET7_0_OR_GREATER
using System.Numerics;
#endif

namespace Quzhou.Governance.Quantities;

/// <summary>
/// A level in percent, such as a rate: 满意率 97.18%, “一网通办”率 100%, 化解率 98.5%.
/// Kept as the <see cref="decimal"/> number of percent it was made with.
/// </summary>
/// <remarks>
/// <para>Equality and order are by value: 97.10% equals 97.1% as a level, while text keeps the scale the
/// value was made with (97.10% prints “97.10%”). The default value is <see cref="Zero"/> (0%).</para>
/// <para>The algebra is that of a level: two levels subtract to <see cref="PercentagePoints"/>, and a level
/// moves by percentage points; two levels do not add (there is no <c>+</c> between percentages).</para>
/// </remarks>
public readonly partial struct Percentage : IEquatable<Percentage>, IComparable<Percentage>, IComparable, IFormattable
#if NET7_0_OR_GREATER
    , ISpanFormattable
    , IComparisonOperators<Percentage, Percentage, bool>
    , IAdditionOperators<Percentage, PercentagePoints, Percentage>
    , ISubtractionOperators<Percentage, Percentage, PercentagePoints>
    , ISubtractionOperators<Percentage, PercentagePoints, Percentage>
#endif
{
    private readonly decimal value;

    /// <summary>Creates a percentage from its number of percent: <c>new Percentage(97.18m)</c> is 97.18%.</summary>
    /// <param name="value">The number of percent, any sign; its scale is kept for text.</param>
    public Percentage(decimal value) => this.value = value;

    /// <summary>0%.</summary>
    public static Percentage Zero => default;

    /// <summary>100%.</summary>
    public static Percentage OneHundred => new(100m);

    /// <summary>The number of percent: 97.18 for 97.18%.</summary>
    public decimal Value => value;

    /// <summary>The value as a fraction of one: 0.9718 for 97.18%.</summary>
    public decimal Fraction => value / 100m;

    /// <summary>The number of decimals the value is written with (2 for 97.10%).</summary>
    public int Decimals => Rounding.Scale(value);

    /// <summary>The percentage of <paramref name="value"/> percent (named factory).</summary>
    /// <param name="value">The number of percent.</param>
    /// <returns>The percentage.</returns>
    [Pure]
    public static Percentage FromPercent(decimal value) => new(value);

    /// <summary>The percentage of a fraction of one: 0.9718 is 97.18%.</summary>
    /// <param name="fraction">The fraction of one.</param>
    /// <returns>The percentage.</returns>
    /// <exception cref="OverflowException">The value is too large for a decimal.</exception>
    [Pure]
    public static Percentage FromFraction(decimal fraction) => new(fraction * 100m);

    /// <summary>The difference of two levels, in percentage points: 98.5% − 97% = 1.5 个百分点.</summary>
    /// <exception cref="OverflowException">The difference is too large for a decimal.</exception>
    public static PercentagePoints operator -(Percentage left, Percentage right) => new(left.value - right.value);

    /// <summary>A level raised by percentage points: 80% + 11.53 个百分点 = 91.53%.</summary>
    /// <exception cref="OverflowException">The result is too large for a decimal.</exception>
    public static Percentage operator +(Percentage left, PercentagePoints right) => new(left.value + right.Value);

    /// <summary>A level raised by percentage points, written points first.</summary>
    /// <exception cref="OverflowException">The result is too large for a decimal.</exception>
    public static Percentage operator +(PercentagePoints left, Percentage right) => new(left.Value + right.value);

    /// <summary>A level lowered by percentage points.</summary>
    /// <exception cref="OverflowException">The result is too large for a decimal.</exception>
    public static Percentage operator -(Percentage left, PercentagePoints right) => new(left.value - right.Value);

    /// <summary>Whether two levels are equal in value (97.10% == 97.1%).</summary>
    public static bool operator ==(Percentage left, Percentage right) => left.value == right.value;

    /// <summary>Whether two levels differ in value.</summary>
    public static bool operator !=(Percentage left, Percentage right) => left.value != right.value;

    /// <summary>Whether <paramref name="left"/> is lower.</summary>
    public static bool operator <(Percentage left, Percentage right) => left.value < right.value;

    /// <summary>Whether <paramref name="left"/> is lower or equal.</summary>
    public static bool operator <=(Percentage left, Percentage right) => left.value <= right.value;

    /// <summary>Whether <paramref name="left"/> is higher.</summary>
    public static bool operator >(Percentage left, Percentage right) => left.value > right.value;

    /// <summary>Whether <paramref name="left"/> is higher or equal.</summary>
    public static bool operator >=(Percentage left, Percentage right) => left.value >= right.value;

    /// <summary>The difference of two levels (twin of <c>-</c>).</summary>
    /// <param name="left">The later level.</param>
    /// <param name="right">The earlier level.</param>
    /// <returns>The difference in percentage points.</returns>
    [Pure]
    public static PercentagePoints Subtract(Percentage left, Percentage right) => left - right;

    /// <summary>A level raised by percentage points (twin of <c>+</c>).</summary>
    /// <param name="left">The level.</param>
    /// <param name="right">The points.</param>
    /// <returns>The raised level.</returns>
    [Pure]
    public static Percentage Add(Percentage left, PercentagePoints right) => left + right;

    /// <summary>A level raised by percentage points, written points first (twin of <c>+</c>).</summary>
    /// <param name="left">The points.</param>
    /// <param name="right">The level.</param>
    /// <returns>The raised level.</returns>
    [Pure]
    public static Percentage Add(PercentagePoints left, Percentage right) => left + right;

    /// <summary>A level lowered by percentage points (twin of <c>-</c>).</summary>
    /// <param name="left">The level.</param>
    /// <param name="right">The points.</param>
    /// <returns>The lowered level.</returns>
    [Pure]
    public static Percentage Subtract(Percentage left, PercentagePoints right) => left - right;

    /// <summary>The difference from <paramref name="other"/> to this level.</summary>
    /// <param name="other">The earlier level.</param>
    /// <returns>This minus <paramref name="other"/>, in percentage points.</returns>
    [Pure]
    public PercentagePoints Minus(Percentage other) => this - other;

    /// <summary>This level raised by percentage points.</summary>
    /// <param name="points">The points.</param>
    /// <returns>The raised level.</returns>
    [Pure]
    public Percentage Plus(PercentagePoints points) => this + points;

    /// <summary>This level lowered by percentage points.</summary>
    /// <param name="points">The points.</param>
    /// <returns>The lowered level.</returns>
    [Pure]
    public Percentage Minus(PercentagePoints points) => this - points;

    /// <summary>This level rounded half away from zero (四舍五入) to <paramref name="decimals"/> places, written with exactly that many.</summary>
    /// <param name="decimals">Places, from 0 to 28.</param>
    /// <returns>The rounded level (97.184% at 2 is 97.18%).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0…28.</exception>
    [Pure]
    public Percentage Round(int decimals)
    {
        Preconditions.CheckArgumentRange(nameof(decimals), decimals, 0, Rounding.MaxDecimals);
        return new(Rounding.HalfAwayFromZero(value, decimals));
    }

    /// <summary>The relative change from <paramref name="baseLevel"/> to this level ((this − base) / base): 80% → 89.224% is +11.53%.</summary>
    /// <param name="baseLevel">The earlier level, zero or more.</param>
    /// <returns>The exact change, undefined when <paramref name="baseLevel"/> is 0%.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A level is negative or has more than 18 significant digits.</exception>
    [Pure]
    public RelativeChange RelativeTo(Percentage baseLevel) => RelativeChange.Between(this, baseLevel);

    /// <inheritdoc />
    [Pure]
    public bool Equals(Percentage other) => value == other.value;

    /// <inheritdoc />
    [Pure]
    public override bool Equals(object? obj) => obj is Percentage other && Equals(other);

    /// <inheritdoc />
    [Pure]
    public override int GetHashCode() => value.GetHashCode();

    /// <inheritdoc />
    [Pure]
    public int CompareTo(Percentage other) => value.CompareTo(other.value);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Percentage other => CompareTo(other),
        _ => throw new ArgumentException("Object must be of type Percentage.", nameof(obj)),
    };

    /// <summary>The level, invariant, in its own scale: “72.96%”, “97.10%”.</summary>
    /// <returns>The text.</returns>
    [Pure]
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>
    /// The level as text: <c>G</c> and <c>zh</c> “72.96%” in the value's own scale; <c>F2</c>/<c>P2</c>/<c>zh2</c>
    /// rounded to 2 places with 四舍五入 (“72.96%”).
    /// </summary>
    /// <param name="format">The format, or null for <c>G</c>.</param>
    /// <param name="formatProvider">Only chooses the default form.</param>
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

    /// <summary>Writes the level into <paramref name="destination"/>, without allocating on net10.0.</summary>
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
        QuantityText.WriteNumber(ref writer, value, QuantityFormat.Parse(format, provider));
        writer.Append('%');
    }
}
