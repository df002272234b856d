using System;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.Calculations;

/// <summary>
/// Runs of consecutive periods meeting a condition: the longest and the current one, over one series or
/// several jointly (发案数、损失数持续58个月“双下降”: both below the same month a year earlier, month after
/// month). A gap or a break in basis ends a run and is reported as what ended it; nothing is filled.
/// </summary>
public static partial class Streaks
{
    /// <summary>Runs of periods in which <paramref name="series"/> fell year-on-year (同比下降), matched by calendar.</summary>
    /// <param name="series">The series.</param>
    /// <returns>The longest and the current run.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    public static Streak YearOnYearDeclines(IndicatorSeries series)
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
    public static Streak YearOnYearDeclines(params IndicatorSeries[] series)
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
                    c = (int)RunEnd.MissingCurrent;
                }
                else
                {
                    if (PointFlags.IsBreak(s.RawFlags[at]))
                    {
                        lastBreak[k] = at;
                    }

                    c = at < lag || s.RawFlags[at - lag] == PointFlags.Gap ? (int)RunEnd.MissingBase
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
    /// For every series index <c>s</c>, the runs in which series <c>s</c> of every one of <paramref name="panels"/> fell
    /// year-on-year (“双下降” for two panels: 4,000 regions' cases and losses in one pass; any number of panels, at least one).
    /// </summary>
    /// <param name="panels">The panels (for example telecom-fraud cases and losses), all on one axis with as many series.</param>
    /// <returns>One streak per series index, in series order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="panels"/> or a panel is null.</exception>
    /// <exception cref="ArgumentException">There are no panels, or the panels' axes or series counts differ.</exception>
    public static StreakTable YearOnYearDeclines(params SeriesPanel[] panels)
    {
        Preconditions.CheckNotNull(panels, nameof(panels));
        var result = new Streak[CheckPanels(panels)];
        DeclinesInto(panels, result);
        return new StreakTable(result);
    }

    /// <summary>
    /// “双下降” for every series index of two panels, written into a span the caller owns: <c>results[s]</c> is the
    /// streak <see cref="YearOnYearDeclines(SeriesPanel[])"/> gives for series <c>s</c>. Allocates nothing.
    /// </summary>
    /// <param name="first">The first panel (for example telecom-fraud cases).</param>
    /// <param name="second">The second panel (losses), on the same axis with as many series.</param>
    /// <param name="results">The streaks, one per series index.</param>
    /// <exception cref="ArgumentNullException">A panel is null.</exception>
    /// <exception cref="ArgumentException">The panels' axes or series counts differ, or <paramref name="results"/> is not as long as a panel has series.</exception>
    public static void YearOnYearDeclines(SeriesPanel first, SeriesPanel second, Span<Streak> results)
    {
        Preconditions.CheckNotNull(first, nameof(first));
        Preconditions.CheckNotNull(second, nameof(second));
        CheckSameAxis(first, second, nameof(second));
        BulkKernels.CheckLength(results.Length, first.SeriesCount, nameof(results), first.SeriesCount, 1);
        var length = first.Length;
        var lag = SeriesPeriod.PeriodsPerYear(first.Frequency);
        Span<int> lastBreak = stackalloc int[2];
        for (var s = 0; s < results.Length; s++)
        {
            var offset = s * length;
            results[s] = first.Regular[s] && second.Regular[s]
                ? RegularJointDeclines(first.RawValues.AsSpan(offset, length), second.RawValues.AsSpan(offset, length), lag, first.Start)
                : IrregularJointDeclines(new PanelPair(first, second), offset, length, lag, first.Start, lastBreak);
        }
    }

    /// <summary>
    /// The runs in which series <c>s</c> of every one of <paramref name="panels"/> fell year-on-year, for every series index,
    /// written into a span the caller owns (as <see cref="YearOnYearDeclines(SeriesPanel[])"/> returns them). Allocates
    /// nothing for up to 32 panels.
    /// </summary>
    /// <param name="panels">The panels, at least one, all on one axis with as many series.</param>
    /// <param name="results">The streaks, one per series index.</param>
    /// <exception cref="ArgumentNullException"><paramref name="panels"/> or a panel is null.</exception>
    /// <exception cref="ArgumentException">There are no panels, the panels' axes or series counts differ, or
    /// <paramref name="results"/> is not as long as a panel has series.</exception>
    public static void YearOnYearDeclines(SeriesPanel[] panels, Span<Streak> results)
    {
        Preconditions.CheckNotNull(panels, nameof(panels));
        var count = CheckPanels(panels);
        BulkKernels.CheckLength(results.Length, count, nameof(results), count, 1);
        DeclinesInto(panels, results);
    }

    private static int CheckPanels(SeriesPanel[] panels)
    {
        Preconditions.CheckArgument(panels.Length > 0, nameof(panels), "A streak needs at least one panel.");
        var first = Preconditions.CheckNotNull(panels[0], nameof(panels));
        foreach (var panel in panels)
        {
            Preconditions.CheckNotNull(panel, nameof(panels));
            CheckSameAxis(first, panel, nameof(panels));
        }

        return first.SeriesCount;
    }

    private static void CheckSameAxis(SeriesPanel first, SeriesPanel panel, string paramName)
    {
        if (first.Start != panel.Start || first.Length != panel.Length || first.SeriesCount != panel.SeriesCount)
        {
            Preconditions.ThrowArgument(
                paramName,
                "The panels must share one axis and series count; the first is " + first.Start.ToString() + "+"
                + first.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " periods × "
                + first.SeriesCount.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".");
        }
    }

    private static void DeclinesInto(SeriesPanel[] panels, Span<Streak> result)
    {
        var first = panels[0];
        var length = first.Length;
        var lag = SeriesPeriod.PeriodsPerYear(first.Frequency);
        Span<int> lastBreak = panels.Length <= 32 ? stackalloc int[panels.Length] : new int[panels.Length];
        for (var s = 0; s < result.Length; s++)
        {
            var offset = s * length;
            var regular = true;
            foreach (var panel in panels)
            {
                regular &= panel.Regular[s];
            }

            if (regular && panels.Length == 2)
            {
                result[s] = RegularJointDeclines(panels[0].RawValues.AsSpan(offset, length), panels[1].RawValues.AsSpan(offset, length), lag, first.Start);
            }
            else if (regular)
            {
                result[s] = RegularJointDeclines(panels, offset, length, lag, first.Start);
            }
            else
            {
                result[s] = IrregularJointDeclines(new PanelPair(panels), offset, length, lag, first.Start, lastBreak);
            }
        }
    }

    /// <summary>Runs of periods whose observation meets <paramref name="condition"/> (连续3年: a yearly event).
    /// A gap ends a run (reported as <see cref="RunEnd.MissingCurrent"/>); a break in basis ends the run before it
    /// (<see cref="RunEnd.BasisBreak"/>) and the break's own period may begin a new one.</summary>
    /// <param name="series">The series.</param>
    /// <param name="condition">The condition, asked only of periods that have a value.</param>
    /// <returns>The longest and the current run.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Streak Find(IndicatorSeries series, Func<Observation, bool> condition)
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
                tracker.Failed(i, RunEnd.MissingCurrent);
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

    private static Streak RegularJointDeclines(ReadOnlySpan<long> a, ReadOnlySpan<long> b, int lag, SeriesPeriod start)
    {
        var length = a.Length;
        var head = Math.Min(lag, length);
        JointDeclineRuns(a, b, head, out var run, out var best, out var bestLast);
        return Finish(run, best, bestLast, head, length, lag, start);
    }

    /// <summary>The regular two-row streak by the scalar reference alone (what every target ran before the vectorised
    /// kernel; the streak benchmarks time it beside the library in one process).</summary>
    internal static Streak RegularJointDeclinesScalar(ReadOnlySpan<long> a, ReadOnlySpan<long> b, int lag, SeriesPeriod start)
    {
        var length = a.Length;
        var head = Math.Min(lag, length);
        JointDeclineRunsScalar(a, b, head, out var run, out var best, out var bestLast);
        return Finish(run, best, bestLast, head, length, lag, start);
    }

    private static Streak RegularJointDeclines(SeriesPanel[] panels, int offset, int length, int lag, SeriesPeriod start)
    {
        // Every panel fell at period head + j; the run counting of the two-panel kernel, with no buffer.
        var head = Math.Min(lag, length);
        int run = 0, best = 0, bestLast = -1;
        for (var j = 0; j < length - head; j++)
        {
            var met = true;
            foreach (var panel in panels)
            {
                var at = offset + j;
                met &= panel.RawValues[at + head] < panel.RawValues[at];
            }

            run = met ? run + 1 : 0;
            if (run > best)
            {
                best = run;
                bestLast = j;
            }
        }

        return Finish(run, best, bestLast, head, length, lag, start);
    }

    /// <summary>The joint runs of one series index of panels with gaps or breaks: the rules of
    /// <see cref="YearOnYearDeclines(IndicatorSeries[])"/> on an axis the panels share, read in place.</summary>
    private static Streak IrregularJointDeclines(PanelPair panels, int offset, int length, int lag, SeriesPeriod start, Span<int> lastBreak)
    {
        lastBreak.Fill(int.MinValue);
        var tracker = RunTracker.Create();
        for (var i = 0; i < length; i++)
        {
            var code = -1;
            for (var k = 0; k < panels.Count; k++)
            {
                var panel = panels[k];
                var flags = panel.RawFlags;
                var values = panel.RawValues;
                var f = flags is null ? PointFlags.Final : flags[offset + i];
                int c;
                if (f == PointFlags.Gap)
                {
                    c = (int)RunEnd.MissingCurrent;
                }
                else
                {
                    if (PointFlags.IsBreak(f))
                    {
                        lastBreak[k] = i;
                    }

                    c = i < lag || (flags is not null && flags[offset + i - lag] == PointFlags.Gap) ? (int)RunEnd.MissingBase
                        : lastBreak[k] > i - lag ? (int)RunEnd.BasisBreak
                        : values[offset + i] < values[offset + i - lag] ? -1
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

    private static Streak Finish(int run, int best, int bestLast, int head, int length, int lag, SeriesPeriod start)
    {
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
            : length == 0 ? Run.EmptyToEnd : new Run(default, 0, length <= lag ? RunEnd.MissingBase : RunEnd.ConditionNotMet, start.PlusPeriods(last));
        return new Streak(longest, current);
    }

    /// <summary>Gap before break before no base before not met, so the most basic reason is reported.</summary>
    private static int Priority(int code) => code switch
    {
        (int)RunEnd.MissingCurrent => 4,
        (int)RunEnd.BasisBreak => 3,
        (int)RunEnd.MissingBase => 2,
        (int)RunEnd.ConditionNotMet => 1,
        _ => -1,
    };

    private static RunEnd FromPriority(int priority) => priority switch
    {
        4 => RunEnd.MissingCurrent,
        3 => RunEnd.BasisBreak,
        2 => RunEnd.MissingBase,
        _ => RunEnd.ConditionNotMet,
    };

    /// <summary>Two panels, or an array of them, without allocating for the pair.</summary>
    private readonly struct PanelPair
    {
        private readonly SeriesPanel? first;
        private readonly SeriesPanel? second;
        private readonly SeriesPanel[]? all;

        internal PanelPair(SeriesPanel first, SeriesPanel second)
        {
            this.first = first;
            this.second = second;
            all = null;
        }

        internal PanelPair(SeriesPanel[] all)
        {
            first = null;
            second = null;
            this.all = all;
        }

        internal int Count => all?.Length ?? 2;

        internal SeriesPanel this[int k] => all is not null ? all[k] : k == 0 ? first! : second!;
    }
}
