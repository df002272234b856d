using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Quzhou.Governance.Analyzers.Tests.CodeFixVerifier<
    Quzhou.Governance.Analyzers.MagicPlanYearsAnalyzer,
    Quzhou.Governance.CodeFixes.MagicPlanYearsCodeFix>;

namespace Quzhou.Governance.Analyzers.Tests;

public class MagicPlanYearsTest
{
    private static DiagnosticResult Plan(int location, string code, string span, string advice) =>
        Verify.Diagnostic().WithLocation(location).WithArguments(code, span, advice).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    [Fact]
    public async Task Analyzer_RangeChecksOnPlanBoundaries_Reported()
    {
        const string source = """
            static class Plans
            {
                public static bool A(int year) => {|#0:year >= 2021 && year <= 2025|};
                public static bool B(int year) => {|#1:year <= 2020 && year >= 2016|};
                public static bool C(int year) => {|#2:1953 <= year && 1957 >= year|};
                public static bool D(int year) => {|#3:year >= 1958 && year <= 1962|};
                public static bool E(int year) => {|#4:year >= 2026 && year <= 2030|};
            }
            """;
        await AnalyzerVerifier<MagicPlanYearsAnalyzer>.VerifyAsync(
            source,
            Plan(0, "year >= 2021 && year <= 2025", "2021–2025", "FiveYearPlan.FromOrdinal(14).Contains(year)"),
            Plan(1, "year <= 2020 && year >= 2016", "2016–2020", "FiveYearPlan.FromOrdinal(13).Contains(year)"),
            Plan(2, "1953 <= year && 1957 >= year", "1953–1957", "FiveYearPlan.FromOrdinal(1).Contains(year)"),
            Plan(3, "year >= 1958 && year <= 1962", "1958–1962", "FiveYearPlan.FromOrdinal(2).Contains(year)"),
            Plan(4, "year >= 2026 && year <= 2030", "2026–2030", "FiveYearPlan.FromOrdinal(15).Contains(year)"));
    }

    [Fact]
    public async Task Analyzer_RelationalPatternsOnPlanBoundaries_Reported()
    {
        const string source = """
            static class Plans
            {
                public static bool A(int year) => {|#0:year is >= 2021 and <= 2025|};
                public static bool B(int year) => {|#1:year is <= 2020 and >= 2016|};
                public static bool C(int? year) => {|#2:year is >= 1953 and <= 1957|};
            }
            """;
        await AnalyzerVerifier<MagicPlanYearsAnalyzer>.VerifyAsync(
            source,
            Plan(0, "year is >= 2021 and <= 2025", "2021–2025", "FiveYearPlan.FromOrdinal(14).Contains(year)"),
            Plan(1, "year is <= 2020 and >= 2016", "2016–2020", "FiveYearPlan.FromOrdinal(13).Contains(year)"),
            Plan(2, "year is >= 1953 and <= 1957", "1953–1957", "FiveYearPlan.FromOrdinal(1).Contains(year)"));
    }

    [Fact]
    public async Task Analyzer_RelationalPatternNearMisses_NotReported()
    {
        const string source = """
            static class Plans
            {
                // Not a plan's span, strict bounds, an or, a nested and, a long.
                public static bool A(int year) => year is >= 2021 and <= 2024;
                public static bool B(int year) => year is > 2021 and <= 2025;
                public static bool C(int year) => year is >= 2021 or <= 2025;
                public static bool D(int year) => year is (>= 2021 and <= 2025) or 2030;
                public static bool E(long year) => year is >= 2021 and <= 2025;
                public static bool F(int year) => year is >= 2021 and < 2026;
            }
            """;
        await AnalyzerVerifier<MagicPlanYearsAnalyzer>.VerifyAsync(source);
    }

    [Fact]
    public async Task Fix_RelationalPattern_CallsContains()
    {
        const string source = """
            static class Plans
            {
                public static bool A(int year) => {|#0:year is >= 2021 and <= 2025|};
            }
            """;
        const string fixedSource = """
            using Quzhou.Governance.Periods;

            static class Plans
            {
                public static bool A(int year) => FiveYearPlan.FromOrdinal(14).Contains(year);
            }
            """;
        await Verify.VerifyFixAsync(source, fixedSource, CodeFixes.MagicPlanYearsCodeFix.UseContainsKey,
            Plan(0, "year is >= 2021 and <= 2025", "2021–2025", "FiveYearPlan.FromOrdinal(14).Contains(year)"));
    }

    [Fact]
    public async Task Analyzer_DatesOnPlanBoundaries_Reported()
    {
        const string source = """
            using System;
            using NodaTime;

            static class Plans
            {
                public static DateInterval A() => new DateInterval({|#0:new LocalDate(2021, 1, 1)|}, new LocalDate(2025, 12, 31));

                public static bool B(DateTime day)
                {
                    var start = {|#1:new DateTime(2016, 1, 1)|};
                    var end = new DateTime(2020, 12, 31);
                    return day >= start && day <= end;
                }
            }
            """;
        await AnalyzerVerifier<MagicPlanYearsAnalyzer>.VerifyAsync(
            source,
            Plan(0, "new LocalDate(2021, 1, 1) … 2025-12-31", "2021–2025", "FiveYearPlan.FromOrdinal(14).ToDateInterval()"),
            Plan(1, "new DateTime(2016, 1, 1) … 2020-12-31", "2016–2020", "FiveYearPlan.FromOrdinal(13).ToDateInterval()"));
    }

    [Fact]
    public async Task Analyzer_NearMisses_NotReported()
    {
        const string source = """
            using System;
            using NodaTime;
            using Quzhou.Governance.Periods;

            static class Plans
            {
                // Not a plan's span: one year short or long, off by one, strict bounds, two variables.
                public static bool A(int year) => year >= 2021 && year <= 2024;
                public static bool B(int year) => year >= 2020 && year <= 2025;
                public static bool C(int year) => year > 2021 && year <= 2025;
                public static bool D(int year) => year >= 2022 && year <= 2026;
                public static bool E(int year, int other) => year >= 2021 && other <= 2025;
                public static bool F(int year) => year >= 2021 || year <= 2025;
                public static bool G(long year) => year >= 2021 && year <= 2025;
                // Dates that are not a plan's first and last days, or not in one member.
                public static DateInterval H() => new DateInterval(new LocalDate(2021, 1, 1), new LocalDate(2024, 12, 31));
                public static DateInterval I() => new DateInterval(new LocalDate(2021, 1, 2), new LocalDate(2025, 12, 31));
                public static LocalDate J() => new LocalDate(2021, 1, 1);
                public static LocalDate K() => new LocalDate(2025, 12, 31);
                public static DateTime L() => new DateTime(2022, 1, 1).AddYears(4);
                // The library's own way.
                public static bool M(int year) => FiveYearPlan.FromOrdinal(14).Contains(year);
            }
            """;
        await AnalyzerVerifier<MagicPlanYearsAnalyzer>.VerifyAsync(source);
    }

    [Fact]
    public async Task Analyzer_WithoutLibrary_NotReported()
    {
        const string source = """
            static class Plans
            {
                public static bool A(int year) => year >= 2021 && year <= 2025;
            }
            """;
        await AnalyzerVerifier<MagicPlanYearsAnalyzer>.VerifyAsync(source, TestReferences.WithoutLibrary);
    }

    [Fact]
    public async Task Fix_RangeCheck_CallsContains()
    {
        const string source = """
            using System.Linq;

            sealed class Row
            {
                public int Year { get; set; }
            }

            static class Plans
            {
                public static int[] A(int[] years) => years.Where(year => {|#0:year >= 2021 && year <= 2025|}).ToArray();
                public static bool B(Row row) => {|#1:row.Year >= 2016 && row.Year <= 2020|} && row.Year != 2018;
            }
            """;
        const string fixedSource = """
            using System.Linq;
            using Quzhou.Governance.Periods;

            sealed class Row
            {
                public int Year { get; set; }
            }

            static class Plans
            {
                public static int[] A(int[] years) => years.Where(year => FiveYearPlan.FromOrdinal(14).Contains(year)).ToArray();
                public static bool B(Row row) => FiveYearPlan.FromOrdinal(13).Contains(row.Year) && row.Year != 2018;
            }
            """;
        await Verify.VerifyFixAsync(source, fixedSource, CodeFixes.MagicPlanYearsCodeFix.UseContainsKey,
            Plan(0, "year >= 2021 && year <= 2025", "2021–2025", "FiveYearPlan.FromOrdinal(14).Contains(year)"),
            Plan(1, "row.Year >= 2016 && row.Year <= 2020", "2016–2020", "FiveYearPlan.FromOrdinal(13).Contains(row.Year)"));
    }

    [Fact]
    public async Task Fix_DatesOrCalls_NoneOffered()
    {
        const string source = """
            using NodaTime;

            static class Plans
            {
                private static int Next() => 2023;

                public static bool A() => {|#0:Next() >= 2021 && Next() <= 2025|};
                public static DateInterval B() => new DateInterval({|#1:new LocalDate(2021, 1, 1)|}, new LocalDate(2025, 12, 31));
            }
            """;
        await Verify.VerifyNoFixAsync(source,
            Plan(0, "Next() >= 2021 && Next() <= 2025", "2021–2025", "FiveYearPlan.FromOrdinal(14).Contains(Next())"),
            Plan(1, "new LocalDate(2021, 1, 1) … 2025-12-31", "2021–2025", "FiveYearPlan.FromOrdinal(14).ToDateInterval()"));
    }

    [Fact]
    public async Task FixAll_TwoDocuments_EveryRangeCheckRewritten()
    {
        var test = Verify.Create(string.Empty, string.Empty, CodeFixes.MagicPlanYearsCodeFix.UseContainsKey);
        test.TestState.Sources.Clear();
        test.FixedState.Sources.Clear();
        test.TestState.Sources.Add(("A.cs", """
            static class A
            {
                public static bool One(int y) => {|#0:y >= 2021 && y <= 2025|} || {|#1:y >= 2011 && y <= 2015|};
            }
            """));
        test.TestState.Sources.Add(("B.cs", """
            static class B
            {
                public static bool Two(int y) => !({|#2:y >= 2016 && y <= 2020|});
            }
            """));
        test.FixedState.Sources.Add(("A.cs", """
            using Quzhou.Governance.Periods;

            static class A
            {
                public static bool One(int y) => FiveYearPlan.FromOrdinal(14).Contains(y) || FiveYearPlan.FromOrdinal(12).Contains(y);
            }
            """));
        test.FixedState.Sources.Add(("B.cs", """
            using Quzhou.Governance.Periods;

            static class B
            {
                public static bool Two(int y) => !(FiveYearPlan.FromOrdinal(13).Contains(y));
            }
            """));
        test.ExpectedDiagnostics.AddRange(new[]
        {
            Plan(0, "y >= 2021 && y <= 2025", "2021–2025", "FiveYearPlan.FromOrdinal(14).Contains(y)"),
            Plan(1, "y >= 2011 && y <= 2015", "2011–2015", "FiveYearPlan.FromOrdinal(12).Contains(y)"),
            Plan(2, "y >= 2016 && y <= 2020", "2016–2020", "FiveYearPlan.FromOrdinal(13).Contains(y)"),
        });
        await test.RunAsync();
    }
}
