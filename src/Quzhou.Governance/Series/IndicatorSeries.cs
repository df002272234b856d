using System;
using System.Collections.Generic;
using Quzhou.Governance.Indicators;

namespace Quzhou.Governance.Series;

/// <summary>
/// The values of one count or amount indicator over consecutive calendar periods of one frequency: a start
/// period, a <see cref="long"/> per period (a count, or an amount in 分), and a status per period with
/// explicit gaps. Periods are implied by the start and the frequency, so a period is found by calendar
/// arithmetic, never by searching rows. Immutable.
/// </summary>
public sealed class IndicatorSeries
{
    private readonly long[] values;
    private readonly byte[] flags;

    internal IndicatorSeries(QuantityIndicator indicator, SeriesPeriod start, long[] values, byte[] flags)
    {
        Indicator = indicator;
        Start = start;
        this.values = values;
        this.flags = flags;
        var regular = true;
        foreach (var f in flags)
        {
            if (f == PointFlags.Gap || PointFlags.IsBreak(f))
            {
                regular = false;
                break;
            }
        }

        IsRegular = regular;
    }

    /// <summary>The indicator observed.</summary>
    public QuantityIndicator Indicator { get; }

    /// <summary>The first period.</summary>
    public SeriesPeriod Start { get; }

    /// <summary>The last period (the period before <see cref="Start"/> for an empty series).</summary>
    public SeriesPeriod End => Start.PlusPeriods(values.Length - 1);

    /// <summary>The frequency.</summary>
    public Frequency Frequency => Start.Frequency;

    /// <summary>The number of periods, gaps included.</summary>
    public int Length => values.Length;

    /// <summary>The values in period order; a gap reads as 0 here, so check <see cref="IsGap(SeriesPeriod)"/> or use <see cref="Observations"/>.</summary>
    public ReadOnlySpan<long> Values => values;

    /// <summary>Every period in order, gaps included.</summary>
    public IEnumerable<Observation> Observations
    {
        get
        {
            for (var i = 0; i < values.Length; i++)
            {
                yield return new Observation(Start.PlusPeriods(i), values[i], flags[i]);
            }
        }
    }

    /// <summary>The observation of <paramref name="period"/>: a value with its status, or a gap (also for a period outside the series).</summary>
    /// <param name="period">A period of the series' frequency.</param>
    /// <returns>The observation.</returns>
    /// <exception cref="ArgumentException">The period's frequency differs from the series'.</exception>
    public Observation this[SeriesPeriod period]
    {
        get
        {
            var i = IndexOf(period);
            return unchecked((uint)i) < unchecked((uint)values.Length) ? new Observation(period, values[i], flags[i]) : new Observation(period, 0, PointFlags.Gap);
        }
    }

    internal long[] RawValues => values;

    internal byte[] RawFlags => flags;

    /// <summary>Whether every period has a value and none is a break in basis, so kernels can skip the flags.</summary>
    internal bool IsRegular { get; }

    /// <summary>A series of <paramref name="values"/> from <paramref name="start"/>, every value final.</summary>
    /// <param name="indicator">The indicator observed.</param>
    /// <param name="start">The first period; its frequency is the series'.</param>
    /// <param name="values">The values in period order (copied): counts not negative, or amounts in 分. Validated as
    /// the builder validates them.</param>
    /// <returns>The series.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    /// <exception cref="ArgumentException">A count is negative (naming <paramref name="values"/>, the value and its
    /// period), or <paramref name="start"/> is outside the years 1–9999.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The series would run past the year 9999 (naming <paramref name="values"/>).</exception>
    public static IndicatorSeries FromValues(QuantityIndicator indicator, SeriesPeriod start, ReadOnlySpan<long> values)
    {
        Preconditions.CheckNotNull(indicator, nameof(indicator));
        SeriesValidation.CheckAxis(start, values.Length, nameof(values));
        SeriesValidation.CheckValues(indicator, start, values.Length, values, nameof(values));
        var flags = new byte[values.Length];
        flags.AsSpan().Fill(PointFlags.Final);
        return new IndicatorSeries(indicator, start, values.ToArray(), flags);
    }

    /// <summary>A builder that collects observations in any order and rejects a second value for a period.</summary>
    /// <param name="indicator">The indicator observed.</param>
    /// <param name="frequency">The frequency of every period added.</param>
    /// <returns>A new, empty builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    public static IndicatorSeriesBuilder CreateBuilder(QuantityIndicator indicator, Frequency frequency) =>
        new(Preconditions.CheckNotNull(indicator, nameof(indicator)), frequency);

    /// <summary>Whether <paramref name="period"/> is inside the series and has a value.</summary>
    /// <param name="period">A period of the series' frequency.</param>
    /// <returns>Whether there is a value.</returns>
    /// <exception cref="ArgumentException">The period's frequency differs from the series'.</exception>
    public bool Contains(SeriesPeriod period)
    {
        var i = IndexOf(period);
        return unchecked((uint)i) < unchecked((uint)values.Length) && flags[i] != PointFlags.Gap;
    }

    /// <summary>Whether <paramref name="period"/> is a gap: inside the series without a value, or outside it.</summary>
    /// <param name="period">A period of the series' frequency.</param>
    /// <returns>Whether there is no value.</returns>
    /// <exception cref="ArgumentException">The period's frequency differs from the series'.</exception>
    public bool IsGap(SeriesPeriod period) => !Contains(period);

    /// <summary>Gets the value of <paramref name="period"/>, matched by calendar.</summary>
    /// <param name="period">A period of the series' frequency.</param>
    /// <param name="value">The value, or 0 when there is none.</param>
    /// <returns>Whether the period has a value.</returns>
    /// <exception cref="ArgumentException">The period's frequency differs from the series'.</exception>
    public bool TryGetValue(SeriesPeriod period, out long value)
    {
        var i = IndexOf(period);
        if (unchecked((uint)i) < unchecked((uint)values.Length) && flags[i] != PointFlags.Gap)
        {
            value = values[i];
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>The periods from <paramref name="from"/> to <paramref name="to"/>, both included, as a new series.</summary>
    /// <param name="from">The first period, inside the series.</param>
    /// <param name="to">The last period, inside the series, not before <paramref name="from"/>.</param>
    /// <returns>The slice.</returns>
    /// <exception cref="ArgumentException">A period has another frequency, lies outside the series, or the range is reversed.</exception>
    public IndicatorSeries Slice(SeriesPeriod from, SeriesPeriod to)
    {
        var (first, count) = SliceRange(from, to);
        return new IndicatorSeries(Indicator, from, values.AsSpan(first, count).ToArray(), flags.AsSpan(first, count).ToArray());
    }

    /// <summary><c>telecom-fraud.cases 2005-01..2025-10 (250 periods)</c>.</summary>
    /// <returns>A string for diagnostics.</returns>
    public override string ToString() =>
        Indicator.Code + " " + Start.ToString() + ".." + End.ToString() + " (" + Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " periods)";

    internal int IndexOf(SeriesPeriod period)
    {
        if (period.Frequency != Start.Frequency)
        {
            Preconditions.ThrowArgument(nameof(period), "The period " + period.ToString() + " is not of the series' frequency " + Start.Frequency.ToString() + ".");
        }

        return period.Ordinal - Start.Ordinal;
    }

    internal (int First, int Count) SliceRange(SeriesPeriod from, SeriesPeriod to) =>
        SeriesRange.Check(Start, values.Length, from, to);
}
