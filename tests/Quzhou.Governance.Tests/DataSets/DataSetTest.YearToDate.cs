using System;
using System.Linq;
using NodaTime;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.DataSets;

/// <content>Published forms: year-to-date totals (1—N月累计, 1—2月 together) and restated comparable bases (按可比口径).</content>
public partial class DataSetTest
{
    private static SeriesPeriod M(int month) => SeriesPeriod.Month(2025, month);

    private static DataRecord Ytd(int month, long total, ObservationStatus status = ObservationStatus.Final, LocalDate? published = null) =>
        DataRecord.ForYearToDate(Fraud, Quzhou, M(month), total, status, published);

    [Fact]
    public void GetSeries_YearToDateTotalsOfEveryMonth_GivesTheMonthsExactly()
    {
        var data = DataSet.CreateBuilder().Add(Ytd(1, 10)).Add(Ytd(2, 25)).Add(Ytd(3, 45)).Build();

        Assert.Equal(new long[] { 10, 15, 20 }, data.GetSeries(Fraud, Quzhou).Values.ToArray());
        Assert.True(data.TryGetYearToDateSeries(Fraud, Quzhou, out var totals));
        Assert.Equal(new long[] { 10, 25, 45 }, totals!.Values.ToArray());
        Assert.All(data.Records, r => Assert.True(r.IsYearToDate));
    }

    [Fact]
    public void GetSeries_JanuaryAndFebruaryPublishedTogether_KeepsOneObservationOverTwoMonths()
    {
        // 1—2月累计 25, then 1—3月 45: March is exact (20); January and February are not split.
        var data = DataSet.CreateBuilder().Add(Ytd(2, 25)).Add(Ytd(3, 45)).Build();

        var months = data.GetSeries(Fraud, Quzhou);
        Assert.Equal(M(2), months.Start);
        Assert.True(months[M(2)].IsGap);
        Assert.Equal(20, months[M(3)].Value);
        Assert.False(months.Contains(M(1)));
        var totals = data.GetYearToDateSeries(Fraud, Quzhou);
        Assert.Equal(25, totals[M(2)].Value);
        var vintage = Assert.Single(data.GetVintages(Fraud, Quzhou, M(2)));
        Assert.True(vintage.IsYearToDate);
        Assert.Equal(25, vintage.Value);
    }

    [Fact]
    public void GetSeries_OwnFigureBesideATotal_KeepsTheOwnFigure()
    {
        var data = DataSet.CreateBuilder().Add(Ytd(2, 25)).Add(Ytd(3, 45)).Add(DataRecord.ForValue(Fraud, Quzhou, M(3), 21)).Build();

        Assert.Equal(21, data.GetSeries(Fraud, Quzhou)[M(3)].Value);
        Assert.Equal(45, data.GetYearToDateSeries(Fraud, Quzhou)[M(3)].Value);
        Assert.False(data.HasVintages);
        Assert.Equal(3, data.RecordCount);
    }

    [Fact]
    public void GetSeries_TotalsThatFallOrCrossABreak_GiveNoMonth()
    {
        var data = DataSet.CreateBuilder()
            .Add(Ytd(1, 10)).Add(Ytd(2, 8)).Add(Ytd(3, 30, ObservationStatus.BasisBreak)).Add(Ytd(4, 41, ObservationStatus.Provisional))
            .Build();

        var months = data.GetSeries(Fraud, Quzhou);
        Assert.Equal(10, months[M(1)].Value);
        Assert.True(months[M(2)].IsGap); // 8 − 10 is no count
        Assert.True(months[M(3)].IsGap); // the total of March is on a new basis: 30 − 8 mixes two
        Assert.Equal(11, months[M(4)].Value);
        Assert.Equal(ObservationStatus.Provisional, months[M(4)].Status);
    }

    [Fact]
    public void GetSeries_NewYearStartsAgain_JanuaryIsItsTotal()
    {
        var data = DataSet.CreateBuilder()
            .Add(DataRecord.ForYearToDate(Fraud, Quzhou, SeriesPeriod.Month(2024, 12), 500))
            .Add(Ytd(1, 12))
            .Build();

        Assert.Equal(12, data.GetSeries(Fraud, Quzhou)[M(1)].Value);
        Assert.True(data.GetSeries(Fraud, Quzhou)[SeriesPeriod.Month(2024, 12)].IsGap);
    }

    [Fact]
    public void TryGetYearToDateSeries_NoTotals_AnswersFalse()
    {
        var data = DataSet.CreateBuilder().Add(DataRecord.ForValue(Fraud, Quzhou, Oct, 43)).Build();
        Assert.False(data.TryGetYearToDateSeries(Fraud, Quzhou, out var none));
        Assert.Null(none);
    }

    [Fact]
    public void TryAdd_TotalBesideAGapOrAValue_IsKeptButASecondTotalIsRefused()
    {
        var builder = DataSet.CreateBuilder()
            .Add(DataRecord.ForGap(Fraud, Quzhou, M(1)))
            .Add(Ytd(2, 25))
            .Add(DataRecord.ForGap(Fraud, Quzhou, M(2)))
            .Add(DataRecord.ForValue(Fraud, Quzhou, M(3), 20));
        Assert.True(builder.TryAdd(Ytd(3, 45), out _));
        Assert.False(builder.TryAdd(Ytd(3, 46), out var refusal));
        Assert.Contains("already has a year-to-date total", refusal, StringComparison.Ordinal);

        // Out of order, through the hashed path.
        Assert.True(builder.TryAdd(Ytd(1, 10, published: First), out _));
        Assert.False(builder.TryAdd(Ytd(1, 11, published: First), out _));
        Assert.Equal(6, builder.Count);
    }

    [Fact]
    public void ForYearToDate_StockOrYear_IsRefused()
    {
        var stock = Assert.Throws<ArgumentException>(() => DataRecord.ForYearToDate(InterviewIndicators.SocialOrganisations, Quzhou, M(2), 5));
        Assert.Equal("indicator", stock.ParamName);
        var year = Assert.Throws<ArgumentException>(() => DataRecord.ForYearToDate(Fraud, Quzhou, SeriesPeriod.CalendarYear(2025), 5));
        Assert.Equal("period", year.ParamName);
        Assert.Throws<ArgumentException>(() => DataRecord.ForYearToDate(Fraud, Quzhou, M(2), -1));
    }

    [Fact]
    public void WithComparableBase_Value_IsKeptBesideTheFigure()
    {
        var record = DataRecord.ForValue(Fraud, Quzhou, Oct, 45, ObservationStatus.BasisBreak).WithComparableBase(50);

        Assert.Equal(50, record.ComparableBase);
        Assert.Equal(45, record.Value);
        Assert.Null(DataRecord.ForValue(Fraud, Quzhou, Oct, 45).ComparableBase);
        Assert.NotEqual(DataRecord.ForValue(Fraud, Quzhou, Oct, 45, ObservationStatus.BasisBreak), record);
        Assert.Equal("telecom-fraud.cases 330800 2025-10: 45 (comparable base 50, BasisBreak)", record.ToString());
        Assert.Equal("telecom-fraud.cases 330800 2025-02: year to date 25", Ytd(2, 25).ToString());
        Assert.Throws<InvalidOperationException>(() => DataRecord.ForParts(Closure, Quzhou, Oct, 1, 2).WithComparableBase(1));
        Assert.Throws<ArgumentException>(() => record.WithComparableBase(-1));
    }

    [Fact]
    public void YearOnYearOnComparableBasis_AfterABreak_IsDefinedWhereThePlainChangeIsNot()
    {
        // 2024-10 first published 60 on the old basis; 2025-10 is 45 after a break, with 2024-10 restated as 50.
        var data = DataSet.CreateBuilder()
            .Add(DataRecord.ForValue(Fraud, Quzhou, SeriesPeriod.Month(2024, 10), 60))
            .Add(DataRecord.ForValue(Fraud, Quzhou, Oct, 45, ObservationStatus.BasisBreak).WithComparableBase(50))
            .Build();
        var series = data.GetSeries(Fraud, Quzhou);

        Assert.Equal(UndefinedReason.BasisBreak, Changes.YearOnYear(series, Oct).Reason);
        Assert.True(data.TryGetComparableBase(Fraud, Quzhou, Oct, yearToDate: false, out var restated));
        var change = Changes.YearOnYearOnComparableBasis(series, Oct, restated);
        Assert.True(change.IsDefined);
        Assert.Equal(SeriesPeriod.Month(2024, 10), change.BasePeriod);
        Assert.Equal(-10.0m, change.ToPercent(1));
        Assert.Equal(60, series[SeriesPeriod.Month(2024, 10)].Value); // the first-published value stays
        Assert.False(data.TryGetComparableBase(Fraud, Quzhou, Oct, yearToDate: true, out _));
        Assert.False(data.TryGetComparableBase(Fraud, Quzhou, SeriesPeriod.Month(2024, 10), yearToDate: false, out _));
        Assert.Equal(UndefinedReason.MissingCurrent, Changes.YearOnYearOnComparableBasis(series, Nov, 50).Reason);
        Assert.Equal(UndefinedReason.ZeroBase, Changes.YearOnYearOnComparableBasis(series, Oct, 0).Reason);
    }

    [Fact]
    public void TryGetComparableBase_YearToDate_GivesTheTotalsBase()
    {
        var data = DataSet.CreateBuilder().Add(Ytd(10, 420).WithComparableBase(400)).Build();
        Assert.True(data.TryGetComparableBase(Fraud, Quzhou, Oct, yearToDate: true, out var restated));
        Assert.Equal(400, restated);
        var change = Changes.YearOnYearOnComparableBasis(data.GetYearToDateSeries(Fraud, Quzhou), Oct, restated);
        Assert.Equal(5.0m, change.ToPercent(1));
    }

    [Fact]
    public void AsOf_TotalsAndTheirRevisions_KeepEachVintage()
    {
        var data = DataSet.CreateBuilder()
            .Add(Ytd(2, 25, ObservationStatus.Provisional, First))
            .Add(Ytd(2, 26, ObservationStatus.Revised, Revised))
            .Build();
        Assert.True(data.HasVintages);
        Assert.Equal(25, data.AsOf(First).GetYearToDateSeries(Fraud, Quzhou)[M(2)].Value);
        Assert.Equal(26, data.GetYearToDateSeries(Fraud, Quzhou)[M(2)].Value);
    }
}
