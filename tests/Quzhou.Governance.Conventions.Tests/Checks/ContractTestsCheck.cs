using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Quzhou.Governance.Conventions.Tests.Checks;

/// <summary>
/// Every public struct of the library that is <c>IEquatable&lt;T&gt;</c> has its equality contract tested through
/// <c>TestHelper</c> (<c>TestEquality</c>, or <c>TestOrdering</c> where it is <c>IComparable&lt;T&gt;</c>), not by
/// inline checks: some call in the tests binds a <c>TestHelper.Test…</c> method with <c>T</c> = that struct.
/// </summary>
public static class ContractTestsCheck
{
    /// <summary>The helper methods that test a whole contract, and the interface each stands for.</summary>
    private static readonly Dictionary<string, string> Contracts = new()
    {
        ["TestEquality"] = "System.IEquatable`1",
        ["TestOrdering"] = "System.IComparable`1",
    };

    /// <param name="library">The library.</param>
    /// <param name="tests">The tests, compiled against it.</param>
    public static IReadOnlyList<Violation> Find(Compilation library, Compilation tests)
    {
        var tested = new HashSet<(string Type, string Contract)>();
        foreach (var tree in tests.SyntaxTrees)
        {
            var model = tests.GetSemanticModel(tree);
            foreach (var call in tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                if (model.GetSymbolInfo(call).Symbol is IMethodSymbol { ContainingType.Name: "TestHelper", TypeArguments.Length: 1 } method
                    && Contracts.TryGetValue(method.Name, out var contract))
                {
                    tested.Add((method.TypeArguments[0].ToDisplayString(), contract));
                    if (method.Name == "TestOrdering")
                    {
                        tested.Add((method.TypeArguments[0].ToDisplayString(), "System.IEquatable`1"));
                    }
                }
            }
        }
        var violations = new List<Violation>();
        foreach (var type in Symbols.PublicStructs(library))
        {
            var name = type.ToDisplayString();
            if (Implements(type, "System.IComparable`1") && !tested.Contains((name, "System.IComparable`1")))
            {
                violations.Add(Symbols.At(type, "is IComparable<T> but no test calls TestHelper.TestOrdering with it"));
            }
            else if (Implements(type, "System.IEquatable`1") && !tested.Contains((name, "System.IEquatable`1")))
            {
                violations.Add(Symbols.At(type, "is IEquatable<T> but no test calls TestHelper.TestEquality (or TestOrdering) with it"));
            }
        }
        return violations;
    }

    private static bool Implements(INamedTypeSymbol type, string metadataName) =>
        Symbols.Interfaces(type, metadataName).Any(i => Symbols.Same(i.TypeArguments[0], type));
}
