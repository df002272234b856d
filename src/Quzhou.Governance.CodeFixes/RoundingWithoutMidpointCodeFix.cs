using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Simplification;
using Quzhou.Governance.Analyzers;

namespace Quzhou.Governance.CodeFixes;

/// <summary>
/// The two fixes of QG0001 on a <c>decimal</c> (none on <c>double</c>/<c>float</c>, where the rule asks
/// to keep the figure decimal): <c>Math.Round(x, n)</c> → <c>Rounding.HalfAwayFromZero(x, n)</c>
/// (offered when the library is referenced), and <c>Math.Round(x, n)</c> →
/// <c>Math.Round(x, n, MidpointRounding.AwayFromZero)</c>. Each has its own equivalence key, so fix-all
/// applies the one chosen.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RoundingWithoutMidpointCodeFix))]
[Shared]
public sealed class RoundingWithoutMidpointCodeFix : CodeFixProvider
{
    /// <summary>The equivalence key of the fix that calls <c>Rounding.HalfAwayFromZero</c>.</summary>
    public const string UseRoundingKey = "QG0001.UseRoundingHalfAwayFromZero";

    /// <summary>The equivalence key of the fix that passes <c>MidpointRounding.AwayFromZero</c>.</summary>
    public const string AddAwayFromZeroKey = "QG0001.AddMidpointRoundingAwayFromZero";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(Rules.Ids.RoundingWithoutMidpoint);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var diagnostic = context.Diagnostics[0];
        if (!diagnostic.Properties.TryGetValue(RoundingWithoutMidpointAnalyzer.OperandProperty, out var operand)
            || operand != RoundingWithoutMidpointAnalyzer.DecimalOperand)
        {
            return;
        }

        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not InvocationExpressionSyntax invocation)
        {
            return;
        }

        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (model is null)
        {
            return;
        }

        if (model.Compilation.GetTypeByMetadataName(LibrarySymbols.RoundingTypeName) is not null)
        {
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Use Rounding.HalfAwayFromZero (四舍五入)",
                    token => UseRoundingAsync(context.Document, invocation, token),
                    UseRoundingKey),
                diagnostic);
        }

        context.RegisterCodeFix(
            CodeAction.Create(
                "Pass MidpointRounding.AwayFromZero",
                token => AddAwayFromZeroAsync(context.Document, invocation, token),
                AddAwayFromZeroKey),
            diagnostic);
    }

    private static async Task<Document> UseRoundingAsync(Document document, InvocationExpressionSyntax invocation, CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (model?.GetOperation(invocation, cancellationToken) is not IInvocationOperation operation)
        {
            return document;
        }

        var arguments = operation.Arguments.OrderBy(a => a.Parameter?.Ordinal ?? int.MaxValue).ToArray();
        var value = ArgumentExpression(arguments[0]);
        var decimals = arguments.Length > 1
            ? ArgumentExpression(arguments[1])
            : SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(0));

        var rounding = SyntaxFactory.ParseTypeName("global::" + LibrarySymbols.RoundingTypeName)
            .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
        var replacement = SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(
                    SyntaxKind.SimpleMemberAccessExpression, rounding, SyntaxFactory.IdentifierName("HalfAwayFromZero")),
                SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(new[]
                {
                    SyntaxFactory.Argument(value.WithoutTrivia()),
                    SyntaxFactory.Argument(decimals.WithoutTrivia()),
                })))
            .WithTriviaFrom(invocation);

        return await ReplaceAsync(document, invocation, replacement, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Document> AddAwayFromZeroAsync(Document document, InvocationExpressionSyntax invocation, CancellationToken cancellationToken)
    {
        var awayFromZero = SyntaxFactory.MemberAccessExpression(
            SyntaxKind.SimpleMemberAccessExpression,
            SyntaxFactory.ParseTypeName("global::System.MidpointRounding")
                .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation),
            SyntaxFactory.IdentifierName("AwayFromZero"));
        var argument = SyntaxFactory.Argument(awayFromZero);
        if (invocation.ArgumentList.Arguments.Any(a => a.NameColon is not null))
        {
            argument = argument.WithNameColon(SyntaxFactory.NameColon("mode"));
        }

        var newInvocation = invocation.WithArgumentList(invocation.ArgumentList.AddArguments(argument));
        return await ReplaceAsync(document, invocation, newInvocation, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Replaces the call, then adds the usings its fully qualified names need (the code action's own
    /// clean-up simplifies the names it can, but adds no using).
    /// </summary>
    private static async Task<Document> ReplaceAsync(
        Document document, InvocationExpressionSyntax invocation, ExpressionSyntax replacement, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var replaced = document.WithSyntaxRoot(root.ReplaceNode(invocation, replacement));
        return await ImportAdder.AddImportsAsync(replaced, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static ExpressionSyntax ArgumentExpression(IArgumentOperation argument) =>
        argument.Syntax is ArgumentSyntax syntax ? syntax.Expression : (ExpressionSyntax)argument.Value.Syntax;
}
