using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Periods;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.DataSets;

/// <content>The plan targets a data set holds beside its records.</content>
public sealed partial class DataSet
{
    // Set once, before the data set is handed out (by FromGroups' callers), never after.
    private TargetTable targets = TargetTable.Empty;

    /// <summary>The plan targets (时间过半、任务过半 is measured against them), by plan, indicator code (ordinal), then
    /// region; at most one for each plan, indicator and region. Empty when the data set has none.</summary>
    public IReadOnlyList<DataSetTarget> Targets => targets.Sorted;

    /// <summary>Gets the target <paramref name="plan"/> sets for <paramref name="indicator"/> in <paramref name="region"/>.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="indicator">The indicator.</param>
    /// <param name="region">The region.</param>
    /// <param name="target">The target, or null when the data set has none.</param>
    /// <returns>Whether there is one: absence is an answer, not an error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    public bool TryGetTarget(FiveYearPlan plan, Indicator indicator, RegionCode region, [NotNullWhen(true)] out PlanTarget? target)
    {
        Preconditions.CheckNotNull(indicator, nameof(indicator));
        target = targets.TryGet(plan, indicator, region, out var held) ? held!.Target : null;
        return target is not null;
    }

    /// <summary>This data set's records with <paramref name="newTargets"/> in place of its targets (a targets file
    /// loaded beside a data file). An indicator the catalog does not hold is added to it.</summary>
    /// <param name="newTargets">The targets; none is the data set without targets.</param>
    /// <returns>A data set with the same records and those targets.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="newTargets"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">Two targets share a plan, indicator and region, or a target's indicator has a
    /// code the catalog holds for another definition (the message names it).</exception>
    public DataSet WithTargets(IEnumerable<DataSetTarget> newTargets)
    {
        Preconditions.CheckNotNull(newTargets, nameof(newTargets));
        var collected = new Dictionary<(FiveYearPlan, DataSetKey), DataSetTarget>();
        var catalog = Catalog;
        foreach (var target in newTargets)
        {
            Preconditions.CheckNotNull(target, nameof(newTargets));
            if (TargetTable.Refusal(collected, catalog, target) is { } refusal)
            {
                Preconditions.ThrowArgument(nameof(newTargets), refusal);
            }

            if (!catalog.TryGet(target.Indicator.Code, out _))
            {
                catalog = catalog.With(target.Indicator);
            }

            collected.Add((target.Plan, target.Key), target);
        }

        return new DataSet(catalog, entries, keys, recordCount) { targets = TargetTable.From(collected) };
    }

    /// <summary>This data set with the targets a builder collected.</summary>
    internal DataSet WithTargetTable(TargetTable table)
    {
        targets = table;
        return this;
    }
}
