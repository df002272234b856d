using Quzhou.Governance.Parsing;

namespace Quzhou.Governance.Figures;

/// <summary>The words a published figure prints with (its direction and qualifier words); the words reading
/// recognises, and the shared unit texts, are the figure grammar's (<see cref="FigureGrammar"/>).</summary>
internal static class FigureWords
{
    internal const string PercentagePointsLong = FigureGrammar.PercentagePointsLong;
    internal const string PermillePoints = FigureGrammar.PermillePoints;

    /// <summary>The written word of a direction; empty for none.</summary>
    internal static string DirectionWord(FigureDirection direction) => direction switch
    {
        FigureDirection.Growth => "增长",
        FigureDirection.Raise => "提高",
        FigureDirection.Lift => "提升",
        FigureDirection.Rise => "上升",
        FigureDirection.Addition => "增加",
        FigureDirection.Decline => "下降",
        FigureDirection.Reduction => "减少",
        FigureDirection.Lowering => "降低",
        _ => string.Empty,
    };

    /// <summary>Whether the direction word marks a decrease.</summary>
    internal static bool IsDecrease(FigureDirection direction) =>
        direction is FigureDirection.Decline or FigureDirection.Reduction or FigureDirection.Lowering;

    /// <summary>The written word of a qualifier; empty for exact.</summary>
    internal static string QualifierWord(FigureQualifier qualifier) => qualifier switch
    {
        FigureQualifier.Odd => "余",
        FigureQualifier.More => "多",
        FigureQualifier.AtLeast => "以上",
        FigureQualifier.AtMost => "以下",
        FigureQualifier.Nearly => "近",
        FigureQualifier.About => "约",
        FigureQualifier.Around => "左右",
        FigureQualifier.Exceeding => "超过",
        FigureQualifier.Breaking => "突破",
        _ => string.Empty,
    };

    /// <summary>Where a qualifier is written: −1 before the number, 0 straight after the number or
    /// magnitude, 1 after the unit.</summary>
    internal static int QualifierPlace(FigureQualifier qualifier) => qualifier switch
    {
        FigureQualifier.Nearly or FigureQualifier.About or FigureQualifier.Exceeding or FigureQualifier.Breaking => -1,
        FigureQualifier.Odd or FigureQualifier.More => 0,
        _ => 1,
    };
}
