using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Quzhou.Governance.Periods;

namespace Quzhou.Governance.DataSets;

/// <content>The plan targets a builder collects beside the records.</content>
public sealed partial class DataSetBuilder
{
    private readonly Dictionary<(FiveYearPlan, DataSetKey), DataSetTarget> targets = new();

    /// <summary>The number of plan targets added so far.</summary>
    public int TargetCount => targets.Count;

    /// <summary>Adds the plan target <paramref name="target"/>.</summary>
    /// <param name="target">The target and its region.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="target"/> is null.</exception>
    /// <exception cref="System.ArgumentException">The target is refused (see <see cref="TryAddTarget"/>; the message says why).</exception>
    public DataSetBuilder AddTarget(DataSetTarget target)
    {
        Preconditions.CheckNotNull(target, nameof(target));
        if (!TryAddTarget(target, out var refusal))
        {
            Preconditions.ThrowArgument(nameof(target), refusal);
        }

        return this;
    }

    /// <summary>Adds the plan target <paramref name="target"/> unless it is refused, and says why it was: a second
    /// target for the same plan, indicator and region, or an indicator whose code the catalog holds for another
    /// definition. An indicator the catalog does not hold is added to it.</summary>
    /// <param name="target">The target and its region.</param>
    /// <param name="refusal">Why it was refused, in plain words, or null.</param>
    /// <returns>Whether it was added; nothing is added when it was refused.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="target"/> is null.</exception>
    public bool TryAddTarget(DataSetTarget target, [NotNullWhen(false)] out string? refusal)
    {
        Preconditions.CheckNotNull(target, nameof(target));
        refusal = TargetTable.Refusal(targets, catalog, target);
        if (refusal is not null)
        {
            return false;
        }

        if (!catalog.TryGet(target.Indicator.Code, out _))
        {
            catalog = catalog.With(target.Indicator);
        }

        targets.Add((target.Plan, target.Key), target);
        return true;
    }
}
