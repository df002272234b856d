using System;
using Quzhou.Governance.Indicators;

namespace Quzhou.Governance.Series;

/// <summary>
/// Many series of one rate indicator on one shared time axis, their numerators and denominators each in
/// one contiguous array, series after series. Immutable.
/// </summary>
public sealed class RatePanel
{
    private readonly long[] numerators;
    private readonly long[] denominators;

    private RatePanel(RateIndicator indicator, SeriesPeriod start, int length, long[] numerators, long[] denominators, long maxPart, bool anyZeroDenominator)
    {
        MaxPart = maxPart;
        AnyZeroDenominator = anyZeroDenominator;
        Indicator = indicator;
        Start = start;
        Length = length;
        SeriesCount = numerators.Length / length;
        this.numerators = numerators;
        this.denominators = denominators;
    }

    /// <summary>The indicator observed.</summary>
    public RateIndicator Indicator { get; }

    /// <summary>The first period of the shared axis.</summary>
    public SeriesPeriod Start { get; }

    /// <summary>The last period of the shared axis.</summary>
    public SeriesPeriod End => Start.PlusPeriods(Length - 1);

    /// <summary>The number of periods in each series.</summary>
    public int Length { get; }

    /// <summary>The number of series.</summary>
    public int SeriesCount { get; }

    internal long[] RawNumerators => numerators;

    internal long[] RawDenominators => denominators;

    /// <summary>The largest numerator or denominator, so kernels know when 64-bit products cannot overflow.</summary>
    internal long MaxPart { get; }

    /// <summary>Whether some denominator is zero.</summary>
    internal bool AnyZeroDenominator { get; }

    /// <summary>A panel of final parts, series after series: part <c>i</c> of series <c>s</c> is at <c>s × length + i</c>.</summary>
    /// <param name="indicator">The rate indicator.</param>
    /// <param name="start">The first period of the shared axis.</param>
    /// <param name="length">The number of periods in each series, at least 1.</param>
    /// <param name="numerators">The numerators, a whole multiple of <paramref name="length"/> (copied).</param>
    /// <param name="denominators">The denominators, as many (copied).</param>
    /// <returns>The panel.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    /// <exception cref="ArgumentException">The counts do not fit or are zero (a panel has at least one series, as for
    /// every panel factory), a part is negative, a share exceeds 100%, or <paramref name="start"/> is outside the years 1–9999.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The length is below 1 or the axis runs past 9999.</exception>
    public static RatePanel FromParts(RateIndicator indicator, SeriesPeriod start, int length, ReadOnlySpan<long> numerators, ReadOnlySpan<long> denominators)
    {
        Preconditions.CheckNotNull(indicator, nameof(indicator));
        _ = SeriesValidation.CheckPanelShape(start, length, numerators.Length, nameof(numerators));
        SeriesValidation.CheckParts(indicator, start, length, numerators, denominators, nameof(numerators), nameof(denominators));
        long max = 0;
        var anyZero = false;
        for (var i = 0; i < numerators.Length; i++)
        {
            var n = numerators[i];
            var d = denominators[i];
            max = Math.Max(max, Math.Max(n, d));
            anyZero |= d == 0;
        }

        return new RatePanel(indicator, start, length, numerators.ToArray(), denominators.ToArray(), max, anyZero);
    }

    /// <summary>Series <paramref name="series"/> as a <see cref="RateSeries"/> (copied).</summary>
    /// <param name="series">The series' index, 0 to <see cref="SeriesCount"/> − 1.</param>
    /// <returns>The series.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index is out of range.</exception>
    public RateSeries GetSeries(int series)
    {
        Preconditions.CheckArgumentRange(nameof(series), series, 0, SeriesCount - 1);
        return RateSeries.FromParts(Indicator, Start, numerators.AsSpan(series * Length, Length), denominators.AsSpan(series * Length, Length));
    }
}
