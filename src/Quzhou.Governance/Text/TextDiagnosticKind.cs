namespace Quzhou.Governance.Text;

/// <summary>Why a reader could not read a piece of text with certainty; each kind has a stable code
/// (<see cref="TextDiagnostic.Code"/>: QT0001…).</summary>
public enum TextDiagnosticKind
{
    /// <summary>QT0001: numbers run together where a copy lost their separators (“下降31.317.5%”), so which number
    /// is which cannot be told.</summary>
    NumbersRunTogether = 1,

    /// <summary>QT0002: a change whose base is missing where the text needs one (“增长5.2%” with no 同比, 比上年… in
    /// a sentence that is not a panel's line).</summary>
    MissingBase = 2,

    /// <summary>QT0003: a figure the grammar cannot read (a number too large, a unit that does not fit).</summary>
    UnreadableFigure = 3,

    /// <summary>QT0004: a 分别 list whose subjects and figures do not pair up (three subjects, two figures).</summary>
    UnpairedList = 4,

    /// <summary>QT0005: a subject the catalog finds more than one indicator for; the claim keeps the text.</summary>
    AmbiguousSubject = 5,

    /// <summary>QT0006: a figure with no subject before it in its clause.</summary>
    MissingSubject = 6,

    /// <summary>QT0007: no publication date was given and the text prints none (a dateline 2025年11月28日).</summary>
    MissingPublicationDate = 7,
}
