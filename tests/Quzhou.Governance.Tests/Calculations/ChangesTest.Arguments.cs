using System;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Calculations;

public partial class ChangesTest
{
    [Fact]
    public void YearOnYear_PeriodOfYearOne_NamesPeriod()
    {
        var series = IndicatorSeries.FromValues(InterviewIndicators.Thefts, SeriesPeriod.Month(1, 1), new long[] { 1, 2, 3 });
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Changes.YearOnYear(series, SeriesPeriod.Month(1, 3)));
        Assert.Equal("period", ex.ParamName);
        Assert.Equal(SeriesPeriod.Month(1, 3), ex.ActualValue);
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => Changes.PeriodOnPeriod(series, SeriesPeriod.Month(1, 1))).ParamName);
    }

    [Fact]
    public void AgainstSameSpan_BaseBeforeYearOne_NamesYearsEarlier()
    {
        var series = IndicatorSeries.FromValues(InterviewIndicators.Thefts, SeriesPeriod.Month(2021, 1), new long[] { 1, 2, 3 });
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Changes.AgainstSameSpan(series, SeriesPeriod.Month(2021, 1), SeriesPeriod.Month(2021, 3), 2021));
        Assert.Equal("yearsEarlier", ex.ParamName);
        Assert.Equal(2021, ex.ActualValue);
        var panel = SeriesPanel.FromSeries(new[] { series });
        Assert.Equal("yearsEarlier", Assert.Throws<ArgumentOutOfRangeException>(() => Changes.AgainstSameSpan(panel, SeriesPeriod.Month(2021, 1), SeriesPeriod.Month(2021, 3), 2021)).ParamName);
    }
}
