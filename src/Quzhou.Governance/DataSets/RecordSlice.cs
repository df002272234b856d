using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.DataSets;

/// <summary>
/// The records of one series of a <see cref="DataSet"/>: its indicator, region and frequency once, and its records in
/// one of two forms, each a range of a shared array (many series share one large array; nothing writes the range
/// after it is handed out): <see cref="StoredRecord"/>s, or — for a run of plain records (a count's or an amount's
/// value alone: final, undated, no comparable base, not a year-to-date total) of consecutive periods — their values
/// alone, the first period's ordinal once and every other field implied (8 bytes a record instead of 32).
/// </summary>
internal readonly struct RecordSlice
{
    internal RecordSlice(Indicator indicator, RegionCode region, Frequency frequency, StoredRecord[] array, int start, int count)
    {
        Indicator = indicator;
        Region = region;
        Frequency = frequency;
        Array = array;
        Values = null;
        FirstOrdinal = 0;
        Start = start;
        Count = count;
    }

    internal RecordSlice(Indicator indicator, RegionCode region, Frequency frequency, long[] values, int start, int count, int firstOrdinal)
    {
        Indicator = indicator;
        Region = region;
        Frequency = frequency;
        Array = null;
        Values = values;
        FirstOrdinal = firstOrdinal;
        Start = start;
        Count = count;
    }

    internal Indicator Indicator { get; }

    internal RegionCode Region { get; }

    internal Frequency Frequency { get; }

    /// <summary>The stored records, or null when the slice is plain (<see cref="Values"/>).</summary>
    internal StoredRecord[]? Array { get; }

    /// <summary>The values of a plain slice (the ith record's period is
    /// <see cref="FirstOrdinal"/> + i), or null.</summary>
    internal long[]? Values { get; }

    /// <summary>The ordinal of a plain slice's first period.</summary>
    internal int FirstOrdinal { get; }

    internal int Start { get; }

    internal int Count { get; }

    /// <summary>Whether the records are plain values of consecutive periods (<see cref="Values"/>).</summary>
    internal bool IsPlain => Values is not null;

    internal DataSetKey Key => new(Indicator, Region);

    /// <summary>The <paramref name="index"/>th record (0 ≤ index &lt; <see cref="Count"/>).</summary>
    internal StoredRecord this[int index] =>
        Values is null ? Array![Start + index] : StoredRecord.Plain(FirstOrdinal + index, Values[Start + index]);

    /// <summary>The <paramref name="index"/>th record as a <see cref="DataRecord"/>.</summary>
    internal DataRecord Record(int index) => DataRecord.FromStored(Indicator, Region, Frequency, this[index]);

    /// <summary>Copies the records as <see cref="StoredRecord"/>s to <paramref name="target"/> from <paramref name="at"/>.</summary>
    internal void CopyTo(StoredRecord[] target, int at)
    {
        if (Values is null)
        {
            System.Array.Copy(Array!, Start, target, at, Count);
            return;
        }

        for (var i = 0; i < Count; i++)
        {
            target[at + i] = StoredRecord.Plain(FirstOrdinal + i, Values[Start + i]);
        }
    }
}
