using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Calculations;

/// <summary>Every result's percentage comes from the one exact integer path of <see cref="RelativeChange.ToPercent"/>.</summary>
public partial class ChangesTest
{
    [Fact]
    public void ToPercent_NegativeAmounts_RoundsExactly()
    {
        // An amount in 分 may be negative (a net loss): (100 − (−200)) / (−200) = −150%.
        var series = IndicatorSeries.FromValues(InterviewIndicators.TelecomFraudLosses, SeriesPeriod.CalendarYear(2024), new long[] { -200, 100 });
        var change = Changes.PeriodOnPeriod(series, SeriesPeriod.CalendarYear(2025));
        Assert.Equal(-150m, change.ToPercent(0));
        Assert.Equal("-150.00", change.ToPercent(2)!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ToPercent_DecimalsBeyondSixteen_Throws()
    {
        var series = IndicatorSeries.FromValues(InterviewIndicators.Thefts, SeriesPeriod.CalendarYear(2024), new long[] { 3, 2 });
        var change = Changes.PeriodOnPeriod(series, SeriesPeriod.CalendarYear(2025));
        Assert.Equal(-33.3333333333333333m, change.ToPercent(16));
        Assert.Equal("decimals", Assert.Throws<System.ArgumentOutOfRangeException>(() => change.ToPercent(17)).ParamName);
        Assert.Equal("decimals", Assert.Throws<System.ArgumentOutOfRangeException>(() => default(SpanRate).ToPercent(-1)).ParamName);
    }

    [Property]
    public Property ToPercent_AnySignedPair_IsTheExactQuotientRoundedHalfAwayFromZero()
    {
        var value = Gen.Choose(-1_000_000, 1_000_000).Select(x => (long)x);
        return Prop.ForAll(value.ToArbitrary(), value.Where(b => b != 0).ToArbitrary(), Gen.Choose(0, 6).ToArbitrary(), (current, @base, decimals) =>
        {
            var series = IndicatorSeries.FromValues(InterviewIndicators.TelecomFraudLosses, SeriesPeriod.CalendarYear(2024), new[] { @base, current });
            var change = Changes.PeriodOnPeriod(series, SeriesPeriod.CalendarYear(2025));
            var exact = ((decimal)current - @base) * 100m / @base;
            return change.ToPercent(decimals) == Rounding.HalfAwayFromZero(exact, decimals)
                && (current < 0 || @base < 0 || change.ToPercent(decimals) == RelativeChange.Between(current, @base).ToPercent(decimals));
        });
    }
}
