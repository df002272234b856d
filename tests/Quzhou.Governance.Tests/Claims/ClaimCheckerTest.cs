using System.Globalization;
using System.Linq;
using NodaTime;
using Quzhou.Governance.Claims;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Figures;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Periods;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Claims;

public partial class ClaimCheckerTest
{
    private static readonly SeriesPeriod First = SeriesPeriod.Month(2016, 1);
    private static readonly SeriesPeriod Last = SeriesPeriod.Month(2025, 10);

    private static IndicatorSeries Monthly(QuantityIndicator indicator, System.Func<SeriesPeriod, long> value)
    {
        var builder = IndicatorSeries.CreateBuilder(indicator, Frequency.Month);
        for (var p = First; p <= Last; p = p.Next())
        {
            builder.Add(p, value(p));
        }

        return builder.Build();
    }

    private static RateSeries MonthlyRate(RateIndicator indicator, System.Func<SeriesPeriod, (long, long)> parts)
    {
        var builder = RateSeries.CreateBuilder(indicator, Frequency.Month);
        for (var p = First; p <= Last; p = p.Next())
        {
            var (n, d) = parts(p);
            builder.AddParts(p, n, d);
        }

        return builder.Build();
    }

    /// <summary>Illustrative data: 1,000 crimes a month in the 13th plan, 687 in the 14th; telecom fraud falling
    /// every month from 2021-01; 448 of 461 satisfied; 3,300 legal services a month; 1,725 stations.</summary>
    private static DataSet Data()
    {
        var fraudCases = Monthly(InterviewIndicators.TelecomFraudCases, p => p.Year <= 2020 ? 1000 : 990 - (2 * SeriesPeriod.Month(2021, 1).PeriodsUntil(p)));
        return DataSet.CreateBuilder()
            .AddSeries(RegionCode.Quzhou, Monthly(InterviewIndicators.CriminalCases, p => p.Year <= 2020 ? 1000 : 687))
            .AddSeries(RegionCode.Quzhou, fraudCases)
            .AddSeries(RegionCode.Quzhou, Monthly(InterviewIndicators.TelecomFraudLosses, p => fraudCases[p].Value * 100))
            .AddSeries(RegionCode.Quzhou, Monthly(InterviewIndicators.LegalServices, p => p.Year >= 2021 ? 3300 : 10))
            .AddSeries(RegionCode.Quzhou, Monthly(InterviewIndicators.LegalServiceStations, p => 1725))
            .AddSeries(RegionCode.Quzhou, IndicatorSeries.FromValues(InterviewIndicators.MajorProductionSafetyAccidents, SeriesPeriod.CalendarYear(2024), new long[] { 0, 3 }))
            .AddRateSeries(RegionCode.Quzhou, MonthlyRate(InterviewIndicators.EnterpriseRequestSatisfactionRate, p => (448, 461)))
            .AddRateSeries(RegionCode.Quzhou, MonthlyRate(InterviewIndicators.LocalDisputeResolutionRate, p => p == SeriesPeriod.Month(2023, 4) ? (96, 100) : (98, 100)))
            .AddRateSeries(RegionCode.Quzhou, MonthlyRate(InterviewIndicators.CrossRegionDisputeResolutionRate, p => (98, 100)))
            .AddRateSeries(RegionCode.Quzhou, MonthlyRate(InterviewIndicators.EnforcementClosureRate, p => p.Year <= 2020 ? (8000, 10000) : (9153, 10000)))
            .Build();
    }

    private static Claim Crimes(string figure, ClaimBase @base) =>
        InterviewClaims.Claim("crimes", ClaimKind.RelativeChange, [InterviewClaims.Subject(InterviewIndicators.CriminalCases, "刑事案件")], [figure], @base);

    private static readonly FiveYearPlan Thirteenth = FiveYearPlan.FromOrdinal(13);

    [Fact]
    public void Check_SameSpanHolds_WithTheExactValueAndSpan()
    {
        var verdict = ClaimChecker.Check(Crimes("下降31.3%", ClaimBase.AgainstPlanSameSpan(Thirteenth)), Data()).Single();
        Assert.Equal(ClaimVerdictKind.Holds, verdict.Kind);
        Assert.Equal(-31.3m, verdict.Value);
        Assert.Equal(CalendarPeriod.ForMonths(new YearMonth(2021, 1), new YearMonth(2025, 10)), verdict.Period);
        Assert.Equal("刑事案件 下降31.3%：成立（重算值-31.3%（(39846−58000)/58000），2021年1月至2025年10月）", verdict.ToString("zh", null));
        Assert.Equal("criminal cases 下降31.3%: holds (recomputed -31.3% ((39846−58000)/58000) over 2021-01/2025-10)", verdict.ToString("en", null));
    }

    [Fact]
    public void Check_Contradicted_PrintsTheValueAtThePublishedPrecision()
    {
        var verdict = ClaimChecker.Check(Crimes("下降31.4%", ClaimBase.AgainstPlanSameSpan(Thirteenth)), Data()).Single();
        Assert.Equal(ClaimVerdictKind.Contradicted, verdict.Kind);
        Assert.Equal(PublishedFigure.Parse("下降31.3%"), verdict.Printed);
        Assert.Equal("criminal cases 下降31.4%: contradicted: the data give -31.3% ((39846−58000)/58000), which prints as 下降31.3% over 2021-01/2025-10", verdict.ToString());
        Assert.Equal("刑事案件 下降31.4%：不成立：重算值-31.3%（(39846−58000)/58000），按公布精度为下降31.3%，2021年1月至2025年10月", verdict.ToString("zh", null));
    }

    [Fact]
    public void Check_PlanWithoutSameSpan_AmbiguousWithTheSameSpanFitting()
    {
        var verdict = ClaimChecker.Check(Crimes("下降31.3%", ClaimBase.AgainstPlan(Thirteenth)), Data()).Single();
        Assert.Equal(ClaimVerdictKind.Ambiguous, verdict.Kind);
        Assert.Equal(new[] { ClaimReadingKind.WholePlan, ClaimReadingKind.SameSpan }, verdict.Readings.Select(r => r.Kind));
        Assert.Equal(new[] { false, true }, verdict.Readings.Select(r => r.Fits));
        Assert.Equal("criminal cases 下降31.3%: ambiguous: against the same span of the previous plan: -31.3% (-31.300) fits", verdict.ToString());
        Assert.Equal("刑事案件 下降31.3%：有歧义：与上一规划同期相比计为-31.3%（-31.300），相符", verdict.ToString("zh", null));
    }

    [Fact]
    public void Check_RateRiseInPercent_AmbiguousWithThePointsReadingFitting()
    {
        // 80.00% → 91.53%: 11.53 percentage points, or 14.41% of the old rate.
        var claim = InterviewClaims.Claim("closure", ClaimKind.RelativeChange, [InterviewClaims.Subject(InterviewIndicators.EnforcementClosureRate, "实际执结率")], ["提升11.53%"], ClaimBase.AgainstPlanSameSpan(Thirteenth));
        var verdict = ClaimChecker.Check(claim, Data()).Single();
        Assert.Equal(ClaimVerdictKind.Ambiguous, verdict.Kind);
        Assert.Equal(new[] { ClaimReadingKind.PercentagePoints, ClaimReadingKind.RelativeChange }, verdict.Readings.Select(r => r.Kind));
        Assert.Equal(new[] { true, false }, verdict.Readings.Select(r => r.Fits));
        Assert.Equal(11.53m, verdict.Readings[0].Value);
        Assert.Equal(14.4125m, verdict.Readings[1].Value);
    }

    [Fact]
    public void Check_RateRiseInPercent_NamesTheMeasureThatFitsInBothLanguages()
    {
        var claim = InterviewClaims.Claim("closure", ClaimKind.RelativeChange, [InterviewClaims.Subject(InterviewIndicators.EnforcementClosureRate, "实际执结率")], ["提升11.53%"], ClaimBase.AgainstPlanSameSpan(Thirteenth));
        var verdict = ClaimChecker.Check(claim, Data()).Single();
        Assert.Equal(new[] { ClaimReadingKind.PercentagePoints, ClaimReadingKind.RelativeChange }, verdict.Readings.Select(r => r.Measure));
        Assert.Equal("实际执结率 提升11.53%：有歧义：按百分点成立，按百分比不成立；按百分点计为11.53个百分点（11.5300），相符", verdict.ToString("zh", null));
        Assert.Equal("enforcement closure rate 提升11.53%: ambiguous: 11.53 percentage points, not percent; as percentage points: 11.53 percentage points (11.5300) fits", verdict.ToString("en", null));
    }

    [Fact]
    public void Check_RateRiseInPercentAgainstAnAmbiguousPlan_EachReadingHasBaseAndMeasure()
    {
        var claim = InterviewClaims.Claim("closure", ClaimKind.RelativeChange, [InterviewClaims.Subject(InterviewIndicators.EnforcementClosureRate, "实际执结率")], ["提升11.53%"], ClaimBase.AgainstPlan(Thirteenth));
        var verdict = ClaimChecker.Check(claim, Data()).Single();
        Assert.Equal(ClaimVerdictKind.Ambiguous, verdict.Kind);
        Assert.Equal(
            new[] { (ClaimReadingKind.WholePlan, ClaimReadingKind.PercentagePoints), (ClaimReadingKind.WholePlan, ClaimReadingKind.RelativeChange), (ClaimReadingKind.SameSpan, ClaimReadingKind.PercentagePoints), (ClaimReadingKind.SameSpan, ClaimReadingKind.RelativeChange) },
            verdict.Readings.Select(r => (r.Kind, r.Measure)));
        Assert.Contains("按百分点成立，按百分比不成立", verdict.ToString("zh", null), System.StringComparison.Ordinal);
        Assert.Contains("11.53 percentage points, not percent", verdict.ToString("en", null), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RateLevel_PrintsThePublishedPrecisionAndTheExactFraction()
    {
        var verdict = ClaimChecker.Check(InterviewClaims.Satisfaction, Data()).Single();
        Assert.Equal(ClaimVerdictKind.Holds, verdict.Kind);
        Assert.Equal(448, verdict.Numerator);
        Assert.Equal(461, verdict.Denominator);
        Assert.Equal("97.18%（448/461）", verdict.FormatValue("zh", null));
        Assert.Equal("97.18% (448/461)", verdict.FormatValue("en", null));
        Assert.DoesNotContain("97.1800", verdict.ToString("zh", null), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PointsChange_PrintsTwoMoreDecimalsThanPublished()
    {
        var claim = InterviewClaims.Claim("closure", ClaimKind.PercentagePointChange, [InterviewClaims.Subject(InterviewIndicators.EnforcementClosureRate, "实际执结率")], ["提升11.5个百分点"], ClaimBase.AgainstPlanSameSpan(Thirteenth));
        var verdict = ClaimChecker.Check(claim, Data()).Single();
        Assert.Equal(ClaimVerdictKind.Holds, verdict.Kind);
        Assert.Null(verdict.Numerator);
        Assert.Equal("11.5个百分点（11.530）", verdict.FormatValue("zh", null));
        Assert.Equal("11.5 percentage points (11.530)", verdict.FormatValue("en", null));
    }

    [Fact]
    public void Check_SubjectWithoutEnglishWords_TakesTheCatalogName()
    {
        var claim = InterviewClaims.Claim("crimes", ClaimKind.RelativeChange, [new ClaimSubject("刑事案件", InterviewIndicators.CriminalCases.Code)], ["下降31.3%"], ClaimBase.AgainstPlanSameSpan(Thirteenth));
        var verdict = ClaimChecker.Check(claim, Data()).Single();
        Assert.Equal("criminal cases", verdict.SubjectEnglishName);
        Assert.StartsWith("criminal cases 下降31.3%: holds", verdict.ToString("en", null), System.StringComparison.Ordinal);
        Assert.StartsWith("刑事案件 下降31.3%：成立", verdict.ToString("zh", null), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SubjectUnknownToTheCatalog_EnglishFallsBackToTheChineseWords()
    {
        var claim = InterviewClaims.Claim("crimes", ClaimKind.RelativeChange, [new ClaimSubject("某类案件", "public-security.unknown")], ["下降31.3%"], ClaimBase.AgainstPlanSameSpan(Thirteenth));
        var verdict = ClaimChecker.Check(claim, Data()).Single();
        Assert.Null(verdict.SubjectEnglishName);
        Assert.StartsWith("某类案件 下降31.3%: unverifiable", verdict.ToString("en", null), System.StringComparison.Ordinal);
    }

    /// <summary>Crimes by kind: thefts 100 a month in the 13th plan, 210 in the 14th; homicides 250 and “两抢” 150 a
    /// month in the 14th (so thefts 210 of 610 in each month of it).</summary>
    private static DataSet Crimes14th() => DataSet.CreateBuilder()
        .AddSeries(RegionCode.Quzhou, Monthly(InterviewIndicators.Thefts, p => p.Year <= 2020 ? 100 : 210))
        .AddSeries(RegionCode.Quzhou, Monthly(InterviewIndicators.Homicides, p => 250))
        .AddSeries(RegionCode.Quzhou, Monthly(InterviewIndicators.RobberiesAndSnatchings, p => 150))
        .Build();

    private static Claim Thefts(string figure) =>
        InterviewClaims.Claim("thefts", ClaimKind.Multiple, [InterviewClaims.Subject(InterviewIndicators.Thefts, "盗窃案件")], [figure], ClaimBase.AgainstPlanSameSpan(Thirteenth));

    [Fact]
    public void Check_Doubling_HoldsBetweenTwiceAndFourTimesTheBase()
    {
        var verdict = ClaimChecker.Check(Thefts("翻一番"), Crimes14th()).Single();
        Assert.Equal(ClaimVerdictKind.Holds, verdict.Kind);
        Assert.Equal(2.1m, verdict.Value);
        Assert.Equal("×2.10（12180/5800）", verdict.FormatValue("zh", null));
        var twice = ClaimChecker.Check(Thefts("翻两番"), Crimes14th()).Single();
        Assert.Equal(ClaimVerdictKind.Contradicted, twice.Kind);
        Assert.Equal(2.1m, twice.Value);
    }

    [Fact]
    public void Check_ThresholdExceeded_IsStrict()
    {
        // 跨域化解率 is 98% in every month: 98%以上 holds, 超过98% does not, 超过97% does.
        ClaimVerdict Threshold(string figure) => ClaimChecker.Check(InterviewClaims.Claim("cross", ClaimKind.ThresholdHeld, [InterviewClaims.Subject(InterviewIndicators.CrossRegionDisputeResolutionRate, "跨域矛盾纠纷化解率")], [figure], ClaimBase.None), Data()).Single();
        Assert.Equal(ClaimVerdictKind.Holds, Threshold("98%以上").Kind);
        Assert.Equal(ClaimVerdictKind.Contradicted, Threshold("超过98%").Kind);
        Assert.Equal(ClaimVerdictKind.Holds, Threshold("超过97%").Kind);
        Assert.Equal(ClaimVerdictKind.Holds, Threshold("突破97%").Kind);
    }

    [Fact]
    public void Check_CountBreakingABound_ReadsTheTotalByTheQualifier()
    {
        // 3,300 legal services a month in the 14th plan: 191,400 to 2025-10.
        ClaimVerdict Total(string figure) => ClaimChecker.Check(InterviewClaims.Claim("services", ClaimKind.ThresholdHeld, [InterviewClaims.Subject(InterviewIndicators.LegalServices, "法律服务")], [figure], ClaimBase.None), Data()).Single();
        Assert.Equal(ClaimVerdictKind.Holds, Total("突破19万次").Kind);
        Assert.Equal(ClaimVerdictKind.Contradicted, Total("突破20万次").Kind);
    }

    [Fact]
    public void Check_StructureOfSeveralSubjects_SharesOfTheirSum()
    {
        var subjects = new[] { InterviewClaims.Subject(InterviewIndicators.Thefts, "盗窃案件"), InterviewClaims.Subject(InterviewIndicators.Homicides, "命案"), InterviewClaims.Subject(InterviewIndicators.RobberiesAndSnatchings, "“两抢”案件") };
        var holds = ClaimChecker.Check(InterviewClaims.Claim("shares", ClaimKind.Structure, subjects, ["34.4%", "41.0%", "24.6%"], ClaimBase.None), Crimes14th());
        Assert.All(holds, v => Assert.Equal(ClaimVerdictKind.Holds, v.Kind));
        Assert.Equal("34.4%（210/610）", holds[0].FormatValue("zh", null));
        Assert.Equal(CalendarPeriod.ForMonth(new YearMonth(2025, 10)), holds[0].Period);
        var wrong = ClaimChecker.Check(InterviewClaims.Claim("shares", ClaimKind.Structure, subjects, ["34.5%", "41.0%", "24.6%"], ClaimBase.None), Crimes14th());
        Assert.Equal(ClaimVerdictKind.Contradicted, wrong[0].Kind);
        Assert.Equal(PublishedFigure.Parse("34.4%"), wrong[0].Printed);
        Assert.Equal(ClaimVerdictKind.Holds, wrong[1].Kind);
    }

    [Fact]
    public void Check_StructureWithAPartMissing_UnverifiableNamingIt()
    {
        var subjects = new[] { InterviewClaims.Subject(InterviewIndicators.Thefts, "盗窃案件"), InterviewClaims.Subject(InterviewIndicators.CriminalCases, "刑事案件") };
        var verdicts = ClaimChecker.Check(InterviewClaims.Claim("shares", ClaimKind.Structure, subjects, ["34.4%", "65.6%"], ClaimBase.None), Crimes14th());
        Assert.All(verdicts, v => Assert.Equal(ClaimVerdictKind.Unverifiable, v.Kind));
        Assert.Contains("public-security.criminal-cases", verdicts[0].Missing[0], System.StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ChangeAgainstZero_Undefined()
    {
        var claim = InterviewClaims.Claim("major", ClaimKind.RelativeChange, [InterviewClaims.Subject(InterviewIndicators.MajorProductionSafetyAccidents, "较大事故")], ["增长100%"], ClaimBase.YearOnYear, CalendarPeriod.ForYear(2025));
        var verdict = ClaimChecker.Check(claim, Data()).Single();
        Assert.Equal(ClaimVerdictKind.Undefined, verdict.Kind);
        Assert.Equal(UndefinedReason.ZeroBase, verdict.Reason);
        Assert.Equal("较大事故 增长100%：无法计算（基数为0），2025年", verdict.ToString("zh", null));
    }

    [Fact]
    public void Check_MissingSeries_UnverifiableNamingIt()
    {
        var claim = InterviewClaims.Claim("thefts", ClaimKind.RelativeChange, [InterviewClaims.Subject(InterviewIndicators.Thefts, "盗窃案件")], ["下降9.2%"], ClaimBase.AgainstPlanSameSpan(Thirteenth));
        var verdict = ClaimChecker.Check(claim, Data()).Single();
        Assert.Equal(ClaimVerdictKind.Unverifiable, verdict.Kind);
        Assert.Equal("thefts 下降9.2%: unverifiable: missing the series of 盗窃案件 [public-security.thefts] in 330800", verdict.ToString());
        var unknown = InterviewClaims.Claim("unknown", ClaimKind.Level, [new ClaimSubject("某满意率")], ["97%"], ClaimBase.None);
        Assert.Equal(ClaimVerdictKind.Unverifiable, ClaimChecker.Check(unknown, Data()).Single().Kind);
    }

    [Fact]
    public void Check_RevisedSince_HoldsOnTheEarlierVintageOnly()
    {
        var december = SeriesPeriod.Month(2024, 12);
        var data = DataSet.CreateBuilder()
            .Add(DataRecord.ForValue(InterviewIndicators.LegalServiceStations, RegionCode.Quzhou, december, 1725, ObservationStatus.Provisional, new LocalDate(2025, 1, 10)))
            .Add(DataRecord.ForValue(InterviewIndicators.LegalServiceStations, RegionCode.Quzhou, december, 1731, ObservationStatus.Revised, new LocalDate(2025, 3, 1)))
            .Build();
        var claim = new Claim("stations", ClaimKind.Count, [ClaimSubject.For(InterviewIndicators.LegalServiceStations, "公共法律服务站点")], [PublishedFigure.Parse("1725个")], ClaimBase.None, RegionCode.Quzhou, new LocalDate(2025, 1, 20), predicate: "建成");
        var verdict = ClaimChecker.Check(claim, data).Single();
        Assert.Equal(ClaimVerdictKind.HoldsOnEarlierVintageOnly, verdict.Kind);
        Assert.Equal(1725m, verdict.Value);
        Assert.Equal(1731m, verdict.RevisedValue);
        Assert.Equal("public legal-service stations 1725个: holds on the data as first published (1725) but not as revised (1731)", verdict.ToString());
        Assert.Equal("公共法律服务站点 1725个：仅与初次公布数据相符（初次1725，修订后1731）", verdict.ToString("zh", null));
    }

    [Fact]
    public void Check_InterviewFigures_Hold()
    {
        var data = Data();
        var streak = ClaimChecker.Check(InterviewClaims.TelecomFraud, data).Single();
        Assert.Equal(ClaimVerdictKind.Holds, streak.Kind);
        Assert.Equal(58m, streak.Value);
        Assert.Equal(ClaimVerdictKind.Holds, ClaimChecker.Check(InterviewClaims.Satisfaction, data).Single().Kind);
        Assert.Equal(ClaimVerdictKind.Holds, ClaimChecker.Check(InterviewClaims.Stations, data).Single().Kind);
        var services = ClaimChecker.Check(InterviewClaims.LegalServices, data).Single();
        Assert.Equal(ClaimVerdictKind.Holds, services.Kind);
        Assert.Equal(191_400m, services.Value);
        var threshold = ClaimChecker.Check(InterviewClaims.LocalResolution, data).Single();
        Assert.Equal(ClaimVerdictKind.Contradicted, threshold.Kind);   // 96% in 2023-04
        Assert.Equal(CalendarPeriod.ForMonth(2023, 4), threshold.Period);
        var held = InterviewClaims.Claim("cross-region", ClaimKind.ThresholdHeld, [InterviewClaims.Subject(InterviewIndicators.CrossRegionDisputeResolutionRate, "跨域矛盾纠纷化解率")], ["97%以上"], ClaimBase.None);
        Assert.Equal(ClaimVerdictKind.Holds, ClaimChecker.Check(held, data).Single().Kind);
        var longer = InterviewClaims.Claim("streak", ClaimKind.Streak, InterviewClaims.TelecomFraud.Subjects.ToArray(), ["59个月"], ClaimBase.None, predicate: "保持“双下降”");
        var broken = ClaimChecker.Check(longer, data).Single();
        Assert.Equal(ClaimVerdictKind.Contradicted, broken.Kind);
        Assert.Equal(PublishedFigure.Parse("58个月"), broken.Printed);
    }
}
