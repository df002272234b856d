using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Data;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.ExampleData;
using Quzhou.Governance.Figures;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.ExampleData.Tests;

/// <summary>
/// The bundled example (examples/review/quzhou-data.csv), loaded through <see cref="DataSetCsv"/>: every figure of the
/// interview recomputed with the library's calculations (docs/calculations.md) holds at its printed precision, and
/// each ambiguous figure has exactly the one reading the example is built for.
/// </summary>
public class InterviewExampleDataTest
{
    private static readonly RegionCode Quzhou = RegionCode.Quzhou;
    private static readonly SeriesPeriod PlanStart = SeriesPeriod.Month(2021, 1);
    private static readonly SeriesPeriod Latest = SeriesPeriod.Month(2025, 10);
    private static readonly Lazy<DataSet> Loaded = new(() => DataSetCsv.Load(CommittedPath));

    private static string CommittedPath => Path.Combine(AppContext.BaseDirectory, "examples", "review", "quzhou-data.csv");

    private static DataSet Data => Loaded.Value;

    private static SeriesPeriod M(int year, int month) => SeriesPeriod.Month(year, month);

    private static IndicatorSeries Series(QuantityIndicator indicator) => Data.GetSeries(indicator, Quzhou);

    private static RateSeries Rates_(RateIndicator indicator) => Data.GetRateSeries(indicator, Quzhou);

    private static bool Fits(string figure, SpanChange change) =>
        change.IsDefined && PublishedFigure.Parse(figure).IsConsistentWith(change.Current - change.Base, change.Base);

    private static bool Fits(string figure, PeriodChange change) =>
        change.IsDefined && PublishedFigure.Parse(figure).IsConsistentWith(change.Current - change.Base, change.Base);

    [Fact]
    public void Generator_Output_EqualsTheCommittedFile() => AssertCommitted(CommittedPath, InterviewExampleData.ToCsv());

    /// <summary>The committed file at <paramref name="path"/> is UTF-8 with a byte-order mark and then exactly <paramref name="text"/>.</summary>
    internal static void AssertCommitted(string path, string text)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes.Take(3).ToArray());
        Assert.Equal(text, new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3));
    }

    [Fact]
    public void Load_CommittedFile_EqualsTheBuiltDataSet()
    {
        Assert.Equal(InterviewExampleData.Build(), Data);
        Assert.All(Data.Keys, key => Assert.Equal(Quzhou, key.Region));
        Assert.Equal(InterviewIndicators.All.Count, Data.Count);
    }

    [Fact]
    public void Series_Span_MonthlyFrom2016To2025October()
    {
        foreach (var indicator in InterviewIndicators.All)
        {
            var (start, end, frequency) = indicator is RateIndicator rate
                ? (Rates_(rate).Start, Rates_(rate).End, Rates_(rate).Frequency)
                : (Series((QuantityIndicator)indicator).Start, Series((QuantityIndicator)indicator).End, Series((QuantityIndicator)indicator).Frequency);
            if (indicator == InterviewIndicators.ProvincialAntiFraudConferenceTalks)
            {
                Assert.Equal((SeriesPeriod.CalendarYear(2016), SeriesPeriod.CalendarYear(2025), Frequency.Year), (start, end, frequency));
            }
            else
            {
                var first = indicator == InterviewIndicators.BorderIncidents ? M(2015, 1) : M(2016, 1);
                Assert.Equal((first, Latest, Frequency.Month), (start, end, frequency));
            }
        }
    }

    // ---- 同比, period unstated: exactly one candidate period fits ----------------------------------------

    /// <summary>Every period an unstated 同比 may mean: each month, and each year to date (December's is the whole
    /// year), against the same a year earlier.</summary>
    private static List<(string Period, bool Fits)> YearOnYearCandidates(IndicatorSeries series, string figure)
    {
        var result = new List<(string, bool)>();
        var monthly = Changes.YearOnYear(series);
        var yearToDate = Changes.YearOnYear(Rollups.YearToDate(series));
        for (var p = monthly.Start; p <= monthly.End; p = p.PlusPeriods(1))
        {
            result.Add((p.ToString(), Fits(figure, monthly[p])));
            if (p.Number != 1)
            {
                result.Add(("1—" + p.Number + "月 " + p.Year, Fits(figure, yearToDate[p])));
            }
        }

        return result;
    }

    [Theory]
    [InlineData("juvenile-crime.cases", "下降6.67%")]
    [InlineData("juvenile-crime.offenders", "下降13.53%")]
    public void JuvenileCrime_YearOnYear_OnlyTheYear2024Fits(string code, string figure)
    {
        var series = Series((QuantityIndicator)Data.Catalog.Get(code));
        var whole2024 = Changes.BetweenSpans(series, M(2024, 1), M(2024, 12), M(2023, 1), M(2023, 12));
        Assert.True(Fits(figure, whole2024));
        Assert.Equal(PublishedFigure.Parse(figure).SignedValue, whole2024.ToPercent(2));
        Assert.Equal(new[] { "1—12月 2024" }, YearOnYearCandidates(series, figure).Where(c => c.Fits).Select(c => c.Period));
    }

    [Fact]
    public void EnterpriseInspections_YearOnYear_OnlyJanuaryToOctober2025Fits()
    {
        var series = Series(InterviewIndicators.EnterpriseInspections);
        var yearToDate = Changes.BetweenSpans(series, M(2025, 1), Latest, M(2024, 1), M(2024, 10));
        Assert.Equal(-54.3m, yearToDate.ToPercent(1));
        Assert.True(Fits("下降54.3%", yearToDate));
        Assert.Equal(new[] { "1—10月 2025" }, YearOnYearCandidates(series, "下降54.3%").Where(c => c.Fits).Select(c => c.Period));
        Assert.False(Fits("下降54.3%", Changes.YearOnYear(series, Latest)));
    }

    // ---- 较“十三五”同期 ------------------------------------------------------------------------------------

    [Theory]
    [InlineData("production-safety.accidents", "下降72.96%")]
    [InlineData("production-safety.deaths", "下降69.11%")]
    public void ProductionSafety_AgainstThe13thPlan_OnlyTheSameSpanFits(string code, string figure)
    {
        var series = Series((QuantityIndicator)Data.Catalog.Get(code));
        var sameSpan = Changes.AgainstPreviousPlanSameSpan(series, PlanStart, Latest);
        Assert.Equal((M(2016, 1), M(2020, 10)), (sameSpan.BaseFrom, sameSpan.BaseTo));
        Assert.Equal(PublishedFigure.Parse(figure).SignedValue, sameSpan.ToPercent(2));
        Assert.True(Fits(figure, sameSpan));
        var wholePlan = Changes.AgainstPreviousPlan(series, PlanStart, Latest);
        Assert.Equal((M(2016, 1), M(2020, 12)), (wholePlan.BaseFrom, wholePlan.BaseTo));
        Assert.True(wholePlan.IsDefined);
        Assert.False(Fits(figure, wholePlan));
    }

    [Theory]
    [InlineData("public-security.criminal-cases", "下降31.3%")]
    [InlineData("public-security.homicides", "下降17.5%")]
    [InlineData("public-security.thefts", "下降9.2%")]
    [InlineData("public-security.robberies-and-snatchings", "下降82.2%")]
    [InlineData("road-traffic.deaths", "下降30.4%")]
    public void FiveYears_AgainstThe13thPlanSameSpan_Holds(string code, string figure)
    {
        var change = Changes.AgainstPreviousPlanSameSpan(Series((QuantityIndicator)Data.Catalog.Get(code)), PlanStart, Latest);
        Assert.Equal(PublishedFigure.Parse(figure).SignedValue, change.ToPercent(1));
        Assert.True(Fits(figure, change));
    }

    // ---- 实际执结率、执行到位率较“十三五”提升11.53%、6.47% ------------------------------------------------

    [Theory]
    [InlineData("courts.enforcement-closure-rate", "11.53")]
    [InlineData("courts.enforcement-fulfilment-rate", "6.47")]
    public void Enforcement_RiseAgainstThe13thPlan_OnlyPercentagePointsOnTheSameSpanFit(string code, string points)
    {
        var claimed = decimal.Parse(points, System.Globalization.CultureInfo.InvariantCulture);
        var series = Rates_((RateIndicator)Data.Catalog.Get(code));
        var current = Rates.Over(series, PlanStart, Latest);
        var sameSpan = Rates.Compare(current, Rates.Over(series, M(2016, 1), M(2020, 10)));
        var wholePlan = Rates.Compare(current, Rates.Over(series, M(2016, 1), M(2020, 12)));
        Assert.Equal(RateChangeReadings.PercentagePoints, sameSpan.Readings(claimed, 2));
        Assert.Equal(claimed, sameSpan.ToPercentagePoints(2));
        Assert.NotEqual(claimed, sameSpan.ToRelativePercent(2));
        Assert.Equal(RateChangeReadings.None, wholePlan.Readings(claimed, 2));
        Assert.Equal(UndefinedReason.None, wholePlan.Reason);
    }

    // ---- streaks ----------------------------------------------------------------------------------------

    [Fact]
    public void TelecomFraud_DoubleDecline_Holds58MonthsFromJanuary2021()
    {
        var streak = Streaks.YearOnYearDeclines(Series(InterviewIndicators.TelecomFraudCases), Series(InterviewIndicators.TelecomFraudLosses));
        Assert.True(streak.HoldsFor(58));
        Assert.Equal(58, streak.Current.Length);
        Assert.Equal((M(2021, 1), Latest), (streak.Current.First, streak.Current.Last));
        Assert.Equal(RunEnd.EndOfData, streak.Current.EndedBy);
    }

    [Fact]
    public void ConferenceTalks_ThreeYearsRunning_Holds()
    {
        var streak = Streaks.Find(Series(InterviewIndicators.ProvincialAntiFraudConferenceTalks), o => o.Value > 0);
        Assert.True(streak.HoldsFor(3));
        Assert.Equal(3, streak.Current.Length);
        Assert.Equal((SeriesPeriod.CalendarYear(2023), SeriesPeriod.CalendarYear(2025)), (streak.Current.First, streak.Current.Last));
    }

    // ---- rates and the threshold ----------------------------------------------------------------------

    [Theory]
    [InlineData("public-security.online-service-rate", "100%")]
    [InlineData("business.enterprise-request-satisfaction-rate", "97.18%")]
    [InlineData("legal-services.satisfaction-rate", "99.1%")]
    [InlineData("disputes.cross-region-resolution-rate", "98.5%")]
    public void Rates_JanuaryToOctober2025_Hold(string code, string text)
    {
        var figure = PublishedFigure.Parse(text);
        var rate = Rates.Over(Rates_((RateIndicator)Data.Catalog.Get(code)), M(2025, 1), Latest);
        Assert.True(figure.IsConsistentWith(rate.Numerator, rate.Denominator));
        Assert.Equal(figure.Value, rate.ToPercent(figure.Decimals));
    }

    [Theory]
    [InlineData("business.enterprise-request-satisfaction-rate", "97.18%")]
    [InlineData("legal-services.satisfaction-rate", "99.1%")]
    [InlineData("disputes.cross-region-resolution-rate", "98.5%")]
    public void Rates_LatestMonthOr2024_DoNotPrintAsTheFigure(string code, string text)
    {
        var figure = PublishedFigure.Parse(text);
        var series = Rates_((RateIndicator)Data.Catalog.Get(code));
        var october = Rates.At(series, Latest);
        var year2024 = Rates.Over(series, M(2024, 1), M(2024, 12));
        Assert.False(figure.IsConsistentWith(october.Numerator, october.Denominator));
        Assert.False(figure.IsConsistentWith(year2024.Numerator, year2024.Denominator));
    }

    [Fact]
    public void OnlineServiceRate_Every2025Month_IsExactly100()
    {
        var series = Rates_(InterviewIndicators.OnlineServiceRate);
        for (var p = M(2025, 1); p <= Latest; p = p.PlusPeriods(1))
        {
            var rate = Rates.At(series, p);
            Assert.Equal(rate.Denominator, rate.Numerator);
        }
    }

    [Fact]
    public void LocalDisputeResolution_EveryMonth_AtOrAbove97()
    {
        var series = Rates_(InterviewIndicators.LocalDisputeResolutionRate);
        Assert.True(Thresholds.HeldAtOrAbove(series, new Percentage(97m)).IsHeld);
        Assert.True(Thresholds.HeldAtOrAbove(series, new Percentage(97m), PlanStart, Latest).IsHeld);
    }

    // ---- 近五年下降23.6% ---------------------------------------------------------------------------------

    [Fact]
    public void BorderIncidents_RecentFiveYears_OnlyTheLatestYearAgainstFiveBeforeFits()
    {
        var series = Series(InterviewIndicators.BorderIncidents);
        var latestYear = Changes.LatestYearAgainstYearsBefore(series, 2024, 5);
        Assert.Equal(-23.6m, latestYear.ToPercent(1));
        Assert.True(Fits("下降23.6%", latestYear));
        var recentYears = Changes.RecentYearsAgainstPrecedingYears(series, 2024, 5);
        Assert.True(recentYears.IsDefined);
        Assert.False(Fits("下降23.6%", recentYears));

        // 2025 is not over in the data: both readings of it are undefined, not wrong.
        Assert.False(Changes.LatestYearAgainstYearsBefore(series, 2025, 5).IsDefined);
        Assert.False(Changes.RecentYearsAgainstPrecedingYears(series, 2025, 5).IsDefined);
    }

    // ---- counts, totals, the difference ----------------------------------------------------------------

    [Theory]
    [InlineData("participation.social-organisations", "4282个")]
    [InlineData("legal-services.stations", "1725个")]
    public void Stocks_AtOctober2025_Hold(string code, string text)
    {
        Assert.True(Series((QuantityIndicator)Data.Catalog.Get(code)).TryGetValue(Latest, out var value));
        Assert.True(PublishedFigure.Parse(text).IsConsistentWith(value));
        Assert.Equal(PublishedFigure.Parse(text).Value, value);
    }

    [Fact]
    public void IndustryLegalGuides_The14thPlan_Total7()
    {
        var series = Series(InterviewIndicators.IndustryLegalGuides);
        Assert.Equal(7, Totals.Over(series, PlanStart, Latest).Value);
        Assert.Equal(0, Totals.Over(series, M(2016, 1), M(2020, 12)).Value);
    }

    [Fact]
    public void MajorProductionSafetyAccidents_The14thPlan_Zero()
    {
        var series = Series(InterviewIndicators.MajorProductionSafetyAccidents);
        var total = Totals.Over(series, PlanStart, Latest);
        Assert.True(PublishedFigure.Parse("0").IsConsistentWith(total.Value));
        Assert.True(Totals.Over(series, M(2016, 1), M(2020, 12)).Value > 0);
    }

    [Fact]
    public void LegalServices_CumulativeIn14thPlan_Holds19WanYu()
    {
        var series = Series(InterviewIndicators.LegalServices);
        var figure = PublishedFigure.Parse("19万余次");
        Assert.True(figure.IsConsistentWith(Totals.Over(series, PlanStart, Latest).Value));
        Assert.False(figure.IsConsistentWith(Totals.Over(series, M(2025, 1), Latest).Value));
        Assert.False(figure.IsConsistentWith(Totals.Over(series, M(2024, 1), M(2024, 12)).Value));
    }

    [Fact]
    public void WorkerInflow_ThisYear_IncreasedBy1360Yu()
    {
        var series = Series(InterviewIndicators.InterProvincialWorkerInflow);
        var change = Changes.BetweenSpans(series, M(2025, 1), Latest, M(2024, 1), M(2024, 10));
        Assert.True(PublishedFigure.Parse("增加1360余人").IsConsistentWith(change.Difference));
        Assert.False(PublishedFigure.Parse("1360余人").IsConsistentWith(Totals.Over(series, M(2025, 1), Latest).Value));
    }
}
