using System;
using System.Collections.Generic;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Periods;

namespace Quzhou.Governance.DataSets;

/// <summary>The plan targets of a data set: at most one for each plan, indicator and region, in the order of
/// <see cref="DataSetTarget.Compare"/>. Immutable once built.</summary>
internal sealed class TargetTable : IEquatable<TargetTable>
{
    private readonly Dictionary<(FiveYearPlan Plan, DataSetKey Key), DataSetTarget> byKey;

    private TargetTable(Dictionary<(FiveYearPlan, DataSetKey), DataSetTarget> byKey, DataSetTarget[] sorted)
    {
        this.byKey = byKey;
        Sorted = sorted;
    }

    internal static TargetTable Empty { get; } = new(new Dictionary<(FiveYearPlan, DataSetKey), DataSetTarget>(), []);

    internal DataSetTarget[] Sorted { get; }

    internal bool TryGet(FiveYearPlan plan, Indicator indicator, Series.RegionCode region, out DataSetTarget? target) =>
        byKey.TryGetValue((plan, new DataSetKey(indicator, region)), out target);

    /// <summary>Why <paramref name="target"/> cannot join <paramref name="targets"/> over <paramref name="catalog"/>, or null.</summary>
    internal static string? Refusal(Dictionary<(FiveYearPlan, DataSetKey), DataSetTarget> targets, IndicatorCatalog catalog, DataSetTarget target)
    {
        var indicator = target.Indicator;
        if (catalog.TryGet(indicator.Code, out var known) && !known.Equals(indicator))
        {
            return "The catalog holds another indicator with the code " + indicator.Code + " (" + known.ToString() + ").";
        }

        return targets.TryGetValue((target.Plan, target.Key), out var held)
            ? "The " + target.Plan.EnglishName + " already has a target for " + target.Key.ToString() + ": " + held.Target.ToString() + "."
            : null;
    }

    internal static TargetTable From(Dictionary<(FiveYearPlan, DataSetKey), DataSetTarget> targets)
    {
        if (targets.Count == 0)
        {
            return Empty;
        }

        var sorted = new DataSetTarget[targets.Count];
        targets.Values.CopyTo(sorted, 0);
        Array.Sort(sorted, DataSetTarget.Compare);
        return new TargetTable(new Dictionary<(FiveYearPlan, DataSetKey), DataSetTarget>(targets), sorted);
    }

    public bool Equals(TargetTable? other)
    {
        if (other is null || other.Sorted.Length != Sorted.Length)
        {
            return false;
        }

        for (var i = 0; i < Sorted.Length; i++)
        {
            if (!Sorted[i].Equals(other.Sorted[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as TargetTable);

    public override int GetHashCode() => Sorted.Length;
}
