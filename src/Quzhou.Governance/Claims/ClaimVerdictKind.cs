namespace Quzhou.Governance.Claims;

/// <summary>What checking a published figure against data found.</summary>
public enum ClaimVerdictKind
{
    /// <summary>The figure follows from the data: the exact recomputed value prints as published.</summary>
    Holds = 0,

    /// <summary>The data give a value that prints otherwise at the published precision.</summary>
    Contradicted = 1,

    /// <summary>The words admit several readings (percentage points or percent; the whole plan or the same span; the
    /// latest year or the last years); the verdict lists each reading and whether it fits.</summary>
    Ambiguous = 2,

    /// <summary>The value cannot be computed from the data (a change against zero, a break in basis…).</summary>
    Undefined = 3,

    /// <summary>The data lack what the check needs (an indicator, a region, a period), or the check is not built.</summary>
    Unverifiable = 4,

    /// <summary>The figure follows from the data as first published, not from the data as revised since.</summary>
    HoldsOnEarlierVintageOnly = 5,
}
