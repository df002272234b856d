using System;
using System.Globalization;
using Quzhou.Governance.Parsing;
#if NET7_0_OR_GREATER
using System.Numerics;
#endif

namespace Quzhou.Governance.Quantities;

/// <summary>
/// A relative change, (current − base) / base: 同比下降 6.67%, 较“十三五”同期下降 31.3%, 增长 1.3 倍.
/// Kept exactly as the fraction current / base of two whole numbers, compared by cross-multiplication
/// and turned into a <see cref="decimal"/> only when printed or asked for.
/// </summary>
/// <remarks>
/// <para>A change computed from data (<see cref="Between(Count, Count)"/>) remembers its current and base
/// values. A change made from a published figure (<see cref="FromPercent"/>: −31.3%) is the exact
/// fraction 687/1000 and remembers the figure's printed decimals for text.</para>
/// <para><b>Undefined:</b> a change against a base of zero has no value (not infinity):
/// <see cref="IsDefined"/> is false and <see cref="Reason"/> is <see cref="Quantities.UndefinedReason.ZeroBase"/>.
/// <see cref="Value"/>, <see cref="ToPercent"/>, <see cref="ApplyTo(Count)"/> and the ordering operators
/// throw <see cref="InvalidOperationException"/> for it; <see cref="TryGetValue"/> returns false.
/// Two undefined changes are equal to each other and to no defined change. <see cref="CompareTo(RelativeChange)"/>
/// is a total order for sorting: undefined changes sort first (as <see cref="double.CompareTo(double)"/> sorts NaN first).</para>
/// <para>Equality and order are by value: 1/2 equals 2/4. The default value is the undefined change 0/0;
/// <see cref="Zero"/> is no change.</para>
/// <para>Both the current and the base are zero or more, so a change is never below −100%.</para>
/// </remarks>
public readonly partial struct RelativeChange : IEquatable<RelativeChange>, IComparable<RelativeChange>, IComparable, IFormattable
#if NET7_0_OR_GREATER
    , ISpanFormattable
    , IComparisonOperators<RelativeChange, RelativeChange, bool>
    , ISubtractionOperators<RelativeChange, RelativeChange, PercentagePoints>
#endif
{
    /// <summary>Places shown by default for a change computed from data.</summary>
    public const int DefaultDecimals = 2;

    private const int MaxPublishedScale = 16;

    /// <summary>The most doublings a change may hold: 2⁵⁶ − 1 = +7,205,759,403,792,793,500% is the largest that
    /// prints as a percentage <see cref="FromPercent"/> reads back (2⁵⁷ would not).</summary>
    internal const int MaxDoublings = 56;

    private readonly long current;
    private readonly long baseValue;

    // Defined (base not 0): printed decimals + 1 for a published figure; 0 for a change computed from data.
    // Undefined (base 0): 0 for a zero base (Between, the default), otherwise the UndefinedReason it was taken with.
    private readonly int decimalsPlusOne;

    private RelativeChange(long current, long baseValue, int decimalsPlusOne)
    {
        this.current = current;
        this.baseValue = baseValue;
        this.decimalsPlusOne = decimalsPlusOne;
    }

    /// <summary>No change (0%).</summary>
    public static RelativeChange Zero => new(1, 1, 1);

    /// <summary>The undefined change (against a base of zero); also the default value.</summary>
    public static RelativeChange Undefined => default;

    /// <summary>
    /// The current value of the fraction current / base. For a change made from a published percentage
    /// p, the numerator of 1 + p/100 (687 for −31.3%, over a base of 1000).
    /// </summary>
    public long Current => current;

    /// <summary>The base value (the denominator); zero when the change is undefined.</summary>
    public long Base => baseValue;

    /// <summary>Whether the change has a value (its base is not zero).</summary>
    public bool IsDefined => baseValue != 0;

    /// <summary>Why the change has no value, or <see cref="Quantities.UndefinedReason.None"/>: <see cref="Quantities.UndefinedReason.ZeroBase"/>
    /// for a change against zero (and the default value); for a change taken from a calculation, the calculation's
    /// reason (<see cref="Quantities.UndefinedReason.MissingCurrent"/> when the current value is missing).</summary>
    public UndefinedReason Reason => baseValue != 0 ? UndefinedReason.None : decimalsPlusOne == 0 ? UndefinedReason.ZeroBase : (UndefinedReason)decimalsPlusOne;

    /// <summary>Whether the change is defined and an increase (current &gt; base).</summary>
    public bool IsIncrease => baseValue != 0 && current > baseValue;

    /// <summary>Whether the change is defined and a decrease (current &lt; base).</summary>
    public bool IsDecrease => baseValue != 0 && current < baseValue;

    /// <summary>The decimals of the published figure this change was made from, or null for a change computed from data.</summary>
    public int? PublishedDecimals => decimalsPlusOne == 0 || baseValue == 0 ? null : decimalsPlusOne - 1;

    /// <summary>The change in percent with a decimal's full precision: −31.3 for −31.3%.</summary>
    /// <exception cref="InvalidOperationException">The change is undefined (zero base).</exception>
    public decimal Value
    {
        get
        {
            EnsureDefined();
            return WideArithmetic.Quotient(current - baseValue, baseValue, 2);
        }
    }

    /// <summary>An undefined change that says why (a calculation's reason: the current value missing, a break in basis…).</summary>
    /// <param name="why">The reason, not <see cref="Quantities.UndefinedReason.None"/>.</param>
    internal static RelativeChange UndefinedBecause(UndefinedReason why) =>
        new(0, 0, why == UndefinedReason.ZeroBase ? 0 : (int)why);

    /// <summary>The change between two counts: 4282 against 4000 is +7.05%; undefined against 0.</summary>
    /// <param name="current">The current count.</param>
    /// <param name="baseCount">The count compared against.</param>
    /// <returns>The exact change.</returns>
    [Pure]
    public static RelativeChange Between(Count current, Count baseCount) => new(current.Value, baseCount.Value, 0);

    /// <summary>The change between two amounts; undefined against 0 元.</summary>
    /// <param name="current">The current amount, zero or more.</param>
    /// <param name="baseAmount">The amount compared against, zero or more.</param>
    /// <returns>The exact change.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative.</exception>
    [Pure]
    public static RelativeChange Between(Amount current, Amount baseAmount) =>
        Between(current.Fen, baseAmount.Fen);

    /// <summary>The change between two whole numbers (counts, or amounts in 分); undefined against 0.</summary>
    /// <param name="current">The current value, zero or more.</param>
    /// <param name="baseValue">The value compared against, zero or more.</param>
    /// <returns>The exact change.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative.</exception>
    [Pure]
    public static RelativeChange Between(long current, long baseValue)
    {
        Preconditions.CheckArgumentRange(nameof(current), current, 0L, long.MaxValue);
        Preconditions.CheckArgumentRange(nameof(baseValue), baseValue, 0L, long.MaxValue);
        return new(current, baseValue, 0);
    }

    /// <summary>
    /// The relative change of a level (a rate rising “by 11.53%” of its old value, as opposed to
    /// 11.53 percentage points): 80% → 89.224% is +11.53%; undefined against 0%.
    /// </summary>
    /// <param name="current">The current level, zero or more.</param>
    /// <param name="baseLevel">The level compared against, zero or more.</param>
    /// <returns>The exact change.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A level is negative or has more than 18 significant digits.</exception>
    [Pure]
    public static RelativeChange Between(Percentage current, Percentage baseLevel)
    {
        Preconditions.CheckArgumentRange(nameof(current), current.Value, 0m, decimal.MaxValue);
        Preconditions.CheckArgumentRange(nameof(baseLevel), baseLevel.Value, 0m, decimal.MaxValue);
        if (!WideArithmetic.TryDecompose(current.Value, out var m1, out var s1) | !WideArithmetic.TryDecompose(baseLevel.Value, out var m2, out var s2))
        {
            Preconditions.ThrowArgument(nameof(current), "A level with more than 18 significant digits cannot be compared exactly.");
        }

        try
        {
            // Bring both to the same scale: m1/10^s1 ÷ m2/10^s2.
            if (s1 < s2)
            {
                m1 = checked(m1 * (long)WideArithmetic.Pow10(s2 - s1));
            }
            else if (s2 < s1)
            {
                m2 = checked(m2 * (long)WideArithmetic.Pow10(s1 - s2));
            }
        }
        catch (OverflowException)
        {
            Preconditions.ThrowArgument(nameof(current), "The levels' digits are too far apart to be compared exactly.");
        }

        return new(m1, m2, 0);
    }

    /// <summary>The change of a published percentage: −31.3 is 下降31.3%, 6.47 is 增长6.47%; its decimals are kept for text.</summary>
    /// <param name="percent">The change in percent, −100 or more, at most 16 decimals.</param>
    /// <returns>The exact change (1 + percent/100 as a fraction over a power of ten).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is below −100, has more than 16 decimals or is too large.</exception>
    [Pure]
    public static RelativeChange FromPercent(decimal percent) => FromPercentNaming(percent, nameof(percent), percent, -100m, 1_000_000_000_000_000m);

    /// <summary>FromPercent, naming the caller's parameter (<paramref name="paramName"/>, given as <paramref name="argument"/>,
    /// from <paramref name="minimum"/> to <paramref name="maximum"/>) when the percent is out of range.</summary>
    private static RelativeChange FromPercentNaming(decimal percent, string paramName, decimal argument, decimal minimum, decimal maximum)
    {
        if (!WideArithmetic.TryDecompose(percent, out var mantissa, out var scale) || scale > MaxPublishedScale || percent < -100m)
        {
            Preconditions.ThrowArgumentOutOfRange(paramName, argument, minimum, maximum);
        }

        var denominator = (long)WideArithmetic.Pow10(scale + 2);
        if (mantissa > long.MaxValue - denominator)
        {
            Preconditions.ThrowArgumentOutOfRange(paramName, argument, minimum, maximum);
        }

        return new(denominator + mantissa, denominator, scale + 1);
    }

    /// <summary>增长 <paramref name="times"/> 倍: an increase of that many times the base (增长1.3倍 = +130%).</summary>
    /// <param name="times">The increase in multiples of the base, −1 or more.</param>
    /// <returns>The exact change.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="times"/> is below −1 or has too many digits.</exception>
    [Pure]
    public static RelativeChange FromTimesIncrease(decimal times)
    {
        Preconditions.CheckArgumentRange(nameof(times), times, -1m, 10_000_000_000_000_000m);
        var percent = times * 100m;
        return FromPercentNaming(Rounding.WithScale(QuantityText.Normalize(percent, 0), Math.Max(0, Rounding.Scale(times) - 2)), nameof(times), times, -1m, 10_000_000_000_000_000m);
    }

    /// <summary>翻 <paramref name="doublings"/> 番: 翻一番 is ×2 (+100%), 翻两番 ×4 (+300%).</summary>
    /// <param name="doublings">The number of doublings, 0 to <see cref="MaxDoublings"/> (so that the change prints
    /// as a percentage that reads back exactly).</param>
    /// <returns>The exact change 2^n − 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="doublings"/> is outside 0…56.</exception>
    [Pure]
    public static RelativeChange FromDoublings(int doublings)
    {
        Preconditions.CheckArgumentRange(nameof(doublings), doublings, 0, MaxDoublings);
        return new(1L << doublings, 1, 1);
    }

    /// <summary>成 (tenths): 下降三成 is <c>FromTenths(-3)</c> = −30%, 增长两成 is +20%.</summary>
    /// <param name="tenths">The signed number of tenths, −10 or more.</param>
    /// <returns>The exact change.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tenths"/> is below −10 or has too many digits.</exception>
    [Pure]
    public static RelativeChange FromTenths(decimal tenths)
    {
        Preconditions.CheckArgumentRange(nameof(tenths), tenths, -10m, 100_000_000_000_000_000m);
        var percent = tenths * 10m;
        return FromPercentNaming(Rounding.WithScale(QuantityText.Normalize(percent, 0), Math.Max(0, Rounding.Scale(tenths) - 1)), nameof(tenths), tenths, -10m, 100_000_000_000_000_000m);
    }

    /// <summary>The difference of two changes in percentage points: 增速回落 1.2 个百分点 (8.5% − 9.7%).</summary>
    /// <exception cref="InvalidOperationException">A change is undefined.</exception>
    public static PercentagePoints operator -(RelativeChange left, RelativeChange right) => new(left.Value - right.Value);

    /// <summary>Whether two changes are equal in value (two undefined changes are equal).</summary>
    public static bool operator ==(RelativeChange left, RelativeChange right) => left.Equals(right);

    /// <summary>Whether two changes differ in value.</summary>
    public static bool operator !=(RelativeChange left, RelativeChange right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is the smaller change.</summary>
    /// <exception cref="InvalidOperationException">A change is undefined.</exception>
    public static bool operator <(RelativeChange left, RelativeChange right) => CompareDefined(left, right) < 0;

    /// <summary>Whether <paramref name="left"/> is smaller or equal.</summary>
    /// <exception cref="InvalidOperationException">A change is undefined.</exception>
    public static bool operator <=(RelativeChange left, RelativeChange right) => CompareDefined(left, right) <= 0;

    /// <summary>Whether <paramref name="left"/> is the larger change.</summary>
    /// <exception cref="InvalidOperationException">A change is undefined.</exception>
    public static bool operator >(RelativeChange left, RelativeChange right) => CompareDefined(left, right) > 0;

    /// <summary>Whether <paramref name="left"/> is larger or equal.</summary>
    /// <exception cref="InvalidOperationException">A change is undefined.</exception>
    public static bool operator >=(RelativeChange left, RelativeChange right) => CompareDefined(left, right) >= 0;

    /// <summary>The difference of two changes in percentage points (twin of <c>-</c>).</summary>
    /// <param name="left">The later change.</param>
    /// <param name="right">The earlier change.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="InvalidOperationException">A change is undefined.</exception>
    [Pure]
    public static PercentagePoints Subtract(RelativeChange left, RelativeChange right) => left - right;

    /// <summary>The difference from <paramref name="other"/> to this change, in percentage points.</summary>
    /// <param name="other">The earlier change.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="InvalidOperationException">A change is undefined.</exception>
    [Pure]
    public PercentagePoints Minus(RelativeChange other) => this - other;

    /// <summary>Gets the change in percent when it is defined.</summary>
    /// <param name="value">The change in percent, or 0 when undefined.</param>
    /// <returns>Whether the change is defined.</returns>
    public bool TryGetValue(out decimal value)
    {
        if (baseValue == 0)
        {
            value = 0m;
            return false;
        }

        value = Value;
        return true;
    }

    /// <summary>The change in percent with a decimal's full precision (same as <see cref="Value"/>).</summary>
    /// <returns>The change in percent.</returns>
    /// <exception cref="InvalidOperationException">The change is undefined.</exception>
    [Pure]
    public decimal ToDecimal() => Value;

    /// <summary>
    /// The change in percent rounded half away from zero (四舍五入) to <paramref name="decimals"/> places,
    /// exactly from the fraction (no intermediate decimal rounding).
    /// </summary>
    /// <param name="decimals">Places, 0 to 16.</param>
    /// <returns>The rounded change in percent, written with exactly that many places.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0…16.</exception>
    /// <exception cref="InvalidOperationException">The change is undefined.</exception>
    [Pure]
    public decimal ToPercent(int decimals)
    {
        Preconditions.CheckArgumentRange(nameof(decimals), decimals, 0, MaxPublishedScale);
        EnsureDefined();
        return PercentChange(current, baseValue, decimals);
    }

    /// <summary>
    /// The one exact path for the percentage change of two whole numbers of either sign (a change, or a calculation's
    /// pair current/base): (current − base) / base × 100, rounded half away from zero (四舍五入) from the 128-bit
    /// quotient, never through a decimal division.
    /// </summary>
    /// <param name="current">The current value.</param>
    /// <param name="baseValue">The base value, not 0.</param>
    /// <param name="decimals">Places, 0 to 16.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0…16.</exception>
    /// <exception cref="OverflowException">The difference or the result is too large.</exception>
    internal static decimal PercentChange(long current, long baseValue, int decimals)
    {
        Preconditions.CheckArgumentRange(nameof(decimals), decimals, 0, MaxPublishedScale);
        var difference = checked(current - baseValue);
        return baseValue > 0
            ? WideArithmetic.RoundedQuotient(difference, baseValue, decimals + 2, decimals)
            : WideArithmetic.RoundedQuotient(checked(-difference), checked(-baseValue), decimals + 2, decimals);
    }

    /// <summary>
    /// The change applied to a base count: the current count. Exact when the base was the change's own
    /// base (or the result is whole); otherwise rounded half away from zero to a whole count.
    /// </summary>
    /// <param name="baseCount">The base count.</param>
    /// <returns>base × current / base of the change, rounded to a whole count.</returns>
    /// <exception cref="InvalidOperationException">The change is undefined.</exception>
    /// <exception cref="OverflowException">The result is too large.</exception>
    [Pure]
    public Count ApplyTo(Count baseCount)
    {
        EnsureDefined();
        return new Count(WideArithmetic.MultiplyDivideRounded(baseCount.Value, current, baseValue, out _));
    }

    /// <summary>The change applied to a base count when the result is a whole count.</summary>
    /// <param name="baseCount">The base count.</param>
    /// <param name="result">The exact current count, or zero.</param>
    /// <returns>Whether the change is defined and the result is whole.</returns>
    /// <exception cref="OverflowException">The result is too large.</exception>
    public bool TryApplyExactly(Count baseCount, out Count result)
    {
        if (baseValue != 0)
        {
            var value = WideArithmetic.MultiplyDivideRounded(baseCount.Value, current, baseValue, out var exact);
            if (exact)
            {
                result = new Count(value);
                return true;
            }
        }

        result = Count.Zero;
        return false;
    }

    /// <summary>The change applied to a base amount (zero or more), rounded half away from zero to the 分.</summary>
    /// <param name="baseAmount">The base amount.</param>
    /// <returns>The current amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="baseAmount"/> is negative.</exception>
    /// <exception cref="InvalidOperationException">The change is undefined.</exception>
    /// <exception cref="OverflowException">The result is too large.</exception>
    [Pure]
    public Amount ApplyTo(Amount baseAmount)
    {
        Preconditions.CheckArgumentRange(nameof(baseAmount), baseAmount.Fen, 0L, long.MaxValue);
        EnsureDefined();
        return Amount.FromFen(WideArithmetic.MultiplyDivideRounded(baseAmount.Fen, current, baseValue, out _));
    }

    /// <summary>
    /// The change applied to a base level, as a decimal with full precision: 80% increased by 11.53% is
    /// 89.224% (whereas 80% + 11.53 个百分点 is 91.53%).
    /// </summary>
    /// <param name="baseLevel">The base level.</param>
    /// <returns>base × current / base of the change.</returns>
    /// <exception cref="InvalidOperationException">The change is undefined.</exception>
    [Pure]
    public Percentage ApplyTo(Percentage baseLevel)
    {
        EnsureDefined();
        return new Percentage(baseLevel.Value * current / baseValue);
    }

    /// <inheritdoc />
    [Pure]
    public bool Equals(RelativeChange other)
    {
        if (baseValue == 0 || other.baseValue == 0)
        {
            return baseValue == other.baseValue;
        }

        return WideArithmetic.CompareProducts(current, other.baseValue, other.current, baseValue) == 0;
    }

    /// <inheritdoc />
    [Pure]
    public override bool Equals(object? obj) => obj is RelativeChange other && Equals(other);

    /// <inheritdoc />
    [Pure]
    public override int GetHashCode() => baseValue == 0 ? 0 : WideArithmetic.FractionHash(current, baseValue);

    /// <summary>
    /// Compares two changes by value, exactly (cross-multiplication, no division), in a total order consistent
    /// with <see cref="Equals(RelativeChange)"/>: undefined changes (the default value among them) sort first and
    /// compare equal to each other, so a list holding one sorts. The ordering operators stay strict: they throw
    /// for an undefined change, because “did it fall” has no answer against a zero base.
    /// </summary>
    /// <param name="other">The other change.</param>
    /// <returns>Negative, zero or positive as this change is smaller, equal or larger (undefined is smallest).</returns>
    [Pure]
    public int CompareTo(RelativeChange other)
    {
        if (baseValue == 0 || other.baseValue == 0)
        {
            return (baseValue != 0 ? 1 : 0) - (other.baseValue != 0 ? 1 : 0);
        }

        return WideArithmetic.CompareProducts(current, other.baseValue, other.current, baseValue);
    }

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        RelativeChange other => CompareTo(other),
        _ => throw new ArgumentException("Object must be of type RelativeChange.", nameof(obj)),
    };

    /// <summary>The change, invariant and signed: “-31.3%”, “+6.47%”, “0%”; “undefined (zero base)”.</summary>
    /// <returns>The text.</returns>
    [Pure]
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>
    /// The change as text. <c>G</c>: “-31.3%”, “+6.47%”, “0%”. <c>zh</c>: “下降31.3%”, “增长6.47%”, “持平”.
    /// <c>F1</c>/<c>P1</c>/<c>zh1</c>: rounded exactly to that many places with 四舍五入. A published change
    /// keeps its printed decimals; a computed one shows <see cref="DefaultDecimals"/> places.
    /// Undefined: the true reason, “undefined (zero base)” / “无法计算（基数为0）” against zero, “undefined (current value
    /// missing)” / “无法计算（本期数据缺失）” for a change taken from a calculation whose current value is missing, and so on.
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
        var spec = QuantityFormat.Parse(format, provider);
        if (baseValue == 0)
        {
            writer.Append(UndefinedReasonWords.For(Reason, spec.Chinese));
            return;
        }

        var decimals = spec.Decimals != QuantityFormat.DefaultDecimals
            ? spec.Decimals
            : decimalsPlusOne == 0 ? DefaultDecimals : decimalsPlusOne - 1;
        var rounded = ToPercent(decimals);
        if (!spec.Chinese)
        {
            QuantityText.WriteSigned(ref writer, rounded);
            writer.Append('%');
            return;
        }

        // 持平 has no decimals: a published 0.0% prints 增长0.0%, so that it reads back with its precision.
        if (current == baseValue && decimalsPlusOne <= 1)
        {
            writer.Append("持平");
            return;
        }

        writer.Append(current >= baseValue ? "增长" : "下降");
        writer.Append(Math.Abs(rounded));
        writer.Append('%');
    }

    private static int CompareDefined(RelativeChange left, RelativeChange right)
    {
        if (left.baseValue == 0 || right.baseValue == 0)
        {
            ThrowUndefinedOrder();
        }

        return left.CompareTo(right);
    }

    private static void ThrowUndefinedOrder() =>
        Preconditions.ThrowInvalidOperation("A change against a zero base is undefined and has no order; test IsDefined first.");

    private void EnsureDefined()
    {
        if (baseValue == 0)
        {
            Preconditions.ThrowInvalidOperation("The change is undefined: its base is zero (a change against zero is not infinite but undefined).");
        }
    }
}
