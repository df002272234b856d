namespace Quzhou.Governance.Parsing;

/// <summary>
/// Folds the full-width forms that bulletins mix with half-width ones (０-９, ．, ％, ＋, －, ／, ：, ，,
/// the ideographic space) to their ASCII twins, one character at a time, so readers never allocate a
/// normalised copy of their input.
/// </summary>
internal static class CharFolding
{
    /// <summary>The ASCII twin of a full-width character; any other character unchanged.</summary>
    internal static char Fold(char c)
    {
        if (c >= '\uFF01' && c <= '\uFF5E')
        {
            return (char)(c - 0xFEE0);
        }

        return c switch
        {
            '\u3000' => ' ', // ideographic space
            '\u00A0' => ' ', // no-break space
            '\u2009' => ' ', // thin space
            '\u202F' => ' ', // narrow no-break space
            '\u2212' => '-', // minus sign
            _ => c,
        };
    }

    /// <summary>Whether <paramref name="c"/> folds to an ASCII digit.</summary>
    internal static bool IsDigit(char c)
    {
        var f = Fold(c);
        return f >= '0' && f <= '9';
    }

    /// <summary>Whether <paramref name="c"/> folds to a space.</summary>
    internal static bool IsSpace(char c) => Fold(c) == ' ' || c == '\t';

    /// <summary>
    /// Whether <paramref name="c"/> is a dash or range mark used between two ends of a range:
    /// -, –, —, ―, ～, ~, －, 至, 到.
    /// </summary>
    internal static bool IsRangeMark(char c) =>
        c is '-' or '\u2013' or '\u2014' or '\u2015' or '~' or '\uFF5E' or '\uFF0D' or '\u301C' or '至' or '到';

    /// <summary>Whether <paramref name="c"/> opens or closes a quotation: “ ” " ' ‘ ’ 『 』 「 」.</summary>
    internal static bool IsQuote(char c) =>
        c is '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '『' or '』' or '「' or '」' or '\uFF02';
}
