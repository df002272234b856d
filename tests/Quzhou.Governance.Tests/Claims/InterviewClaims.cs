using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Quzhou.Governance.Claims;
using Quzhou.Governance.Figures;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Periods;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.Tests.Claims;

/// <summary>The interview's figures as claims (the subjects' words as the interview prints them), for the tests.</summary>
internal static class InterviewClaims
{
    /// <summary>A publication date for the tests: the interview appeared as the 14th plan closed, after data to 2025-10.</summary>
    public static readonly LocalDate Published = new(2025, 11, 28);

    private static readonly FiveYearPlan Thirteenth = FiveYearPlan.FromOrdinal(13);

    public static Claim JuvenileCrime => Claim(
        "juvenile-crime",
        ClaimKind.RelativeChange,
        [Subject(InterviewIndicators.JuvenileCrimeCases, "未成年人犯罪案件"), Subject(InterviewIndicators.JuvenileOffenders, "人数")],
        ["下降6.67%", "下降13.53%"],
        ClaimBase.YearOnYear);

    public static Claim SafetyProse => Claim(
        "production-safety.prose",
        ClaimKind.RelativeChange,
        [Subject(InterviewIndicators.ProductionSafetyAccidents, "全市生产安全事故发生起数"), Subject(InterviewIndicators.ProductionSafetyDeaths, "死亡人数")],
        ["下降72.96%", "下降69.11%"],
        ClaimBase.AgainstPlan(Thirteenth),
        respectively: true);

    public static Claim SafetyPanel => Claim(
        "production-safety.panel",
        ClaimKind.RelativeChange,
        [Subject(InterviewIndicators.ProductionSafetyAccidents, "生产安全事故发生起数"), Subject(InterviewIndicators.ProductionSafetyDeaths, "死亡人数")],
        ["下降72.96%", "下降69.11%"],
        ClaimBase.AgainstPlanSameSpan(Thirteenth),
        respectively: true);

    public static Claim Crimes => Claim(
        "public-security",
        ClaimKind.RelativeChange,
        [
            Subject(InterviewIndicators.CriminalCases, "全市刑事案件", "Criminal cases"),
            Subject(InterviewIndicators.Homicides, "命案总量", "homicides"),
            Subject(InterviewIndicators.Thefts, "盗窃案件", "thefts"),
            Subject(InterviewIndicators.RobberiesAndSnatchings, "“两抢”案件", "robberies"),
        ],
        ["下降31.3%", "下降17.5%", "下降9.2%", "下降82.2%"],
        ClaimBase.AgainstPlanSameSpan(Thirteenth),
        respectively: true);

    public static Claim Enforcement => Claim(
        "enforcement",
        ClaimKind.RelativeChange,
        [Subject(InterviewIndicators.EnforcementClosureRate, "实际执结率"), Subject(InterviewIndicators.EnforcementFulfilmentRate, "执行到位率")],
        ["提升11.53%", "提升6.47%"],
        ClaimBase.AgainstPlan(Thirteenth),
        respectively: true);

    public static Claim TelecomFraud => Claim(
        "telecom-fraud.streak",
        ClaimKind.Streak,
        [Subject(InterviewIndicators.TelecomFraudCases, "电信网络诈骗发案数"), Subject(InterviewIndicators.TelecomFraudLosses, "损失数")],
        ["58个月"],
        ClaimBase.None,
        predicate: "保持“双下降”",
        englishPredicate: "both fell year on year");

    public static Claim Satisfaction => Claim(
        "enterprise-satisfaction",
        ClaimKind.Level,
        [Subject(InterviewIndicators.EnterpriseRequestSatisfactionRate, "“企呼我应”平台事件处理满意率")],
        ["97.18%"],
        ClaimBase.None);

    public static Claim LocalResolution => Claim(
        "local-resolution",
        ClaimKind.ThresholdHeld,
        [Subject(InterviewIndicators.LocalDisputeResolutionRate, "矛盾纠纷就地化解率")],
        ["97%以上"],
        ClaimBase.None);

    public static Claim Inspections => Claim(
        "enterprise-inspections",
        ClaimKind.RelativeChange,
        [Subject(InterviewIndicators.EnterpriseInspections, "涉企执法检查量")],
        ["下降54.3%"],
        ClaimBase.YearOnYear);

    public static Claim BorderIncidents => Claim(
        "border-incidents",
        ClaimKind.RelativeChange,
        [Subject(InterviewIndicators.BorderIncidents, "省际边界警情")],
        ["下降23.6%"],
        ClaimBase.RecentYears(5));

    public static Claim Stations => Claim(
        "legal-service.stations",
        ClaimKind.Count,
        [Subject(InterviewIndicators.LegalServiceStations, "公共法律服务站点", "public legal-service stations")],
        ["1725个"],
        ClaimBase.None,
        predicate: "建成",
        englishPredicate: "built");

    public static Claim LegalServices => Claim(
        "legal-services",
        ClaimKind.CumulativeTotal,
        [Subject(InterviewIndicators.LegalServices, "提供各类法律服务", "legal services provided")],
        ["19万余次"],
        ClaimBase.None);

    public static Claim WorkerInflow => Claim(
        "worker-inflow",
        ClaimKind.AbsoluteChange,
        [Subject(InterviewIndicators.InterProvincialWorkerInflow, "从江西省流入的产业工人", "industrial workers from Jiangxi")],
        ["增加1360余人"],
        ClaimBase.Unstated);

    public static Claim NoAccidents => Claim(
        "production-safety.zero",
        ClaimKind.Count,
        [Subject(InterviewIndicators.MajorProductionSafetyAccidents, "生产安全事故", "major production-safety accidents")],
        ["0"],
        ClaimBase.None);

    public static ClaimSubject Subject(Indicator indicator, string text, string? english = null) => ClaimSubject.For(indicator, text, english);

    public static Claim Claim(
        string id,
        ClaimKind kind,
        ClaimSubject[] subjects,
        string[] figures,
        ClaimBase @base,
        CalendarPeriod? period = null,
        bool respectively = false,
        string? predicate = null,
        string? englishPredicate = null) =>
        new(id, kind, subjects, figures.Select(PublishedFigure.Parse), @base, RegionCode.Quzhou, Published, period, respectively, predicate, englishPredicate);

    public static IReadOnlyList<Claim> All =>
    [
        JuvenileCrime, SafetyProse, SafetyPanel, Crimes, Enforcement, TelecomFraud, Satisfaction, LocalResolution, Inspections,
        BorderIncidents, Stations, LegalServices, WorkerInflow, NoAccidents,
    ];
}
