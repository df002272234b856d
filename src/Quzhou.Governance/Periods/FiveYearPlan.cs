using System;
using System.Collections.Generic;
using System.Linq;
using System.Globalization;
using NodaTime;
using Quzhou.Governance.Parsing;
using Quzhou.Governance.Periods.Text;
#if NET7_0_OR_GREATER
using System.Numerics;
#endif

namespace Quzhou.Governance.Periods;

/// <summary>
/// One of China's Five-Year Plans (五年计划, 五年规划), on the real calendar: the 1st ran 1953–1957, the 2nd
/// 1958–1962; 1963–1965 had no plan; from the 3rd on, the n-th runs 1966 + 5·(n − 3) to that + 4
/// (the 14th, “十四五”, is 2021–2025). Plans 1 to <see cref="MaxOrdinal"/> are handled.
/// </summary>
/// <remarks>
/// <para>Equality and ordering go by <see cref="Ordinal"/>. The default value is the 1st plan (1953–1957).</para>
/// <para>Names: <see cref="ShortName"/> 十四五, <see cref="FormalName"/> 第十四个五年规划 (计划 up to the 10th,
/// 规划 from the 11th), <see cref="EnglishName"/> 14th Five-Year Plan. <see cref="Parse(string)"/> reads
/// them all, quoted or not, with 时期/期间/以来/同期/开局之年/收官之年 after them; <see cref="PlanReference"/>
/// keeps what followed the name. Beware: 十五 is the 10th plan and 十五五 the 15th: the last 五 of a short
/// name is the 五 of 五年.</para>
/// </remarks>
public readonly struct FiveYearPlan : IEquatable<FiveYearPlan>, IComparable<FiveYearPlan>, IComparable, IFormattable
#if NET7_0_OR_GREATER
    , ISpanFormattable, IParsable<FiveYearPlan>, ISpanParsable<FiveYearPlan>
    , IComparisonOperators<FiveYearPlan, FiveYearPlan, bool>
#endif
{
    /// <summary>The last plan handled (2451–2455); enough for any real figure and for every short name to read back.</summary>
    public const int MaxOrdinal = 100;

    // Ordinal − 1, so that the default value is the 1st plan.
    private readonly byte index;

    private FiveYearPlan(int ordinal) => index = (byte)(ordinal - 1);

    /// <summary>The plan's number: 14 for “十四五”.</summary>
    public int Ordinal => index + 1;

    /// <summary>The plan's first year, its 开局之年: 2021 for the 14th plan.</summary>
    public int FirstYear => FirstYearOf(Ordinal);

    /// <summary>The plan's last year, its 收官之年: 2025 for the 14th plan.</summary>
    public int LastYear => FirstYear + 4;

    /// <summary>The plan's whole span, 60 months: 2021-01/2025-12 for the 14th plan.</summary>
    public CalendarPeriod Period => CalendarPeriod.FromMonthIndexes(FirstYear * 12, (LastYear * 12) + 11);

    /// <summary>The plan's five years, first to last: 2021, 2022, 2023, 2024, 2025 for the 14th plan.</summary>
    public IEnumerable<int> Years => Enumerable.Range(FirstYear, 5);

    /// <summary>开局之年, the plan's first year as a period: 2021 for the 14th plan.</summary>
    public CalendarPeriod OpeningYear => CalendarPeriod.ForYear(FirstYear);

    /// <summary>收官之年, the plan's last year as a period: 2025 for the 14th plan.</summary>
    public CalendarPeriod ClosingYear => CalendarPeriod.ForYear(LastYear);

    /// <summary>The short Chinese name, without quotes: 十四五 (14th), 十五 (10th), 十五五 (15th), 一五 (1st).</summary>
    public string ShortName => ChineseNumerals.Format(Ordinal) + "五";

    /// <summary>The formal Chinese name: 第十个五年计划 up to the 10th plan, 第十四个五年规划 from the 11th.</summary>
    public string FormalName => "第" + ChineseNumerals.Format(Ordinal) + (Ordinal <= 10 ? "个五年计划" : "个五年规划");

    /// <summary>The English name: 14th Five-Year Plan.</summary>
    public string EnglishName => EnglishOrdinal(Ordinal) + " Five-Year Plan";

    /// <summary>Whether there is a previous plan (every plan but the 1st).</summary>
    public bool HasPrevious => index > 0;

    /// <summary>Whether <see cref="Next()"/> is handled (every plan but the <see cref="MaxOrdinal"/>-th).</summary>
    public bool HasNext => Ordinal < MaxOrdinal;

    /// <summary>The plan numbered <paramref name="ordinal"/>.</summary>
    /// <param name="ordinal">1 to <see cref="MaxOrdinal"/>.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ordinal"/> is out of range.</exception>
    [Pure]
    public static FiveYearPlan FromOrdinal(int ordinal)
    {
        Preconditions.CheckArgumentRange(nameof(ordinal), ordinal, 1, MaxOrdinal);
        return new FiveYearPlan(ordinal);
    }

    /// <summary>The plan <paramref name="year"/> falls in, if any.</summary>
    /// <param name="year">A year.</param>
    /// <param name="plan">The plan, or the default value.</param>
    /// <returns>False for years before 1953, for 1963–1965 (no plan) and after the last plan handled.</returns>
    public static bool TryForYear(int year, out FiveYearPlan plan)
    {
        int ordinal;
        if (year >= 1953 && year <= 1962)
        {
            ordinal = year <= 1957 ? 1 : 2;
        }
        else if (year >= 1966 && year <= FirstYearOf(MaxOrdinal) + 4)
        {
            ordinal = ((year - 1966) / 5) + 3;
        }
        else
        {
            plan = default;
            return false;
        }

        plan = new FiveYearPlan(ordinal);
        return true;
    }

    /// <summary>The plan <paramref name="year"/> falls in, or null (before 1953, 1963–1965, after the last plan handled).</summary>
    /// <param name="year">A year.</param>
    /// <returns>The plan, or null.</returns>
    [Pure]
    public static FiveYearPlan? ForYear(int year) => TryForYear(year, out var plan) ? plan : null;

    /// <summary>The plan <paramref name="date"/> falls in, or null.</summary>
    /// <param name="date">A date (its year decides).</param>
    /// <returns>The plan, or null.</returns>
    [Pure]
    public static FiveYearPlan? ForDate(LocalDate date) => ForYear(date.Year);

    /// <summary>The plan <paramref name="month"/> falls in, or null.</summary>
    /// <param name="month">A month (its year decides).</param>
    /// <returns>The plan, or null.</returns>
    [Pure]
    public static FiveYearPlan? ForMonth(YearMonth month) => ForYear(month.Year);

    /// <summary>The plan the whole of <paramref name="period"/> falls in, if any.</summary>
    /// <param name="period">A period.</param>
    /// <param name="plan">The plan, or the default value.</param>
    /// <returns>False when the period spans two plans or is not in any.</returns>
    public static bool TryForPeriod(CalendarPeriod period, out FiveYearPlan plan) =>
        TryForYear(period.Start.Year, out plan) && period.End.Year <= plan.LastYear;

    /// <summary>The plan's days, 1 January of its first year to 31 December of its last (end inclusive).</summary>
    /// <returns>A new interval.</returns>
    [Pure]
    public DateInterval ToDateInterval() => Period.ToDateInterval();

    /// <summary>Whether <paramref name="year"/> is one of the plan's five years.</summary>
    /// <param name="year">A year.</param>
    /// <returns>True when <see cref="FirstYear"/> ≤ year ≤ <see cref="LastYear"/>.</returns>
    [Pure]
    public bool Contains(int year) => year >= FirstYear && year <= LastYear;

    /// <summary>Whether the whole of <paramref name="period"/> falls in the plan's five years.</summary>
    /// <param name="period">A period.</param>
    /// <returns>True when the period starts and ends inside the plan.</returns>
    [Pure]
    public bool Contains(CalendarPeriod period) => Contains(period.Start.Year) && Contains(period.End.Year);

    /// <summary>The previous plan.</summary>
    /// <returns>The plan before this one.</returns>
    /// <exception cref="InvalidOperationException">This is the 1st plan.</exception>
    [Pure]
    public FiveYearPlan Previous()
    {
        if (!HasPrevious)
        {
            Preconditions.ThrowInvalidOperation("The 1st Five-Year Plan has no previous plan.");
        }

        return new FiveYearPlan(Ordinal - 1);
    }

    /// <summary>The next plan.</summary>
    /// <returns>The plan after this one.</returns>
    /// <exception cref="InvalidOperationException">This is the last plan handled.</exception>
    [Pure]
    public FiveYearPlan Next()
    {
        if (!HasNext)
        {
            Preconditions.ThrowInvalidOperation("The next plan is past the last Five-Year Plan handled.");
        }

        return new FiveYearPlan(Ordinal + 1);
    }

    /// <summary>
    /// 同期: the span of the previous plan at the same offset from its start as <paramref name="period"/>
    /// from this plan's start. The previous plan starts five years earlier (eight for the 3rd plan, whose
    /// predecessor, the 2nd, began in 1958), so 2021-01/2025-10 in the 14th plan gives 2016-01/2020-10.
    /// Whole months stay whole months (same number of months); a day range moves each end by the same
    /// number of years, 29 February becoming 28 February.
    /// </summary>
    /// <param name="period">A period inside this plan.</param>
    /// <returns>The same span of the previous plan.</returns>
    /// <exception cref="ArgumentException"><paramref name="period"/> is not inside this plan.</exception>
    /// <exception cref="InvalidOperationException">This is the 1st plan.</exception>
    [Pure]
    public CalendarPeriod SameSpanInPrevious(CalendarPeriod period)
    {
        CheckInside(period);
        var previous = Previous();
        return period.ShiftYears(previous.FirstYear - FirstYear);
    }

    /// <summary>The span of the next plan at the same offset from its start: the inverse of
    /// <see cref="SameSpanInPrevious(CalendarPeriod)"/> wherever no 29 February was mapped.</summary>
    /// <param name="period">A period inside this plan.</param>
    /// <returns>The same span of the next plan.</returns>
    /// <exception cref="ArgumentException"><paramref name="period"/> is not inside this plan.</exception>
    /// <exception cref="InvalidOperationException">This is the last plan handled.</exception>
    [Pure]
    public CalendarPeriod SameSpanInNext(CalendarPeriod period)
    {
        CheckInside(period);
        var next = Next();
        return period.ShiftYears(next.FirstYear - FirstYear);
    }

    /// <summary>Whether <paramref name="other"/> is the same plan.</summary>
    /// <param name="other">Another plan.</param>
    /// <returns>True when the ordinals are equal.</returns>
    [Pure]
    public bool Equals(FiveYearPlan other) => index == other.index;

    /// <summary>Whether <paramref name="obj"/> is the same plan.</summary>
    /// <param name="obj">An object.</param>
    /// <returns>True when equal.</returns>
    [Pure]
    public override bool Equals(object? obj) => obj is FiveYearPlan other && Equals(other);

    /// <summary>A hash of the ordinal.</summary>
    /// <returns>The hash code.</returns>
    [Pure]
    public override int GetHashCode() => index;

    /// <summary>Compares by ordinal (which is also chronological).</summary>
    /// <param name="other">Another plan.</param>
    /// <returns>Negative, zero or positive.</returns>
    [Pure]
    public int CompareTo(FiveYearPlan other) => index.CompareTo(other.index);

    /// <inheritdoc cref="CompareTo(FiveYearPlan)"/>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="FiveYearPlan"/>.</exception>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        FiveYearPlan other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a FiveYearPlan.", nameof(obj)),
    };

    /// <summary>Whether two plans are the same.</summary>
    /// <param name="left">A plan.</param>
    /// <param name="right">Another plan.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(FiveYearPlan left, FiveYearPlan right) => left.Equals(right);

    /// <summary>Whether two plans differ.</summary>
    /// <param name="left">A plan.</param>
    /// <param name="right">Another plan.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(FiveYearPlan left, FiveYearPlan right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> came before <paramref name="right"/>.</summary>
    /// <param name="left">A plan.</param>
    /// <param name="right">Another plan.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(FiveYearPlan left, FiveYearPlan right) => left.index < right.index;

    /// <summary>Whether <paramref name="left"/> came before or is <paramref name="right"/>.</summary>
    /// <param name="left">A plan.</param>
    /// <param name="right">Another plan.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(FiveYearPlan left, FiveYearPlan right) => left.index <= right.index;

    /// <summary>Whether <paramref name="left"/> came after <paramref name="right"/>.</summary>
    /// <param name="left">A plan.</param>
    /// <param name="right">Another plan.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(FiveYearPlan left, FiveYearPlan right) => left.index > right.index;

    /// <summary>Whether <paramref name="left"/> came after or is <paramref name="right"/>.</summary>
    /// <param name="left">A plan.</param>
    /// <param name="right">Another plan.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(FiveYearPlan left, FiveYearPlan right) => left.index >= right.index;

    /// <summary>The English name, 14th Five-Year Plan.</summary>
    /// <returns>The name.</returns>
    [Pure]
    public override string ToString() => EnglishName;

    /// <summary>
    /// Writes the plan's name. Formats: <c>null</c>, "" or "G": the English name, or the quoted short name
    /// (“十四五”) when <paramref name="formatProvider"/> is a Chinese culture; "E": 14th Five-Year Plan;
    /// "B": the brief English name, 14th FYP; "J": the short name (简称), 十四五; "Q", "zh" or "C": “十四五”; "L": the long
    /// (formal) name, 第十四个五年规划. A letter means one thing across the library's types ("S" is an SDMX code, "N" group separators,
    /// "A" Arabic digits, "F" fixed places), so a plan does not accept those; see docs/text.md.
    /// </summary>
    /// <param name="format">The format, as above.</param>
    /// <param name="formatProvider">The culture; only whether it is Chinese matters, for "G".</param>
    /// <returns>The name.</returns>
    /// <exception cref="FormatException">The format is unknown.</exception>
    [Pure]
    public string ToString(string? format, IFormatProvider? formatProvider) => format switch
    {
        null or "" or "G" => TextCulture.IsChinese(formatProvider) ? "\u201C" + ShortName + "\u201D" : EnglishName,
        "E" => EnglishName,
        "B" => EnglishOrdinal(Ordinal) + " FYP",
        "J" => ShortName,
        "Q" or "zh" or "C" => "\u201C" + ShortName + "\u201D",
        "L" => FormalName,
        _ => throw new FormatException(string.Format(CultureInfo.InvariantCulture, "Unknown FiveYearPlan format \"{0}\"; use G, E, B, J, Q, zh, C or L.", format)),
    };

    /// <summary>Writes the name into <paramref name="destination"/> (formats as for <see cref="ToString(string, IFormatProvider)"/>).</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">The format.</param>
    /// <param name="provider">The culture.</param>
    /// <returns>False when <paramref name="destination"/> is too short.</returns>
    /// <exception cref="FormatException">The format is unknown.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var text = ToString(format.Length == 0 ? null : format.ToString(), provider);
        if (text.Length > destination.Length)
        {
            charsWritten = 0;
            return false;
        }

        text.AsSpan().CopyTo(destination);
        charsWritten = text.Length;
        return true;
    }

    /// <summary>Reads a plan's name, as written: 十四五, “十四五”, 『十四五』, “十四五”时期, “十四五”期间,
    /// “十四五”以来, 第十四个五年规划, 14th Five-Year Plan, 14th FYP. What follows the name is dropped; use
    /// <see cref="PlanReference.Parse(string)"/> to keep it.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="UnparsableValueException">The text is not a plan's name.</exception>
    [Pure]
    public static FiveYearPlan Parse(string text) => PlanReference.Parse(text).Plan;

    /// <summary>Reads a plan's name as <see cref="Parse(string)"/> does, never throwing on bad text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The plan, or where and why reading failed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    [Pure]
    public static ParseResult<FiveYearPlan> Read(string text)
    {
        var reference = PlanReference.Read(text);
        return reference.Success ? ParseResult<FiveYearPlan>.ForValue(reference.Value.Plan) : reference.ConvertError<FiveYearPlan>();
    }

    /// <summary>Reads a plan's name as <see cref="Parse(string)"/> does, without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The plan, or the default value.</param>
    /// <returns>Whether the text was a plan's name.</returns>
    public static bool TryParse(string? text, out FiveYearPlan result)
    {
        if (text is not null && PlanNameReader.TryReadWhole(text.AsSpan(), out var reference))
        {
            result = reference.Plan;
            return true;
        }

        result = default;
        return false;
    }

#if NET7_0_OR_GREATER
    /// <inheritdoc/>
    static FiveYearPlan IParsable<FiveYearPlan>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool IParsable<FiveYearPlan>.TryParse(string? s, IFormatProvider? provider, out FiveYearPlan result) => TryParse(s, out result);

    /// <inheritdoc/>
    static FiveYearPlan ISpanParsable<FiveYearPlan>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        PlanNameReader.Read(s).Value.Plan;

    /// <inheritdoc/>
    static bool ISpanParsable<FiveYearPlan>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out FiveYearPlan result)
    {
        var ok = PlanNameReader.TryReadWhole(s, out var reference);
        result = reference.Plan;
        return ok;
    }
#endif

    internal static FiveYearPlan FromValidOrdinal(int ordinal) => new(ordinal);

    internal static int FirstYearOf(int ordinal) => ordinal switch
    {
        1 => 1953,
        2 => 1958,
        _ => 1966 + (5 * (ordinal - 3)),
    };

    private static string EnglishOrdinal(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch
        {
            1 => "st",
            2 => "nd",
            3 => "rd",
            _ => "th",
        };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }

    private void CheckInside(CalendarPeriod period)
    {
        if (!Contains(period))
        {
            Preconditions.ThrowArgument(nameof(period), string.Format(
                CultureInfo.InvariantCulture,
                "The period {0} is not inside the {1} ({2}–{3}).",
                period,
                EnglishName,
                FirstYear,
                LastYear));
        }
    }
}
