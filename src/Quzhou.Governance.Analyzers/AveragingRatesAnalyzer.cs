using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Quzhou.Governance.Analyzers;

/// <summary>
/// QG0003: the mean of several rates taken as a rate — <c>Enumerable.Average</c> over the <c>Value</c>s of
/// library <c>Percentage</c> or <c>Ratio</c> values (<c>rates.Average(r =&gt; r.Value)</c>,
/// <c>rates.Select(r =&gt; r.Value).Average()</c>) or <c>(r1.Value + r2.Value) / 2</c> (n such values over n).
/// Only values that come from the library's rate types are reported: no guessing about plain decimals.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AveragingRatesAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Rules.AveragingRates);

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
        // The library's two rate types, looked up in the library alone; nothing registered without them.
        var library = LibrarySymbols.FindLibrary(context.Compilation);
        var percentage = library?.GetTypeByMetadataName(LibrarySymbols.PercentageTypeName);
        var ratio = library?.GetTypeByMetadataName(LibrarySymbols.RatioTypeName);
        if (percentage is null || ratio is null)
        {
            return;
        }

        var rates = new RateTypes(percentage, ratio);
        context.RegisterOperationAction(operationContext => AnalyzeAverage(operationContext, rates), OperationKind.Invocation);
        context.RegisterOperationAction(operationContext => AnalyzeMean(operationContext, rates), OperationKind.Binary);
    }

    private static void AnalyzeAverage(OperationAnalysisContext context, RateTypes rates)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        // The name first; System.Linq.Enumerable is known by name, not looked up.
        if (method.Name != "Average" || !IsEnumerable(method.ContainingType))
        {
            return;
        }

        INamedTypeSymbol? rate = null;
        if (invocation.Arguments.Length == 2)
        {
            // rates.Average(r => r.Value)
            rate = SelectedRate(invocation.Arguments[1].Value, rates);
        }
        else if (invocation.Arguments.Length == 1
                 && Strip(invocation.Arguments[0].Value) is IInvocationOperation { TargetMethod.Name: "Select", Arguments.Length: 2 } select
                 && IsEnumerable(select.TargetMethod.ContainingType))
        {
            // rates.Select(r => r.Value).Average()
            rate = SelectedRate(select.Arguments[1].Value, rates);
        }

        if (rate is not null)
        {
            Report(context, invocation, rate);
        }
    }

    private static void AnalyzeMean(OperationAnalysisContext context, RateTypes rates)
    {
        var division = (IBinaryOperation)context.Operation;
        // The operator kind first, then the divisor's constant, then the left side's shape (an addition):
        // only then are the terms' types asked for.
        if (division.OperatorKind != BinaryOperatorKind.Divide || division.OperatorMethod is not null
            || Strip(division.RightOperand).ConstantValue is not { HasValue: true } count
            || Strip(division.LeftOperand) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Add })
        {
            return;
        }

        var terms = 0;
        INamedTypeSymbol? rate = null;
        if (!Terms(Strip(division.LeftOperand), rates, ref terms, ref rate) || rate is null || terms < 2)
        {
            return;
        }

        var divisor = count.Value switch
        {
            int i => (decimal)i,
            long l => l,
            decimal d => d,
            _ => -1m,
        };
        if (divisor == terms)
        {
            Report(context, division, rate);
        }
    }

    /// <summary>Whether <paramref name="operation"/> is a sum of rates' <c>Value</c>s; counts them.</summary>
    private static bool Terms(IOperation operation, RateTypes rates, ref int terms, ref INamedTypeSymbol? rate)
    {
        if (operation is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, OperatorMethod: null } sum)
        {
            return Terms(Strip(sum.LeftOperand), rates, ref terms, ref rate) && Terms(Strip(sum.RightOperand), rates, ref terms, ref rate);
        }

        if (RateOf(operation, rates) is { } type)
        {
            terms++;
            rate ??= type;
            return true;
        }

        return false;
    }

    /// <summary>The rate type whose <c>Value</c> the lambda <paramref name="selector"/> returns, or null.</summary>
    private static INamedTypeSymbol? SelectedRate(IOperation selector, RateTypes rates)
    {
        selector = Strip(selector);
        if (selector is IDelegateCreationOperation creation)
        {
            selector = creation.Target;
        }

        if (selector is not IAnonymousFunctionOperation lambda || lambda.Body.Operations.Length != 1
            || lambda.Body.Operations[0] is not IReturnOperation { ReturnedValue: { } returned })
        {
            return null;
        }

        return RateOf(Strip(returned), rates);
    }

    private static INamedTypeSymbol? RateOf(IOperation operation, RateTypes rates) =>
        operation is IPropertyReferenceOperation { Property.Name: "Value", Instance.Type: INamedTypeSymbol type } && rates.Contains(type)
            ? type
            : null;

    private static void Report(OperationAnalysisContext context, IOperation operation, INamedTypeSymbol rate) =>
        context.ReportDiagnostic(Diagnostic.Create(
            Rules.AveragingRates,
            operation.Syntax.GetLocation(),
            operation.Syntax.ToString(),
            rate.Name));

    private static IOperation Strip(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    private static bool IsEnumerable(INamedTypeSymbol type) => LibrarySymbols.IsSystemType(type, "Enumerable", inner: "Linq");

    /// <summary>The library's rate types, compared by reference (no hash set on the hot path).</summary>
    private sealed class RateTypes(INamedTypeSymbol percentage, INamedTypeSymbol ratio)
    {
        public bool Contains(INamedTypeSymbol type) =>
            SymbolEqualityComparer.Default.Equals(type, percentage) || SymbolEqualityComparer.Default.Equals(type, ratio);
    }
}
