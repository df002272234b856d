using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Quzhou.Governance.Conventions.Tests;

/// <summary>Walks the symbols a compilation declares in source and says which a user sees.</summary>
internal static class Symbols
{
    /// <summary>Every type declared in the compilation's own source (nested types included).</summary>
    public static IEnumerable<INamedTypeSymbol> SourceTypes(Compilation compilation) =>
        TypesIn(compilation.Assembly.GlobalNamespace).Where(t => t.Locations.Any(l => l.IsInSource));

    /// <summary>The public types: visible outside the assembly.</summary>
    public static IEnumerable<INamedTypeSymbol> PublicTypes(Compilation compilation) =>
        SourceTypes(compilation).Where(IsVisible);

    /// <summary>The public structs.</summary>
    public static IEnumerable<INamedTypeSymbol> PublicStructs(Compilation compilation) =>
        PublicTypes(compilation).Where(t => t.TypeKind == TypeKind.Struct);

    /// <summary>Whether a user outside the assembly sees the symbol (public, or protected in a public type).</summary>
    public static bool IsVisible(ISymbol symbol)
    {
        for (var s = symbol; s is not null && s is not INamespaceSymbol; s = s.ContainingSymbol)
        {
            if (s.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The members of a type a user sees and that the source declares (not accessors or compiler-made members).</summary>
    public static IEnumerable<ISymbol> VisibleMembers(INamedTypeSymbol type) =>
        type.GetMembers().Where(m =>
            !m.IsImplicitlyDeclared
            && m is not INamedTypeSymbol
            && m is not IMethodSymbol { MethodKind: MethodKind.PropertyGet or MethodKind.PropertySet or MethodKind.EventAdd or MethodKind.EventRemove or MethodKind.EventRaise }
            && IsVisible(m));

    /// <summary>The public operators and conversions a type declares.</summary>
    public static IEnumerable<IMethodSymbol> Operators(INamedTypeSymbol type) =>
        VisibleMembers(type).OfType<IMethodSymbol>()
            .Where(m => m.MethodKind is MethodKind.UserDefinedOperator or MethodKind.Conversion);

    /// <summary>Whether a type is (a construction of) the type of that full metadata name, e.g. "System.IEquatable`1".</summary>
    public static bool Is(ITypeSymbol type, string fullMetadataName) =>
        type.OriginalDefinition.ContainingNamespace is { } ns
        && (ns.IsGlobalNamespace ? "" : ns.ToDisplayString() + ".") + type.OriginalDefinition.MetadataName == fullMetadataName;

    /// <summary>The type's interfaces (with inherited ones) of that full metadata name.</summary>
    public static IEnumerable<INamedTypeSymbol> Interfaces(INamedTypeSymbol type, string fullMetadataName) =>
        type.AllInterfaces.Where(i => Is(i, fullMetadataName));

    /// <summary>Whether two types are the same.</summary>
    public static bool Same(ITypeSymbol? left, ITypeSymbol? right) => SymbolEqualityComparer.Default.Equals(left, right);

    /// <summary>Where a symbol is declared: its file (as the tree names it) and 1-based line.</summary>
    public static (string File, int Line) Where(ISymbol symbol)
    {
        var location = symbol.Locations.FirstOrDefault(l => l.IsInSource);
        if (location is null)
        {
            return ("", 0);
        }
        var span = location.GetLineSpan();
        return (span.Path, span.StartLinePosition.Line + 1);
    }

    /// <summary>A violation at a symbol's declaration.</summary>
    public static Violation At(ISymbol symbol, string what)
    {
        var (file, line) = Where(symbol);
        var type = symbol as INamedTypeSymbol ?? symbol.ContainingType;
        var member = symbol is INamedTypeSymbol ? "" : symbol.ToDisplayString(MemberFormat);
        return new Violation(file, line, type?.ToDisplayString() ?? "", member, what);
    }

    /// <summary>A member's name with its parameter types, without the containing type.</summary>
    public static readonly SymbolDisplayFormat MemberFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameOnly,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        memberOptions: SymbolDisplayMemberOptions.IncludeParameters | SymbolDisplayMemberOptions.IncludeExplicitInterface,
        parameterOptions: SymbolDisplayParameterOptions.IncludeType,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    private static IEnumerable<INamedTypeSymbol> TypesIn(INamespaceSymbol ns)
    {
        foreach (var type in ns.GetTypeMembers().SelectMany(WithNested))
        {
            yield return type;
        }
        foreach (var child in ns.GetNamespaceMembers())
        {
            foreach (var type in TypesIn(child))
            {
                yield return type;
            }
        }
    }

    private static IEnumerable<INamedTypeSymbol> WithNested(INamedTypeSymbol type) =>
        new[] { type }.Concat(type.GetTypeMembers().SelectMany(WithNested));
}
