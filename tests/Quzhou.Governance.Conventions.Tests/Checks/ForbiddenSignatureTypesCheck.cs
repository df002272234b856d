using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Quzhou.Governance.Conventions.Tests.Checks;

/// <summary>
/// No public signature exposes <c>double</c>, <c>float</c>, <c>DateTime</c> or <c>DateTimeOffset</c>, not even
/// inside an array, a nullable or a generic argument: figures are exact decimals and periods are NodaTime's.
/// </summary>
public static class ForbiddenSignatureTypesCheck
{
    public static IReadOnlyList<Violation> Find(Compilation compilation)
    {
        var violations = new List<Violation>();
        foreach (var type in Symbols.PublicTypes(compilation))
        {
            foreach (var (symbol, used) in Signatures(type))
            {
                var forbidden = Forbidden(used).FirstOrDefault();
                if (forbidden is not null)
                {
                    violations.Add(Symbols.At(symbol, $"exposes {forbidden} in a public signature"));
                }
            }
        }
        return violations.Distinct().ToList();
    }

    private static IEnumerable<(ISymbol Symbol, ITypeSymbol Type)> Signatures(INamedTypeSymbol type)
    {
        foreach (var baseType in type.Interfaces.Concat(type.BaseType is { } b ? [b] : []))
        {
            yield return (type, baseType);
        }
        foreach (var member in Symbols.VisibleMembers(type))
        {
            switch (member)
            {
                case IMethodSymbol method:
                    yield return (method, method.ReturnType);
                    foreach (var p in method.Parameters)
                    {
                        yield return (method, p.Type);
                    }
                    break;
                case IPropertySymbol property:
                    yield return (property, property.Type);
                    foreach (var p in property.Parameters)
                    {
                        yield return (property, p.Type);
                    }
                    break;
                case IFieldSymbol field:
                    yield return (field, field.Type);
                    break;
                case IEventSymbol e:
                    yield return (e, e.Type);
                    break;
            }
        }
        if (type.DelegateInvokeMethod is { } invoke)
        {
            yield return (type, invoke.ReturnType);
            foreach (var p in invoke.Parameters)
            {
                yield return (type, p.Type);
            }
        }
    }

    private static IEnumerable<string> Forbidden(ITypeSymbol type)
    {
        switch (type.SpecialType)
        {
            case SpecialType.System_Double:
                yield return "double";
                yield break;
            case SpecialType.System_Single:
                yield return "float";
                yield break;
            case SpecialType.System_DateTime:
                yield return "DateTime";
                yield break;
        }
        if (Symbols.Is(type, "System.DateTimeOffset"))
        {
            yield return "DateTimeOffset";
            yield break;
        }
        var inner = type switch
        {
            IArrayTypeSymbol array => [array.ElementType],
            IPointerTypeSymbol pointer => [pointer.PointedAtType],
            INamedTypeSymbol named => named.TypeArguments,
            _ => [],
        };
        foreach (var found in inner.SelectMany(Forbidden))
        {
            yield return found;
        }
    }
}
