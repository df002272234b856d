using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Quzhou.Governance.Conventions.Tests.Checks;

/// <summary>
/// Every public struct that is <c>IEquatable&lt;T&gt;</c> has <c>==</c> and <c>!=</c>, and every one that is
/// <c>IComparable&lt;T&gt;</c> has <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c> and <c>&gt;=</c> (each between two values of the type).
/// </summary>
public static class EqualityAndOrderOperatorsCheck
{
    private static readonly (string Name, string Symbol)[] EqualityOperators =
        [("op_Equality", "=="), ("op_Inequality", "!=")];

    private static readonly (string Name, string Symbol)[] OrderOperators =
        [("op_LessThan", "<"), ("op_LessThanOrEqual", "<="), ("op_GreaterThan", ">"), ("op_GreaterThanOrEqual", ">=")];

    public static IReadOnlyList<Violation> Find(Compilation compilation)
    {
        var violations = new List<Violation>();
        foreach (var type in Symbols.PublicStructs(compilation))
        {
            if (Implements(type, "System.IEquatable`1"))
            {
                violations.AddRange(Missing(type, EqualityOperators, "IEquatable<T>"));
            }
            if (Implements(type, "System.IComparable`1"))
            {
                violations.AddRange(Missing(type, OrderOperators, "IComparable<T>"));
            }
        }
        return violations;
    }

    private static bool Implements(INamedTypeSymbol type, string metadataName) =>
        Symbols.Interfaces(type, metadataName).Any(i => Symbols.Same(i.TypeArguments[0], type));

    private static IEnumerable<Violation> Missing(INamedTypeSymbol type, (string Name, string Symbol)[] operators, string why) =>
        operators
            .Where(op => !Symbols.Operators(type).Any(m =>
                m.Name == op.Name
                && m.Parameters.Length == 2
                && m.Parameters.All(p => Symbols.Same(p.Type, type))))
            .Select(op => Symbols.At(type, $"is {why} but has no public operator {op.Symbol}({type.Name}, {type.Name})"));
}
