using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;
using Quzhou.Governance.Analyzers;

namespace Quzhou.Governance.CodeFixes;

/// <summary>
/// The fix of QG0005 for a range check: <c>year &gt;= 2021 &amp;&amp; year &lt;= 2025</c> →
/// <c>FiveYearPlan.FromOrdinal(14).Contains(year)</c> (the same years, inclusive). Dates get no fix: which of
/// the plan's members (<c>ToDateInterval()</c>, <c>Period</c>, <c>OpeningYear</c>) replaces them depends on
/// how they are used.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MagicPlanYearsCodeFix))]
[Shared]
public sealed class MagicPlanYearsCodeFix : CodeFixProvider
{
    /// <summary>The equivalence key of the fix.</summary>
    public const string UseContainsKey = "QG0005.UseFiveYearPlanContains";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(Rules.Ids.MagicPlanYears);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var diagnostic = context.Diagnostics[0];
        if (!diagnostic.Properties.TryGetValue(MagicPlanYearsAnalyzer.OrdinalProperty, out var ordinalText)
            || !int.TryParse(ordinalText, NumberStyles.None, CultureInfo.InvariantCulture, out var ordinal)
            || diagnostic.AdditionalLocations.Count != 1)
        {
            return;
        }

        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax check
            || root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax year)
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(
                "Use FiveYearPlan.FromOrdinal(" + ordinal.ToString(CultureInfo.InvariantCulture) + ").Contains",
                token => UseContainsAsync(context.Document, check, year, ordinal, token),
                UseContainsKey),
            diagnostic);
    }

    private static async Task<Document> UseContainsAsync(
        Document document, ExpressionSyntax check, ExpressionSyntax year, int ordinal, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var plan = SyntaxFactory.ParseTypeName("global::" + LibrarySymbols.FiveYearPlanTypeName)
            .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
        var fromOrdinal = SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, plan, SyntaxFactory.IdentifierName("FromOrdinal")),
            SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(
                SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(ordinal))))));
        var contains = SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, fromOrdinal, SyntaxFactory.IdentifierName("Contains")),
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(year.WithoutTrivia()))))
            .WithTriviaFrom(check);

        var replaced = document.WithSyntaxRoot(root.ReplaceNode(check, contains));
        return await ImportAdder.AddImportsAsync(replaced, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
