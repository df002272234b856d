using System;
using Quzhou.Governance.Quantities;

namespace Quzhou.Governance.Figures;

/// <summary>
/// Compares an exact fraction with a <see cref="decimal"/> by cross-multiplication in 192-bit unsigned
/// integers: no division, no rounding, no allocation. Portable: on netstandard2.0 the 64 × 64 → 128-bit
/// products are built from 32-bit halves.
/// </summary>
internal static class WideFraction
{
    /// <summary>
    /// The sign of numerator × scale / denominator − bound: −1, 0 or 1.
    /// </summary>
    /// <param name="numerator">Any long.</param>
    /// <param name="denominator">Any long but zero.</param>
    /// <param name="scale">1 to 10⁹.</param>
    /// <param name="bound">Any decimal.</param>
    internal static int Compare(long numerator, long denominator, long scale, decimal bound)
    {
        var fractionSign = Math.Sign(numerator) * Math.Sign(denominator);
        GetBits(bound, out var low64, out var high32, out var boundScale, out var negative);
        var boundSign = low64 == 0 && high32 == 0 ? 0 : (negative ? -1 : 1);
        if (fractionSign != boundSign)
        {
            return fractionSign < boundSign ? -1 : 1;
        }

        if (fractionSign == 0)
        {
            return 0;
        }

        var absNumerator = WideArithmetic.Magnitude(numerator);
        var absDenominator = WideArithmetic.Magnitude(denominator);

        // left = |numerator| × scale × 10^boundScale, right = mantissa × |denominator|.
        ulong factorHigh = 0;
        var factorLow = (ulong)scale;
        for (var i = 0; i < boundScale; i++)
        {
            MultiplyBy(ref factorHigh, ref factorLow, 10);
        }

        Multiply(factorHigh, factorLow, absNumerator, out var l2, out var l1, out var l0);
        Multiply(high32, low64, absDenominator, out var r2, out var r1, out var r0);
        var magnitude = l2 != r2 ? (l2 < r2 ? -1 : 1)
            : l1 != r1 ? (l1 < r1 ? -1 : 1)
            : l0 != r0 ? (l0 < r0 ? -1 : 1)
            : 0;
        return fractionSign > 0 ? magnitude : -magnitude;
    }

    /// <summary>(high, low) × b as a 192-bit number (r2, r1, r0), most significant first.</summary>
    private static void Multiply(ulong high, ulong low, ulong b, out ulong r2, out ulong r1, out ulong r0)
    {
        WideArithmetic.MultiplyUnsigned(low, b, out var carry, out r0);
        WideArithmetic.MultiplyUnsigned(high, b, out var top, out var middle);
        unchecked
        {
            r1 = middle + carry;
            r2 = top + (r1 < carry ? 1UL : 0UL);
        }
    }

    /// <summary>(high, low) × small, assuming the product fits in 128 bits.</summary>
    private static void MultiplyBy(ref ulong high, ref ulong low, ulong small)
    {
        WideArithmetic.MultiplyUnsigned(low, small, out var carry, out low);
        high = checked((high * small) + carry);
    }

    private static void GetBits(decimal value, out ulong low64, out ulong high32, out int scale, out bool negative)
    {
#if NET7_0_OR_GREATER
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
#else
        var bits = decimal.GetBits(value);
#endif
        low64 = unchecked(((ulong)(uint)bits[1] << 32) | (uint)bits[0]);
        high32 = unchecked((uint)bits[2]);
        scale = (bits[3] >> 16) & 0xFF;
        negative = bits[3] < 0;
    }
}
