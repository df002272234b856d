using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Quzhou.Governance.Conventions.Tests.Checks;

/// <summary>
/// The library's folders use each other as the table of <c>docs/architecture.md</c> says: every symbol a file
/// in folder X names (a type, a member, an operator or a user-defined conversion it applies) that is declared
/// in folder Y of the library needs Y = X or Y among X's uses; a type of a package the table names (NodaTime)
/// needs that package among X's uses. A type declared in several folders (partial files) counts as each of them;
/// a member as the folder of its own declaration. Doc comments are not uses.
/// </summary>
public static class LayeringCheck
{
    /// <param name="compilation">The library.</param>
    /// <param name="table">The page's table.</param>
    /// <param name="libraryFolder">The folder the source paths start with (<c>src/Quzhou.Governance</c>).</param>
    /// <param name="only">The files to check (all of the compilation's when null).</param>
    public static IReadOnlyList<Violation> Find(Compilation compilation, ArchitectureTable table, string libraryFolder, IEnumerable<SyntaxTree>? only = null)
    {
        var violations = new List<Violation>();
        var prefix = libraryFolder.TrimEnd('/') + "/";
        foreach (var tree in (only ?? compilation.SyntaxTrees).Where(t => t.FilePath.StartsWith(prefix, System.StringComparison.Ordinal)))
        {
            var folder = FolderOf(tree, table, prefix);
            if (!table.Folders.Contains(folder))
            {
                violations.Add(new Violation(tree.FilePath, 1, "", "", $"the folder “{folder}/” is not in the table of docs/architecture.md"));
                continue;
            }
            var allowed = table.Uses(folder);
            var model = compilation.GetSemanticModel(tree);
            var seen = new HashSet<(ISymbol, string)>();
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                foreach (var symbol in Used(model, node))
                {
                    var targets = Folders(symbol, compilation, table, prefix);
                    if (targets.Count == 0 || targets.Any(allowed.Contains))
                    {
                        continue;
                    }
                    var target = targets.First();
                    if (!seen.Add((symbol, target)))
                    {
                        continue;
                    }
                    var line = node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                    var enclosing = node.AncestorsAndSelf().OfType<BaseTypeDeclarationSyntax>().FirstOrDefault()?.Identifier.Text ?? "";
                    violations.Add(new Violation(
                        tree.FilePath, line, enclosing, symbol.ToDisplayString(),
                        $"{table.Show(folder)} uses {table.Show(target)}, which its row of docs/architecture.md does not list (uses: {string.Join(", ", allowed.Where(a => a != folder).Select(table.Show).OrderBy(a => a, System.StringComparer.Ordinal))})"));
                }
            }
        }
        return violations;
    }

    private static string FolderOf(SyntaxTree tree, ArchitectureTable table, string prefix) =>
        table.FolderOf(tree.FilePath[prefix.Length..]);

    private static IEnumerable<ISymbol> Used(SemanticModel model, SyntaxNode node)
    {
        switch (node)
        {
            case IdentifierNameSyntax or GenericNameSyntax or BinaryExpressionSyntax or PrefixUnaryExpressionSyntax
                or PostfixUnaryExpressionSyntax or AssignmentExpressionSyntax or ImplicitObjectCreationExpressionSyntax
                or ObjectCreationExpressionSyntax or ElementAccessExpressionSyntax or CastExpressionSyntax:
                var info = model.GetSymbolInfo(node);
                if (info.Symbol is { } symbol)
                {
                    yield return symbol;
                }
                else
                {
                    foreach (var candidate in info.CandidateSymbols)
                    {
                        yield return candidate;
                    }
                }
                break;
        }
        if (node is ExpressionSyntax expression && model.GetConversion(expression) is { IsUserDefined: true, MethodSymbol: { } conversion })
        {
            yield return conversion;
        }
    }

    private static List<string> Folders(ISymbol symbol, Compilation compilation, ArchitectureTable table, string prefix)
    {
        if (symbol is IAliasSymbol alias)
        {
            symbol = alias.Target;
        }
        if (symbol is IMethodSymbol { ReducedFrom: { } reduced })
        {
            symbol = reduced;
        }
        symbol = symbol.OriginalDefinition;
        if (symbol is INamespaceSymbol or ILocalSymbol or IParameterSymbol or ITypeParameterSymbol or ILabelSymbol
            or IRangeVariableSymbol or IDiscardSymbol or IErrorTypeSymbol or IDynamicTypeSymbol)
        {
            return [];
        }
        if (symbol is IArrayTypeSymbol array)
        {
            return Folders(array.ElementType, compilation, table, prefix);
        }
        if (symbol.ContainingAssembly is null)
        {
            return [];
        }
        if (!SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, compilation.Assembly))
        {
            var name = symbol.ContainingAssembly.Name;
            return table.Packages.Contains(name) ? [name] : [];
        }
        var declarations = symbol.DeclaringSyntaxReferences;
        if (declarations.Length == 0 && symbol.ContainingType is { } containing)
        {
            return Folders(containing, compilation, table, prefix);
        }
        return declarations
            .Select(d => d.SyntaxTree)
            .Where(t => t.FilePath.StartsWith(prefix, System.StringComparison.Ordinal))
            .Select(t => FolderOf(t, table, prefix))
            .Distinct()
            .ToList();
    }
}
