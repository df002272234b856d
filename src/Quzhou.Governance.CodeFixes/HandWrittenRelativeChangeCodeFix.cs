using System.Collections.Immutable;
using System.Composition;
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
/// The fix of QG0002, offered only where the analyzer found it certain (a <c>decimal</c> division over two
/// side-effect-free whole-number operands): a change as a fraction, <c>(decimal)(a - b) / b</c>, becomes
/// <c>RelativeChange.Between(a, b)</c>; a change in percent, <c>(decimal)(a - b) * 100 / b</c>, becomes
/// <c>RelativeChange.Between(a, b).ToDecimal()</c> (the change in percent, still a <c>decimal</c>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HandWrittenRelativeChangeCodeFix))]
[Shared]
public sealed class HandWrittenRelativeChangeCodeFix : CodeFixProvider
{
    /// <summary>The equivalence key of the fix.</summary>
    public const string UseBetweenKey = "QG0002.UseRelativeChangeBetween";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(Rules.Ids.HandWrittenRelativeChange);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var diagnostic = context.Diagnostics[0];
        if (!diagnostic.Properties.TryGetValue(HandWrittenRelativeChangeAnalyzer.FormProperty, out var form)
            || form is null || diagnostic.AdditionalLocations.Count != 2)
        {
            return;
        }

        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax expression
            || root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax current
            || root.FindNode(diagnostic.AdditionalLocations[1].SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax baseValue)
        {
            return;
        }

        var title = form == HandWrittenRelativeChangeAnalyzer.PercentForm
            ? "Use RelativeChange.Between(…).ToDecimal()"
            : "Use RelativeChange.Between";
        context.RegisterCodeFix(
            CodeAction.Create(
                title,
                token => UseBetweenAsync(context.Document, expression, current, baseValue, form == HandWrittenRelativeChangeAnalyzer.PercentForm, token),
                UseBetweenKey),
            diagnostic);
    }

    private static async Task<Document> UseBetweenAsync(
        Document document, ExpressionSyntax expression, ExpressionSyntax current, ExpressionSyntax baseValue, bool percent, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var type = SyntaxFactory.ParseTypeName("global::" + LibrarySymbols.RelativeChangeTypeName)
            .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
        ExpressionSyntax replacement = SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, type, SyntaxFactory.IdentifierName("Between")),
            SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(new[]
            {
                SyntaxFactory.Argument(current.WithoutTrivia()),
                SyntaxFactory.Argument(baseValue.WithoutTrivia()),
            })));
        if (percent)
        {
            replacement = SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, replacement, SyntaxFactory.IdentifierName("ToDecimal")));
        }

        var replaced = document.WithSyntaxRoot(root.ReplaceNode(expression, replacement.WithTriviaFrom(expression)));
        return await ImportAdder.AddImportsAsync(replaced, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
