using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Quzhou.Governance.Conventions.Tests.Checks;

/// <summary>
/// Every public struct is <c>readonly</c>, except an enumerator for <c>foreach</c> (a public <c>bool MoveNext()</c>
/// and a <c>Current</c>), whose job is to move.
/// </summary>
public static class ReadonlyStructCheck
{
    public static IReadOnlyList<Violation> Find(Compilation compilation) =>
        Symbols.PublicStructs(compilation)
            .Where(s => !s.IsReadOnly && !IsEnumerator(s))
            .Select(s => Symbols.At(s, "a public struct is not readonly"))
            .ToList();

    private static bool IsEnumerator(INamedTypeSymbol type) =>
        type.GetMembers("MoveNext").OfType<IMethodSymbol>().Any(m =>
            m.DeclaredAccessibility == Accessibility.Public && !m.IsStatic && m.Parameters.Length == 0
            && m.ReturnType.SpecialType == SpecialType.System_Boolean)
        && type.GetMembers("Current").OfType<IPropertySymbol>().Any(p => p.DeclaredAccessibility == Accessibility.Public);
}
