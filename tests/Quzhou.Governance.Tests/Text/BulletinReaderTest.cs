using System;
using System.Linq;
using NodaTime;
using Quzhou.Governance.Claims;
using Quzhou.Governance.Figures;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Periods.Text;
using Quzhou.Governance.Series;
using Quzhou.Governance.Text;
using Xunit;

namespace Quzhou.Governance.Tests.Text;

/// <summary>The bulletin reader on the interview's sentences and on sentences in the styles of statistical bulletins.</summary>
public sealed partial class BulletinReaderTest
{
    private static readonly LocalDate Published = new(2025, 11, 28);

    private static BulletinReading Read(string text) => new BulletinReader().Read(text, Published, RegionCode.Quzhou);

    private static ReadClaim Single(string text)
    {
        var reading = Read(text);
        Assert.True(reading.Claims.Count == 1, reading + ": " + string.Join(" | ", reading.Claims.Select(c => c.Claim.ToString())));
        return reading.Claims[0];
    }

    /// <summary>What a claim states, without its id and English words: kind, subjects (words and code), figures,
    /// base, region, dates, period, 分别 and predicate.</summary>
    internal static string Key(Claim claim, bool withPeriod = true) =>
        string.Join(
            " | ",
            claim.Kind,
            string.Join("、", claim.Subjects.Select(s => s.Text + "[" + s.IndicatorCode + "]")),
            string.Join("、", claim.Figures.Select(f => f.ToString())),
            claim.Base.Kind + ":" + claim.Base.ToString(),
            claim.Region,
            claim.Published,
            withPeriod ? claim.Period?.ToString() ?? "-" : "?",
            claim.Respectively,
            claim.Predicate ?? "-");

    [Fact]
    public void Read_JuvenileCrime_PairsSubjectsWithFiguresAndFindsTheSecondByTheFirstsStem()
    {
        const string text = "实现未成年人犯罪案件、人数同比下降6.67%、13.53%。";
        var read = Single(text);
        var claim = read.Claim;
        Assert.Equal(ClaimKind.RelativeChange, claim.Kind);
        Assert.Equal(ClaimBase.YearOnYear, claim.Base);
        Assert.Equal(new[] { "未成年人犯罪案件", "人数" }, claim.Subjects.Select(s => s.Text));
        Assert.Equal(new[] { "juvenile-crime.cases", "juvenile-crime.offenders" }, claim.Subjects.Select(s => s.IndicatorCode));
        Assert.Equal(new[] { "下降6.67%", "下降13.53%" }, claim.Figures.Select(f => f.ToString()));
        Assert.False(claim.Respectively);
        Assert.Equal("实现未成年人犯罪案件、人数同比下降6.67%、13.53%", read.Span.In(text).ToString());
        Assert.Equal("13.53%", read.FigureSpans[1].In(text).ToString());
        Assert.Equal("人数", read.SubjectSpans[1].In(text).ToString());
    }

    [Theory]
    [InlineData("全市刑事案件、命案总量、盗窃案件、“两抢”案件较“十三五”同期分别下降31.3%、17.5%、9.2%和82.2%", "public-security.robberies-and-snatchings", 4)]
    [InlineData("全市生产安全事故发生起数、死亡人数较“十三五”分别下降72.96%、69.11%。", "production-safety.deaths", 2)]
    [InlineData("实际执结率和执行到位率较“十三五”分别提升11.53%、6.47%。", "courts.enforcement-fulfilment-rate", 2)]
    public void Read_RespectivelyList_PairsEveryFigure(string text, string lastCode, int count)
    {
        var claim = Single(text).Claim;
        Assert.True(claim.Respectively);
        Assert.Equal(count, claim.Figures.Count);
        Assert.Equal(lastCode, claim.Subjects[count - 1].IndicatorCode);
        Assert.Equal(ClaimKind.RelativeChange, claim.Kind);
    }

    [Theory]
    [InlineData("生产安全事故发生起数较“十三五”同期下降72.96%", ClaimBaseKind.PlanSameSpan)]
    [InlineData("生产安全事故发生起数较‘十三五’下降72.96%", ClaimBaseKind.Plan)]
    [InlineData("规上工业增加值同比增长6.2%", ClaimBaseKind.YearOnYear)]
    [InlineData("社会消费品零售总额环比增长0.8%", ClaimBaseKind.PeriodOnPeriod)]
    [InlineData("地区生产总值比上年增长5.8%", ClaimBaseKind.PreviousYear)]
    [InlineData("地区生产总值比上年同期增长5.8%", ClaimBaseKind.PreviousYearSamePeriod)]
    [InlineData("进出口总额比2012年增长1.3倍", ClaimBaseKind.Year)]
    [InlineData("近五年省际边界警情下降23.6%", ClaimBaseKind.RecentYears)]
    [InlineData("近5年常住人口增加13.6万人", ClaimBaseKind.RecentYears)]
    public void Read_Base_IsTheOneWritten(string text, ClaimBaseKind kind)
    {
        Assert.Equal(kind, Single(text).Claim.Base.Kind);
    }

    [Fact]
    public void Read_Bases_NameTheirPlanYearAndYears()
    {
        Assert.Equal(13, Single("刑事案件较“十三五”同期下降31.3%").Claim.Base.Plan!.Value.Ordinal);
        Assert.Equal(2012, Single("进出口总额比2012年增长1.3倍").Claim.Base.Year);
        Assert.Equal(5, Single("近五年省际边界警情下降23.6%").Claim.Base.Years);
    }

    [Theory]
    [InlineData("增速提高1.2个百分点", ClaimKind.PercentagePointChange, "提高1.2个百分点")]
    [InlineData("进出口总额比2012年增长1.3倍", ClaimKind.Multiple, "增长1.3倍")]
    [InlineData("居民收入比2012年翻一番", ClaimKind.Multiple, "翻一番")]
    [InlineData("交通事故起数同比下降三成", ClaimKind.Multiple, "下降三成")]
    [InlineData("仅今年从江西省流入的产业工人就增加了1360余人", ClaimKind.AbsoluteChange, "增加1360余人")]
    [InlineData("满意率同比下降百分之三十", ClaimKind.RelativeChange, "下降三十%")]
    [InlineData("“企呼我应”平台事件处理满意率已达97.18%", ClaimKind.Level, "97.18%")]
    [InlineData("矛盾纠纷就地化解率保持在97%以上", ClaimKind.ThresholdHeld, "97%以上")]
    [InlineData("建成1725个公共法律服务站点", ClaimKind.Count, "1725个")]
    [InlineData("累计提供各类法律服务19万余次", ClaimKind.CumulativeTotal, "19万余次")]
    [InlineData("全市城镇新增就业完成目标的102.5%", ClaimKind.PlanProgress, "102.5%")]
    [InlineData("全市实现地区生产总值1523.6亿元", ClaimKind.Level, "1523.6亿元")]
    public void Read_Construct_GivesItsKindAndFigure(string text, ClaimKind kind, string figure)
    {
        var claim = Single(text).Claim;
        Assert.Equal(kind, claim.Kind);
        Assert.Equal(figure, claim.Figures[0].ToString());
    }

    [Fact]
    public void Read_Structure_ReadsEveryShare()
    {
        var claim = Single("三次产业结构为2.8:41.1:56.1。").Claim;
        Assert.Equal(ClaimKind.Structure, claim.Kind);
        Assert.Equal("三次产业", claim.Subjects.Single().Text);
        Assert.Equal(new[] { 2.8m, 41.1m, 56.1m }, claim.Figures.Select(f => f.Value));
    }

    [Fact]
    public void Read_Streaks_KeepTheirPredicateAndSharedFigure()
    {
        var reading = Read("电信网络诈骗发案数、损失数持续58个月保持“双下降”，连续3年在全省反诈工作会议上作经验交流。");
        Assert.Equal(2, reading.Claims.Count);
        var joint = reading.Claims[0].Claim;
        Assert.Equal(ClaimKind.Streak, joint.Kind);
        Assert.True(joint.IsShared);
        Assert.Equal("保持“双下降”", joint.Predicate);
        Assert.Equal("telecom-fraud.losses", joint.Subjects[1].IndicatorCode);
        var talks = reading.Claims[1].Claim;
        Assert.Equal("衢州", talks.Subjects.Single().Text);
        Assert.Equal("telecom-fraud.provincial-conference-talks", talks.Subjects.Single().IndicatorCode);
        Assert.Equal("3年", talks.Figures.Single().ToString());
        Assert.True(reading.Claims[1].SubjectSpans[0].IsEmpty);
    }

    [Fact]
    public void Read_StreakOfMonths_KeepsTheWordsAfterIt()
    {
        var claim = Single("全市刑事案件发案数连续14个月同比下降").Claim;
        Assert.Equal(ClaimKind.Streak, claim.Kind);
        Assert.Equal("同比下降", claim.Predicate);
        Assert.Equal("14个月", claim.Figures.Single().ToString());
    }

    [Fact]
    public void Read_CountBeforeItsSubject_SplitsTheSubjectTheCatalogKnowsFromThePredicate()
    {
        var claim = Single("全市4282个社会组织参与到平安建设当中").Claim;
        Assert.Equal(ClaimKind.Count, claim.Kind);
        Assert.Equal("社会组织", claim.Subjects.Single().Text);
        Assert.Equal("participation.social-organisations", claim.Subjects.Single().IndicatorCode);
        Assert.Equal("参与到平安建设当中", claim.Predicate);
    }

    [Fact]
    public void Read_ZeroOccurred_IsACountOfNone()
    {
        var claim = Single("生产安全事故“0”发生").Claim;
        Assert.Equal(ClaimKind.Count, claim.Kind);
        Assert.Equal(0m, claim.Figures.Single().Value);
        Assert.Equal("production-safety.major-accidents", claim.Subjects.Single().IndicatorCode);
    }

    [Fact]
    public void Read_UnknownSubject_KeepsItsWords()
    {
        var subject = Single("全市规模以上工业增加值同比增长6.2%").Claim.Subjects.Single();
        Assert.Equal("全市规模以上工业增加值", subject.Text);
        Assert.Null(subject.IndicatorCode);
    }

    [Fact]
    public void Read_ClauseWithoutSubject_TakesTheSubjectOfTheClauseBefore()
    {
        var reading = Read("前三季度，全市实现地区生产总值1523.6亿元，比上年增长5.8%。");
        Assert.Equal(2, reading.Claims.Count);
        Assert.Equal("地区生产总值", reading.Claims[1].Claim.Subjects.Single().Text);
        Assert.Equal(ClaimBaseKind.PreviousYear, reading.Claims[1].Claim.Base.Kind);
        Assert.Equal(CalendarPeriodText.ReadCode("2025-01/2025-09").Value, reading.Claims[1].Claim.Period);
    }

    [Fact]
    public void Read_PeriodAtTheStartOfASentence_IsTheClaimsOwn()
    {
        var read = Single("2025年1—10月，全市规上工业增加值同比增长6.2%。");
        Assert.Equal(CalendarPeriodText.ReadCode("2025-01/2025-10").Value, read.Claim.Period);
        Assert.False(read.InheritsPeriod);
    }

    [Fact]
    public void Read_PeriodOfAHeading_IsInheritedByTheLinesUnderIt()
    {
        var reading = Read("2025年上半年全市经济运行情况\n全市规上工业增加值同比增长6.2%。\n进出口总额同比下降3.1%。");
        Assert.Equal(2, reading.Claims.Count);
        Assert.All(reading.Claims, c =>
        {
            Assert.True(c.InheritsPeriod);
            Assert.Equal(CalendarPeriodText.ReadCode("2025-S1").Value, c.Claim.Period);
        });
    }

    [Fact]
    public void Read_PeriodOfAParagraphsFirstSentence_IsInheritedByTheNext()
    {
        var reading = Read("前三季度，全市规上工业增加值同比增长6.2%。进出口总额同比下降3.1%。");
        Assert.False(reading.Claims[0].InheritsPeriod);
        Assert.True(reading.Claims[1].InheritsPeriod);
        Assert.Equal(reading.Claims[0].Claim.Period, reading.Claims[1].Claim.Period);
    }

    [Theory]
    [InlineData("“十四五”以来，全市刑事案件同比下降5%")]
    [InlineData("截至2025年10月底，全市累计建成公共法律服务站点1725个")]
    [InlineData("上半年，全市刑事案件同比下降5%")]
    public void Read_PeriodPhrases_AreRead(string text)
    {
        Assert.NotNull(Single(text).Claim.Period);
    }

    [Fact]
    public void Read_MessyText_ReadsAsTheCleanTwinWithSpansIntoTheOriginal()
    {
        const string messy = "全市生产总值同比增長 ５．２ ％[1]，城鎮新增就業１ ３６０人①。";
        var reading = Read(messy);
        Assert.Equal(2, reading.Claims.Count);
        Assert.Equal("增长5.2%", reading.Claims[0].Claim.Figures.Single().ToString());
        Assert.Equal("增長 ５．２ ％", reading.Claims[0].FigureSpans[0].In(messy).ToString());
        Assert.Equal("1360人", reading.Claims[1].Claim.Figures.Single().ToString());
        Assert.Equal("城鎮新增就業", reading.Claims[1].SubjectTexts[0]);
        Assert.Equal("城镇新增就业", reading.Claims[1].Claim.Subjects[0].Text);
    }

    [Fact]
    public void Read_AsciiPunctuationAndWrappedLines_ReadAsOneSentence()
    {
        var wrapped = "比如,针对未成年人违法犯罪问题,持续开展家庭教育“唤醒”、辍学人员“回归”、专门教育“破冰”和条块统“强基”“四大行动”,实现未成年人\n犯罪案件、人数同比下降6.67%、13.53%。";
        var claim = Single(wrapped).Claim;
        Assert.Equal("未成年人犯罪案件", claim.Subjects[0].Text);
    }

    [Fact]
    public void Read_NumbersRunTogether_GivesADiagnosticAndNoClaim()
    {
        var reading = Read("规上工业企业利润下降31.317.5%。");
        Assert.Empty(reading.Claims);
        var diagnostic = Assert.Single(reading.Diagnostics);
        Assert.Equal(TextDiagnosticKind.NumbersRunTogether, diagnostic.Kind);
        Assert.Equal("QT0001", diagnostic.Code);
    }

    [Fact]
    public void Read_FiguresRunTogether_GivesADiagnosticAndNoClaim()
    {
        var reading = Read("刑事案件、命案分别下降31.3%17.5%。");
        Assert.Empty(reading.Claims);
        Assert.Equal(TextDiagnosticKind.NumbersRunTogether, Assert.Single(reading.Diagnostics).Kind);
    }

    [Fact]
    public void Read_ChangeWithoutBase_GivesTheClaimAndADiagnostic()
    {
        var reading = Read("省际边界警情下降23.6%");
        Assert.Equal(ClaimBase.Unstated, Assert.Single(reading.Claims).Claim.Base);
        Assert.Equal(TextDiagnosticKind.MissingBase, Assert.Single(reading.Diagnostics).Kind);
    }

    [Fact]
    public void Read_UnpairedList_GivesADiagnosticAndNoClaim()
    {
        var reading = Read("刑事案件、命案、盗窃案件同比分别下降31.3%、17.5%。");
        Assert.Empty(reading.Claims);
        Assert.Equal(TextDiagnosticKind.UnpairedList, Assert.Single(reading.Diagnostics).Kind);
    }

    [Theory]
    [InlineData("(上接1版)")]
    [InlineData("涌现出“三衢大姐”“平安365志愿者”等一批平安志愿者品牌")]
    [InlineData("聚焦制度保障、服务集成与执法规范三个关键环节")]
    [InlineData("率先出台《衢州市优化法治化营商环境二十条措施》")]
    [InlineData("72.96% ↓")]
    [InlineData("2025年1—10月")]
    public void Read_NumbersMentionedInPassing_GiveNoClaimAndNoDiagnostic(string text)
    {
        var reading = Read(text);
        Assert.Empty(reading.Claims);
        Assert.Empty(reading.Diagnostics);
    }

    [Fact]
    public void Read_WithoutPublicationDate_TakesTheDateline()
    {
        var reading = new BulletinReader().Read("衢州市统计局 2025年11月28日\n全市规上工业增加值同比增长6.2%。");
        Assert.Equal(Published, Assert.Single(reading.Claims).Claim.Published);
    }

    [Fact]
    public void Read_WithoutAnyDate_GivesADiagnostic()
    {
        var reading = new BulletinReader().Read("全市规上工业增加值同比增长6.2%。");
        Assert.Empty(reading.Claims);
        Assert.Equal(TextDiagnosticKind.MissingPublicationDate, Assert.Single(reading.Diagnostics).Kind);
    }

    [Fact]
    public void Read_OptionsDateAndRegion_GoIntoEveryClaim()
    {
        var reader = new BulletinReader(IndicatorCatalog.Empty, new BulletinReaderOptions(new LocalDate(2025, 1, 2), RegionCode.Huangshan));
        var claim = Assert.Single(reader.Read("刑事案件同比下降5%").Claims).Claim;
        Assert.Equal(new LocalDate(2025, 1, 2), claim.Published);
        Assert.Equal(RegionCode.Huangshan, claim.Region);
        Assert.Null(claim.Subjects.Single().IndicatorCode);
    }

    [Fact]
    public void Read_RepeatedIndicator_GetsNumberedIds()
    {
        var reading = Read("刑事案件同比下降5%。刑事案件环比下降1%。");
        Assert.Equal(new[] { "public-security.criminal-cases", "public-security.criminal-cases#2" }, reading.Claims.Select(c => c.Claim.Id));
    }

    [Fact]
    public void Read_Null_Throws()
    {
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => new BulletinReader().Read(null!)).ParamName);
    }

    [Fact]
    public void TextDiagnostic_Code_IsQtAndTheKindsNumber()
    {
        var diagnostic = new TextDiagnostic(TextDiagnosticKind.MissingBase, new SourceSpan(1, 2), "缺少基期", "no base");
        Assert.Equal("QT0002", diagnostic.Code);
        Assert.Equal("QT0002 [1..3): no base", diagnostic.ToString());
        Assert.Equal(diagnostic, new TextDiagnostic(TextDiagnosticKind.MissingBase, new SourceSpan(1, 2), "缺少基期", "no base"));
    }
}
