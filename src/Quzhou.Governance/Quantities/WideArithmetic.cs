using System;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Quzhou.Governance.Quantities;

/// <summary>
/// Exact integer arithmetic on fractions of <see cref="long"/>s: 64×64→128-bit products for
/// cross-multiplied comparisons, and correctly rounded quotients. On net10.0 it uses
/// <c>Int128</c>/<c>UInt128</c>; on netstandard2.0 a portable multiply built from 32-bit halves.
/// Nothing here divides a <see cref="decimal"/>.
/// </summary>
internal static class WideArithmetic
{
    private static readonly ulong[] PowersOf10 =
    [
        1UL, 10UL, 100UL, 1_000UL, 10_000UL, 100_000UL, 1_000_000UL, 10_000_000UL, 100_000_000UL,
        1_000_000_000UL, 10_000_000_000UL, 100_000_000_000UL, 1_000_000_000_000UL, 10_000_000_000_000UL,
        100_000_000_000_000UL, 1_000_000_000_000_000UL, 10_000_000_000_000_000UL,
        100_000_000_000_000_000UL, 1_000_000_000_000_000_000UL, 10_000_000_000_000_000_000UL,
    ];

    /// <summary>The largest power of ten kept as a <see cref="ulong"/> factor (10¹⁹).</summary>
    internal const int MaxPow10 = 19;

    /// <summary>10^<paramref name="exponent"/> for 0 ≤ exponent ≤ 19.</summary>
    internal static ulong Pow10(int exponent) => PowersOf10[exponent];

    /// <summary>The sign of a·b − c·d, exactly (the products may need 127 bits).</summary>
    internal static int CompareProducts(long a, long b, long c, long d)
    {
#if NET7_0_OR_GREATER
        // Math.BigMul is one multiply instruction on 64-bit hardware; compare the signed 128-bit results.
        var leftHigh = Math.BigMul(a, b, out var leftLow);
        var rightHigh = Math.BigMul(c, d, out var rightLow);
        if (leftHigh != rightHigh)
        {
            return leftHigh < rightHigh ? -1 : 1;
        }

        return unchecked((ulong)leftLow).CompareTo(unchecked((ulong)rightLow));
#else
        var left = SignedProduct(a, b, out var leftHigh, out var leftLow);
        var right = SignedProduct(c, d, out var rightHigh, out var rightLow);
        if (left != right)
        {
            return left < right ? -1 : 1;
        }

        if (left == 0)
        {
            return 0;
        }

        var magnitude = CompareUnsigned(leftHigh, leftLow, rightHigh, rightLow);
        return left > 0 ? magnitude : -magnitude;
#endif
    }

    /// <summary>
    /// The sign of a·p − c·d where <paramref name="p"/> is an unsigned factor up to 10¹⁹ (used to scale
    /// a numerator by a power of ten before comparing).
    /// </summary>
    internal static int CompareScaledProducts(long a, ulong p, long c, long d)
    {
#if NET7_0_OR_GREATER
        if (p <= long.MaxValue)
        {
            return CompareProducts(a, (long)p, c, d);
        }

        // |a|·p < 2⁶³·2⁶⁴ = 2¹²⁷ fits Int128.
        return ((Int128)a * (Int128)p).CompareTo((Int128)c * d);
#else
        var leftSign = a == 0 || p == 0 ? 0 : Math.Sign(a);
        MultiplyUnsigned(Magnitude(a), p, out var leftHigh, out var leftLow);
        var rightSign = SignedProduct(c, d, out var rightHigh, out var rightLow);
        if (leftSign != rightSign)
        {
            return leftSign < rightSign ? -1 : 1;
        }

        if (leftSign == 0)
        {
            return 0;
        }

        var magnitude = CompareUnsigned(leftHigh, leftLow, rightHigh, rightLow);
        return leftSign > 0 ? magnitude : -magnitude;
#endif
    }

    /// <summary>
    /// numerator·10^<paramref name="shift"/> / denominator rounded half away from zero (四舍五入) to an
    /// integer, returned as a <see cref="decimal"/> with <paramref name="scale"/> decimals, so the result
    /// is numerator/denominator·10^(shift − scale) rounded to <paramref name="scale"/> places.
    /// </summary>
    /// <exception cref="OverflowException">The rounded value does not fit a <see cref="decimal"/>.</exception>
    internal static decimal RoundedQuotient(long numerator, long denominator, int shift, int scale)
    {
        // Callers guarantee denominator > 0 and 0 ≤ shift ≤ 19.
        var negative = numerator < 0;
        MultiplyUnsigned(Magnitude(numerator), Pow10(shift), out var high, out var low);
        var divisor = (ulong)denominator;
        DivRem(high, low, divisor, out var quotientHigh, out var quotientLow, out var remainder);

        // Round half away from zero: remainder ≥ divisor / 2, tested without overflow.
        if (remainder >= divisor - remainder)
        {
            // The low word wraps from 2⁶⁴ − 1 to 0 and carries into the high word (a checked ++ would throw for a
            // value a decimal holds, e.g. 3504881374004814807 / 19 at 2 places = 184467440737095516.16).
            quotientLow = unchecked(quotientLow + 1);
            if (quotientLow == 0)
            {
                quotientHigh++;
            }
        }

        if (quotientHigh > uint.MaxValue)
        {
            throw new OverflowException("The rounded value is too large for a decimal.");
        }

        return new decimal(
            unchecked((int)(uint)quotientLow),
            unchecked((int)(uint)(quotientLow >> 32)),
            unchecked((int)(uint)quotientHigh),
            negative && (quotientLow | quotientHigh) != 0,
            (byte)scale);
    }

    /// <summary>
    /// a·b / denominator rounded half away from zero, for a, b ≥ 0 and denominator &gt; 0, with the
    /// product kept in 128 bits; <paramref name="exact"/> tells whether the division had no remainder.
    /// </summary>
    /// <exception cref="OverflowException">The result is beyond <see cref="long.MaxValue"/>.</exception>
    internal static long MultiplyDivideRounded(long a, long b, long denominator, out bool exact)
    {
        MultiplyUnsigned((ulong)a, (ulong)b, out var high, out var low);
        var divisor = (ulong)denominator;
        DivRem(high, low, divisor, out var quotientHigh, out var quotientLow, out var remainder);
        exact = remainder == 0;
        if (remainder >= divisor - remainder && !exact)
        {
            quotientLow = unchecked(quotientLow + 1);
            if (quotientLow == 0)
            {
                quotientHigh++;
            }
        }

        if (quotientHigh != 0 || quotientLow > long.MaxValue)
        {
            throw new OverflowException("The result is too large for a 64-bit count.");
        }

        return (long)quotientLow;
    }

    /// <summary>
    /// numerator·10^<paramref name="shift"/> / denominator as a <see cref="decimal"/> with its full
    /// precision (28–29 significant digits). Used only when a value is asked for or printed.
    /// </summary>
    internal static decimal Quotient(long numerator, long denominator, int shift)
    {
        decimal scaled = numerator;
        for (var i = 0; i < shift; i++)
        {
            scaled *= 10m;
        }

        return scaled / denominator;
    }

    /// <summary>The greatest common divisor of |a| and |b| (b ≠ 0 or a ≠ 0), as an unsigned value.</summary>
    internal static ulong Gcd(ulong a, ulong b)
    {
        while (b != 0)
        {
            var t = a % b;
            a = b;
            b = t;
        }

        return a;
    }

    /// <summary>A hash of the fraction numerator/denominator that is equal for equal values (2/4 and 1/2).</summary>
    internal static int FractionHash(long numerator, long denominator)
    {
        if (numerator == 0)
        {
            return 1;
        }

        var n = Magnitude(numerator);
        var d = Magnitude(denominator);
        var g = Gcd(n, d);
        var negative = (numerator < 0) != (denominator < 0);
        var hash = HashCodes.Combine((n / g).GetHashCode(), (d / g).GetHashCode());
        return negative ? ~hash : hash;
    }

    /// <summary>|value| as an unsigned number (long.MinValue included).</summary>
    internal static ulong Magnitude(long value) => value < 0 ? unchecked(0UL - (ulong)value) : (ulong)value;

    /// <summary>
    /// The integer mantissa and scale of a <see cref="decimal"/> (value = mantissa / 10^scale) when the
    /// mantissa fits a <see cref="long"/>; false for the rare values with more than 18 significant digits.
    /// </summary>
    internal static bool TryDecompose(decimal value, out long mantissa, out int scale)
    {
        // Read the decimal's four words in place (no allocation, no division). The runtime lays a decimal
        // out as flags, high 32 bits, low 64 bits on every little-endian platform (.NET and .NET Framework
        // alike); elsewhere fall back to GetBits.
        int flags;
        uint high;
        ulong low;
        if (BitConverter.IsLittleEndian)
        {
            var bits = new DecimalBits { Value = value };
            flags = bits.Flags;
            high = bits.High;
            low = bits.Low;
        }
        else
        {
            var parts = decimal.GetBits(value);
            flags = parts[3];
            high = unchecked((uint)parts[2]);
            low = unchecked(((ulong)(uint)parts[1] << 32) | (uint)parts[0]);
        }

        scale = (flags >> 16) & 0xFF;
        if (high != 0 || low > long.MaxValue)
        {
            mantissa = 0;
            return false;
        }

        mantissa = flags < 0 ? -(long)low : (long)low;
        return true;
    }

    /// <summary>The exact value of a <see cref="decimal"/> as a fraction of big integers (the slow path).</summary>
    internal static void ToBigFraction(decimal value, out BigInteger numerator, out BigInteger denominator)
    {
        var bits = decimal.GetBits(value);
        var scale = (bits[3] >> 16) & 0xFF;
        var magnitude = unchecked(((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0]);
        numerator = bits[3] < 0 ? -magnitude : magnitude;
        denominator = BigInteger.Pow(10, scale);
    }

    /// <summary>The full 128-bit product of two unsigned 64-bit numbers.</summary>
    internal static void MultiplyUnsigned(ulong a, ulong b, out ulong high, out ulong low)
    {
#if NET7_0_OR_GREATER
        high = Math.BigMul(a, b, out low);
#else
        var aLow = a & 0xFFFF_FFFFUL;
        var aHigh = a >> 32;
        var bLow = b & 0xFFFF_FFFFUL;
        var bHigh = b >> 32;

        var lowLow = aLow * bLow;
        var highLow = aHigh * bLow;
        var lowHigh = aLow * bHigh;
        var highHigh = aHigh * bHigh;

        var middle = (lowLow >> 32) + (highLow & 0xFFFF_FFFFUL) + (lowHigh & 0xFFFF_FFFFUL);
        low = (middle << 32) | (lowLow & 0xFFFF_FFFFUL);
        high = highHigh + (highLow >> 32) + (lowHigh >> 32) + (middle >> 32);
#endif
    }

    /// <summary>(high·2⁶⁴ + low) divided by <paramref name="divisor"/> (non-zero): a 128-bit quotient and the remainder.</summary>
    internal static void DivRem(ulong high, ulong low, ulong divisor, out ulong quotientHigh, out ulong quotientLow, out ulong remainder)
    {
#if NET7_0_OR_GREATER
        var dividend = new UInt128(high, low);
        var quotient = UInt128.DivRem(dividend, divisor);
        quotientHigh = unchecked((ulong)(quotient.Quotient >> 64));
        quotientLow = unchecked((ulong)quotient.Quotient);
        remainder = unchecked((ulong)quotient.Remainder);
#else
        quotientHigh = high / divisor;
        var rest = high % divisor;

        // Schoolbook binary division of rest·2⁶⁴ + low by divisor, with rest < divisor throughout.
        ulong q = 0;
        for (var bit = 63; bit >= 0; bit--)
        {
            var carry = rest >> 63;
            rest = unchecked((rest << 1) | ((low >> bit) & 1UL));
            if (carry != 0 || rest >= divisor)
            {
                rest = unchecked(rest - divisor);
                q |= 1UL << bit;
            }
        }

        quotientLow = q;
        remainder = rest;
#endif
    }

    [StructLayout(LayoutKind.Explicit)]
    private struct DecimalBits
    {
        [FieldOffset(0)]
        public decimal Value;

        [FieldOffset(0)]
        public int Flags;

        [FieldOffset(4)]
        public uint High;

        [FieldOffset(8)]
        public ulong Low;
    }

#if !NET7_0_OR_GREATER
    private static int SignedProduct(long a, long b, out ulong high, out ulong low)
    {
        MultiplyUnsigned(Magnitude(a), Magnitude(b), out high, out low);
        if (a == 0 || b == 0)
        {
            return 0;
        }

        return (a < 0) == (b < 0) ? 1 : -1;
    }

    private static int CompareUnsigned(ulong leftHigh, ulong leftLow, ulong rightHigh, ulong rightLow)
    {
        if (leftHigh != rightHigh)
        {
            return leftHigh < rightHigh ? -1 : 1;
        }

        return leftLow.CompareTo(rightLow);
    }
#endif
}
