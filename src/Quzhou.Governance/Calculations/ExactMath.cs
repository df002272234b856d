using System;

namespace Quzhou.Governance.Calculations;

/// <summary>Exact comparison of products of 64-bit integers (cross-multiplication) with 128-bit intermediates.</summary>
internal static class ExactMath
{
    /// <summary>The sign of a·b − c·d, exactly.</summary>
    internal static int CompareProducts(long a, long b, long c, long d)
    {
#if NET7_0_OR_GREATER
        return ((Int128)a * b).CompareTo((Int128)c * d);
#else
        var left = Multiply(a, b);
        var right = Multiply(c, d);
        return left.CompareTo(right);
#endif
    }

    /// <summary>The greatest common divisor of two non-negative numbers.</summary>
    internal static long Gcd(long a, long b)
    {
        while (b != 0)
        {
            var t = a % b;
            a = b;
            b = t;
        }

        return a;
    }

#if !NET7_0_OR_GREATER
    private static Signed128 Multiply(long a, long b)
    {
        var negative = (a < 0) ^ (b < 0);
        var ua = a < 0 ? (ulong)(-(a + 1)) + 1 : (ulong)a;
        var ub = b < 0 ? (ulong)(-(b + 1)) + 1 : (ulong)b;
        ulong aLo = ua & 0xFFFFFFFF, aHi = ua >> 32, bLo = ub & 0xFFFFFFFF, bHi = ub >> 32;
        var lolo = aLo * bLo;
        var hilo = aHi * bLo;
        var lohi = aLo * bHi;
        var hihi = aHi * bHi;
        var cross = (lolo >> 32) + (hilo & 0xFFFFFFFF) + lohi;
        var high = hihi + (hilo >> 32) + (cross >> 32);
        var low = (cross << 32) | (lolo & 0xFFFFFFFF);
        return new Signed128(negative && (high | low) != 0, high, low);
    }

    private readonly struct Signed128 : IComparable<Signed128>
    {
        private readonly bool negative;
        private readonly ulong high;
        private readonly ulong low;

        internal Signed128(bool negative, ulong high, ulong low)
        {
            this.negative = negative;
            this.high = high;
            this.low = low;
        }

        public int CompareTo(Signed128 other)
        {
            if (negative != other.negative)
            {
                return negative ? -1 : 1;
            }

            var magnitude = high != other.high ? high.CompareTo(other.high) : low.CompareTo(other.low);
            return negative ? -magnitude : magnitude;
        }
    }
#endif
}
