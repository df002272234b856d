using System;
#if NET8_0_OR_GREATER
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
#endif
using Quzhou.Governance.Quantities;

namespace Quzhou.Governance.Calculations;

/// <summary>
/// The rounded percentages of a panel's lagged pairs, (current − base) / base × 100 rounded half away from zero (四舍五入)
/// at a fixed number of decimals, exactly, with no <see cref="decimal"/> arithmetic: each percentage is the integer
/// q = ⌊(2·|current − base|·10^(decimals+2) + |base|) / (2·|base|)⌋ written straight into the decimal's bits (q with
/// the scale and the sign). Where the panel's bound proves every integer involved stays below 2^53, four points are
/// divided at once in doubles — exact, because each operand and each product is an integer a double holds exactly,
/// the quotient is corrected by its exact remainder, and the pairs are matched by the panel's calendar axis (the point
/// <c>lag</c> periods earlier on the same row). Otherwise the scalar 32-, 64- or 128-bit integer paths of
/// <see cref="BulkKernels"/>.
/// </summary>
internal static class PercentKernels
{
#if NET8_0_OR_GREATER
    /// <summary>Whether <see cref="decimal"/> is laid out as .NET's flags, high 32 bits, low 64 bits (checked once).</summary>
    private static readonly bool DecimalBitsKnown = CheckDecimalLayout();
#endif

    /// <summary>Whether the doubles path is exact for magnitudes up to <paramref name="maxAbs"/>: every |current − base|
    /// (≤ 2·maxAbs) and every 2·|difference|·10^(decimals+2) + 3·|base| stays below 2^53.</summary>
    internal static bool FitsDoubles(long maxAbs, int decimals) =>
        maxAbs >= 0 && decimals + 2 <= 18 && (ulong)maxAbs <= (1UL << 53) / ((4 * WideArithmetic.Pow10(decimals + 2)) + 3);

    /// <summary>
    /// One regular row (no gap, no break): the reason of every point (<see cref="UndefinedReason.MissingBase"/> in the
    /// first <paramref name="lag"/>, <see cref="UndefinedReason.ZeroBase"/> on a zero base, otherwise
    /// <see cref="UndefinedReason.None"/>) and its percentage (0 where undefined), in one pass.
    /// </summary>
    internal static void RegularRow(ReadOnlySpan<long> row, int lag, int decimals, BulkKernels.PercentPath path, bool doubles, Span<byte> reasons, Span<decimal> output)
    {
        var head = Math.Min(lag, row.Length);
        reasons.Slice(0, head).Fill((byte)UndefinedReason.MissingBase);
        output.Slice(0, head).Clear();
        var i = head;
#if NET8_0_OR_GREATER
        if (doubles && DecimalBitsKnown && KernelPaths.UseVector256)
        {
            i = VectorRow(row, lag, decimals, KernelPaths.UseAvx2, reasons, output);
        }
#endif
        for (; i < row.Length; i++)
        {
            var baseValue = row[i - lag];
            if (baseValue == 0)
            {
                reasons[i] = (byte)UndefinedReason.ZeroBase;
                output[i] = 0m;
            }
            else
            {
                reasons[i] = (byte)UndefinedReason.None;
                output[i] = BulkKernels.Percent(row[i], baseValue, decimals, path);
            }
        }
    }

    /// <summary>
    /// One row whose reasons are known (a row with gaps or breaks, or a table's): the percentage of every point whose
    /// reason is <see cref="UndefinedReason.None"/>, 0 elsewhere.
    /// </summary>
    internal static void KnownReasons(ReadOnlySpan<long> row, ReadOnlySpan<byte> reasons, int lag, int decimals, BulkKernels.PercentPath path, bool doubles, Span<decimal> output)
    {
#if NET8_0_OR_GREATER
        if (doubles && DecimalBitsKnown && KernelPaths.UseVector256)
        {
            var head = Math.Min(lag, row.Length);
            output.Slice(0, head).Clear();
            var i = VectorRow(row, lag, decimals, KernelPaths.UseAvx2, default, output);
            for (; i < row.Length; i++)
            {
                output[i] = row[i - lag] == 0 ? 0m : BulkKernels.Percent(row[i], row[i - lag], decimals, path);
            }

            // The vector pass divided every pair; a point undefined for another reason than its base is set back to 0.
            for (var k = head; k < row.Length; k++)
            {
                if (reasons[k] != (byte)UndefinedReason.None)
                {
                    output[k] = 0m;
                }
            }

            return;
        }
#endif
        BulkKernels.LaggedPercents(row, reasons, lag, decimals, path, output);
    }

    /// <summary>A percentage's decimal from its magnitude q in units of 10^−<paramref name="scale"/> and its sign (1 negative):
    /// the bits written directly where the layout is known, otherwise through the constructor.</summary>
    internal static decimal FromScaled(ulong magnitude, ulong negative, int scale)
    {
        // A zero is never negative.
        negative &= unchecked(magnitude | (0 - magnitude)) >> 63;
#if NET8_0_OR_GREATER
        if (DecimalBitsKnown && magnitude >> 63 == 0)
        {
            var result = default(decimal);
            ref var bits = ref Unsafe.As<decimal, ulong>(ref result);
            bits = (uint)(scale << 16) | (negative << 31);
            Unsafe.Add(ref bits, 1) = magnitude;
            return result;
        }
#endif
        return new decimal(unchecked((int)(uint)magnitude), unchecked((int)(uint)(magnitude >> 32)), 0, negative != 0, (byte)scale);
    }

#if NET8_0_OR_GREATER
    /// <summary>
    /// Four points per step from <paramref name="lag"/> on, in doubles; returns where the scalar tail begins. Writes the
    /// reasons (<see cref="UndefinedReason.None"/> or <see cref="UndefinedReason.ZeroBase"/>) when
    /// <paramref name="reasons"/> is not empty, and 0 for a zero base; stores the decimals with AVX2's unpack and
    /// permute when <paramref name="avx2"/>, element by element otherwise.
    /// </summary>
    private static int VectorRow(ReadOnlySpan<long> row, int lag, int decimals, bool avx2, Span<byte> reasons, Span<decimal> output)
    {
        var n = Math.Min(row.Length, output.Length);
        var writeReasons = !reasons.IsEmpty;
        if (writeReasons)
        {
            n = Math.Min(n, reasons.Length);
        }

        var i = lag;
        if (n - lag < Vector256<long>.Count)
        {
            return i;
        }

        ref var values = ref MemoryMarshal.GetReference(row);
        ref var bits = ref Unsafe.As<decimal, ulong>(ref MemoryMarshal.GetReference(output));
        ref var why = ref MemoryMarshal.GetReference(reasons);

        // 2^52: a whole number 0 ≤ x < 2^52 is the low bits of the double x + 2^52, so the conversions are one OR or
        // one add, exact, on any vector hardware.
        var magic = Vector256.Create(4503599627370496.0);
        var magicBits = magic.AsInt64();
        var twiceFactor = Vector256.Create(2.0 * WideArithmetic.Pow10(decimals + 2));
        var minusOne = Vector256.Create(-1.0);
        var scaleFlags = Vector256.Create((long)(uint)(decimals << 16));
        var signFlag = Vector256.Create(0x80000000L);
        var zero = Vector256<long>.Zero;
        for (; i + Vector256<long>.Count <= n; i += Vector256<long>.Count)
        {
            var current = Vector256.LoadUnsafe(ref values, (nuint)i);
            var baseValue = Vector256.LoadUnsafe(ref values, (nuint)(i - lag));
            var difference = current - baseValue;
            var negativeDifference = Vector256.LessThan(difference, zero);
            var negativeBase = Vector256.LessThan(baseValue, zero);
            var zeroBase = Vector256.Equals(baseValue, zero);
            var d = (((difference ^ negativeDifference) - negativeDifference) | magicBits).AsDouble() - magic;
            var b = (((baseValue ^ negativeBase) - negativeBase) | magicBits).AsDouble() - magic;

            // x = 2·|difference|·10^(decimals+2) + |base|, y = 2·|base|: ⌊x / y⌋ is the magnitude rounded half up. The
            // quotient of two doubles is within one of it from above; the remainder x − q·y (exact: all below 2^53) says.
            var x = (d * twiceFactor) + b;
            var y = b + b;
            var q = Vector256.Floor(x / y);
            q += Vector256.ConditionalSelect(Vector256.LessThan(x - (q * y), Vector256<double>.Zero), minusOne, Vector256<double>.Zero);
            var magnitude = Vector256.AndNot((q + magic).AsInt64() - magicBits, zeroBase);
            var negative = Vector256.AndNot(negativeDifference ^ negativeBase, Vector256.Equals(magnitude, zero));
            // An undefined point (a zero base) is 0m, as on the scalar path: no scale, no sign.
            var flags = Vector256.AndNot(scaleFlags | (negative & signFlag), zeroBase);

            // Each decimal is two longs, flags (with the high 32 bits, 0) then the low 64 bits.
            ref var target = ref Unsafe.Add(ref bits, 2 * i);
            if (avx2)
            {
                var low = Avx2.UnpackLow(flags, magnitude);
                var high = Avx2.UnpackHigh(flags, magnitude);
                Avx2.Permute2x128(low, high, 0x20).AsUInt64().StoreUnsafe(ref target);
                Avx2.Permute2x128(low, high, 0x31).AsUInt64().StoreUnsafe(ref target, 4);
            }
            else
            {
                for (var k = 0; k < Vector256<long>.Count; k++)
                {
                    Unsafe.Add(ref target, 2 * k) = (ulong)flags.GetElement(k);
                    Unsafe.Add(ref target, (2 * k) + 1) = (ulong)magnitude.GetElement(k);
                }
            }

            if (writeReasons)
            {
                // UndefinedReason.ZeroBase is 1: bit k of the mask becomes byte k.
                var mask = zeroBase.ExtractMostSignificantBits();
                var packed = (mask & 1) | ((mask & 2) << 7) | ((mask & 4) << 14) | ((mask & 8) << 21);
                Unsafe.WriteUnaligned(ref Unsafe.Add(ref why, i), packed);
            }
        }

        return i;
    }

    private static bool CheckDecimalLayout()
    {
        var probe = new decimal(0x12345678, 0x01, 0x07, true, 3);
        ref var bits = ref Unsafe.As<decimal, ulong>(ref probe);
        return bits == (0x80000000UL | (3UL << 16) | (7UL << 32)) && Unsafe.Add(ref bits, 1) == 0x1_12345678UL;
    }
#endif
}
