namespace Quzhou.Governance.Claims;

/// <summary>What a published claim states about its subjects: a level, a change of one of four kinds, a
/// streak, a threshold held, a total, a count or progress against a plan target.</summary>
public enum ClaimKind
{
    /// <summary>A level or a rate: “满意率达97.18%”.</summary>
    Level = 0,

    /// <summary>A relative change against a stated base: “同比下降6.67%”, “较“十三五”同期下降31.3%”.</summary>
    RelativeChange = 1,

    /// <summary>A change in percentage points (or permille points): “提高1.2个百分点”.</summary>
    PercentagePointChange = 2,

    /// <summary>An absolute change of a count or amount: “增加1360余人”.</summary>
    AbsoluteChange = 3,

    /// <summary>A multiple: “增长1.3倍”, “翻一番”, “下降三成”.</summary>
    Multiple = 4,

    /// <summary>A streak of consecutive periods: “持续58个月保持“双下降””, “连续3年”.</summary>
    Streak = 5,

    /// <summary>A threshold held over a span: “保持在97%以上”.</summary>
    ThresholdHeld = 6,

    /// <summary>A cumulative total over a span: “累计提供法律服务19万余次”.</summary>
    CumulativeTotal = 7,

    /// <summary>A count (a stock, or events of a span): “建成1725个站点”, “生产安全事故“0”发生”.</summary>
    Count = 8,

    /// <summary>Progress against a plan target, as the share of the target achieved: “完成目标的49.15%”.</summary>
    PlanProgress = 9,

    /// <summary>A structure: shares of one whole, printed as a ratio (三次产业结构为2.8:41.1:56.1) or as percentages
    /// that should add up to 100.</summary>
    Structure = 10,
}
