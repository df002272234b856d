using System.Collections.Generic;
using NodaTime;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.Data;

/// <summary>A data set cut into the wide layout's rows, as the CSV wide layout cuts it: one row per series and
/// publication date (the undated row first, holding the gaps), rows in the order of the series, then by date.</summary>
internal static class WideRows
{
    /// <summary>Refuses a data set the wide layout cannot hold: a year-to-date total or a comparable base has no place in
    /// a cell of it (save such a data set in the long layout, which has a column for each).</summary>
    internal static void CheckRepresentable(DataSet dataSet)
    {
        foreach (var record in dataSet.Records)
        {
            if (record.IsYearToDate || record.ComparableBase is not null)
            {
                throw new System.ArgumentException(
                    "The wide layout has no place for " + (record.IsYearToDate ? "a year-to-date total" : "a comparable base") + " (" + record.ToString() + "); save the data set in the long layout.",
                    nameof(dataSet));
            }
        }
    }

    /// <summary>Every period of the data set, each once: by frequency, then in time.</summary>
    internal static List<SeriesPeriod> Periods(DataSet dataSet, out bool dated)
    {
        var periods = new SortedSet<SeriesPeriod>(Comparer<SeriesPeriod>.Create((a, b) => a.Frequency != b.Frequency ? a.Frequency.CompareTo(b.Frequency) : a.CompareTo(b)));
        dated = false;
        foreach (var record in dataSet.Records)
        {
            periods.Add(record.Period);
            dated |= record.PublishedOn is not null;
        }

        return new List<SeriesPeriod>(periods);
    }

    /// <summary>The rows: each a series' records of one publication date (null for the undated), in period order.</summary>
    internal static IEnumerable<(DataSetKey Key, LocalDate? Published, List<DataRecord> Records)> Rows(DataSet dataSet)
    {
        var current = new List<DataRecord>();
        foreach (var record in dataSet.Records)
        {
            if (current.Count > 0 && current[0].Key != record.Key)
            {
                foreach (var row in Split(current))
                {
                    yield return row;
                }

                current = new List<DataRecord>();
            }

            current.Add(record);
        }

        if (current.Count > 0)
        {
            foreach (var row in Split(current))
            {
                yield return row;
            }
        }
    }

    private static IEnumerable<(DataSetKey Key, LocalDate? Published, List<DataRecord> Records)> Split(List<DataRecord> records)
    {
        var rows = new SortedDictionary<long, List<DataRecord>>();
        foreach (var record in records)
        {
            var rowKey = record.PublishedOn is { } date ? ((long)date.Year * 10_000) + (date.Month * 100) + date.Day : long.MinValue;
            if (!rows.TryGetValue(rowKey, out var list))
            {
                rows.Add(rowKey, list = new List<DataRecord>());
            }

            list.Add(record);
        }

        foreach (var row in rows.Values)
        {
            yield return (records[0].Key, row[0].PublishedOn, row);
        }
    }
}
