using System;
using System.Diagnostics.CodeAnalysis;
using Quzhou.Governance.Indicators;
using System.Globalization;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;
#if NET7_0_OR_GREATER
using System.Numerics;
#endif

namespace Quzhou.Governance.Calculations;

/// <summary>
/// The change of a flow's total over a span against its total over a base span (较“十三五”同期: 2021-01…2025-10
/// against 2016-01…2020-10; 较“十三五”: against the whole previous plan), kept exactly as the pair of
/// totals. When undefined, <see cref="Reason"/> says why.
/// </summary>
/// <remarks>The default value is not computed: default periods, zero totals, <see cref="Reason"/>
/// <see cref="UndefinedReason.NotComputed"/>; it is neither comparable nor defined, and claims no zero base.</remarks>
public readonly struct SpanChange : IEquatable<SpanChange>, IFormattable
#if NET7_0_OR_GREATER
    , IEqualityOperators<SpanChange, SpanChange, bool>
#endif
{
    // 0 for the default value (not computed); otherwise 1 + the reason given when computed.
    private readonly byte reasonPlusOne;

    internal SpanChange(SeriesPeriod from, SeriesPeriod to, SeriesPeriod baseFrom, SeriesPeriod baseTo, long current, long @base, UndefinedReason reason)
    {
        From = from;
        To = to;
        BaseFrom = baseFrom;
        BaseTo = baseTo;
        Current = current;
        Base = @base;
        reasonPlusOne = (byte)(reason + 1);
    }

    /// <summary>The first period of the current span.</summary>
    public SeriesPeriod From { get; }

    /// <summary>The last period of the current span.</summary>
    public SeriesPeriod To { get; }

    /// <summary>The first period of the base span.</summary>
    public SeriesPeriod BaseFrom { get; }

    /// <summary>The last period of the base span.</summary>
    public SeriesPeriod BaseTo { get; }

    /// <summary>The total over the current span (0 when a period is missing).</summary>
    public long Current { get; }

    /// <summary>The total over the base span (0 when a period is missing).</summary>
    public long Base { get; }

    /// <summary>Why the relative change is undefined, or <see cref="UndefinedReason.None"/>.</summary>
    public UndefinedReason Reason => reasonPlusOne == 0 ? UndefinedReason.NotComputed
        : reasonPlusOne == 1 && Base == 0 ? UndefinedReason.ZeroBase
        : (UndefinedReason)(reasonPlusOne - 1);

    /// <summary>Whether the relative change is defined.</summary>
    public bool IsDefined => Reason == UndefinedReason.None;

    /// <summary>Whether both totals are known and comparable (true against a zero base too).</summary>
    public bool IsComparable => Reason is UndefinedReason.None or UndefinedReason.ZeroBase;

    /// <summary>The absolute change of the totals.</summary>
    /// <exception cref="InvalidOperationException"><see cref="IsComparable"/> is false.</exception>
    public long Difference
    {
        get
        {
            if (!IsComparable)
            {
                Preconditions.ThrowInvalidOperation("No absolute change for " + ToString() + ".");
            }

            return checked(Current - Base);
        }
    }

    /// <summary>Whether the total fell.</summary>
    public bool IsDecrease => IsComparable && Current < Base;

    /// <summary>The relative change (current − base) / base, unrounded; null when undefined.</summary>
    /// <returns>The relative change as a fraction, or null.</returns>
    [Pure]
    [SuppressMessage("Quzhou.Governance", "QG0002:Hand-written relative change", Justification = "The signed fraction of the pair of totals (either may be negative, which RelativeChange.Between refuses), only when defined (the base is not zero).")]
    public decimal? ToRelative() => IsDefined ? ((decimal)Current - Base) / Base : null;

    /// <summary>The relative change in percent, rounded half away from zero exactly from the pair, as <see cref="RelativeChange.ToPercent"/> (−72.96 for 下降72.96%); null when undefined.</summary>
    /// <param name="decimals">The decimals wanted, 0–16.</param>
    /// <returns>The signed percentage, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is out of range.</exception>
    [Pure]
    public decimal? ToPercent(int decimals)
    {
        Preconditions.CheckArgumentRange(nameof(decimals), decimals, 0, 16);
        return IsDefined ? RelativeChange.PercentChange(Current, Base, decimals) : null;
    }

    /// <summary>The change as an exact <see cref="RelativeChange"/> (current/base); <see cref="RelativeChange.Undefined"/>
    /// when <see cref="IsDefined"/> is false, carrying the reason, so its text is true (“无法计算（本期数据缺失）”, not “基数为0”).</summary>
    /// <returns>The relative change.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative.</exception>
    [Pure]
    public RelativeChange ToRelativeChange() =>
        IsDefined ? RelativeChange.Between(Current, Base) : RelativeChange.UndefinedBecause(Reason);

    /// <inheritdoc />
    [Pure]
    public bool Equals(SpanChange other) =>
        From == other.From && To == other.To && BaseFrom == other.BaseFrom && BaseTo == other.BaseTo
        && Current == other.Current && Base == other.Base && Reason == other.Reason;

    /// <inheritdoc />
    [Pure]
    public override bool Equals(object? obj) => obj is SpanChange other && Equals(other);

    /// <inheritdoc />
    [Pure]
    public override int GetHashCode() => HashCodes.Combine(HashCodes.Combine(From.GetHashCode(), To.GetHashCode(), BaseFrom.GetHashCode(), BaseTo.GetHashCode()), Current.GetHashCode(), Base.GetHashCode(), (int)Reason);

    /// <summary><c>2021-01..2025-10 vs 2016-01..2020-10: 73/270</c>.</summary>
    /// <returns>A string for diagnostics.</returns>
    [Pure]
    public override string ToString()
    {
        var text = From.ToString() + ".." + To.ToString() + " vs " + BaseFrom.ToString() + ".." + BaseTo.ToString() + ": "
            + Current.ToString(CultureInfo.InvariantCulture) + "/" + Base.ToString(CultureInfo.InvariantCulture);
        return IsDefined ? text : text + " " + UndefinedReasonWords.For(Reason, chinese: false);
    }

    /// <summary>The change as text: <c>G</c> (or null) as <see cref="ToString()"/>; <c>zh</c>, or a zh culture, in Chinese:
    /// “2021-01至2025-10较2016-01至2020-10：下降31.30%”, or the words of its reason.</summary>
    /// <param name="format"><c>G</c>, <c>zh</c> or null.</param>
    /// <param name="formatProvider">A zh culture makes <c>zh</c> the default.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is not one of the documented ones.</exception>
    [Pure]
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        OutcomeWords.IsChinese(format, formatProvider)
            ? From.ToString() + "至" + To.ToString() + "较" + BaseFrom.ToString() + "至" + BaseTo.ToString() + "："
                + (IsDefined ? OutcomeWords.ChangeWords(ToPercent(2)!.Value) : UndefinedReasonWords.For(Reason, chinese: true))
            : ToString();

    /// <summary>Whether two changes are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(SpanChange left, SpanChange right) => left.Equals(right);

    /// <summary>Whether two changes differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(SpanChange left, SpanChange right) => !left.Equals(right);
}
