using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Quzhou.Governance.Analyzers.Tests.AnalyzerVerifier<Quzhou.Governance.Analyzers.PublishedFigureEqualityAnalyzer>;

namespace Quzhou.Governance.Analyzers.Tests;

public class PublishedFigureEqualityTest
{
    private static DiagnosticResult Equality(int location, string figure, string computed) =>
        Verify.Diagnostic().WithLocation(location).WithArguments(figure, computed);

    [Fact]
    public async Task Analyzer_FigureValueEqualsComputed_Reported()
    {
        const string source = """
            using System;
            using Quzhou.Governance.Figures;
            using Quzhou.Governance.Quantities;

            static class Check
            {
                public static bool A(PublishedFigure figure, decimal x) => {|#0:figure.Value == Math.Round(x, 2, MidpointRounding.AwayFromZero)|};
                public static bool B(PublishedFigure figure, decimal x) => {|#1:x != figure.Value|};
                public static bool C(PublishedFigure figure, long cases) => {|#2:figure.Value == cases|};
                public static bool D(PublishedFigure figure, decimal x) => {|#3:figure.Value.Equals(x)|};
                public static bool E(PublishedFigure figure, decimal x) => {|#4:decimal.Equals(Rounding.HalfAwayFromZero(x, 1), figure.Value)|};
            }
            """;
        await Verify.VerifyAsync(
            source,
            Equality(0, "figure.Value", "Math.Round(x, 2, MidpointRounding.AwayFromZero)"),
            Equality(1, "figure.Value", "x"),
            Equality(2, "figure.Value", "cases"),
            Equality(3, "figure.Value", "x"),
            Equality(4, "figure.Value", "Rounding.HalfAwayFromZero(x, 1)"));
    }

    [Fact]
    public async Task Analyzer_NearMisses_NotReported()
    {
        const string source = """
            using Quzhou.Governance.Figures;
            using Quzhou.Governance.Quantities;

            sealed class Row
            {
                public decimal Value { get; set; }
            }

            static class Check
            {
                // The digits as printed, another figure as printed, an order, the library's own check.
                public static bool A(PublishedFigure figure) => figure.Value == 72.96m;
                public static bool B(PublishedFigure figure, PublishedFigure other) => figure.Value == other.Value;
                public static bool C(PublishedFigure figure, decimal x) => figure.Value < x;
                public static bool D(PublishedFigure figure, decimal x) => figure.IsConsistentWith(x);
                public static bool E(PublishedFigure figure, long cleared, long cases) => figure.IsConsistentWith(cleared, cases);
                // Not a published figure's value.
                public static bool F(Row row, decimal x) => row.Value == x;
                public static bool G(Percentage rate, decimal x) => rate.Value == x;
                public static bool H(PublishedFigure figure, int decimals) => figure.Decimals == decimals;
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Analyzer_WithoutLibrary_NotReported()
    {
        const string source = """
            sealed class PublishedFigure
            {
                public decimal Value { get; set; }
            }

            static class Check
            {
                public static bool A(PublishedFigure figure, decimal x) => figure.Value == x;
            }
            """;
        await Verify.VerifyAsync(source, TestReferences.WithoutLibrary);
    }
}
