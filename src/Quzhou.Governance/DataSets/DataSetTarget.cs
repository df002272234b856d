using System;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Periods;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.DataSets;

/// <summary>
/// A <see cref="PlanTarget"/> a <see cref="DataSet"/> holds for one region: the 14th plan's ceiling on production
/// safety accidents in 衢州市. A data set holds at most one target for each plan, indicator and region.
/// Immutable; equal when the regions and the targets are equal.
/// </summary>
public sealed class DataSetTarget : IEquatable<DataSetTarget>
{
    /// <summary>The target <paramref name="target"/> set for <paramref name="region"/>.</summary>
    /// <param name="region">The region the target is set for.</param>
    /// <param name="target">The target.</param>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    public DataSetTarget(RegionCode region, PlanTarget target)
    {
        Target = Preconditions.CheckNotNull(target, nameof(target));
        Region = region;
    }

    /// <summary>The region the target is set for.</summary>
    public RegionCode Region { get; }

    /// <summary>The target.</summary>
    public PlanTarget Target { get; }

    /// <summary>The plan the target belongs to.</summary>
    public FiveYearPlan Plan => Target.Plan;

    /// <summary>The indicator the target is set for.</summary>
    public Indicator Indicator => Target.Indicator;

    /// <summary>The series the target is about: its indicator in its region.</summary>
    public DataSetKey Key => new(Target.Indicator, Region);

    /// <inheritdoc />
    public bool Equals(DataSetTarget? other) => other is not null && Region == other.Region && Target.Equals(other.Target);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DataSetTarget);

    /// <inheritdoc />
    public override int GetHashCode() => HashCodes.Combine(Region.GetHashCode(), Target.GetHashCode());

    /// <summary>For diagnostics: <c>330800: 14th Five-Year Plan production-safety.accidents at most 100 (base 2020: 159, binding)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Region.ToString() + ": " + Target.ToString();

    /// <summary>Orders targets by plan, indicator code (ordinal), then region.</summary>
    internal static int Compare(DataSetTarget left, DataSetTarget right)
    {
        var byPlan = left.Plan.CompareTo(right.Plan);
        if (byPlan != 0)
        {
            return byPlan;
        }

        var byCode = string.CompareOrdinal(left.Indicator.Code, right.Indicator.Code);
        return byCode != 0 ? byCode : left.Region.CompareTo(right.Region);
    }
}
