using System;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.Calculations;

/// <summary>
/// Runs of consecutive periods meeting a condition: the longest and the current one, over one series or
/// several jointly (发案数、损失数持续58个月“双下降”: both below the same month a year earlier, month after
/// month). A gap or a break in basis ends a run and is reported as what ended it; nothing is filled.
/// </summary>
public static class Streaks
{
    /// <summary>Runs of periods in which <paramref name="series"/> fell year-on-year (同比下降), matched by calendar.</summary>
    /// <param name="series">The series.</param>
    /// <returns>The longest and the current run.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    public static StreakResult YearOnYearDeclines(IndicatorSeries series)
    {
        Preconditions.CheckNotNull(series, nameof(series));
        return YearOnYearDeclines(new[] { series });
    }

    /// <summary>
    /// Runs of periods in which every one of <paramref name="series"/> fell year-on-year (“双下降” for two), each
    /// matched by calendar; the series may be of different indicators (cases and losses) and cover different
    /// spans, and are aligned on the span from the earliest start to the latest end.
    /// </summary>
    /// <param name="series">The series, at least one, all of one frequency.</param>
    /// <returns>The longest and the current joint run.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> or an item is null.</exception>
    /// <exception cref="ArgumentException">There are none, or the frequencies differ.</exception>
    public static StreakResult YearOnYearDeclines(params IndicatorSeries[] series)
    {
        Preconditions.CheckNotNull(series, nameof(series));
        Preconditions.CheckArgument(series.Length > 0, nameof(series), "A streak needs at least one series.");
        var first = Preconditions.CheckNotNull(series[0], nameof(series));
        int min = int.MaxValue, max = int.MinValue;
        foreach (var s in series)
        {
            Preconditions.CheckNotNull(s, nameof(series));
            Preconditions.CheckArgument(s.Frequency == first.Frequency, nameof(series), "Every series of a joint streak has the same frequency ({0}).", first.Frequency);
            min = Math.Min(min, s.Start.Ordinal);
            max = Math.Max(max, s.Start.Ordinal + s.Length - 1);
        }

        var start = SeriesPeriod.FromOrdinal(first.Frequency, min);
        var length = Math.Max(0, max - min + 1);
        var lag = SeriesPeriod.PeriodsPerYear(first.Frequency);
        var lastBreak = new int[series.Length];
        lastBreak.AsSpan().Fill(int.MinValue);
        var tracker = RunTracker.Create();
        for (var i = 0; i < length; i++)
        {
            var code = -1;
            for (var k = 0; k < series.Length; k++)
            {
                var s = series[k];
                var at = i + min - s.Start.Ordinal;
                int c;
                if (unchecked((uint)at) >= unchecked((uint)s.Length) || s.RawFlags[at] == PointFlags.Gap)
                {
                    c = (int)RunEnd.Gap;
                }
                else
                {
                    if (PointFlags.IsBreak(s.RawFlags[at]))
                    {
                        lastBreak[k] = at;
                    }

                    c = at < lag || s.RawFlags[at - lag] == PointFlags.Gap ? (int)RunEnd.NoBase
                        : lastBreak[k] > at - lag ? (int)RunEnd.BasisBreak
                        : s.RawValues[at] < s.RawValues[at - lag] ? -1
                        : (int)RunEnd.ConditionNotMet;
                }

                code = Math.Max(code, Priority(c));
            }

            if (code < 0)
            {
                tracker.Met(i);
            }
            else
            {
                tracker.Failed(i, FromPriority(code));
            }
        }

        return tracker.Finish(start, length);
    }

    /// <summary>
    /// For every series index, the runs in which series <c>s</c> of <paramref name="first"/> and series <c>s</c> of
    /// <paramref name="second"/> both fell year-on-year: 4,000 regions' cases and losses in one pass.
    /// </summary>
    /// <param name="first">The first panel (for example telecom-fraud cases).</param>
    /// <param name="second">The second panel (for example telecom-fraud losses), on the same axis with as many series.</param>
    /// <returns>One result per series, in series order.</returns>
    /// <exception cref="ArgumentNullException">A panel is null.</exception>
    /// <exception cref="ArgumentException">The panels' axes or series counts differ.</exception>
    public static StreakResult[] YearOnYearDeclines(SeriesPanel first, SeriesPanel second)
    {
        Preconditions.CheckNotNull(first, nameof(first));
        Preconditions.CheckNotNull(second, nameof(second));
        Preconditions.CheckArgument(
            first.Start == second.Start && first.Length == second.Length && first.SeriesCount == second.SeriesCount,
            nameof(second),
            "The panels must share one axis and series count; the first is {0}.",
            first.Start.ToString() + "+" + first.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " periods × " + first.SeriesCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var length = first.Length;
        var lag = SeriesPeriod.PeriodsPerYear(first.Frequency);
        var result = new StreakResult[first.SeriesCount];
        for (var s = 0; s < result.Length; s++)
        {
            var offset = s * length;
            var a = first.RawValues.AsSpan(offset, length);
            var b = second.RawValues.AsSpan(offset, length);
            if (first.Regular[s] && second.Regular[s])
            {
                result[s] = RegularJointDeclines(a, b, lag, first.Start);
            }
            else
            {
                var fa = first.RawFlags is null ? null : first.RawFlags.AsSpan(offset, length).ToArray();
                var fb = second.RawFlags is null ? null : second.RawFlags.AsSpan(offset, length).ToArray();
                result[s] = YearOnYearDeclines(
                    new IndicatorSeries(first.Indicator, first.Start, a.ToArray(), fa ?? Finals(length)),
                    new IndicatorSeries(second.Indicator, second.Start, b.ToArray(), fb ?? Finals(length)));
            }
        }

        return result;
    }

    /// <summary>Runs of periods whose observation meets <paramref name="condition"/> (连续3年: a yearly event).
    /// A gap ends a run (reported as <see cref="RunEnd.Gap"/>); a break in basis ends the run before it
    /// (<see cref="RunEnd.BasisBreak"/>) and the break's own period may begin a new one.</summary>
    /// <param name="series">The series.</param>
    /// <param name="condition">The condition, asked only of periods that have a value.</param>
    /// <returns>The longest and the current run.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static StreakResult Find(IndicatorSeries series, Func<Observation, bool> condition)
    {
        Preconditions.CheckNotNull(series, nameof(series));
        Preconditions.CheckNotNull(condition, nameof(condition));
        var tracker = RunTracker.Create();
        var values = series.RawValues;
        var flags = series.RawFlags;
        for (var i = 0; i < values.Length; i++)
        {
            var f = flags[i];
            if (f == PointFlags.Gap)
            {
                tracker.Failed(i, RunEnd.Gap);
                continue;
            }

            if (PointFlags.IsBreak(f))
            {
                tracker.Failed(i, RunEnd.BasisBreak);
            }

            if (condition(new Observation(series.Start.PlusPeriods(i), values[i], f)))
            {
                tracker.Met(i);
            }
            else
            {
                tracker.Failed(i, RunEnd.ConditionNotMet);
            }
        }

        return tracker.Finish(series.Start, values.Length);
    }

    private static StreakResult RegularJointDeclines(ReadOnlySpan<long> a, ReadOnlySpan<long> b, int lag, SeriesPeriod start)
    {
        var length = a.Length;
        var head = Math.Min(lag, length);
        var baseA = a.Slice(0, length - head);
        var baseB = b.Slice(0, length - head);
        var curA = a.Slice(head);
        var curB = b.Slice(head);

        // Branch-free run counting; the branch taken only when a run beats the best is rare.
        int run = 0, best = 0, bestLast = -1;
        for (var j = 0; j < curA.Length && j < curB.Length && j < baseA.Length && j < baseB.Length; j++)
        {
            var met = (curA[j] < baseA[j]) & (curB[j] < baseB[j]);
            run = unchecked((run + 1) * (met ? 1 : 0));
            if (run > best)
            {
                best = run;
                bestLast = j;
            }
        }

        var last = length - 1;
        Run longest = best == 0
            ? Run.EmptyToEnd
            : new Run(
                start.PlusPeriods(head + bestLast - best + 1),
                best,
                head + bestLast == last ? RunEnd.EndOfData : RunEnd.ConditionNotMet,
                head + bestLast == last ? default : start.PlusPeriods(head + bestLast + 1));
        Run current = run > 0
            ? new Run(start.PlusPeriods(length - run), run, RunEnd.EndOfData, default)
            : length == 0 ? Run.EmptyToEnd : new Run(default, 0, length <= lag ? RunEnd.NoBase : RunEnd.ConditionNotMet, start.PlusPeriods(last));
        return new StreakResult(longest, current);
    }

    private static byte[] Finals(int length)
    {
        var flags = new byte[length];
        flags.AsSpan().Fill(PointFlags.Final);
        return flags;
    }

    /// <summary>Gap before break before no base before not met, so the most basic reason is reported.</summary>
    private static int Priority(int code) => code switch
    {
        (int)RunEnd.Gap => 4,
        (int)RunEnd.BasisBreak => 3,
        (int)RunEnd.NoBase => 2,
        (int)RunEnd.ConditionNotMet => 1,
        _ => -1,
    };

    private static RunEnd FromPriority(int priority) => priority switch
    {
        4 => RunEnd.Gap,
        3 => RunEnd.BasisBreak,
        2 => RunEnd.NoBase,
        _ => RunEnd.ConditionNotMet,
    };
}
