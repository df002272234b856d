using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Quzhou.Governance.Analyzers;

/// <summary>
/// QG0010: a statement that calls a pure member of the library and drops its result — <c>plan.Next();</c>,
/// <c>change.ToPercent(2);</c>, <c>Percentage.FromPercent(3);</c>. A member is pure when it is the library's
/// and carries <c>System.Diagnostics.Contracts.PureAttribute</c>, or when it is a public value-returning
/// method of one of the library's readonly structs that writes through no <c>out</c>/<c>ref</c> parameter
/// (the same members the library marks, so the rule holds against a build without <c>CONTRACTS_FULL</c>).
/// A result assigned, passed on, returned or discarded with <c>_ =</c> is not reported. No code fix: whether
/// the result was meant to replace the value (<c>plan = plan.Next();</c>) or the call is dead is the
/// author's to say.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class IgnoredPureResultAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Rules.IgnoredPureResult);

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

        // Expression statements, not every call: a dropped result is a statement's shape. PureAttribute is
        // known by name, not looked up across every reference.
        context.RegisterOperationAction(
            operationContext => AnalyzeStatement(operationContext, library),
            OperationKind.ExpressionStatement);
    }

    private static void AnalyzeStatement(OperationAnalysisContext context, IAssemblySymbol library)
    {
        var operation = ((IExpressionStatementOperation)context.Operation).Operation;
        while (operation is IConditionalAccessOperation conditional)
        {
            // plan?.Next();
            operation = conditional.WhenNotNull;
        }

        if (operation is not IInvocationOperation invocation)
        {
            return;
        }

        var method = invocation.TargetMethod;
        if (method.ReturnsVoid
            || !SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, library)
            || !IsPure(method))
        {
            return;
        }

        var type = method.ContainingType.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat);
        context.ReportDiagnostic(Diagnostic.Create(
            Rules.IgnoredPureResult,
            invocation.Syntax.GetLocation(),
            invocation.Syntax.ToString(),
            type + "." + method.Name,
            method.ReturnType.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat)));
    }

    private static bool IsPure(IMethodSymbol method)
    {
        if (method.ContainingType is { TypeKind: TypeKind.Struct, IsReadOnly: true }
            && method.DeclaredAccessibility == Accessibility.Public
            && method.MethodKind == MethodKind.Ordinary
            && !WritesThroughAParameter(method))
        {
            return true;
        }

        foreach (var attribute in method.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "PureAttribute", ContainingType: null } attributeClass
                && LibrarySymbols.IsNamespace(attributeClass.ContainingNamespace, "System.Diagnostics.Contracts"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the method writes through an <c>out</c>/<c>ref</c> parameter or into a <c>Span&lt;T&gt;</c> (<c>TryFormat</c>).</summary>
    private static bool WritesThroughAParameter(IMethodSymbol method)
    {
        foreach (var parameter in method.Parameters)
        {
            if (parameter.RefKind is RefKind.Out or RefKind.Ref
                || parameter.Type is INamedTypeSymbol { Name: "Span", Arity: 1, ContainingNamespace.Name: "System" })
            {
                return true;
            }
        }

        return false;
    }
}
