using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Quzhou.Governance.Conventions.Tests.Checks;

/// <summary>
/// On net10.0 a public struct declares the generic-math operator interface of every operator it has whose
/// left operand is the struct (<c>IEqualityOperators</c>, <c>IComparisonOperators</c>, <c>IAdditionOperators</c>…,
/// with the operator's own operand and result types; an ordering against another type without <c>==</c> against it has
/// none, since <c>IComparisonOperators</c> is also <c>IEqualityOperators</c>), and never <c>INumberBase</c>/<c>INumber</c> unless it adds to
/// itself (a public <c>T + T → T</c>): a percentage is not a number that adds to another percentage.
/// </summary>
public static class GenericMathInterfacesCheck
{
    private static readonly Dictionary<string, string> Binary = new()
    {
        ["op_Equality"] = "System.Numerics.IEqualityOperators`3",
        ["op_Inequality"] = "System.Numerics.IEqualityOperators`3",
        ["op_LessThan"] = "System.Numerics.IComparisonOperators`3",
        ["op_LessThanOrEqual"] = "System.Numerics.IComparisonOperators`3",
        ["op_GreaterThan"] = "System.Numerics.IComparisonOperators`3",
        ["op_GreaterThanOrEqual"] = "System.Numerics.IComparisonOperators`3",
        ["op_Addition"] = "System.Numerics.IAdditionOperators`3",
        ["op_Subtraction"] = "System.Numerics.ISubtractionOperators`3",
        ["op_Multiply"] = "System.Numerics.IMultiplyOperators`3",
        ["op_Division"] = "System.Numerics.IDivisionOperators`3",
        ["op_Modulus"] = "System.Numerics.IModulusOperators`3",
    };

    private static readonly Dictionary<string, string> Unary = new()
    {
        ["op_UnaryNegation"] = "System.Numerics.IUnaryNegationOperators`2",
        ["op_UnaryPlus"] = "System.Numerics.IUnaryPlusOperators`2",
    };

    public static IReadOnlyList<Violation> Find(Compilation compilation)
    {
        var violations = new List<Violation>();
        foreach (var type in Symbols.PublicStructs(compilation))
        {
            foreach (var op in Symbols.Operators(type).Where(o => o.MethodKind == MethodKind.UserDefinedOperator))
            {
                if (op.Parameters.Length == 0 || !Symbols.Same(op.Parameters[0].Type, type))
                {
                    continue; // the interfaces put the type itself on the left
                }
                var wanted = Wanted(op);
                if (wanted is null || (wanted.Value.Name == Comparison && !HasEquality(type, op.Parameters[1].Type)))
                {
                    continue; // IComparisonOperators<T, TOther, bool> is also IEqualityOperators: without == there is none to declare
                }
                var (name, arguments) = wanted.Value;
                if (!Symbols.Interfaces(type, name).Any(i => System.Linq.Enumerable.SequenceEqual(i.TypeArguments, arguments, SymbolEqualityComparer.Default)))
                {
                    var shown = name.Substring("System.Numerics.".Length, name.IndexOf('`', System.StringComparison.Ordinal) - "System.Numerics.".Length);
                    violations.Add(Symbols.At(op, $"has no {shown}<{string.Join(", ", arguments.Select(a => a.ToDisplayString(Symbols.MemberFormat)))}> on net10.0"));
                }
            }
            var addsToItself = Symbols.Operators(type).Any(o =>
                o.Name == "op_Addition" && o.Parameters.Length == 2
                && o.Parameters.All(p => Symbols.Same(p.Type, type)) && Symbols.Same(o.ReturnType, type));
            if (!addsToItself && Symbols.Interfaces(type, "System.Numerics.INumberBase`1").Any())
            {
                violations.Add(Symbols.At(type, "is an INumberBase/INumber but has no public operator +(T, T) giving T"));
            }
        }
        return violations;
    }

    private const string Comparison = "System.Numerics.IComparisonOperators`3";

    private static bool HasEquality(INamedTypeSymbol type, ITypeSymbol other) =>
        Symbols.Operators(type).Any(o =>
            o.Name == "op_Equality" && o.Parameters.Length == 2
            && Symbols.Same(o.Parameters[0].Type, type) && Symbols.Same(o.Parameters[1].Type, other));

    private static (string Name, ITypeSymbol[] Arguments)? Wanted(IMethodSymbol op)
    {
        if (op.Parameters.Length == 2 && Binary.TryGetValue(op.Name, out var binary))
        {
            return (binary, [op.Parameters[0].Type, op.Parameters[1].Type, op.ReturnType]);
        }
        if (op.Parameters.Length == 1 && Unary.TryGetValue(op.Name, out var unary))
        {
            return (unary, [op.Parameters[0].Type, op.ReturnType]);
        }
        if (op.Parameters.Length == 1 && op.Name is "op_Increment")
        {
            return ("System.Numerics.IIncrementOperators`1", [op.Parameters[0].Type]);
        }
        if (op.Parameters.Length == 1 && op.Name is "op_Decrement")
        {
            return ("System.Numerics.IDecrementOperators`1", [op.Parameters[0].Type]);
        }
        return null;
    }
}
