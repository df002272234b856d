using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Quzhou.Governance.Analyzers;

/// <summary>
/// QG0007: a library series' values indexed with a constant offset of 12 (monthly), 4 (quarterly) or 1
/// (yearly) from a loop variable — <c>values[i - 12]</c> inside a loop — where the values came from an
/// <c>IndicatorSeries</c>, <c>RateSeries</c> or panel (read directly, <c>series.Values[i - 12]</c>, or through
/// a local initialized from one, <c>var values = series.Values.ToArray();</c>). Values of any other origin
/// are not reported: no guessing.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class YearOnYearByOffsetAnalyzer : DiagnosticAnalyzer
{
    private const string SeriesNamespace = "Quzhou.Governance.Series";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Rules.YearOnYearByOffset);

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
        var library = LibrarySymbols.FindLibrary(context.Compilation);
        if (library is null || library.GetTypeByMetadataName(SeriesNamespace + ".IndicatorSeries") is null)
        {
            return;
        }

        // Loops, not every element or property read: loops are few, and most declare no variable of their own.
        context.RegisterOperationAction(operationContext => AnalyzeLoop(operationContext, library), OperationKind.Loop);
    }

    private static void AnalyzeLoop(OperationAnalysisContext context, IAssemblySymbol library)
    {
        var loop = (ILoopOperation)context.Operation;
        if (loop.Locals.IsEmpty)
        {
            return;
        }

        foreach (var operation in loop.Descendants())
        {
            if (operation.Kind is OperationKind.ArrayElementReference or OperationKind.PropertyReference)
            {
                AnalyzeElement(context, operation, loop, library);
            }
        }
    }

    /// <summary>Reports <paramref name="operation"/> when it reads a library series' values at one of <paramref name="loop"/>'s variables minus 12, 4 or 1.</summary>
    private static void AnalyzeElement(OperationAnalysisContext context, IOperation operation, ILoopOperation loop, IAssemblySymbol library)
    {
        IOperation? collection;
        IOperation index;
        switch (operation)
        {
            case IArrayElementReferenceOperation { Indices.Length: 1 } element:
                collection = element.ArrayReference;
                index = element.Indices[0];
                break;
            case IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer:
                collection = indexer.Instance;
                index = indexer.Arguments[0].Value;
                break;
            default:
                return;
        }

        if (collection is null
            || Strip(index) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract, OperatorMethod: null } offsetIndex
            || Strip(offsetIndex.LeftOperand) is not ILocalReferenceOperation loopVariable
            || Strip(offsetIndex.RightOperand).ConstantValue is not { HasValue: true, Value: int offset }
            || offset is not (12 or 4 or 1)
            || !System.Linq.Enumerable.Contains(loop.Locals, loopVariable.Local, SymbolEqualityComparer.Default)
            || !FromLibrarySeries(collection, library, operation.SemanticModel, depth: 0))
        {
            return;
        }

        var rows = offset switch
        {
            12 => "12 rows (months)",
            4 => "4 rows (quarters)",
            _ => "1 row (a year)",
        };
        context.ReportDiagnostic(Diagnostic.Create(
            Rules.YearOnYearByOffset,
            operation.Syntax.GetLocation(),
            operation.Syntax.ToString(),
            rows));
    }

    /// <summary>Whether <paramref name="operation"/> reads a library series' or panel's member, directly or through a local.</summary>
    private static bool FromLibrarySeries(IOperation operation, IAssemblySymbol library, SemanticModel? model, int depth)
    {
        if (depth > 4)
        {
            return false;
        }

        operation = Strip(operation);
        switch (operation)
        {
            case IPropertyReferenceOperation { Instance: { } instance } property:
                return IsSeriesType(property.Property.ContainingType, library) || FromLibrarySeries(instance, library, model, depth + 1);
            case IInvocationOperation invocation:
                if (IsSeriesType(invocation.TargetMethod.ContainingType, library))
                {
                    return true;
                }

                // values.ToArray(), series.Values.ToArray() as an extension, span.Slice(…)
                var source = invocation.Instance ?? (invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);
                return source is not null && FromLibrarySeries(source, library, model, depth + 1);
            case ILocalReferenceOperation local when model is not null:
                foreach (var reference in local.Local.DeclaringSyntaxReferences)
                {
                    if (model.SyntaxTree == reference.SyntaxTree
                        && model.GetOperation(reference.GetSyntax()) is IVariableDeclaratorOperation { Initializer.Value: { } initial }
                        && FromLibrarySeries(initial, library, model, depth + 1))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    private static bool IsSeriesType(INamedTypeSymbol? type, IAssemblySymbol library) =>
        type is not null && SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, library)
        && LibrarySymbols.IsNamespace(type.ContainingNamespace, SeriesNamespace);

    private static IOperation Strip(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }
}
