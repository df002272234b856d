namespace Quzhou.Governance.Periods;

/// <summary>
/// What a <see cref="CalendarPeriod"/> is, decided by its span alone: the coarsest calendar unit that
/// describes the span exactly. A range of whole months that is exactly a quarter is a
/// <see cref="Quarter"/>, whichever way it was written; a range of days that is exactly whole months is a
/// month range (or a month, quarter, half-year or year).
/// </summary>
/// <remarks>The values run from the finest to the coarsest; the default, <see cref="DayRange"/>, is the
/// kind of the default <see cref="CalendarPeriod"/> (the single day 0001-01-01).</remarks>
public enum CalendarPeriodKind
{
    /// <summary>An inclusive range of days that is not a whole number of calendar months (one day or more).</summary>
    DayRange = 0,

    /// <summary>An inclusive range of whole calendar months that is not a single month, quarter, half-year or year.</summary>
    MonthRange = 1,

    /// <summary>One calendar month (2025-10, 2025年10月).</summary>
    Month = 2,

    /// <summary>One calendar quarter: January–March, April–June, July–September or October–December.</summary>
    Quarter = 3,

    /// <summary>One half of a calendar year: January–June (上半年) or July–December (下半年).</summary>
    HalfYear = 4,

    /// <summary>One calendar year, January to December.</summary>
    Year = 5,
}
