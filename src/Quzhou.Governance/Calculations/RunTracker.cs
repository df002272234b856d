using System.Runtime.CompilerServices;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.Calculations;

/// <summary>Follows runs along an axis, one period at a time, remembering the longest and what ended it.</summary>
internal struct RunTracker
{
    private int runStart;
    private int run;
    private int bestStart;
    private int best;
    private RunEnd bestEnd;
    private int bestEndIndex;

    internal static RunTracker Create() => new() { bestEnd = RunEnd.EndOfData, bestEndIndex = -1 };

    /// <summary>Period <paramref name="i"/> met the condition.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Met(int i)
    {
        if (run == 0)
        {
            runStart = i;
        }

        run++;
    }

    /// <summary>Period <paramref name="i"/> did not meet the condition, for <paramref name="why"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Failed(int i, RunEnd why)
    {
        if (run > best)
        {
            best = run;
            bestStart = runStart;
            bestEnd = why;
            bestEndIndex = i;
        }

        run = 0;
        LastFailure = why;
    }

    internal RunEnd LastFailure { get; private set; }

    /// <summary>The result over an axis of <paramref name="length"/> periods from <paramref name="start"/>.</summary>
    internal Streak Finish(SeriesPeriod start, int length)
    {
        if (run > best)
        {
            best = run;
            bestStart = runStart;
            bestEnd = RunEnd.EndOfData;
        }

        var longest = best == 0
            ? Run.EmptyToEnd
            : new Run(start.PlusPeriods(bestStart), best, bestEnd, bestEnd == RunEnd.EndOfData ? default : start.PlusPeriods(bestEndIndex));
        Run current;
        if (run > 0)
        {
            current = new Run(start.PlusPeriods(runStart), run, RunEnd.EndOfData, default);
        }
        else
        {
            current = length == 0 ? Run.EmptyToEnd : new Run(default, 0, LastFailure, start.PlusPeriods(length - 1));
        }

        return new Streak(longest, current);
    }
}
