using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Quzhou.Governance.Conventions.Tests.Checks;

/// <summary>
/// Every public operator has a named twin, for languages without operators: <c>==</c>/<c>!=</c> an
/// <c>Equals</c>; the ordering operators a <c>CompareTo</c> (of either operand, taking the other); an arithmetic operator a method of the
/// operator's name (<c>+</c> Add/Plus, <c>-</c> Subtract/Minus, unary <c>-</c> Negate, <c>*</c> Multiply/Times,
/// <c>/</c> Divide…) taking the same operands and returning the same type, static on the type or an instance
/// method of the left operand; a conversion a constructor, a static method, or a property or parameterless
/// method of the source, giving the target.
/// </summary>
public static class NamedTwinCheck
{
    private static readonly Dictionary<string, string[]> ArithmeticTwins = new()
    {
        ["op_Addition"] = ["Add", "Plus"],
        ["op_Subtraction"] = ["Subtract", "Minus"],
        ["op_Multiply"] = ["Multiply", "Times"],
        ["op_Division"] = ["Divide", "DividedBy"],
        ["op_Modulus"] = ["Remainder", "Modulus"],
        ["op_UnaryNegation"] = ["Negate"],
        ["op_UnaryPlus"] = ["Plus"],
        ["op_Increment"] = ["Increment"],
        ["op_Decrement"] = ["Decrement"],
    };

    public static IReadOnlyList<Violation> Find(Compilation compilation)
    {
        var violations = new List<Violation>();
        foreach (var type in Symbols.PublicTypes(compilation))
        {
            foreach (var op in Symbols.Operators(type))
            {
                if (!HasTwin(type, op, out var wanted))
                {
                    violations.Add(Symbols.At(op, $"has no named twin ({wanted})"));
                }
            }
        }
        return violations;
    }

    private static bool HasTwin(INamedTypeSymbol type, IMethodSymbol op, out string wanted)
    {
        var parameters = op.Parameters.Select(p => p.Type).ToArray();
        switch (op.Name)
        {
            case "op_Equality" or "op_Inequality":
                wanted = $"Equals({parameters[1].Name})";
                return InstanceMethod(parameters[0], "Equals", parameters[1], op.ReturnType)
                    || InstanceMethod(parameters[1], "Equals", parameters[0], op.ReturnType)
                    || StaticMethod(type, ["Equals"], parameters, op.ReturnType);
            case "op_LessThan" or "op_LessThanOrEqual" or "op_GreaterThan" or "op_GreaterThanOrEqual":
                wanted = $"CompareTo({parameters[1].Name})";
                // The right operand's CompareTo, reversed, is a twin too: threshold < ratio is ratio.CompareTo(threshold) > 0.
                return InstanceMethod(parameters[0], "CompareTo", parameters[1], null)
                    || InstanceMethod(parameters[1], "CompareTo", parameters[0], null)
                    || StaticMethod(type, ["Compare"], parameters, null);
            case "op_Implicit" or "op_Explicit":
                wanted = $"a constructor, method or property giving {op.ReturnType.Name} from {parameters[0].Name}";
                return Conversion(type, parameters[0], op.ReturnType);
            default:
                if (!ArithmeticTwins.TryGetValue(op.Name, out var names))
                {
                    wanted = "a twin for " + op.Name;
                    return false;
                }
                wanted = string.Join(" or ", names) + "(" + string.Join(", ", parameters.Select(p => p.Name)) + ")";
                return StaticMethod(type, names, parameters, op.ReturnType)
                    || (parameters.Length == 2 && names.Any(n => InstanceMethod(parameters[0], n, parameters[1], op.ReturnType)))
                    || (parameters.Length == 1 && names.Any(n => InstanceMethod(parameters[0], n, null, op.ReturnType)));
        }
    }

    private static IEnumerable<IMethodSymbol> PublicMethods(ITypeSymbol type, string name) =>
        type.GetMembers(name).OfType<IMethodSymbol>()
            .Where(m => m.MethodKind == MethodKind.Ordinary && m.DeclaredAccessibility == Accessibility.Public);

    private static bool StaticMethod(INamedTypeSymbol type, string[] names, ITypeSymbol[] parameters, ITypeSymbol? returns) =>
        names.SelectMany(n => PublicMethods(type, n)).Any(m =>
            m.IsStatic
            && m.Parameters.Select(p => p.Type).SequenceEqual(parameters, SymbolEqualityComparer.Default)
            && (returns is null || Symbols.Same(m.ReturnType, returns)));

    private static bool InstanceMethod(ITypeSymbol receiver, string name, ITypeSymbol? parameter, ITypeSymbol? returns) =>
        PublicMethods(receiver, name).Any(m =>
            !m.IsStatic
            && (parameter is null ? m.Parameters.Length == 0 : m.Parameters.Length == 1 && Symbols.Same(m.Parameters[0].Type, parameter))
            && (returns is null || Symbols.Same(m.ReturnType, returns)));

    private static bool Conversion(INamedTypeSymbol type, ITypeSymbol source, ITypeSymbol target)
    {
        var constructor = target is INamedTypeSymbol named && named.InstanceConstructors.Any(c =>
            c.DeclaredAccessibility == Accessibility.Public && c.Parameters.Length == 1 && Symbols.Same(c.Parameters[0].Type, source));
        var factory = type.GetMembers().OfType<IMethodSymbol>().Any(m =>
            m.MethodKind == MethodKind.Ordinary && m.IsStatic && m.DeclaredAccessibility == Accessibility.Public
            && m.Parameters.Length == 1 && Symbols.Same(m.Parameters[0].Type, source) && Symbols.Same(m.ReturnType, target));
        var member = source.GetMembers().Any(m =>
            m.DeclaredAccessibility == Accessibility.Public && !m.IsStatic
            && (m is IPropertySymbol { IsIndexer: false } p && Symbols.Same(p.Type, target)
                || m is IMethodSymbol { MethodKind: MethodKind.Ordinary, Parameters.Length: 0 } method && Symbols.Same(method.ReturnType, target)));
        return constructor || factory || member;
    }
}
