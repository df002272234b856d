using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Quzhou.Governance.Claims;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Periods;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Claims;

/// <summary>A structure's shares at their edges: parts of another frequency or kind of measure, parts ending or
/// starting at different periods, a stated span at or past the data's ends, a structure of stocks (the values at
/// the span's end), a gap in one part, parts that are all zero, and which candidate span is reported.</summary>
public partial class ClaimCheckerTest
{
    private static readonly ClaimSubject TheftsSubject = InterviewClaims.Subject(InterviewIndicators.Thefts, "盗窃案件");

    private static readonly ClaimSubject HomicidesSubject = InterviewClaims.Subject(InterviewIndicators.Homicides, "命案");

    private static IReadOnlyList<ClaimVerdict> Shares(DataSet data, ClaimSubject[] subjects, string[] figures, CalendarPeriod? period = null) =>
        ClaimChecker.Check(InterviewClaims.Claim("shares", ClaimKind.Structure, subjects, figures, ClaimBase.None, period), data);

    private static IReadOnlyList<ClaimVerdict> TwoShares(DataSet data, string theft, string homicide, CalendarPeriod? period = null) =>
        Shares(data, [TheftsSubject, HomicidesSubject], [theft, homicide], period);

    private static DataSet Parts(params IndicatorSeries[] series)
    {
        var builder = DataSet.CreateBuilder();
        foreach (var s in series)
        {
            builder.AddSeries(RegionCode.Quzhou, s);
        }

        return builder.Build();
    }

    [Fact]
    public void Check_StructureOfPartsOfAnotherFrequencyOrMeasure_Unverifiable()
    {
        const string Words = "a check of a structure whose parts differ in frequency or in kind of measure";
        var quarterly = IndicatorSeries.FromValues(InterviewIndicators.Homicides, SeriesPeriod.Quarter(2016, 1), Enumerable.Repeat(750L, 40).ToArray());
        var byFrequency = TwoShares(Parts(Monthly(InterviewIndicators.Thefts, p => 210), quarterly), "21.9%", "78.1%");
        Assert.All(byFrequency, v => Assert.Equal([Words], v.Missing));
        var subjects = new[] { InterviewClaims.Subject(InterviewIndicators.LegalServices, "法律服务"), InterviewClaims.Subject(InterviewIndicators.LegalServiceStations, "站点") };
        var byMeasure = Shares(Parts(Monthly(InterviewIndicators.LegalServices, p => 3300), Monthly(InterviewIndicators.LegalServiceStations, p => 1725)), subjects, ["65.7%", "34.3%"]);
        Assert.All(byMeasure, v => Assert.Equal([Words], v.Missing));
    }

    [Fact]
    public void Check_StructureWhosePartsEndApart_TheLastPeriodOfEvery()
    {
        // Thefts 210 a month to 2025-10; homicides 250 a month to 2025-08 and 40 in 2025-09, where they end:
        // 84.0% and 16.0% in 2025-09 (210/250), the last month both have.
        var homicides = Series(InterviewIndicators.Homicides, First, M(2025, 9), p => p == M(2025, 9) ? 40 : 250);
        var verdicts = TwoShares(Parts(Monthly(InterviewIndicators.Thefts, p => 210), homicides), "84.0%", "16.0%");
        Assert.All(verdicts, v => Assert.Equal(ClaimVerdictKind.Holds, v.Kind));
        Assert.All(verdicts, v => Assert.Equal(CalendarPeriod.ForMonth(2025, 9), v.Period));
        Assert.Equal((210L, 250L), (verdicts[0].Numerator!.Value, verdicts[0].Denominator!.Value));
    }

    /// <summary>Thefts 210 a month from 2016-01, on a new basis from 2025-06; homicides 250 a month from 2025-03 only.</summary>
    private static DataSet LateHomicides()
    {
        var thefts = IndicatorSeries.CreateBuilder(InterviewIndicators.Thefts, Frequency.Month);
        for (var p = First; p <= Last; p = p.Next())
        {
            thefts.Add(p, 210, p == M(2025, 6) ? ObservationStatus.BasisBreak : ObservationStatus.Final);
        }

        return Parts(thefts.Build(), Series(InterviewIndicators.Homicides, M(2025, 3), Last, p => 250));
    }

    [Fact]
    public void Check_StructureOverASpanBeforeAPartStarts_UndefinedMissingCurrent()
    {
        // 2025-01/10 starts before the homicides do: the data are missing, whatever the thefts' break says.
        var verdict = TwoShares(LateHomicides(), "45.7%", "54.3%", CalendarPeriod.ForMonths(new YearMonth(2025, 1), new YearMonth(2025, 10)))[0];
        Assert.Equal(ClaimVerdictKind.Undefined, verdict.Kind);
        Assert.Equal(UndefinedReason.MissingCurrent, verdict.Reason);
        Assert.Equal(CalendarPeriod.ForMonths(new YearMonth(2025, 1), new YearMonth(2025, 10)), verdict.Period);
        Assert.Equal(ClaimVerdictKind.Holds, TwoShares(LateHomicides(), "45.7%", "54.3%", CalendarPeriod.ForMonths(new YearMonth(2025, 3), new YearMonth(2025, 5)))[0].Kind);
    }

    [Fact]
    public void Check_StructureContradictedWhereAPartStartsLate_TheLatestMonthIsReported()
    {
        // Unstated: 2025-10 is contradicted; the year to date and 2024 start before the homicides and are undefined.
        var verdict = TwoShares(LateHomicides(), "50.0%", "50.0%")[0];
        Assert.Equal(ClaimVerdictKind.Contradicted, verdict.Kind);
        Assert.Equal(CalendarPeriod.ForMonth(2025, 10), verdict.Period);
        Assert.Equal(45.652173913043478m, System.Math.Round(verdict.Value!.Value, 15));
    }

    [Fact]
    public void Check_StructureOverAStatedSpanAtTheDatasEnds_ComputedThere()
    {
        var data = Parts(Monthly(InterviewIndicators.Thefts, p => 210), Monthly(InterviewIndicators.Homicides, p => 250));
        var first = TwoShares(data, "45.7%", "54.3%", CalendarPeriod.ForYear(2016));
        Assert.All(first, v => Assert.Equal(ClaimVerdictKind.Holds, v.Kind));
        Assert.Equal(CalendarPeriod.ForYear(2016), first[0].Period);
        var last = TwoShares(data, "45.7%", "54.3%", CalendarPeriod.ForMonths(new YearMonth(2025, 1), new YearMonth(2025, 10)));
        Assert.All(last, v => Assert.Equal(ClaimVerdictKind.Holds, v.Kind));
        var past = TwoShares(data, "45.7%", "54.3%", CalendarPeriod.ForYear(2025));
        Assert.All(past, v => Assert.Equal((ClaimVerdictKind.Undefined, UndefinedReason.MissingCurrent), (v.Kind, v.Reason)));
        Assert.Equal(CalendarPeriod.ForYear(2025), past[0].Period);
    }

    [Fact]
    public void Check_StructureOfFlows_TheFirstSpanThatFits()
    {
        // Thefts 210 and homicides 400 a month, but 100 thefts in 2025-10: 34.4% fits neither 2025-10 (100/500) nor
        // 2025-01/10 (1990/5990), and fits 2024 (2520/7320); each month of 2024 alone would fit too.
        var data = Parts(Monthly(InterviewIndicators.Thefts, p => p == Last ? 100 : 210), Monthly(InterviewIndicators.Homicides, p => 400));
        var verdict = TwoShares(data, "34.4%", "65.6%")[0];
        Assert.Equal(ClaimVerdictKind.Holds, verdict.Kind);
        Assert.Equal(CalendarPeriod.ForYear(2024), verdict.Period);
        Assert.Equal((2520L, 7320L), (verdict.Numerator!.Value, verdict.Denominator!.Value));
    }

    /// <summary>Organisations 100 and stations 300 at every month's end, but 100 stations at the end of 2024.</summary>
    private static DataSet Stocks() =>
        Parts(Monthly(InterviewIndicators.SocialOrganisations, p => 100), Monthly(InterviewIndicators.LegalServiceStations, p => p == M(2024, 12) ? 100 : 300));

    private static readonly ClaimSubject[] StockSubjects = [InterviewClaims.Subject(InterviewIndicators.SocialOrganisations, "社会组织"), InterviewClaims.Subject(InterviewIndicators.LegalServiceStations, "站点")];

    [Fact]
    public void Check_StructureOfStocks_TheValuesAtTheSpansEnd()
    {
        // Unstated: 2025-10 (25%), 2025-01/10 at its end (25% again), 2024 at its end: 100 of 200.
        var verdicts = Shares(Stocks(), StockSubjects, ["50%", "50%"]);
        Assert.All(verdicts, v => Assert.Equal(ClaimVerdictKind.Holds, v.Kind));
        Assert.All(verdicts, v => Assert.Equal(CalendarPeriod.ForMonth(2024, 12), v.Period));
        Assert.Equal((100L, 200L), (verdicts[0].Numerator!.Value, verdicts[0].Denominator!.Value));
        var latest = Shares(Stocks(), StockSubjects, ["25%", "75%"]);
        Assert.All(latest, v => Assert.Equal(CalendarPeriod.ForMonth(2025, 10), v.Period));
        var stated = Shares(Stocks(), StockSubjects, ["25%", "75%"], CalendarPeriod.ForYear(2023));
        Assert.All(stated, v => Assert.Equal((ClaimVerdictKind.Holds, CalendarPeriod.ForMonth(2023, 12)), (v.Kind, v.Period)));
    }

    [Fact]
    public void Check_StructureOfStocksWithAValueMissing_UndefinedMissingCurrent()
    {
        var stations = Series(InterviewIndicators.LegalServiceStations, First, Last, p => 300);
        var orgs = IndicatorSeries.CreateBuilder(InterviewIndicators.SocialOrganisations, Frequency.Month);
        for (var p = First; p <= Last; p = p.Next())
        {
            if (p != M(2023, 12))
            {
                orgs.Add(p, 100);
            }
        }

        var verdicts = Shares(Parts(orgs.Build(), stations), StockSubjects, ["25%", "75%"], CalendarPeriod.ForYear(2023));
        Assert.All(verdicts, v => Assert.Equal((ClaimVerdictKind.Undefined, UndefinedReason.MissingCurrent), (v.Kind, v.Reason)));
    }

    [Fact]
    public void Check_StructureWithAGapInTheLastPart_UndefinedNotAShareOfTheRest()
    {
        var homicides = IndicatorSeries.CreateBuilder(InterviewIndicators.Homicides, Frequency.Month);
        for (var p = First; p <= Last; p = p.Next())
        {
            if (p != M(2025, 5))
            {
                homicides.Add(p, 250);
            }
        }

        var verdicts = TwoShares(Parts(Monthly(InterviewIndicators.Thefts, p => 210), homicides.Build()), "45.7%", "54.3%", CalendarPeriod.ForMonths(new YearMonth(2025, 1), new YearMonth(2025, 10)));
        Assert.All(verdicts, v => Assert.Equal((ClaimVerdictKind.Undefined, UndefinedReason.MissingCurrent), (v.Kind, v.Reason)));
        Assert.All(verdicts, v => Assert.Null(v.Numerator));
    }

    [Fact]
    public void Check_StructureOfZeros_UndefinedZeroDenominator()
    {
        var verdicts = TwoShares(Parts(Monthly(InterviewIndicators.Thefts, p => 0), Monthly(InterviewIndicators.Homicides, p => 0)), "50%", "50%", CalendarPeriod.ForYear(2024));
        Assert.All(verdicts, v => Assert.Equal((ClaimVerdictKind.Undefined, UndefinedReason.ZeroDenominator), (v.Kind, v.Reason)));
        Assert.Equal(CalendarPeriod.ForYear(2024), verdicts[0].Period);
    }
}
