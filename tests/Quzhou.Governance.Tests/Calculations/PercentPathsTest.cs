using System;
using System.Numerics;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Calculations;

/// <summary>
/// The bulk percentages at the edges of their integer paths (32-bit, 64-bit, 128-bit, doubles): values exactly at and
/// just past each path's bound, the most negative long, magnitudes no double holds, and the points before the first
/// base, which a caller-owned span must get as 0 whatever it held. Each is held to an exact BigInteger reference.
/// </summary>
public class PercentPathsTest
{
    [Theory]
    [InlineData(0, 21367996L)] // the 32-bit path's bound at 0 decimals
    [InlineData(0, 21367997L)]
    [InlineData(0, 21582750L)] // where a bound of uint.MaxValue / (2·10^2 − 1) would send it
    [InlineData(1, 2148557L)]
    [InlineData(0, 91774846137858465L)] // the 64-bit path's bound at 0 decimals
    [InlineData(0, 91774846137858466L)]
    [InlineData(0, 92697206400550510L)] // where ulong.MaxValue / (2·10^2 − 1) would send it
    [InlineData(2, 922383322851620L)]
    [InlineData(7, 9223372041L)]
    public void ToPercents_OppositeSignsAtAPathBound_AreExact(int decimals, long bound)
    {
        // −bound against +bound: the difference is twice the bound, the largest the path must hold.
        foreach (var values in new[] { new[] { bound, -bound }, new[] { -bound, bound }, new long[] { 1, -bound }, new long[] { -1, bound } })
        {
            AssertTableExact(PeriodOnPeriod(values), decimals);
        }
    }

    [Fact]
    public void ToPercents_MostNegativeLongAsCurrent_IsExact()
    {
        // Its magnitude is taken as long.MaxValue for the bound (so the 128-bit path); as a base it throws the
        // OverflowException RelativeChange.PercentChange documents (−long.MinValue), so it is the last point here.
        AssertTableExact(PeriodOnPeriod(new long[] { 3, -2, long.MinValue }), 2);
        AssertTableExact(PeriodOnPeriod(new long[] { -1, long.MinValue }), 0);
    }

    [Fact]
    public void ToPercents_ValuesBeyond32Bits_AreExact()
    {
        // The bound of a single series' table is its largest magnitude, not its smallest.
        AssertTableExact(PeriodOnPeriod(new long[] { 3_000_000_000, 4_500_000_000 }), 2);
        AssertTableExact(PeriodOnPeriod(new long[] { 1, 3_000_000_000 }), 4);
    }

    [Fact]
    public void ToPercents_MagnitudesNoDoubleHolds_AreExact()
    {
        // 40 points up to ±4·10^15: 2·|difference|·10^4 is far beyond 2^53, so no double path may take them.
        var values = new long[40];
        ulong state = 12345;
        for (var i = 0; i < values.Length; i++)
        {
            state = unchecked((state * 6364136223846793005UL) + 1442695040888963407UL);
            var magnitude = (long)(state >> 12) % 4_000_000_000_000_000L;
            values[i] = (i % 3 == 0 ? -magnitude : magnitude) + i;
        }

        var series = IndicatorSeries.FromValues(InterviewIndicators.TelecomFraudLosses, SeriesPeriod.Month(2020, 1), values);
        AssertTableExact(Changes.PeriodOnPeriod(series), 2);
        AssertTableExact(Changes.YearOnYear(series), 3);
        var panel = SeriesPanel.FromSeries(new[] { series, series });
        var percents = new decimal[80];
        var reasons = new UndefinedReason[80];
        Changes.PeriodOnPeriod(panel, 2, percents, reasons);
        for (var k = 1; k < 40; k++)
        {
            Assert.Equal(Reference(values[k], values[k - 1], 2), percents[k]);
            Assert.Equal(Reference(values[k], values[k - 1], 2), percents[40 + k]);
        }
    }

    [Theory]
    [InlineData(10L)] // small: the doubles path
    [InlineData(3_000_000_000_000_000L)] // large: the 128-bit path
    public void ToPercents_SpanHoldingOldValues_PointsBeforeTheFirstBaseAreZero(long scale)
    {
        var values = new long[30];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = scale + ((i * 7) % 11);
        }

        var series = IndicatorSeries.FromValues(InterviewIndicators.TelecomFraudLosses, SeriesPeriod.Month(2020, 1), values);
        var table = Changes.YearOnYear(series);
        var percents = Filled(30, 7m);
        table.ToPercents(2, percents);
        for (var i = 0; i < 12; i++)
        {
            Assert.Equal(0m, percents[i]);
        }

        AssertTableExact(table, 2);

        var gapped = TestSeries.Build(InterviewIndicators.TelecomFraudLosses, SeriesPeriod.Month(2020, 1), SeriesPeriod.Month(2022, 6), p => scale + p.Number, new System.Collections.Generic.HashSet<SeriesPeriod> { SeriesPeriod.Month(2021, 5) });
        var panel = SeriesPanel.FromSeries(new[] { series, gapped });
        var panelPercents = Filled(60, 9m);
        var reasons = new UndefinedReason[60];
        Array.Fill(reasons, UndefinedReason.BasisBreak);
        Changes.YearOnYear(panel, 1, panelPercents, reasons);
        for (var s = 0; s < 2; s++)
        {
            for (var i = 0; i < 12; i++)
            {
                Assert.Equal(0m, panelPercents[(s * 30) + i]);
                Assert.Equal(UndefinedReason.MissingBase, reasons[(s * 30) + i]);
            }
        }

        var yearOnYear = Changes.YearOnYear(panel);
        for (var s = 0; s < 2; s++)
        {
            for (var i = 12; i < 30; i++)
            {
                var change = yearOnYear.Get(s, SeriesPeriod.Month(2020, 1).PlusPeriods(i));
                Assert.Equal(change.Reason, reasons[(s * 30) + i]);
                Assert.Equal(change.ToPercent(1) ?? 0m, panelPercents[(s * 30) + i]);
            }
        }
    }

    private static PeriodChangeTable PeriodOnPeriod(long[] values) =>
        Changes.PeriodOnPeriod(IndicatorSeries.FromValues(InterviewIndicators.TelecomFraudLosses, SeriesPeriod.Month(2020, 1), values));

    private static void AssertTableExact(PeriodChangeTable table, int decimals)
    {
        var n = table.SeriesCount * table.Length;
        var currents = new long[n];
        var bases = new long[n];
        var reasons = new UndefinedReason[n];
        table.CopyTo(currents, bases, reasons);
        var percents = Filled(n, 5m);
        table.ToPercents(decimals, percents);
        for (var k = 0; k < n; k++)
        {
            var expected = reasons[k] == UndefinedReason.None ? Reference(currents[k], bases[k], decimals) : 0m;
            Assert.True(expected == percents[k], $"point {k}: {currents[k]} against {bases[k]} at {decimals} decimals is {expected}, not {percents[k]}");
        }
    }

    /// <summary>(current − base) / base × 100 rounded half away from zero at <paramref name="decimals"/>, in BigIntegers.</summary>
    private static decimal Reference(long current, long baseValue, int decimals)
    {
        var numerator = (new BigInteger(current) - baseValue) * 100 * BigInteger.Pow(10, decimals);
        var denominator = new BigInteger(baseValue);
        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        var quotient = BigInteger.DivRem(BigInteger.Abs(numerator), denominator, out var remainder);
        if (remainder * 2 >= denominator)
        {
            quotient += 1;
        }

        var magnitude = decimal.Parse(quotient.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);
        var scaled = magnitude / Pow10(decimals);
        return numerator.Sign < 0 ? -scaled : scaled;
    }

    private static decimal Pow10(int decimals)
    {
        var result = 1m;
        for (var i = 0; i < decimals; i++)
        {
            result *= 10m;
        }

        return result;
    }

    private static decimal[] Filled(int n, decimal value)
    {
        var result = new decimal[n];
        Array.Fill(result, value);
        return result;
    }
}
