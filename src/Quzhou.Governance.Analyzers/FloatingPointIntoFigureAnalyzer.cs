using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Quzhou.Governance.Analyzers;

/// <summary>
/// QG0006: a <c>double</c> or <c>float</c> converted straight into a <c>decimal</c> argument of a library
/// member (<c>new Percentage((decimal)d)</c>, <c>Percentage.FromPercent(Convert.ToDecimal(d))</c>,
/// <c>PublishedFigure.FromValue(new decimal(x), …)</c>). Only the argument expression itself is looked at:
/// a decimal variable that was once a double is not followed (no data-flow guessing).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FloatingPointIntoFigureAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Rules.FloatingPointIntoFigure);

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

        // Calls and creations, not every argument: most calls are not the library's and end at one check.
        // System.Convert is known by name, not looked up.
        context.RegisterOperationAction(
            operationContext => AnalyzeCall(operationContext, library),
            OperationKind.Invocation,
            OperationKind.ObjectCreation);
    }

    private static void AnalyzeCall(OperationAnalysisContext context, IAssemblySymbol library)
    {
        IMethodSymbol? member;
        ImmutableArray<IArgumentOperation> arguments;
        if (context.Operation is IInvocationOperation invocation)
        {
            member = invocation.TargetMethod;
            arguments = invocation.Arguments;
        }
        else if (context.Operation is IObjectCreationOperation creation)
        {
            member = creation.Constructor;
            arguments = creation.Arguments;
        }
        else
        {
            return;
        }

        // A call without arguments, then one that is not the library's, ends here.
        if (arguments.IsEmpty || member is null || !SymbolEqualityComparer.Default.Equals(member.ContainingAssembly, library))
        {
            return;
        }

        foreach (var argument in arguments)
        {
            AnalyzeArgument(context, member, argument);
        }
    }

    private static void AnalyzeArgument(
        OperationAnalysisContext context, IMethodSymbol member, IArgumentOperation argument)
    {
        var parameter = argument.Parameter;
        if (parameter is null || !LibrarySymbols.IsDecimal(parameter.Type))
        {
            return;
        }

        var value = argument.Value;
        while (value is IConversionOperation { IsImplicit: true } implicitConversion)
        {
            value = implicitConversion.Operand;
        }

        var source = FloatingPointSource(value);
        if (source is null)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Rules.FloatingPointIntoFigure,
            value.Syntax.GetLocation(),
            source.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
            parameter.Name,
            MemberName(member)));
    }

    /// <summary>The <c>double</c>/<c>float</c> type that <paramref name="value"/> converts to decimal, or null.</summary>
    private static ITypeSymbol? FloatingPointSource(IOperation value)
    {
        switch (value)
        {
            // (decimal)d, (decimal?)f
            case IConversionOperation conversion when LibrarySymbols.IsBinaryFloatingPoint(conversion.Operand.Type):
                return conversion.Operand.Type;

            // Convert.ToDecimal(d)
            case IInvocationOperation { TargetMethod: { Name: "ToDecimal", Parameters.Length: 1 } toDecimal } invocation
                when LibrarySymbols.IsSystemType(toDecimal.ContainingType, "Convert")
                     && LibrarySymbols.IsBinaryFloatingPoint(toDecimal.Parameters[0].Type):
                return invocation.Arguments[0].Value.Type ?? toDecimal.Parameters[0].Type;

            // decimal.CreateChecked(d), CreateSaturating, CreateTruncating
            case IInvocationOperation { TargetMethod: { ContainingType.SpecialType: SpecialType.System_Decimal, IsGenericMethod: true } create }
                when create.Name.StartsWith("Create", System.StringComparison.Ordinal)
                     && LibrarySymbols.IsBinaryFloatingPoint(create.TypeArguments[0]):
                return create.TypeArguments[0];

            // new decimal(d)
            case IObjectCreationOperation { Constructor: { ContainingType.SpecialType: SpecialType.System_Decimal, Parameters.Length: 1 } constructor }
                when LibrarySymbols.IsBinaryFloatingPoint(constructor.Parameters[0].Type):
                return constructor.Parameters[0].Type;

            default:
                return null;
        }
    }

    private static string MemberName(IMethodSymbol member)
    {
        var type = member.ContainingType.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat);
        return member.MethodKind == MethodKind.Constructor ? "new " + type : type + "." + member.Name;
    }
}
