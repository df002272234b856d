using System.Globalization;
using System.Linq;
using Quzhou.Governance.Claims;
using Quzhou.Governance.Indicators;
using Xunit;

namespace Quzhou.Governance.Tests.Claims;

public partial class ClaimTest
{
    public static TheoryData<string, string> InterviewSentences => new()
    {
        // The interview's sentences, as the interview prints them (the panel's where the prose words them otherwise).
        { "public-security", "全市刑事案件、命案总量、盗窃案件、“两抢”案件较“十三五”同期分别下降31.3%、17.5%、9.2%和82.2%" },
        { "juvenile-crime", "未成年人犯罪案件、人数同比下降6.67%、13.53%" },
        { "production-safety.prose", "全市生产安全事故发生起数、死亡人数较“十三五”分别下降72.96%、69.11%" },
        { "production-safety.panel", "生产安全事故发生起数、死亡人数较“十三五”同期分别下降72.96%、69.11%" },
        { "telecom-fraud.streak", "电信网络诈骗发案数、损失数持续58个月保持“双下降”" },
        { "enterprise-satisfaction", "“企呼我应”平台事件处理满意率达97.18%" },
        { "local-resolution", "矛盾纠纷就地化解率保持在97%以上" },
        { "enterprise-inspections", "涉企执法检查量同比下降54.3%" },
        { "border-incidents", "近五年省际边界警情下降23.6%" },
        { "legal-service.stations", "建成1725个公共法律服务站点" },
        { "legal-services", "累计提供各类法律服务19万余次" },
        { "production-safety.zero", "生产安全事故“0”发生" },
        // The interview writes 就增加了; the claim keeps the figure and its qualifier.
        { "worker-inflow", "从江西省流入的产业工人增加1360余人" },
        // The interview joins these two subjects with 和; claims join subjects with 、.
        { "enforcement", "实际执结率、执行到位率较“十三五”分别提升11.53%、6.47%" },
    };

    public static TheoryData<string, string> EnglishSentences => new()
    {
        { "public-security", "Criminal cases, homicides, thefts and robberies fell by 31.3%, 17.5%, 9.2% and 82.2% respectively against the same span of the 13th Five-Year Plan" },
        { "juvenile-crime", "Juvenile crime cases and juvenile offenders fell by 6.67% and 13.53% respectively year on year" },
        { "production-safety.prose", "Production-safety accidents and production-safety deaths fell by 72.96% and 69.11% respectively against the 13th Five-Year Plan" },
        { "telecom-fraud.streak", "Telecom-fraud cases and telecom-fraud losses both fell year on year for 58 consecutive months" },
        { "enterprise-satisfaction", "Satisfaction with enterprise requests handled reached 97.18%" },
        { "local-resolution", "Disputes resolved locally stayed at 97% or more" },
        { "border-incidents", "Over the last five years, inter-provincial border incidents fell by 23.6%" },
        { "legal-service.stations", "Built 1,725 public legal-service stations" },
        { "legal-services", "Legal services provided totalled over 190,000" },
        { "worker-inflow", "Industrial workers from Jiangxi rose by over 1,360" },
        { "production-safety.zero", "Major production-safety accidents: none occurred" },
        { "enforcement", "Enforcement closure rate and enforcement fulfilment rate (money recovered over money owed) rose by 11.53% and 6.47% respectively against the 13th Five-Year Plan" },
    };

    [Theory]
    [MemberData(nameof(InterviewSentences))]
    public void ToString_InterviewClaim_PrintsTheBulletinSentence(string id, string expected)
    {
        var claim = InterviewClaims.All.Single(c => c.Id == id);
        Assert.Equal(expected, claim.ToString());
        Assert.Equal(expected, claim.ToString("zh", null));
        Assert.Equal(expected, claim.ToString(null, CultureInfo.GetCultureInfo("zh-CN")));
    }

    [Theory]
    [MemberData(nameof(EnglishSentences))]
    public void ToString_English_PrintsTheSentence(string id, string expected)
    {
        var claim = InterviewClaims.All.Single(c => c.Id == id);
        Assert.Equal(expected, claim.ToString("en", null));
        Assert.Equal(expected, claim.ToString(null, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ToString_PercentagePoints_WritesPoints()
    {
        var claim = InterviewClaims.Claim(
            "closure-points",
            ClaimKind.PercentagePointChange,
            [InterviewClaims.Subject(InterviewIndicators.EnforcementClosureRate, "实际执结率", "The enforcement closure rate")],
            ["提高1.2个百分点"],
            ClaimBase.PreviousYear);
        Assert.Equal("实际执结率比上年提高1.2个百分点", claim.ToString("zh", null));
        Assert.Equal("The enforcement closure rate rose by 1.2 percentage points against the previous year", claim.ToString("en", null));
    }

    [Fact]
    public void ToString_PrecisionAndQualifiers_Kept()
    {
        var claim = InterviewClaims.Claim(
            "precision",
            ClaimKind.RelativeChange,
            [new ClaimSubject("甲", englishText: "A"), new ClaimSubject("乙", englishText: "B"), new ClaimSubject("丙", englishText: "C")],
            ["增长10.0%", "增长约3%", "下降2.50%"],
            ClaimBase.AgainstYear(2012),
            respectively: true);
        Assert.Equal("甲、乙、丙比2012年分别增长10.0%、增长约3%和下降2.50%", claim.ToString("zh", null));
        Assert.Equal("A, B and C changed by +10.0%, +about 3% and −2.50% respectively against 2012", claim.ToString("en", null));
    }

    [Fact]
    public void ToString_MultiplesAndPeriod_Printed()
    {
        var doubled = InterviewClaims.Claim(
            "doubled",
            ClaimKind.Multiple,
            [new ClaimSubject("服务量", englishText: "services")],
            ["翻一番"],
            ClaimBase.AgainstPlan(Governance.Periods.FiveYearPlan.FromOrdinal(13)),
            period: Governance.Periods.CalendarPeriod.ForYear(2025));
        Assert.Equal("2025年，服务量较“十三五”翻一番", doubled.ToString("zh", null));
        Assert.Equal("In 2025, services doubled once against the 13th Five-Year Plan", doubled.ToString("en", null));
        var structure = InterviewClaims.Claim("structure", ClaimKind.Structure, [new ClaimSubject("三次产业", englishText: "the three sectors")], ["2.8", "41.1", "56.1"], ClaimBase.None);
        Assert.Equal("三次产业结构为2.8:41.1:56.1", structure.ToString("zh", null));
        Assert.Equal("The three sectors stood at 2.8:41.1:56.1", structure.ToString("en", null));
    }

    [Fact]
    public void ToString_UnknownFormat_Throws() =>
        Assert.Throws<System.FormatException>(() => InterviewClaims.Satisfaction.ToString("x", null));
}
