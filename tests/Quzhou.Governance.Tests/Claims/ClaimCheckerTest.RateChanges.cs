using System.Linq;
using NodaTime;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Claims;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Figures;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Periods;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Claims;

/// <summary>A rate's change when some of its readings cannot be computed (a gap in a base or current span), the
/// relative reading fitting where the points one does not, a rate given as a multiple (倍, 成), and
/// <see cref="ClaimChecker.RateReadings"/> on an undefined comparison, an empty interval and a figure in another unit.</summary>
public partial class ClaimCheckerTest
{
    private static readonly ClaimSubject ClosureSubject = InterviewClaims.Subject(InterviewIndicators.EnforcementClosureRate, "实际执结率");

    /// <summary>The closure rate from <paramref name="from"/> to <paramref name="to"/> in percent of 100 cases, with
    /// <paramref name="gap"/> missing.</summary>
    private static DataSet ClosureRates(SeriesPeriod from, SeriesPeriod to, SeriesPeriod gap, System.Func<SeriesPeriod, long> percent)
    {
        var builder = RateSeries.CreateBuilder(InterviewIndicators.EnforcementClosureRate, Frequency.Month);
        for (var p = from; p <= to; p = p.Next())
        {
            if (p != gap)
            {
                builder.AddParts(p, percent(p), 100);
            }
        }

        return DataSet.CreateBuilder().AddRateSeries(RegionCode.Quzhou, builder.Build()).Build();
    }

    [Fact]
    public void Check_RatePointsChangeWithOneReadingUndefined_TheOtherHoldsAlone()
    {
        // 近五年: 2024 against 2019 (85% against 80%: 5 points) fits; 2020–2024 against 2015–2019 has 2021-06 missing.
        var data = ClosureRates(M(2015, 1), Last, M(2021, 6), p => p.Year <= 2019 ? 80 : 85);
        var claim = InterviewClaims.Claim("closure", ClaimKind.PercentagePointChange, [ClosureSubject], ["提升5个百分点"], ClaimBase.RecentYears(5));
        var verdict = ClaimChecker.Check(claim, data).Single();
        Assert.Equal(ClaimVerdictKind.Holds, verdict.Kind);
        Assert.Equal(5m, verdict.Value);
        Assert.Equal(CalendarPeriod.ForYear(2024), verdict.Period);
    }

    [Fact]
    public void Check_RateChangeInPercentWithTheLatestSpansUndefined_AmbiguousWithEveryReading()
    {
        // Data to 2025-11 without 2025-10 (the last month before publication): the month and the year to date are
        // undefined; 2024 against 2023 is 88% against 80%: 8 points, or 10% of the old rate — 提升10% fits as percent.
        var data = ClosureRates(First, M(2025, 11), M(2025, 10), p => p.Year <= 2023 ? 80 : 88);
        var claim = InterviewClaims.Claim("closure", ClaimKind.RelativeChange, [ClosureSubject], ["提升10%"], ClaimBase.YearOnYear);
        var verdict = ClaimChecker.Check(claim, data).Single();
        Assert.Equal(ClaimVerdictKind.Ambiguous, verdict.Kind);
        Assert.Equal(new[] { ClaimReadingKind.AsWorded, ClaimReadingKind.AsWorded, ClaimReadingKind.PercentagePoints, ClaimReadingKind.RelativeChange }, verdict.Readings.Select(r => r.Kind));
        Assert.Equal(new[] { false, false, false, true }, verdict.Readings.Select(r => r.Fits));
        Assert.Equal(new[] { 0m, 0m, 8m, 10m }, verdict.Readings.Select(r => r.Value));
        Assert.Equal(new[] { CalendarPeriod.ForMonth(2025, 10), CalendarPeriod.ForMonths(new YearMonth(2025, 1), new YearMonth(2025, 10)), CalendarPeriod.ForYear(2024), CalendarPeriod.ForYear(2024) }, verdict.Readings.Select(r => r.Period));
    }

    [Theory]
    [InlineData("1.2倍")]
    [InlineData("增长2成")]
    public void Check_RateAsAMultiple_UnverifiableNotAnException(string figure)
    {
        // 倍 and 成 of a rate are not checked (a rate's change is in %, ‰, points or 翻番 of a count); it threw
        // ArgumentException from RateReadings before.
        var claim = InterviewClaims.Claim("closure", ClaimKind.Multiple, [ClosureSubject], [figure], ClaimBase.YearOnYear);
        var verdict = ClaimChecker.Check(claim, Data()).Single();
        Assert.Equal(ClaimVerdictKind.Unverifiable, verdict.Kind);
        Assert.Equal(["a check of a Multiple claim with " + figure + " on courts.enforcement-closure-rate"], verdict.Missing);
    }

    [Fact]
    public void Check_CountAsAMultiple_StillChecked()
    {
        // Thefts 100 → 210 a month: 增长1.1倍 (rose by 1.1 times: +110%).
        var verdict = ClaimChecker.Check(Thefts("增长1.1倍"), Crimes14th()).Single();
        Assert.Equal(ClaimVerdictKind.Holds, verdict.Kind);
        Assert.Equal(1.1m, verdict.Value);
    }

    private static SpanRate ClosureRate(long n, long d) =>
        Rates.At(RateSeries.FromParts(InterviewIndicators.EnforcementClosureRate, SeriesPeriod.CalendarYear(2025), new[] { n }, new[] { d }), SeriesPeriod.CalendarYear(2025));

    [Fact]
    public void RateReadings_FigureInAnotherUnit_ThrowsNamingTheFigure()
    {
        var error = Assert.Throws<System.ArgumentException>(() => ClaimChecker.RateReadings(Rates.Compare(ClosureRate(1, 2), ClosureRate(1, 3)), PublishedFigure.Parse("1.2倍"), null));
        Assert.Equal("figure", error.ParamName);
        Assert.StartsWith("A rate's change is printed in %, ‰, 个百分点 or 个千分点, but was 1.2倍.", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void RateReadings_UndefinedComparison_NoReading()
    {
        // A base of 0/0: its difference over a zero denominator would pass 提升11%以上's lower end unchecked.
        var comparison = Rates.Compare(ClosureRate(1, 2), ClosureRate(0, 0));
        Assert.Equal(UndefinedReason.ZeroDenominator, comparison.Reason);
        Assert.Equal(RateChangeReadings.None, ClaimChecker.RateReadings(comparison, PublishedFigure.Parse("提升11%以上"), null));
    }

    [Fact]
    public void RateReadings_EmptyIntervalOfAPolicy_NoReading()
    {
        // 60% → 71.53%: 11.53 points; a policy whose exact rule is (0, 0) gives 提升11.53% an empty interval.
        var comparison = Rates.Compare(ClosureRate(7153, 10000), ClosureRate(6000, 10000));
        var figure = PublishedFigure.Parse("提升11.53%");
        Assert.Equal(RateChangeReadings.PercentagePoints, ClaimChecker.RateReadings(comparison, figure, null));
        var empty = QualifierPolicy.Default.With(FigureQualifier.Exact, new QualifierRule(0m, false, 0m, false));
        Assert.True(figure.GetSignedInterval(empty).IsEmpty);
        Assert.Equal(RateChangeReadings.None, ClaimChecker.RateReadings(comparison, figure, empty));
    }
}
