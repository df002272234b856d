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

// The records as a data set stores them (without their indicator and region, in large shared ranges): whatever order
// they come in, across however many of the builder's chunks, every field reads back as added.
public partial class DataSetTest
{
    /// <summary>Every kind and form of record over a few series and many months: values, amounts below zero, parts,
    /// percentages with their printed decimals, gaps, year-to-date totals with comparable bases, and vintages.</summary>
    private static List<DataRecord> ManyRecords(int months)
    {
        var records = new List<DataRecord>();
        var start = SeriesPeriod.Month(2015, 1);
        var regions = new[] { Quzhou, RegionCode.Huangshan };
        foreach (var region in regions)
        {
            for (var m = 0; m < months; m++)
            {
                var period = start.PlusPeriods(m);
                records.Add(m % 17 == 5 ? DataRecord.ForGap(Fraud, region, period) : DataRecord.ForValue(Fraud, region, period, m * 3, m % 7 == 0 ? ObservationStatus.Provisional : ObservationStatus.Final));
                if (m % 9 == 1 && m % 17 != 5)
                {
                    records.Add(DataRecord.ForValue(Fraud, region, period, (m * 3) + 1, ObservationStatus.Revised, new LocalDate(2026, 1, 1).PlusDays(m)));
                }

                if (m % 12 == 2)
                {
                    records.Add(DataRecord.ForYearToDate(Fraud, region, period, m * 10, publishedOn: new LocalDate(2025, 3, 1)).WithComparableBase(m * 9));
                }

                records.Add(DataRecord.ForValue(Losses, region, period, (m * 101) - 5_000, publishedOn: m % 2 == 0 ? null : new LocalDate(2025, 12, 31)));
                records.Add(m % 3 == 0
                    ? DataRecord.ForPercent(Closure, region, period, 97.10m - (m % 10), 2, ObservationStatus.Estimated)
                    : DataRecord.ForParts(Closure, region, period, 9_000 + m, 10_000));
            }
        }

        return records;
    }

    [Fact]
    public void Records_ManyAcrossChunks_ReadBackAsAdded()
    {
        var added = ManyRecords(400);
        var builder = DataSet.CreateBuilder();
        foreach (var record in added)
        {
            builder.Add(record);
        }

        var data = builder.Build();
        Assert.Equal(added.Count, data.RecordCount);
        Assert.Equal(added.OrderBy(r => r.Indicator.Code, StringComparer.Ordinal).ThenBy(r => r.Region).ThenBy(r => r.Period).ThenBy(r => r.IsYearToDate).ThenBy(r => r.PublishedOn ?? LocalDate.MinIsoValue), data.Records);
        var percent = data.Records.First(r => r.Kind == DataRecordKind.Percent);
        Assert.Equal("97.10", percent.Percent.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(2, percent.Decimals);
        Assert.Equal(-5_000, data.GetSeries(Losses, Quzhou)[SeriesPeriod.Month(2015, 1)].Value);
        Assert.True(data.TryGetComparableBase(Fraud, Quzhou, SeriesPeriod.Month(2015, 3), yearToDate: true, out var restated));
        Assert.Equal(18, restated);
    }

    [Property(MaxTest = 50)]
    public void Build_RecordsInAnyOrder_EqualsTheBuildInOrder(int seed)
    {
        var added = ManyRecords(30);
        var shuffled = added.OrderBy(_ => 0).ToList();
        var random = new Random(seed);
        for (var i = shuffled.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (shuffled[i], shuffled[j]) = (shuffled[j], shuffled[i]);
        }

        var inOrder = DataSet.CreateBuilder();
        added.ForEach(r => inOrder.Add(r));
        var anyOrder = DataSet.CreateBuilder();
        shuffled.ForEach(r => anyOrder.Add(r));
        var expected = inOrder.Build();
        var actual = anyOrder.Build();
        Assert.Equal(expected, actual);
        Assert.Equal(expected.Records, actual.Records);
        Assert.Equal(expected.GetSeries(Fraud, Quzhou).Values.ToArray(), actual.GetSeries(Fraud, Quzhou).Values.ToArray());
        Assert.Equal(expected.GetRateSeries(Closure, RegionCode.Huangshan).Observations, actual.GetRateSeries(Closure, RegionCode.Huangshan).Observations);
    }

    [Fact]
    public void Build_ThenMoreRecords_LeavesTheEarlierDataSetAsItWas()
    {
        var builder = DataSet.CreateBuilder();
        for (var m = 0; m < 100; m++)
        {
            builder.Add(DataRecord.ForValue(Fraud, Quzhou, SeriesPeriod.Month(2015, 1).PlusPeriods(m), m));
        }

        var before = builder.Build();
        var records = before.Records.ToList();
        for (var m = 100; m < 300; m++)
        {
            builder.Add(DataRecord.ForValue(Fraud, Quzhou, SeriesPeriod.Month(2015, 1).PlusPeriods(m), m));
            builder.Add(DataRecord.ForValue(Losses, Quzhou, SeriesPeriod.Month(2015, 1).PlusPeriods(m), -m));
        }

        var after = builder.Build();
        Assert.Equal(records, before.Records);
        Assert.Equal(100, before.GetSeries(Fraud, Quzhou).Length);
        Assert.Equal(300, after.GetSeries(Fraud, Quzhou).Length);
        Assert.Equal(500, after.RecordCount);
    }
}
