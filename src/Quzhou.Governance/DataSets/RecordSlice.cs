using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.DataSets;

/// <summary>
/// The records of one series of a <see cref="DataSet"/>: its indicator, region and frequency once, and its records as a
/// range of a shared array of <see cref="StoredRecord"/>s (many series share one large array; nothing writes the range
/// after it is handed out).
/// </summary>
internal readonly struct RecordSlice
{
    internal RecordSlice(Indicator indicator, RegionCode region, Frequency frequency, StoredRecord[] array, int start, int count)
    {
        Indicator = indicator;
        Region = region;
        Frequency = frequency;
        Array = array;
        Start = start;
        Count = count;
    }

    internal Indicator Indicator { get; }

    internal RegionCode Region { get; }

    internal Frequency Frequency { get; }

    internal StoredRecord[] Array { get; }

    internal int Start { get; }

    internal int Count { get; }

    internal DataSetKey Key => new(Indicator, Region);

    /// <summary>The <paramref name="index"/>th record (0 ≤ index &lt; <see cref="Count"/>).</summary>
    internal ref readonly StoredRecord this[int index] => ref Array[Start + index];

    /// <summary>The <paramref name="index"/>th record as a <see cref="DataRecord"/>.</summary>
    internal DataRecord Record(int index) => DataRecord.FromStored(Indicator, Region, Frequency, in Array[Start + index]);
}
