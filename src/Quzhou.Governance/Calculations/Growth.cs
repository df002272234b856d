using System;
using Quzhou.Governance.Series;
using Quzhou.Governance.Quantities;

namespace Quzhou.Governance.Calculations;

/// <summary>
/// Average annual growth (年均增长): the level method (水平法, the geometric rate (last / base)^(1/years) − 1)
/// and the cumulative method (累计法, 方程式法: base·(x + x² + … + xⁿ) = the sum of the years), each solved in
/// <see cref="decimal"/> by Newton's method from a double estimate, to far beyond 12 significant digits.
/// </summary>
public static class Growth
{
    /// <summary>The level method between two values <paramref name="years"/> years apart.</summary>
    /// <param name="baseValue">The base-year value, not negative.</param>
    /// <param name="lastValue">The last-year value, not negative.</param>
    /// <param name="years">The number of years, 1–100.</param>
    /// <returns>The growth; undefined (<see cref="UndefinedReason.ZeroBase"/>) against a zero base.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative or <paramref name="years"/> is out of range.</exception>
    public static AnnualGrowth LevelMethod(long baseValue, long lastValue, int years)
    {
        Preconditions.CheckArgumentRange(nameof(baseValue), baseValue, 0L, long.MaxValue);
        Preconditions.CheckArgumentRange(nameof(lastValue), lastValue, 0L, long.MaxValue);
        Preconditions.CheckArgumentRange(nameof(years), years, 1, 100);
        if (baseValue == 0)
        {
            return new AnnualGrowth(0, years, UndefinedReason.ZeroBase);
        }

        if (lastValue == 0)
        {
            return new AnnualGrowth(-1m, years, UndefinedReason.None);
        }

        var ratio = (decimal)lastValue / baseValue;
        return new AnnualGrowth(Root(ratio, years) - 1m, years, UndefinedReason.None);
    }

    /// <summary>The level method over a yearly series, from <paramref name="baseYear"/> to <paramref name="lastYear"/>.</summary>
    /// <param name="series">A yearly series.</param>
    /// <param name="baseYear">The base year.</param>
    /// <param name="lastYear">The last year, 1–100 years after the base.</param>
    /// <returns>The growth; undefined when a year is missing, the basis changed between them, or the base is zero.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    /// <exception cref="ArgumentException">The series is not yearly, or a value is negative.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The years are not 1–100 apart.</exception>
    public static AnnualGrowth LevelMethod(IndicatorSeries series, SeriesPeriod baseYear, SeriesPeriod lastYear)
    {
        Preconditions.CheckNotNull(series, nameof(series));
        Preconditions.CheckArgument(series.Frequency == Frequency.Year, nameof(series), "Average annual growth needs a yearly series, not {0}.", series.Frequency);
        Preconditions.CheckArgument(baseYear.Frequency == Frequency.Year, nameof(baseYear), "The base year must be a year, not {0}.", baseYear);
        Preconditions.CheckArgument(lastYear.Frequency == Frequency.Year, nameof(lastYear), "The last year must be a year, not {0}.", lastYear);
        var years = baseYear.PeriodsUntil(lastYear);
        if (years < 1 || years > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(lastYear), lastYear, "The last year must be 1-100 years after the base year " + baseYear.ToString() + ".");
        }

        var change = Changes.Between(series, lastYear, baseYear);
        return change.Reason is UndefinedReason.None or UndefinedReason.ZeroBase
            ? LevelMethod(change.Base, change.Current, years)
            : new AnnualGrowth(0, years, change.Reason);
    }

    /// <summary>
    /// The cumulative method (方程式法): the x solving base·(x + x² + … + xⁿ) = Σ yearValues, growth x − 1, for
    /// investment-like totals over the n years after the base year.
    /// </summary>
    /// <param name="baseValue">The base-year value, not negative.</param>
    /// <param name="yearValues">The values of the n years after the base year, 1–100 of them, not negative.</param>
    /// <returns>The growth; undefined against a zero base, or when the years sum to zero (no positive solution).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative, or there are not 1–100 years.</exception>
    public static AnnualGrowth CumulativeMethod(long baseValue, ReadOnlySpan<long> yearValues)
    {
        Preconditions.CheckArgumentRange(nameof(baseValue), baseValue, 0L, long.MaxValue);
        Preconditions.CheckArgumentRange(nameof(yearValues), yearValues.Length, 1, 100);
        decimal sum = 0;
        foreach (var v in yearValues)
        {
            Preconditions.CheckArgumentRange(nameof(yearValues), v, 0L, long.MaxValue);
            sum += v;
        }

        var n = yearValues.Length;
        if (baseValue == 0)
        {
            return new AnnualGrowth(0, n, UndefinedReason.ZeroBase);
        }

        if (sum == 0)
        {
            return new AnnualGrowth(-1m, n, UndefinedReason.None);
        }

        var target = sum / baseValue;

        // f(x) = x + … + xⁿ − target is increasing for x > 0; start from a double estimate.
        var estimate = SolveDouble((double)target, n);
        var x = (decimal)estimate;
        for (var iteration = 0; iteration < 8; iteration++)
        {
            decimal power = 1, f = -target, derivative = 0;
            for (var k = 1; k <= n; k++)
            {
                derivative += k * power; // k·x^(k−1)
                power *= x;
                f += power;
            }

            var next = x - (f / derivative);
            if (next == x)
            {
                break;
            }

            x = next > 0 ? next : x / 2;
        }

        return new AnnualGrowth(x - 1m, n, UndefinedReason.None);
    }

    /// <summary>The cumulative method over a yearly series: the base year's value against the sum of the years after it
    /// up to <paramref name="lastYear"/>.</summary>
    /// <param name="series">A yearly series.</param>
    /// <param name="baseYear">The base year.</param>
    /// <param name="lastYear">The last year, 1–100 years after the base.</param>
    /// <returns>The growth; undefined when the base year (<see cref="UndefinedReason.MissingBase"/>) or a later year
    /// (<see cref="UndefinedReason.MissingCurrent"/>) is missing, when the basis changed after the base year
    /// (<see cref="UndefinedReason.BasisBreak"/>), or as for <see cref="CumulativeMethod(long, ReadOnlySpan{long})"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    /// <exception cref="ArgumentException">The series is not yearly, a period is of another frequency, or a value is negative.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The years are not 1–100 apart.</exception>
    public static AnnualGrowth CumulativeMethod(IndicatorSeries series, SeriesPeriod baseYear, SeriesPeriod lastYear)
    {
        Preconditions.CheckNotNull(series, nameof(series));
        Preconditions.CheckArgument(series.Frequency == Frequency.Year, nameof(series), "Average annual growth needs a yearly series, not {0}.", series.Frequency);
        var b = series.IndexOf(baseYear);
        var last = series.IndexOf(lastYear);
        var years = last - b;
        Preconditions.CheckArgumentRange(nameof(lastYear), years, 1, 100);
        var flags = series.RawFlags;
        if (unchecked((uint)b) >= unchecked((uint)series.Length) || flags[b] == PointFlags.Gap)
        {
            return new AnnualGrowth(0, years, UndefinedReason.MissingBase);
        }

        for (var i = b + 1; i <= last; i++)
        {
            if (i >= series.Length || flags[i] == PointFlags.Gap)
            {
                return new AnnualGrowth(0, years, UndefinedReason.MissingCurrent);
            }
        }

        if (Kernels.HasBreak(flags, b, last))
        {
            return new AnnualGrowth(0, years, UndefinedReason.BasisBreak);
        }

        return CumulativeMethod(series.RawValues[b], series.RawValues.AsSpan(b + 1, years));
    }

    /// <summary>The positive <paramref name="n"/>-th root of <paramref name="value"/> in decimal, by Newton's method.</summary>
    internal static decimal Root(decimal value, int n)
    {
        if (n == 1)
        {
            return value;
        }

        var x = (decimal)Math.Pow((double)value, 1.0 / n);
        for (var iteration = 0; iteration < 8; iteration++)
        {
            decimal power = 1;
            for (var k = 1; k < n; k++)
            {
                power *= x; // x^(n−1)
            }

            var next = x - (((power * x) - value) / (n * power));
            if (next == x)
            {
                break;
            }

            x = next;
        }

        return x;
    }

    private static double SolveDouble(double target, int n)
    {
        double low = 0, high = Math.Max(1.0, target);
        for (var i = 0; i < 200; i++)
        {
            var mid = (low + high) / 2;
            double power = 1, f = -target;
            for (var k = 1; k <= n; k++)
            {
                power *= mid;
                f += power;
            }

            if (f > 0)
            {
                high = mid;
            }
            else
            {
                low = mid;
            }
        }

        return (low + high) / 2;
    }
}
