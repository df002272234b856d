using System;
using System.Collections.Generic;
using Quzhou.Governance.Indicators;

namespace Quzhou.Governance.Series;

/// <summary>
/// Many series of one count or amount indicator (regions, or regions × sub-indicators) on one shared time
/// axis, stored in one contiguous array, series after series: 4,000 regions of 250 months are one
/// <see cref="long"/>[1,000,000]. Calculations over a panel are one tight loop. Immutable.
/// </summary>
public sealed class SeriesPanel
{
    private readonly long[] values;
    private readonly byte[]? flags;
    private readonly bool[] regular;

    internal SeriesPanel(QuantityIndicator indicator, SeriesPeriod start, int length, int seriesCount, long[] values, byte[]? flags)
    {
        Indicator = indicator;
        Start = start;
        Length = length;
        SeriesCount = seriesCount;
        this.values = values;
        this.flags = flags;
        long maxAbs = 0;
        foreach (var v in values)
        {
            maxAbs = Math.Max(maxAbs, v == long.MinValue ? long.MaxValue : Math.Abs(v));
        }

        MaxAbsValue = maxAbs;
        regular = new bool[seriesCount];
        for (var s = 0; s < seriesCount; s++)
        {
            var ok = true;
            if (flags is not null)
            {
                foreach (var f in flags.AsSpan(s * length, length))
                {
                    if (f == PointFlags.Gap || PointFlags.IsBreak(f))
                    {
                        ok = false;
                        break;
                    }
                }
            }

            regular[s] = ok;
        }
    }

    /// <summary>The indicator observed.</summary>
    public QuantityIndicator Indicator { get; }

    /// <summary>The first period of the shared axis.</summary>
    public SeriesPeriod Start { get; }

    /// <summary>The last period of the shared axis.</summary>
    public SeriesPeriod End => Start.PlusPeriods(Length - 1);

    /// <summary>The frequency.</summary>
    public Frequency Frequency => Start.Frequency;

    /// <summary>The number of periods in each series.</summary>
    public int Length { get; }

    /// <summary>The number of series.</summary>
    public int SeriesCount { get; }

    internal long[] RawValues => values;

    internal byte[]? RawFlags => flags;

    internal bool[] Regular => regular;

    /// <summary>The largest absolute value, so kernels know when a sum of n values cannot overflow.</summary>
    internal long MaxAbsValue { get; }

    /// <summary>Whether any sum of up to <paramref name="count"/> values of this panel fits in a long.</summary>
    internal bool SumsFit(int count) => count <= 0 || MaxAbsValue <= long.MaxValue / count;

    /// <summary>A panel of final values, series after series: value <c>i</c> of series <c>s</c> is at <c>s × length + i</c>.</summary>
    /// <param name="indicator">The indicator observed.</param>
    /// <param name="start">The first period of the shared axis.</param>
    /// <param name="length">The number of periods in each series, at least 1.</param>
    /// <param name="values">The values, a whole multiple of <paramref name="length"/>, at least one series (copied):
    /// counts not negative, or amounts in 分. Validated as every way into a series validates them.</param>
    /// <returns>The panel.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    /// <exception cref="ArgumentException">The number of values is not a multiple of the length or is zero (a panel has
    /// at least one series, as for every panel factory), a count is negative, or <paramref name="start"/> is outside the years 1–9999.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The length is below 1 or the axis runs past 9999.</exception>
    public static SeriesPanel FromValues(QuantityIndicator indicator, SeriesPeriod start, int length, ReadOnlySpan<long> values)
    {
        Preconditions.CheckNotNull(indicator, nameof(indicator));
        var seriesCount = SeriesValidation.CheckPanelShape(start, length, values.Length, nameof(values));
        SeriesValidation.CheckValues(indicator, start, length, values, nameof(values));
        return new SeriesPanel(indicator, start, length, seriesCount, values.ToArray(), null);
    }

    /// <summary>A panel of <paramref name="series"/> aligned by calendar on the span from the earliest start to the
    /// latest end; periods a series does not cover are gaps.</summary>
    /// <param name="series">The series, all of the same indicator and frequency, at least one.</param>
    /// <returns>The panel.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">There are none (a panel has at least one series, as for every panel
    /// factory), or the indicators or frequencies differ.</exception>
    public static SeriesPanel FromSeries(IReadOnlyList<IndicatorSeries> series)
    {
        Preconditions.CheckNotNull(series, nameof(series));
        Preconditions.CheckArgument(series.Count > 0, nameof(series), "A panel needs at least one series.");
        var first = Preconditions.CheckNotNull(series[0], nameof(series));
        int min = first.Start.Ordinal, max = first.Start.Ordinal + first.Length - 1;
        foreach (var item in series)
        {
            Preconditions.CheckNotNull(item, nameof(series));
            Preconditions.CheckArgument(item.Indicator.Equals(first.Indicator), nameof(series), "Every series of a panel observes the same indicator ({0}).", first.Indicator.Code);
            Preconditions.CheckArgument(item.Frequency == first.Frequency, nameof(series), "Every series of a panel has the same frequency ({0}).", first.Frequency);
            min = Math.Min(min, item.Start.Ordinal);
            max = Math.Max(max, item.Start.Ordinal + item.Length - 1);
        }

        var length = max - min + 1;
        var values = new long[checked(length * series.Count)];
        var flags = new byte[values.Length];
        for (var s = 0; s < series.Count; s++)
        {
            var item = series[s];
            var offset = (s * length) + item.Start.Ordinal - min;
            item.RawValues.AsSpan().CopyTo(values.AsSpan(offset));
            item.RawFlags.AsSpan().CopyTo(flags.AsSpan(offset));
        }

        return new SeriesPanel(first.Indicator, SeriesPeriod.FromOrdinal(first.Frequency, min), length, series.Count, values, flags);
    }

    /// <summary>The values of series <paramref name="series"/> in period order (a gap reads as 0 here).</summary>
    /// <param name="series">The series' index, 0 to <see cref="SeriesCount"/> − 1.</param>
    /// <returns>The values.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index is out of range.</exception>
    public ReadOnlySpan<long> Values(int series)
    {
        Preconditions.CheckArgumentRange(nameof(series), series, 0, SeriesCount - 1);
        return values.AsSpan(series * Length, Length);
    }

    /// <summary>Series <paramref name="series"/> as an <see cref="IndicatorSeries"/> (copied).</summary>
    /// <param name="series">The series' index, 0 to <see cref="SeriesCount"/> − 1.</param>
    /// <returns>The series.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index is out of range.</exception>
    public IndicatorSeries GetSeries(int series)
    {
        Preconditions.CheckArgumentRange(nameof(series), series, 0, SeriesCount - 1);
        var f = new byte[Length];
        if (flags is null)
        {
            f.AsSpan().Fill(PointFlags.Final);
        }
        else
        {
            flags.AsSpan(series * Length, Length).CopyTo(f);
        }

        return new IndicatorSeries(Indicator, Start, values.AsSpan(series * Length, Length).ToArray(), f);
    }

    /// <summary>Gets the value of series <paramref name="series"/> at <paramref name="period"/>, matched by calendar.</summary>
    /// <param name="series">The series' index.</param>
    /// <param name="period">A period of the panel's frequency.</param>
    /// <param name="value">The value, or 0 when there is none.</param>
    /// <returns>Whether there is a value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index is out of range.</exception>
    /// <exception cref="ArgumentException">The period has another frequency.</exception>
    public bool TryGetValue(int series, SeriesPeriod period, out long value)
    {
        Preconditions.CheckArgumentRange(nameof(series), series, 0, SeriesCount - 1);
        if (period.Frequency != Frequency)
        {
            Preconditions.ThrowArgument(nameof(period), "The period " + period.ToString() + " is not of the panel's frequency " + Frequency.ToString() + ".");
        }

        var i = period.Ordinal - Start.Ordinal;
        if (unchecked((uint)i) < unchecked((uint)Length) && (flags is null || flags[(series * Length) + i] != PointFlags.Gap))
        {
            value = values[(series * Length) + i];
            return true;
        }

        value = 0;
        return false;
    }
}
