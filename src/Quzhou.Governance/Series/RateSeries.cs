using System;
using System.Collections.Generic;
using Quzhou.Governance.Indicators;

namespace Quzhou.Governance.Series;

/// <summary>
/// The values of one rate indicator over consecutive calendar periods: per period its numerator and
/// denominator (the parts), or only the percentage as published with its precision, or a gap. A rate over
/// several periods is recomputed from the parts, never averaged. Immutable.
/// </summary>
public sealed class RateSeries
{
    private readonly long[] numerators;
    private readonly long[] denominators;
    private readonly byte[] flags;
    private readonly decimal[]? published;
    private readonly byte[]? decimals;

    internal RateSeries(RateIndicator indicator, SeriesPeriod start, long[] numerators, long[] denominators, byte[] flags, decimal[]? published, byte[]? decimals)
    {
        Indicator = indicator;
        Start = start;
        this.numerators = numerators;
        this.denominators = denominators;
        this.flags = flags;
        this.published = published;
        this.decimals = decimals;
    }

    /// <summary>The indicator observed.</summary>
    public RateIndicator Indicator { get; }

    /// <summary>The first period.</summary>
    public SeriesPeriod Start { get; }

    /// <summary>The last period.</summary>
    public SeriesPeriod End => Start.PlusPeriods(numerators.Length - 1);

    /// <summary>The frequency.</summary>
    public Frequency Frequency => Start.Frequency;

    /// <summary>The number of periods, gaps included.</summary>
    public int Length => numerators.Length;

    /// <summary>Every period in order, gaps included.</summary>
    public IEnumerable<RateObservation> Observations
    {
        get
        {
            for (var i = 0; i < numerators.Length; i++)
            {
                yield return At(i);
            }
        }
    }

    /// <summary>The observation of <paramref name="period"/> (a gap for a period outside the series).</summary>
    /// <param name="period">A period of the series' frequency.</param>
    /// <returns>The observation.</returns>
    /// <exception cref="ArgumentException">The period's frequency differs from the series'.</exception>
    public RateObservation this[SeriesPeriod period]
    {
        get
        {
            var i = IndexOf(period);
            return unchecked((uint)i) < unchecked((uint)numerators.Length) ? At(i) : new RateObservation(period, 0, 0, 0, 0, PointFlags.Gap);
        }
    }

    internal long[] RawNumerators => numerators;

    internal long[] RawDenominators => denominators;

    internal byte[] RawFlags => flags;

    internal decimal[]? RawPublished => published;

    /// <summary>A series of known parts from <paramref name="start"/>, every value final.</summary>
    /// <param name="indicator">The rate indicator.</param>
    /// <param name="start">The first period.</param>
    /// <param name="numerators">The numerators in period order (copied).</param>
    /// <param name="denominators">The denominators, as many as the numerators (copied).</param>
    /// <returns>The series.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    /// <exception cref="ArgumentException">The lengths differ, a part is negative, a share exceeds 100% (naming
    /// <paramref name="numerators"/> or <paramref name="denominators"/> with the parts and their period), or
    /// <paramref name="start"/> is outside the years 1–9999.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The series would run past the year 9999 (naming <paramref name="numerators"/>).</exception>
    public static RateSeries FromParts(RateIndicator indicator, SeriesPeriod start, ReadOnlySpan<long> numerators, ReadOnlySpan<long> denominators)
    {
        Preconditions.CheckNotNull(indicator, nameof(indicator));
        SeriesValidation.CheckAxis(start, numerators.Length, nameof(numerators));
        SeriesValidation.CheckParts(indicator, start, Math.Max(numerators.Length, 1), numerators, denominators, nameof(numerators), nameof(denominators));

        var flags = new byte[numerators.Length];
        flags.AsSpan().Fill(PointFlags.Final);
        return new RateSeries(indicator, start, numerators.ToArray(), denominators.ToArray(), flags, null, null);
    }

    /// <summary>A builder that collects observations in any order and rejects a second value for a period.</summary>
    /// <param name="indicator">The rate indicator.</param>
    /// <param name="frequency">The frequency of every period added.</param>
    /// <returns>A new, empty builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    public static RateSeriesBuilder CreateBuilder(RateIndicator indicator, Frequency frequency) =>
        new(Preconditions.CheckNotNull(indicator, nameof(indicator)), frequency);

    /// <summary>The periods from <paramref name="from"/> to <paramref name="to"/>, both included, as a new series.</summary>
    /// <param name="from">The first period, inside the series.</param>
    /// <param name="to">The last period, inside the series, not before <paramref name="from"/>.</param>
    /// <returns>The slice.</returns>
    /// <exception cref="ArgumentException">A period has another frequency, lies outside the series, or the range is reversed.</exception>
    public RateSeries Slice(SeriesPeriod from, SeriesPeriod to)
    {
        var (first, count) = SeriesRange.Check(Start, numerators.Length, from, to);
        return new RateSeries(
            Indicator,
            from,
            numerators.AsSpan(first, count).ToArray(),
            denominators.AsSpan(first, count).ToArray(),
            flags.AsSpan(first, count).ToArray(),
            published?.AsSpan(first, count).ToArray(),
            decimals?.AsSpan(first, count).ToArray());
    }

    /// <summary><c>dispute.local-resolution-rate 2021-01..2025-10 (58 periods)</c>.</summary>
    /// <returns>A string for diagnostics.</returns>
    public override string ToString() =>
        Indicator.Code + " " + Start.ToString() + ".." + End.ToString() + " (" + Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " periods)";

    internal RateObservation At(int i) =>
        new(Start.PlusPeriods(i), numerators[i], denominators[i], published?[i] ?? 0, decimals?[i] ?? 0, flags[i]);

    internal int IndexOf(SeriesPeriod period)
    {
        if (period.Frequency != Start.Frequency)
        {
            Preconditions.ThrowArgument(nameof(period), "The period " + period.ToString() + " is not of the series' frequency " + Start.Frequency.ToString() + ".");
        }

        return period.Ordinal - Start.Ordinal;
    }
}
