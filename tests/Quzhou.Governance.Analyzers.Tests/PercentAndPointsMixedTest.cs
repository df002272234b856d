using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Quzhou.Governance.Analyzers.Tests.AnalyzerVerifier<Quzhou.Governance.Analyzers.PercentAndPointsMixedAnalyzer>;

namespace Quzhou.Governance.Analyzers.Tests;

public class PercentAndPointsMixedTest
{
    private static DiagnosticResult Mixed(int location, string code, string rate, string wrapper) =>
        Verify.Diagnostic().WithLocation(location).WithArguments(code, rate, wrapper);

    [Fact]
    public async Task Analyzer_RawDifferenceWrappedAgain_Reported()
    {
        const string source = """
            using Quzhou.Governance.Quantities;

            static class Gap
            {
                public static Percentage A(Percentage a, Percentage b) => {|#0:new Percentage(a.Value - b.Value)|};
                public static Percentage B(Percentage a, Percentage b) => {|#1:Percentage.FromPercent(a.Value - b.Value)|};
                public static PercentagePoints C(RelativeChange x, RelativeChange y) => {|#2:new PercentagePoints(x.Value - y.Value)|};
                public static RelativeChange D(Percentage p1, Percentage p2) => {|#3:RelativeChange.FromPercent(p1.Value - p2.Value)|};
                public static PercentagePoints E(Ratio r1, Ratio r2) => {|#4:new PercentagePoints(r1.Value - r2.Value)|};
            }
            """;
        await Verify.VerifyAsync(
            source,
            Mixed(0, "new Percentage(a.Value - b.Value)", "Percentage", "a Percentage"),
            Mixed(1, "Percentage.FromPercent(a.Value - b.Value)", "Percentage", "Percentage.FromPercent"),
            Mixed(2, "new PercentagePoints(x.Value - y.Value)", "RelativeChange", "a PercentagePoints"),
            Mixed(3, "RelativeChange.FromPercent(p1.Value - p2.Value)", "Percentage", "RelativeChange.FromPercent"),
            Mixed(4, "new PercentagePoints(r1.Value - r2.Value)", "Ratio", "a PercentagePoints"));
    }

    [Fact]
    public async Task Analyzer_NearMisses_NotReported()
    {
        const string source = """
            using Quzhou.Governance.Quantities;

            sealed class Row
            {
                public decimal Value { get; set; }
            }

            static class Gap
            {
                // The typed operators and the library's own conversions.
                public static PercentagePoints A(Percentage a, Percentage b) => a - b;
                public static PercentagePoints B(RelativeChange x, RelativeChange y) => x - y;
                public static RelativeChange C(Percentage a, Percentage b) => RelativeChange.Between(a, b);
                // Not two rates' raw values: a constant, a sum, two points, other types, a mix.
                public static Percentage D(Percentage a) => new Percentage(a.Value - 5m);
                public static Percentage E(Percentage a, Percentage b) => new Percentage(a.Value + b.Value);
                public static PercentagePoints F(PercentagePoints a, PercentagePoints b) => new PercentagePoints(a.Value - b.Value);
                public static Percentage G(Row a, Row b) => new Percentage(a.Value - b.Value);
                public static PercentagePoints H(Percentage a, RelativeChange b) => new PercentagePoints(a.Value - b.Value);
                public static decimal I(Percentage a, Percentage b) => a.Value - b.Value;
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Analyzer_WithoutLibrary_NotReported()
    {
        const string source = """
            readonly struct Percentage
            {
                public Percentage(decimal value) => Value = value;

                public decimal Value { get; }
            }

            static class Gap
            {
                public static Percentage A(Percentage a, Percentage b) => new Percentage(a.Value - b.Value);
            }
            """;
        await Verify.VerifyAsync(source, TestReferences.WithoutLibrary);
    }
}
