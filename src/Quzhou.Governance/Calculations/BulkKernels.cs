using System;
using System.Globalization;
#if NET8_0_OR_GREATER
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
#endif
using Quzhou.Governance.Quantities;

namespace Quzhou.Governance.Calculations;

/// <summary>
/// The loops behind the bulk and caller-owned overloads: percentages of many pairs by one integer division each
/// (no <see cref="decimal"/> division), the shape checks of caller-owned spans, and the vectorised threshold scan.
/// </summary>
internal static class BulkKernels
{
    /// <summary>How the percentages of a whole panel are divided, chosen once from the values' bound.</summary>
    internal enum PercentPath
    {
        /// <summary>|current − base| · 10^(decimals+2) + |base| fits in 32 bits: one 32-bit division per point.</summary>
        Narrow,

        /// <summary>It fits in 64 bits: one 64-bit division per point.</summary>
        Wide,

        /// <summary>Neither: the 128-bit path of <see cref="RelativeChange.PercentChange"/> per point.</summary>
        Exact,
    }

    /// <summary>Refuses a caller-owned span whose length is not the result's.</summary>
    /// <remarks>The message (“… the result has 1000000 (4000 series × 250 periods)”) is built only when it throws.</remarks>
    internal static void CheckLength(int actual, int expected, string paramName, int seriesCount, int length)
    {
        if (actual != expected)
        {
            Preconditions.ThrowArgument(
                paramName,
                "The span holds " + actual.ToString(CultureInfo.InvariantCulture) + " elements; the result has "
                + expected.ToString(CultureInfo.InvariantCulture) + " (" + seriesCount.ToString(CultureInfo.InvariantCulture)
                + " series × " + length.ToString(CultureInfo.InvariantCulture) + " periods).");
        }
    }

    /// <summary>The path for values whose magnitudes are at most <paramref name="maxAbs"/>, checked once per panel.</summary>
    internal static PercentPath ChoosePath(long maxAbs, int decimals)
    {
        var shift = decimals + 2;
        if (maxAbs < 0)
        {
            return PercentPath.Exact;
        }

        // |difference| ≤ 2·maxAbs and |base| ≤ maxAbs, so the dividend plus the rounding test stay below maxAbs·(2·10^shift + 1).
        if (shift <= 9 && (ulong)maxAbs <= uint.MaxValue / ((2 * WideArithmetic.Pow10(shift)) + 1))
        {
            return PercentPath.Narrow;
        }

        if (shift <= 18 && (ulong)maxAbs <= ulong.MaxValue / ((2 * WideArithmetic.Pow10(shift)) + 1))
        {
            return PercentPath.Wide;
        }

        return PercentPath.Exact;
    }

    /// <summary>
    /// The percentage (current − base) / base × 100 of one defined pair, rounded half away from zero at
    /// <paramref name="decimals"/>, exactly as <see cref="RelativeChange.PercentChange"/> gives it; the caller has chosen
    /// <paramref name="path"/> for a bound that holds for both values.
    /// </summary>
    internal static decimal Percent(long current, long baseValue, int decimals, PercentPath path)
    {
        if (path == PercentPath.Exact)
        {
            return RelativeChange.PercentChange(current, baseValue, decimals);
        }

        // Branch-free: the sign and the rounding of random data would be mispredicted half the time.
        var difference = current - baseValue;
        var negative = unchecked((ulong)(difference ^ baseValue)) >> 63;
        var magnitude = (ulong)(difference < 0 ? -difference : difference);
        var divisor = (ulong)(baseValue < 0 ? -baseValue : baseValue);
        ulong quotient;
        if (path == PercentPath.Narrow)
        {
            var dividend = (uint)magnitude * (uint)WideArithmetic.Pow10(decimals + 2);
            var d = (uint)divisor;
            var q = dividend / d;
            var r = dividend - (q * d);

            // Half away from zero: up when 2r ≥ d (2r < 2^33 and d < 2^32, so the difference is a valid long).
            quotient = q + (~unchecked((ulong)(((2L * r) - d) >> 63)) & 1);
        }
        else
        {
            var dividend = magnitude * WideArithmetic.Pow10(decimals + 2);
            var q = dividend / divisor;
            var r = dividend - (q * divisor);

            // r < divisor < 2^63 on this path, so r ≥ divisor − r is the sign of (divisor − r − 1) − r.
            quotient = q + (unchecked((ulong)((long)(divisor - r - 1 - r) >> 63)) & 1);
        }

        return PercentKernels.FromScaled(quotient, negative, decimals);
    }

    /// <summary>
    /// The percentage of every point of one row against the point <paramref name="lag"/> earlier where its reason is
    /// <see cref="UndefinedReason.None"/>, 0 elsewhere.
    /// </summary>
    internal static void LaggedPercents(ReadOnlySpan<long> values, ReadOnlySpan<byte> reasons, int lag, int decimals, PercentPath path, Span<decimal> output)
    {
        var n = values.Length;
        var head = Math.Min(lag, n);
        output.Slice(0, head).Clear();
        if (path != PercentPath.Narrow)
        {
            for (var i = head; i < n; i++)
            {
                output[i] = reasons[i] == (byte)UndefinedReason.None ? Percent(values[i], values[i - lag], decimals, path) : 0m;
            }

            return;
        }

        // The common case, one loop with nothing to decide but the sign: |current − base| · 10^(decimals+2) fits in 32 bits.
        var factor = (uint)WideArithmetic.Pow10(decimals + 2);
        var bases = values.Slice(0, n - head);
        var currents = values.Slice(head);
        var rowReasons = reasons.Slice(head);
        var rowOutput = output.Slice(head);
        for (var j = 0; j < currents.Length && j < bases.Length && j < rowReasons.Length && j < rowOutput.Length; j++)
        {
            if (rowReasons[j] != (byte)UndefinedReason.None)
            {
                rowOutput[j] = 0m;
                continue;
            }

            var current = currents[j];
            var baseValue = bases[j];
            var difference = current - baseValue;
            var negative = unchecked((ulong)(difference ^ baseValue)) >> 63;
            var dividend = unchecked((uint)(difference < 0 ? -difference : difference) * factor);
            var divisor = unchecked((uint)(baseValue < 0 ? -baseValue : baseValue));
            var q = dividend / divisor;
            var r = dividend - (q * divisor);
            rowOutput[j] = PercentKernels.FromScaled(q + (~unchecked((ulong)(((2L * r) - divisor) >> 63)) & 1), negative, decimals);
        }
    }

    /// <summary>The percentages of pairs given side by side, 0 where the reason is not <see cref="UndefinedReason.None"/>.</summary>
    internal static void PairPercents(ReadOnlySpan<long> currents, ReadOnlySpan<long> bases, ReadOnlySpan<byte> reasons, int decimals, Span<decimal> output)
    {
        long maxAbs = 0;
        for (var i = 0; i < currents.Length; i++)
        {
            maxAbs = Math.Max(maxAbs, Math.Max(Magnitude(currents[i]), Magnitude(bases[i])));
        }

        var path = ChoosePath(maxAbs, decimals);
        for (var i = 0; i < currents.Length; i++)
        {
            output[i] = reasons[i] == (byte)UndefinedReason.None ? Percent(currents[i], bases[i], decimals, path) : 0m;
        }
    }

    /// <summary>The largest magnitude of the values (long.MaxValue for long.MinValue).</summary>
    internal static long MaxAbs(ReadOnlySpan<long> values)
    {
        long max = 0;
        foreach (var v in values)
        {
            max = Math.Max(max, Magnitude(v));
        }

        return max;
    }

    /// <summary>
    /// The index of the first point whose parts fail the bound <c>numerator·q ? p·denominator</c> (below a floor when
    /// <paramref name="floor"/>, above a ceiling otherwise), or −1. The caller has proved once per panel that every part
    /// and both p and q fit in 32 bits and every product in 63 bits, and that no denominator is zero; with 256-bit
    /// vectors eight points are decided per step by 32×32→64-bit multiplies, stopping at the first vector that fails.
    /// </summary>
    internal static int FirstFailure(ReadOnlySpan<long> numerators, ReadOnlySpan<long> denominators, long p, long q, bool floor)
    {
        var n = Math.Min(numerators.Length, denominators.Length);
        var i = 0;
#if NET8_0_OR_GREATER
        if (KernelPaths.UseAvx2 && n >= 2 * Vector256<long>.Count)
        {
            ref var num = ref MemoryMarshal.GetReference(numerators);
            ref var den = ref MemoryMarshal.GetReference(denominators);
            var qv = Vector256.Create((ulong)q).AsUInt32();
            var pv = Vector256.Create((ulong)p).AsUInt32();
            const int step = 2 * 4;
            for (; i + step <= n; i += step)
            {
                var n0 = Vector256.LoadUnsafe(ref num, (nuint)i).AsUInt32();
                var n1 = Vector256.LoadUnsafe(ref num, (nuint)(i + 4)).AsUInt32();
                var d0 = Vector256.LoadUnsafe(ref den, (nuint)i).AsUInt32();
                var d1 = Vector256.LoadUnsafe(ref den, (nuint)(i + 4)).AsUInt32();
                var left0 = Avx2.Multiply(n0, qv).AsInt64();
                var left1 = Avx2.Multiply(n1, qv).AsInt64();
                var right0 = Avx2.Multiply(d0, pv).AsInt64();
                var right1 = Avx2.Multiply(d1, pv).AsInt64();
                var fails = floor
                    ? Vector256.LessThan(left0, right0) | Vector256.LessThan(left1, right1)
                    : Vector256.GreaterThan(left0, right0) | Vector256.GreaterThan(left1, right1);
                if (fails != Vector256<long>.Zero)
                {
                    break;
                }
            }
        }
#endif
        for (; i < n; i++)
        {
            var left = numerators[i] * q;
            var right = p * denominators[i];
            if (floor ? left < right : left > right)
            {
                return i;
            }
        }

        return -1;
    }

    private static long Magnitude(long v) => v == long.MinValue ? long.MaxValue : Math.Abs(v);
}
