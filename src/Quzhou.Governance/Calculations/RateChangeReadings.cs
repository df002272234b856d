using System;

namespace Quzhou.Governance.Calculations;

/// <summary>
/// Which readings of a rate “rising 11.53%” fit the data: as percentage points, as a relative change of the
/// rate, both (ambiguous), or neither. The default value is <see cref="None"/>.
/// </summary>
[Flags]
public enum RateChangeReadings
{
    /// <summary>Neither reading rounds to the claim (or the change is undefined).</summary>
    None = 0,

    /// <summary>The claim is the difference in percentage points (提高11.53个百分点).</summary>
    PercentagePoints = 1,

    /// <summary>The claim is the relative change of the rate (the new rate is 111.53% of the old).</summary>
    Relative = 2,
}
