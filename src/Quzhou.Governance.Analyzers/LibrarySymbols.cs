using Microsoft.CodeAnalysis;

namespace Quzhou.Governance.Analyzers;

/// <summary>
/// Finds the library in a compilation: the compilation itself when it is the library, otherwise the
/// referenced assembly of that name. Found by the assembly's name, not by a type, so the rules that only
/// ask "is this member the library's?" survive renames inside it.
/// </summary>
internal static class LibrarySymbols
{
    /// <summary>The library's assembly name.</summary>
    public const string AssemblyName = "Quzhou.Governance";

    /// <summary>The metadata name of the library's published rounding (四舍五入).</summary>
    public const string RoundingTypeName = "Quzhou.Governance.Quantities.Rounding";

    /// <summary>The metadata name of the library's exact relative change.</summary>
    public const string RelativeChangeTypeName = "Quzhou.Governance.Quantities.RelativeChange";

    /// <summary>The metadata name of the library's published figure.</summary>
    public const string PublishedFigureTypeName = "Quzhou.Governance.Figures.PublishedFigure";

    /// <summary>The metadata name of the library's Five-Year Plan.</summary>
    public const string FiveYearPlanTypeName = "Quzhou.Governance.Periods.FiveYearPlan";

    /// <summary>The metadata name of the library's percentage level.</summary>
    public const string PercentageTypeName = "Quzhou.Governance.Quantities.Percentage";

    /// <summary>The metadata name of the library's percentage points.</summary>
    public const string PercentagePointsTypeName = "Quzhou.Governance.Quantities.PercentagePoints";

    /// <summary>The metadata name of the library's exact ratio.</summary>
    public const string RatioTypeName = "Quzhou.Governance.Quantities.Ratio";

    /// <summary>The metadata name of the library's indicator definition (the base of every indicator).</summary>
    public const string IndicatorTypeName = "Quzhou.Governance.Indicators.Indicator";

    /// <summary>The library's assembly in <paramref name="compilation"/>, or null when it is not there.</summary>
    public static IAssemblySymbol? FindLibrary(Compilation compilation)
    {
        if (compilation.Assembly.Name == AssemblyName)
        {
            return compilation.Assembly;
        }

        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (assembly.Name == AssemblyName)
            {
                return assembly;
            }
        }

        return null;
    }

    /// <summary>
    /// The library's type of that metadata name in <paramref name="compilation"/>, or null when the library
    /// (or the type) is not there. Looked up in the library's assembly alone: the compilation-wide lookup
    /// searches every referenced assembly (about two hundred in a .NET project) to rule out duplicates.
    /// </summary>
    public static INamedTypeSymbol? FindType(Compilation compilation, string metadataName) =>
        FindLibrary(compilation)?.GetTypeByMetadataName(metadataName);

    /// <summary>
    /// Whether <paramref name="type"/> is the type <c>System.<paramref name="name"/></c> (or
    /// <c>System.<paramref name="inner"/>.<paramref name="name"/></c>), by name: no lookup, no allocation.
    /// </summary>
    public static bool IsSystemType(ITypeSymbol? type, string name, string? inner = null)
    {
        if (type is null || type.Name != name || type.ContainingType is not null)
        {
            return false;
        }

        var ns = type.ContainingNamespace;
        if (inner is not null)
        {
            if (ns is null || ns.Name != inner)
            {
                return false;
            }

            ns = ns.ContainingNamespace;
        }

        return ns is { Name: "System", ContainingNamespace.IsGlobalNamespace: true };
    }

    /// <summary>
    /// Whether <paramref name="ns"/> is the namespace <paramref name="dottedName"/> (e.g.
    /// <c>Quzhou.Governance.Series</c>), compared part by part from the innermost: no string is built.
    /// </summary>
    public static bool IsNamespace(INamespaceSymbol? ns, string dottedName)
    {
        var end = dottedName.Length;
        while (ns is not null && !ns.IsGlobalNamespace)
        {
            var name = ns.Name;
            var start = end - name.Length;
            if (start < 0 || string.CompareOrdinal(dottedName, start, name, 0, name.Length) != 0
                || (start > 0 && dottedName[start - 1] != '.'))
            {
                return false;
            }

            end = start == 0 ? 0 : start - 1;
            ns = ns.ContainingNamespace;
            if (start == 0)
            {
                return ns is null || ns.IsGlobalNamespace;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="type"/> is <c>double</c> or <c>float</c> (or a nullable one).</summary>
    public static bool IsBinaryFloatingPoint(ITypeSymbol? type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        return type?.SpecialType is SpecialType.System_Double or SpecialType.System_Single;
    }

    /// <summary>Whether <paramref name="type"/> is <c>decimal</c> (or <c>decimal?</c>).</summary>
    public static bool IsDecimal(ITypeSymbol? type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        return type?.SpecialType == SpecialType.System_Decimal;
    }
}
