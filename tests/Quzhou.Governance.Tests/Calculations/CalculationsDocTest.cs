using System.Globalization;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Calculations;

/// <summary>The examples of docs/calculations.md, line for line, with their comments as assertions.</summary>
public class CalculationsDocTest
{
    [Fact]
    public void Examples_AsWrittenInTheDocs_GiveTheCommentedResults()
    {
        var crimes = IndicatorSeries.CreateBuilder(InterviewIndicators.CriminalCases, Frequency.Month);
        for (var p = SeriesPeriod.Month(2016, 1); p <= SeriesPeriod.Month(2025, 10); p = p.PlusPeriods(1))
        {
            crimes.Add(p, p.Year <= 2020 ? 1000 : 687);
        }

        var series = crimes.Build();
        var sameSpan = Changes.AgainstPreviousPlanSameSpan(series, SeriesPeriod.Month(2021, 1), SeriesPeriod.Month(2025, 10));
        var sameSpanPercent = sameSpan.ToPercent(1);
        var wholePlan = Changes.AgainstPreviousPlan(series, SeriesPeriod.Month(2021, 1), SeriesPeriod.Month(2025, 10));
        var wholePlanBase = wholePlan.Base;
        var october = Changes.YearOnYear(series, SeriesPeriod.Month(2025, 10)).ToPercent(2);
        var total = Totals.Over(series, SeriesPeriod.Month(2025, 1), SeriesPeriod.Month(2025, 10)).Value;
        var yearToDate = Rollups.YearToDate(series)[SeriesPeriod.Month(2025, 10)].Value;
        var years = Rollups.ToFrequency(series, Frequency.Year)[SeriesPeriod.CalendarYear(2024)].Value;

        var accidents = IndicatorSeries.FromValues(InterviewIndicators.ProductionSafetyAccidents, SeriesPeriod.CalendarYear(2024), new long[] { 0, 3 });
        var againstZero = Changes.YearOnYear(accidents, SeriesPeriod.CalendarYear(2025));
        var reason = againstZero.Reason;
        var percent = againstZero.ToPercent(2);
        var difference = againstZero.Difference;
        var words = reason.Describe(CultureInfo.GetCultureInfo("zh-CN"));
        var ceiling = Thresholds.HeldAtOrBelow(accidents, 2);
        var ceilingWords = ceiling.ToString("zh", null);

        var growth = Growth.LevelMethod(100_000, 161_051, 5).ToPercent(2);

        Assert.Equal(-31.3m, sameSpanPercent);
        Assert.Equal((SeriesPeriod.Month(2016, 1), SeriesPeriod.Month(2020, 10)), (sameSpan.BaseFrom, sameSpan.BaseTo));
        Assert.Equal(60000, wholePlanBase);
        Assert.Equal(0m, october);
        Assert.Equal(6870, total);
        Assert.Equal(6870, yearToDate);
        Assert.Equal(8244, years);
        Assert.Equal(UndefinedReason.ZeroBase, reason);
        Assert.Null(percent);
        Assert.Equal(3, difference);
        Assert.Equal("无法计算（基数为0）", words);
        Assert.Equal(ThresholdOutcome.Broken, ceiling.Outcome);
        Assert.Equal("未保持（2025）", ceilingWords);
        Assert.Equal(10m, growth);
    }
}
