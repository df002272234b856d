using System;
using System.Collections.Generic;
using System.Threading;
using System.Diagnostics.CodeAnalysis;
using NodaTime;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.DataSets;

/// <summary>
/// Many series keyed by indicator and region — what a file holds and what claims are checked against — with
/// the <see cref="IndicatorCatalog"/> that names their indicators. Count and amount indicators are
/// <see cref="IndicatorSeries"/>, rates are <see cref="RateSeries"/>. Every figure is kept as a
/// <see cref="DataRecord"/>, so the same period may be held as first published (初步统计数) and as revised, each
/// with its publication date: the series show the latest of each period, and <see cref="AsOf(LocalDate)"/>
/// gives the data as they stood on a date. Immutable; built with <see cref="CreateBuilder(IndicatorCatalog)"/>.
/// </summary>
/// <remarks>Two data sets are equal when they hold equal records and equal plan targets (<see cref="Targets"/>); their
/// catalogs are not compared (a catalog may name indicators no record uses).</remarks>
public sealed partial class DataSet : IEquatable<DataSet>
{
    private readonly Dictionary<DataSetKey, Entry> entries;
    private readonly DataSetKey[] keys;
    private readonly int recordCount;

    // What AsOf needs to know to hand back this data set unchanged: the latest publication date of any record (null
    // when none is dated) and whether every series has a value; computed once, on the first AsOf.
    private LocalDate? latestPublished;
    private bool everySeriesHasValue;
    private volatile bool publicationKnown;

    private DataSet(IndicatorCatalog catalog, Dictionary<DataSetKey, Entry> entries, DataSetKey[] keys, int recordCount)
    {
        Catalog = catalog;
        this.entries = entries;
        this.keys = keys;
        this.recordCount = recordCount;
    }

    /// <summary>A data set with no series, over <see cref="IndicatorCatalog.Interview"/>.</summary>
    public static DataSet Empty { get; } = FromSlices(IndicatorCatalog.Interview, new List<RecordSlice>());

    /// <summary>The catalog of the indicators: the one the data set was built with, and every indicator its records use.</summary>
    public IndicatorCatalog Catalog { get; }

    /// <summary>The series, by indicator code (ordinal) then region.</summary>
    public IReadOnlyList<DataSetKey> Keys => keys;

    /// <summary>The number of series.</summary>
    public int Count => keys.Length;

    /// <summary>The number of records (every vintage and gap).</summary>
    public int RecordCount => recordCount;

    /// <summary>Every record: series by series in the order of <see cref="Keys"/>, each by period, then publication
    /// date (undated first).</summary>
    public IEnumerable<DataRecord> Records
    {
        get
        {
            foreach (var key in keys)
            {
                var records = entries[key].Records;
                for (var i = 0; i < records.Count; i++)
                {
                    yield return records.Record(i);
                }
            }
        }
    }

    /// <summary>Whether any period has more than one record (a figure as first published and as revised).</summary>
    public bool HasVintages
    {
        get
        {
            foreach (var entry in entries.Values)
            {
                if (entry.HasVintages)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The publication dates of the records, in order, each once.</summary>
    public IReadOnlyList<LocalDate> PublicationDates
    {
        get
        {
            var dates = new SortedSet<LocalDate>();
            foreach (var entry in entries.Values)
            {
                var records = entry.Records;
                for (var i = 0; i < records.Count; i++)
                {
                    if (records[i].PublishedOn is { } date)
                    {
                        dates.Add(date);
                    }
                }
            }

            return new List<LocalDate>(dates);
        }
    }

    /// <summary>A builder over <see cref="IndicatorCatalog.Interview"/>.</summary>
    /// <returns>A new, empty builder.</returns>
    public static DataSetBuilder CreateBuilder() => new(IndicatorCatalog.Interview);

    /// <summary>A builder over <paramref name="catalog"/>.</summary>
    /// <param name="catalog">The indicators the data set names (records may add more).</param>
    /// <returns>A new, empty builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public static DataSetBuilder CreateBuilder(IndicatorCatalog catalog) => new(Preconditions.CheckNotNull(catalog, nameof(catalog)));

    /// <summary>Whether there is a series of <paramref name="indicator"/> in <paramref name="region"/>.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="region">The region.</param>
    /// <returns>Whether it is there.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    public bool Contains(Indicator indicator, RegionCode region) => entries.ContainsKey(new DataSetKey(indicator, region));

    /// <summary>Gets the series of a count or amount indicator in a region (the latest record of each period).</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="region">The region.</param>
    /// <param name="series">The series, or null when the data set has none.</param>
    /// <returns>Whether there is one: absence is an answer, not an error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    public bool TryGetSeries(QuantityIndicator indicator, RegionCode region, [NotNullWhen(true)] out IndicatorSeries? series)
    {
        series = entries.TryGetValue(new DataSetKey(indicator, region), out var entry) ? entry.Quantity : null;
        return series is not null;
    }

    /// <summary>The series of a count or amount indicator in a region.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="region">The region.</param>
    /// <returns>The series.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The data set has no such series.</exception>
    public IndicatorSeries GetSeries(QuantityIndicator indicator, RegionCode region) =>
        TryGetSeries(indicator, region, out var series) ? series : throw Missing(indicator, region);

    /// <summary>Gets the year-to-date totals (1—N月累计) of a count or amount indicator in a region as published: the
    /// latest year-to-date record of each period, a gap where there is none. 1—2月 published together is the value of
    /// February with January a gap: one observation over two months, never split.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="region">The region.</param>
    /// <param name="series">The totals, or null when the data set has no year-to-date record of the series.</param>
    /// <returns>Whether there is one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    public bool TryGetYearToDateSeries(QuantityIndicator indicator, RegionCode region, [NotNullWhen(true)] out IndicatorSeries? series)
    {
        series = entries.TryGetValue(new DataSetKey(indicator, region), out var entry) ? entry.YearToDate : null;
        return series is not null;
    }

    /// <summary>The year-to-date totals (1—N月累计) of a count or amount indicator in a region, as
    /// <see cref="TryGetYearToDateSeries"/> gives them.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="region">The region.</param>
    /// <returns>The totals.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The data set has no year-to-date record of the series.</exception>
    public IndicatorSeries GetYearToDateSeries(QuantityIndicator indicator, RegionCode region) =>
        TryGetYearToDateSeries(indicator, region, out var series) ? series : throw new KeyNotFoundException("The data set has no year-to-date totals of " + indicator.Code + " in " + region.ToString() + ".");

    /// <summary>The comparable base (上年同期按可比口径调整后的数) published with the latest record of
    /// <paramref name="period"/>: the period's own figure, or its year-to-date total when
    /// <paramref name="yearToDate"/>. Give it to <c>Changes.YearOnYearOnComparableBasis</c> for the change 按可比口径.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="region">The region.</param>
    /// <param name="period">The period.</param>
    /// <param name="yearToDate">Whether the base of the year-to-date total is wanted, rather than that of the period's own figure.</param>
    /// <param name="comparableBase">The restated base, or 0 when there is none.</param>
    /// <returns>Whether the latest such record carries one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    public bool TryGetComparableBase(QuantityIndicator indicator, RegionCode region, SeriesPeriod period, bool yearToDate, out long comparableBase)
    {
        comparableBase = 0;
        if (!entries.TryGetValue(new DataSetKey(indicator, region), out var entry))
        {
            return false;
        }

        var records = entry.Records;
        if (period.Frequency != records.Frequency)
        {
            return false;
        }

        var latest = -1;
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            if (record.Ordinal == period.Ordinal && !record.IsGap && record.IsYearToDate == yearToDate)
            {
                // Sorted by date: the last one is the latest.
                latest = i;
            }
        }

        if (latest < 0 || (records[latest].Form & StoredRecord.HasComparableBase) == 0)
        {
            return false;
        }

        comparableBase = records[latest].Second;
        return true;
    }

    /// <summary>Gets the series of a rate indicator in a region (the latest record of each period).</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="region">The region.</param>
    /// <param name="series">The series, or null when the data set has none.</param>
    /// <returns>Whether there is one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    public bool TryGetRateSeries(RateIndicator indicator, RegionCode region, [NotNullWhen(true)] out RateSeries? series)
    {
        series = entries.TryGetValue(new DataSetKey(indicator, region), out var entry) ? entry.Rate : null;
        return series is not null;
    }

    /// <summary>The series of a rate indicator in a region.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="region">The region.</param>
    /// <returns>The series.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The data set has no such series.</exception>
    public RateSeries GetRateSeries(RateIndicator indicator, RegionCode region) =>
        TryGetRateSeries(indicator, region, out var series) ? series : throw Missing(indicator, region);

    /// <summary>Every record of one period, oldest publication first (an undated record before the dated ones); empty
    /// when the data set has none.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="region">The region.</param>
    /// <param name="period">The period.</param>
    /// <returns>The records.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    public IReadOnlyList<DataRecord> GetVintages(Indicator indicator, RegionCode region, SeriesPeriod period)
    {
        var result = new List<DataRecord>();
        if (entries.TryGetValue(new DataSetKey(indicator, region), out var entry) && entry.Records.Frequency == period.Frequency)
        {
            var records = entry.Records;
            for (var i = 0; i < records.Count; i++)
            {
                if (records[i].Ordinal == period.Ordinal)
                {
                    result.Add(records.Record(i));
                }
            }
        }

        return result;
    }

    /// <summary>The data as they stood on <paramref name="date"/>: the records published on or before it, and those
    /// without a publication date; each series shows the latest of each period among them. A series none of whose
    /// records had been published is absent.</summary>
    /// <param name="date">The date.</param>
    /// <returns>A data set over the same catalog.</returns>
    public DataSet AsOf(LocalDate date)
    {
        if (!publicationKnown)
        {
            KnowPublication();
        }

        if (everySeriesHasValue && (latestPublished is not { } latest || latest <= date))
        {
            // Every record stood on that date: the data as they stood are these (a checker asks this per claim).
            return this;
        }

        // The records that stood, series by series, into one array (the ranges stay sorted).
        var stood = new StoredRecord[recordCount];
        var at = 0;
        var slices = new List<RecordSlice>(keys.Length);
        foreach (var key in keys)
        {
            var records = entries[key].Records;
            var start = at;
            var anyValue = false;
            for (var i = 0; i < records.Count; i++)
            {
                var record = records[i];
                if (record.PublishedOn is not { } published || published <= date)
                {
                    stood[at++] = record;
                    anyValue |= !record.IsGap;
                }
            }

            if (anyValue)
            {
                slices.Add(new RecordSlice(records.Indicator, records.Region, records.Frequency, stood, start, at - start));
            }
            else
            {
                at = start;
            }
        }

        return FromSlices(Catalog, slices).WithTargetTable(targets);
    }

    private void KnowPublication()
    {
        LocalDate? latest = null;
        var valued = true;
        foreach (var key in keys)
        {
            var anyValue = false;
            var records = entries[key].Records;
            for (var i = 0; i < records.Count; i++)
            {
                var record = records[i];
                anyValue |= !record.IsGap;
                if (record.PublishedOn is { } published && (latest is not { } l || published > l))
                {
                    latest = published;
                }
            }

            valued &= anyValue;
        }

        latestPublished = latest;
        everySeriesHasValue = valued;
        publicationKnown = true;
    }

    /// <inheritdoc />
    public bool Equals(DataSet? other)
    {
        if (other is null || other.keys.Length != keys.Length || other.recordCount != recordCount || !targets.Equals(other.targets))
        {
            return false;
        }

        foreach (var key in keys)
        {
            if (!other.entries.TryGetValue(key, out var theirs))
            {
                return false;
            }

            var mine = entries[key].Records;
            if (mine.Count != theirs.Records.Count)
            {
                return false;
            }

            for (var i = 0; i < mine.Count; i++)
            {
                if (mine.Record(i) != theirs.Records.Record(i))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DataSet);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = HashCodes.Combine(keys.Length, recordCount);
        foreach (var key in keys)
        {
            hash = HashCodes.Combine(hash, key.GetHashCode());
        }

        return hash;
    }

    /// <summary><c>12 series, 560 records</c>.</summary>
    /// <returns>A string for diagnostics.</returns>
    public override string ToString() =>
        Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " series, " + recordCount.ToString(System.Globalization.CultureInfo.InvariantCulture) + " records";

    /// <summary>Builds the data set from the records of each series (validated by the builder, each range sorted as
    /// <see cref="DataRecord.CompareWithinSeries"/> orders them).</summary>
    internal static DataSet FromSlices(IndicatorCatalog catalog, List<RecordSlice> slices)
    {
        var entries = new Dictionary<DataSetKey, Entry>(slices.Count);
        var keys = new DataSetKey[slices.Count];
        var count = 0;
        for (var g = 0; g < slices.Count; g++)
        {
            var slice = slices[g];
            keys[g] = slice.Key;
            entries.Add(keys[g], new Entry(slice));
            count += slice.Count;
        }

        Array.Sort(keys, DataSetKey.Compare);
        return new DataSet(catalog, entries, keys, count);
    }

    private static KeyNotFoundException Missing(Indicator indicator, RegionCode region) =>
        new("The data set has no series of " + indicator.Code + " in " + region.ToString() + ".");

    private sealed class Entry
    {
        private readonly SeriesPeriod first;
        private readonly int length;
        private Built? built;

        internal Entry(RecordSlice records)
        {
            Records = records;
            first = SeriesPeriod.FromOrdinal(records.Frequency, records[0].Ordinal);
            length = records[records.Count - 1].Ordinal - first.Ordinal + 1;
            SeriesValidation.CheckAxis(first, length, nameof(records));
            if (records.IsPlain)
            {
                // Plain values of consecutive periods: no vintages, no year-to-date totals.
                return;
            }

            var totals = records[0].IsYearToDate;
            for (var i = 1; i < records.Count; i++)
            {
                HasVintages |= records[i].Ordinal == records[i - 1].Ordinal && records[i].IsYearToDate == records[i - 1].IsYearToDate;
                totals |= records[i].IsYearToDate;
            }

            // The series over the axis is made when first asked for (a loaded file's million records are not laid out
            // again until a series is used); a series with year-to-date totals now, as deriving its periods from them
            // is checked arithmetic that may refuse.
            if (totals)
            {
                built = Build();
            }
        }

        internal RecordSlice Records { get; }

        internal bool HasVintages { get; }

        internal IndicatorSeries? Quantity => Series.Quantity;

        internal IndicatorSeries? YearToDate => Series.YearToDate;

        internal RateSeries? Rate => Series.Rate;

        private Built Series => built ?? LazyInitializer.EnsureInitialized(ref built, Build)!;

        private Built Build()
        {
            var records = Records;
            var flags = new byte[length];

            // The latest record of each period wins: records are sorted by period, form, then date (undated first).
            if (records.IsPlain)
            {
                // Every period has its plain value, final: the values are the slice's, in order.
                var plain = new long[length];
                System.Array.Copy(records.Values!, records.Start, plain, 0, length);
                var final = PointFlags.FromStatus(ObservationStatus.Final);
                for (var i = 0; i < length; i++)
                {
                    flags[i] = final;
                }

                return new Built(new IndicatorSeries((QuantityIndicator)records.Indicator, first, plain, flags), null, null);
            }

            if (records.Indicator is QuantityIndicator quantity)
            {
                var values = new long[length];
                IndicatorSeries? yearToDate = null;
                long[]? totals = null;
                byte[]? totalFlags = null;
                for (var r = 0; r < records.Count; r++)
                {
                    var record = records[r];
                    var i = record.Ordinal - first.Ordinal;
                    if (record.IsYearToDate)
                    {
                        totals ??= new long[length];
                        totalFlags ??= new byte[length];
                        totals[i] = record.First;
                        totalFlags[i] = PointFlags.FromStatus((ObservationStatus)record.Status);
                        continue;
                    }

                    values[i] = record.IsGap ? 0 : record.First;
                    flags[i] = record.IsGap ? PointFlags.Gap : PointFlags.FromStatus((ObservationStatus)record.Status);
                }

                if (totals is not null)
                {
                    yearToDate = new IndicatorSeries(quantity, first, totals, totalFlags!);
                    FromTotals(quantity, first, records, totals, totalFlags!, values, flags);
                }

                return new Built(new IndicatorSeries(quantity, first, values, flags), yearToDate, null);
            }
            else
            {
                var rate = (RateIndicator)records.Indicator;
                var numerators = new long[length];
                var denominators = new long[length];
                decimal[]? published = null;
                byte[]? decimals = null;
                for (var r = 0; r < records.Count; r++)
                {
                    var record = records[r];
                    var i = record.Ordinal - first.Ordinal;
                    numerators[i] = 0;
                    denominators[i] = 0;
                    if (record.IsGap)
                    {
                        flags[i] = PointFlags.Gap;
                        continue;
                    }

                    flags[i] = PointFlags.FromStatus((ObservationStatus)record.Status);
                    if (record.Kind == (byte)DataRecordKind.Parts)
                    {
                        numerators[i] = record.First;
                        denominators[i] = record.Second;
                        if (published is not null)
                        {
                            published[i] = 0m;
                            decimals![i] = 0;
                        }
                    }
                    else
                    {
                        published ??= new decimal[length];
                        decimals ??= new byte[length];
                        published[i] = record.Percent;
                        decimals[i] = record.Decimals;
                        flags[i] |= PointFlags.PublishedOnly;
                    }
                }

                return new Built(null, null, new RateSeries(rate, first, numerators, denominators, flags, published, decimals));
            }
        }

        /// <summary>The series of an entry over its axis.</summary>
        private sealed class Built
        {
            internal Built(IndicatorSeries? quantity, IndicatorSeries? yearToDate, RateSeries? rate)
            {
                Quantity = quantity;
                YearToDate = yearToDate;
                Rate = rate;
            }

            internal IndicatorSeries? Quantity { get; }

            internal IndicatorSeries? YearToDate { get; }

            internal RateSeries? Rate { get; }
        }

        /// <summary>The periods with no figure of their own, from the year-to-date totals where that is exact: a first
        /// period (January, Q1) is its total; a later one is its total less the previous period's, when both are there and
        /// the later total is on the same basis (no break). Anything else stays a gap: 1—2月 alone gives neither month.
        /// A count whose totals fall (a revision between them) gives no month either.</summary>
        private static void FromTotals(QuantityIndicator quantity, SeriesPeriod first, RecordSlice records, long[] totals, byte[] totalFlags, long[] values, byte[] flags)
        {
            var own = new bool[values.Length];
            for (var r = 0; r < records.Count; r++)
            {
                if (!records[r].IsYearToDate)
                {
                    own[records[r].Ordinal - first.Ordinal] = true;
                }
            }

            var perYear = SeriesPeriod.PeriodsPerYear(first.Frequency);
            for (var i = 0; i < values.Length; i++)
            {
                if (own[i] || totalFlags[i] == PointFlags.Gap)
                {
                    continue;
                }

                if ((first.Ordinal + i) % perYear == 0)
                {
                    values[i] = totals[i];
                    flags[i] = totalFlags[i];
                    continue;
                }

                if (i == 0 || totalFlags[i - 1] == PointFlags.Gap || PointFlags.IsBreak(totalFlags[i]))
                {
                    continue;
                }

                var difference = checked(totals[i] - totals[i - 1]);
                if (difference < 0 && quantity is CountIndicator)
                {
                    continue;
                }

                var status = PointFlags.ToStatus(totalFlags[i]);
                var before = PointFlags.ToStatus(totalFlags[i - 1]);
                values[i] = difference;
                flags[i] = PointFlags.FromStatus(before != ObservationStatus.BasisBreak && PointFlags.Rank(before) > PointFlags.Rank(status) ? before : status);
            }
        }
    }
}
