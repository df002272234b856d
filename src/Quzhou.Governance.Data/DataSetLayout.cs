namespace Quzhou.Governance.Data;

/// <summary>How a file lays out a data set — a CSV file, a JSON file or a workbook alike (the one layout type of
/// <see cref="DataSetCsv"/>, <see cref="DataSetJson"/> and <see cref="DataSetXlsx"/>). The default value is
/// <see cref="Long"/>.</summary>
public enum DataSetLayout
{
    /// <summary>One record per figure: indicator, region, period, value (or numerator and denominator), decimals,
    /// status, publication date. Holds everything a data set holds.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The long layout is what statisticians call it; it is not the type long.")]
    Long = 0,

    /// <summary>One row per indicator and region (and publication date, when there are several), one column or key per
    /// period, as statisticians keep their sheets; a status is a letter after the value (<c>43 p</c>), a gap is
    /// <c>:</c>.</summary>
    Wide = 1,
}
