namespace Quzhou.Governance.Calculations;

/// <summary>What a plan target asks of its indicator; the default value is <see cref="LevelAtLeast"/>.</summary>
public enum PlanTargetKind : byte
{
    /// <summary>A floor for the last year's level (达到, 不低于, ≥): a rate rising from 95% to at least 98%.</summary>
    LevelAtLeast = 0,

    /// <summary>A ceiling for the last year's level (控制在…以内, 不高于, ≤): accidents falling from 159 to at most 100.</summary>
    LevelAtMost = 1,

    /// <summary>A total over the plan's five years, at least the target (〔 〕 in plan tables: 累计).</summary>
    Cumulative = 2,

    /// <summary>An average annual growth rate (年均增长) from the base year to the plan's last year.</summary>
    AverageAnnualGrowth = 3,
}
