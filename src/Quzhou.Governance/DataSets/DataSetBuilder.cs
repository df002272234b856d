using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using NodaTime;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.DataSets;

/// <summary>
/// Collects <see cref="DataRecord"/>s in any order, then builds a <see cref="DataSet"/>. Refuses, naming the
/// record: a second record for the same indicator, region, period, form (the period's own figure or a year-to-date
/// total) and publication date; a value and a gap for one period (a year-to-date total beside a gap is no conflict: the
/// gap is the period's own figure); periods of two frequencies in one series; an indicator whose code the catalog holds for another
/// definition. An indicator the catalog does not hold is added to it. Plan targets are added beside the records
/// (<see cref="AddTarget"/>). Not thread-safe.
/// </summary>
public sealed partial class DataSetBuilder
{
    private readonly Dictionary<DataSetKey, Pending> series = new();
    private IndicatorCatalog catalog;
    private Indicator? lastChecked;
    private Pending? lastPending;

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
        Indicator? known = indicator;
        if (!ReferenceEquals(indicator, lastChecked))
        {
            if (catalog.TryGet(indicator.Code, out known) && !known.Equals(indicator))
            {
                refusal = "The catalog holds another indicator with the code " + indicator.Code + " (" + known.ToString() + ").";
                return false;
            }
        }

        // Records of one series usually come one after another: the series last added to is tried first.
        var key = record.Key;
        Pending? pending;
        if (lastPending is not null && ReferenceEquals(indicator, lastPending.Indicator) && record.Region == lastPending.Region)
        {
            pending = lastPending;
        }
        else if (!series.TryGetValue(key, out pending))
        {
            // A file's series are usually of one length: the last series' length is the first guess of the next one's.
            pending = new Pending(indicator, record.Region, record.Period.Frequency, lastPending?.Count ?? 4);
        }

        if (pending.Frequency != record.Period.Frequency)
        {
            refusal = "The series " + key.ToString() + " is of the frequency " + pending.Frequency.ToString() + "; " + record.Period.ToString() + " is not.";
            return false;
        }

        var ordinal = record.Period.Ordinal;
        var point = Point(record);
        var ownFigure = !record.IsYearToDate;
        if (pending.InOrder && (pending.Count == 0 || point > pending.LastPoint))
        {
            // Sorted append: every earlier record has a smaller (period, date), so no duplicate is possible; only the
            // records of the last period can conflict, as a gap and a value (a gap sorts first in its period, so it
            // can only meet an earlier value here, and a value an earlier gap).
            if (ownFigure && pending.Count != 0 && ordinal == pending.LastOrdinal && (record.IsGap ? pending.LastHasValue : pending.LastHasGap))
            {
                refusal = record.Period.ToString() + " of " + key.ToString() + " cannot be both a gap and a value.";
                return false;
            }

            if (pending.Count == 0 || ordinal != pending.LastOrdinal)
            {
                pending.LastOrdinal = ordinal;
                pending.LastHasGap = false;
                pending.LastHasValue = false;
            }

            pending.LastPoint = point;
            pending.LastHasGap |= record.IsGap;
            pending.LastHasValue |= !record.IsGap && ownFigure;
        }
        else
        {
            pending.Hash();
            if (ownFigure && (record.IsGap ? pending.Valued!.Contains(ordinal) : pending.Gaps!.Contains(ordinal)))
            {
                refusal = record.Period.ToString() + " of " + key.ToString() + " cannot be both a gap and a value.";
                return false;
            }

            if (record.IsGap ? pending.Gaps!.Contains(ordinal) : !pending.Points!.Add(point))
            {
                refusal = record.Period.ToString() + " of " + key.ToString() + " already has a " + (record.IsGap ? "gap" : record.IsYearToDate ? "year-to-date total" : "value")
                    + (record.PublishedOn is { } on ? " published " + on.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : " without a publication date") + ".";
                return false;
            }

            if (record.IsGap)
            {
                pending.Gaps!.Add(ordinal);
            }
            else if (ownFigure)
            {
                pending.Valued!.Add(ordinal);
            }
        }

        if (known is null)
        {
            catalog = catalog.With(indicator);
        }

        lastChecked = indicator;
        lastPending = pending;
        if (pending.Count == 0)
        {
            series[key] = pending;
        }

        pending.Append(in record);
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
            groups.Add(pending.TakeRecords());
        }

        return DataSet.FromGroups(catalog, groups).WithTargetTable(TargetTable.From(targets));
    }

    /// <summary>A record's place in its series' order as one number: period, then form (the period's own figure first),
    /// then publication date (undated first); the order of <see cref="DataRecord.CompareWithinSeries"/>.</summary>
    private static long Point(in DataRecord record) =>
        ((long)record.Period.Ordinal << 32)
        | (record.IsYearToDate ? 1L << 31 : 0L)
        | (record.PublishedOn is { } date ? (uint)(((date.Year + 10_000) * 10_000) + (date.Month * 100) + date.Day) : 0u);

    /// <summary>The records of one series. While they arrive in order of period and date (as files and series
    /// hold them) they are only appended, with the last period's kinds kept for the gap-and-value check; the first one
    /// out of order turns on the hash sets, filled from the records so far, which check every later one.</summary>
    private sealed class Pending
    {
        private DataRecord[] records;
        private bool shared;

        internal Pending(Indicator indicator, RegionCode region, Frequency frequency, int capacity)
        {
            Indicator = indicator;
            Region = region;
            Frequency = frequency;
            records = new DataRecord[Math.Max(capacity, 1)];
        }

        internal Indicator Indicator { get; }

        internal RegionCode Region { get; }

        internal Frequency Frequency { get; }

        internal int Count { get; private set; }

        internal bool InOrder => Points is null;

        internal long LastPoint { get; set; }

        internal int LastOrdinal { get; set; }

        internal bool LastHasGap { get; set; }

        internal bool LastHasValue { get; set; }

        internal HashSet<long>? Points { get; private set; }

        internal HashSet<int>? Valued { get; private set; }

        internal HashSet<int>? Gaps { get; private set; }

        internal void Hash()
        {
            if (Points is not null)
            {
                return;
            }

            Points = new HashSet<long>();
            Valued = new HashSet<int>();
            Gaps = new HashSet<int>();
            for (var i = 0; i < Count; i++)
            {
                var record = records[i];
                var ordinal = record.Period.Ordinal;
                if (record.IsGap)
                {
                    Gaps.Add(ordinal);
                    continue;
                }

                if (!record.IsYearToDate)
                {
                    Valued.Add(ordinal);
                }

                Points.Add(Point(record));
            }
        }

        internal void Append(in DataRecord record)
        {
            if (shared || Count == records.Length)
            {
                // Copy on write: an array handed to a data set by TakeRecords is never changed after.
                var grown = new DataRecord[Count == records.Length ? Count * 2 : records.Length];
                Array.Copy(records, grown, Count);
                records = grown;
                shared = false;
            }

            records[Count++] = record;
        }

        /// <summary>The records for a data set: the array itself when it is full (then shared, copied on the next
        /// append), else a copy of the filled part.</summary>
        internal DataRecord[] TakeRecords()
        {
            if (Count == records.Length)
            {
                shared = true;
                return records;
            }

            var copy = new DataRecord[Count];
            Array.Copy(records, copy, Count);
            return copy;
        }
    }
}
