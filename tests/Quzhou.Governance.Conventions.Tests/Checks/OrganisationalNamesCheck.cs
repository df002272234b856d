using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Quzhou.Governance.Conventions.Tests.Checks;

/// <summary>
/// No test name and no public name carries a word about how the project is organised (the tracker, the people,
/// the working sessions) rather than about the domain: <c>QuantityTypes_AreTheEightOfTheIssue</c> says where a
/// list came from, not what it is. Names are split into words at underscores and capitals.
/// </summary>
public static partial class OrganisationalNamesCheck
{
    /// <summary>The words, singular; plurals match too.</summary>
    public static readonly string[] Words =
    [
        "Issue", "Reviewer", "Session", "Ticket", "Integrator", "Engineer", "Helper", "Brief",
        "Todo", "Fixme", "Hack", "Workaround", "Bug", "Jira", "Sprint", "Agent",
    ];

    private static readonly string[] TestAttributes = ["Fact", "Theory", "Property"];

    /// <summary>Test classes and methods (a method with [Fact], [Theory] or [Property], and its class).</summary>
    public static IReadOnlyList<Violation> FindInTests(IEnumerable<SyntaxTree> trees)
    {
        var violations = new List<Violation>();
        foreach (var tree in trees)
        {
            var root = tree.GetRoot();
            var tests = root.DescendantNodes().OfType<MethodDeclarationSyntax>()
                .Where(m => m.AttributeLists.SelectMany(a => a.Attributes).Any(a => IsTestAttribute(a.Name.ToString())))
                .ToList();
            foreach (var test in tests)
            {
                violations.AddRange(Check(test.Identifier.Text, tree, test.Identifier.GetLocation(), TypeName(test), test.Identifier.Text, "test"));
            }
            foreach (var type in tests.Select(t => t.Parent).OfType<TypeDeclarationSyntax>().Distinct())
            {
                violations.AddRange(Check(type.Identifier.Text, tree, type.Identifier.GetLocation(), type.Identifier.Text, "", "test class"));
            }
        }
        return violations;
    }

    /// <summary>The library's public namespaces, types, members and parameters.</summary>
    public static IReadOnlyList<Violation> FindInLibrary(Compilation compilation)
    {
        var violations = new List<Violation>();
        foreach (var type in Symbols.PublicTypes(compilation))
        {
            violations.AddRange(Check(type.ContainingNamespace.ToDisplayString() + "." + type.Name, type, "public type"));
            foreach (var member in Symbols.VisibleMembers(type))
            {
                violations.AddRange(Check(member.Name, member, "public member"));
                var parameters = member switch
                {
                    IMethodSymbol m => m.Parameters,
                    IPropertySymbol p => p.Parameters,
                    _ => [],
                };
                foreach (var parameter in parameters)
                {
                    violations.AddRange(Check(parameter.Name, member, $"parameter {parameter.Name}"));
                }
            }
        }
        return violations;
    }

    /// <summary>The name's words (split at '_', '.', and capitals; digits keep to their word).</summary>
    public static IEnumerable<string> WordsOf(string name) =>
        WordPattern().Matches(name).Select(m => m.Value);

    private static IEnumerable<Violation> Check(string name, ISymbol symbol, string what) =>
        Offending(name).Select(word => Symbols.At(symbol, $"the {what} name “{name}” carries “{word}”, a word about the project's organisation"));

    private static IEnumerable<Violation> Check(string name, SyntaxTree tree, Location location, string type, string member, string what)
    {
        var line = location.GetLineSpan().StartLinePosition.Line + 1;
        return Offending(name).Select(word =>
            new Violation(tree.FilePath, line, type, member, $"the {what} name “{name}” carries “{word}”, a word about the project's organisation"));
    }

    private static IEnumerable<string> Offending(string name) =>
        WordsOf(name).Where(w => Words.Any(f =>
            string.Equals(w, f, System.StringComparison.OrdinalIgnoreCase)
            || string.Equals(w, f + "s", System.StringComparison.OrdinalIgnoreCase)
            || string.Equals(w, f + "es", System.StringComparison.OrdinalIgnoreCase))).Distinct();

    private static bool IsTestAttribute(string name)
    {
        var last = name.Split('.').Last();
        return TestAttributes.Any(a => last == a || last == a + "Attribute");
    }

    private static string TypeName(SyntaxNode node) =>
        node.Ancestors().OfType<BaseTypeDeclarationSyntax>().FirstOrDefault()?.Identifier.Text ?? "";

    [GeneratedRegex(@"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")]
    private static partial Regex WordPattern();
}
