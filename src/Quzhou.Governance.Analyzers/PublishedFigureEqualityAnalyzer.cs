using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Quzhou.Governance.Analyzers;

/// <summary>
/// QG0008: a <c>PublishedFigure</c>'s <c>Value</c> compared by equality (<c>==</c>, <c>!=</c>,
/// <c>Equals</c>) with a computed value: <c>figure.Value == Math.Round(x, 2, …)</c>, <c>figure.Value == x</c>.
/// A constant (the digits the figure is expected to print) and another figure's <c>Value</c> are not
/// computed values and are not reported. No code fix: <c>Value</c> is unsigned and unscaled (19 for
/// 19万余次) while <c>IsConsistentWith</c> takes the signed exact value, so no rewrite is certain.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PublishedFigureEqualityAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Rules.PublishedFigureEquality);

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
        var figure = LibrarySymbols.FindType(context.Compilation, LibrarySymbols.PublishedFigureTypeName);
        if (figure is null)
        {
            return;
        }

        IPropertySymbol? value = null;
        foreach (var member in figure.GetMembers("Value"))
        {
            value ??= member as IPropertySymbol;
        }

        if (value is null)
        {
            return;
        }

        context.RegisterOperationAction(operationContext => AnalyzeBinary(operationContext, value), OperationKind.Binary);
        context.RegisterOperationAction(operationContext => AnalyzeEquals(operationContext, value), OperationKind.Invocation);
    }

    private static void AnalyzeBinary(OperationAnalysisContext context, IPropertySymbol value)
    {
        var binary = (IBinaryOperation)context.Operation;
        if (binary.OperatorKind is not (BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals))
        {
            return;
        }

        Check(context, binary, binary.LeftOperand, binary.RightOperand, value);
    }

    private static void AnalyzeEquals(OperationAnalysisContext context, IPropertySymbol value)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (method.Name != "Equals" || method.ContainingType.SpecialType != SpecialType.System_Decimal)
        {
            return;
        }

        if (invocation.Instance is { } instance && invocation.Arguments.Length == 1)
        {
            Check(context, invocation, instance, invocation.Arguments[0].Value, value);
        }
        else if (invocation.Instance is null && invocation.Arguments.Length == 2)
        {
            Check(context, invocation, invocation.Arguments[0].Value, invocation.Arguments[1].Value, value);
        }
    }

    private static void Check(OperationAnalysisContext context, IOperation comparison, IOperation left, IOperation right, IPropertySymbol value)
    {
        var comparedAsDecimal = LibrarySymbols.IsDecimal(left.Type) && LibrarySymbols.IsDecimal(right.Type);
        left = Strip(left);
        right = Strip(right);
        var figureOnLeft = IsFigureValue(left, value);
        var figureOnRight = IsFigureValue(right, value);
        if (figureOnLeft == figureOnRight)
        {
            // Neither is a figure's value, or both are (two figures compared as printed).
            return;
        }

        var other = figureOnLeft ? right : left;
        if (other.ConstantValue.HasValue || !comparedAsDecimal)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Rules.PublishedFigureEquality,
            comparison.Syntax.GetLocation(),
            (figureOnLeft ? left : right).Syntax.ToString(),
            other.Syntax.ToString()));
    }

    private static bool IsFigureValue(IOperation operation, IPropertySymbol value) =>
        operation is IPropertyReferenceOperation property
        && SymbolEqualityComparer.Default.Equals(property.Property.OriginalDefinition, value);

    private static IOperation Strip(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }
}
