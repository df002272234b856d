using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Quzhou.Governance.Conventions.Tests.Checks;

/// <summary>Every public type and member has XML documentation (<c>&lt;inheritdoc/&gt;</c> counts).</summary>
public static class XmlDocsCheck
{
    public static IReadOnlyList<Violation> Find(Compilation compilation)
    {
        var violations = new List<Violation>();
        foreach (var type in Symbols.PublicTypes(compilation))
        {
            if (!Documented(type))
            {
                violations.Add(Symbols.At(type, "a public type has no XML docs"));
            }
            foreach (var member in Symbols.VisibleMembers(type).Where(m => !IsPrimaryConstructorProperty(m)))
            {
                if (!Documented(member))
                {
                    violations.Add(Symbols.At(member, "a public member has no XML docs"));
                }
            }
        }
        return violations;
    }

    private static bool Documented(ISymbol symbol) =>
        !string.IsNullOrWhiteSpace(symbol.GetDocumentationCommentXml(expandIncludes: true));

    // A record's positional property is documented by the record's <param>.
    private static bool IsPrimaryConstructorProperty(ISymbol member) =>
        member is IPropertySymbol && member.DeclaringSyntaxReferences.Any(r =>
            r.GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.ParameterSyntax);
}
