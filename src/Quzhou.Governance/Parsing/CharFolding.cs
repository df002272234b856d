namespace Quzhou.Governance.Parsing;

/// <summary>
/// Folds the full-width forms that bulletins mix with half-width ones (０-９, ．, ％, ＋, －, ／, ：, ，,
/// the ideographic space) to their ASCII twins, and the traditional and financial forms of numerals and of the
/// figure words to their simplified forms (萬 → 万, 億 → 亿, 拾 → 十, 壹 → 一, 兩 → 两, 餘 → 余, 個 → 个, 點 → 点…),
/// one character at a time, so readers never allocate a normalised copy of their input. Every reader compares
/// folded characters, so 19萬餘次 reads as 19万余次 and 5起/萬人 as 5起/万人.
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
            _ => c < '\u4E00' ? c : FoldIdeograph(c),
        };
    }

    /// <summary>The simplified form of a traditional or financial numeral, or of a traditional character of the
    /// figure words; any other character unchanged.</summary>
    private static char FoldIdeograph(char c) => c switch
    {
        '萬' => '万',
        '億' => '亿',
        '拾' => '十',
        '佰' => '百',
        '仟' => '千',
        '壹' => '一',
        '貳' or '贰' or '貮' => '二',
        '兩' => '两',
        '叁' or '參' or '叄' => '三',
        '肆' => '四',
        '伍' => '五',
        '陆' or '陸' => '六',
        '柒' => '七',
        '捌' => '八',
        '玖' => '九',
        '餘' => '余',
        '約' => '约',
        '過' => '过',
        '長' => '长',
        '減' => '减',
        '個' => '个',
        '點' => '点',
        _ => c,
    };

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
