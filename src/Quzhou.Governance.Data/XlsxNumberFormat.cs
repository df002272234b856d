using System.Text;

namespace Quzhou.Governance.Data;

/// <summary>What a cell's number format says about its number: a date, a percentage, and the decimals it shows.</summary>
internal readonly struct XlsxNumberFormat
{
    internal XlsxNumberFormat(bool isDate, bool isPercent, int? decimals)
    {
        IsDate = isDate;
        IsPercent = isPercent;
        Decimals = decimals;
    }

    /// <summary>The number is a date serial.</summary>
    internal bool IsDate { get; }

    /// <summary>The number is shown times 100 with a % sign (0.971 shows as 97.10%).</summary>
    internal bool IsPercent { get; }

    /// <summary>The decimals the format always shows (2 for <c>0.00</c>), or null for General and text.</summary>
    internal int? Decimals { get; }

    /// <summary>The format of a built-in number format id (ECMA-376 Part 1, 18.8.30; 27–36 and 50–58 are the East
    /// Asian date formats), or of a format code.</summary>
    internal static XlsxNumberFormat FromId(uint id, string? code)
    {
        if (code is not null)
        {
            return FromCode(code);
        }

        return id switch
        {
            1 or 3 or 37 or 38 => new(false, false, 0),
            2 or 4 or 39 or 40 => new(false, false, 2),
            9 => new(false, true, 0),
            10 => new(false, true, 2),
            (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58) => new(true, false, null),
            _ => new(false, false, null),
        };
    }

    internal static XlsxNumberFormat FromCode(string code)
    {
        // The first section (positive numbers), without quoted text, escapes and bracketed parts ([Red], [$-804]).
        var plain = new StringBuilder();
        var quoted = false;
        var bracket = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (quoted)
            {
                quoted = c != '"';
                continue;
            }

            if (bracket)
            {
                bracket = c != ']';
                continue;
            }

            switch (c)
            {
                case '"':
                    quoted = true;
                    continue;
                case '[':
                    bracket = true;
                    continue;
                case '\\':
                case '_':
                case '*':
                    i++;
                    continue;
                case ';':
                    i = code.Length;
                    continue;
                default:
                    plain.Append(char.ToLowerInvariant(c));
                    continue;
            }
        }

        var text = plain.ToString();
        if (text.Length == 0 || text == "general" || Has(text, '@'))
        {
            return new(false, false, null);
        }

        if (Has(text, 'y') || Has(text, 'd') || Has(text, 'm') || Has(text, 'h') || Has(text, 's'))
        {
            return new(true, false, null);
        }

        if (Has(text, 'e'))
        {
            // Scientific: shows no fixed decimals of the number itself.
            return new(false, false, null);
        }

        var dot = text.IndexOf('.', 0);
        var decimals = 0;
        if (dot >= 0)
        {
            for (var i = dot + 1; i < text.Length && text[i] is '0' or '#' or '?'; i++)
            {
                decimals++;
            }
        }

        return new(false, Has(text, '%'), decimals);
    }

    private static bool Has(string text, char c) => text.IndexOf(c, 0) >= 0;
}
