using System;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Calculations;

/// <summary>
/// Edges of the calculations that no other test reached: the order of the argument checks (a null series is named
/// before any other argument is judged), a regular panel whose sums might overflow, a bulk percentage whose scaled
/// quotient passes 2^63 (the decimal built through its constructor), and the cumulative method's root to the
/// decimal's precision, beyond its double estimate.
/// </summary>
public class CalculationEdgesTest
{
    [Fact]
    public void SeriesOverloads_NullSeriesAndABadSecondArgument_NameSeriesFirst()
    {
        // Each second argument is bad too (no period a year or a period before 0001-01, zero years): the null series
        // must be what is reported, not the other argument.
        const IndicatorSeries? none = null;
        ArgumentChecks.Throws<ArgumentNullException>(() => Changes.YearOnYear(none!, SeriesPeriod.Month(1, 1)), "series");
        ArgumentChecks.Throws<ArgumentNullException>(() => Changes.PeriodOnPeriod(none!, SeriesPeriod.Month(1, 1)), "series");
        ArgumentChecks.Throws<ArgumentNullException>(() => Changes.AgainstSameSpan(none!, SeriesPeriod.Month(2025, 1), SeriesPeriod.Month(2025, 2), 0), "series");
        ArgumentChecks.Throws<ArgumentNullException>(() => Changes.RecentYearsAgainstPrecedingYears(none!, 2025, 0), "series");
    }

    [Fact]
    public void AgainstSameSpan_RegularPanelWhoseSumsMightOverflow_SumsExactly()
    {
        // No gap and no break (the panel keeps no flags), but one value of 10^18 over 12-month spans: 12 × 10^18 could
        // overflow, so the checked pass runs on a regular row. 2024 against 2023, in 分.
        var values = new long[48];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = i + 1;
        }

        values[5] = 1_000_000_000_000_000_000;
        values[24 + 17] = -1_000_000_000_000_000_000;
        var panel = SeriesPanel.FromValues(InterviewIndicators.TelecomFraudLosses, SeriesPeriod.Month(2023, 1), 24, values);
        var currents = new long[2];
        var bases = new long[2];
        var reasons = new UndefinedReason[2];
        Changes.AgainstSameSpan(panel, SeriesPeriod.Month(2024, 1), SeriesPeriod.Month(2024, 12), 1, currents, bases, reasons);
        Assert.Equal(new[] { 13L + 14 + 15 + 16 + 17 + 18 + 19 + 20 + 21 + 22 + 23 + 24, 37L + 38 + 39 + 40 + 41 + 43 + 44 + 45 + 46 + 47 + 48 - 1_000_000_000_000_000_000 }, currents);
        Assert.Equal(new[] { 1L + 2 + 3 + 4 + 5 + 1_000_000_000_000_000_000 + 7 + 8 + 9 + 10 + 11 + 12, 25L + 26 + 27 + 28 + 29 + 30 + 31 + 32 + 33 + 34 + 35 + 36 }, bases);
        Assert.Equal(new[] { UndefinedReason.None, UndefinedReason.None }, reasons);
        Assert.Equal(Changes.AgainstSameSpan(panel.GetSeries(1), SeriesPeriod.Month(2024, 1), SeriesPeriod.Month(2024, 12), 1), Changes.AgainstSameSpan(panel, SeriesPeriod.Month(2024, 1), SeriesPeriod.Month(2024, 12), 1)[1]);
    }

    [Theory]
    [InlineData(16, -1L, 9L, "-1000.0000000000000000")] // (9 + 1) / −1: the quotient 10^19 ≥ 2^63 on the 64-bit path
    [InlineData(16, 1L, -9L, "-1000.0000000000000000")]
    [InlineData(15, 1L, -92L, "-9300.000000000000000")] // 9.3·10^18 at 15 places
    [InlineData(16, -1L, -9L, "800.0000000000000000")] // 8·10^18, below 2^63
    public void PeriodOnPeriodPercents_QuotientPast63Bits_AreExactOnEveryPath(int decimals, long before, long after, string expected)
    {
        var panel = SeriesPanel.FromValues(InterviewIndicators.TelecomFraudLosses, SeriesPeriod.Month(2025, 1), 2, new[] { before, after, before, after });
        foreach (var path in new[] { KernelPath.Widest, KernelPath.Scalar })
        {
            var (percents, table) = KernelPathsProperties.Under(path, () =>
            {
                var into = new decimal[4];
                var fromTable = new decimal[4];
                Changes.PeriodOnPeriod(panel, decimals, into, new UndefinedReason[4]);
                Changes.PeriodOnPeriod(panel).ToPercents(decimals, fromTable);
                return (into, fromTable);
            });
            foreach (var k in new[] { 1, 3 })
            {
                Assert.Equal(expected, percents[k].ToString(System.Globalization.CultureInfo.InvariantCulture));
                Assert.Equal(expected, table[k].ToString(System.Globalization.CultureInfo.InvariantCulture));
                Assert.Equal(Changes.PeriodOnPeriod(panel.GetSeries(0), SeriesPeriod.Month(2025, 2)).ToPercent(decimals), percents[k]);
            }
        }
    }

    [Theory]
    [InlineData(3L, new long[] { 1, 1, 1 }, "-0.45631098730792363842914402819825")] // x + x² + x³ = 1
    [InlineData(7L, new long[] { 3, 5, 11, 2 }, "-0.11182033241468998174917258943511")] // 7·(x + … + x⁴) = 21
    [InlineData(1000L, new long[] { 200_000, 230_000, 250_000, 270_000, 284_567 }, "2.91545454787658478924223337322884")]
    public void CumulativeMethod_IrrationalRoot_IsExactToTheDecimalsPrecision(long baseValue, long[] years, string root)
    {
        // The double estimate is good to about 16 digits; Newton's iteration in decimal must take it to about 26.
        var rate = Growth.CumulativeMethod(baseValue, years).Rate;
        var expected = decimal.Parse(root.AsSpan(0, 30), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(Math.Abs(rate - expected) < 1e-25m, $"{rate} against {root}");
    }
}
