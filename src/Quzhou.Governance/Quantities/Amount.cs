using System;
using System.Globalization;
using Quzhou.Governance.Parsing;
#if NET7_0_OR_GREATER
using System.Numerics;
#endif

namespace Quzhou.Governance.Quantities;

/// <summary>
/// An exact sum of money in 元, to the 分 (kept as a whole number of 分 in a <see cref="long"/>):
/// 损失数, money owed and recovered. Shown plainly (“1234567.89”) or with 元/万元/亿元/万亿元.
/// </summary>
/// <remarks>
/// The default value is <see cref="Zero"/>. An amount may be negative (a difference of amounts);
/// ratios and relative changes of amounts require amounts of zero or more. Arithmetic is checked and
/// throws <see cref="OverflowException"/> beyond ±92,233,720,368,547,758.07 元.
/// </remarks>
public readonly partial struct Amount : IEquatable<Amount>, IComparable<Amount>, IComparable, IFormattable
#if NET7_0_OR_GREATER
    , ISpanFormattable
    , IComparisonOperators<Amount, Amount, bool>
    , IAdditionOperators<Amount, Amount, Amount>
    , ISubtractionOperators<Amount, Amount, Amount>
    , IUnaryNegationOperators<Amount, Amount>
    , IMultiplyOperators<Amount, long, Amount>
#endif
{
    private const int FenPerYuan = 100;

    private readonly long fen;

    private Amount(long fen) => this.fen = fen;

    /// <summary>No money: 0 元.</summary>
    public static Amount Zero => default;

    /// <summary>The amount in 分 (hundredths of a 元), exactly.</summary>
    public long Fen => fen;

    /// <summary>The amount in 元, exactly (two decimals at most).</summary>
    public decimal Yuan => new decimal(fen) / FenPerYuan;

    /// <summary>The amount of <paramref name="fen"/> 分.</summary>
    /// <param name="fen">Hundredths of a 元.</param>
    /// <returns>The amount.</returns>
    [Pure]
    public static Amount FromFen(long fen) => new(fen);

    /// <summary>The amount of <paramref name="yuan"/> 元, which must be exact to the 分.</summary>
    /// <param name="yuan">The sum in 元: 1234.5 or 1234.50.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentException"><paramref name="yuan"/> has a fraction of a 分 (0.001 元).</exception>
    /// <exception cref="OverflowException">The amount is too large.</exception>
    [Pure]
    public static Amount FromYuan(decimal yuan) => FromScaled(yuan, 1m, nameof(yuan));

    /// <summary>The amount of <paramref name="wan"/> 万元 (×10⁴), which must be exact to the 分.</summary>
    /// <param name="wan">The sum in 万元: 123.45 is 1,234,500 元.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentException">The amount has a fraction of a 分.</exception>
    /// <exception cref="OverflowException">The amount is too large.</exception>
    [Pure]
    public static Amount FromWanYuan(decimal wan) => FromScaled(wan, 10_000m, nameof(wan));

    /// <summary>The amount of <paramref name="yi"/> 亿元 (×10⁸), which must be exact to the 分.</summary>
    /// <param name="yi">The sum in 亿元: 1.23 is 123,000,000 元.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentException">The amount has a fraction of a 分.</exception>
    /// <exception cref="OverflowException">The amount is too large.</exception>
    [Pure]
    public static Amount FromYiYuan(decimal yi) => FromScaled(yi, 100_000_000m, nameof(yi));

    /// <summary>The sum of two amounts.</summary>
    /// <exception cref="OverflowException">The sum is too large.</exception>
    public static Amount operator +(Amount left, Amount right) => new(checked(left.fen + right.fen));

    /// <summary>The difference of two amounts.</summary>
    /// <exception cref="OverflowException">The difference is too large.</exception>
    public static Amount operator -(Amount left, Amount right) => new(checked(left.fen - right.fen));

    /// <summary>The opposite amount.</summary>
    /// <exception cref="OverflowException">The amount is the most negative one.</exception>
    public static Amount operator -(Amount amount) => new(checked(-amount.fen));

    /// <summary>An amount taken <paramref name="times"/> times.</summary>
    /// <exception cref="OverflowException">The product is too large.</exception>
    public static Amount operator *(Amount amount, long times) => new(checked(amount.fen * times));

    /// <summary>Whether two amounts are equal.</summary>
    public static bool operator ==(Amount left, Amount right) => left.fen == right.fen;

    /// <summary>Whether two amounts differ.</summary>
    public static bool operator !=(Amount left, Amount right) => left.fen != right.fen;

    /// <summary>Whether <paramref name="left"/> is smaller.</summary>
    public static bool operator <(Amount left, Amount right) => left.fen < right.fen;

    /// <summary>Whether <paramref name="left"/> is smaller or equal.</summary>
    public static bool operator <=(Amount left, Amount right) => left.fen <= right.fen;

    /// <summary>Whether <paramref name="left"/> is larger.</summary>
    public static bool operator >(Amount left, Amount right) => left.fen > right.fen;

    /// <summary>Whether <paramref name="left"/> is larger or equal.</summary>
    public static bool operator >=(Amount left, Amount right) => left.fen >= right.fen;

    /// <summary>The sum of two amounts (twin of <c>+</c>).</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum is too large.</exception>
    [Pure]
    public static Amount Add(Amount left, Amount right) => left + right;

    /// <summary>The difference of two amounts (twin of <c>-</c>).</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="OverflowException">The difference is too large.</exception>
    [Pure]
    public static Amount Subtract(Amount left, Amount right) => left - right;

    /// <summary>The opposite amount (twin of unary <c>-</c>).</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The opposite.</returns>
    /// <exception cref="OverflowException">The amount is the most negative one.</exception>
    [Pure]
    public static Amount Negate(Amount amount) => -amount;

    /// <summary>An amount taken several times (twin of <c>*</c>).</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="times">How many times.</param>
    /// <returns>The product.</returns>
    /// <exception cref="OverflowException">The product is too large.</exception>
    [Pure]
    public static Amount Multiply(Amount amount, long times) => amount * times;

    /// <summary>This amount plus another.</summary>
    /// <param name="other">The other amount.</param>
    /// <returns>The sum.</returns>
    [Pure]
    public Amount Plus(Amount other) => this + other;

    /// <summary>This amount minus another.</summary>
    /// <param name="other">The other amount.</param>
    /// <returns>The difference.</returns>
    [Pure]
    public Amount Minus(Amount other) => this - other;

    /// <summary>The relative change from <paramref name="baseAmount"/> to this amount (undefined when the base is zero).</summary>
    /// <param name="baseAmount">The amount compared against, zero or more.</param>
    /// <returns>(this − base) / base, exact.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative.</exception>
    [Pure]
    public RelativeChange RelativeTo(Amount baseAmount) => RelativeChange.Between(this, baseAmount);

    /// <inheritdoc />
    [Pure]
    public bool Equals(Amount other) => fen == other.fen;

    /// <inheritdoc />
    [Pure]
    public override bool Equals(object? obj) => obj is Amount other && Equals(other);

    /// <inheritdoc />
    [Pure]
    public override int GetHashCode() => fen.GetHashCode();

    /// <inheritdoc />
    [Pure]
    public int CompareTo(Amount other) => fen.CompareTo(other.fen);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Amount other => CompareTo(other),
        _ => throw new ArgumentException("Object must be of type Amount.", nameof(obj)),
    };

    /// <summary>The amount in 元, invariant: “1234567.89”, “100”, “12.50”.</summary>
    /// <returns>The text.</returns>
    [Pure]
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>
    /// The amount as text. <c>G</c>: 元 without unit (“1234567.89”, whole amounts without decimals);
    /// <c>zh</c>: with 元 (“1234567.89元”); <c>F2</c>: rounded to places; <c>万</c>, <c>亿</c>, <c>万亿</c>
    /// optionally with places: in that magnitude with 元 (“123.45万元”, <c>亿2</c> “1.23亿元”, 四舍五入).
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

    /// <summary>Writes the amount into <paramref name="destination"/>, without allocating on net10.0.</summary>
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
        QuantityText.WriteMagnitude(ref writer, fen, 2, spec);
        if (spec.Chinese)
        {
            writer.Append('元');
        }
    }

    private static Amount FromScaled(decimal value, decimal yuanPerUnit, string paramName)
    {
        var fenValue = value * yuanPerUnit * FenPerYuan;
        if (decimal.Truncate(fenValue) != fenValue)
        {
            Preconditions.ThrowArgument(
                paramName,
                string.Format(
                    CultureInfo.InvariantCulture,
                    "The amount {0} is not a whole number of 分 (0.01 元); round it before making an Amount.",
                    value));
        }

        return new Amount(decimal.ToInt64(fenValue));
    }
}
