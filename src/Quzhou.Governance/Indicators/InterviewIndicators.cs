using System;
using System.Collections.Generic;

namespace Quzhou.Governance.Indicators;

/// <summary>
/// The indicators of the Quzhou interview (a city's five-year review of public safety, rule of law and public
/// services), with stable codes and both names. Teams define their own indicators the same way, with
/// <see cref="CountIndicator"/>, <see cref="AmountIndicator"/> and <see cref="RateIndicator"/>.
/// </summary>
public static class InterviewIndicators
{
    /// <summary>未成年人犯罪案件数 (juvenile crime cases), code <c>juvenile-crime.cases</c>, in 件.</summary>
    public static CountIndicator JuvenileCrimeCases { get; } = new("juvenile-crime.cases", "未成年人犯罪案件数", "juvenile crime cases", "件", Polarity.LowerIsBetter, MeasureKind.Flow);

    /// <summary>未成年人犯罪人数 (juvenile offenders), code <c>juvenile-crime.offenders</c>, in 人.</summary>
    public static CountIndicator JuvenileOffenders { get; } = new("juvenile-crime.offenders", "未成年人犯罪人数", "juvenile offenders", "人", Polarity.LowerIsBetter, MeasureKind.Flow);

    /// <summary>生产安全事故发生起数 (production-safety accidents), code <c>production-safety.accidents</c>, in 起.</summary>
    public static CountIndicator ProductionSafetyAccidents { get; } = new("production-safety.accidents", "生产安全事故发生起数", "production-safety accidents", "起", Polarity.LowerIsBetter, MeasureKind.Flow);

    /// <summary>生产安全事故死亡人数 (production-safety deaths), code <c>production-safety.deaths</c>, in 人.</summary>
    public static CountIndicator ProductionSafetyDeaths { get; } = new("production-safety.deaths", "生产安全事故死亡人数", "production-safety deaths", "人", Polarity.LowerIsBetter, MeasureKind.Flow);

    /// <summary>较大及以上生产安全事故起数 (major and larger production-safety accidents), code <c>production-safety.major-accidents</c>, in 起.</summary>
    public static CountIndicator MajorProductionSafetyAccidents { get; } = new("production-safety.major-accidents", "较大及以上生产安全事故起数", "major and larger production-safety accidents", "起", Polarity.LowerIsBetter, MeasureKind.Flow);

    /// <summary>刑事案件数 (criminal cases), code <c>public-security.criminal-cases</c>, in 起.</summary>
    public static CountIndicator CriminalCases { get; } = new("public-security.criminal-cases", "刑事案件数", "criminal cases", "起", Polarity.LowerIsBetter, MeasureKind.Flow);

    /// <summary>命案数 (homicides), code <c>public-security.homicides</c>, in 起.</summary>
    public static CountIndicator Homicides { get; } = new("public-security.homicides", "命案数", "homicides", "起", Polarity.LowerIsBetter, MeasureKind.Flow);

    /// <summary>盗窃案件数 (thefts), code <c>public-security.thefts</c>, in 起.</summary>
    public static CountIndicator Thefts { get; } = new("public-security.thefts", "盗窃案件数", "thefts", "起", Polarity.LowerIsBetter, MeasureKind.Flow);

    /// <summary>“两抢”案件数 (robberies and snatchings), code <c>public-security.robberies-and-snatchings</c>, in 起.</summary>
    public static CountIndicator RobberiesAndSnatchings { get; } = new("public-security.robberies-and-snatchings", "“两抢”案件数", "robberies and snatchings", "起", Polarity.LowerIsBetter, MeasureKind.Flow);

    /// <summary>道路交通事故死亡人数 (road-traffic deaths), code <c>road-traffic.deaths</c>, in 人.</summary>
    public static CountIndicator RoadTrafficDeaths { get; } = new("road-traffic.deaths", "道路交通事故死亡人数", "road-traffic deaths", "人", Polarity.LowerIsBetter, MeasureKind.Flow);

    /// <summary>电信网络诈骗发案数 (telecom-fraud cases), code <c>telecom-fraud.cases</c>, in 起.</summary>
    public static CountIndicator TelecomFraudCases { get; } = new("telecom-fraud.cases", "电信网络诈骗发案数", "telecom-fraud cases", "起", Polarity.LowerIsBetter, MeasureKind.Flow);

    /// <summary>电信网络诈骗损失数 (telecom-fraud losses), code <c>telecom-fraud.losses</c>, in 元.</summary>
    public static AmountIndicator TelecomFraudLosses { get; } = new("telecom-fraud.losses", "电信网络诈骗损失数", "telecom-fraud losses", Polarity.LowerIsBetter, MeasureKind.Flow);

    /// <summary>涉企执法检查量 (enforcement inspections of enterprises), code <c>law-enforcement.enterprise-inspections</c>, in 次.</summary>
    public static CountIndicator EnterpriseInspections { get; } = new("law-enforcement.enterprise-inspections", "涉企执法检查量", "enforcement inspections of enterprises", "次", Polarity.LowerIsBetter, MeasureKind.Flow);

    /// <summary>省际边界警情数 (inter-provincial border incidents), code <c>border.incidents</c>, in 起.</summary>
    public static CountIndicator BorderIncidents { get; } = new("border.incidents", "省际边界警情数", "inter-provincial border incidents", "起", Polarity.LowerIsBetter, MeasureKind.Flow);

    /// <summary>在全省反诈工作会议上作经验交流次数 (talks sharing experience at the provincial anti-fraud conference), code <c>telecom-fraud.provincial-conference-talks</c>, in 次; a yearly event behind 连续3年.</summary>
    public static CountIndicator ProvincialAntiFraudConferenceTalks { get; } = new("telecom-fraud.provincial-conference-talks", "在全省反诈工作会议上作经验交流次数", "talks sharing experience at the provincial anti-fraud conference", "次", Polarity.HigherIsBetter, MeasureKind.Flow);

    /// <summary>重点产业风控法务指引发布数 (legal risk-control guides published for key industries), code <c>business.industry-legal-guides</c>, in 个.</summary>
    public static CountIndicator IndustryLegalGuides { get; } = new("business.industry-legal-guides", "重点产业风控法务指引发布数", "legal risk-control guides published for key industries", "个", Polarity.HigherIsBetter, MeasureKind.Flow);

    /// <summary>参与平安建设的社会组织数 (social organisations taking part in public safety), code <c>participation.social-organisations</c>, in 个.</summary>
    public static CountIndicator SocialOrganisations { get; } = new("participation.social-organisations", "参与平安建设的社会组织数", "social organisations taking part in public safety", "个", Polarity.HigherIsBetter, MeasureKind.Stock);

    /// <summary>公共法律服务站点数 (public legal-service stations), code <c>legal-services.stations</c>, in 个.</summary>
    public static CountIndicator LegalServiceStations { get; } = new("legal-services.stations", "公共法律服务站点数", "public legal-service stations", "个", Polarity.HigherIsBetter, MeasureKind.Stock);

    /// <summary>提供法律服务次数 (legal services provided), code <c>legal-services.services</c>, in 次.</summary>
    public static CountIndicator LegalServices { get; } = new("legal-services.services", "提供法律服务次数", "legal services provided", "次", Polarity.HigherIsBetter, MeasureKind.Flow);

    /// <summary>外省流入产业工人数 (industrial workers flowing in from another province), code <c>migration.inter-provincial-worker-inflow</c>, in 人.</summary>
    public static CountIndicator InterProvincialWorkerInflow { get; } = new("migration.inter-provincial-worker-inflow", "外省流入产业工人数", "industrial workers flowing in from another province", "人", Polarity.Neutral, MeasureKind.Flow);

    /// <summary>实际执结率 (enforcement closure rate), code <c>courts.enforcement-closure-rate</c>, in %.</summary>
    public static RateIndicator EnforcementClosureRate { get; } = new("courts.enforcement-closure-rate", "实际执结率", "enforcement closure rate", Polarity.HigherIsBetter, RateBasis.Counts, mayExceedHundredPercent: false);

    /// <summary>执行到位率 (enforcement fulfilment rate (money recovered over money owed)), code <c>courts.enforcement-fulfilment-rate</c>, in %.</summary>
    public static RateIndicator EnforcementFulfilmentRate { get; } = new("courts.enforcement-fulfilment-rate", "执行到位率", "enforcement fulfilment rate (money recovered over money owed)", Polarity.HigherIsBetter, RateBasis.Amounts, mayExceedHundredPercent: false);

    /// <summary>公安政务服务事项“一网通办”率 (share of police services handled online in one place), code <c>public-security.online-service-rate</c>, in %.</summary>
    public static RateIndicator OnlineServiceRate { get; } = new("public-security.online-service-rate", "公安政务服务事项“一网通办”率", "share of police services handled online in one place", Polarity.HigherIsBetter, RateBasis.Counts, mayExceedHundredPercent: false);

    /// <summary>“企呼我应”平台事件处理满意率 (satisfaction with enterprise requests handled), code <c>business.enterprise-request-satisfaction-rate</c>, in %.</summary>
    public static RateIndicator EnterpriseRequestSatisfactionRate { get; } = new("business.enterprise-request-satisfaction-rate", "“企呼我应”平台事件处理满意率", "satisfaction with enterprise requests handled", Polarity.HigherIsBetter, RateBasis.Counts, mayExceedHundredPercent: false);

    /// <summary>公共法律服务“一事一评”满意率 (satisfaction with public legal services), code <c>legal-services.satisfaction-rate</c>, in %.</summary>
    public static RateIndicator LegalServiceSatisfactionRate { get; } = new("legal-services.satisfaction-rate", "公共法律服务“一事一评”满意率", "satisfaction with public legal services", Polarity.HigherIsBetter, RateBasis.Counts, mayExceedHundredPercent: false);

    /// <summary>矛盾纠纷就地化解率 (disputes resolved locally), code <c>disputes.local-resolution-rate</c>, in %.</summary>
    public static RateIndicator LocalDisputeResolutionRate { get; } = new("disputes.local-resolution-rate", "矛盾纠纷就地化解率", "disputes resolved locally", Polarity.HigherIsBetter, RateBasis.Counts, mayExceedHundredPercent: false);

    /// <summary>跨域矛盾纠纷化解率 (cross-region disputes resolved), code <c>disputes.cross-region-resolution-rate</c>, in %.</summary>
    public static RateIndicator CrossRegionDisputeResolutionRate { get; } = new("disputes.cross-region-resolution-rate", "跨域矛盾纠纷化解率", "cross-region disputes resolved", Polarity.HigherIsBetter, RateBasis.Counts, mayExceedHundredPercent: false);

    /// <summary>Every indicator of the catalog, in the order above.</summary>
    public static IReadOnlyList<Indicator> All { get; } = new Indicator[]
    {
        JuvenileCrimeCases,
        JuvenileOffenders,
        ProductionSafetyAccidents,
        ProductionSafetyDeaths,
        MajorProductionSafetyAccidents,
        CriminalCases,
        Homicides,
        Thefts,
        RobberiesAndSnatchings,
        RoadTrafficDeaths,
        TelecomFraudCases,
        TelecomFraudLosses,
        EnterpriseInspections,
        BorderIncidents,
        ProvincialAntiFraudConferenceTalks,
        IndustryLegalGuides,
        SocialOrganisations,
        LegalServiceStations,
        LegalServices,
        InterProvincialWorkerInflow,
        EnforcementClosureRate,
        EnforcementFulfilmentRate,
        OnlineServiceRate,
        EnterpriseRequestSatisfactionRate,
        LegalServiceSatisfactionRate,
        LocalDisputeResolutionRate,
        CrossRegionDisputeResolutionRate,
    };

    /// <summary>Finds an indicator of the catalog by its code (ordinal comparison).</summary>
    /// <param name="code">The code, such as <c>telecom-fraud.cases</c>.</param>
    /// <param name="indicator">The indicator, or null when none has the code.</param>
    /// <returns>Whether one was found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public static bool TryFind(string code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Indicator? indicator)
    {
        Preconditions.CheckNotNull(code, nameof(code));
        foreach (var item in All)
        {
            if (string.Equals(item.Code, code, StringComparison.Ordinal))
            {
                indicator = item;
                return true;
            }
        }

        indicator = null;
        return false;
    }
}
