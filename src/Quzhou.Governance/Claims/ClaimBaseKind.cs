namespace Quzhou.Governance.Claims;

/// <summary>What a change is stated against: the words a bulletin prints for the base period.</summary>
public enum ClaimBaseKind
{
    /// <summary>No base: the claim is not a change (a level, a count, a streak…).</summary>
    None = 0,

    /// <summary>A change whose base the text does not state (“省际边界警情下降23.6%” in a panel).</summary>
    Unstated = 1,

    /// <summary>同比: against the same period one year earlier.</summary>
    YearOnYear = 2,

    /// <summary>环比: against the previous adjacent period.</summary>
    PeriodOnPeriod = 3,

    /// <summary>比上年: against the previous year.</summary>
    PreviousYear = 4,

    /// <summary>比上年同期: against the same period of the previous year.</summary>
    PreviousYearSamePeriod = 5,

    /// <summary>较“十三五”: against a named plan, without 同期 — the whole plan or, while the current plan still runs,
    /// perhaps the same span; a checker tries both.</summary>
    Plan = 6,

    /// <summary>较“十三五”同期: against the same span of a named plan.</summary>
    PlanSameSpan = 7,

    /// <summary>比2012年: against a named year.</summary>
    Year = 8,

    /// <summary>近五年: over the last few whole years — the latest year against the year that many years before, or
    /// those years against as many before them; a checker tries both.</summary>
    RecentYears = 9,
}
