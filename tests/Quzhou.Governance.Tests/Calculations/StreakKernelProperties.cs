using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Calculations;

/// <summary>
/// The vectorised “双下降” run counting (4 or 2 periods a step into 64-period words, on .NET 8 and later) against the
/// scalar reference, period by period: rows of every length around the vector width and the word, with equal values,
/// zeros and extremes; and whole panels with gaps against the single-series call.
/// </summary>
public class StreakKernelProperties
{
    private static readonly SeriesPeriod Start = SeriesPeriod.Month(2010, 1);

    /// <summary>Values that are often equal (0–3), sometimes zero, sometimes at the ends of long.</summary>
    private static Gen<long> Value() =>
        Gen.Frequency(
            (8, Gen.Choose(0, 3).Select(x => (long)x)),
            (1, Gen.Elements(long.MinValue, long.MaxValue, -1L, 1L << 40)));

    /// <summary>Counts (a panel's values are never negative): often equal (0–3), sometimes large.</summary>
    private static Gen<long> Count() =>
        Gen.Frequency((8, Gen.Choose(0, 3).Select(x => (long)x)), (1, Gen.Elements(1_000_000L, 1L << 40)));

    private static Gen<(int Head, long[] A, long[] B)> Rows() =>
        from length in Gen.Choose(0, 200)
        from head in Gen.Elements(1, 4, 12)
        from a in Gen.ArrayOf(Value(), length)
        from b in Gen.ArrayOf(Value(), length)
        select (Math.Min(head, length), a, b);

    [Property(MaxTest = 300)]
    public Property JointDeclineRuns_AnyRows_EqualsTheScalarReference() =>
        Prop.ForAll(Rows().ToArbitrary(), rows =>
        {
            var (head, a, b) = rows;
            return SameRuns(a, b, head);
        });

    [Fact]
    public void JointDeclineRuns_EveryLengthToFourWords_EqualsTheScalarReference()
    {
        // Every length mod 2, 4 and 64 up to 260 periods, on rows where both fell every month (one run to the end),
        // never, and about a quarter of the months at random (many short runs across the words' edges).
        var random = new Random(13);
        for (var length = 0; length <= 260; length++)
        {
            var falling = Enumerable.Range(0, length).Select(i => (long)(1_000 - i)).ToArray();
            var rising = Enumerable.Range(0, length).Select(i => (long)i).ToArray();
            var a = Enumerable.Range(0, length).Select(_ => (long)random.Next(0, 4)).ToArray();
            var b = Enumerable.Range(0, length).Select(_ => (long)random.Next(0, 4)).ToArray();
            var head = Math.Min(12, length);
            Assert.True(SameRuns(falling, falling, head), $"falling, length {length}");
            Assert.True(SameRuns(rising, falling, head), $"rising, length {length}");
            Assert.True(SameRuns(a, b, head), $"random, length {length}");
        }
    }

    [Property(MaxTest = 200)]
    public Property YearOnYearDeclines_PanelsWithGaps_EqualsTheSeriesAlone()
    {
        // 1–3 regions of 1–150 months; some series have gaps (the irregular path), the others run the vector kernel.
        var gen = from length in Gen.Choose(1, 150)
                  from seriesCount in Gen.Choose(1, 3)
                  from first in Gen.ArrayOf(Count(), seriesCount * length)
                  from second in Gen.ArrayOf(Count(), seriesCount * length)
                  from gapped in Gen.ArrayOf(Gen.Elements(false, false, true), 2 * seriesCount)
                  from gapAt in Gen.ArrayOf(Gen.Choose(0, length - 1), 2 * seriesCount)
                  select (length, seriesCount, first, second, gapped, gapAt);
        return Prop.ForAll(gen.ToArbitrary(), parts =>
        {
            var (length, seriesCount, first, second, gapped, gapAt) = parts;
            var end = Start.PlusPeriods(length - 1);
            IndicatorSeries Series(long[] values, int s, int k) => TestSeries.Build(
                InterviewIndicators.Thefts, Start, end, p => values[(s * length) + Start.PeriodsUntil(p)],
                gapped[k] ? new HashSet<SeriesPeriod> { Start.PlusPeriods(gapAt[k]) } : null);
            var a = Enumerable.Range(0, seriesCount).Select(s => Series(first, s, 2 * s)).ToArray();
            var b = Enumerable.Range(0, seriesCount).Select(s => Series(second, s, (2 * s) + 1)).ToArray();
            var into = new Streak[seriesCount];
            Streaks.YearOnYearDeclines(SeriesPanel.FromSeries(a), SeriesPanel.FromSeries(b), into);
            var table = Streaks.YearOnYearDeclines(SeriesPanel.FromSeries(a), SeriesPanel.FromSeries(b));
            return Enumerable.Range(0, seriesCount).All(s =>
            {
                var alone = Streaks.YearOnYearDeclines(a[s], b[s]);
                return into[s] == alone && table[s] == alone;
            });
        });
    }

    private static bool SameRuns(long[] a, long[] b, int head)
    {
        Streaks.JointDeclineRuns(a, b, head, out var run, out var best, out var bestLast);
        Streaks.JointDeclineRunsScalar(a, b, head, out var runRef, out var bestRef, out var bestLastRef);
        return run == runRef && best == bestRef && bestLast == bestLastRef;
    }
}
