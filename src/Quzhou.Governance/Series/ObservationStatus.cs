namespace Quzhou.Governance.Series;

/// <summary>The standing of one observed value. The default value is <see cref="Final"/>.</summary>
public enum ObservationStatus
{
    /// <summary>The final published figure.</summary>
    Final = 0,

    /// <summary>A provisional figure (初步统计数), which may be revised.</summary>
    Provisional = 1,

    /// <summary>A figure revised after first publication.</summary>
    Revised = 2,

    /// <summary>An estimate.</summary>
    Estimated = 3,

    /// <summary>
    /// The first value on a new comparable basis (口径调整): a change between this period (or a later one)
    /// and a period before it is not computed, and a run of periods ends here.
    /// </summary>
    BasisBreak = 4,
}
