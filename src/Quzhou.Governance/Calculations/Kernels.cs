using System;
#if NET8_0_OR_GREATER
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
#endif
using Quzhou.Governance.Series;
using Quzhou.Governance.Quantities;

namespace Quzhou.Governance.Calculations;

/// <summary>The tight loops behind the calculations: integers in, reason codes out, no division.</summary>
internal static class Kernels
{
    /// <summary>The reason code of every point against the point <paramref name="lag"/> earlier, one row.</summary>
    internal static void ChangeReasons(ReadOnlySpan<long> values, ReadOnlySpan<byte> flags, bool regular, int lag, Span<byte> reasons)
    {
        var n = values.Length;
        var head = Math.Min(lag, n);
        if (regular)
        {
            reasons.Slice(0, head).Fill((byte)UndefinedReason.MissingBase);
            for (var i = lag; i < n; i++)
            {
                reasons[i] = values[i - lag] == 0 ? (byte)UndefinedReason.ZeroBase : (byte)UndefinedReason.None;
            }

            return;
        }

        var lastBreak = int.MinValue;
        for (var i = 0; i < n; i++)
        {
            var f = flags[i];
            if (PointFlags.IsBreak(f))
            {
                lastBreak = i;
            }

            reasons[i] = (byte)ReasonAt(values, flags, i, lag, lastBreak);
        }
    }

    /// <summary>Why the change at <paramref name="i"/> against <paramref name="i"/> − <paramref name="lag"/> is undefined,
    /// given the index of the latest break at or before <paramref name="i"/>.</summary>
    internal static UndefinedReason ReasonAt(ReadOnlySpan<long> values, ReadOnlySpan<byte> flags, int i, int lag, int lastBreak)
    {
        if (flags[i] == PointFlags.Gap)
        {
            return UndefinedReason.MissingCurrent;
        }

        if (i < lag || flags[i - lag] == PointFlags.Gap)
        {
            return UndefinedReason.MissingBase;
        }

        if (lastBreak > i - lag)
        {
            return UndefinedReason.BasisBreak;
        }

        return values[i - lag] == 0 ? UndefinedReason.ZeroBase : UndefinedReason.None;
    }

    /// <summary>Whether a break in basis lies in (<paramref name="afterIndex"/>, <paramref name="toIndex"/>].</summary>
    internal static bool HasBreak(ReadOnlySpan<byte> flags, int afterIndex, int toIndex)
    {
        for (var i = Math.Max(afterIndex + 1, 0); i <= toIndex; i++)
        {
            if (PointFlags.IsBreak(flags[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index of the latest break in basis at or before <paramref name="index"/>, or −1: where the basis of a
    /// span starting at <paramref name="index"/> began. Scans backwards, so it stops at the nearest break.</summary>
    internal static int LastBreakAtOrBefore(ReadOnlySpan<byte> flags, int index)
    {
        for (var i = Math.Min(index, flags.Length - 1); i >= 0; i--)
        {
            if (PointFlags.IsBreak(flags[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The sum over a range, or the reason it is missing (a gap).</summary>
    internal static long SumRange(ReadOnlySpan<long> values, ReadOnlySpan<byte> flags, bool regular, out bool complete)
    {
        long sum = 0;
        complete = true;
        if (regular)
        {
            foreach (var v in values)
            {
                sum = checked(sum + v);
            }

            return sum;
        }

        for (var i = 0; i < values.Length; i++)
        {
            if (flags[i] == PointFlags.Gap)
            {
                complete = false;
                return 0;
            }

            sum = checked(sum + values[i]);
        }

        return sum;
    }

    /// <summary>The sums of two ranges of equal length, in one pass (the current span and its base span).</summary>
    internal static (long First, long Second) SumTwoRanges(ReadOnlySpan<long> first, ReadOnlySpan<long> second)
    {
        long a = 0, b = 0;
        for (var i = 0; i < first.Length && i < second.Length; i++)
        {
            a = checked(a + first[i]);
            b = checked(b + second[i]);
        }

        return (a, b);
    }

    /// <summary>The sums of two equally long ranges known not to overflow (checked by the caller), in one pass.</summary>
    internal static (long First, long Second) SumTwoRangesUnchecked(ReadOnlySpan<long> first, ReadOnlySpan<long> second)
    {
        unchecked
        {
            long a = 0, b = 0;
            second = second.Slice(0, first.Length);
            for (var i = 0; i < first.Length; i++)
            {
                a += first[i];
                b += second[i];
            }

            return (a, b);
        }
    }

    /// <summary>
    /// The sums of consecutive blocks of <paramref name="k"/> values known not to overflow (checked by the caller):
    /// <c>output[c]</c> = the sum of <c>values[c·k … c·k + k − 1]</c>. With 256-bit vectors and k a multiple of 4
    /// (months → years, 12) each block is k/4 vector additions.
    /// </summary>
    internal static void SumBlocksUnchecked(ReadOnlySpan<long> values, int k, Span<long> output)
    {
        values = values.Slice(0, output.Length * k);
#if NET8_0_OR_GREATER
        if (KernelPaths.UseVector256 && k % Vector256<long>.Count == 0)
        {
            ref var source = ref MemoryMarshal.GetReference(values);
            for (var c = 0; c < output.Length; c++)
            {
                ref var block = ref Unsafe.Add(ref source, c * k);
                var sum = Vector256<long>.Zero;
                for (var i = 0; i < k; i += Vector256<long>.Count)
                {
                    sum += Vector256.LoadUnsafe(ref block, (nuint)i);
                }

                output[c] = Vector256.Sum(sum);
            }

            return;
        }
#endif
        for (var c = 0; c < output.Length; c++)
        {
            output[c] = SumUnchecked(values.Slice(c * k, k));
        }
    }

    /// <summary>The sum of values known not to overflow (checked by the caller), with four independent accumulators.</summary>
    internal static long SumUnchecked(ReadOnlySpan<long> values)
    {
        unchecked
        {
            long a = 0, b = 0, c = 0, d = 0;
            var i = 0;
            for (; i + 4 <= values.Length; i += 4)
            {
                a += values[i];
                b += values[i + 1];
                c += values[i + 2];
                d += values[i + 3];
            }

            for (; i < values.Length; i++)
            {
                a += values[i];
            }

            return a + b + c + d;
        }
    }
}
