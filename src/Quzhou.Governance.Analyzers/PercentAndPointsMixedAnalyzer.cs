using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Quzhou.Governance.Analyzers;

/// <summary>
/// QG0004: the raw <c>Value</c>s of two library rates of one type (<c>Percentage</c>, <c>RelativeChange</c>,
/// <c>Ratio</c>) subtracted by hand and wrapped again as a library quantity: <c>new Percentage(a.Value - b.Value)</c>,
/// <c>Percentage.FromPercent(…)</c>, <c>new PercentagePoints(x.Value - y.Value)</c>,
/// <c>RelativeChange.FromPercent(p1.Value - p2.Value)</c>. The typed operator (<c>a - b</c>) gives
/// <c>PercentagePoints</c>. No code fix: where the wrapper is not <c>PercentagePoints</c> the type was wrong,
/// and the code around it has to change with it. Code inside the rate types themselves (where the typed
/// operators are defined) is not reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PercentAndPointsMixedAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Rules.PercentAndPointsMixed);

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
        var percentage = library?.GetTypeByMetadataName(LibrarySymbols.PercentageTypeName);
        var points = library?.GetTypeByMetadataName(LibrarySymbols.PercentagePointsTypeName);
        var change = library?.GetTypeByMetadataName(LibrarySymbols.RelativeChangeTypeName);
        var ratio = library?.GetTypeByMetadataName(LibrarySymbols.RatioTypeName);
        if (percentage is null || points is null || change is null || ratio is null)
        {
            return;
        }

        var wrappers = ImmutableHashSet.Create<INamedTypeSymbol>(SymbolEqualityComparer.Default, percentage, points, change);
        var rates = ImmutableHashSet.Create<INamedTypeSymbol>(SymbolEqualityComparer.Default, percentage, change, ratio);
        context.RegisterOperationAction(
            operationContext => AnalyzeCall(operationContext, wrappers, rates),
            OperationKind.ObjectCreation,
            OperationKind.Invocation);
    }

    private static void AnalyzeCall(OperationAnalysisContext context, ImmutableHashSet<INamedTypeSymbol> wrappers, ImmutableHashSet<INamedTypeSymbol> rates)
    {
        IMethodSymbol? member;
        ImmutableArray<IArgumentOperation> arguments;
        if (context.Operation is IObjectCreationOperation creation)
        {
            member = creation.Constructor;
            arguments = creation.Arguments;
        }
        else if (context.Operation is IInvocationOperation { TargetMethod: { IsStatic: true, Name: "FromPercent" } } invocation)
        {
            member = invocation.TargetMethod;
            arguments = invocation.Arguments;
        }
        else
        {
            return;
        }

        if (member is null || arguments.Length != 1 || !wrappers.Contains(member.ContainingType))
        {
            return;
        }

        var value = Strip(arguments[0].Value);
        if (value is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract, OperatorMethod: null } difference
            || RateOf(Strip(difference.LeftOperand), rates) is not { } left
            || RateOf(Strip(difference.RightOperand), rates) is not { } right
            || !SymbolEqualityComparer.Default.Equals(left, right))
        {
            return;
        }

        // Inside the rate types themselves this is the typed operator's own definition.
        if (context.ContainingSymbol.ContainingType is { } containing && (rates.Contains(containing) || wrappers.Contains(containing)))
        {
            return;
        }

        var wrapper = member.ContainingType.Name;
        context.ReportDiagnostic(Diagnostic.Create(
            Rules.PercentAndPointsMixed,
            context.Operation.Syntax.GetLocation(),
            context.Operation.Syntax.ToString(),
            left.Name,
            member.MethodKind == MethodKind.Constructor ? "a " + wrapper : wrapper + "." + member.Name));
    }

    /// <summary>The rate type whose <c>Value</c> <paramref name="operation"/> reads, or null.</summary>
    private static INamedTypeSymbol? RateOf(IOperation operation, ImmutableHashSet<INamedTypeSymbol> rates) =>
        operation is IPropertyReferenceOperation { Property.Name: "Value", Instance.Type: INamedTypeSymbol type } && rates.Contains(type)
            ? type
            : null;

    private static IOperation Strip(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }
}
