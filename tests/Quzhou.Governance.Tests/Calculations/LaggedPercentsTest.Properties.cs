using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Calculations;

/// <summary>
/// The panel percentages (同比 and 环比 into caller-owned spans, and a table's <see cref="PeriodChangeTable.ToPercents"/>)
/// against the simplest reference there is: look up the same period a year (or a period) earlier by the calendar,
/// say why the change is undefined, otherwise divide in <see cref="decimal"/> and round 四舍五入. Every output is
/// identical — each percentage, each undefined point's 0 and each reason — on panels whose series start on different
/// months (so the panel pads them), with gaps, breaks and zeros, and with magnitudes chosen per panel to land on each
/// of the kernel's paths: small counts (the vector and 32-bit paths), values around the bound where doubles stop being
/// exact (2^53 / (4·10^(decimals+2) + 3)), and values up to 10^18 (the 64- and 128-bit paths).
/// </summary>
public class LaggedPercentsTest
{
    private static readonly SeriesPeriod Start = SeriesPeriod.Month(2018, 1);

    /// <summary>Magnitudes: below 10,000; around the doubles' bound at 2 decimals (≈ 2.25·10^11); up to 10^18.</summary>
    private static Gen<long> Magnitude(int kind) => kind switch
    {
        0 => Gen.Choose(0, 10_000).Select(v => (long)v),
        1 => Gen.Choose(-1_000_000, 1_000_000).Select(v => 225_000_000_000L + (v * 7_919L)),
        _ => Gen.Choose(0, int.MaxValue).Select(v => (long)v * 465_661_287L),
    };

    /// <summary>One point: null a gap, otherwise (value, status); the kind's magnitudes, negative when signed.</summary>
    private static Gen<(long Value, ObservationStatus Status)?> Point(int kind, bool signed) =>
        Gen.Frequency(
            (1, Gen.Constant<(long, ObservationStatus)?>(null)),
            (1, Gen.Constant<(long, ObservationStatus)?>((0L, ObservationStatus.Final))),
            (1, Gen.Constant<(long, ObservationStatus)?>((1L, ObservationStatus.BasisBreak))),
            (30, from v in Magnitude(kind)
                 from negative in Gen.Elements(false, signed)
                 select (Value: negative ? -v : v, Status: ObservationStatus.Final) as (long, ObservationStatus)?));

    /// <summary>A panel: 1–5 series, each with its own first period (0–13 months late) and 0–70 periods, and its
    /// frequency; some rows have no gap or break at all (the one-pass kernel), others have.</summary>
    private static Gen<(IndicatorSeries[] Rows, int Decimals)> Panels(QuantityIndicator indicator, bool signed) =>
        from kind in Gen.Choose(0, 2)
        from decimals in Gen.Choose(0, 6)
        from quarterly in Gen.Elements(false, false, true)
        from count in Gen.Choose(1, 5)
        from rows in Gen.ArrayOf(Row(indicator, kind, signed, quarterly ? Frequency.Quarter : Frequency.Month), count)
        select (rows, decimals);

    private static Gen<IndicatorSeries> Row(QuantityIndicator indicator, int kind, bool signed, Frequency frequency) =>
        from late in Gen.Choose(0, 13)
        from length in Gen.Choose(1, 70)
        from clean in Gen.Elements(true, false)
        from points in Gen.ArrayOf(clean ? Magnitude(kind).Select(v => ((long, ObservationStatus)?)(v, ObservationStatus.Final)) : Point(kind, signed), length)
        select Build(indicator, frequency, late, points);

    private static IndicatorSeries Build(QuantityIndicator indicator, Frequency frequency, int late, (long Value, ObservationStatus Status)?[] points)
    {
        var first = Start.ToFrequency(frequency).PlusPeriods(late);
        var builder = IndicatorSeries.CreateBuilder(indicator, frequency);
        for (var i = 0; i < points.Length; i++)
        {
            if (points[i] is { } p)
            {
                builder.Add(first.PlusPeriods(i), p.Value, p.Status);
            }
        }

        return builder.Build(first, first.PlusPeriods(Math.Max(points.Length, 1) - 1));
    }

    [Property(MaxTest = 300)]
    public Property YearOnYearPercents_AnyPanel_AreTheCalendarDecimalReference()
    {
        return Prop.ForAll(Panels(InterviewIndicators.TelecomFraudLosses, signed: true).ToArbitrary(), shape => Check(shape.Rows, shape.Decimals));
    }

    [Property(MaxTest = 200)]
    public Property YearOnYearPercents_AnyCountPanel_AreTheCalendarDecimalReference()
    {
        return Prop.ForAll(Panels(InterviewIndicators.Thefts, signed: false).ToArbitrary(), shape => Check(shape.Rows, shape.Decimals));
    }

    [Fact]
    public void YearOnYearPercents_MidpointsAndNegativeChanges_RoundHalfAwayFromZero()
    {
        // 2025-01 … 2026-12: 同比 of 8 on 16 is −50%, of 1 on 8 −87.5%, of 8,002 on 8,000 +0.025% and of 7,998 on 8,000
        // −0.025% (midpoints at 2 decimals: 0.03 and −0.03), of 0 on 3 −100%, on a zero base undefined; then 50%, 12.5%,
        // −24.9875% (−24.99), +0.0125% (0.01), no change (0.00, never −0.00), 0 on 0 undefined.
        var bases = new long[] { 16, 8, 8_000, 8_000, 3, 0, 16, 8, 8_000, 8_000, 3, 0 };
        var currents = new long[] { 8, 1, 8_002, 7_998, 0, 5, 24, 9, 6_001, 8_001, 3, 0 };
        var values = bases.Concat(currents).ToArray();
        var panel = SeriesPanel.FromValues(InterviewIndicators.Thefts, SeriesPeriod.Month(2025, 1), 24, values);
        var percents = new decimal[24];
        var reasons = new UndefinedReason[24];
        Changes.YearOnYear(panel, 2, percents, reasons);
        Assert.Equal(new[] { -50m, -87.5m, 0.03m, -0.03m, -100m, 0m, 50m, 12.5m, -24.99m, 0.01m, 0m, 0m }, percents.Skip(12));
        Assert.Equal(UndefinedReason.ZeroBase, reasons[17]);
        Assert.Equal(UndefinedReason.ZeroBase, reasons[23]);
        Assert.All(reasons.Take(12), r => Assert.Equal(UndefinedReason.MissingBase, r));
        Assert.Equal("-0.03", percents[15].ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("0.00", percents[22].ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static void Check(IndicatorSeries[] rows, int decimals)
    {
        var panel = SeriesPanel.FromSeries(rows);
        var n = panel.SeriesCount * panel.Length;
        foreach (var lag in new[] { SeriesPeriod.PeriodsPerYear(panel.Frequency), 1 })
        {
            var percents = new decimal[n];
            var reasons = new UndefinedReason[n];
            var fromTable = new decimal[n];
            if (lag == 1)
            {
                Changes.PeriodOnPeriod(panel, decimals, percents, reasons);
                Changes.PeriodOnPeriod(panel).ToPercents(decimals, fromTable);
            }
            else
            {
                Changes.YearOnYear(panel, decimals, percents, reasons);
                Changes.YearOnYear(panel).ToPercents(decimals, fromTable);
            }

            for (var s = 0; s < panel.SeriesCount; s++)
            {
                var series = panel.GetSeries(s);
                for (var i = 0; i < panel.Length; i++)
                {
                    var k = (s * panel.Length) + i;
                    var period = panel.Start.PlusPeriods(i);
                    var (reason, percent) = Reference(series, period, period.PlusPeriods(-lag), decimals);
                    Assert.Equal(reason, reasons[k]);
                    Assert.Equal(percent, percents[k]);
                    Assert.Equal(percent, fromTable[k]);

                    // Identical to the last bit: the same scale and sign as the reference, so 0.00 is never −0.00.
                    Assert.Equal(decimal.GetBits(percent), decimal.GetBits(percents[k]));
                }
            }
        }
    }

    /// <summary>
    /// The simple reference: the observations of both periods found by the calendar; a gap, a missing base, a break in
    /// basis after the base up to the current period, a zero base, in that order; otherwise (current − base) × 100 / base
    /// in decimal, rounded half away from zero. Exact here: |values| ≤ 10^18 and decimals ≤ 6 keep the quotient's error
    /// far below the distance of any non-midpoint from a midpoint, and a midpoint has few enough digits to be exact.
    /// </summary>
    private static (UndefinedReason Reason, decimal Percent) Reference(IndicatorSeries series, SeriesPeriod current, SeriesPeriod basePeriod, int decimals)
    {
        var now = series[current];
        if (now.IsGap)
        {
            return (UndefinedReason.MissingCurrent, 0m);
        }

        if (basePeriod < series.Start || series[basePeriod].IsGap)
        {
            return (UndefinedReason.MissingBase, 0m);
        }

        for (var p = basePeriod.PlusPeriods(1); p <= current; p = p.PlusPeriods(1))
        {
            if (!series[p].IsGap && series[p].Status == ObservationStatus.BasisBreak)
            {
                return (UndefinedReason.BasisBreak, 0m);
            }
        }

        var before = series[basePeriod].Value;
        if (before == 0)
        {
            return (UndefinedReason.ZeroBase, 0m);
        }

        var exact = (decimal)(now.Value - before) * 100m / before;
        var rounded = Math.Round(exact, decimals, MidpointRounding.AwayFromZero);

        // The published form: exactly `decimals` places (Math.Round may return fewer trailing zeros), and a zero unsigned.
        var places = new decimal(0, 0, 0, false, (byte)decimals);
        return (UndefinedReason.None, rounded == 0m ? places : decimal.Round(rounded + places, decimals));
    }
}
