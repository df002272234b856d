using System;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;
#if NET7_0_OR_GREATER
using System.Numerics;
#endif

namespace Quzhou.Governance.DataSets;

/// <summary>
/// What one series of a <see cref="DataSet"/> is about: an indicator in a region. Equal when the indicators are
/// equal and the regions are.
/// </summary>
/// <remarks>The default value has no indicator: <see cref="Indicator"/> throws for it.</remarks>
public readonly struct DataSetKey : IEquatable<DataSetKey>
#if NET7_0_OR_GREATER
    , IEqualityOperators<DataSetKey, DataSetKey, bool>
#endif
{
    private readonly Indicator? indicator;

    /// <summary>The key of <paramref name="indicator"/> in <paramref name="region"/>.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="region">The region.</param>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    public DataSetKey(Indicator indicator, RegionCode region)
    {
        this.indicator = Preconditions.CheckNotNull(indicator, nameof(indicator));
        Region = region;
    }

    /// <summary>The indicator.</summary>
    /// <exception cref="InvalidOperationException">This is the default value.</exception>
    public Indicator Indicator => indicator ?? throw new InvalidOperationException("The default DataSetKey has no indicator.");

    /// <summary>The region.</summary>
    public RegionCode Region { get; }

    /// <inheritdoc />
    public bool Equals(DataSetKey other) => Region == other.Region && Equals(indicator, other.indicator);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DataSetKey other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCodes.Combine(indicator is null ? 0 : StringComparer.Ordinal.GetHashCode(indicator.Code), Region.GetHashCode());

    /// <summary><c>telecom-fraud.cases 330800</c>.</summary>
    /// <returns>A string for diagnostics.</returns>
    public override string ToString() => (indicator?.Code ?? "(none)") + " " + Region.ToString();

    /// <summary>Whether two keys are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(DataSetKey left, DataSetKey right) => left.Equals(right);

    /// <summary>Whether two keys differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(DataSetKey left, DataSetKey right) => !left.Equals(right);

    /// <summary>Orders keys by indicator code (ordinal), then region.</summary>
    internal static int Compare(DataSetKey left, DataSetKey right)
    {
        var byCode = string.CompareOrdinal(left.indicator?.Code, right.indicator?.Code);
        return byCode != 0 ? byCode : left.Region.CompareTo(right.Region);
    }
}
