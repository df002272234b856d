using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Quzhou.Governance.Analyzers.Tests.AnalyzerVerifier<Quzhou.Governance.Analyzers.IndicatorDefinitionAnalyzer>;

namespace Quzhou.Governance.Analyzers.Tests;

public class IndicatorDefinitionTest
{
    private static DiagnosticResult Definition(int location, string problem) =>
        Verify.Diagnostic().WithLocation(location).WithArguments(problem).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    [Fact]
    public async Task Analyzer_DuplicateCodeInTwoFiles_ReportedAtTheSecond()
    {
        var test = new Microsoft.CodeAnalysis.CSharp.Testing.CSharpAnalyzerTest<IndicatorDefinitionAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = TestReferences.None,
        };
        test.TestState.AdditionalReferences.AddRange(TestReferences.All);
        test.TestState.Sources.Add(("A.cs", """
            using Quzhou.Governance.Indicators;

            static class A
            {
                public static readonly CountIndicator Cases = new("fraud.cases", "发案数", "Cases", "起", Polarity.LowerIsBetter, MeasureKind.Flow);
            }
            """));
        test.TestState.Sources.Add(("B.cs", """
            using Quzhou.Governance.Indicators;

            static class B
            {
                public static readonly CountIndicator Cases = new({|#0:"fraud.cases"|}, "电诈发案数", "Fraud cases", "起", Polarity.LowerIsBetter, MeasureKind.Flow);
            }
            """));
        test.ExpectedDiagnostics.Add(Definition(0, "the code \"fraud.cases\" is already used by another indicator in this compilation"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Analyzer_RefusedCodeOrEmptyName_Reported()
    {
        const string source = """
            using Quzhou.Governance.Indicators;

            static class Definitions
            {
                public static readonly CountIndicator A = new({|#0:""|}, "发案数", "Cases", "起", Polarity.LowerIsBetter, MeasureKind.Flow);
                public static readonly CountIndicator B = new({|#1:" fraud.cases"|}, "发案数", "Cases", "起", Polarity.LowerIsBetter, MeasureKind.Flow);
                public static readonly RateIndicator C = new("clearance.rate", {|#2:""|}, "Clearance rate", Polarity.HigherIsBetter, RateBasis.Counts, false);
                public static readonly AmountIndicator D = new("loss.amount", "损失金额", {|#3:" "|}, Polarity.LowerIsBetter, MeasureKind.Flow);
            }
            """;
        await Verify.VerifyAsync(
            source,
            Definition(0, "the code \"\" is refused by the constructor (a code must be non-empty with no surrounding white space)"),
            Definition(1, "the code \" fraud.cases\" is refused by the constructor (a code must be non-empty with no surrounding white space)"),
            Definition(2, "the Chinese name is empty"),
            Definition(3, "the English name is empty"));
    }

    [Fact]
    public async Task Analyzer_NearMisses_NotReported()
    {
        const string source = """
            using Quzhou.Governance.Indicators;

            sealed class Other
            {
                public Other(string code, string chineseName) { }
            }

            static class Definitions
            {
                public static readonly CountIndicator A = new("fraud.cases", "发案数", "Cases", "起", Polarity.LowerIsBetter, MeasureKind.Flow);
                public static readonly CountIndicator B = new("fraud.cleared", "破案数", "Cleared", "起", Polarity.HigherIsBetter, MeasureKind.Flow);
                // Codes not known at compile time, and codes of other types.
                public static CountIndicator C(string code) => new(code, "发案数", "Cases", "起", Polarity.LowerIsBetter, MeasureKind.Flow);
                public static readonly Other D = new("fraud.cases", "");
                public static readonly Other E = new("fraud.cases", "");
            }
            """;
        await Verify.VerifyAsync(source);
    }
}
