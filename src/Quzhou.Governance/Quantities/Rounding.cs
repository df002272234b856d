using System;

namespace Quzhou.Governance.Quantities;

/// <summary>
/// Published rounding, 四舍五入: half away from zero at the precision printed. Every part of the library
/// that rounds a published figure calls this one function.
/// </summary>
public static class Rounding
{
    /// <summary>The smallest number of decimals accepted: −18 rounds to whole multiples of 10¹⁸.</summary>
    public const int MinDecimals = -18;

    /// <summary>The largest number of decimals accepted (the scale limit of <see cref="decimal"/>).</summary>
    public const int MaxDecimals = 28;

    /// <summary>
    /// Rounds <paramref name="value"/> half away from zero to <paramref name="decimals"/> places
    /// (四舍五入): 72.955 → 72.96, −72.955 → −72.96. A negative <paramref name="decimals"/> rounds to tens,
    /// hundreds and so on: 1365 at −1 → 1370.
    /// </summary>
    /// <param name="value">The exact value.</param>
    /// <param name="decimals">Places after the decimal point, from <see cref="MinDecimals"/> to <see cref="MaxDecimals"/>.</param>
    /// <returns>The rounded value, with exactly <paramref name="decimals"/> places when that is not negative
    /// (so 97.1 at 2 places is 97.10 and keeps its printed precision).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside the accepted range.</exception>
    /// <exception cref="OverflowException">The rounded value is too large for <see cref="decimal"/>.</exception>
    public static decimal HalfAwayFromZero(decimal value, int decimals)
    {
        Preconditions.CheckArgumentRange(nameof(decimals), decimals, MinDecimals, MaxDecimals);
        if (decimals >= 0)
        {
            var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
            return WithScale(rounded, decimals);
        }

        var factor = Pow10(-decimals);
        return Math.Round(value / factor, 0, MidpointRounding.AwayFromZero) * factor;
    }

    /// <summary>
    /// The exact fraction <paramref name="numerator"/> / <paramref name="denominator"/> rounded half away
    /// from zero (四舍五入) to <paramref name="decimals"/> places, computed from the integers (a 128-bit
    /// product and one integer division), never by rounding an already rounded decimal: 2/3 at 2 places is
    /// 0.67, 1/8 at 2 places is 0.13.
    /// </summary>
    /// <param name="numerator">The numerator, any sign.</param>
    /// <param name="denominator">The denominator, greater than zero.</param>
    /// <param name="decimals">Places after the decimal point, from 0 to 19.</param>
    /// <returns>The rounded value, written with exactly <paramref name="decimals"/> places.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="denominator"/> is not positive or
    /// <paramref name="decimals"/> is outside 0…19.</exception>
    /// <exception cref="OverflowException">The rounded value is too large for <see cref="decimal"/>.</exception>
    public static decimal HalfAwayFromZero(long numerator, long denominator, int decimals)
    {
        Preconditions.CheckArgumentRange(nameof(denominator), denominator, 1L, long.MaxValue);
        Preconditions.CheckArgumentRange(nameof(decimals), decimals, 0, WideArithmetic.MaxPow10);
        return WideArithmetic.RoundedQuotient(numerator, denominator, decimals, decimals);
    }

    /// <summary>10 to the power <paramref name="exponent"/>, exactly, for 0 ≤ exponent ≤ 28.</summary>
    internal static decimal Pow10(int exponent)
    {
        Preconditions.CheckArgumentRange(nameof(exponent), exponent, 0, 28);
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }

    /// <summary>
    /// The same value written with exactly <paramref name="scale"/> decimals when that adds only zeros
    /// (97.1 → 97.10); a value with more significant decimals is returned unchanged.
    /// </summary>
    internal static decimal WithScale(decimal value, int scale)
    {
        var current = Scale(value);
        if (current >= scale)
        {
            return value;
        }

        // Adding 0.00…0 with the wanted scale raises the scale without changing the value.
        return value + new decimal(0, 0, 0, false, (byte)scale);
    }

    /// <summary>The number of decimals a <see cref="decimal"/> is written with (97.10m has 2).</summary>
    internal static int Scale(decimal value)
    {
#if NET7_0_OR_GREATER
        return value.Scale;
#else
        // decimal.GetBits allocates an int[4]; the flags are the first 32 bits of a decimal on every runtime
        // (.NET Framework, Mono and .NET alike), so they are read in place.
        return (new DecimalFlags { Value = value }.Flags >> 16) & 0xFF;
#endif
    }

#if !NET7_0_OR_GREATER
    /// <summary>A decimal and its first 32 bits, the flags (sign and scale), overlaid.</summary>
    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Explicit)]
    private struct DecimalFlags
    {
        [System.Runtime.InteropServices.FieldOffset(0)]
        public decimal Value;

        [System.Runtime.InteropServices.FieldOffset(0)]
        public int Flags;
    }
#endif
}
