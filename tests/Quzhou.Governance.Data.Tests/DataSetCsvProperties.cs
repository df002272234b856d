using System.IO;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.Data.Tests;

/// <summary>Laws: any data set saved as CSV, in either layout, loads back equal.</summary>
public class DataSetCsvProperties
{
    private static readonly Indicator[] Indicators =
    {
        InterviewIndicators.TelecomFraudCases,
        InterviewIndicators.TelecomFraudLosses,
        InterviewIndicators.EnforcementClosureRate,
        InterviewIndicators.EnforcementFulfilmentRate,
    };

    private static readonly RegionCode[] Regions = { RegionCode.Quzhou, RegionCode.Huangshan, RegionCode.FromValue(330802) };

    private static readonly LocalDate?[] Dates = { null, new LocalDate(2025, 11, 15), new LocalDate(2026, 1, 20) };

    private static Gen<DataRecord> RecordGen =>
        from indicator in Gen.Elements(Indicators)
        from region in Gen.Elements(Regions)
        from month in Gen.Choose(0, 35)
        from kind in Gen.Choose(0, 9)
        from status in Gen.Elements(ObservationStatus.Final, ObservationStatus.Provisional, ObservationStatus.Revised, ObservationStatus.Estimated, ObservationStatus.BasisBreak)
        from date in Gen.Elements(Dates)
        from value in Gen.Choose(0, int.MaxValue).Select(v => (long)v * (kind % 3 == 0 ? 1_000L : 1L))
        from part in Gen.Choose(0, 100_000)
        from decimals in Gen.Choose(0, 4)
        select Make(indicator, region, SeriesPeriod.Month(2024, 1).PlusPeriods(month), kind, status, date, value, part, decimals);

    /// <summary>Records in the published forms too: counts and amounts as year-to-date totals, with comparable bases.</summary>
    private static Gen<DataRecord> FormRecordGen =>
        from record in RecordGen
        from yearToDate in Gen.Elements(false, true)
        from restated in Gen.Choose(-1, 1_000_000)
        select Form(record, yearToDate, restated);

    internal static Gen<DataSet> DataSetGen => RecordGen.ListOf().Select(Build);

    /// <summary>Data sets with year-to-date totals and comparable bases (which only the long layout holds).</summary>
    internal static Gen<DataSet> FormsDataSetGen => FormRecordGen.ListOf().Select(Build);

    private static DataSet Build(System.Collections.Generic.IEnumerable<DataRecord> records)
    {
        var builder = DataSet.CreateBuilder();
        foreach (var record in records)
        {
            builder.TryAdd(record, out _);
        }

        return builder.Build();
    }

    [Property(MaxTest = 200)]
    public Property Long_SaveThenLoad_IsEqual() => Prop.ForAll(DataSetGen.ToArbitrary(), data => RoundTrip(data, DataSetLayout.Long).Equals(data));

    [Property(MaxTest = 200)]
    public Property Wide_SaveThenLoad_IsEqual() => Prop.ForAll(DataSetGen.ToArbitrary(), data => RoundTrip(data, DataSetLayout.Wide).Equals(data));

    [Property(MaxTest = 200)]
    public Property LongWithPublishedForms_SaveThenLoad_IsEqual() => Prop.ForAll(FormsDataSetGen.ToArbitrary(), data => RoundTrip(data, DataSetLayout.Long).Equals(data));

    [Property(MaxTest = 100)]
    public Property WideWithPublishedForms_Save_IsRefusedOrEqual() => Prop.ForAll(
        FormsDataSetGen.ToArbitrary(),
        data => data.Records.Any(r => r.IsYearToDate || r.ComparableBase is not null)
            ? Throws(() => RoundTrip(data, DataSetLayout.Wide))
            : RoundTrip(data, DataSetLayout.Wide).Equals(data));

    [Property(MaxTest = 100)]
    public Property AsOf_AfterRoundTrip_IsTheSame() => Prop.ForAll(
        DataSetGen.ToArbitrary(),
        data => RoundTrip(data, DataSetLayout.Long).AsOf(new LocalDate(2025, 12, 31)).Equals(data.AsOf(new LocalDate(2025, 12, 31))));

    private static DataSet RoundTrip(DataSet data, DataSetLayout layout)
    {
        var writer = new StringWriter();
        DataSetCsv.Write(data, writer, layout);
        return DataSetCsv.Read(new StringReader(writer.ToString()), "generated.csv", IndicatorCatalog.Interview);
    }

    private static bool Throws(System.Action action)
    {
        try
        {
            action();
            return false;
        }
        catch (System.ArgumentException e) when (e.ParamName == "dataSet")
        {
            return true;
        }
    }

    private static DataRecord Form(DataRecord record, bool yearToDate, int restated)
    {
        if (record.Kind != DataRecordKind.Value)
        {
            return record;
        }

        var formed = yearToDate
            ? DataRecord.ForYearToDate((QuantityIndicator)record.Indicator, record.Region, record.Period, record.Value, record.Status, record.PublishedOn)
            : record;
        return restated < 0 ? formed : formed.WithComparableBase(restated);
    }

    private static DataRecord Make(Indicator indicator, RegionCode region, SeriesPeriod period, int kind, ObservationStatus status, LocalDate? date, long value, int part, int decimals)
    {
        if (kind == 9)
        {
            return DataRecord.ForGap(indicator, region, period);
        }

        if (indicator is QuantityIndicator quantity)
        {
            // Amounts may be negative (a correction); counts may not.
            var signed = quantity is AmountIndicator && kind == 1 ? -value : value;
            return DataRecord.ForValue(quantity, region, period, signed, status, date);
        }

        var rate = (RateIndicator)indicator;
        if (kind < 5)
        {
            return DataRecord.ForParts(rate, region, period, part / 2, part, status, date);
        }

        var percent = decimal.Round(part % 10_001 / 100m, decimals, System.MidpointRounding.AwayFromZero);
        return DataRecord.ForPercent(rate, region, period, percent, decimals, status, date);
    }
}
