namespace Quzhou.Governance.Calculations;

/// <summary>How firmly a plan target binds, its 指标属性; the default value is <see cref="Expected"/>.</summary>
public enum TargetCommitment : byte
{
    /// <summary>预期性: an expected, guiding target the government works towards.</summary>
    Expected = 0,

    /// <summary>约束性: a binding target the government must meet and is assessed on.</summary>
    Binding = 1,
}
