using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using NodaTime;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.DataSets;

/// <summary>
/// Collects <see cref="DataRecord"/>s in any order, then builds a <see cref="DataSet"/>. Refuses, naming the
/// record: a second record for the same indicator, region, period and publication date; a value and a gap for
/// one period; periods of two frequencies in one series; an indicator whose code the catalog holds for another
/// definition. An indicator the catalog does not hold is added to it. Not thread-safe.
/// </summary>
public sealed class DataSetBuilder
{
    private readonly Dictionary<DataSetKey, Pending> series = new();
    private IndicatorCatalog catalog;

    internal DataSetBuilder(IndicatorCatalog catalog)
    {
        this.catalog = catalog;
    }

    /// <summary>The catalog of the data set being built: the one given, with every indicator added since.</summary>
    public IndicatorCatalog Catalog => catalog;

    /// <summary>The number of records added so far.</summary>
    public int Count { get; private set; }

    /// <summary>Adds <paramref name="record"/>.</summary>
    /// <param name="record">The record.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The record is refused (see the type's summary; the message says why), or it
    /// is the default value.</exception>
    public DataSetBuilder Add(DataRecord record)
    {
        if (!TryAdd(record, out var refusal))
        {
            Preconditions.ThrowArgument(nameof(record), refusal);
        }

        return this;
    }

    /// <summary>Adds <paramref name="record"/> unless it is refused, and says why it was.</summary>
    /// <param name="record">The record.</param>
    /// <param name="refusal">Why it was refused, in plain words (“2025-10 of telecom-fraud.cases in 330800 already has a
    /// value published 2025-11-15”), or null.</param>
    /// <returns>Whether it was added; nothing is added when it was refused.</returns>
    public bool TryAdd(DataRecord record, [NotNullWhen(false)] out string? refusal)
    {
        if (record == default)
        {
            refusal = "The default DataRecord has no indicator; make records with DataRecord.ForValue, ForParts, ForPercent or ForGap.";
            return false;
        }

        var indicator = record.Indicator;
        if (catalog.TryGet(indicator.Code, out var known) && !known.Equals(indicator))
        {
            refusal = "The catalog holds another indicator with the code " + indicator.Code + " (" + known.ToString() + ").";
            return false;
        }

        var key = record.Key;
        if (!series.TryGetValue(key, out var pending))
        {
            pending = new Pending(record.Period.Frequency);
        }
        else if (pending.Frequency != record.Period.Frequency)
        {
            refusal = "The series " + key.ToString() + " is of the frequency " + pending.Frequency.ToString() + "; " + record.Period.ToString() + " is not.";
            return false;
        }

        var ordinal = record.Period.Ordinal;
        var point = ((long)ordinal << 32) | (record.PublishedOn is { } date ? (uint)(((date.Year + 10_000) * 10_000) + (date.Month * 100) + date.Day) : 0u);
        if (record.IsGap ? pending.Valued.Contains(ordinal) : pending.Gaps.Contains(ordinal))
        {
            refusal = record.Period.ToString() + " of " + key.ToString() + " cannot be both a gap and a value.";
            return false;
        }

        if (record.IsGap ? pending.Gaps.Contains(ordinal) : !pending.Points.Add(point))
        {
            refusal = record.Period.ToString() + " of " + key.ToString() + " already has a " + (record.IsGap ? "gap" : "value")
                + (record.PublishedOn is { } on ? " published " + on.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : " without a publication date") + ".";
            return false;
        }

        if (record.IsGap)
        {
            pending.Gaps.Add(ordinal);
        }
        else
        {
            pending.Valued.Add(ordinal);
        }

        if (known is null)
        {
            catalog = catalog.With(indicator);
        }

        if (pending.Records.Count == 0)
        {
            series[key] = pending;
        }

        pending.Records.Add(record);
        Count++;
        refusal = null;
        return true;
    }

    /// <summary>Adds every period of <paramref name="source"/> in <paramref name="region"/>: its values with their
    /// statuses, and a gap record for each gap inside it.</summary>
    /// <param name="region">The region.</param>
    /// <param name="source">The series.</param>
    /// <param name="publishedOn">The publication date of every value, or null when unknown.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException">A record is refused (see <see cref="Add(DataRecord)"/>).</exception>
    public DataSetBuilder AddSeries(RegionCode region, IndicatorSeries source, LocalDate? publishedOn = null)
    {
        Preconditions.CheckNotNull(source, nameof(source));
        foreach (var observation in source.Observations)
        {
            Add(observation.IsGap
                ? DataRecord.ForGap(source.Indicator, region, observation.Period)
                : DataRecord.ForValue(source.Indicator, region, observation.Period, observation.Value, observation.Status, publishedOn));
        }

        return this;
    }

    /// <summary>Adds every period of <paramref name="source"/> in <paramref name="region"/>: parts or published
    /// percentages with their statuses, and a gap record for each gap inside it.</summary>
    /// <param name="region">The region.</param>
    /// <param name="source">The series.</param>
    /// <param name="publishedOn">The publication date of every value, or null when unknown.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException">A record is refused (see <see cref="Add(DataRecord)"/>).</exception>
    public DataSetBuilder AddRateSeries(RegionCode region, RateSeries source, LocalDate? publishedOn = null)
    {
        Preconditions.CheckNotNull(source, nameof(source));
        foreach (var observation in source.Observations)
        {
            Add(observation.IsGap
                ? DataRecord.ForGap(source.Indicator, region, observation.Period)
                : observation.HasParts
                    ? DataRecord.ForParts(source.Indicator, region, observation.Period, observation.Numerator, observation.Denominator, observation.Status, publishedOn)
                    : DataRecord.ForPercent(source.Indicator, region, observation.Period, observation.PublishedPercent!.Value, observation.PublishedDecimals, observation.Status, publishedOn));
        }

        return this;
    }

    /// <summary>Builds the data set. The builder may go on collecting; a later build holds the later records too.</summary>
    /// <returns>The data set.</returns>
    public DataSet Build()
    {
        var groups = new List<DataRecord[]>(series.Count);
        foreach (var pending in series.Values)
        {
            groups.Add(pending.Records.ToArray());
        }

        return DataSet.FromGroups(catalog, groups);
    }

    private sealed class Pending
    {
        internal Pending(Frequency frequency)
        {
            Frequency = frequency;
        }

        internal Frequency Frequency { get; }

        internal List<DataRecord> Records { get; } = new();

        internal HashSet<long> Points { get; } = new();

        internal HashSet<int> Valued { get; } = new();

        internal HashSet<int> Gaps { get; } = new();
    }
}
