using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Quzhou.Governance.Analyzers;

/// <summary>
/// QG0005: a Five-Year Plan's boundary years written as numbers — a range check
/// <c>year &gt;= 2021 &amp;&amp; year &lt;= 2025</c> (either order, either side) or
/// <c>year is &gt;= 2021 and &lt;= 2025</c> (either order), or a pair of dates in one member
/// built as the plan's first and last day (<c>new LocalDate(2021, 1, 1)</c> with <c>new LocalDate(2025, 12, 31)</c>,
/// <c>DateTime</c>, <c>DateOnly</c>). Only spans that are exactly a plan's (1953–1957, 1958–1962, then every
/// five years from 1966) are reported. A range check over a side-effect-free year carries
/// <see cref="OrdinalProperty"/> and the year as its additional location, for the code fix.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MagicPlanYearsAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The diagnostic property holding the plan's ordinal when the range check can be rewritten.</summary>
    public const string OrdinalProperty = "Ordinal";

    private const int MaxOrdinal = 100;

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Rules.MagicPlanYears);

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
        var compilation = context.Compilation;
        if (LibrarySymbols.FindType(compilation, LibrarySymbols.FiveYearPlanTypeName) is null)
        {
            return;
        }

        // The date types (NodaTime.LocalDate, System.DateTime, System.DateOnly) are known by name on the hot
        // path, not looked up across every reference.
        context.RegisterOperationAction(AnalyzeRangeCheck, OperationKind.Binary);
        context.RegisterOperationAction(AnalyzePatternCheck, OperationKind.IsPattern);
        context.RegisterOperationAction(AnalyzeFirstDay, OperationKind.ObjectCreation);
    }

    private static void AnalyzeRangeCheck(OperationAnalysisContext context)
    {
        var and = (IBinaryOperation)context.Operation;
        if (and.OperatorKind != BinaryOperatorKind.ConditionalAnd
            || !Bound(and.LeftOperand, out var firstYear, out var first, out var firstIsLower)
            || !Bound(and.RightOperand, out var secondYear, out var second, out var secondIsLower)
            || firstIsLower == secondIsLower
            || !first.Syntax.IsEquivalentTo(second.Syntax, topLevel: false))
        {
            return;
        }

        Report(context, and, first, firstIsLower ? firstYear : secondYear, firstIsLower ? secondYear : firstYear, first.Type);
    }

    /// <summary>The same range check as a pattern: <c>year is &gt;= 2021 and &lt;= 2025</c> (either order).</summary>
    private static void AnalyzePatternCheck(OperationAnalysisContext context)
    {
        var check = (IIsPatternOperation)context.Operation;
        if (check.Pattern is not IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.And } both
            || !PatternBound(both.LeftPattern, out var firstYear, out var firstIsLower)
            || !PatternBound(both.RightPattern, out var secondYear, out var secondIsLower)
            || firstIsLower == secondIsLower
            || !IsIntOrNullableInt(check.Value.Type))
        {
            return;
        }

        Report(context, check, check.Value, firstIsLower ? firstYear : secondYear, firstIsLower ? secondYear : firstYear, check.Value.Type);
    }

    /// <summary>Reports a range check of <paramref name="year"/> from <paramref name="lower"/> to <paramref name="upper"/> when it is a plan's.</summary>
    private static void Report(OperationAnalysisContext context, IOperation check, IOperation year, int lower, int upper, ITypeSymbol? yearType)
    {
        var ordinal = OrdinalStartingIn(lower);
        if (ordinal == 0 || upper != lower + 4)
        {
            return;
        }

        // The fix calls Contains(int): only a side-effect-free int (not an int?) is rewritten.
        var fixable = yearType?.SpecialType == SpecialType.System_Int32
            && year is ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation
                or IPropertyReferenceOperation { Arguments.IsEmpty: true };
        var properties = fixable
            ? ImmutableDictionary<string, string?>.Empty.Add(OrdinalProperty, ordinal.ToString(CultureInfo.InvariantCulture))
            : ImmutableDictionary<string, string?>.Empty;
        context.ReportDiagnostic(Diagnostic.Create(
            Rules.MagicPlanYears,
            check.Syntax.GetLocation(),
            new[] { year.Syntax.GetLocation() },
            properties,
            check.Syntax.ToString(),
            Span(lower),
            Advice(ordinal, "Contains(" + year.Syntax + ")")));
    }

    /// <summary>A relational pattern <c>&gt;= N</c> (a lower bound) or <c>&lt;= N</c> (an upper bound) with a constant <c>int</c>.</summary>
    private static bool PatternBound(IPatternOperation pattern, out int year, out bool isLower)
    {
        year = 0;
        isLower = false;
        if (pattern is not IRelationalPatternOperation { OperatorKind: BinaryOperatorKind.GreaterThanOrEqual or BinaryOperatorKind.LessThanOrEqual } relational
            || Constant(relational.Value) is not { } bound)
        {
            return false;
        }

        year = bound;
        isLower = relational.OperatorKind == BinaryOperatorKind.GreaterThanOrEqual;
        return true;
    }

    private static bool IsIntOrNullableInt(ITypeSymbol? type) =>
        type?.SpecialType == SpecialType.System_Int32
        || type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
           && nullable.TypeArguments[0].SpecialType == SpecialType.System_Int32;

    /// <summary>
    /// A comparison <c>year &gt;= N</c>, <c>N &lt;= year</c> (a lower bound) or <c>year &lt;= N</c>,
    /// <c>N &gt;= year</c> (an upper bound) of an <c>int</c> against a constant.
    /// </summary>
    private static bool Bound(IOperation operation, out int year, out IOperation operand, out bool isLower)
    {
        year = 0;
        operand = operation;
        isLower = false;
        if (operation is not IBinaryOperation { OperatorMethod: null } comparison
            || comparison.OperatorKind is not (BinaryOperatorKind.GreaterThanOrEqual or BinaryOperatorKind.LessThanOrEqual))
        {
            return false;
        }

        var greater = comparison.OperatorKind == BinaryOperatorKind.GreaterThanOrEqual;
        if (Constant(comparison.RightOperand) is { } right && Constant(comparison.LeftOperand) is null)
        {
            year = right;
            operand = comparison.LeftOperand;
            isLower = greater;
        }
        else if (Constant(comparison.LeftOperand) is { } left && Constant(comparison.RightOperand) is null)
        {
            year = left;
            operand = comparison.RightOperand;
            isLower = !greater;
        }
        else
        {
            return false;
        }

        return operand.Type?.SpecialType == SpecialType.System_Int32;
    }

    private static int? Constant(IOperation operation) =>
        operation.ConstantValue is { HasValue: true, Value: int value } ? value : null;

    /// <summary>
    /// A plan's first day (<c>new LocalDate(2021, 1, 1)</c>) reported when the same operation block (the
    /// member's body) also builds the plan's last day. One action for the whole compilation, not one per
    /// block: almost every creation ends at the argument count or the type, and only a plan's first day
    /// (rare) looks through its block for the last.
    /// </summary>
    private static void AnalyzeFirstDay(OperationAnalysisContext context)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (DateOf(creation) is not (var year, 1, 1) || OrdinalStartingIn(year) == 0)
        {
            return;
        }

        var root = (IOperation)creation;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        foreach (var other in root.Descendants())
        {
            if (other is IObjectCreationOperation otherCreation && DateOf(otherCreation) is (var lastYear, 12, 31) && lastYear == year + 4)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Rules.MagicPlanYears,
                    creation.Syntax.GetLocation(),
                    creation.Syntax.ToString() + " … " + (year + 4).ToString(CultureInfo.InvariantCulture) + "-12-31",
                    Span(year),
                    Advice(OrdinalStartingIn(year), "ToDateInterval()")));
                return;
            }
        }
    }

    /// <summary>The constant year, month and day of a date type's (year, month, day) constructor, or null.</summary>
    private static (int Year, int Month, int Day)? DateOf(IObjectCreationOperation creation)
    {
        if (creation.Arguments.Length != 3
            || Constant(creation.Arguments[0].Value) is not { } year
            || creation.Constructor is not { } constructor
            || !IsDateType(constructor.ContainingType)
            || creation.Arguments[0].Parameter?.Name != "year"
            || Constant(creation.Arguments[1].Value) is not { } month
            || Constant(creation.Arguments[2].Value) is not { } day)
        {
            return null;
        }

        return (year, month, day);
    }

    /// <summary>The ordinal of the plan whose first year is <paramref name="year"/>, or 0.</summary>
    internal static int OrdinalStartingIn(int year)
    {
        if (year == 1953)
        {
            return 1;
        }

        if (year == 1958)
        {
            return 2;
        }

        if (year < 1966 || (year - 1966) % 5 != 0)
        {
            return 0;
        }

        var ordinal = ((year - 1966) / 5) + 3;
        return ordinal <= MaxOrdinal ? ordinal : 0;
    }

    private static string Span(int firstYear) =>
        firstYear.ToString(CultureInfo.InvariantCulture) + "–" + (firstYear + 4).ToString(CultureInfo.InvariantCulture);

    private static string Advice(int ordinal, string member) =>
        "FiveYearPlan.FromOrdinal(" + ordinal.ToString(CultureInfo.InvariantCulture) + ")." + member;

    /// <summary><c>NodaTime.LocalDate</c>, <c>System.DateTime</c> or <c>System.DateOnly</c>, by name.</summary>
    private static bool IsDateType(INamedTypeSymbol type) =>
        type.SpecialType == SpecialType.System_DateTime
        || LibrarySymbols.IsSystemType(type, "DateOnly")
        || (type.Name == "LocalDate" && type.ContainingType is null && LibrarySymbols.IsNamespace(type.ContainingNamespace, "NodaTime"));
}
