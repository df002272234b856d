using System;
using System.Globalization;

namespace Quzhou.Governance.Series;

/// <summary>
/// A national administrative-division code (GB/T 2260): two digits of province, two of city, two of county.
/// 330800 is 衢州市, inside 330000 浙江省. Ordered by code.
/// </summary>
/// <remarks>The default value is the code 0, which no factory accepts; its level reads as a province.</remarks>
public readonly struct RegionCode : IEquatable<RegionCode>, IComparable<RegionCode>, IComparable
{
    private readonly int code;

    private RegionCode(int code) => this.code = code;

    /// <summary>衢州市 (Zhejiang), one of the four border cities of the interview.</summary>
    public static RegionCode Quzhou => new(330800);

    /// <summary>黄山市 (Anhui).</summary>
    public static RegionCode Huangshan => new(341000);

    /// <summary>南平市 (Fujian).</summary>
    public static RegionCode Nanping => new(350700);

    /// <summary>上饶市 (Jiangxi).</summary>
    public static RegionCode Shangrao => new(361100);

    /// <summary>The six-digit code.</summary>
    public int Value => code;

    /// <summary>Province, city or county.</summary>
    public RegionLevel Level => code % 10_000 == 0 ? RegionLevel.Province : code % 100 == 0 ? RegionLevel.City : RegionLevel.County;

    /// <summary>The province containing this division (itself for a province).</summary>
    public RegionCode Province => new(code / 10_000 * 10_000);

    /// <summary>The city containing this county (itself for a city; a province has none).</summary>
    /// <exception cref="InvalidOperationException">This is a province.</exception>
    public RegionCode City
    {
        get
        {
            if (Level == RegionLevel.Province)
            {
                Preconditions.ThrowInvalidOperation("The province " + ToString() + " is not inside a city.");
            }

            return new(code / 100 * 100);
        }
    }

    /// <summary>A code from its six digits.</summary>
    /// <param name="code">110000–829999 (provinces 11–82).</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The code is not six digits with a province 11–82.</exception>
    public static RegionCode FromValue(int code)
    {
        Preconditions.CheckArgumentRange(nameof(code), code, 110_000, 829_999);
        return new RegionCode(code);
    }

    /// <summary>The division containing this one at <paramref name="level"/> (a county's city or province).</summary>
    /// <param name="level">The level wanted, not finer than this division's.</param>
    /// <returns>The containing division.</returns>
    /// <exception cref="ArgumentException"><paramref name="level"/> is finer than this division's.</exception>
    public RegionCode At(RegionLevel level)
    {
        if (level > Level)
        {
            Preconditions.ThrowArgument(nameof(level), "The " + Level.ToString() + " " + ToString() + " has no containing " + level.ToString() + ".");
        }

        return level switch
        {
            RegionLevel.Province => Province,
            RegionLevel.City => City,
            _ => this,
        };
    }

    /// <summary>Whether this division lies within <paramref name="other"/> (or is it).</summary>
    /// <param name="other">A division.</param>
    /// <returns>Whether it contains this one.</returns>
    public bool IsWithin(RegionCode other) => other.Level <= Level && At(other.Level) == other;

    /// <inheritdoc />
    public bool Equals(RegionCode other) => code == other.code;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RegionCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => code;

    /// <summary>Orders by code.</summary>
    /// <param name="other">Another code.</param>
    /// <returns>The comparison.</returns>
    public int CompareTo(RegionCode other) => code.CompareTo(other.code);

    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        RegionCode other => CompareTo(other),
        _ => throw new ArgumentException("Expected a RegionCode.", nameof(obj)),
    };

    /// <summary>The six digits: <c>330800</c>.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => code.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>Whether two codes are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(RegionCode left, RegionCode right) => left.Equals(right);

    /// <summary>Whether two codes differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(RegionCode left, RegionCode right) => !left.Equals(right);

    /// <summary>Orders by code.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(RegionCode left, RegionCode right) => left.code < right.code;

    /// <summary>Orders by code.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(RegionCode left, RegionCode right) => left.code > right.code;

    /// <summary>Orders by code.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(RegionCode left, RegionCode right) => left.code <= right.code;

    /// <summary>Orders by code.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(RegionCode left, RegionCode right) => left.code >= right.code;
}
