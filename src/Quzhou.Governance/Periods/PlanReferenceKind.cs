namespace Quzhou.Governance.Periods;

/// <summary>What a plan's name refers to, as told by the words after it.</summary>
public enum PlanReferenceKind
{
    /// <summary>The whole plan: the name alone, or with 时期, 期间, 规划 or 计划 after it (“十四五”期间).</summary>
    WholePlan = 0,

    /// <summary>From the plan's start to now: 以来 (“十四五”以来); the end comes from the context.</summary>
    SinceStart = 1,

    /// <summary>The same span of that plan as the period being compared: 同期 (较“十三五”同期).</summary>
    SameSpan = 2,

    /// <summary>The plan's first year: 开局之年 (开局年).</summary>
    OpeningYear = 3,

    /// <summary>The plan's last year: 收官之年 (收官年).</summary>
    ClosingYear = 4,
}
