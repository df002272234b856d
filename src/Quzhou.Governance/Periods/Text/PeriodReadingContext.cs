using System;
using System.Globalization;
using NodaTime;
#if NET7_0_OR_GREATER
using System.Numerics;
#endif

namespace Quzhou.Governance.Periods.Text;

/// <summary>
/// What a reader of Chinese period phrases may take from the surrounding text when the phrase itself does
/// not say it: the year of 1—10月 or 前三季度, the end of “十四五”以来, the start of 截至2025年10月底.
/// </summary>
/// <remarks>The default value gives no context: phrases that need one fail with an error saying so.</remarks>
public readonly struct PeriodReadingContext : IEquatable<PeriodReadingContext>
#if NET7_0_OR_GREATER
    , IEqualityOperators<PeriodReadingContext, PeriodReadingContext, bool>
#endif
{
    private readonly int year;
    private readonly LocalDate? start;
    private readonly LocalDate? end;

    /// <summary>
    /// The year of phrases written without one (1—10月, 前三季度, 上半年); when not set, the year of
    /// <see cref="End"/> if that is set.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a year outside 1–9999.</exception>
    public int? Year
    {
        get => year != 0 ? year : end?.Year;
        init
        {
            if (value is { } y)
            {
                Preconditions.CheckArgumentRange(nameof(value), y, 1, 9999);
                year = y;
            }
            else
            {
                year = 0;
            }
        }
    }

    /// <summary>The first day of a 截至… (“up to …”) span; when not set, such a span starts on 1 January of
    /// the year it ends in (截至2025年10月底 is 2025-01/2025-10, the year to date).</summary>
    /// <exception cref="ArgumentException">Set to a date not in the ISO calendar or outside years 1–9999.</exception>
    public LocalDate? Start
    {
        get => start;
        init => start = value is { } d ? CheckDate(d, nameof(value)) : null;
    }

    /// <summary>The last day covered by the data, the end of a …以来 (“since …”) span: with 2025-10-31,
    /// “十四五”以来 is 2021-01/2025-10.</summary>
    /// <exception cref="ArgumentException">Set to a date not in the ISO calendar or outside years 1–9999.</exception>
    public LocalDate? End
    {
        get => end;
        init => end = value is { } d ? CheckDate(d, nameof(value)) : null;
    }

    /// <summary>A context giving only the year of phrases written without one.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <returns>The context.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    [Pure]
    public static PeriodReadingContext ForYear(int year)
    {
        Preconditions.CheckArgumentRange(nameof(year), year, 1, 9999);
        return new() { Year = year };
    }

    /// <summary>A context whose data run up to the end of <paramref name="latest"/>: the end of …以来 spans,
    /// and the year of phrases written without one.</summary>
    /// <param name="latest">The latest period with data, such as 2025-10.</param>
    /// <returns>The context.</returns>
    [Pure]
    public static PeriodReadingContext ThroughEndOf(CalendarPeriod latest) => new() { End = latest.End };

    /// <summary>Whether both contexts say the same.</summary>
    /// <param name="other">Another context.</param>
    /// <returns>True when equal.</returns>
    [Pure]
    public bool Equals(PeriodReadingContext other) => year == other.year && start == other.start && end == other.end;

    /// <summary>Whether <paramref name="obj"/> is an equal context.</summary>
    /// <param name="obj">An object.</param>
    /// <returns>True when equal.</returns>
    [Pure]
    public override bool Equals(object? obj) => obj is PeriodReadingContext other && Equals(other);

    /// <summary>A hash of the context.</summary>
    /// <returns>The hash code.</returns>
    [Pure]
    public override int GetHashCode() => HashCodes.Combine(year, start.GetHashCode(), end.GetHashCode());

    /// <summary>Whether two contexts are equal.</summary>
    /// <param name="left">A context.</param>
    /// <param name="right">Another context.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(PeriodReadingContext left, PeriodReadingContext right) => left.Equals(right);

    /// <summary>Whether two contexts differ.</summary>
    /// <param name="left">A context.</param>
    /// <param name="right">Another context.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(PeriodReadingContext left, PeriodReadingContext right) => !left.Equals(right);

    private static LocalDate CheckDate(LocalDate date, string paramName)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            Preconditions.ThrowArgument(paramName, string.Format(CultureInfo.InvariantCulture, "The date {0} is not in the ISO calendar.", date));
        }

        Preconditions.CheckArgumentRange(paramName, date.Year, 1, 9999);
        return date;
    }
}
