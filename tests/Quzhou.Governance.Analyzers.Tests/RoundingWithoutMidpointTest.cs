using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Quzhou.Governance.Analyzers.Tests.CodeFixVerifier<
    Quzhou.Governance.Analyzers.RoundingWithoutMidpointAnalyzer,
    Quzhou.Governance.CodeFixes.RoundingWithoutMidpointCodeFix>;

namespace Quzhou.Governance.Analyzers.Tests;

public class RoundingWithoutMidpointTest
{
    private const string DecimalAdvice = "call Rounding.HalfAwayFromZero or pass MidpointRounding.AwayFromZero";
    private const string BinaryAdvice = "keep the figure decimal (1.005 is not 1.005 in binary) and round it with Rounding.HalfAwayFromZero";

    private static DiagnosticResult Decimal(int location, string call) =>
        Verify.Diagnostic().WithLocation(location).WithArguments(call, DecimalAdvice);

    private static DiagnosticResult Binary(int location, string call) =>
        Verify.Diagnostic().WithLocation(location).WithArguments(call, BinaryAdvice);

    [Fact]
    public async Task Analyzer_DecimalRoundingWithoutMode_Reported()
    {
        const string source = """
            using System;

            static class Report
            {
                public static decimal A(decimal x) => {|#0:Math.Round(x, 2)|};
                public static decimal B(decimal x) => {|#1:Math.Round(x)|};
                public static decimal C(decimal x) => {|#2:decimal.Round(x, 1)|};
                public static decimal D(decimal x) => {|#3:Decimal.Round(x)|};
            }
            """;
        await AnalyzerVerifier<RoundingWithoutMidpointAnalyzer>.VerifyAsync(
            source, Decimal(0, "Math.Round"), Decimal(1, "Math.Round"), Decimal(2, "decimal.Round"), Decimal(3, "decimal.Round"));
    }

    [Fact]
    public async Task Analyzer_BinaryRoundingWithoutMode_ReportedWithDecimalAdvice()
    {
        const string source = """
            using System;

            static class Report
            {
                public static double A(double x) => {|#0:Math.Round(x, 2)|};
                public static float B(float x) => {|#1:MathF.Round(x)|};
                public static double C(double x) => {|#2:double.Round(x, 1)|};
                public static float D(float x) => {|#3:float.Round(x)|};
            }
            """;
        await AnalyzerVerifier<RoundingWithoutMidpointAnalyzer>.VerifyAsync(
            source, Binary(0, "Math.Round"), Binary(1, "MathF.Round"), Binary(2, "double.Round"), Binary(3, "float.Round"));
    }

    [Fact]
    public async Task Analyzer_ExplicitModeOrOtherRounding_NotReported()
    {
        const string source = """
            using System;
            using Quzhou.Governance.Quantities;

            static class MyMath
            {
                public static decimal Round(decimal x) => x;
            }

            static class Report
            {
                // Banker's rounding named explicitly is a choice.
                public static decimal A(decimal x) => Math.Round(x, 2, MidpointRounding.ToEven);
                public static decimal B(decimal x) => Math.Round(x, MidpointRounding.AwayFromZero);
                public static double C(double x) => Math.Round(x, 2, MidpointRounding.AwayFromZero);
                public static float D(float x) => MathF.Round(x, 1, MidpointRounding.ToZero);
                public static decimal E(decimal x) => decimal.Round(x, 2, MidpointRounding.AwayFromZero);
                // Not a rounding to nearest, or not .NET's.
                public static decimal F(decimal x) => Math.Floor(x) + Math.Truncate(x) + Math.Ceiling(x);
                public static decimal G(decimal x) => MyMath.Round(x);
                public static decimal H(decimal x) => Rounding.HalfAwayFromZero(x, 2);
                public static decimal I(RelativeChange change) => change.ToPercent(2);
            }
            """;
        await AnalyzerVerifier<RoundingWithoutMidpointAnalyzer>.VerifyAsync(source);
    }

    [Fact]
    public async Task Analyzer_WithoutLibrary_StillReported()
    {
        const string source = """
            using System;

            static class Report
            {
                public static decimal A(decimal x) => {|#0:Math.Round(x, 2)|};
            }
            """;
        await AnalyzerVerifier<RoundingWithoutMidpointAnalyzer>.VerifyAsync(
            source, TestReferences.WithoutLibrary, Decimal(0, "Math.Round"));
    }

    [Fact]
    public async Task UseRounding_DecimalWithDecimals_CallsHalfAwayFromZero()
    {
        const string source = """
            using System;

            static class Report
            {
                public static decimal Share(decimal x) => {|#0:Math.Round(x, 2)|};
            }
            """;
        const string fixedSource = """
            using System;
            using Quzhou.Governance.Quantities;

            static class Report
            {
                public static decimal Share(decimal x) => Rounding.HalfAwayFromZero(x, 2);
            }
            """;
        await Verify.VerifyFixAsync(source, fixedSource, CodeFixes.RoundingWithoutMidpointCodeFix.UseRoundingKey, Decimal(0, "Math.Round"));
    }

    [Fact]
    public async Task UseRounding_NoDecimalsAndNamedArguments_KeepsTheOperands()
    {
        const string source = """
            using System;
            using Quzhou.Governance.Quantities;

            static class Report
            {
                public static decimal Whole(decimal x) => {|#0:decimal.Round(x)|} + 1m;
                public static decimal Named(decimal x, int n) => {|#1:Math.Round(decimals: n, d: x * 100m)|};
            }
            """;
        const string fixedSource = """
            using System;
            using Quzhou.Governance.Quantities;

            static class Report
            {
                public static decimal Whole(decimal x) => Rounding.HalfAwayFromZero(x, 0) + 1m;
                public static decimal Named(decimal x, int n) => Rounding.HalfAwayFromZero(x * 100m, n);
            }
            """;
        await Verify.VerifyFixAsync(
            source, fixedSource, CodeFixes.RoundingWithoutMidpointCodeFix.UseRoundingKey,
            Decimal(0, "decimal.Round"), Decimal(1, "Math.Round"));
    }

    [Fact]
    public async Task AddAwayFromZero_Decimal_PassesTheMode()
    {
        const string source = """
            using System;

            static class Report
            {
                public static decimal A(decimal x) => {|#0:Math.Round(x, 2)|};
                public static decimal B(decimal x) => {|#1:decimal.Round(x)|};
                public static decimal C(decimal x) => {|#2:Math.Round(decimals: 1, d: x)|};
            }
            """;
        const string fixedSource = """
            using System;

            static class Report
            {
                public static decimal A(decimal x) => Math.Round(x, 2, MidpointRounding.AwayFromZero);
                public static decimal B(decimal x) => decimal.Round(x, MidpointRounding.AwayFromZero);
                public static decimal C(decimal x) => Math.Round(decimals: 1, d: x, mode: MidpointRounding.AwayFromZero);
            }
            """;
        await Verify.VerifyFixAsync(
            source, fixedSource, CodeFixes.RoundingWithoutMidpointCodeFix.AddAwayFromZeroKey,
            Decimal(0, "Math.Round"), Decimal(1, "decimal.Round"), Decimal(2, "Math.Round"));
    }

    [Fact]
    public async Task AddAwayFromZero_NoUsingSystem_QualifiesOrImports()
    {
        const string source = """
            static class Report
            {
                public static decimal A(decimal x) => {|#0:System.Math.Round(x, 2)|};
            }
            """;
        const string fixedSource = """
            using System;

            static class Report
            {
                public static decimal A(decimal x) => System.Math.Round(x, 2, MidpointRounding.AwayFromZero);
            }
            """;
        await Verify.VerifyFixAsync(source, fixedSource, CodeFixes.RoundingWithoutMidpointCodeFix.AddAwayFromZeroKey, Decimal(0, "Math.Round"));
    }

    [Fact]
    public async Task FixAll_TwoDocuments_EveryRoundingRewritten()
    {
        var test = Verify.Create(string.Empty, string.Empty, CodeFixes.RoundingWithoutMidpointCodeFix.UseRoundingKey);
        test.TestState.Sources.Clear();
        test.FixedState.Sources.Clear();
        test.TestState.Sources.Add(("A.cs", """
            using System;
            using Quzhou.Governance.Quantities;

            static class A
            {
                public static decimal One(decimal x) => {|#0:Math.Round(x, 1)|} + {|#1:Math.Round(x, 2)|};
            }
            """));
        test.TestState.Sources.Add(("B.cs", """
            using System;
            using Quzhou.Governance.Quantities;

            static class B
            {
                public static decimal Two(decimal x) => {|#2:decimal.Round(x, 3)|};
            }
            """));
        test.FixedState.Sources.Add(("A.cs", """
            using System;
            using Quzhou.Governance.Quantities;

            static class A
            {
                public static decimal One(decimal x) => Rounding.HalfAwayFromZero(x, 1) + Rounding.HalfAwayFromZero(x, 2);
            }
            """));
        test.FixedState.Sources.Add(("B.cs", """
            using System;
            using Quzhou.Governance.Quantities;

            static class B
            {
                public static decimal Two(decimal x) => Rounding.HalfAwayFromZero(x, 3);
            }
            """));
        test.ExpectedDiagnostics.AddRange(new[] { Decimal(0, "Math.Round"), Decimal(1, "Math.Round"), Decimal(2, "decimal.Round") });
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_Double_NoneOffered()
    {
        const string source = """
            using System;

            static class Report
            {
                public static double A(double x) => {|#0:Math.Round(x, 2)|};
            }
            """;
        await Verify.VerifyNoFixAsync(source, Binary(0, "Math.Round"));
    }

    [Fact]
    public async Task Fix_WithoutLibrary_OnlyTheModeOffered()
    {
        const string source = """
            using System;

            static class Report
            {
                public static decimal A(decimal x) => {|#0:Math.Round(x, 2)|};
            }
            """;
        const string fixedSource = """
            using System;

            static class Report
            {
                public static decimal A(decimal x) => Math.Round(x, 2, MidpointRounding.AwayFromZero);
            }
            """;
        var test = Verify.Create(source, fixedSource, null, Decimal(0, "Math.Round"));
        test.TestState.AdditionalReferences.Clear();
        test.TestState.AdditionalReferences.AddRange(TestReferences.WithoutLibrary);
        // The only action offered is the one that needs no library: index 0 of one.
        test.CodeActionIndex = 0;
        test.CodeActionEquivalenceKey = CodeFixes.RoundingWithoutMidpointCodeFix.AddAwayFromZeroKey;
        await test.RunAsync();
    }

    [Fact]
    public async Task Analyzer_RoundReachedThroughUsingStaticAliasOrFullName_Reported()
    {
        // The rule knows Math and MathF by name: a using static, an alias and the full name are the same types.
        const string source = """
            using static System.Math;
            using M = System.MathF;

            static class Report
            {
                public static decimal A(decimal x) => {|#0:Round(x, 2)|};
                public static float B(float x) => {|#1:M.Round(x)|};
                public static decimal C(decimal x) => {|#2:System.Math.Round(x)|};
                public static decimal D(decimal x) => {|#3:global::System.Decimal.Round(x, 1)|};
            }
            """;
        await AnalyzerVerifier<RoundingWithoutMidpointAnalyzer>.VerifyAsync(
            source, Decimal(0, "Math.Round"), Binary(1, "MathF.Round"), Decimal(2, "Math.Round"), Decimal(3, "decimal.Round"));
    }

    [Fact]
    public async Task Analyzer_MathOfAnotherNamespaceOrNestedOrNameof_NotReported()
    {
        // A type named Math outside System (or nested in a type) is not .NET's; nameof(Math.Round) calls nothing.
        const string source = """
            namespace Tools
            {
                static class Math
                {
                    public static decimal Round(decimal x) => x;
                }
            }

            namespace System.Extra
            {
                static class Math
                {
                    public static decimal Round(decimal x) => x;
                }
            }

            static class Outer
            {
                public static class Math
                {
                    public static decimal Round(decimal x) => x;
                }
            }

            static class Report
            {
                public static decimal A(decimal x) => Tools.Math.Round(x);
                public static decimal B(decimal x) => System.Extra.Math.Round(x);
                public static decimal C(decimal x) => Outer.Math.Round(x);
                public static string D() => nameof(System.Math.Round);
            }
            """;
        await AnalyzerVerifier<RoundingWithoutMidpointAnalyzer>.VerifyAsync(source);
    }
}
