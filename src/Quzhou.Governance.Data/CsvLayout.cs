namespace Quzhou.Governance.Data;

/// <summary>How a CSV file lays out a data set. The default value is <see cref="Long"/>.</summary>
public enum CsvLayout
{
    /// <summary>One row per figure: indicator, region, period, value (or numerator and denominator), decimals, status,
    /// publication date. Holds everything a data set holds.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The long layout is what statisticians call it; it is not the type long.")]
    Long = 0,

    /// <summary>One row per indicator and region (and publication date, when there are several), one column per
    /// period (<c>2025-10</c>, <c>2025年10月</c>), as statisticians keep their sheets; a status is a letter after the
    /// value (<c>43 p</c>), a gap is <c>:</c>.</summary>
    Wide = 1,
}
