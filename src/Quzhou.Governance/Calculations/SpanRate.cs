using System;
using Quzhou.Governance.Indicators;
using System.Globalization;
using Quzhou.Governance.Quantities;
#if NET7_0_OR_GREATER
using System.Numerics;
#endif

namespace Quzhou.Governance.Calculations;

/// <summary>
/// A rate recomputed from its parts over several periods or regions: the summed numerator over the summed
/// denominator (never an average of rates). When undefined, <see cref="Reason"/> says why: a period
/// missing, only a published percentage known (<see cref="UndefinedReason.PartsMissing"/>), or a zero
/// denominator.
/// </summary>
/// <remarks>The default value is not computed: both parts 0, <see cref="Reason"/> <see cref="UndefinedReason.NotComputed"/>
/// (not a zero denominator, which it was never given); <see cref="ToRatio"/> throws for it.</remarks>
public readonly struct SpanRate : IEquatable<SpanRate>, IFormattable
#if NET7_0_OR_GREATER
    , IEqualityOperators<SpanRate, SpanRate, bool>
#endif
{
    // 0 for the default value (not computed); otherwise 1 + the reason given when computed.
    private readonly byte reasonPlusOne;

    internal SpanRate(long numerator, long denominator, UndefinedReason reason)
        : this(numerator, denominator, reason, 0, 0)
    {
    }

    internal SpanRate(long numerator, long denominator, UndefinedReason reason, int firstMonth, int basisMonth)
    {
        Numerator = numerator;
        Denominator = denominator;
        reasonPlusOne = (byte)(reason + 1);
        FirstMonth = firstMonth;
        BasisMonth = basisMonth;
    }

    /// <summary>The month ordinal of the span's first month (0 when not known), for <see cref="RateComparison"/>'s break check.</summary>
    internal int FirstMonth { get; }

    /// <summary>The month ordinal of the first month of the latest break in basis at or before the span's start (the
    /// basis the span is on), the latest over the series summed; 0 when there is none. Not part of equality.</summary>
    internal int BasisMonth { get; }

    /// <summary>The summed numerator (0 when undefined for a reason other than a zero denominator).</summary>
    public long Numerator { get; }

    /// <summary>The summed denominator.</summary>
    public long Denominator { get; }

    /// <summary>Why the rate is undefined, or <see cref="UndefinedReason.None"/>.</summary>
    public UndefinedReason Reason => reasonPlusOne == 0 ? UndefinedReason.NotComputed
        : reasonPlusOne == 1 && Denominator == 0 ? UndefinedReason.ZeroDenominator
        : (UndefinedReason)(reasonPlusOne - 1);

    /// <summary>Whether the rate is defined.</summary>
    public bool IsDefined => Reason == UndefinedReason.None;

    /// <summary>The rate as an exact <see cref="Ratio"/> of the parts (undefined when the denominator is 0).</summary>
    /// <returns>The ratio.</returns>
    /// <exception cref="InvalidOperationException">The parts are not known (a period is missing or only published).</exception>
    [Pure]
    public Ratio ToRatio()
    {
        if (Reason is not (UndefinedReason.None or UndefinedReason.ZeroDenominator))
        {
            Preconditions.ThrowInvalidOperation("The rate's parts are not known: " + Reason.ToString() + ".");
        }

        return Ratio.Of(Numerator, Denominator);
    }

    /// <summary>The rate in percent, rounded half away from zero exactly from the parts, as <see cref="Ratio.ToPercent"/> (97.18); null when undefined.</summary>
    /// <param name="decimals">The decimals wanted, 0–16.</param>
    /// <returns>The percentage, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is out of range.</exception>
    [Pure]
    public decimal? ToPercent(int decimals)
    {
        Preconditions.CheckArgumentRange(nameof(decimals), decimals, 0, 16);
        return IsDefined ? Ratio.Of(Numerator, Denominator).ToPercent(decimals) : null;
    }

    /// <inheritdoc />
    [Pure]
    public bool Equals(SpanRate other) => Numerator == other.Numerator && Denominator == other.Denominator && Reason == other.Reason;

    /// <inheritdoc />
    [Pure]
    public override bool Equals(object? obj) => obj is SpanRate other && Equals(other);

    /// <inheritdoc />
    [Pure]
    public override int GetHashCode() => HashCodes.Combine(Numerator.GetHashCode(), Denominator.GetHashCode(), (int)Reason);

    /// <summary><c>9718/10000</c> or <c>undefined (only the published rate is known)</c>.</summary>
    /// <returns>A string for diagnostics.</returns>
    [Pure]
    public override string ToString() =>
        IsDefined
            ? Numerator.ToString(CultureInfo.InvariantCulture) + "/" + Denominator.ToString(CultureInfo.InvariantCulture)
            : UndefinedReasonWords.For(Reason, chinese: false);

    /// <summary>The rate as text: <c>G</c> (or null) as <see cref="ToString()"/> (the parts); <c>zh</c>, or a zh culture, in percent at two
    /// places (“97.18%”), or the words of its reason (“无法计算（仅有公布比率，缺分子分母）”).</summary>
    /// <param name="format"><c>G</c>, <c>zh</c> or null.</param>
    /// <param name="formatProvider">A zh culture makes <c>zh</c> the default.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is not one of the documented ones.</exception>
    [Pure]
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        !OutcomeWords.IsChinese(format, formatProvider) ? ToString()
            : IsDefined ? ToPercent(2)!.Value.ToString(CultureInfo.InvariantCulture) + "%"
            : UndefinedReasonWords.For(Reason, chinese: true);

    /// <summary>Whether two rates are equal (same parts, not merely the same value).</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(SpanRate left, SpanRate right) => left.Equals(right);

    /// <summary>Whether two rates differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(SpanRate left, SpanRate right) => !left.Equals(right);
}
