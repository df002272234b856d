using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Quzhou.Governance.Analyzers.Tests.AnalyzerVerifier<Quzhou.Governance.Analyzers.AveragingRatesAnalyzer>;

namespace Quzhou.Governance.Analyzers.Tests;

public class AveragingRatesTest
{
    private static DiagnosticResult Mean(int location, string code, string rate) =>
        Verify.Diagnostic().WithLocation(location).WithArguments(code, rate);

    [Fact]
    public async Task Analyzer_MeanOfLibraryRates_Reported()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Linq;
            using Quzhou.Governance.Quantities;

            static class Mean
            {
                public static decimal A(IEnumerable<Percentage> rates) => {|#0:rates.Average(r => r.Value)|};
                public static decimal B(List<Ratio> rates) => {|#1:rates.Select(r => r.Value).Average()|};
                public static decimal C(Percentage r1, Percentage r2) => {|#2:(r1.Value + r2.Value) / 2|};
                public static decimal D(Ratio a, Ratio b, Ratio c) => {|#3:(a.Value + b.Value + c.Value) / 3m|};
            }
            """;
        await Verify.VerifyAsync(
            source,
            Mean(0, "rates.Average(r => r.Value)", "Percentage"),
            Mean(1, "rates.Select(r => r.Value).Average()", "Ratio"),
            Mean(2, "(r1.Value + r2.Value) / 2", "Percentage"),
            Mean(3, "(a.Value + b.Value + c.Value) / 3m", "Ratio"));
    }

    [Fact]
    public async Task Analyzer_NearMisses_NotReported()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Linq;
            using Quzhou.Governance.Quantities;

            sealed class Row
            {
                public decimal Value { get; set; }
            }

            static class Mean
            {
                // Plain decimals and other types: no guessing.
                public static decimal A(IEnumerable<decimal> rates) => rates.Average();
                public static decimal B(IEnumerable<Row> rows) => rows.Average(r => r.Value);
                public static decimal C(decimal r1, decimal r2) => (r1 + r2) / 2;
                // Not a mean: a different count, a difference, one term, a sum.
                public static decimal D(Percentage r1, Percentage r2) => (r1.Value + r2.Value) / 3;
                public static decimal E(Percentage r1, Percentage r2) => (r1.Value - r2.Value) / 2;
                public static decimal F(Percentage r1) => r1.Value / 2;
                public static decimal G(IEnumerable<Percentage> rates) => rates.Sum(r => r.Value);
                // Counts averaged are not rates; the rate of the parts is the library's.
                public static double H(IEnumerable<Count> counts) => counts.Average(c => c.Value);
                public static Ratio I(long cleared, long cases) => Ratio.Of(cleared, cases);
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Analyzer_WithoutLibrary_NotReported()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Linq;

            readonly struct Percentage
            {
                public decimal Value { get; }
            }

            static class Mean
            {
                public static decimal A(IEnumerable<Percentage> rates) => rates.Average(r => r.Value);
            }
            """;
        await Verify.VerifyAsync(source, TestReferences.WithoutLibrary);
    }

    [Fact]
    public async Task Analyzer_AverageCalledAsStaticOrThroughAlias_Reported()
    {
        // Enumerable is known by name: the static call and an alias are the same method.
        const string source = """
            using System.Collections.Generic;
            using E = System.Linq.Enumerable;
            using Quzhou.Governance.Quantities;

            static class Mean
            {
                public static decimal A(IEnumerable<Percentage> rates) => {|#0:System.Linq.Enumerable.Average(rates, r => r.Value)|};
                public static decimal B(IEnumerable<Ratio> rates) => {|#1:E.Average(E.Select(rates, r => r.Value))|};
            }
            """;
        await Verify.VerifyAsync(
            source,
            Mean(0, "System.Linq.Enumerable.Average(rates, r => r.Value)", "Percentage"),
            Mean(1, "E.Average(E.Select(rates, r => r.Value))", "Ratio"));
    }

    [Fact]
    public async Task Analyzer_AverageOfAnotherEnumerableOrNotASum_NotReported()
    {
        // An Enumerable outside System.Linq is not LINQ; a divided rate that is no sum is not a mean.
        const string source = """
            using System;
            using System.Collections.Generic;
            using Quzhou.Governance.Quantities;

            namespace Tools
            {
                static class Enumerable
                {
                    public static decimal Average<T>(this IEnumerable<T> source, Func<T, decimal> selector) => 0m;
                }
            }

            static class Mean
            {
                public static decimal A(IEnumerable<Percentage> rates) => Tools.Enumerable.Average(rates, r => r.Value);
                public static decimal B(Percentage r1) => r1.Value / 2;
                public static decimal C(Percentage r1, Percentage r2) => (r1.Value - r2.Value) / 2;
                public static decimal D(Percentage r1, Percentage r2) => (r1.Value * r2.Value) / 2;
            }
            """;
        await Verify.VerifyAsync(source);
    }
}
