namespace Quzhou.Governance.Calculations;

/// <summary>Powers and the natural logarithm in <see cref="decimal"/>, to about 26 significant digits, without doubles.</summary>
internal static class DecimalMath
{
    private const decimal Ln2 = 0.6931471805599453094172321215m;

    /// <summary><paramref name="value"/> raised to a whole power ≥ 0 by repeated squaring.</summary>
    internal static decimal Pow(decimal value, int exponent)
    {
        decimal result = 1;
        var factor = value;
        while (exponent > 0)
        {
            if ((exponent & 1) != 0)
            {
                result *= factor;
            }

            exponent >>= 1;
            if (exponent > 0)
            {
                factor *= factor;
            }
        }

        return result;
    }

    /// <summary>
    /// The natural logarithm of a positive value: halve or double it into [2/3, 4/3] (k steps), then
    /// ln x = k·ln 2 + 2·atanh((x − 1)/(x + 1)), the series converging by at least 1/49 a term.
    /// </summary>
    internal static decimal Ln(decimal value)
    {
        var k = 0;
        while (value > 4m / 3m)
        {
            value /= 2;
            k++;
        }

        while (value < 2m / 3m)
        {
            value *= 2;
            k--;
        }

        var z = (value - 1) / (value + 1);
        var z2 = z * z;
        decimal term = z, sum = 0;
        for (var n = 1; n < 200 && term != 0; n += 2)
        {
            sum += term / n;
            term *= z2;
        }

        return (k * Ln2) + (2 * sum);
    }
}
