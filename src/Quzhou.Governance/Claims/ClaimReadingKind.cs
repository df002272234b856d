namespace Quzhou.Governance.Claims;

/// <summary>Which reading of a claim's words a recomputed value follows.</summary>
public enum ClaimReadingKind
{
    /// <summary>The one reading the words allow.</summary>
    AsWorded = 0,

    /// <summary>A rate's change read as percentage points (提升11.53% as 11.53个百分点).</summary>
    PercentagePoints = 1,

    /// <summary>A rate's change read as a relative change of the rate (111.53% of the old rate).</summary>
    RelativeChange = 2,

    /// <summary>较“十三五” read as against the whole previous plan.</summary>
    WholePlan = 3,

    /// <summary>较“十三五” read as against the same span of the previous plan (同期).</summary>
    SameSpan = 4,

    /// <summary>近五年 read as the latest year against the year five years before.</summary>
    LatestYearAgainstYearsBefore = 5,

    /// <summary>近五年 read as the last five years against the five before them.</summary>
    RecentYearsAgainstPrecedingYears = 6,

    /// <summary>增加 read as the difference from the previous year.</summary>
    DifferenceFromPreviousYear = 7,

    /// <summary>增加 of a flow read as the flow's total over the period (the inflow is the increase).</summary>
    TotalOfPeriod = 8,
}
