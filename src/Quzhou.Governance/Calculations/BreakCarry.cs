using System;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.Calculations;

/// <summary>
/// Carries breaks in basis from fine points to the values made of them (a year of months, a year-to-date total, a
/// sum over regions), so that the made values obey the same rule as the fine ones: a break on a value means a
/// change between it (or a later value) and an earlier value crosses a break.
/// </summary>
/// <remarks>
/// A made value uses the fine points <c>first…last</c> (a flow's year: its twelve months; a stock's year: its last
/// month; a year-to-date total: January to its month). Two made values compare across a break when some fine break
/// lies after the first point of the earlier one and at or before the last point of the later one. Marking a made
/// value as a break exactly when a fine break lies after the first point of the previous made value (gaps skipped)
/// and at or before its own last point gives that, as long as the first points never go backwards: a year that
/// mixes two bases is a break, and so is the next value after it, because that one is compared with a mixed value.
/// Values are fed in order; fine points are scanned once.
/// </remarks>
internal struct BreakCarry
{
    private int lastBreak;
    private int scanned;
    private int previousFirst;

    internal static BreakCarry Create() => new() { lastBreak = int.MinValue, previousFirst = int.MinValue };

    /// <summary>Whether the next made value, of fine points <paramref name="first"/>…<paramref name="last"/>, is on
    /// another basis than the previous made value (and so carries a break).</summary>
    internal bool Next(ReadOnlySpan<byte> flags, int first, int last)
    {
        var to = Math.Min(last, flags.Length - 1);
        for (; scanned <= to; scanned++)
        {
            if (PointFlags.IsBreak(flags[scanned]))
            {
                lastBreak = scanned;
            }
        }

        var isBreak = lastBreak > previousFirst;
        previousFirst = first;
        return isBreak;
    }

    /// <summary>Records a break at a fine point seen by the caller (for sums across regions, where the fine points of one
    /// made value come from several series).</summary>
    internal void Saw(int index) => lastBreak = Math.Max(lastBreak, index);

    /// <summary>Whether the next made value, whose fine breaks the caller reported through <see cref="Saw"/>, is on
    /// another basis than the previous one; <paramref name="first"/> is its first fine point.</summary>
    internal bool NextSeen(int first)
    {
        var isBreak = lastBreak > previousFirst;
        previousFirst = first;
        return isBreak;
    }
}
