namespace Quzhou.Governance.Claims;

/// <summary>What an audit without data found impossible: each kind is a piece of exact arithmetic over the
/// published precisions that no true values can satisfy.</summary>
public enum AuditFindingKind
{
    /// <summary>A printed rate cannot come from the stated number of cases (97.18% from 1,000: no k/1000 prints
    /// as 97.18%).</summary>
    RateNotAttainable = 0,

    /// <summary>A printed relative change cannot come from whole counts when the current count is printed (563 cases
    /// “同比增加300%”: no whole base fits).</summary>
    ChangeNotAttainable = 1,

    /// <summary>Rounded parts cannot add up to their printed total, each within its rounding.</summary>
    PartsDisagreeWithTotal = 2,

    /// <summary>Printed shares or a structure cannot add up to 100, each within its rounding.</summary>
    SharesDisagreeWithHundred = 3,

    /// <summary>A printed share cannot be its part's share of the printed parts, or of the printed total, each within
    /// its rounding (320 of 1000 printed as 33.0%).</summary>
    SharesDisagreeWithParts = 4,

    /// <summary>A printed difference (a percentage-point change, or the difference of two printed rates) cannot be the
    /// difference of the two printed levels, each within its rounding.</summary>
    DifferenceDisagrees = 5,

    /// <summary>A streak's start stated in two places disagrees: two streak claims of the same subjects, or a
    /// streak's length and the span it is stated over.</summary>
    StreakStartsDisagree = 6,

    /// <summary>个百分点 (or 千分点) is attached to the change of a count or amount, which changes in percent or in
    /// units, never in percentage points.</summary>
    PointsOnCount = 7,
}
