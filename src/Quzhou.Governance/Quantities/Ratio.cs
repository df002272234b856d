using System;
using System.Globalization;
using System.Numerics;
using Quzhou.Governance.Parsing;

namespace Quzhou.Governance.Quantities;

/// <summary>
/// A rate as numerator / denominator of counts or amounts: 满意率 (satisfied / responses), 执行到位率
/// (money recovered / money owed), 结收案比 (cases closed / cases received). Kept exactly as the two whole
/// numbers, compared by cross-multiplication and turned into a percentage only when printed or asked for.
/// </summary>
/// <remarks>
/// <para>A <see cref="Share(long, long)"/> is a part of a whole and may not exceed 100%; a ratio made with
/// <see cref="Of(long, long)"/> may (结收案比 above 100% is normal). Both hold whole numbers of zero or more.</para>
/// <para><b>Undefined:</b> a ratio over a denominator of zero has no value: <see cref="IsDefined"/> is false,
/// <see cref="Reason"/> is <see cref="Quantities.UndefinedReason.ZeroDenominator"/>;
/// <see cref="Value"/>, <see cref="ToPercent"/> and the ordering operators throw
/// <see cref="InvalidOperationException"/>; <see cref="TryGetValue"/> returns false. Two undefined ratios
/// are equal to each other and to no defined ratio. <see cref="CompareTo(Ratio)"/> is a total order for sorting:
/// undefined ratios sort first.</para>
/// <para>Equality and order are by value (1/2 equals 2/4, whether share or not). The default value is the
/// undefined ratio 0/0.</para>
/// </remarks>
public readonly partial struct Ratio : IEquatable<Ratio>, IComparable<Ratio>, IComparable, IFormattable
#if NET7_0_OR_GREATER
    , ISpanFormattable
    , IComparisonOperators<Ratio, Ratio, bool>
    , ISubtractionOperators<Ratio, Ratio, PercentagePoints>
#endif
{
    /// <summary>Places shown by default.</summary>
    public const int DefaultDecimals = 2;

    private const int MaxDecimals = 16;

    private readonly long numerator;
    private readonly long denominator;
    private readonly bool isShare;

    private Ratio(long numerator, long denominator, bool isShare)
    {
        this.numerator = numerator;
        this.denominator = denominator;
        this.isShare = isShare;
    }

    /// <summary>The undefined ratio (over a denominator of zero); also the default value.</summary>
    public static Ratio Undefined => default;

    /// <summary>The numerator (the part, or the cases closed).</summary>
    public long Numerator => numerator;

    /// <summary>The denominator (the whole, or the cases received); zero when the ratio is undefined.</summary>
    public long Denominator => denominator;

    /// <summary>Whether this ratio is a share of a whole, which cannot exceed 100%.</summary>
    public bool IsShare => isShare;

    /// <summary>Whether the ratio has a value (its denominator is not zero).</summary>
    public bool IsDefined => denominator != 0;

    /// <summary>Why the ratio has no value, or <see cref="Quantities.UndefinedReason.None"/>.</summary>
    public UndefinedReason Reason => denominator != 0 ? UndefinedReason.None : UndefinedReason.ZeroDenominator;

    /// <summary>The ratio in percent with a decimal's full precision: 97.18 for 9718/10000.</summary>
    /// <exception cref="InvalidOperationException">The ratio is undefined (zero denominator).</exception>
    public decimal Value
    {
        get
        {
            EnsureDefined();
            return WideArithmetic.Quotient(numerator, denominator, 2);
        }
    }

    /// <summary>A share of a whole (at most 100%): 满意率 9718 of 10000.</summary>
    /// <param name="part">The part, zero or more and at most <paramref name="whole"/>.</param>
    /// <param name="whole">The whole, zero or more (zero gives the undefined ratio when the part is zero too).</param>
    /// <returns>The exact share.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="part"/> is negative or above <paramref name="whole"/>, or <paramref name="whole"/> is negative.</exception>
    [Pure]
    public static Ratio Share(long part, long whole)
    {
        Preconditions.CheckArgumentRange(nameof(whole), whole, 0L, long.MaxValue);
        Preconditions.CheckArgumentRange(nameof(part), part, 0L, whole);
        return new(part, whole, true);
    }

    /// <summary>A share of a whole of counts (at most 100%).</summary>
    /// <param name="part">The part, at most <paramref name="whole"/>.</param>
    /// <param name="whole">The whole.</param>
    /// <returns>The exact share.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="part"/> is above <paramref name="whole"/>.</exception>
    [Pure]
    public static Ratio Share(Count part, Count whole) => Share(part.Value, whole.Value);

    /// <summary>A share of a whole of amounts (执行到位率: recovered of owed, at most 100%).</summary>
    /// <param name="part">The part, zero or more and at most <paramref name="whole"/>.</param>
    /// <param name="whole">The whole, zero or more.</param>
    /// <returns>The exact share.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative or the part is above the whole.</exception>
    [Pure]
    public static Ratio Share(Amount part, Amount whole) => Share(part.Fen, whole.Fen);

    /// <summary>A ratio that may exceed 100% (结收案比).</summary>
    /// <param name="numerator">Zero or more.</param>
    /// <param name="denominator">Zero or more (zero gives the undefined ratio).</param>
    /// <returns>The exact ratio.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative.</exception>
    [Pure]
    public static Ratio Of(long numerator, long denominator)
    {
        Preconditions.CheckArgumentRange(nameof(numerator), numerator, 0L, long.MaxValue);
        Preconditions.CheckArgumentRange(nameof(denominator), denominator, 0L, long.MaxValue);
        return new(numerator, denominator, false);
    }

    /// <summary>A ratio of counts that may exceed 100%.</summary>
    /// <param name="numerator">The numerator.</param>
    /// <param name="denominator">The denominator.</param>
    /// <returns>The exact ratio.</returns>
    [Pure]
    public static Ratio Of(Count numerator, Count denominator) => new(numerator.Value, denominator.Value, false);

    /// <summary>A ratio of amounts that may exceed 100%.</summary>
    /// <param name="numerator">Zero or more.</param>
    /// <param name="denominator">Zero or more.</param>
    /// <returns>The exact ratio.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative.</exception>
    [Pure]
    public static Ratio Of(Amount numerator, Amount denominator) => Of(numerator.Fen, denominator.Fen);

    /// <summary>
    /// The difference of two rates in percentage points, each taken with a decimal's full precision:
    /// 化解率 98.5% (197/200) against 97% (97/100) is 1.5 个百分点.
    /// </summary>
    /// <exception cref="InvalidOperationException">A ratio is undefined.</exception>
    public static PercentagePoints operator -(Ratio left, Ratio right) => new(left.Value - right.Value);

    /// <summary>The difference of two rates in percentage points (twin of <c>-</c>).</summary>
    /// <param name="left">The later rate.</param>
    /// <param name="right">The earlier rate.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="InvalidOperationException">A ratio is undefined.</exception>
    [Pure]
    public static PercentagePoints Subtract(Ratio left, Ratio right) => left - right;

    /// <summary>Whether two ratios are equal in value (two undefined ratios are equal).</summary>
    public static bool operator ==(Ratio left, Ratio right) => left.Equals(right);

    /// <summary>Whether two ratios differ in value.</summary>
    public static bool operator !=(Ratio left, Ratio right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is the lower rate.</summary>
    /// <exception cref="InvalidOperationException">A ratio is undefined.</exception>
    public static bool operator <(Ratio left, Ratio right) => CompareDefined(left, right) < 0;

    /// <summary>Whether <paramref name="left"/> is lower or equal.</summary>
    /// <exception cref="InvalidOperationException">A ratio is undefined.</exception>
    public static bool operator <=(Ratio left, Ratio right) => CompareDefined(left, right) <= 0;

    /// <summary>Whether <paramref name="left"/> is the higher rate.</summary>
    /// <exception cref="InvalidOperationException">A ratio is undefined.</exception>
    public static bool operator >(Ratio left, Ratio right) => CompareDefined(left, right) > 0;

    /// <summary>Whether <paramref name="left"/> is higher or equal.</summary>
    /// <exception cref="InvalidOperationException">A ratio is undefined.</exception>
    public static bool operator >=(Ratio left, Ratio right) => CompareDefined(left, right) >= 0;

    /// <summary>Whether the ratio is below a threshold, exactly (保持在97%以上 fails).</summary>
    /// <exception cref="InvalidOperationException">The ratio is undefined.</exception>
    public static bool operator <(Ratio left, Percentage right) => left.CompareTo(right) < 0;

    /// <summary>Whether the ratio is at or below a threshold, exactly.</summary>
    /// <exception cref="InvalidOperationException">The ratio is undefined.</exception>
    public static bool operator <=(Ratio left, Percentage right) => left.CompareTo(right) <= 0;

    /// <summary>Whether the ratio is above a threshold, exactly.</summary>
    /// <exception cref="InvalidOperationException">The ratio is undefined.</exception>
    public static bool operator >(Ratio left, Percentage right) => left.CompareTo(right) > 0;

    /// <summary>Whether the ratio is at or above a threshold, exactly (97%以上 includes 97%).</summary>
    /// <exception cref="InvalidOperationException">The ratio is undefined.</exception>
    public static bool operator >=(Ratio left, Percentage right) => left.CompareTo(right) >= 0;

    /// <summary>Whether a threshold is below the ratio, exactly.</summary>
    /// <exception cref="InvalidOperationException">The ratio is undefined.</exception>
    public static bool operator <(Percentage left, Ratio right) => right.CompareTo(left) > 0;

    /// <summary>Whether a threshold is at or below the ratio, exactly.</summary>
    /// <exception cref="InvalidOperationException">The ratio is undefined.</exception>
    public static bool operator <=(Percentage left, Ratio right) => right.CompareTo(left) >= 0;

    /// <summary>Whether a threshold is above the ratio, exactly.</summary>
    /// <exception cref="InvalidOperationException">The ratio is undefined.</exception>
    public static bool operator >(Percentage left, Ratio right) => right.CompareTo(left) < 0;

    /// <summary>Whether a threshold is at or above the ratio, exactly.</summary>
    /// <exception cref="InvalidOperationException">The ratio is undefined.</exception>
    public static bool operator >=(Percentage left, Ratio right) => right.CompareTo(left) <= 0;

    /// <summary>
    /// The rate over both periods, from summed numerators and denominators (never the average of the
    /// two rates). The result is a share when both are.
    /// </summary>
    /// <param name="other">The other ratio.</param>
    /// <returns>(n₁ + n₂) / (d₁ + d₂).</returns>
    /// <exception cref="OverflowException">A sum is too large.</exception>
    [Pure]
    public Ratio Combine(Ratio other) =>
        new(checked(numerator + other.numerator), checked(denominator + other.denominator), isShare && other.isShare);

    /// <summary>The difference from <paramref name="other"/> to this rate, in percentage points.</summary>
    /// <param name="other">The earlier rate.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="InvalidOperationException">A ratio is undefined.</exception>
    [Pure]
    public PercentagePoints Minus(Ratio other) => this - other;

    /// <summary>Gets the ratio in percent when it is defined.</summary>
    /// <param name="value">The ratio in percent, or 0 when undefined.</param>
    /// <returns>Whether the ratio is defined.</returns>
    public bool TryGetValue(out decimal value)
    {
        if (denominator == 0)
        {
            value = 0m;
            return false;
        }

        value = Value;
        return true;
    }

    /// <summary>The ratio in percent with a decimal's full precision (same as <see cref="Value"/>).</summary>
    /// <returns>The ratio in percent.</returns>
    /// <exception cref="InvalidOperationException">The ratio is undefined.</exception>
    [Pure]
    public decimal ToDecimal() => Value;

    /// <summary>
    /// The ratio in percent rounded half away from zero (四舍五入) to <paramref name="decimals"/> places,
    /// exactly from the fraction: 2 496 / 3 421 at 2 places is 72.96.
    /// </summary>
    /// <param name="decimals">Places, 0 to 16.</param>
    /// <returns>The rounded percent, written with exactly that many places.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0…16.</exception>
    /// <exception cref="InvalidOperationException">The ratio is undefined.</exception>
    [Pure]
    public decimal ToPercent(int decimals)
    {
        Preconditions.CheckArgumentRange(nameof(decimals), decimals, 0, MaxDecimals);
        EnsureDefined();
        return WideArithmetic.RoundedQuotient(numerator, denominator, decimals + 2, decimals);
    }

    /// <summary>The ratio as a percentage with a decimal's full precision.</summary>
    /// <returns>The percentage.</returns>
    /// <exception cref="InvalidOperationException">The ratio is undefined.</exception>
    [Pure]
    public Percentage ToPercentage() => new(Value);

    /// <summary>The ratio as a percentage rounded to <paramref name="decimals"/> places (四舍五入), as published.</summary>
    /// <param name="decimals">Places, 0 to 16.</param>
    /// <returns>The percentage, written with exactly that many places.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0…16.</exception>
    /// <exception cref="InvalidOperationException">The ratio is undefined.</exception>
    [Pure]
    public Percentage ToPercentage(int decimals) => new(ToPercent(decimals));

    /// <summary>Whether the ratio is at or above a threshold, exactly (twin of <c>&gt;=</c>).</summary>
    /// <param name="threshold">The threshold.</param>
    /// <returns>Whether numerator / denominator ≥ threshold.</returns>
    /// <exception cref="InvalidOperationException">The ratio is undefined.</exception>
    [Pure]
    public bool IsAtLeast(Percentage threshold) => CompareTo(threshold) >= 0;

    /// <inheritdoc />
    [Pure]
    public bool Equals(Ratio other)
    {
        if (denominator == 0 || other.denominator == 0)
        {
            return denominator == other.denominator;
        }

        return WideArithmetic.CompareProducts(numerator, other.denominator, other.numerator, denominator) == 0;
    }

    /// <inheritdoc />
    [Pure]
    public override bool Equals(object? obj) => obj is Ratio other && Equals(other);

    /// <inheritdoc />
    [Pure]
    public override int GetHashCode() => denominator == 0 ? 0 : WideArithmetic.FractionHash(numerator, denominator);

    /// <summary>
    /// Compares two ratios by value, exactly (cross-multiplication, no division), in a total order consistent with
    /// <see cref="Equals(Ratio)"/>: undefined ratios (the default value among them) sort first and compare equal to
    /// each other, so a list holding one sorts. The ordering operators stay strict and throw for an undefined ratio.
    /// </summary>
    /// <param name="other">The other ratio.</param>
    /// <returns>Negative, zero or positive as this ratio is lower, equal or higher (undefined is lowest).</returns>
    [Pure]
    public int CompareTo(Ratio other)
    {
        if (denominator == 0 || other.denominator == 0)
        {
            return (denominator != 0 ? 1 : 0) - (other.denominator != 0 ? 1 : 0);
        }

        return WideArithmetic.CompareProducts(numerator, other.denominator, other.numerator, denominator);
    }

    /// <summary>
    /// Compares the ratio with a percentage exactly: numerator · 10^(k+2) against mantissa · denominator
    /// for a percentage of mantissa / 10^k, in 128-bit integers (no decimal division).
    /// </summary>
    /// <param name="threshold">The percentage.</param>
    /// <returns>Negative, zero or positive as the ratio is lower, equal or higher.</returns>
    /// <exception cref="InvalidOperationException">The ratio is undefined.</exception>
    [Pure]
    public int CompareTo(Percentage threshold)
    {
        if (denominator == 0)
        {
            ThrowUndefinedOrder();
        }

        if (WideArithmetic.TryDecompose(threshold.Value, out var mantissa, out var scale) && scale + 2 <= WideArithmetic.MaxPow10)
        {
            return WideArithmetic.CompareScaledProducts(numerator, WideArithmetic.Pow10(scale + 2), mantissa, denominator);
        }

        // Rare: a percentage with more than 18 significant digits. Exact, with big integers.
        WideArithmetic.ToBigFraction(threshold.Value, out var n, out var d);
        return (new BigInteger(numerator) * d * 100).CompareTo(n * denominator);
    }

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Ratio other => CompareTo(other),
        _ => throw new ArgumentException("Object must be of type Ratio.", nameof(obj)),
    };

    /// <summary>The ratio in percent, invariant, at <see cref="DefaultDecimals"/> places: “97.18%”.</summary>
    /// <returns>The text.</returns>
    [Pure]
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>
    /// The ratio as text: <c>G</c>/<c>zh</c> in percent at <see cref="DefaultDecimals"/> places (“97.18%”);
    /// <c>F1</c>/<c>P1</c>/<c>zh1</c> rounded exactly to that many places (四舍五入). Undefined:
    /// “undefined (zero denominator)” / “无法计算（分母为0）”.
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

    /// <summary>Writes the ratio into <paramref name="destination"/>, without allocating on net10.0.</summary>
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
        if (denominator == 0)
        {
            writer.Append(UndefinedReasonWords.For(UndefinedReason.ZeroDenominator, spec.Chinese));
            return;
        }

        writer.Append(ToPercent(spec.Decimals == QuantityFormat.DefaultDecimals ? DefaultDecimals : spec.Decimals));
        writer.Append('%');
    }

    private static int CompareDefined(Ratio left, Ratio right)
    {
        if (left.denominator == 0 || right.denominator == 0)
        {
            ThrowUndefinedOrder();
        }

        return left.CompareTo(right);
    }

    private static void ThrowUndefinedOrder() =>
        Preconditions.ThrowInvalidOperation("A ratio over a zero denominator is undefined and has no order; test IsDefined first.");

    private void EnsureDefined()
    {
        if (denominator == 0)
        {
            Preconditions.ThrowInvalidOperation("The ratio is undefined: its denominator is zero.");
        }
    }
}
