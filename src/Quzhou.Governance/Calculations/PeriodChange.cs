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
/// The change of a value between a base period and a current period (同比, 环比, or against any base),
/// kept exactly as the pair current/base. The relative change is divided out only when asked
/// (<see cref="ToPercent"/>); when it is undefined, <see cref="Reason"/> says why.
/// </summary>
/// <remarks>The default value is not computed: default periods, both values 0, <see cref="Reason"/>
/// <see cref="UndefinedReason.NotComputed"/>; it is neither comparable nor defined, and claims no zero base.</remarks>
public readonly struct PeriodChange : IEquatable<PeriodChange>, IFormattable
#if NET7_0_OR_GREATER
    , IEqualityOperators<PeriodChange, PeriodChange, bool>
#endif
{
    // 0 for the default value (not computed); otherwise 1 + the reason given when computed.
    private readonly byte reasonPlusOne;

    internal PeriodChange(SeriesPeriod period, SeriesPeriod basePeriod, long current, long @base, UndefinedReason reason)
    {
        Period = period;
        BasePeriod = basePeriod;
        Current = current;
        Base = @base;
        reasonPlusOne = (byte)(reason + 1);
    }

    /// <summary>The current period.</summary>
    public SeriesPeriod Period { get; }

    /// <summary>The base period (for 同比 the same period a year earlier).</summary>
    public SeriesPeriod BasePeriod { get; }

    /// <summary>The current value (0 when it is missing).</summary>
    public long Current { get; }

    /// <summary>The base value (0 when it is missing).</summary>
    public long Base { get; }

    /// <summary>Why the relative change is undefined, or <see cref="UndefinedReason.None"/>.</summary>
    public UndefinedReason Reason => reasonPlusOne == 0 ? UndefinedReason.NotComputed
        : reasonPlusOne == 1 && Base == 0 ? UndefinedReason.ZeroBase
        : (UndefinedReason)(reasonPlusOne - 1);

    /// <summary>Whether the relative change is defined.</summary>
    public bool IsDefined => Reason == UndefinedReason.None;

    /// <summary>Whether both values are known and comparable, so the absolute change is defined (true against a zero base too).</summary>
    public bool IsComparable => Reason is UndefinedReason.None or UndefinedReason.ZeroBase;

    /// <summary>The absolute change, current − base (增加1360人).</summary>
    /// <exception cref="InvalidOperationException">A value is missing or the basis changed (<see cref="IsComparable"/> is false).</exception>
    public long Difference => IsComparable ? checked(Current - Base) : ThrowNotComparable();

    /// <summary>Whether the value fell (current below base), decided by integer comparison.</summary>
    public bool IsDecrease => IsComparable && Current < Base;

    /// <summary>Whether the value rose (current above base).</summary>
    public bool IsIncrease => IsComparable && Current > Base;

    /// <summary>The relative change (current − base) / base, unrounded; null when undefined.</summary>
    /// <returns>The relative change as a fraction (−0.0667 for a fall of 6.67%), or null.</returns>
    [Pure]
    [SuppressMessage("Quzhou.Governance", "QG0002:Hand-written relative change", Justification = "The signed fraction of the pair (either may be negative, which RelativeChange.Between refuses), only when defined (the base is not zero).")]
    public decimal? ToRelative() => IsDefined ? ((decimal)Current - Base) / Base : null;

    /// <summary>The relative change in percent, rounded half away from zero exactly from the pair (the one integer path of <see cref="RelativeChange.ToPercent"/>): −6.67 for 同比下降6.67%; null when undefined.</summary>
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
    public bool Equals(PeriodChange other) =>
        Period == other.Period && BasePeriod == other.BasePeriod && Current == other.Current && Base == other.Base && Reason == other.Reason;

    /// <inheritdoc />
    [Pure]
    public override bool Equals(object? obj) => obj is PeriodChange other && Equals(other);

    /// <inheritdoc />
    [Pure]
    public override int GetHashCode() => HashCodes.Combine(Period.GetHashCode(), BasePeriod.GetHashCode(), Current.GetHashCode(), Base.GetHashCode(), (int)Reason);

    /// <summary><c>2025-10 vs 2024-10: 14/15</c> or <c>… undefined (current value missing)</c>.</summary>
    /// <returns>A string for diagnostics.</returns>
    [Pure]
    public override string ToString()
    {
        var text = Period.ToString() + " vs " + BasePeriod.ToString() + ": "
            + Current.ToString(CultureInfo.InvariantCulture) + "/" + Base.ToString(CultureInfo.InvariantCulture);
        return IsDefined ? text : text + " " + UndefinedReasonWords.For(Reason, chinese: false);
    }

    /// <summary>The change as text: <c>G</c> (or null) as <see cref="ToString()"/>; <c>zh</c>, or a zh culture, in Chinese:
    /// “2025-10较2024-10：下降6.67%”, “2025-10较2024-10：无法计算（本期数据缺失）”.</summary>
    /// <param name="format"><c>G</c>, <c>zh</c> or null.</param>
    /// <param name="formatProvider">A zh culture makes <c>zh</c> the default.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is not one of the documented ones.</exception>
    [Pure]
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        OutcomeWords.IsChinese(format, formatProvider)
            ? Period.ToString() + "较" + BasePeriod.ToString() + "：" + (IsDefined ? OutcomeWords.ChangeWords(ToPercent(2)!.Value) : UndefinedReasonWords.For(Reason, chinese: true))
            : ToString();

    /// <summary>Whether two changes are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(PeriodChange left, PeriodChange right) => left.Equals(right);

    /// <summary>Whether two changes differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(PeriodChange left, PeriodChange right) => !left.Equals(right);

    private long ThrowNotComparable()
    {
        Preconditions.ThrowInvalidOperation("No absolute change for " + ToString() + ".");
        return 0;
    }
}
