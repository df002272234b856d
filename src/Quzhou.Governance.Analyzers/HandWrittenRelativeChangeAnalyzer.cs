using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Quzhou.Governance.Analyzers;

/// <summary>
/// QG0002: a relative change written by hand on numbers — <c>(a - b) / b</c>, <c>a / b - 1</c>,
/// <c>(a - b) * 100 / b</c>, <c>(a - b) / b * 100</c>, <c>(a / b - 1) * 100</c> — where the base of the
/// division is the number subtracted (or the 1 subtracted from the quotient). The diagnostic carries
/// <see cref="FormProperty"/> and, as additional locations, the current value and the base, so the code fix
/// rewrites only what it can rewrite with certainty: a <c>decimal</c> division over two side-effect-free
/// <c>long</c> operands (never an integer division, whose result differs).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HandWrittenRelativeChangeAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The diagnostic property saying what the fix may write; absent when no fix is certain.</summary>
    public const string FormProperty = "Form";

    /// <summary>The value of <see cref="FormProperty"/> for a change as a fraction (no <c>* 100</c>).</summary>
    public const string FractionForm = "fraction";

    /// <summary>The value of <see cref="FormProperty"/> for a change in percent (<c>* 100</c> written).</summary>
    public const string PercentForm = "percent";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Rules.HandWrittenRelativeChange);

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
        if (library is null)
        {
            return;
        }

        var relativeChange = library.GetTypeByMetadataName(LibrarySymbols.RelativeChangeTypeName);
        if (relativeChange is null)
        {
            return;
        }

        context.RegisterOperationAction(
            operationContext => AnalyzeBinary(operationContext, library),
            OperationKind.Binary);
    }

    private static void AnalyzeBinary(OperationAnalysisContext context, IAssemblySymbol library)
    {
        var binary = (IBinaryOperation)context.Operation;
        if (binary.OperatorKind is not (BinaryOperatorKind.Divide or BinaryOperatorKind.Subtract)
            || binary.OperatorMethod is not null || !IsNumber(binary.Type))
        {
            return;
        }

        IOperation? current;
        IOperation? baseValue;
        bool percent;
        switch (binary.OperatorKind)
        {
            // (a - b) / b, (a - b) * 100 / b, 100 * (a - b) / b
            case BinaryOperatorKind.Divide:
                baseValue = Strip(binary.RightOperand);
                var numerator = Strip(binary.LeftOperand);
                percent = false;
                if (numerator is IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply, OperatorMethod: null } times)
                {
                    if (IsHundred(times.RightOperand))
                    {
                        numerator = Strip(times.LeftOperand);
                        percent = true;
                    }
                    else if (IsHundred(times.LeftOperand))
                    {
                        numerator = Strip(times.RightOperand);
                        percent = true;
                    }
                }

                if (numerator is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract, OperatorMethod: null } difference
                    || !SameValue(Strip(difference.RightOperand), baseValue))
                {
                    return;
                }

                current = Strip(difference.LeftOperand);
                break;

            // a / b - 1
            case BinaryOperatorKind.Subtract:
                if (!IsConstant(binary.RightOperand, 1m)
                    || Strip(binary.LeftOperand) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide, OperatorMethod: null } quotient
                    || !IsNumber(quotient.Type))
                {
                    return;
                }

                current = Strip(quotient.LeftOperand);
                baseValue = Strip(quotient.RightOperand);
                percent = false;
                break;

            default:
                return;
        }

        // (…) * 100 around the change: the whole expression is reported and rewritten.
        IOperation reported = binary;
        if (!percent && Outer(binary) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply, OperatorMethod: null } scaled
            && (IsHundred(scaled.RightOperand) && Strip(scaled.LeftOperand) == binary
                || IsHundred(scaled.LeftOperand) && Strip(scaled.RightOperand) == binary))
        {
            reported = scaled;
            percent = true;
        }

        var division = binary.OperatorKind == BinaryOperatorKind.Divide ? binary : (IBinaryOperation)Strip(binary.LeftOperand);
        var fixable = division.Type?.SpecialType == SpecialType.System_Decimal
                      && IsWholeNumber(current.Type) && IsWholeNumber(baseValue.Type)
                      && IsSideEffectFree(current, library) && IsSideEffectFree(baseValue, library);
        var properties = fixable
            ? ImmutableDictionary<string, string?>.Empty.Add(FormProperty, percent ? PercentForm : FractionForm)
            : ImmutableDictionary<string, string?>.Empty;

        context.ReportDiagnostic(Diagnostic.Create(
            Rules.HandWrittenRelativeChange,
            reported.Syntax.GetLocation(),
            new[] { current.Syntax.GetLocation(), baseValue.Syntax.GetLocation() },
            properties,
            reported.Syntax.ToString()));
    }

    /// <summary>The operation that uses <paramref name="operation"/>, past conversions.</summary>
    private static IOperation? Outer(IOperation operation)
    {
        var parent = operation.Parent;
        while (parent is IConversionOperation)
        {
            parent = parent.Parent;
        }

        return parent;
    }

    /// <summary>The operand under any numeric conversions (implicit or a cast).</summary>
    private static IOperation Strip(IOperation operation)
    {
        while (operation is IConversionOperation { OperatorMethod: null } conversion && IsNumber(conversion.Operand.Type))
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    private static bool SameValue(IOperation left, IOperation right) =>
        left.Syntax.IsEquivalentTo(right.Syntax, topLevel: false) && left.Kind == right.Kind
        && left.Kind is OperationKind.LocalReference or OperationKind.ParameterReference or OperationKind.FieldReference
            or OperationKind.PropertyReference or OperationKind.Invocation or OperationKind.ArrayElementReference;

    private static bool IsHundred(IOperation operation) => IsConstant(operation, 100m);

    private static bool IsConstant(IOperation operation, decimal expected)
    {
        var constant = Strip(operation).ConstantValue;
        if (!constant.HasValue || constant.Value is null)
        {
            return false;
        }

        return constant.Value switch
        {
            int i => i == expected,
            long l => l == expected,
            decimal d => d == expected,
            double d => d == (double)expected,
            float f => f == (float)expected,
            _ => false,
        };
    }

    private static bool IsNumber(ITypeSymbol? type) => type?.SpecialType is SpecialType.System_Decimal
        or SpecialType.System_Double or SpecialType.System_Single or SpecialType.System_Int32
        or SpecialType.System_Int64 or SpecialType.System_UInt32 or SpecialType.System_UInt64;

    private static bool IsWholeNumber(ITypeSymbol? type) => type?.SpecialType is SpecialType.System_Int64 or SpecialType.System_Int32;

    /// <summary>
    /// A local, a parameter, a constant, a field, or a property of a library value (<c>count.Value</c>)
    /// over one of those: reading it twice or once gives the same value.
    /// </summary>
    private static bool IsSideEffectFree(IOperation operation, IAssemblySymbol library) => operation switch
    {
        ILocalReferenceOperation or IParameterReferenceOperation => true,
        { ConstantValue.HasValue: true } => true,
        IFieldReferenceOperation field => field.Instance is null || IsSideEffectFree(field.Instance, library),
        IPropertyReferenceOperation property => property.Arguments.IsEmpty
            && SymbolEqualityComparer.Default.Equals(property.Property.ContainingAssembly, library)
            && (property.Instance is null || IsSideEffectFree(property.Instance, library)),
        IInstanceReferenceOperation => true,
        _ => false,
    };
}
