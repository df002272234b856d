using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Quzhou.Governance.Analyzers;

/// <summary>
/// QG0009 (compilation end): indicator definitions a team writes — two indicators created with the same
/// constant code in one compilation, a constant code the library's constructor would reject (empty, or with
/// surrounding white space), an empty (or blank) constant Chinese or English name. Everything is reported at
/// the end of the compilation, so IDEs show it only with full-solution analysis; <c>dotnet build</c> always does.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class IndicatorDefinitionAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Rules.IndicatorDefinition);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        // Generated code is not the team's to fix: neither analysed nor reported.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var indicator = LibrarySymbols.FindType(context.Compilation, LibrarySymbols.IndicatorTypeName);
        if (indicator is null)
        {
            return;
        }

        var codes = new ConcurrentBag<(string Code, Location Location)>();
        var problems = new ConcurrentBag<Diagnostic>();
        context.RegisterOperationAction(
            operationContext => AnalyzeCreation(operationContext, indicator, codes, problems),
            OperationKind.ObjectCreation);
        context.RegisterCompilationEndAction(end =>
        {
            foreach (var problem in problems.OrderBy(p => p.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(p => p.Location.SourceSpan.Start))
            {
                end.ReportDiagnostic(problem);
            }

            foreach (var group in codes.GroupBy(c => c.Code, StringComparer.Ordinal))
            {
                var ordered = group.OrderBy(c => c.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(c => c.Location.SourceSpan.Start).ToArray();
                for (var i = 1; i < ordered.Length; i++)
                {
                    end.ReportDiagnostic(Diagnostic.Create(
                        Rules.IndicatorDefinition,
                        ordered[i].Location,
                        new[] { ordered[0].Location },
                        "the code \"" + group.Key + "\" is already used by another indicator in this compilation"));
                }
            }
        });
    }

    private static void AnalyzeCreation(
        OperationAnalysisContext context, INamedTypeSymbol indicator,
        ConcurrentBag<(string Code, Location Location)> codes, ConcurrentBag<Diagnostic> problems)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Constructor is null || !DerivesFrom(creation.Constructor.ContainingType, indicator))
        {
            return;
        }

        foreach (var argument in creation.Arguments)
        {
            if (argument.Parameter is null || argument.Value.ConstantValue is not { HasValue: true, Value: string text })
            {
                continue;
            }

            var location = argument.Value.Syntax.GetLocation();
            switch (argument.Parameter.Name)
            {
                case "code" when text.Length == 0 || text.Trim().Length != text.Length:
                    problems.Add(Diagnostic.Create(Rules.IndicatorDefinition, location,
                        "the code \"" + text + "\" is refused by the constructor (a code must be non-empty with no surrounding white space)"));
                    break;
                case "code":
                    codes.Add((text, location));
                    break;
                case "chineseName" or "englishName" when text.Trim().Length == 0:
                    problems.Add(Diagnostic.Create(Rules.IndicatorDefinition, location,
                        "the " + (argument.Parameter.Name == "chineseName" ? "Chinese" : "English") + " name is empty"));
                    break;
            }
        }
    }

    private static bool DerivesFrom(INamedTypeSymbol? type, INamedTypeSymbol indicator)
    {
        for (; type is not null; type = type.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(type, indicator))
            {
                return true;
            }
        }

        return false;
    }
}
