using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Quzhou.Governance.Analyzers.Tests.CodeFixVerifier<
    Quzhou.Governance.Analyzers.HandWrittenRelativeChangeAnalyzer,
    Quzhou.Governance.CodeFixes.HandWrittenRelativeChangeCodeFix>;

namespace Quzhou.Governance.Analyzers.Tests;

public class HandWrittenRelativeChangeTest
{
    private static DiagnosticResult Change(int location, string expression) =>
        Verify.Diagnostic().WithLocation(location).WithArguments(expression).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    [Fact]
    public async Task Analyzer_EveryHandWrittenForm_Reported()
    {
        const string source = """
            static class Report
            {
                public static decimal A(long a, long b) => {|#0:(decimal)(a - b) / b|};
                public static decimal B(decimal a, decimal b) => {|#1:a / b - 1|};
                public static decimal C(long a, long b) => {|#2:(decimal)(a - b) * 100 / b|};
                public static decimal D(decimal a, decimal b) => {|#3:(a - b) / b * 100|};
                public static double E(double a, double b) => {|#4:(a / b - 1) * 100|};
                public static long F(long a, long b) => {|#5:(a - b) / b|};
                public static decimal G(long a, long b) => {|#6:100m * (a - b) / b|};
                public static decimal H(decimal[] v, int i) => {|#7:(v[i] - v[i - 1]) / v[i - 1]|};
            }
            """;
        await AnalyzerVerifier<HandWrittenRelativeChangeAnalyzer>.VerifyAsync(
            source,
            Change(0, "(decimal)(a - b) / b"),
            Change(1, "a / b - 1"),
            Change(2, "(decimal)(a - b) * 100 / b"),
            Change(3, "(a - b) / b * 100"),
            Change(4, "(a / b - 1) * 100"),
            Change(5, "(a - b) / b"),
            Change(6, "100m * (a - b) / b"),
            Change(7, "(v[i] - v[i - 1]) / v[i - 1]"));
    }

    [Fact]
    public async Task Analyzer_NearMisses_NotReported()
    {
        const string source = """
            using Quzhou.Governance.Quantities;

            static class Report
            {
                // Not a relative change: another base, a sum, a share, a different constant.
                public static decimal A(decimal a, decimal b, decimal c) => (a - b) / c;
                public static decimal B(decimal a, decimal b) => (a + b) / b;
                public static decimal C(decimal a, decimal b) => (a - b) / a;
                public static decimal D(decimal a, decimal b) => a / b - 2;
                public static decimal E(decimal a, decimal b) => a / b + 1;
                public static decimal F(decimal a, decimal b) => (a - b) / 2;
                public static decimal G(long part, long whole) => (decimal)part / whole * 100;
                public static decimal H(decimal a, decimal b) => (a - b) * 10 / b;
                // The library's own way.
                public static RelativeChange I(long a, long b) => RelativeChange.Between(a, b);
                public static PercentagePoints J(RelativeChange x, RelativeChange y) => x - y;
            }
            """;
        await AnalyzerVerifier<HandWrittenRelativeChangeAnalyzer>.VerifyAsync(source);
    }

    [Fact]
    public async Task Analyzer_WithoutLibrary_NotReported()
    {
        const string source = """
            static class Report
            {
                public static decimal A(long a, long b) => (decimal)(a - b) / b;
            }
            """;
        await AnalyzerVerifier<HandWrittenRelativeChangeAnalyzer>.VerifyAsync(source, TestReferences.WithoutLibrary);
    }

    [Fact]
    public async Task Fix_DecimalFractionOverLongs_CallsBetween()
    {
        const string source = """
            static class Report
            {
                public static void Print(long current, long previous)
                {
                    var change = {|#0:(decimal)(current - previous) / previous|};
                    System.Console.WriteLine(change);
                }
            }
            """;
        const string fixedSource = """
            using Quzhou.Governance.Quantities;

            static class Report
            {
                public static void Print(long current, long previous)
                {
                    var change = RelativeChange.Between(current, previous);
                    System.Console.WriteLine(change);
                }
            }
            """;
        await Verify.VerifyFixAsync(source, fixedSource, CodeFixes.HandWrittenRelativeChangeCodeFix.UseBetweenKey,
            Change(0, "(decimal)(current - previous) / previous"));
    }

    [Fact]
    public async Task Fix_DecimalPercentOverCounts_CallsBetweenToDecimal()
    {
        const string source = """
            using Quzhou.Governance.Quantities;

            static class Report
            {
                public static decimal A(Count current, Count previous) => {|#0:(decimal)(current.Value - previous.Value) * 100 / previous.Value|};
                public static decimal B(long current, long previous) => {|#1:((decimal)current / previous - 1) * 100|};
            }
            """;
        const string fixedSource = """
            using Quzhou.Governance.Quantities;

            static class Report
            {
                public static decimal A(Count current, Count previous) => RelativeChange.Between(current.Value, previous.Value).ToDecimal();
                public static decimal B(long current, long previous) => RelativeChange.Between(current, previous).ToDecimal();
            }
            """;
        await Verify.VerifyFixAsync(source, fixedSource, CodeFixes.HandWrittenRelativeChangeCodeFix.UseBetweenKey,
            Change(0, "(decimal)(current.Value - previous.Value) * 100 / previous.Value"),
            Change(1, "((decimal)current / previous - 1) * 100"));
    }

    [Fact]
    public async Task Fix_IntegerDoubleOrSideEffects_NoneOffered()
    {
        const string source = """
            static class Report
            {
                private static long next;

                private static long Next() => next++;

                public static long A(long a, long b) => {|#0:(a - b) / b|};
                public static double B(long a, long b) => {|#1:(double)(a - b) / b|};
                public static decimal C(decimal a, decimal b) => {|#2:(a - b) / b|};
                public static decimal D(long a) => {|#3:(decimal)(a - Next()) / Next()|};
            }
            """;
        await Verify.VerifyNoFixAsync(source,
            Change(0, "(a - b) / b"),
            Change(1, "(double)(a - b) / b"),
            Change(2, "(a - b) / b"),
            Change(3, "(decimal)(a - Next()) / Next()"));
    }

    [Fact]
    public async Task FixAll_TwoDocuments_EveryChangeRewritten()
    {
        var test = Verify.Create(string.Empty, string.Empty, CodeFixes.HandWrittenRelativeChangeCodeFix.UseBetweenKey);
        test.TestState.Sources.Clear();
        test.FixedState.Sources.Clear();
        test.TestState.Sources.Add(("A.cs", """
            static class A
            {
                public static decimal One(long a, long b, long c) => {|#0:(decimal)(a - b) * 100 / b|} + {|#1:(decimal)(c - b) * 100 / b|};
            }
            """));
        test.TestState.Sources.Add(("B.cs", """
            static class B
            {
                public static string Two(long a, long b) => ({|#2:(decimal)(a - b) / b|}).ToString();
            }
            """));
        test.FixedState.Sources.Add(("A.cs", """
            using Quzhou.Governance.Quantities;

            static class A
            {
                public static decimal One(long a, long b, long c) => RelativeChange.Between(a, b).ToDecimal() + RelativeChange.Between(c, b).ToDecimal();
            }
            """));
        test.FixedState.Sources.Add(("B.cs", """
            using Quzhou.Governance.Quantities;

            static class B
            {
                public static string Two(long a, long b) => (RelativeChange.Between(a, b)).ToString();
            }
            """));
        test.ExpectedDiagnostics.AddRange(new[]
        {
            Change(0, "(decimal)(a - b) * 100 / b"),
            Change(1, "(decimal)(c - b) * 100 / b"),
            Change(2, "(decimal)(a - b) / b"),
        });
        await test.RunAsync();
    }
}
