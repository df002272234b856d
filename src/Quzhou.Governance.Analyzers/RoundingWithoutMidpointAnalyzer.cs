using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Quzhou.Governance.Analyzers;

/// <summary>
/// QG0001: <c>Math.Round</c>, <c>decimal.Round</c>, <c>MathF.Round</c>, <c>double.Round</c> and
/// <c>float.Round</c> called without a <c>MidpointRounding</c>, which round a tie to even. An explicit
/// mode (even <c>ToEven</c>) is a choice and is not reported. The diagnostic carries
/// <see cref="OperandProperty"/> so the code fix offers its rewrites only on <c>decimal</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RoundingWithoutMidpointAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The diagnostic property naming the rounded operand's kind.</summary>
    public const string OperandProperty = "Operand";

    /// <summary>The value of <see cref="OperandProperty"/> when the operand is a <c>decimal</c>.</summary>
    public const string DecimalOperand = "decimal";

    /// <summary>The value of <see cref="OperandProperty"/> when the operand is a <c>double</c> or <c>float</c>.</summary>
    public const string BinaryOperand = "binary";

    private const string DecimalAdvice = "call Rounding.HalfAwayFromZero or pass MidpointRounding.AwayFromZero";
    private const string BinaryAdvice = "keep the figure decimal (1.005 is not 1.005 in binary) and round it with Rounding.HalfAwayFromZero";

    private static readonly ImmutableDictionary<string, string?> DecimalProperties =
        ImmutableDictionary<string, string?>.Empty.Add(OperandProperty, DecimalOperand);

    private static readonly ImmutableDictionary<string, string?> BinaryProperties =
        ImmutableDictionary<string, string?>.Empty.Add(OperandProperty, BinaryOperand);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Rules.RoundingWithoutMidpoint);

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
        // Nothing looked up: Math, MathF and MidpointRounding are known by name on the hot path (a lookup by
        // metadata name searches every referenced assembly).
        context.RegisterOperationAction(AnalyzeInvocation, OperationKind.Invocation);
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        // The name first (an interned string against a constant), then the shape, then the type.
        if (method.Name != "Round" || !method.IsStatic || !IsRoundingType(method.ContainingType))
        {
            return;
        }

        var parameters = method.Parameters;
        if (parameters.IsEmpty)
        {
            return;
        }

        foreach (var parameter in parameters)
        {
            if (parameter.Type.TypeKind == TypeKind.Enum && LibrarySymbols.IsSystemType(parameter.Type, "MidpointRounding"))
            {
                return;
            }
        }

        var operandType = parameters[0].Type;
        var isDecimal = operandType.SpecialType == SpecialType.System_Decimal;
        if (!isDecimal && !LibrarySymbols.IsBinaryFloatingPoint(operandType))
        {
            return;
        }

        var displayName = method.ContainingType.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat) + ".Round";
        context.ReportDiagnostic(Diagnostic.Create(
            Rules.RoundingWithoutMidpoint,
            invocation.Syntax.GetLocation(),
            isDecimal ? DecimalProperties : BinaryProperties,
            displayName,
            isDecimal ? DecimalAdvice : BinaryAdvice));
    }

    /// <summary><c>decimal</c>, <c>double</c>, <c>float</c>, <c>System.Math</c> or <c>System.MathF</c>.</summary>
    private static bool IsRoundingType(INamedTypeSymbol type) =>
        type.SpecialType is SpecialType.System_Decimal or SpecialType.System_Double or SpecialType.System_Single
        || LibrarySymbols.IsSystemType(type, "Math") || LibrarySymbols.IsSystemType(type, "MathF");
}
