using System;
using System.Globalization;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Calculations;

/// <summary>
/// The argument checks of <see cref="Growth"/>, <see cref="Rates"/>, <see cref="AnnualGrowth"/> and
/// <see cref="RateComparison"/> with their parameter names and words, the ends of their ranges, their diagnostic
/// text, and the basis month a span rate keeps (a break at a series' first period, spans before a later break).
/// </summary>
public class GrowthAndRatesWordsTest
{
    private static readonly RateIndicator Satisfaction = InterviewIndicators.EnterpriseRequestSatisfactionRate;

    [Fact]
    public void LevelMethod_Arguments_NameTheArgumentAndSayWhy()
    {
        Assert.Equal("lastValue", Assert.Throws<ArgumentOutOfRangeException>(() => Growth.LevelMethod(1, -1, 1)).ParamName);
        Assert.Equal("series", Assert.Throws<ArgumentNullException>(() => Growth.LevelMethod(null!, Y(2020), Y(2021))).ParamName);
        var monthly = IndicatorSeries.FromValues(InterviewIndicators.Thefts, SeriesPeriod.Month(2020, 1), new long[] { 1, 2 });
        var ex = Assert.Throws<ArgumentException>(() => Growth.LevelMethod(monthly, Y(2020), Y(2021)));
        Assert.Equal(Words("Average annual growth needs a yearly series, not Month.", "series"), ex.Message);
        var years = Yearly(1900, 102);
        ex = Assert.Throws<ArgumentException>(() => Growth.LevelMethod(years, SeriesPeriod.Month(1950, 1), Y(1960)));
        Assert.Equal(Words("The base year must be a year, not " + SeriesPeriod.Month(1950, 1) + ".", "baseYear"), ex.Message);
        ex = Assert.Throws<ArgumentException>(() => Growth.LevelMethod(years, Y(1950), SeriesPeriod.Month(1960, 1)));
        Assert.Equal(Words("The last year must be a year, not " + SeriesPeriod.Month(1960, 1) + ".", "lastYear"), ex.Message);
        var range = Assert.Throws<ArgumentOutOfRangeException>(() => Growth.LevelMethod(years, Y(1950), Y(1950)));
        Assert.Equal(new ArgumentOutOfRangeException("lastYear", Y(1950), "The last year must be 1-100 years after the base year " + Y(1950) + ".").Message, range.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => Growth.LevelMethod(years, Y(1900), Y(2001)));
    }

    [Fact]
    public void LevelMethod_OneAndAHundredYears_AreInRange()
    {
        var years = Yearly(1900, 102);
        Assert.Equal(1, Growth.LevelMethod(years, Y(1950), Y(1951)).Years);
        Assert.Equal(100, Growth.LevelMethod(years, Y(1900), Y(2000)).Years);
        Assert.Equal(1, Growth.CumulativeMethod(years, Y(1950), Y(1951)).Years);
        Assert.Equal(100, Growth.CumulativeMethod(years, Y(1900), Y(2000)).Years);
    }

    [Fact]
    public void CumulativeMethod_Arguments_NameTheArgument()
    {
        Assert.Equal("baseValue", Assert.Throws<ArgumentOutOfRangeException>(() => Growth.CumulativeMethod(-1, new long[] { 1 })).ParamName);
        Assert.Equal("yearValues", Assert.Throws<ArgumentOutOfRangeException>(() => Growth.CumulativeMethod(1, new long[] { 1, -1 })).ParamName);
        Assert.Equal("series", Assert.Throws<ArgumentNullException>(() => Growth.CumulativeMethod(null!, Y(2020), Y(2021))).ParamName);
        var monthly = IndicatorSeries.FromValues(InterviewIndicators.Thefts, SeriesPeriod.Month(2020, 1), new long[] { 1, 2 });
        var ex = Assert.Throws<ArgumentException>(() => Growth.CumulativeMethod(monthly, SeriesPeriod.Month(2020, 1), SeriesPeriod.Month(2020, 2)));
        Assert.Equal(Words("Average annual growth needs a yearly series, not Month.", "series"), ex.Message);
        var range = Assert.Throws<ArgumentOutOfRangeException>(() => Growth.CumulativeMethod(Yearly(2000, 5), Y(2003), Y(2002)));
        Assert.Equal("lastYear", range.ParamName);
        Assert.Equal(-1, range.ActualValue);
    }

    [Fact]
    public void CumulativeMethod_BaseYearJustAfterTheSeries_IsMissingBase()
    {
        var years = Yearly(2000, 5);
        Assert.Equal(UndefinedReason.MissingBase, Growth.CumulativeMethod(years, Y(2005), Y(2006)).Reason);
        Assert.Equal(UndefinedReason.MissingBase, Growth.CumulativeMethod(years, Y(1999), Y(2001)).Reason);
    }

    [Fact]
    public void AnnualGrowth_TextAndChecks()
    {
        var growth = Growth.LevelMethod(100, 121, 2);
        Assert.Equal("10.000000% a year", growth.ToString());
        Assert.Equal(growth.ToString(), growth.ToString("G", CultureInfo.InvariantCulture));
        Assert.Equal(growth.ToString(), growth.ToString(null, CultureInfo.InvariantCulture));
        var zero = Growth.LevelMethod(0, 121, 2);
        Assert.Equal("undefined (zero base)", zero.ToString());
        Assert.Equal("undefined (zero base)", zero.ToString("G", CultureInfo.InvariantCulture));
        Assert.Equal("The growth is undefined: ZeroBase.", Assert.Throws<InvalidOperationException>(() => zero.Rate).Message);
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => growth.ToPercent(21)).ParamName);
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => zero.ToPercent(-1)).ParamName);
        Assert.Equal(10.00000000000000000000m, growth.ToPercent(20));
    }

    [Fact]
    public void Rates_Arguments_NameTheArgumentAndSayWhy()
    {
        var a = RateSeries.FromParts(Satisfaction, SeriesPeriod.Month(2025, 1), new long[] { 1, 2 }, new long[] { 2, 4 });
        Assert.Equal("series", Assert.Throws<ArgumentNullException>(() => Rates.Over((RateSeries)null!, SeriesPeriod.Month(2025, 1), SeriesPeriod.Month(2025, 1))).ParamName);
        Assert.Equal("series", Assert.Throws<ArgumentNullException>(() => Rates.Over((System.Collections.Generic.IEnumerable<RateSeries>)null!, SeriesPeriod.Month(2025, 1), SeriesPeriod.Month(2025, 1))).ParamName);
        Assert.Equal("series", Assert.Throws<ArgumentNullException>(() => Rates.Over(new[] { a, null! }, SeriesPeriod.Month(2025, 1), SeriesPeriod.Month(2025, 1))).ParamName);
        var other = RateSeries.FromParts(InterviewIndicators.EnterpriseRequestSatisfactionRate == Satisfaction ? OtherRate() : Satisfaction, SeriesPeriod.Month(2025, 1), new long[] { 1, 2 }, new long[] { 2, 4 });
        var ex = Assert.Throws<ArgumentException>(() => Rates.Over(new[] { a, other }, SeriesPeriod.Month(2025, 1), SeriesPeriod.Month(2025, 1)));
        Assert.Equal(Words("Every series summed into one rate observes the same indicator (" + Satisfaction.Code + ").", "series"), ex.Message);
    }

    [Fact]
    public void Compare_BreakAtTheFirstPeriodOfALaterSeries_IsBasisBreak()
    {
        // The later series' basis began at its first period (a break there), after the earlier span began.
        var builder = RateSeries.CreateBuilder(Satisfaction, Frequency.Month);
        builder.AddParts(SeriesPeriod.Month(2025, 1), 9, 10, ObservationStatus.BasisBreak);
        builder.AddParts(SeriesPeriod.Month(2025, 2), 9, 10);
        var later = Rates.Over(builder.Build(), SeriesPeriod.Month(2025, 1), SeriesPeriod.Month(2025, 2));
        var earlier = Rates.Over(RateSeries.FromParts(Satisfaction, SeriesPeriod.Month(2024, 6), new long[] { 8, 8 }, new long[] { 10, 10 }), SeriesPeriod.Month(2024, 6), SeriesPeriod.Month(2024, 7));
        Assert.Equal(UndefinedReason.BasisBreak, Rates.Compare(later, earlier).Reason);
        Assert.Equal(UndefinedReason.BasisBreak, Rates.Compare(earlier, later).Reason);
    }

    [Fact]
    public void Compare_SeriesWithoutBreakStartingLater_IsComparable()
    {
        var later = Rates.Over(RateSeries.FromParts(Satisfaction, SeriesPeriod.Month(2025, 1), new long[] { 9, 9, 9, 9 }, new long[] { 10, 10, 10, 10 }), SeriesPeriod.Month(2025, 3), SeriesPeriod.Month(2025, 4));
        var earlier = Rates.Over(RateSeries.FromParts(Satisfaction, SeriesPeriod.Month(2024, 1), new long[] { 8, 8 }, new long[] { 10, 10 }), SeriesPeriod.Month(2024, 1), SeriesPeriod.Month(2024, 2));
        var comparison = Rates.Compare(later, earlier);
        Assert.Equal(UndefinedReason.None, comparison.Reason);
        Assert.Equal(10m, comparison.ToPercentagePoints(0));
    }

    [Fact]
    public void Compare_BothSpansBeforeALaterBreak_IsComparable()
    {
        var builder = RateSeries.CreateBuilder(Satisfaction, Frequency.Month);
        for (var m = 1; m <= 6; m++)
        {
            builder.AddParts(SeriesPeriod.Month(2025, m), m, 10, m == 5 ? ObservationStatus.BasisBreak : ObservationStatus.Final);
        }

        var series = builder.Build();
        var comparison = Rates.Compare(Rates.Over(series, SeriesPeriod.Month(2025, 2), SeriesPeriod.Month(2025, 3)), Rates.At(series, SeriesPeriod.Month(2025, 1)));
        Assert.Equal(UndefinedReason.None, comparison.Reason);
        Assert.Equal(15m, comparison.ToPercentagePoints(0));
        Assert.Equal(UndefinedReason.BasisBreak, Rates.Compare(Rates.At(series, SeriesPeriod.Month(2025, 6)), Rates.At(series, SeriesPeriod.Month(2025, 1))).Reason);
    }

    [Fact]
    public void RateComparison_UndefinedCurrent_IsTheCurrentReason()
    {
        var gapped = RateSeries.CreateBuilder(Satisfaction, Frequency.Month).AddParts(SeriesPeriod.Month(2025, 1), 1, 2).AddParts(SeriesPeriod.Month(2025, 3), 1, 2).Build();
        var current = Rates.At(gapped, SeriesPeriod.Month(2025, 2));
        var @base = Rates.At(gapped, SeriesPeriod.Month(2025, 1));
        Assert.Equal(UndefinedReason.MissingCurrent, current.Reason);
        Assert.Equal(UndefinedReason.MissingCurrent, Rates.Compare(current, @base).Reason);
        Assert.Null(Rates.Compare(current, @base).ToPercentagePoints(1));
    }

    [Fact]
    public void RateComparison_DecimalsAndText()
    {
        var a = RateSeries.FromParts(Satisfaction, SeriesPeriod.Month(2025, 1), new long[] { 1, 3 }, new long[] { 2, 4 });
        var comparison = Rates.Compare(Rates.At(a, SeriesPeriod.Month(2025, 2)), Rates.At(a, SeriesPeriod.Month(2025, 1)));
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => comparison.ToPercentagePoints(21)).ParamName);
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => comparison.ToRelativePercent(-1)).ParamName);
        Assert.Equal(25m, comparison.ToPercentagePoints(20));
        Assert.Equal(50m, comparison.ToRelativePercent(20));
        Assert.Equal(comparison.Current.ToString() + " vs " + comparison.Base.ToString(), comparison.ToString());
    }

    private static RateIndicator OtherRate()
    {
        foreach (var property in typeof(InterviewIndicators).GetProperties())
        {
            if (property.GetValue(null) is RateIndicator rate && !rate.Equals(Satisfaction))
            {
                return rate;
            }
        }

        throw new InvalidOperationException("No second rate indicator.");
    }

    private static IndicatorSeries Yearly(int first, int count)
    {
        var values = new long[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = 100 + i;
        }

        return IndicatorSeries.FromValues(InterviewIndicators.Thefts, Y(first), values);
    }

    private static string Words(string message, string paramName) => new ArgumentException(message, paramName).Message;

    private static SeriesPeriod Y(int year) => SeriesPeriod.CalendarYear(year);
}
