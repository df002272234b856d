using System.Collections.Generic;
using Quzhou.Governance.Indicators;

namespace Quzhou.Governance.Series;

/// <summary>
/// Collects the observations of one rate indicator in any order (parts, or a published percentage), then
/// builds a <see cref="RateSeries"/> from the earliest to the latest period added; periods not added are
/// gaps. A second value for a period is rejected, naming the period. Not thread-safe.
/// </summary>
public sealed class RateSeriesBuilder
{
    private readonly Dictionary<int, (long Numerator, long Denominator, decimal Published, byte Decimals, byte Flags)> points = new();
    private readonly RateIndicator indicator;
    private readonly Frequency frequency;

    internal RateSeriesBuilder(RateIndicator indicator, Frequency frequency)
    {
        _ = SeriesPeriod.PeriodsPerYear(frequency);
        this.indicator = indicator;
        this.frequency = frequency;
    }

    /// <summary>The number of periods added so far.</summary>
    public int Count => points.Count;

    /// <summary>Adds the parts of <paramref name="period"/>: 9718 satisfied out of 10000.</summary>
    /// <param name="period">A period of the builder's frequency that has no value yet.</param>
    /// <param name="numerator">The numerator, not negative.</param>
    /// <param name="denominator">The denominator, not negative (0 makes the period's rate undefined, not an error).</param>
    /// <param name="status">The status of the value.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentException">The period has another frequency or already has a value, a part
    /// is negative, or a share exceeds 100%.</exception>
    public RateSeriesBuilder AddParts(SeriesPeriod period, long numerator, long denominator, ObservationStatus status = ObservationStatus.Final)
    {
        CheckPeriod(period);
        SeriesValidation.CheckParts(indicator, period, numerator, denominator, nameof(numerator), nameof(denominator));
        points.Add(period.Ordinal, (numerator, denominator, 0m, 0, PointFlags.FromStatus(status)));
        return this;
    }

    /// <summary>Adds a percentage known only as published: 97.18 with 2 decimals for “97.18%”.</summary>
    /// <param name="period">A period of the builder's frequency that has no value yet.</param>
    /// <param name="percent">The percentage as printed, not negative (not above 100 for a share).</param>
    /// <param name="decimals">The decimals printed, 0–10; they must hold <paramref name="percent"/> (97.18 needs 2).</param>
    /// <param name="status">The status of the value.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentException">The period has another frequency or already has a value, or
    /// <paramref name="percent"/> has more decimals than <paramref name="decimals"/> (naming <paramref name="decimals"/> and the value).</exception>
    /// <exception cref="System.ArgumentOutOfRangeException">The percentage or the decimals are out of range.</exception>
    public RateSeriesBuilder AddPublished(SeriesPeriod period, decimal percent, int decimals, ObservationStatus status = ObservationStatus.Final)
    {
        CheckPeriod(period);
        SeriesValidation.CheckPublished(indicator, percent, decimals, nameof(percent), nameof(decimals));
        points.Add(period.Ordinal, (0, 0, percent, (byte)decimals, (byte)(PointFlags.FromStatus(status) | PointFlags.PublishedOnly)));
        return this;
    }

    /// <summary>Builds the series from the earliest to the latest period added.</summary>
    /// <returns>The series; periods not added are gaps.</returns>
    /// <exception cref="System.InvalidOperationException">Nothing was added.</exception>
    public RateSeries Build()
    {
        if (points.Count == 0)
        {
            Preconditions.ThrowInvalidOperation("Cannot build a series of " + indicator.Code + " from no observations.");
        }

        int min = int.MaxValue, max = int.MinValue;
        var anyPublished = false;
        foreach (var pair in points)
        {
            min = pair.Key < min ? pair.Key : min;
            max = pair.Key > max ? pair.Key : max;
            anyPublished |= (pair.Value.Flags & PointFlags.PublishedOnly) != 0;
        }

        var length = max - min + 1;
        var numerators = new long[length];
        var denominators = new long[length];
        var flags = new byte[length];
        var published = anyPublished ? new decimal[length] : null;
        var decimals = anyPublished ? new byte[length] : null;
        foreach (var pair in points)
        {
            var i = pair.Key - min;
            numerators[i] = pair.Value.Numerator;
            denominators[i] = pair.Value.Denominator;
            flags[i] = pair.Value.Flags;
            if (published is not null)
            {
                published[i] = pair.Value.Published;
                decimals![i] = pair.Value.Decimals;
            }
        }

        return new RateSeries(indicator, SeriesPeriod.FromOrdinal(frequency, min), numerators, denominators, flags, published, decimals);
    }

    private void CheckPeriod(SeriesPeriod period)
    {
        if (period.Frequency != frequency)
        {
            Preconditions.ThrowArgument(nameof(period), "The period " + period.ToString() + " is not of the builder's frequency " + frequency.ToString() + ".");
        }

        if (points.ContainsKey(period.Ordinal))
        {
            Preconditions.ThrowArgument(nameof(period), "The period " + period.ToString() + " already has a value in " + indicator.Code + ".");
        }
    }
}
