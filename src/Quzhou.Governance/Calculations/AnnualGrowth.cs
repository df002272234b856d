using System;
using System.Globalization;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Quantities;
#if NET7_0_OR_GREATER
using System.Numerics;
#endif

namespace Quzhou.Governance.Calculations;

/// <summary>
/// An average annual growth rate (年均增长), as a fraction solved to 28 significant digits, or why it is
/// undefined (a zero base, a gap, a break in basis).
/// </summary>
/// <remarks>The default value is not computed: undefined, <see cref="Reason"/> <see cref="UndefinedReason.NotComputed"/>,
/// 0 years (never a growth of 0 that nobody solved).</remarks>
public readonly struct AnnualGrowth : IEquatable<AnnualGrowth>, IFormattable
#if NET7_0_OR_GREATER
    , IEqualityOperators<AnnualGrowth, AnnualGrowth, bool>
#endif
{
    private readonly decimal rate;

    // 0 for the default value (not computed); otherwise 1 + the reason given when computed.
    private readonly byte reasonPlusOne;

    internal AnnualGrowth(decimal rate, int years, UndefinedReason reason)
    {
        this.rate = reason == UndefinedReason.None ? rate : 0m;
        Years = years;
        reasonPlusOne = (byte)(reason + 1);
    }

    /// <summary>The number of years of growth (2020 → 2025 is 5).</summary>
    public int Years { get; }

    /// <summary>Why the growth is undefined, or <see cref="UndefinedReason.None"/>.</summary>
    public UndefinedReason Reason => reasonPlusOne == 0 ? UndefinedReason.NotComputed : (UndefinedReason)(reasonPlusOne - 1);

    /// <summary>Whether the growth is defined.</summary>
    public bool IsDefined => Reason == UndefinedReason.None;

    /// <summary>The growth per year as a fraction (0.0712 for 7.12%).</summary>
    /// <exception cref="InvalidOperationException">The growth is undefined.</exception>
    public decimal Rate
    {
        get
        {
            if (!IsDefined)
            {
                Preconditions.ThrowInvalidOperation("The growth is undefined: " + Reason.ToString() + ".");
            }

            return rate;
        }
    }

    /// <summary>The growth per year in percent, rounded half away from zero; null when undefined.</summary>
    /// <param name="decimals">The decimals wanted, 0–20.</param>
    /// <returns>The percentage, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is out of range.</exception>
    [Pure]
    public decimal? ToPercent(int decimals)
    {
        Preconditions.CheckArgumentRange(nameof(decimals), decimals, 0, 20);
        return IsDefined ? Rounding.HalfAwayFromZero(rate * 100m, decimals) : null;
    }

    /// <inheritdoc />
    [Pure]
    public bool Equals(AnnualGrowth other) => rate == other.rate && Years == other.Years && Reason == other.Reason;

    /// <inheritdoc />
    [Pure]
    public override bool Equals(object? obj) => obj is AnnualGrowth other && Equals(other);

    /// <inheritdoc />
    [Pure]
    public override int GetHashCode() => HashCodes.Combine(rate.GetHashCode(), Years, (int)Reason);

    /// <summary>The rate in percent with 6 decimals, or <c>undefined (zero base)</c>.</summary>
    /// <returns>A string for diagnostics.</returns>
    [Pure]
    public override string ToString() =>
        IsDefined ? Rounding.HalfAwayFromZero(rate * 100m, 6).ToString(CultureInfo.InvariantCulture) + "% a year" : UndefinedReasonWords.For(Reason, chinese: false);

    /// <summary>The growth as text: <c>G</c> (or null) as <see cref="ToString()"/>; <c>zh</c>, or a zh culture, in Chinese at two places:
    /// “年均增长7.12%”, “年均下降9.96%”, or the words of its reason.</summary>
    /// <param name="format"><c>G</c>, <c>zh</c> or null.</param>
    /// <param name="formatProvider">A zh culture makes <c>zh</c> the default.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is not one of the documented ones.</exception>
    [Pure]
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        if (!OutcomeWords.IsChinese(format, formatProvider))
        {
            return ToString();
        }

        return IsDefined ? "年均" + OutcomeWords.ChangeWords(ToPercent(2)!.Value) : UndefinedReasonWords.For(Reason, chinese: true);
    }

    /// <summary>Whether two growth rates are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(AnnualGrowth left, AnnualGrowth right) => left.Equals(right);

    /// <summary>Whether two growth rates differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(AnnualGrowth left, AnnualGrowth right) => !left.Equals(right);
}
