using System;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.Calculations;

/// <summary>
/// Series made from series, in one place: to a coarser frequency (<see cref="ToFrequency(IndicatorSeries, Frequency)"/>),
/// over regions (<see cref="SumRegions"/>, <see cref="ToRegionLevel"/>) and year to date (<see cref="YearToDate"/>).
/// A measure over one span is elsewhere: <see cref="Totals.Over"/>, <see cref="Rates.Over(RateSeries, SeriesPeriod, SeriesPeriod)"/>.
/// </summary>
/// <remarks>
/// Rolls a series up to a coarser frequency by its measure kind: a flow sums its periods, a stock takes its
/// last period, a rate recomputes from its summed parts. A flow's or rate's coarse period is a gap unless every
/// period it covers has a value (a partial first or last year is a gap, never a partial sum); a stock's needs
/// only its last period (a series starting in July still has its December). Its status is the weightiest of
/// the periods used (estimated, provisional, revised, final), and a break in basis (口径调整) when the coarse
/// value is not on the basis of the coarse value before it: a break lies inside the periods used, or after the
/// first period used by the previous value (a year that mixes two bases makes the next value a break too, so a
/// change against the mixed year is undefined from either side). See docs/calculations.md, “Breaks in basis”.
/// </remarks>
public static partial class Rollups
{
    /// <summary>Rolls a count or amount series up to <paramref name="target"/>.</summary>
    /// <param name="series">The series.</param>
    /// <param name="target">A frequency coarser than (or equal to) the series'.</param>
    /// <returns>The rolled-up series, covering every coarse period that overlaps the series.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="target"/> is finer than the series' frequency.</exception>
    public static IndicatorSeries ToFrequency(IndicatorSeries series, Frequency target)
    {
        Preconditions.CheckNotNull(series, nameof(series));
        var (start, coarseLength, k, lead) = Plan(series.Start, series.Length, target);
        var values = new long[coarseLength];
        var flags = new byte[coarseLength];
        RollRow(series.RawValues, series.RawFlags, false, false, series.Indicator.MeasureKind == MeasureKind.Stock, k, lead, values, flags);
        return new IndicatorSeries(series.Indicator, start, values, flags);
    }

    /// <summary>Rolls every series of a panel up to <paramref name="target"/>: 4,000 regions × 250 months to years in one pass.</summary>
    /// <param name="panel">The panel.</param>
    /// <param name="target">A frequency coarser than (or equal to) the panel's.</param>
    /// <returns>The rolled-up panel.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="panel"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="target"/> is finer than the panel's frequency.</exception>
    public static SeriesPanel ToFrequency(SeriesPanel panel, Frequency target)
    {
        Preconditions.CheckNotNull(panel, nameof(panel));
        var (start, coarseLength, k, lead) = Plan(panel.Start, panel.Length, target);
        var length = panel.Length;
        var values = new long[coarseLength * panel.SeriesCount];
        var flags = new byte[values.Length];
        var stock = panel.Indicator.MeasureKind == MeasureKind.Stock;
        var rawFlags = panel.RawFlags;
        var fits = panel.SumsFit(k);
        for (var s = 0; s < panel.SeriesCount; s++)
        {
            RollRow(
                panel.RawValues.AsSpan(s * length, length),
                rawFlags is null ? default : rawFlags.AsSpan(s * length, length),
                panel.Regular[s] && rawFlags is null,
                fits,
                stock,
                k,
                lead,
                values.AsSpan(s * coarseLength, coarseLength),
                flags.AsSpan(s * coarseLength, coarseLength));
        }

        return new SeriesPanel(panel.Indicator, start, coarseLength, panel.SeriesCount, values, flags);
    }

    /// <summary>Rolls a rate series up to <paramref name="target"/>, recomputing each coarse period from the summed parts.</summary>
    /// <param name="series">The rate series.</param>
    /// <param name="target">A frequency coarser than (or equal to) the series'.</param>
    /// <returns>The rolled-up series; a coarse period with a gap, or with a period known only as its
    /// published percentage (whose parts cannot be summed), is a gap.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="target"/> is finer than the series' frequency.</exception>
    public static RateSeries ToFrequency(RateSeries series, Frequency target)
    {
        Preconditions.CheckNotNull(series, nameof(series));
        var (start, coarseLength, k, lead) = Plan(series.Start, series.Length, target);
        var numerators = new long[coarseLength];
        var denominators = new long[coarseLength];
        var flags = new byte[coarseLength];
        var n = series.Length;
        var breaks = BreakCarry.Create();
        for (var c = 0; c < coarseLength; c++)
        {
            var first = (c * k) - lead;
            if (first < 0 || first + k > n)
            {
                continue;
            }

            long num = 0, den = 0;
            var rank = -1;
            var status = ObservationStatus.Final;
            var complete = true;
            for (var i = first; i < first + k; i++)
            {
                var f = series.RawFlags[i];
                if (f == PointFlags.Gap || (f & PointFlags.PublishedOnly) != 0)
                {
                    complete = false;
                    break;
                }

                num = checked(num + series.RawNumerators[i]);
                den = checked(den + series.RawDenominators[i]);
                var st = PointFlags.ToStatus(f);
                if (PointFlags.Rank(st) > rank)
                {
                    rank = PointFlags.Rank(st);
                    status = st;
                }
            }

            if (complete)
            {
                // As for counts: a break inside the year, or in the previous value (which mixed bases), makes a break.
                numerators[c] = num;
                denominators[c] = den;
                flags[c] = breaks.Next(series.RawFlags, first, first + k - 1) ? PointFlags.Break : PointFlags.FromStatus(status);
            }
        }

        return new RateSeries(series.Indicator, start, numerators, denominators, flags, null, null);
    }

    private static (SeriesPeriod Start, int Length, int K, int Lead) Plan(SeriesPeriod start, int length, Frequency target)
    {
        var coarseStart = start.ToFrequency(target);
        var coarseEnd = start.PlusPeriods(Math.Max(length - 1, 0)).ToFrequency(target);
        var k = SeriesPeriod.PeriodsPerYear(start.Frequency) / SeriesPeriod.PeriodsPerYear(target);

        // How many fine periods of the first coarse period lie before the series' start.
        var lead = start.Ordinal - (coarseStart.Ordinal * k);
        return (coarseStart, length == 0 ? 0 : coarseEnd.Ordinal - coarseStart.Ordinal + 1, k, lead);
    }

    private static void RollRow(ReadOnlySpan<long> values, ReadOnlySpan<byte> flags, bool regular, bool sumsFit, bool stock, int k, int lead, Span<long> output, Span<byte> outFlags)
    {
        var n = values.Length;
        if (regular && !stock && sumsFit)
        {
            // The common case (a flow with no gaps whose sums fit): the complete blocks in one vectorised pass.
            var firstComplete = lead == 0 ? 0 : 1;
            var completeCount = Math.Max(0, Math.Min(output.Length, (n + lead) / k) - firstComplete);
            outFlags.Clear(); // PointFlags.Gap is 0: the incomplete first and last blocks stay gaps
            if (completeCount > 0)
            {
                Kernels.SumBlocksUnchecked(values.Slice((firstComplete * k) - lead, completeCount * k), k, output.Slice(firstComplete, completeCount));
                outFlags.Slice(firstComplete, completeCount).Fill(PointFlags.Final);
            }

            return;
        }

        if (regular)
        {
            // No gaps, no breaks: a flow needs its whole block inside the series, a stock only the block's last period.
            for (var c = 0; c < output.Length; c++)
            {
                var first = (c * k) - lead;
                var last = first + k - 1;
                if (last >= n || (!stock && first < 0))
                {
                    outFlags[c] = PointFlags.Gap;
                    continue;
                }

                long sum;
                if (stock)
                {
                    sum = values[last];
                }
                else if (sumsFit)
                {
                    sum = Kernels.SumUnchecked(values.Slice(first, k));
                }
                else
                {
                    sum = 0;
                    foreach (var v in values.Slice(first, k))
                    {
                        sum = checked(sum + v);
                    }
                }

                output[c] = sum;
                outFlags[c] = PointFlags.Final;
            }

            return;
        }

        var breaks = BreakCarry.Create();
        for (var c = 0; c < output.Length; c++)
        {
            var first = (c * k) - lead;
            var last = first + k - 1;
            output[c] = 0;
            outFlags[c] = PointFlags.Gap;
            if (last >= n || (!stock && first < 0) || flags[last] == PointFlags.Gap)
            {
                continue;
            }

            long total;
            ObservationStatus status;
            if (stock)
            {
                // A stock's coarse value is its last period's; the periods before it are not needed.
                total = values[last];
                status = PointFlags.ToStatus(flags[last]);
            }
            else
            {
                total = 0;
                var rank = -1;
                status = ObservationStatus.Final;
                var complete = true;
                for (var i = first; i <= last; i++)
                {
                    var f = flags[i];
                    if (f == PointFlags.Gap)
                    {
                        complete = false;
                        break;
                    }

                    total = checked(total + values[i]);
                    var st = PointFlags.ToStatus(f);
                    if (PointFlags.Rank(st) > rank)
                    {
                        rank = PointFlags.Rank(st);
                        status = st;
                    }
                }

                if (!complete)
                {
                    continue;
                }
            }

            // A break inside the block, or one after the previous value's first period (that value mixed bases), makes
            // this value a break; a block holding a break is always one, so the status above is never a lost break.
            var isBreak = breaks.Next(flags, stock ? last : first, last);
            output[c] = total;
            outFlags[c] = isBreak ? PointFlags.Break : PointFlags.FromStatus(status);
        }
    }
}
