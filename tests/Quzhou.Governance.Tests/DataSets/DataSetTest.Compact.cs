using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck.Xunit;
using NodaTime;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.DataSets;

// Plain records (a value alone, final, undated, the series' periods consecutive) are kept as their values only: a run
// of them broken by anything else — a record that is not plain, a gap, a period skipped or repeated, another series in
// between, a record out of order — must read back exactly as added, as the same records built in another order do.
public partial class DataSetTest
{
    private static readonly SeriesPeriod Jan = SeriesPeriod.Month(2024, 1);

    /// <summary>The records in the order a data set gives them back: series by indicator code and region, each by
    /// period, form (own figure first), then publication date (undated first).</summary>
    private static List<DataRecord> InSeriesOrder(IEnumerable<DataRecord> records) =>
        records.OrderBy(r => r.Indicator.Code, StringComparer.Ordinal).ThenBy(r => r.Region).ThenBy(r => r.Period)
            .ThenBy(r => r.IsYearToDate).ThenBy(r => r.PublishedOn ?? LocalDate.MinIsoValue).ToList();

    /// <summary>Builds <paramref name="records"/> as given and in reverse (every series out of order, so stored record
    /// by record), checks both give back the records in series order, and returns the one built as given.</summary>
    private static DataSet BuildBothWays(List<DataRecord> records)
    {
        var given = DataSet.CreateBuilder();
        records.ForEach(r => given.Add(r));
        var reversed = DataSet.CreateBuilder();
        Enumerable.Reverse(records).ToList().ForEach(r => reversed.Add(r));
        var data = given.Build();
        var other = reversed.Build();
        Assert.Equal(InSeriesOrder(records), data.Records);
        Assert.Equal(other.Records, data.Records);
        Assert.Equal(other, data);
        Assert.Equal(records.Count, data.RecordCount);
        return data;
    }

    [Fact]
    public void Build_PlainRunBrokenByRecordsNotPlain_ReadsBackAsAdded()
    {
        var records = new List<DataRecord>
        {
            DataRecord.ForValue(Fraud, Quzhou, Jan, 10),
            DataRecord.ForValue(Fraud, Quzhou, Jan.PlusPeriods(1), 11),
            DataRecord.ForValue(Fraud, Quzhou, Jan.PlusPeriods(2), 12, ObservationStatus.Provisional),
            DataRecord.ForValue(Fraud, Quzhou, Jan.PlusPeriods(3), 13),
            DataRecord.ForValue(Fraud, Quzhou, Jan.PlusPeriods(4), 14, publishedOn: First),
            DataRecord.ForValue(Fraud, Quzhou, Jan.PlusPeriods(5), 15),
            DataRecord.ForYearToDate(Fraud, Quzhou, Jan.PlusPeriods(5), 75),
            DataRecord.ForValue(Fraud, Quzhou, Jan.PlusPeriods(6), 16).WithComparableBase(9),
            DataRecord.ForValue(Fraud, Quzhou, Jan.PlusPeriods(7), 17),
            DataRecord.ForValue(Fraud, Quzhou, Jan.PlusPeriods(8), 18, ObservationStatus.BasisBreak),
            DataRecord.ForValue(Fraud, Quzhou, Jan.PlusPeriods(9), 19),
        };

        var data = BuildBothWays(records);
        var series = data.GetSeries(Fraud, Quzhou);
        Assert.Equal(new long[] { 10, 11, 12, 13, 14, 15, 16, 17, 18, 19 }, series.Values.ToArray());
        Assert.Equal(ObservationStatus.Provisional, series[Jan.PlusPeriods(2)].Status);
        Assert.Equal(ObservationStatus.Final, series[Jan.PlusPeriods(3)].Status);
        Assert.Equal(ObservationStatus.BasisBreak, series[Jan.PlusPeriods(8)].Status);
        Assert.Equal(75, data.GetYearToDateSeries(Fraud, Quzhou)[Jan.PlusPeriods(5)].Value);
        Assert.True(data.TryGetComparableBase(Fraud, Quzhou, Jan.PlusPeriods(6), yearToDate: false, out var restated));
        Assert.Equal(9, restated);
        Assert.False(data.TryGetComparableBase(Fraud, Quzhou, Jan.PlusPeriods(7), yearToDate: false, out _));
        Assert.Equal(new[] { First }, data.PublicationDates);
        Assert.Equal(new[] { records[4] }, data.GetVintages(Fraud, Quzhou, Jan.PlusPeriods(4)));
        Assert.Equal(new[] { records[9] }, data.GetVintages(Fraud, Quzhou, Jan.PlusPeriods(8)));
    }

    [Fact]
    public void Build_PlainRunBrokenByAGapOrASkippedPeriod_ReadsBackAsAdded()
    {
        var records = new List<DataRecord>
        {
            DataRecord.ForValue(Losses, Quzhou, Jan, 100),
            DataRecord.ForValue(Losses, Quzhou, Jan.PlusPeriods(1), -200),
            DataRecord.ForGap(Losses, Quzhou, Jan.PlusPeriods(2)),
            DataRecord.ForValue(Losses, Quzhou, Jan.PlusPeriods(3), 300),
            DataRecord.ForValue(Losses, Quzhou, Jan.PlusPeriods(4), 400),
            DataRecord.ForValue(Losses, Quzhou, Jan.PlusPeriods(7), 700),
            DataRecord.ForValue(Losses, Quzhou, Jan.PlusPeriods(8), 800),
        };

        var data = BuildBothWays(records);
        var series = data.GetSeries(Losses, Quzhou);
        Assert.Equal(Jan, series.Start);
        Assert.Equal(9, series.Length);
        Assert.True(series[Jan.PlusPeriods(2)].IsGap);
        Assert.Equal(-200, series[Jan.PlusPeriods(1)].Value);
        Assert.Equal(300, series[Jan.PlusPeriods(3)].Value);
        Assert.Equal(800, series[Jan.PlusPeriods(8)].Value);
    }

    [Fact]
    public void Add_PlainRunThenARepeatedPeriod_IsRefusedAsBeforeAndAVintageIsKept()
    {
        var builder = DataSet.CreateBuilder();
        for (var m = 0; m < 4; m++)
        {
            builder.Add(DataRecord.ForValue(Fraud, Quzhou, Jan.PlusPeriods(m), m));
        }

        var repeated = DataRecord.ForValue(Fraud, Quzhou, Jan.PlusPeriods(3), 99);
        Assert.False(builder.TryAdd(repeated, out var refusal));
        Assert.Equal("2024-04 of " + new DataSetKey(Fraud, Quzhou).ToString() + " already has a value without a publication date.", refusal);
        Assert.False(builder.TryAdd(DataRecord.ForValue(Fraud, Quzhou, Jan.PlusPeriods(1), 99), out _));
        Assert.False(builder.TryAdd(DataRecord.ForGap(Fraud, Quzhou, Jan.PlusPeriods(2)), out var gapRefusal));
        Assert.Equal("2024-03 of " + new DataSetKey(Fraud, Quzhou).ToString() + " cannot be both a gap and a value.", gapRefusal);
        var revised = DataRecord.ForValue(Fraud, Quzhou, Jan.PlusPeriods(3), 30, ObservationStatus.Revised, Revised);
        builder.Add(revised);
        builder.Add(DataRecord.ForValue(Fraud, Quzhou, Jan.PlusPeriods(4), 4));
        var data = builder.Build();

        Assert.Equal(6, data.RecordCount);
        Assert.True(data.HasVintages);
        Assert.Equal(new[] { DataRecord.ForValue(Fraud, Quzhou, Jan.PlusPeriods(3), 3), revised }, data.GetVintages(Fraud, Quzhou, Jan.PlusPeriods(3)));
        Assert.Equal(new long[] { 0, 1, 2, 30, 4 }, data.GetSeries(Fraud, Quzhou).Values.ToArray());
        Assert.Equal(new long[] { 0, 1, 2, 3, 4 }, data.AsOf(First).GetSeries(Fraud, Quzhou).Values.ToArray());
        Assert.Equal(5, data.AsOf(First).RecordCount);
    }

    [Fact]
    public void Build_PlainRunsWithAnotherSeriesBetweenAndOutOfOrder_ReadBackAsAdded()
    {
        var records = new List<DataRecord>
        {
            DataRecord.ForValue(Fraud, Quzhou, Jan, 1),
            DataRecord.ForValue(Fraud, Quzhou, Jan.PlusPeriods(1), 2),
            DataRecord.ForValue(Losses, Quzhou, Jan, 5),
            DataRecord.ForValue(Fraud, Quzhou, Jan.PlusPeriods(2), 3),
            DataRecord.ForValue(Fraud, RegionCode.Huangshan, Jan, 7),
            DataRecord.ForValue(Fraud, Quzhou, Jan.PlusPeriods(3), 4),
            DataRecord.ForValue(Losses, Quzhou, Jan.PlusPeriods(1), 6),
            DataRecord.ForValue(Fraud, Quzhou, Jan.PlusPeriods(-1), 0),
            DataRecord.ForValue(Fraud, Quzhou, Jan.PlusPeriods(4), 5),
        };

        var data = BuildBothWays(records);
        Assert.Equal(new long[] { 0, 1, 2, 3, 4, 5 }, data.GetSeries(Fraud, Quzhou).Values.ToArray());
        Assert.Equal(new long[] { 5, 6 }, data.GetSeries(Losses, Quzhou).Values.ToArray());
        Assert.Equal(new long[] { 7 }, data.GetSeries(Fraud, RegionCode.Huangshan).Values.ToArray());

        // Once out of order, the series' earlier plain records still refuse a second value for their periods.
        var builder = DataSet.CreateBuilder();
        records.ForEach(r => builder.Add(r));
        Assert.False(builder.TryAdd(DataRecord.ForValue(Fraud, Quzhou, Jan.PlusPeriods(1), 9), out var refusal));
        Assert.EndsWith("already has a value without a publication date.", refusal, StringComparison.Ordinal);
        Assert.False(builder.TryAdd(DataRecord.ForGap(Fraud, Quzhou, Jan.PlusPeriods(2)), out _));
    }

    /// <summary>A random record of a few series and twelve months: plain most often, else provisional, dated, a
    /// year-to-date total, with a comparable base, a gap, or a rate's parts.</summary>
    private static DataRecord RandomRecord(Random random)
    {
        var region = random.Next(2) == 0 ? Quzhou : RegionCode.Huangshan;
        var period = Jan.PlusPeriods(random.Next(12));
        var value = random.Next(-50, 1000);
        Indicator indicator = random.Next(3) switch { 0 => Fraud, 1 => Losses, _ => Closure };
        var choice = random.Next(10);
        if (indicator is RateIndicator rate)
        {
            return choice == 0 ? DataRecord.ForGap(rate, region, period) : DataRecord.ForParts(rate, region, period, Math.Abs(value), 1000);
        }

        var quantity = (QuantityIndicator)indicator;
        value = quantity is CountIndicator ? Math.Abs(value) : value;
        return choice switch
        {
            0 => DataRecord.ForGap(quantity, region, period),
            1 => DataRecord.ForValue(quantity, region, period, value, ObservationStatus.Provisional),
            2 => DataRecord.ForValue(quantity, region, period, value, publishedOn: First.PlusDays(random.Next(3))),
            3 => DataRecord.ForYearToDate(quantity, region, period, Math.Abs(value)),
            4 => DataRecord.ForValue(quantity, region, period, value).WithComparableBase(Math.Abs(value) + 1),
            _ => DataRecord.ForValue(quantity, region, period, value),
        };
    }

    /// <summary>Whether the builder should refuse <paramref name="record"/> after <paramref name="accepted"/>, by
    /// brute force: a second record of the same period, form and date, or a gap and a value (own figure) of one period.</summary>
    private static bool Refused(List<DataRecord> accepted, DataRecord record)
    {
        foreach (var other in accepted)
        {
            if (other.Key != record.Key || other.Period != record.Period)
            {
                continue;
            }

            var clash = record.IsGap || other.IsGap
                ? (record.IsGap && other.IsGap) || (!record.IsYearToDate && !other.IsYearToDate)
                : record.IsYearToDate == other.IsYearToDate && record.PublishedOn == other.PublishedOn;
            if (clash)
            {
                return true;
            }
        }

        return false;
    }

    [Property(MaxTest = 200)]
    public void Build_RandomRecordsInRandomOrder_GiveBackTheRecordsAccepted(int seed)
    {
        var random = new Random(seed);
        var count = random.Next(120);
        var builder = DataSet.CreateBuilder();
        var accepted = new List<DataRecord>();

        // Runs of plain records, period after period, as files hold them, between random records in random order.
        var runStart = Jan.PlusPeriods(random.Next(3));
        for (var i = 0; i < count; i++)
        {
            var record = random.Next(2) == 0
                ? DataRecord.ForValue(Fraud, Quzhou, runStart.PlusPeriods(i % 12), i)
                : RandomRecord(random);
            var refused = Refused(accepted, record);
            Assert.Equal(!refused, builder.TryAdd(record, out var refusal));
            Assert.Equal(refused, refusal is not null);
            if (!refused)
            {
                accepted.Add(record);
            }
        }

        var data = builder.Build();
        Assert.Equal(InSeriesOrder(accepted), data.Records);
        var sorted = DataSet.CreateBuilder();
        InSeriesOrder(accepted).ForEach(r => sorted.Add(r));
        Assert.Equal(sorted.Build(), data);

        // As they stood on a date: the records published by then, of the series with a value among them.
        var stood = accepted.Where(r => r.PublishedOn is null || r.PublishedOn <= First).ToList();
        var valued = new HashSet<DataSetKey>(stood.Where(r => !r.IsGap).Select(r => r.Key));
        Assert.Equal(InSeriesOrder(stood.Where(r => valued.Contains(r.Key))), data.AsOf(First).Records);
    }
}
