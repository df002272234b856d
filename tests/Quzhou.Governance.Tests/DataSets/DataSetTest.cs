using System;
using System.Collections.Generic;
using NodaTime;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.DataSets;

/// <summary>A data set holds series by indicator and region, every vintage of a figure, and the data as they stood on a date.</summary>
public partial class DataSetTest
{
    private static readonly CountIndicator Fraud = InterviewIndicators.TelecomFraudCases;
    private static readonly AmountIndicator Losses = InterviewIndicators.TelecomFraudLosses;
    private static readonly RateIndicator Closure = InterviewIndicators.EnforcementClosureRate;
    private static readonly RegionCode Quzhou = RegionCode.Quzhou;
    private static readonly SeriesPeriod Oct = SeriesPeriod.Month(2025, 10);
    private static readonly SeriesPeriod Nov = SeriesPeriod.Month(2025, 11);
    private static readonly LocalDate First = new(2025, 11, 15);
    private static readonly LocalDate Revised = new(2026, 1, 20);

    [Fact]
    public void GetSeries_ValuesOfARegion_GivesTheSeries()
    {
        var data = DataSet.CreateBuilder()
            .Add(DataRecord.ForValue(Fraud, Quzhou, Nov, 40))
            .Add(DataRecord.ForValue(Fraud, Quzhou, Oct, 43, ObservationStatus.Provisional))
            .Add(DataRecord.ForValue(Losses, Quzhou, Oct, 1_234_567))
            .Build();

        var series = data.GetSeries(Fraud, Quzhou);
        Assert.Equal(Oct, series.Start);
        Assert.Equal(new long[] { 43, 40 }, series.Values.ToArray());
        Assert.Equal(ObservationStatus.Provisional, series[Oct].Status);
        Assert.Equal(1_234_567, data.GetSeries(Losses, Quzhou)[Oct].Value);
        Assert.Equal(2, data.Count);
        Assert.Equal(3, data.RecordCount);
        Assert.Equal(new[] { new DataSetKey(Fraud, Quzhou), new DataSetKey(Losses, Quzhou) }, data.Keys);
    }

    [Fact]
    public void TryGetSeries_AbsentSeries_AnswersFalse()
    {
        var data = DataSet.CreateBuilder().Add(DataRecord.ForValue(Fraud, Quzhou, Oct, 43)).Build();
        Assert.False(data.TryGetSeries(Fraud, RegionCode.Huangshan, out var none));
        Assert.Null(none);
        Assert.False(data.TryGetRateSeries(Closure, Quzhou, out _));
        Assert.False(data.Contains(Losses, Quzhou));
        Assert.Throws<KeyNotFoundException>(() => data.GetSeries(Fraud, RegionCode.Huangshan));
        Assert.Throws<KeyNotFoundException>(() => data.GetRateSeries(Closure, Quzhou));
    }

    [Fact]
    public void GetRateSeries_PartsAndPublishedPercent_KeepsBoth()
    {
        var data = DataSet.CreateBuilder()
            .Add(DataRecord.ForParts(Closure, Quzhou, Oct, 9710, 10000))
            .Add(DataRecord.ForPercent(Closure, Quzhou, Nov, 97.10m, 2, ObservationStatus.Provisional))
            .Build();
        var series = data.GetRateSeries(Closure, Quzhou);
        Assert.Equal(9710, series[Oct].Numerator);
        Assert.Equal(97.10m, series[Nov].PublishedPercent);
        Assert.Equal(2, series[Nov].PublishedDecimals);
        Assert.False(series[Nov].HasParts);
    }

    [Fact]
    public void GetSeries_GapRecords_AreGapsInsideTheSeries()
    {
        var data = DataSet.CreateBuilder()
            .Add(DataRecord.ForGap(Fraud, Quzhou, SeriesPeriod.Month(2025, 9)))
            .Add(DataRecord.ForValue(Fraud, Quzhou, Nov, 40))
            .Add(DataRecord.ForGap(Fraud, Quzhou, Oct))
            .Build();
        var series = data.GetSeries(Fraud, Quzhou);
        Assert.Equal(SeriesPeriod.Month(2025, 9), series.Start);
        Assert.True(series.IsGap(Oct));
        Assert.Equal(40, series[Nov].Value);
    }

    [Fact]
    public void AsOf_ProvisionalThenRevised_GivesTheFigureAsItStood()
    {
        var data = DataSet.CreateBuilder()
            .Add(DataRecord.ForValue(Fraud, Quzhou, Oct, 43, ObservationStatus.Provisional, First))
            .Add(DataRecord.ForValue(Fraud, Quzhou, Oct, 45, ObservationStatus.Revised, Revised))
            .Add(DataRecord.ForValue(Fraud, Quzhou, Nov, 40, ObservationStatus.Provisional, new LocalDate(2025, 12, 15)))
            .Build();

        Assert.True(data.HasVintages);
        Assert.Equal(45, data.GetSeries(Fraud, Quzhou)[Oct].Value);
        Assert.Equal(new[] { First, new LocalDate(2025, 12, 15), Revised }, data.PublicationDates);
        Assert.Equal(new long[] { 43, 45 }, new[] { data.GetVintages(Fraud, Quzhou, Oct)[0].Value, data.GetVintages(Fraud, Quzhou, Oct)[1].Value });

        var november = data.AsOf(new LocalDate(2025, 11, 30));
        var asItStood = november.GetSeries(Fraud, Quzhou);
        Assert.Equal(Oct, asItStood.End);
        Assert.Equal(43, asItStood[Oct].Value);
        Assert.Equal(ObservationStatus.Provisional, asItStood[Oct].Status);
        Assert.False(november.HasVintages);

        Assert.Equal(0, data.AsOf(new LocalDate(2025, 1, 1)).Count);
        Assert.Equal(data, data.AsOf(Revised));
    }

    [Fact]
    public void AsOf_NothingPublishedLater_IsTheSameDataSet()
    {
        var data = DataSet.CreateBuilder()
            .Add(DataRecord.ForValue(Fraud, Quzhou, Oct, 43))
            .Add(DataRecord.ForValue(Fraud, Quzhou, Nov, 45, ObservationStatus.Final, First))
            .Build();
        Assert.Same(data, data.AsOf(First));
        Assert.Same(data, data.AsOf(Revised));
        var before = data.AsOf(new LocalDate(2025, 1, 1));
        Assert.NotSame(data, before);
        Assert.Equal(Oct, before.GetSeries(Fraud, Quzhou).End);
    }

    [Fact]
    public void AsOf_UndatedRecords_StandOnEveryDate()
    {
        var data = DataSet.CreateBuilder()
            .Add(DataRecord.ForValue(Fraud, Quzhou, Oct, 43))
            .Add(DataRecord.ForValue(Fraud, Quzhou, Oct, 45, ObservationStatus.Revised, Revised))
            .Build();
        Assert.Equal(45, data.GetSeries(Fraud, Quzhou)[Oct].Value);
        Assert.Equal(43, data.AsOf(First).GetSeries(Fraud, Quzhou)[Oct].Value);
    }

    [Fact]
    public void Add_SecondRecordOfAPointAndDate_IsRefused()
    {
        var builder = DataSet.CreateBuilder().Add(DataRecord.ForValue(Fraud, Quzhou, Oct, 43, ObservationStatus.Final, First));
        Assert.False(builder.TryAdd(DataRecord.ForValue(Fraud, Quzhou, Oct, 44, ObservationStatus.Final, First), out var refusal));
        Assert.Equal("2025-10 of telecom-fraud.cases 330800 already has a value published 2025-11-15.", refusal);
        var e = Assert.Throws<ArgumentException>(() => builder.Add(DataRecord.ForValue(Fraud, Quzhou, Oct, 44, ObservationStatus.Final, First)));
        Assert.Equal("record", e.ParamName);
        Assert.Equal(1, builder.Count);
    }

    [Fact]
    public void Add_GapAndValueOfOnePeriod_IsRefused()
    {
        var builder = DataSet.CreateBuilder().Add(DataRecord.ForValue(Fraud, Quzhou, Oct, 43));
        Assert.False(builder.TryAdd(DataRecord.ForGap(Fraud, Quzhou, Oct), out var refusal));
        Assert.Contains("cannot be both a gap and a value", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_GapThenDatedValueOfOnePeriod_IsRefused()
    {
        // In order of period and date (a gap sorts first in its period), so the builder's sorted append sees it.
        var builder = DataSet.CreateBuilder().Add(DataRecord.ForValue(Fraud, Quzhou, SeriesPeriod.Month(2025, 9), 40)).Add(DataRecord.ForGap(Fraud, Quzhou, Oct));
        Assert.False(builder.TryAdd(DataRecord.ForValue(Fraud, Quzhou, Oct, 43, ObservationStatus.Final, First), out var refusal));
        Assert.Equal("2025-10 of telecom-fraud.cases 330800 cannot be both a gap and a value.", refusal);
        Assert.Equal(2, builder.Count);
    }

    [Fact]
    public void Add_DatedValueThenGapOfOnePeriod_IsRefused()
    {
        var builder = DataSet.CreateBuilder().Add(DataRecord.ForValue(Fraud, Quzhou, Oct, 43, ObservationStatus.Final, First));
        Assert.False(builder.TryAdd(DataRecord.ForGap(Fraud, Quzhou, Oct), out var refusal));
        Assert.Equal("2025-10 of telecom-fraud.cases 330800 cannot be both a gap and a value.", refusal);
    }

    [Fact]
    public void Add_SecondRecordOfAPointAfterALaterPeriod_IsRefused()
    {
        var builder = DataSet.CreateBuilder()
            .Add(DataRecord.ForValue(Fraud, Quzhou, Oct, 43, ObservationStatus.Provisional, First))
            .Add(DataRecord.ForValue(Fraud, Quzhou, Nov, 40))
            .Add(DataRecord.ForValue(Losses, Quzhou, Oct, 1_234_567));
        Assert.False(builder.TryAdd(DataRecord.ForValue(Fraud, Quzhou, Oct, 44, ObservationStatus.Final, First), out var refusal));
        Assert.Equal("2025-10 of telecom-fraud.cases 330800 already has a value published 2025-11-15.", refusal);
        Assert.False(builder.TryAdd(DataRecord.ForGap(Fraud, Quzhou, Nov), out refusal));
        Assert.Equal("2025-11 of telecom-fraud.cases 330800 cannot be both a gap and a value.", refusal);
        var data = builder.Add(DataRecord.ForValue(Fraud, Quzhou, Oct, 45, ObservationStatus.Revised, Revised)).Add(DataRecord.ForValue(Fraud, Quzhou, Oct, 42)).Build();
        Assert.Equal(new long[] { 42, 43, 45 }, new List<DataRecord>(data.GetVintages(Fraud, Quzhou, Oct)).ConvertAll(r => r.Value));
        Assert.Equal(45, data.GetSeries(Fraud, Quzhou)[Oct].Value);
    }

    [Fact]
    public void Add_VintagesInOrder_KeepsEachAndShowsTheLatest()
    {
        var data = DataSet.CreateBuilder()
            .Add(DataRecord.ForValue(Fraud, Quzhou, Oct, 42))
            .Add(DataRecord.ForValue(Fraud, Quzhou, Oct, 43, ObservationStatus.Provisional, First))
            .Add(DataRecord.ForValue(Fraud, Quzhou, Oct, 45, ObservationStatus.Revised, Revised))
            .Add(DataRecord.ForValue(Fraud, Quzhou, Nov, 40))
            .Build();
        Assert.Equal(4, data.RecordCount);
        Assert.Equal(45, data.GetSeries(Fraud, Quzhou)[Oct].Value);
        Assert.Equal(43, data.AsOf(First).GetSeries(Fraud, Quzhou)[Oct].Value);
    }

    [Fact]
    public void Add_TwoFrequenciesInOneSeries_IsRefused()
    {
        var builder = DataSet.CreateBuilder().Add(DataRecord.ForValue(Fraud, Quzhou, Oct, 43));
        Assert.False(builder.TryAdd(DataRecord.ForValue(Fraud, Quzhou, SeriesPeriod.Quarter(2025, 3), 120), out var refusal));
        Assert.Contains("frequency Month", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_IndicatorOutsideTheCatalog_JoinsTheCatalog()
    {
        var team = new CountIndicator("team.pickpocketing", "扒窃案件数", "pickpocketing cases", "起", Polarity.LowerIsBetter, MeasureKind.Flow);
        var data = DataSet.CreateBuilder(IndicatorCatalog.Empty).Add(DataRecord.ForValue(team, Quzhou, Oct, 3)).Build();
        Assert.Same(team, data.Catalog.Get("team.pickpocketing"));
        var clash = new CountIndicator("telecom-fraud.cases", "别的", "other", "起", Polarity.LowerIsBetter, MeasureKind.Flow);
        Assert.False(DataSet.CreateBuilder().TryAdd(DataRecord.ForValue(clash, Quzhou, Oct, 3), out var refusal));
        Assert.Contains("another indicator with the code telecom-fraud.cases", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_DefaultRecord_IsRefused() =>
        Assert.False(DataSet.CreateBuilder().TryAdd(default, out _));

    [Fact]
    public void AddSeries_SeriesWithGap_AddsValuesAndGap()
    {
        var source = IndicatorSeries.CreateBuilder(Fraud, Frequency.Month).Add(SeriesPeriod.Month(2025, 9), 50).Add(Nov, 40, ObservationStatus.BasisBreak).Build();
        var data = DataSet.CreateBuilder().AddSeries(Quzhou, source, First).Build();
        Assert.Equal(3, data.RecordCount);
        var series = data.GetSeries(Fraud, Quzhou);
        Assert.True(series.IsGap(Oct));
        Assert.Equal(ObservationStatus.BasisBreak, series[Nov].Status);
        Assert.Equal(source.Observations, series.Observations);
    }

    [Fact]
    public void AddRateSeries_PartsAndPercent_RoundTrip()
    {
        var source = RateSeries.CreateBuilder(Closure, Frequency.Month).AddParts(Oct, 97, 100).AddPublished(Nov, 97.10m, 2).Build();
        var series = DataSet.CreateBuilder().AddRateSeries(Quzhou, source).Build().GetRateSeries(Closure, Quzhou);
        Assert.Equal(source.Observations, series.Observations);
    }

    [Fact]
    public void Equals_SameRecordsInAnyOrder_AreEqual()
    {
        var a = DataSet.CreateBuilder().Add(DataRecord.ForValue(Fraud, Quzhou, Oct, 43)).Add(DataRecord.ForValue(Fraud, Quzhou, Nov, 40)).Build();
        var b = DataSet.CreateBuilder(IndicatorCatalog.Empty).Add(DataRecord.ForValue(Fraud, Quzhou, Nov, 40)).Add(DataRecord.ForValue(Fraud, Quzhou, Oct, 43)).Build();
        var c = DataSet.CreateBuilder().Add(DataRecord.ForValue(Fraud, Quzhou, Oct, 43)).Add(DataRecord.ForValue(Fraud, Quzhou, Nov, 41)).Build();
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
        Assert.NotEqual(a, DataSet.Empty);
        Assert.Equal(a.Records, b.Records);
    }
}
