using System;
#if NET8_0_OR_GREATER
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
#endif

namespace Quzhou.Governance.Calculations;

/// <summary>The run counting of “双下降” over two regular rows: a scalar reference and, on .NET 8 and later, a vectorised path.</summary>
public static partial class Streaks
{
    /// <summary>
    /// The runs of periods <c>j</c> (from <paramref name="head"/> on) in which both <c>a[j] &lt; a[j − head]</c> and
    /// <c>b[j] &lt; b[j − head]</c>, over two rows of one length: <paramref name="run"/> the run at the end,
    /// <paramref name="best"/> the longest (the first of the longest), <paramref name="bestLast"/> its last index counted
    /// from <paramref name="head"/> (−1 when there is none). On .NET 8 and later the “fell” mask of both rows is computed
    /// 4 (256-bit vectors) or 2 (128-bit) periods at a time into 64-bit words, and the runs are read off each word by
    /// counting trailing zeros and ones; otherwise, and for the periods past the last whole vector, period by period.
    /// </summary>
    internal static void JointDeclineRuns(ReadOnlySpan<long> a, ReadOnlySpan<long> b, int head, out int run, out int best, out int bestLast)
    {
#if NET8_0_OR_GREATER
        // 256-bit vectors are accelerated only where 128-bit ones are, so this asks whether either is.
        if (KernelPaths.UseVector128 && a.Length - head >= 2 * Vector128<long>.Count)
        {
            JointDeclineRunsVector(a, b, head, KernelPaths.UseVector256, out run, out best, out bestLast);
            return;
        }
#endif
        JointDeclineRunsScalar(a, b, head, out run, out best, out bestLast);
    }

    /// <summary>The reference of <see cref="JointDeclineRuns"/>: one period at a time (the only path on netstandard2.0).</summary>
    internal static void JointDeclineRunsScalar(ReadOnlySpan<long> a, ReadOnlySpan<long> b, int head, out int run, out int best, out int bestLast)
    {
        var length = Math.Min(a.Length, b.Length);
        var baseA = a.Slice(0, length - head);
        var baseB = b.Slice(0, length - head);
        var curA = a.Slice(head, length - head);
        var curB = b.Slice(head, length - head);

        // Branch-free run counting; the branch taken only when a run beats the best is rare.
        run = 0;
        best = 0;
        bestLast = -1;
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
    }

#if NET8_0_OR_GREATER
    /// <summary>The vectorised path of <see cref="JointDeclineRuns"/>: 64 periods' “both fell” bits a word (4 at a time
    /// when <paramref name="wide"/>, 2 otherwise), then the runs of ones.</summary>
    private static void JointDeclineRunsVector(ReadOnlySpan<long> a, ReadOnlySpan<long> b, int head, bool wide, out int run, out int best, out int bestLast)
    {
        var n = Math.Min(a.Length, b.Length) - head;
        ref var baseA = ref MemoryMarshal.GetReference(a);
        ref var baseB = ref MemoryMarshal.GetReference(b);
        ref var curA = ref Unsafe.Add(ref baseA, head);
        ref var curB = ref Unsafe.Add(ref baseB, head);
        run = 0;
        best = 0;
        bestLast = -1;
        for (var j = 0; j < n; j += 64)
        {
            var count = Math.Min(64, n - j);
            ulong word = 0;
            var k = 0;
            if (wide)
            {
                for (; k + Vector256<long>.Count <= count; k += Vector256<long>.Count)
                {
                    var at = (nuint)(j + k);
                    var fell = Vector256.LessThan(Vector256.LoadUnsafe(ref curA, at), Vector256.LoadUnsafe(ref baseA, at))
                        & Vector256.LessThan(Vector256.LoadUnsafe(ref curB, at), Vector256.LoadUnsafe(ref baseB, at));
                    word |= (ulong)fell.ExtractMostSignificantBits() << k;
                }
            }
            else
            {
                for (; k + Vector128<long>.Count <= count; k += Vector128<long>.Count)
                {
                    var at = (nuint)(j + k);
                    var fell = Vector128.LessThan(Vector128.LoadUnsafe(ref curA, at), Vector128.LoadUnsafe(ref baseA, at))
                        & Vector128.LessThan(Vector128.LoadUnsafe(ref curB, at), Vector128.LoadUnsafe(ref baseB, at));
                    word |= (ulong)fell.ExtractMostSignificantBits() << k;
                }
            }

            // The remainder of the last word, period by period.
            for (; k < count; k++)
            {
                var at = j + k;
                var met = (Unsafe.Add(ref curA, at) < Unsafe.Add(ref baseA, at)) & (Unsafe.Add(ref curB, at) < Unsafe.Add(ref baseB, at));
                word |= (met ? 1UL : 0UL) << k;
            }

            // Alternate runs of zeros (each resets the run) and ones (each extends it); bits at and above count are 0.
            var i = 0;
            while (i < count)
            {
                var zeros = BitOperations.TrailingZeroCount(word >> i);
                if (zeros >= count - i)
                {
                    run = 0;
                    break;
                }

                run = zeros > 0 ? 0 : run;
                i += zeros;
                var ones = Math.Min(BitOperations.TrailingZeroCount(~(word >> i)), count - i);
                run += ones;
                i += ones;
                if (run > best)
                {
                    best = run;
                    bestLast = j + i - 1;
                }
            }
        }
    }
#endif
}
