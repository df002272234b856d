using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Quzhou.Governance.Analyzers.Tests.AnalyzerVerifier<Quzhou.Governance.Analyzers.YearOnYearByOffsetAnalyzer>;

namespace Quzhou.Governance.Analyzers.Tests;

public class YearOnYearByOffsetTest
{
    private static DiagnosticResult Offset(int location, string code, string rows) =>
        Verify.Diagnostic().WithLocation(location).WithArguments(code, rows);

    [Fact]
    public async Task Analyzer_SeriesRowsByOffsetInLoop_Reported()
    {
        const string source = """
            using Quzhou.Governance.Series;

            static class Growth
            {
                public static decimal[] Monthly(IndicatorSeries series)
                {
                    var values = series.Values.ToArray();
                    var result = new decimal[values.Length];
                    for (var i = 12; i < values.Length; i++)
                    {
                        result[i] = (decimal)values[i] / {|#0:values[i - 12]|};
                    }

                    return result;
                }

                public static long Quarterly(IndicatorSeries series)
                {
                    long sum = 0;
                    for (var q = 4; q < series.Values.Length; q++)
                    {
                        sum += series.Values[q] - {|#1:series.Values[q - 4]|};
                    }

                    return sum;
                }

                public static long Yearly(SeriesPanel panel)
                {
                    var values = panel.GetSeries(0).Values;
                    long rises = 0;
                    for (var y = 1; y < values.Length; y++)
                    {
                        rises += values[y] > {|#2:values[y - 1]|} ? 1 : 0;
                    }

                    return rises;
                }
            }
            """;
        await Verify.VerifyAsync(
            source,
            Offset(0, "values[i - 12]", "12 rows (months)"),
            Offset(1, "series.Values[q - 4]", "4 rows (quarters)"),
            Offset(2, "values[y - 1]", "1 row (a year)"));
    }

    [Fact]
    public async Task Analyzer_NearMisses_NotReported()
    {
        const string source = """
            using Quzhou.Governance.Calculations;
            using Quzhou.Governance.Series;

            static class Growth
            {
                // Not a series' values: no guessing.
                public static long A(long[] values)
                {
                    long sum = 0;
                    for (var i = 12; i < values.Length; i++)
                    {
                        sum += values[i] - values[i - 12];
                    }

                    return sum;
                }

                // Another offset, a constant row, no loop.
                public static long B(IndicatorSeries series)
                {
                    var values = series.Values.ToArray();
                    long sum = 0;
                    for (var i = 2; i < values.Length; i++)
                    {
                        sum += values[i - 2] + values[0];
                    }

                    return sum;
                }

                public static long C(IndicatorSeries series, int i) => series.Values[i] - series.Values[i - 12];

                // The library's own way.
                public static PeriodChangeTable D(IndicatorSeries series) => Changes.YearOnYear(series);
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Analyzer_WithoutLibrary_NotReported()
    {
        const string source = """
            static class Growth
            {
                public static long A(long[] values)
                {
                    long sum = 0;
                    for (var i = 12; i < values.Length; i++)
                    {
                        sum += values[i] - values[i - 12];
                    }

                    return sum;
                }
            }
            """;
        await Verify.VerifyAsync(source, TestReferences.WithoutLibrary);
    }
}
