using System;
using System.Globalization;
using Quzhou.Governance.Parsing;
using Quzhou.Governance.Periods;
#if NET7_0_OR_GREATER
using System.Numerics;
#endif

namespace Quzhou.Governance.Claims;

/// <summary>
/// The base a published change is stated against, as the bulletin words it: 同比, 环比, 比上年, 比上年同期,
/// 较“十三五”, 较“十三五”同期, 比2012年, 近五年, or nothing stated. Immutable.
/// </summary>
/// <remarks>The default value is <see cref="None"/>: no base, the claim is not a change.</remarks>
public readonly struct ClaimBase : IEquatable<ClaimBase>, IFormattable
#if NET7_0_OR_GREATER
    , IEqualityOperators<ClaimBase, ClaimBase, bool>
#endif
{
    private readonly ClaimBaseKind kind;
    private readonly int number;

    private ClaimBase(ClaimBaseKind kind, int number)
    {
        this.kind = kind;
        this.number = number;
    }

    /// <summary>No base: the claim is a level, a count, a streak, a threshold, a total or progress.</summary>
    public static ClaimBase None => default;

    /// <summary>A change whose base the text does not state.</summary>
    public static ClaimBase Unstated => new(ClaimBaseKind.Unstated, 0);

    /// <summary>同比: the same period one year earlier.</summary>
    public static ClaimBase YearOnYear => new(ClaimBaseKind.YearOnYear, 0);

    /// <summary>环比: the previous adjacent period.</summary>
    public static ClaimBase PeriodOnPeriod => new(ClaimBaseKind.PeriodOnPeriod, 0);

    /// <summary>比上年: the previous year.</summary>
    public static ClaimBase PreviousYear => new(ClaimBaseKind.PreviousYear, 0);

    /// <summary>比上年同期: the same period of the previous year.</summary>
    public static ClaimBase PreviousYearSamePeriod => new(ClaimBaseKind.PreviousYearSamePeriod, 0);

    /// <summary>What kind of base is stated.</summary>
    public ClaimBaseKind Kind => kind;

    /// <summary>The plan named by 较“十三五” or 较“十三五”同期; null for the other kinds.</summary>
    public FiveYearPlan? Plan => kind is ClaimBaseKind.Plan or ClaimBaseKind.PlanSameSpan ? FiveYearPlan.FromOrdinal(number) : null;

    /// <summary>The year named by 比2012年; null for the other kinds.</summary>
    public int? Year => kind == ClaimBaseKind.Year ? number : null;

    /// <summary>How many years 近五年 names (5); null for the other kinds.</summary>
    public int? Years => kind == ClaimBaseKind.RecentYears ? number : null;

    /// <summary>Whether a base is stated or left unstated: whether the claim is a change.</summary>
    public bool IsChange => kind != ClaimBaseKind.None;

    /// <summary>较“十三五”: against <paramref name="plan"/>, without 同期.</summary>
    /// <param name="plan">The plan named.</param>
    /// <returns>The base.</returns>
    public static ClaimBase AgainstPlan(FiveYearPlan plan) => new(ClaimBaseKind.Plan, plan.Ordinal);

    /// <summary>较“十三五”同期: against the same span of <paramref name="plan"/>.</summary>
    /// <param name="plan">The plan named.</param>
    /// <returns>The base.</returns>
    public static ClaimBase AgainstPlanSameSpan(FiveYearPlan plan) => new(ClaimBaseKind.PlanSameSpan, plan.Ordinal);

    /// <summary>比2012年: against the year <paramref name="year"/>.</summary>
    /// <param name="year">The year named, 1 to 9999.</param>
    /// <returns>The base.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    public static ClaimBase AgainstYear(int year)
    {
        Preconditions.CheckArgumentRange(nameof(year), year, 1, 9999);
        return new ClaimBase(ClaimBaseKind.Year, year);
    }

    /// <summary>近五年: over the last <paramref name="years"/> whole years.</summary>
    /// <param name="years">How many years, 1 to 100.</param>
    /// <returns>The base.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> is out of range.</exception>
    public static ClaimBase RecentYears(int years)
    {
        Preconditions.CheckArgumentRange(nameof(years), years, 1, 100);
        return new ClaimBase(ClaimBaseKind.RecentYears, years);
    }

    /// <summary>Compares kind and what it names.</summary>
    /// <param name="left">The first base.</param>
    /// <param name="right">The second base.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ClaimBase left, ClaimBase right) => left.Equals(right);

    /// <summary>Compares kind and what it names.</summary>
    /// <param name="left">The first base.</param>
    /// <param name="right">The second base.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ClaimBase left, ClaimBase right) => !left.Equals(right);

    /// <summary>Compares kind and what it names.</summary>
    /// <param name="other">The other base.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(ClaimBase other) => kind == other.kind && number == other.number;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ClaimBase other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCodes.Combine((int)kind, number);

    /// <summary>The bulletin's Chinese words: 同比, 较“十三五”同期, 比2012年, 近五年; empty for none or unstated.</summary>
    /// <returns>The words.</returns>
    public override string ToString() => ToString("zh", null);

    /// <summary>The words for the base.</summary>
    /// <param name="format">"zh" (or null, "", "G" with a Chinese culture): 同比, 环比, 比上年, 比上年同期, 较“十三五”,
    /// 较“十三五”同期, 比2012年, 近五年; "en" (or null, "", "G" with any other culture): year on year, on the previous
    /// period, against the previous year, against the same period of the previous year, against the 13th
    /// Five-Year Plan, against the same span of the 13th Five-Year Plan, against 2012, over the last five
    /// years. Empty for <see cref="ClaimBaseKind.None"/> and <see cref="ClaimBaseKind.Unstated"/>.</param>
    /// <param name="formatProvider">The culture, for the "G" format.</param>
    /// <returns>The words.</returns>
    /// <exception cref="FormatException">The format is not one of those.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        ClaimWriter.IsChinese(format, formatProvider) ? Chinese() : English();

    internal string Chinese() => kind switch
    {
        ClaimBaseKind.YearOnYear => "同比",
        ClaimBaseKind.PeriodOnPeriod => "环比",
        ClaimBaseKind.PreviousYear => "比上年",
        ClaimBaseKind.PreviousYearSamePeriod => "比上年同期",
        ClaimBaseKind.Plan => "较“" + FiveYearPlan.FromOrdinal(number).ShortName + "”",
        ClaimBaseKind.PlanSameSpan => "较“" + FiveYearPlan.FromOrdinal(number).ShortName + "”同期",
        ClaimBaseKind.Year => "比" + number.ToString(CultureInfo.InvariantCulture) + "年",
        ClaimBaseKind.RecentYears => "近" + ChineseNumerals.Format(number) + "年",
        _ => string.Empty,
    };

    internal string English() => kind switch
    {
        ClaimBaseKind.YearOnYear => "year on year",
        ClaimBaseKind.PeriodOnPeriod => "on the previous period",
        ClaimBaseKind.PreviousYear => "against the previous year",
        ClaimBaseKind.PreviousYearSamePeriod => "against the same period of the previous year",
        ClaimBaseKind.Plan => "against the " + FiveYearPlan.FromOrdinal(number).EnglishName,
        ClaimBaseKind.PlanSameSpan => "against the same span of the " + FiveYearPlan.FromOrdinal(number).EnglishName,
        ClaimBaseKind.Year => "against " + number.ToString(CultureInfo.InvariantCulture),
        ClaimBaseKind.RecentYears => "over the last " + ClaimWriter.EnglishNumber(number) + " years",
        _ => string.Empty,
    };
}
