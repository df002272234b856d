using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;
using Xunit;
using Quzhou.Governance.Quantities;

namespace Quzhou.Governance.Tests.Calculations;

public class GrowthTest
{
    [Fact]
    public void LevelMethod_Doubling_In5Years_Is14_87Percent()
    {
        var growth = Growth.LevelMethod(100, 200, 5);
        Assert.Equal(14.87m, growth.ToPercent(2));
        Assert.Equal(5, growth.Years);
    }

    [Fact]
    public void LevelMethod_UndefinedCases_SayWhy()
    {
        Assert.Equal(UndefinedReason.ZeroBase, Growth.LevelMethod(0, 5, 5).Reason);
        Assert.Null(Growth.LevelMethod(0, 5, 5).ToPercent(2));
        Assert.Throws<InvalidOperationException>(() => Growth.LevelMethod(0, 5, 5).Rate);
        Assert.Equal(-100m, Growth.LevelMethod(5, 0, 5).ToPercent(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Growth.LevelMethod(5, 5, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Growth.LevelMethod(-1, 5, 1));
    }

    [Fact]
    public void LevelMethod_Series_UsesCalendarYears()
    {
        var series = IndicatorSeries.CreateBuilder(InterviewIndicators.LegalServices, Frequency.Year)
            .Add(SeriesPeriod.CalendarYear(2020), 100).Add(SeriesPeriod.CalendarYear(2025), 200).Build();
        Assert.Equal(14.87m, Growth.LevelMethod(series, SeriesPeriod.CalendarYear(2020), SeriesPeriod.CalendarYear(2025)).ToPercent(2));
        Assert.Equal(UndefinedReason.MissingCurrent, Growth.LevelMethod(series, SeriesPeriod.CalendarYear(2020), SeriesPeriod.CalendarYear(2024)).Reason);
        var monthly = IndicatorSeries.FromValues(InterviewIndicators.LegalServices, SeriesPeriod.Month(2025, 1), new long[] { 1 });
        Assert.Throws<ArgumentException>(() => Growth.LevelMethod(monthly, SeriesPeriod.Month(2025, 1), SeriesPeriod.Month(2025, 1)));
    }

    [Fact]
    public void CumulativeMethod_ConstantGrowth_RecoversRate()
    {
        // base 100, then 110, 121, 133.1 → x = 1.1 exactly solves 100·(x + x² + x³) = 364.1; use integers ×10.
        var growth = Growth.CumulativeMethod(1000, new long[] { 1100, 1210, 1331 });
        Assert.Equal(10m, growth.ToPercent(10));
        Assert.Equal(UndefinedReason.ZeroBase, Growth.CumulativeMethod(0, new long[] { 1 }).Reason);
        Assert.Equal(-100m, Growth.CumulativeMethod(10, new long[] { 0, 0 }).ToPercent(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Growth.CumulativeMethod(1, ReadOnlySpan<long>.Empty));
    }

    [Property]
    public Property LevelMethod_CompoundedOverYears_GivesEndValue()
    {
        return Prop.ForAll(Gen.Choose(1, 1_000_000).ToArbitrary(), Gen.Choose(1, 1_000_000).ToArbitrary(), Gen.Choose(1, 30).ToArbitrary(), (b, e, years) =>
        {
            var rate = Growth.LevelMethod(b, e, years).Rate;
            var value = (decimal)b;
            for (var i = 0; i < years; i++)
            {
                value *= 1m + rate;
            }

            return Math.Abs((value - e) / e) < 1e-10m;
        });
    }

    [Property]
    public Property CumulativeMethod_SolvesItsEquation()
    {
        return Prop.ForAll(Gen.Choose(1, 100_000).ToArbitrary(), Gen.ArrayOf(Gen.Choose(0, 100_000).Select(x => (long)x), 5).ToArbitrary(), (b, values) =>
        {
            long sum = 0;
            foreach (var v in values)
            {
                sum += v;
            }

            var growth = Growth.CumulativeMethod(b, values);
            if (sum == 0)
            {
                return growth.Rate == -1m;
            }

            var x = 1m + growth.Rate;
            decimal power = 1, total = 0;
            for (var k = 0; k < values.Length; k++)
            {
                power *= x;
                total += power;
            }

            return Math.Abs(((b * total) - sum) / sum) < 1e-10m;
        });
    }

    [Fact]
    public void LevelMethod_YearsRolledUpFromAMixedBaseYear_BasisBreak()
    {
        // 口径调整 from 2020-07: the 2020 total mixes bases, so 年均增长 from 2020 is not computed.
        var statuses = new System.Collections.Generic.Dictionary<SeriesPeriod, ObservationStatus> { [SeriesPeriod.Month(2020, 7)] = ObservationStatus.BasisBreak };
        var monthly = TestSeries.Build(InterviewIndicators.LegalServices, SeriesPeriod.Month(2020, 1), SeriesPeriod.Month(2025, 12), p => p.Year - 2000, statuses: statuses);
        var years = Rollups.ToFrequency(monthly, Frequency.Year);
        Assert.Equal(UndefinedReason.BasisBreak, Growth.LevelMethod(years, SeriesPeriod.CalendarYear(2020), SeriesPeriod.CalendarYear(2025)).Reason);
        Assert.True(Growth.LevelMethod(years, SeriesPeriod.CalendarYear(2021), SeriesPeriod.CalendarYear(2025)).IsDefined);
    }

    [Fact]
    public void CumulativeMethod_Series_SumsTheYearsAfterTheBase()
    {
        var series = IndicatorSeries.FromValues(InterviewIndicators.LegalServices, SeriesPeriod.CalendarYear(2020), new long[] { 1000, 1100, 1210, 1331 });
        var growth = Growth.CumulativeMethod(series, SeriesPeriod.CalendarYear(2020), SeriesPeriod.CalendarYear(2023));
        Assert.Equal(10m, growth.ToPercent(10));
        Assert.Equal(3, growth.Years);
        Assert.Equal(UndefinedReason.MissingCurrent, Growth.CumulativeMethod(series, SeriesPeriod.CalendarYear(2020), SeriesPeriod.CalendarYear(2024)).Reason);
        Assert.Equal(UndefinedReason.MissingBase, Growth.CumulativeMethod(series, SeriesPeriod.CalendarYear(2019), SeriesPeriod.CalendarYear(2023)).Reason);
        Assert.Throws<ArgumentOutOfRangeException>(() => Growth.CumulativeMethod(series, SeriesPeriod.CalendarYear(2023), SeriesPeriod.CalendarYear(2023)));
        var monthly = IndicatorSeries.FromValues(InterviewIndicators.LegalServices, SeriesPeriod.Month(2025, 1), new long[] { 1, 2 });
        Assert.Throws<ArgumentException>(() => Growth.CumulativeMethod(monthly, SeriesPeriod.Month(2025, 1), SeriesPeriod.Month(2025, 2)));
    }

    [Fact]
    public void CumulativeMethod_SeriesAcrossBreak_BasisBreak()
    {
        // Investment counted on a new basis from 2022: base·(x + x² + x³) would add years of two bases.
        var series = IndicatorSeries.CreateBuilder(InterviewIndicators.LegalServices, Frequency.Year)
            .Add(SeriesPeriod.CalendarYear(2020), 1000).Add(SeriesPeriod.CalendarYear(2021), 1100)
            .Add(SeriesPeriod.CalendarYear(2022), 1210, ObservationStatus.BasisBreak).Add(SeriesPeriod.CalendarYear(2023), 1331).Build();
        Assert.Equal(UndefinedReason.BasisBreak, Growth.CumulativeMethod(series, SeriesPeriod.CalendarYear(2020), SeriesPeriod.CalendarYear(2023)).Reason);
        Assert.True(Growth.CumulativeMethod(series, SeriesPeriod.CalendarYear(2022), SeriesPeriod.CalendarYear(2023)).IsDefined);
    }

    [Fact]
    public void LevelMethod_YearsOutOfOrderOrNotYears_NamesTheYearArgument()
    {
        var series = IndicatorSeries.FromValues(InterviewIndicators.Thefts, SeriesPeriod.CalendarYear(2020), new long[] { 100, 110 });
        var reversed = Assert.Throws<ArgumentOutOfRangeException>(() => Growth.LevelMethod(series, SeriesPeriod.CalendarYear(2021), SeriesPeriod.CalendarYear(2020)));
        Assert.Equal("lastYear", reversed.ParamName);
        Assert.Equal(SeriesPeriod.CalendarYear(2020), reversed.ActualValue);
        Assert.Equal("lastYear", Assert.Throws<ArgumentException>(() => Growth.LevelMethod(series, SeriesPeriod.CalendarYear(2020), SeriesPeriod.Month(2021, 1))).ParamName);
        Assert.Equal("baseYear", Assert.Throws<ArgumentException>(() => Growth.LevelMethod(series, SeriesPeriod.Quarter(2020, 1), SeriesPeriod.CalendarYear(2021))).ParamName);
    }
}
