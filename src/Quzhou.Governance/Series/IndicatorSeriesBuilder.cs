using System.Collections.Generic;
using Quzhou.Governance.Indicators;

namespace Quzhou.Governance.Series;

/// <summary>
/// Collects the observations of one count or amount indicator in any order, then builds an
/// <see cref="IndicatorSeries"/> from the earliest to the latest period added; periods not added are gaps.
/// A second value for a period is rejected, naming the period. Not thread-safe.
/// </summary>
public sealed class IndicatorSeriesBuilder
{
    private readonly Dictionary<int, (long Value, byte Flags)> points = new();
    private readonly QuantityIndicator indicator;
    private readonly Frequency frequency;

    internal IndicatorSeriesBuilder(QuantityIndicator indicator, Frequency frequency)
    {
        _ = SeriesPeriod.PeriodsPerYear(frequency);
        this.indicator = indicator;
        this.frequency = frequency;
    }

    /// <summary>The number of periods added so far.</summary>
    public int Count => points.Count;

    /// <summary>Adds the value of <paramref name="period"/>.</summary>
    /// <param name="period">A period of the builder's frequency that has no value yet.</param>
    /// <param name="value">The value: a count (not negative), or an amount in 分.</param>
    /// <param name="status">The status of the value.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentException">The period has another frequency or already has a value,
    /// or a count is negative.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException">The status is unknown.</exception>
    public IndicatorSeriesBuilder Add(SeriesPeriod period, long value, ObservationStatus status = ObservationStatus.Final)
    {
        if (period.Frequency != frequency)
        {
            Preconditions.ThrowArgument(nameof(period), "The period " + period.ToString() + " is not of the builder's frequency " + frequency.ToString() + ".");
        }

        SeriesValidation.CheckValue(indicator, period, value, nameof(value));

        var flags = PointFlags.FromStatus(status);
        if (points.ContainsKey(period.Ordinal))
        {
            Preconditions.ThrowArgument(nameof(period), "The period " + period.ToString() + " already has a value in " + indicator.Code + ".");
        }

        points.Add(period.Ordinal, (value, flags));
        return this;
    }

    /// <summary>Builds the series from the earliest to the latest period added.</summary>
    /// <returns>The series; periods not added are gaps.</returns>
    /// <exception cref="System.InvalidOperationException">Nothing was added.</exception>
    public IndicatorSeries Build()
    {
        if (points.Count == 0)
        {
            Preconditions.ThrowInvalidOperation("Cannot build a series of " + indicator.Code + " from no observations; give its range to Build(from, to).");
        }

        int min = int.MaxValue, max = int.MinValue;
        foreach (var key in points.Keys)
        {
            if (key < min)
            {
                min = key;
            }

            if (key > max)
            {
                max = key;
            }
        }

        return Build(SeriesPeriod.FromOrdinal(frequency, min), SeriesPeriod.FromOrdinal(frequency, max));
    }

    /// <summary>Builds the series over <paramref name="from"/>…<paramref name="to"/>; periods not added are gaps.</summary>
    /// <param name="from">The first period.</param>
    /// <param name="to">The last period, not before <paramref name="from"/>.</param>
    /// <returns>The series.</returns>
    /// <exception cref="System.ArgumentException">A period has another frequency, the range is reversed, a value
    /// was added outside it, or <paramref name="from"/> is outside the years 1–9999 (the default period is).</exception>
    public IndicatorSeries Build(SeriesPeriod from, SeriesPeriod to)
    {
        if (from.Frequency != frequency || to.Frequency != frequency)
        {
            Preconditions.ThrowArgument(from.Frequency != frequency ? nameof(from) : nameof(to), "The range " + from.ToString() + ".." + to.ToString() + " is not of the builder's frequency " + frequency.ToString() + ".");
        }

        if (to.Ordinal < from.Ordinal)
        {
            Preconditions.ThrowArgument(nameof(to), "The range " + from.ToString() + ".." + to.ToString() + " ends before it starts.");
        }

        var length = to.Ordinal - from.Ordinal + 1;
        SeriesValidation.CheckAxis(from, length, nameof(to), nameof(from));
        var values = new long[length];
        var flags = new byte[length];
        foreach (var pair in points)
        {
            var i = pair.Key - from.Ordinal;
            if (unchecked((uint)i) >= unchecked((uint)length))
            {
                Preconditions.ThrowArgument(nameof(from), "The period " + SeriesPeriod.FromOrdinal(frequency, pair.Key).ToString() + " has a value outside the range " + from.ToString() + ".." + to.ToString() + ".");
            }

            values[i] = pair.Value.Value;
            flags[i] = pair.Value.Flags;
        }

        return new IndicatorSeries(indicator, from, values, flags);
    }
}
