using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
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
/// Every vector kernel of the calculations run on each of its paths — the widest this machine has, 256-bit vectors
/// without AVX2, 128-bit vectors, scalar (<see cref="KernelPaths"/>, per thread) — so the paths other machines take
/// (Arm64, x64 without AVX2, and the scalar loops beside each vector loop) run here too; each is held to the widest
/// path and to a brute force in <see cref="BigInteger"/>: the threshold scan (<c>BulkKernels.FirstFailure</c>), the
/// panels' percentages (<c>PercentKernels</c>, <c>BulkKernels.LaggedPercents</c>), the “双下降” run counting and the
/// roll-ups' block sums.
/// </summary>
public class KernelPathsProperties
{
    private static readonly KernelPath[] Paths = { KernelPath.Widest, KernelPath.Vector256, KernelPath.Vector128, KernelPath.Scalar };
    private static readonly SeriesPeriod Start = SeriesPeriod.Month(2015, 1);
    private static readonly RateIndicator Local = InterviewIndicators.LocalDisputeResolutionRate;

    /// <summary>Runs <paramref name="body"/> with the kernels limited to <paramref name="limit"/> on this thread, then
    /// restores the limit it found (also when the body throws).</summary>
    internal static T Under<T>(KernelPath limit, Func<T> body)
    {
        var before = KernelPaths.Limit;
        KernelPaths.Limit = limit;
        try
        {
            return body();
        }
        finally
        {
            KernelPaths.Limit = before;
        }
    }

    // ---- The threshold scan: the first point whose parts fail numerator·q ≥ p·denominator (a floor) or ≤ (a ceiling).

    /// <summary>A threshold p/q as the callers pass it (97%, 97.5%, 0, 100%, 50%) or any with p ≤ q &lt; 2^31.</summary>
    private static Gen<(long P, long Q)> Fractions() =>
        Gen.Frequency(
            (3, Gen.Elements((97L, 100L), (39L, 40L), (0L, 1L), (1L, 1L), (1L, 2L))),
            (1, from q in Gen.Choose(1, int.MaxValue) from p in Gen.Choose(0, q) select ((long)p, (long)q)));

    /// <summary>Rows of 0–40 points under the kernel's bounds (parts and p, q below 2^31): points exactly at the
    /// threshold (which hold either way) up to a point one part off it, then anything; or anything throughout.</summary>
    private static Gen<(long P, long Q, bool Floor, long[] Numerators, long[] Denominators)> ThresholdRows() =>
        from fraction in Fractions()
        from floor in Gen.Elements(true, false)
        from n in Gen.Choose(0, 40)
        from at in Gen.Choose(0, n)
        from multiples in Gen.ArrayOf(Gen.Choose(1, 1000), n)
        from offset in Gen.Elements(-1L, 1L)
        from random in Gen.Elements(false, false, true)
        from anyDenominators in Gen.ArrayOf(Gen.Choose(1, int.MaxValue), n)
        from anyShares in Gen.ArrayOf(Gen.Choose(0, 1000), n)
        select Row(fraction.Item1, fraction.Item2, floor, at, multiples, offset, random, anyDenominators, anyShares);

    private static (long, long, bool, long[], long[]) Row(long p, long q, bool floor, int at, int[] multiples, long offset, bool random, int[] anyDenominators, int[] anyShares)
    {
        var n = multiples.Length;
        var numerators = new long[n];
        var denominators = new long[n];
        for (var i = 0; i < n; i++)
        {
            if (random || i > at)
            {
                denominators[i] = anyDenominators[i];
                numerators[i] = denominators[i] * anyShares[i] / 1000;
                continue;
            }

            // p·m / q·m is exactly the threshold, m as large as keeps q·m below 2^31.
            var m = Math.Max(1, Math.Min(multiples[i], int.MaxValue / q));
            denominators[i] = q * m;
            numerators[i] = p * m;
            if (i == at)
            {
                numerators[i] = Math.Max(0, numerators[i] + offset);
            }
        }

        return (p, q, floor, numerators, denominators);
    }

    private static int FirstFailureByBruteForce(long[] numerators, long[] denominators, long p, long q, bool floor)
    {
        for (var i = 0; i < numerators.Length; i++)
        {
            var left = (BigInteger)numerators[i] * q;
            var right = (BigInteger)p * denominators[i];
            if (floor ? left < right : left > right)
            {
                return i;
            }
        }

        return -1;
    }

    [Property(MaxTest = 300)]
    public Property FirstFailure_EveryPath_IsTheWidestAndTheBruteForce() =>
        Prop.ForAll(ThresholdRows().ToArbitrary(), row =>
        {
            var (p, q, floor, numerators, denominators) = row;
            var expected = FirstFailureByBruteForce(numerators, denominators, p, q, floor);
            var widest = Under(KernelPath.Widest, () => BulkKernels.FirstFailure(numerators, denominators, p, q, floor));
            return widest == expected
                && Paths.All(path => Under(path, () => BulkKernels.FirstFailure(numerators, denominators, p, q, floor)) == expected);
        });

    [Fact]
    public void FirstFailure_EveryPathEveryLengthAndPosition_IsTheFirstFailingPoint()
    {
        // 97%: rows of 0–40 points at exactly 97/100 (held by a floor and a ceiling alike) with one point at 96/100 or
        // 98/100 at each position, and none: every position inside, across and after the 8-point vectors.
        foreach (var path in Paths)
        {
            for (var n = 0; n <= 40; n++)
            {
                for (var at = 0; at <= n; at++)
                {
                    foreach (var (floor, failing) in new[] { (true, 96L), (false, 98L) })
                    {
                        var numerators = Enumerable.Repeat(97L, n).ToArray();
                        var denominators = Enumerable.Repeat(100L, n).ToArray();
                        if (at < n)
                        {
                            numerators[at] = failing;
                        }

                        var found = Under(path, () => BulkKernels.FirstFailure(numerators, denominators, 97, 100, floor));
                        Assert.True(found == (at < n ? at : -1), $"{path}, {n} points, failing at {at}, floor {floor}: {found}");
                    }
                }
            }
        }
    }

    [Property(MaxTest = 200)]
    public Property HeldAtOrAboveAndBelow_EveryPath_IsTheWidest()
    {
        // Panels on the vector kernel's bounds and past them (the 64-bit and 128-bit loops), through the public calls.
        var gen = from seriesCount in Gen.Choose(1, 4)
                  from length in Gen.Choose(1, 30)
                  from scale in Gen.Elements(1L, 1L, 10_000_000_000L)
                  from points in Gen.ArrayOf(
                      from d in Gen.Choose(1, 200)
                      from n in Gen.Frequency((3, Gen.Constant(-1)), (1, Gen.Choose(0, 200)))
                      select (n < 0 ? (97L * d * scale) / 100 : Math.Min(n, d) * scale, d * scale),
                      seriesCount * length)
                  from percent in Gen.Elements(0m, 50m, 97m, 97.5m, 100m)
                  select (length, points, percent);
        return Prop.ForAll(gen.ToArbitrary(), parts =>
        {
            var (length, points, percent) = parts;
            var panel = RatePanel.FromParts(Local, Start, length, points.Select(x => x.Item1).ToArray(), points.Select(x => x.Item2).ToArray());
            var threshold = new Percentage(percent);
            ThresholdCheck[] Checks(bool floor)
            {
                var into = new ThresholdCheck[panel.SeriesCount];
                if (floor)
                {
                    Thresholds.HeldAtOrAbove(panel, threshold, into);
                }
                else
                {
                    Thresholds.HeldAtOrBelow(panel, threshold, into);
                }

                return into;
            }

            var above = Under(KernelPath.Widest, () => Checks(true));
            var below = Under(KernelPath.Widest, () => Checks(false));
            return Paths.All(path => Under(path, () => Checks(true)).SequenceEqual(above) && Under(path, () => Checks(false)).SequenceEqual(below));
        });
    }

    // ---- The panels' percentages: 同比 and 环比 into caller-owned spans and from a table.

    /// <summary>Magnitudes for <paramref name="decimals"/>: small counts; at and below the doubles' bound
    /// 2^53 / (4·10^(decimals+2) + 3); at and below the 32-bit path's bound; at and around the 64-bit path's bound; up to 10^18.</summary>
    private static Gen<long> Magnitude(int kind, int decimals)
    {
        var scale = (ulong)BigInteger.Pow(10, decimals + 2);
        switch (kind)
        {
            case 0:
                return Gen.Choose(0, 10_000).Select(v => (long)v);
            case 1:
                var doubles = (long)((1UL << 53) / ((4 * scale) + 3));
                return Gen.Choose(-1_000, 0).Select(v => Math.Max(0, doubles + v));
            case 2:
                var narrow = decimals + 2 <= 9 ? (long)(uint.MaxValue / ((2 * scale) + 1)) : 1_000;
                return Gen.Choose(-1_000, 0).Select(v => Math.Max(0, narrow + v));
            case 3:
                var wide = (long)(ulong.MaxValue / ((2 * scale) + 1));
                return Gen.Choose(-1_000, 1_000).Select(v => Math.Max(0, wide + v));
            default:
                return Gen.Choose(0, int.MaxValue).Select(v => (long)v * 465_661_287L);
        }
    }

    /// <summary>One point: null a gap, otherwise (value, status), the value of the kind's magnitude with either sign.</summary>
    private static Gen<(long Value, ObservationStatus Status)?> Point(int kind, int decimals, bool clean) =>
        clean
            ? from v in Magnitude(kind, decimals)
              from negative in Gen.Elements(false, true)
              select ((long, ObservationStatus)?)(negative ? -v : v, ObservationStatus.Final)
            : Gen.Frequency(
                (1, Gen.Constant<(long, ObservationStatus)?>(null)),
                (1, Gen.Constant<(long, ObservationStatus)?>((0L, ObservationStatus.Final))),
                (1, Gen.Constant<(long, ObservationStatus)?>((1L, ObservationStatus.BasisBreak))),
                (20, Point(kind, decimals, clean: true)));

    /// <summary>A panel of 1–4 monthly or quarterly series of one length (1–60 periods), some rows regular (no gap, no
    /// break: the one-pass row kernel), others with gaps, zeros and breaks (the kernel for known reasons).</summary>
    private static Gen<(IndicatorSeries[] Rows, int Decimals)> PercentPanels() =>
        from kind in Gen.Choose(0, 4)
        from decimals in Gen.Choose(0, 7)
        from quarterly in Gen.Elements(false, false, true)
        from count in Gen.Choose(1, 4)
        from length in Gen.Choose(1, 60)
        from clean in Gen.ArrayOf(Gen.Elements(true, false), count)
        from rows in Gen.ArrayOf(Gen.ArrayOf(Point(kind, decimals, clean: false), length), count)
        from cleanRows in Gen.ArrayOf(Gen.ArrayOf(Point(kind, decimals, clean: true), length), count)
        select (Enumerable.Range(0, count).Select(s => Build(quarterly ? Frequency.Quarter : Frequency.Month, clean[s] ? cleanRows[s] : rows[s])).ToArray(), decimals);

    private static IndicatorSeries Build(Frequency frequency, (long Value, ObservationStatus Status)?[] points)
    {
        var first = Start.ToFrequency(frequency);
        var builder = IndicatorSeries.CreateBuilder(InterviewIndicators.TelecomFraudLosses, frequency);
        for (var i = 0; i < points.Length; i++)
        {
            if (points[i] is { } p)
            {
                builder.Add(first.PlusPeriods(i), p.Value, p.Status);
            }
        }

        return builder.Build(first, first.PlusPeriods(points.Length - 1));
    }

    /// <summary>Every output of 同比 and 环比 of the panel, caller-owned and from the table, in one array (reasons as decimals).</summary>
    private static decimal[] Percents(SeriesPanel panel, int decimals)
    {
        var n = panel.SeriesCount * panel.Length;
        var all = new List<decimal>();
        foreach (var yearOnYear in new[] { true, false })
        {
            var percents = new decimal[n];
            var reasons = new UndefinedReason[n];
            var fromTable = new decimal[n];
            Array.Fill(percents, 5m);
            Array.Fill(fromTable, 5m);
            if (yearOnYear)
            {
                Changes.YearOnYear(panel, decimals, percents, reasons);
                Changes.YearOnYear(panel).ToPercents(decimals, fromTable);
            }
            else
            {
                Changes.PeriodOnPeriod(panel, decimals, percents, reasons);
                Changes.PeriodOnPeriod(panel).ToPercents(decimals, fromTable);
            }

            all.AddRange(percents);
            all.AddRange(reasons.Select(r => (decimal)(int)r));
            all.AddRange(fromTable);
        }

        return all.ToArray();
    }

    /// <summary>The same outputs by brute force: each point's reason from the observations (a gap, a missing base, a
    /// break after the base up to the point, a zero base, in that order) and its percentage in <see cref="BigInteger"/>,
    /// ⌊(2·|current − base|·10^(decimals+2) + |base|) / (2·|base|)⌋ at the scale, negative when the signs differ.</summary>
    private static decimal[] PercentsByBruteForce(IndicatorSeries[] rows, int decimals)
    {
        var all = new List<decimal>();
        foreach (var lag in new[] { SeriesPeriod.PeriodsPerYear(rows[0].Frequency), 1 })
        {
            var percents = new List<decimal>();
            var reasons = new List<decimal>();
            foreach (var series in rows)
            {
                for (var p = series.Start; p <= series.End; p = p.PlusPeriods(1))
                {
                    var (reason, percent) = Reference(series, p, p.PlusPeriods(-lag), decimals);
                    percents.Add(percent);
                    reasons.Add((int)reason);
                }
            }

            all.AddRange(percents);
            all.AddRange(reasons);
            all.AddRange(percents);
        }

        return all.ToArray();
    }

    private static (UndefinedReason Reason, decimal Percent) Reference(IndicatorSeries series, SeriesPeriod current, SeriesPeriod basePeriod, int decimals)
    {
        if (series[current].IsGap)
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

        var b = (BigInteger)series[basePeriod].Value;
        if (b.IsZero)
        {
            return (UndefinedReason.ZeroBase, 0m);
        }

        var d = series[current].Value - b;
        var q = ((2 * BigInteger.Abs(d) * BigInteger.Pow(10, decimals + 2)) + BigInteger.Abs(b)) / (2 * BigInteger.Abs(b));
        var negative = !q.IsZero && (d.Sign < 0) != (b.Sign < 0);
        var low = unchecked((int)(uint)(q & uint.MaxValue));
        var mid = unchecked((int)(uint)((q >> 32) & uint.MaxValue));
        var high = unchecked((int)(uint)(q >> 64));
        return (UndefinedReason.None, new decimal(low, mid, high, negative, (byte)decimals));
    }

    private static bool SameBits(decimal[] left, decimal[] right) =>
        left.Length == right.Length && left.Zip(right).All(x => decimal.GetBits(x.First).SequenceEqual(decimal.GetBits(x.Second)));

    [Property(MaxTest = 300)]
    public Property YearOnYearAndPeriodOnPeriodPercents_EveryPath_AreTheWidestAndTheBruteForce() =>
        Prop.ForAll(PercentPanels().ToArbitrary(), shape =>
        {
            var (rows, decimals) = shape;
            var panel = SeriesPanel.FromSeries(rows);
            var expected = PercentsByBruteForce(rows, decimals);
            var widest = Under(KernelPath.Widest, () => Percents(panel, decimals));
            return SameBits(widest, expected) && Paths.All(path => SameBits(Under(path, () => Percents(panel, decimals)), widest));
        });

    [Fact]
    public void YearOnYearPercents_EveryPathEveryRowLength_AreTheBruteForce()
    {
        // Rows of 1–40 months of small counts, regular and with a gap, on every path: every row length mod the vector
        // width after the 12-month head, signs and midpoints (8,002 against 8,000 is +0.025%: 0.03 at 2 decimals).
        var values = new long[] { 16, 8, 8_000, 8_000, 3, 0, 16, 8, 8_000, 8_000, 3, 0, 8, 1, 8_002, 7_998, 0, 5, 24, 9, 6_001, 8_001, 3, 0 };
        for (var length = 1; length <= 40; length++)
        {
            foreach (var gapped in new[] { false, true })
            {
                var points = Enumerable.Range(0, length)
                    .Select(i => gapped && i == length / 2 ? ((long, ObservationStatus)?)null : (values[i % values.Length] - (i / 24), ObservationStatus.Final))
                    .ToArray();
                var rows = new[] { Build(Frequency.Month, points), Build(Frequency.Month, points.Reverse().ToArray()) };
                var expected = PercentsByBruteForce(rows, 2);
                foreach (var path in Paths)
                {
                    Assert.True(SameBits(Under(path, () => Percents(SeriesPanel.FromSeries(rows), 2)), expected), $"{path}, {length} months, gap {gapped}");
                }
            }
        }
    }

    // ---- “双下降”: the runs of periods in which both rows fell against the period a year before.

    private static Gen<long> StreakValue() =>
        Gen.Frequency(
            (8, Gen.Choose(0, 3).Select(x => (long)x)),
            (1, Gen.Elements(long.MinValue, long.MaxValue, -1L, 1L << 40)));

    [Property(MaxTest = 300)]
    public Property JointDeclineRuns_EveryPath_IsTheWidestAndTheScalarReference()
    {
        var gen = from length in Gen.Choose(0, 200)
                  from head in Gen.Elements(1, 4, 12)
                  from a in Gen.ArrayOf(StreakValue(), length)
                  from b in Gen.ArrayOf(StreakValue(), length)
                  select (Math.Min(head, length), a, b);
        return Prop.ForAll(gen.ToArbitrary(), rows =>
        {
            var (head, a, b) = rows;
            Streaks.JointDeclineRunsScalar(a, b, head, out var run, out var best, out var bestLast);
            var expected = (run, best, bestLast);
            (int, int, int) Runs()
            {
                Streaks.JointDeclineRuns(a, b, head, out var r, out var bst, out var last);
                return (r, bst, last);
            }

            return Paths.All(path => Under(path, Runs) == expected) && ByBruteForce(a, b, head) == expected;
        });
    }

    [Fact]
    public void JointDeclineRuns_EveryPathEveryLengthToThreeWords_IsTheBruteForce()
    {
        var random = new Random(29);
        for (var length = 0; length <= 200; length++)
        {
            var falling = Enumerable.Range(0, length).Select(i => (long)(1_000 - i)).ToArray();
            var a = Enumerable.Range(0, length).Select(_ => (long)random.Next(0, 4)).ToArray();
            var b = Enumerable.Range(0, length).Select(_ => (long)random.Next(0, 4)).ToArray();
            var head = Math.Min(12, length);
            foreach (var (first, second) in new[] { (falling, falling), (a, falling), (a, b) })
            {
                var expected = ByBruteForce(first, second, head);
                foreach (var path in Paths)
                {
                    var (run, best, bestLast) = Under(path, () =>
                    {
                        Streaks.JointDeclineRuns(first, second, head, out var r, out var bst, out var last);
                        return (r, bst, last);
                    });
                    Assert.True((run, best, bestLast) == expected, $"{path}, length {length}: {(run, best, bestLast)} against {expected}");
                }
            }
        }
    }

    [Property(MaxTest = 150)]
    public Property YearOnYearDeclines_EveryPathOfTwoPanels_IsTheWidest()
    {
        var gen = from length in Gen.Choose(1, 150)
                  from seriesCount in Gen.Choose(1, 3)
                  from first in Gen.ArrayOf(Gen.Choose(0, 3).Select(x => (long)x), seriesCount * length)
                  from second in Gen.ArrayOf(Gen.Choose(0, 3).Select(x => (long)x), seriesCount * length)
                  select (length, first, second);
        return Prop.ForAll(gen.ToArbitrary(), parts =>
        {
            var (length, first, second) = parts;
            var a = SeriesPanel.FromValues(InterviewIndicators.Thefts, Start, length, first);
            var b = SeriesPanel.FromValues(InterviewIndicators.Thefts, Start, length, second);
            Streak[] Streaks2()
            {
                var into = new Streak[a.SeriesCount];
                Streaks.YearOnYearDeclines(a, b, into);
                return into;
            }

            var widest = Under(KernelPath.Widest, Streaks2);
            return Paths.All(path => Under(path, Streaks2).SequenceEqual(widest));
        });
    }

    /// <summary>The runs by their definition: for each period from <paramref name="head"/> on, whether both fell; the run
    /// at the end, the longest (the first of them) and its last index counted from head (−1 when none).</summary>
    private static (int Run, int Best, int BestLast) ByBruteForce(long[] a, long[] b, int head)
    {
        int run = 0, best = 0, bestLast = -1;
        for (var j = head; j < a.Length; j++)
        {
            run = a[j] < a[j - head] && b[j] < b[j - head] ? run + 1 : 0;
            if (run > best)
            {
                best = run;
                bestLast = j - head;
            }
        }

        return (run, best, bestLast);
    }

    // ---- Roll-ups: a flow's complete blocks summed (months → quarters, months → years, quarters → years).

    [Property(MaxTest = 200)]
    public Property ToFrequency_EveryPath_IsTheWidestAndTheBruteForce()
    {
        var gen = from shape in Gen.Elements((Frequency.Month, Frequency.Quarter), (Frequency.Month, Frequency.Year), (Frequency.Quarter, Frequency.Year))
                  from late in Gen.Choose(0, 11)
                  from length in Gen.Choose(1, 60)
                  from seriesCount in Gen.Choose(1, 3)
                  from big in Gen.Elements(false, false, true)
                  from values in Gen.ArrayOf(Gen.Choose(0, 1_000_000).Select(v => big ? v * 100_000_000_000L : v), seriesCount * length)
                  select (shape.Item1, shape.Item2, late, length, values);
        return Prop.ForAll(gen.ToArbitrary(), parts =>
        {
            var (fine, coarse, late, length, values) = parts;
            var start = Start.ToFrequency(fine).PlusPeriods(late);
            var panel = SeriesPanel.FromValues(InterviewIndicators.Thefts, start, length, values);
            var coarseLength = Rollups.CoarseLength(panel, coarse);
            (long[] Values, ObservationStatus?[] Statuses) Roll()
            {
                var sums = new long[panel.SeriesCount * coarseLength];
                var statuses = new ObservationStatus?[sums.Length];
                Rollups.ToFrequency(panel, coarse, sums, statuses);
                return (sums, statuses);
            }

            var expected = RollupByBruteForce(values, panel.SeriesCount, length, start, coarse, coarseLength);
            return Paths.All(path =>
            {
                var (sums, statuses) = Under(path, Roll);
                return sums.SequenceEqual(expected.Values) && statuses.SequenceEqual(expected.Statuses);
            });
        });
    }

    /// <summary>Each coarse period's sum where all its fine periods lie in the row (status final), 0 and null where not.</summary>
    private static (long[] Values, ObservationStatus?[] Statuses) RollupByBruteForce(long[] values, int seriesCount, int length, SeriesPeriod start, Frequency coarse, int coarseLength)
    {
        var sums = new long[seriesCount * coarseLength];
        var statuses = new ObservationStatus?[sums.Length];
        var first = start.ToFrequency(coarse);
        for (var s = 0; s < seriesCount; s++)
        {
            for (var c = 0; c < coarseLength; c++)
            {
                var period = first.PlusPeriods(c);
                var fine = Enumerable.Range(0, length).Where(i => start.PlusPeriods(i).ToFrequency(coarse) == period).ToArray();
                var k = SeriesPeriod.PeriodsPerYear(start.Frequency) / SeriesPeriod.PeriodsPerYear(coarse);
                if (fine.Length == k)
                {
                    sums[(s * coarseLength) + c] = fine.Sum(i => values[(s * length) + i]);
                    statuses[(s * coarseLength) + c] = ObservationStatus.Final;
                }
            }
        }

        return (sums, statuses);
    }
}
