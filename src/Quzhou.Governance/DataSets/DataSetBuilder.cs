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
    private const int FirstChunk = 64;
    private const int LargestChunk = 1 << 15;

    private readonly Dictionary<DataSetKey, Pending> series = new();
    private readonly List<Pending> order = new();

    // Every record goes into one chunk after another, in the order added: the chunks grow to 32,768 records (1 MB,
    // beyond the collector's small-object heap, so never copied), hold no reference, and are only appended to; a
    // series whose records came one after another is a range of one chunk, handed to the data set as it is.
    private StoredRecord[] chunk = new StoredRecord[FirstChunk];
    private int fill;

    // A plain record (a value alone) added in order goes into chunks of values instead, 8 bytes rather than 32: a series
    // whose plain records came one after another, period after period, is a range of one of these.
    private long[] values = new long[FirstChunk];
    private int valueFill;
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
        if (record.IsDefault)
        {
            refusal = "The default DataRecord has no indicator; make records with DataRecord.ForValue, ForParts, ForPercent or ForGap.";
            return false;
        }

        // The hot path (a record after the last one of the same series, as a file's rows come) touches only the last
        // series; finding another series, the hash sets of one out of order and every refusal's words are apart.
        var indicator = record.Indicator;
        var unknown = false;
        if (!ReferenceEquals(indicator, lastChecked) && !CheckCatalog(indicator, out unknown, out refusal))
        {
            return false;
        }

        var period = record.Period;
        var pending = lastPending;
        if (pending is null || !ReferenceEquals(indicator, pending.Indicator) || record.Region != pending.Region)
        {
            pending = Find(record);
        }

        if (pending.Frequency != period.Frequency)
        {
            refusal = "The series " + record.Key.ToString() + " is of the frequency " + pending.Frequency.ToString() + "; " + period.ToString() + " is not.";
            return false;
        }

        var stored = record.ToStored();
        var ordinal = stored.Ordinal;
        var point = stored.Point;
        var ownFigure = !record.IsYearToDate;
        if (pending.InOrder && (pending.Count == 0 || point > pending.LastPoint))
        {
            // Sorted append: every earlier record has a smaller (period, date), so no duplicate is possible; only the
            // records of the last period can conflict, as a gap and a value (a gap sorts first in its period, so it
            // can only meet an earlier value here, and a value an earlier gap).
            var samePeriod = pending.Count != 0 && ordinal == pending.LastOrdinal;
            if (ownFigure && samePeriod && (record.IsGap ? pending.LastHasValue : pending.LastHasGap))
            {
                refusal = GapAndValue(record);
                return false;
            }

            if (!samePeriod)
            {
                pending.LastOrdinal = ordinal;
                pending.LastHasGap = false;
                pending.LastHasValue = false;
            }

            pending.LastPoint = point;
            pending.LastHasGap |= record.IsGap;
            pending.LastHasValue |= !record.IsGap && ownFigure;
        }
        else if (!TryAddHashed(pending, record, ordinal, point, out refusal))
        {
            return false;
        }

        if (unknown)
        {
            catalog = catalog.With(indicator);
        }

        lastChecked = indicator;
        lastPending = pending;
        if (pending.Count == 0)
        {
            series[record.Key] = pending;
            order.Add(pending);
        }

        if (pending.InOrder && stored.IsPlain)
        {
            if (valueFill == values.Length)
            {
                NextValueChunk();
            }

            values[valueFill] = stored.First;
            pending.AppendPlain(values, valueFill, ordinal);
            valueFill++;
        }
        else
        {
            if (fill == chunk.Length)
            {
                NextChunk();
            }

            chunk[fill] = stored;
            pending.Append(chunk, fill);
            fill++;
        }

        Count++;
        refusal = null;
        return true;
    }

    private static string GapAndValue(in DataRecord record) =>
        record.Period.ToString() + " of " + record.Key.ToString() + " cannot be both a gap and a value.";

    /// <summary>Whether the catalog takes <paramref name="indicator"/>: it holds it, or no other of its code (then it is
    /// <paramref name="unknown"/>, added with the record).</summary>
    private bool CheckCatalog(Indicator indicator, out bool unknown, [NotNullWhen(false)] out string? refusal)
    {
        refusal = null;
        unknown = !catalog.TryGet(indicator.Code, out var known);
        if (!unknown && !known!.Equals(indicator))
        {
            refusal = "The catalog holds another indicator with the code " + indicator.Code + " (" + known.ToString() + ").";
            return false;
        }

        return true;
    }

    /// <summary>The series of <paramref name="record"/>: one added to before, or a new one (added with the record).</summary>
    private Pending Find(in DataRecord record) =>
        series.TryGetValue(record.Key, out var found) ? found : new Pending(record.Indicator, record.Region, record.Period.Frequency);

    /// <summary>Checks a record that does not follow its series' last one against the series' hash sets, and adds it to them.</summary>
    private static bool TryAddHashed(Pending pending, in DataRecord record, int ordinal, long point, [NotNullWhen(false)] out string? refusal)
    {
        var ownFigure = !record.IsYearToDate;
        pending.Hash();
        if (ownFigure && (record.IsGap ? pending.Valued!.Contains(ordinal) : pending.Gaps!.Contains(ordinal)))
        {
            refusal = GapAndValue(record);
            return false;
        }

        if (record.IsGap ? pending.Gaps!.Contains(ordinal) : !pending.Points!.Add(point))
        {
            refusal = record.Period.ToString() + " of " + record.Key.ToString() + " already has a " + (record.IsGap ? "gap" : record.IsYearToDate ? "year-to-date total" : "value")
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

        refusal = null;
        return true;
    }

    private void NextChunk()
    {
        // A chunk is written before it is read, slot by slot, and holds no reference: it need not be zeroed first.
#if NET5_0_OR_GREATER
        chunk = GC.AllocateUninitializedArray<StoredRecord>(Math.Min(chunk.Length * 2, LargestChunk));
#else
        chunk = new StoredRecord[Math.Min(chunk.Length * 2, LargestChunk)];
#endif
        fill = 0;
    }

    private void NextValueChunk()
    {
        // As a chunk of records: written before it is read, never zeroed; 131,072 values are 1 MB.
#if NET5_0_OR_GREATER
        values = GC.AllocateUninitializedArray<long>(Math.Min(values.Length * 2, LargestChunk * 4));
#else
        values = new long[Math.Min(values.Length * 2, LargestChunk * 4)];
#endif
        valueFill = 0;
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
        // A series in order and in one range is handed over as it is; the others are copied into one array, range by
        // range, and sorted there.
        var copied = 0;
        foreach (var pending in order)
        {
            copied += pending.IsOneSortedRange ? 0 : pending.Count;
        }

        var packed = copied == 0 ? null : new StoredRecord[copied];
        var at = 0;
        var slices = new List<RecordSlice>(order.Count);
        foreach (var pending in order)
        {
            if (pending.IsOneSortedRange)
            {
                slices.Add(pending.Run());
                continue;
            }

            pending.CopyTo(packed!, at);
            if (!pending.InOrder)
            {
                Array.Sort(packed!, at, pending.Count, ByPoint.Instance);
            }

            slices.Add(new RecordSlice(pending.Indicator, pending.Region, pending.Frequency, packed!, at, pending.Count));
            at += pending.Count;
        }

        return DataSet.FromSlices(catalog, slices).WithTargetTable(TargetTable.From(targets));
    }

    /// <summary>Orders the records of one series as <see cref="DataRecord.CompareWithinSeries"/> does: by
    /// <see cref="StoredRecord.Point"/>.</summary>
    private sealed class ByPoint : IComparer<StoredRecord>
    {
        internal static readonly ByPoint Instance = new();

        public int Compare(StoredRecord x, StoredRecord y) => x.Point.CompareTo(y.Point);
    }

    /// <summary>The records of one series. While they arrive in order of period and date (as files and series
    /// hold them) they are only appended, with the last period's kinds kept for the gap-and-value check; the first one
    /// out of order turns on the hash sets, filled from the records so far, which check every later one. The records
    /// are ranges of the builder's chunks: the range being added to, and those before it.</summary>
    private sealed class Pending
    {
        private List<RecordSlice>? earlier;

        internal Pending(Indicator indicator, RegionCode region, Frequency frequency)
        {
            Indicator = indicator;
            Region = region;
            Frequency = frequency;
        }

        internal Indicator Indicator { get; }

        internal RegionCode Region { get; }

        internal Frequency Frequency { get; }

        internal int Count { get; private set; }

        internal bool InOrder => Points is null;

        /// <summary>Whether the records are one range of a chunk, in order: the data set takes the range as it is.</summary>
        internal bool IsOneSortedRange => earlier is null && InOrder;

        // The range being added to: of a chunk of records (RunArray), or of a chunk of values (RunValues), the plain
        // records of consecutive periods from RunOrdinal.
        private StoredRecord[]? RunArray { get; set; }

        private long[]? RunValues { get; set; }

        private int RunStart { get; set; }

        private int RunCount { get; set; }

        private int RunOrdinal { get; set; }

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
            var records = new StoredRecord[Count];
            CopyTo(records, 0);
            foreach (var record in records)
            {
                var ordinal = record.Ordinal;
                if (record.IsGap)
                {
                    Gaps.Add(ordinal);
                    continue;
                }

                if (!record.IsYearToDate)
                {
                    Valued.Add(ordinal);
                }

                Points.Add(record.Point);
            }
        }

        /// <summary>The range being added to, as a slice.</summary>
        internal RecordSlice Run() => RunValues is not null
            ? new RecordSlice(Indicator, Region, Frequency, RunValues, RunStart, RunCount, RunOrdinal)
            : new RecordSlice(Indicator, Region, Frequency, RunArray!, RunStart, RunCount);

        /// <summary>Takes the record just written at <paramref name="index"/> of <paramref name="array"/>: the range being
        /// added to grows when the record follows it, else a new range starts.</summary>
        internal void Append(StoredRecord[] array, int index)
        {
            if (ReferenceEquals(array, RunArray) && RunStart + RunCount == index)
            {
                RunCount++;
            }
            else
            {
                EndRun();
                RunArray = array;
                RunStart = index;
                RunCount = 1;
            }

            Count++;
        }

        /// <summary>Takes the plain record of <paramref name="ordinal"/> whose value was just written at
        /// <paramref name="index"/> of <paramref name="array"/>: the range being added to grows when the record follows
        /// it in the array and is of the next period; else a new range starts.</summary>
        internal void AppendPlain(long[] array, int index, int ordinal)
        {
            if (ReferenceEquals(array, RunValues) && RunStart + RunCount == index && RunOrdinal + RunCount == ordinal)
            {
                RunCount++;
            }
            else
            {
                EndRun();
                RunValues = array;
                RunStart = index;
                RunCount = 1;
                RunOrdinal = ordinal;
            }

            Count++;
        }

        private void EndRun()
        {
            if (RunCount != 0)
            {
                (earlier ??= new List<RecordSlice>()).Add(Run());
            }

            RunArray = null;
            RunValues = null;
            RunCount = 0;
        }

        /// <summary>Copies the records, range by range, to <paramref name="target"/> from <paramref name="at"/>.</summary>
        internal void CopyTo(StoredRecord[] target, int at)
        {
            if (earlier is not null)
            {
                foreach (var range in earlier)
                {
                    range.CopyTo(target, at);
                    at += range.Count;
                }
            }

            if (RunCount != 0)
            {
                Run().CopyTo(target, at);
            }
        }
    }
}
