using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Quzhou.Governance.Analyzers.Tests.AnalyzerVerifier<Quzhou.Governance.Analyzers.IgnoredPureResultAnalyzer>;

namespace Quzhou.Governance.Analyzers.Tests;

public class IgnoredPureResultTest
{
    private static DiagnosticResult Dropped(int location, string call, string member, string type) =>
        Verify.Diagnostic().WithLocation(location).WithArguments(call, member, type);

    [Fact]
    public async Task Analyzer_PureResultDropped_Reported()
    {
        const string source = """
            using Quzhou.Governance.Periods;
            using Quzhou.Governance.Quantities;

            static class Plans
            {
                public static FiveYearPlan A(FiveYearPlan plan)
                {
                    {|#0:plan.Next()|};
                    return plan;
                }

                public static void B(RelativeChange change, CalendarPeriod span, FiveYearPlan? maybe)
                {
                    {|#1:change.ToPercent(2)|};
                    {|#2:Percentage.FromPercent(3m)|};
                    {|#3:span.SameSpanInPreviousPlan()|};
                    maybe?{|#4:.Previous()|};
                    {|#5:change.ToString()|};
                }
            }
            """;
        await Verify.VerifyAsync(
            source,
            Dropped(0, "plan.Next()", "FiveYearPlan.Next", "FiveYearPlan"),
            Dropped(1, "change.ToPercent(2)", "RelativeChange.ToPercent", "decimal"),
            Dropped(2, "Percentage.FromPercent(3m)", "Percentage.FromPercent", "Percentage"),
            Dropped(3, "span.SameSpanInPreviousPlan()", "CalendarPeriod.SameSpanInPreviousPlan", "CalendarPeriod"),
            Dropped(4, ".Previous()", "FiveYearPlan.Previous", "FiveYearPlan"),
            Dropped(5, "change.ToString()", "RelativeChange.ToString", "string"));
    }

    [Fact]
    public async Task Analyzer_NearMisses_NotReported()
    {
        const string source = """
            using System;
            using System.Collections.Generic;
            using Quzhou.Governance.Periods;
            using Quzhou.Governance.Quantities;

            readonly struct Own
            {
                public int Next() => 1;
                public void Touch() { }
            }

            static class Plans
            {
                private static void Use(FiveYearPlan plan) { }

                public static FiveYearPlan A(FiveYearPlan plan, RelativeChange change, List<Percentage> levels, Own own)
                {
                    // The result assigned, passed on, discarded on purpose, returned.
                    plan = plan.Next();
                    var percent = change.ToPercent(2);
                    Use(plan.Previous());
                    _ = plan.Next();
                    levels.Add(Percentage.FromPercent(percent));
                    // Void calls; a call that writes into a span; another type's methods; not the library's rule.
                    own.Touch();
                    own.Next();
                    plan.TryFormat(new char[8], out _, default, null);
                    DateTime.Now.AddDays(1);
                    Rounding.HalfAwayFromZero(percent, 1);
                    return plan.Next();
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Analyzer_WithoutLibrary_NotReported()
    {
        const string source = """
            readonly struct Plan
            {
                public Plan Next() => this;
            }

            static class Plans
            {
                public static void A(Plan plan) => plan.Next();
            }
            """;
        await Verify.VerifyAsync(source, TestReferences.WithoutLibrary);
    }
}
