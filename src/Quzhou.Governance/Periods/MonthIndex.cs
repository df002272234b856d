using NodaTime;

namespace Quzhou.Governance.Periods;

/// <summary>
/// Numbers the months of the ISO calendar consecutively, so that code walking millions of monthly points
/// can index an array with plain integer arithmetic: the index of a month is <c>year × 12 + month − 1</c>
/// (January of year 1 is 12; 2025-10 is 24309). Two months are <c>n</c> apart exactly when their indexes
/// differ by <c>n</c>.
/// </summary>
public static class MonthIndex
{
    /// <summary>The index of January of year 1, the first month the library handles.</summary>
    public const int MinValue = 12;

    /// <summary>The index of December 9999, the last month the library handles.</summary>
    public const int MaxValue = (9999 * 12) + 11;

    /// <summary>The index of <paramref name="month"/>.</summary>
    /// <param name="month">A month of the ISO calendar, year 1 to 9999.</param>
    /// <returns><c>year × 12 + month − 1</c>.</returns>
    public static int Of(YearMonth month) => (month.Year * 12) + month.Month - 1;

    /// <summary>The index of the month <paramref name="date"/> falls in.</summary>
    /// <param name="date">A date of the ISO calendar, year 1 to 9999.</param>
    /// <returns><c>year × 12 + month − 1</c>.</returns>
    public static int Of(LocalDate date) => (date.Year * 12) + date.Month - 1;

    /// <summary>The index of month <paramref name="month"/> of <paramref name="year"/>.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns><c>year × 12 + month − 1</c>.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">The year or the month is out of range.</exception>
    public static int Of(int year, int month)
    {
        Preconditions.CheckArgumentRange(nameof(year), year, 1, 9999);
        Preconditions.CheckArgumentRange(nameof(month), month, 1, 12);
        return (year * 12) + month - 1;
    }

    /// <summary>The month with index <paramref name="index"/>.</summary>
    /// <param name="index">An index from <see cref="MinValue"/> to <see cref="MaxValue"/>.</param>
    /// <returns>The month, in the ISO calendar.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public static YearMonth ToYearMonth(int index)
    {
        Preconditions.CheckArgumentRange(nameof(index), index, MinValue, MaxValue);
        return new YearMonth(index / 12, (index % 12) + 1);
    }

    /// <summary>The first day of the month with index <paramref name="index"/> (unchecked).</summary>
    internal static LocalDate FirstDay(int index) => new(index / 12, (index % 12) + 1, 1);

    /// <summary>The last day of the month with index <paramref name="index"/> (unchecked).</summary>
    internal static LocalDate LastDay(int index)
    {
        var year = index / 12;
        var month = (index % 12) + 1;
        return new LocalDate(year, month, CalendarSystem.Iso.GetDaysInMonth(year, month));
    }
}
