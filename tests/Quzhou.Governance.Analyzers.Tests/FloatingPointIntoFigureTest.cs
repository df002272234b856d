using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Quzhou.Governance.Analyzers.Tests.AnalyzerVerifier<Quzhou.Governance.Analyzers.FloatingPointIntoFigureAnalyzer>;

namespace Quzhou.Governance.Analyzers.Tests;

public class FloatingPointIntoFigureTest
{
    private static DiagnosticResult Diagnostic(int location, string type, string parameter, string member) =>
        Verify.Diagnostic().WithLocation(location).WithArguments(type, parameter, member);

    [Fact]
    public async Task Analyzer_CastOrConversionIntoLibraryArgument_Reported()
    {
        const string source = """
            using System;
            using Quzhou.Governance.Figures;
            using Quzhou.Governance.Quantities;

            static class Report
            {
                public static Percentage A(double share) => new Percentage({|#0:(decimal)share|});
                public static Percentage B(double share) => Percentage.FromPercent({|#1:Convert.ToDecimal(share)|});
                public static PublishedFigure C(double x) => PublishedFigure.FromValue({|#2:(decimal)(x * 100)|}, 2, FigureUnit.Percent);
                public static Percentage D(float share) => Percentage.FromFraction({|#3:new decimal(share)|});
                public static Percentage E(double share) => new({|#4:decimal.CreateChecked(share)|});
                public static decimal F(double x) => Rounding.HalfAwayFromZero({|#5:(decimal)Math.Round(x, 2, MidpointRounding.AwayFromZero)|}, 2);
                public static Amount G(double? yuan) => Amount.FromYuan({|#6:(decimal)yuan|});
            }
            """;
        await Verify.VerifyAsync(
            source,
            Diagnostic(0, "double", "value", "new Percentage"),
            Diagnostic(1, "double", "value", "Percentage.FromPercent"),
            Diagnostic(2, "double", "exactValue", "PublishedFigure.FromValue"),
            Diagnostic(3, "float", "fraction", "Percentage.FromFraction"),
            Diagnostic(4, "double", "value", "new Percentage"),
            Diagnostic(5, "double", "value", "Rounding.HalfAwayFromZero"),
            Diagnostic(6, "double?", "yuan", "Amount.FromYuan"));
    }

    [Fact]
    public async Task Analyzer_NearMisses_NotReported()
    {
        const string source = """
            using System;
            using System.Globalization;
            using Quzhou.Governance.Quantities;

            static class Helper
            {
                public static decimal Keep(decimal value) => value;
            }

            static class Report
            {
                // No data flow is followed: the double was converted earlier, into a local.
                public static Percentage A(double share)
                {
                    var value = (decimal)share;
                    return new Percentage(value);
                }

                // Integers and text convert exactly.
                public static Percentage B(long numerator) => new Percentage((decimal)numerator);
                public static Percentage C(string text) => Percentage.FromPercent(Convert.ToDecimal(text, CultureInfo.InvariantCulture));
                public static Percentage D(int whole) => Percentage.FromPercent(Convert.ToDecimal(whole));
                public static Percentage E() => new Percentage(72.96m);

                // The team's own member, not the library's.
                public static decimal F(double share) => Helper.Keep((decimal)share);

                // A double that stays a double is QG0001's business when it is rounded, not this rule's.
                public static double G(double share) => share * 100;
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Analyzer_WithoutLibrary_NothingReported()
    {
        const string source = """
            static class Percentage
            {
                public static decimal FromPercent(decimal value) => value;
            }

            static class Report
            {
                public static decimal A(double share) => Percentage.FromPercent((decimal)share);
            }
            """;
        await Verify.VerifyAsync(source, TestReferences.WithoutLibrary);
    }

    [Fact]
    public async Task Analyzer_ConvertThroughUsingStaticOrAlias_Reported()
    {
        // System.Convert is known by name: a using static and an alias are the same method.
        const string source = """
            using static System.Convert;
            using C = System.Convert;
            using Quzhou.Governance.Quantities;

            static class Report
            {
                public static Percentage A(double share) => Percentage.FromPercent({|#0:ToDecimal(share)|});
                public static Percentage B(float share) => new Percentage({|#1:C.ToDecimal(share)|});
            }
            """;
        await Verify.VerifyAsync(
            source,
            Diagnostic(0, "double", "value", "Percentage.FromPercent"),
            Diagnostic(1, "float", "value", "new Percentage"));
    }

    [Fact]
    public async Task Analyzer_ConvertOfAnotherNamespace_NotReported()
    {
        // A Convert outside System is not .NET's: what its ToDecimal does is not known.
        const string source = """
            using Quzhou.Governance.Quantities;

            namespace Tools
            {
                static class Convert
                {
                    public static decimal ToDecimal(double value) => 0m;
                }
            }

            static class Report
            {
                public static Percentage A(double share) => Percentage.FromPercent(Tools.Convert.ToDecimal(share));
            }
            """;
        await Verify.VerifyAsync(source);
    }
}
