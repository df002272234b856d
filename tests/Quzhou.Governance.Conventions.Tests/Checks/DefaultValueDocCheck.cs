using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;

namespace Quzhou.Governance.Conventions.Tests.Checks;

/// <summary>
/// Every public struct's XML doc says what its default value is: a sentence of the doc's prose (not a
/// <c>cref</c>) contains the word “default”.
/// </summary>
public static partial class DefaultValueDocCheck
{
    public static IReadOnlyList<Violation> Find(Compilation compilation) =>
        Symbols.PublicStructs(compilation)
            .Where(s => !SaysDefault(s.GetDocumentationCommentXml(expandIncludes: true)))
            .Select(s => Symbols.At(s, "the doc does not say what the default value is (no sentence containing “default”)"))
            .ToList();

    private static bool SaysDefault(string? xml)
    {
        if (string.IsNullOrWhiteSpace(xml))
        {
            return false;
        }
        string prose;
        try
        {
            prose = XElement.Parse(xml).Value;
        }
        catch (System.Xml.XmlException)
        {
            return false;
        }
        return DefaultWord().IsMatch(prose);
    }

    [GeneratedRegex(@"\bdefault\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DefaultWord();
}
