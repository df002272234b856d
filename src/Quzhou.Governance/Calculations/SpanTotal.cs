using System;
using System.Globalization;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Quantities;
#if NET7_0_OR_GREATER
using System.Numerics;
#endif

namespace Quzhou.Governance.Calculations;

/// <summary>
/// The total of a flow over a span (累计提供法律服务19万余次), or why it is undefined: a period missing
/// (<see cref="UndefinedReason.MissingCurrent"/>), a break in basis after the span's first period
/// (<see cref="UndefinedReason.BasisBreak"/>), or no periods (<see cref="UndefinedReason.EmptySpan"/>).
/// </summary>
/// <remarks>The default value is not computed: undefined, <see cref="Reason"/> <see cref="UndefinedReason.NotComputed"/>
/// (never a total of 0 that nobody summed).</remarks>
public readonly struct SpanTotal : IEquatable<SpanTotal>, IFormattable
#if NET7_0_OR_GREATER
    , IEqualityOperators<SpanTotal, SpanTotal, bool>
#endif
{
    private readonly long value;

    // 0 for the default value (not computed); otherwise 1 + the reason given when computed.
    private readonly byte reasonPlusOne;

    internal SpanTotal(long value, UndefinedReason reason)
    {
        this.value = reason == UndefinedReason.None ? value : 0;
        reasonPlusOne = (byte)(reason + 1);
    }

    /// <summary>Why the total is undefined, or <see cref="UndefinedReason.None"/>.</summary>
    public UndefinedReason Reason => reasonPlusOne == 0 ? UndefinedReason.NotComputed : (UndefinedReason)(reasonPlusOne - 1);

    /// <summary>Whether the total is defined.</summary>
    public bool IsDefined => Reason == UndefinedReason.None;

    /// <summary>The total.</summary>
    /// <exception cref="InvalidOperationException">The total is undefined.</exception>
    public long Value
    {
        get
        {
            if (!IsDefined)
            {
                Preconditions.ThrowInvalidOperation("The total is undefined: " + Reason.ToString() + ".");
            }

            return value;
        }
    }

    /// <inheritdoc />
    [Pure]
    public bool Equals(SpanTotal other) => value == other.value && Reason == other.Reason;

    /// <inheritdoc />
    [Pure]
    public override bool Equals(object? obj) => obj is SpanTotal other && Equals(other);

    /// <inheritdoc />
    [Pure]
    public override int GetHashCode() => HashCodes.Combine(value.GetHashCode(), (int)Reason);

    /// <summary>The total, or <c>undefined (current value missing)</c>.</summary>
    /// <returns>A string for diagnostics.</returns>
    [Pure]
    public override string ToString() => IsDefined ? value.ToString(CultureInfo.InvariantCulture) : UndefinedReasonWords.For(Reason, chinese: false);

    /// <summary>The total as text: <c>G</c> (or null) as <see cref="ToString()"/>; <c>zh</c>, or a zh culture, the words of its reason
    /// when undefined (“无法计算（本期数据缺失）”).</summary>
    /// <param name="format"><c>G</c>, <c>zh</c> or null.</param>
    /// <param name="formatProvider">A zh culture makes <c>zh</c> the default.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is not one of the documented ones.</exception>
    [Pure]
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        OutcomeWords.IsChinese(format, formatProvider) && !IsDefined ? UndefinedReasonWords.For(Reason, chinese: true) : ToString();

    /// <summary>Whether two totals are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(SpanTotal left, SpanTotal right) => left.Equals(right);

    /// <summary>Whether two totals differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(SpanTotal left, SpanTotal right) => !left.Equals(right);
}
