using System;
using System.Linq;
using Quzhou.Governance.Claims;
using Quzhou.Governance.Figures;
using Quzhou.Governance.Text;
using Xunit;

namespace Quzhou.Governance.Tests.Text;

// Shares of parts (男性131.2万人，占50.8%; 其中刑事案件占比32.0%; 占全部案件的三成): levels with the share word as predicate,
// linked to their part and the total before 其中; the shares of a known whole become one structure.
public sealed partial class BulletinReaderTest
{
    private static AuditFindingKind[] Findings(BulletinReading reading) =>
        ClaimAudits.Run(reading.Claims.Select(c => c.Claim)).Select(f => f.Kind).ToArray();

    private static ReadClaim Share(BulletinReading reading) =>
        reading.Claims.Single(c => c.Claim.Predicate is { Length: > 0 } p && p[0] == '占');

    /// <summary>Every claim of the reading, printed, reads back as itself (kind, subjects, figures, base, period, 分别 and
    /// predicate), and every figure's span is the figure as printed.</summary>
    private static void AssertPrintsBack(BulletinReading reading, string text)
    {
        foreach (var read in reading.Claims)
        {
            var printed = read.Claim.ToString("zh", null) + "。";
            var again = Read(printed);
            Assert.True(again.Claims.Count == 1, printed + " read as " + string.Join(" | ", again.Claims.Select(c => Key(c.Claim))));
            Assert.Equal(Key(read.Claim), Key(again.Claims[0].Claim));
            for (var i = 0; i < read.Claim.Figures.Count; i++)
            {
                Assert.True(read.Span.Contains(read.FigureSpans[i]));
                Assert.Equal(read.Claim.Figures[i].ToString(), read.FigureSpans[i].In(text).ToString());
            }
        }
    }

    [Fact]
    public void Read_PartWithItsShareOfTheTotal_IsOfThePartThenTheTotal()
    {
        const string text = "年末全市户籍人口258.3万人，其中，男性131.2万人，占50.8%。";
        var reading = Read(text);
        Assert.Equal(3, reading.Claims.Count);
        var share = Share(reading);
        Assert.Equal(ClaimKind.Level, share.Claim.Kind);
        Assert.Equal("男性", share.Claim.Subjects.Single().Text);
        Assert.Equal("50.8%", share.Claim.Figures.Single().ToString());
        Assert.Equal("占", share.Claim.Predicate);
        Assert.Equal([reading.Claims[1].Claim.Id, reading.Claims[0].Claim.Id], share.Claim.Of);
        Assert.Equal("占50.8%", share.Span.In(text).ToString());
        Assert.Equal("男性占50.8%", share.Claim.ToString("zh", null));
        Assert.Empty(Findings(reading));   // 131.2 / 258.3 is 50.7937%: 50.8% within the rounding of all three
        AssertPrintsBack(reading, text);

        // 131.15万 / 258.35万 is 50.7645%: 50.76% fits at the rounding's edge, 50.75% does not.
        Assert.Empty(Findings(Read("年末全市户籍人口258.3万人，其中，男性131.2万人，占50.76%。")));
        Assert.Equal([AuditFindingKind.SharesDisagreeWithParts], Findings(Read("年末全市户籍人口258.3万人，其中，男性131.2万人，占50.75%。")));
    }

    [Fact]
    public void Read_PartsOfAKnownWholeWithTheirShares_AreOneStructureOfThePartsAndTheTotal()
    {
        const string text = "年末全市户籍人口258.3万人，其中男性131.2万人，占50.8%；女性127.2万人，占49.2%。";
        var reading = Read(text);
        Assert.Equal(4, reading.Claims.Count);
        var total = reading.Claims[0].Claim;
        var male = reading.Claims[1].Claim;
        var shares = reading.Claims[2];
        var female = reading.Claims[3].Claim;
        Assert.Equal([male.Id, female.Id], total.Of);   // 其中 with no comma after it
        Assert.Equal(ClaimKind.Structure, shares.Claim.Kind);
        Assert.Equal(["男性", "女性"], shares.Claim.Subjects.Select(s => s.Text));
        Assert.Equal(["50.8%", "49.2%"], shares.Claim.Figures.Select(f => f.ToString()));
        Assert.Equal([male.Id, female.Id, total.Id], shares.Claim.Of);
        Assert.Equal("占50.8%；女性127.2万人，占49.2%", shares.Span.In(text).ToString());
        Assert.Equal("男性、女性占50.8%、49.2%", shares.Claim.ToString("zh", null));
        Assert.Empty(Findings(reading));
        AssertPrintsBack(reading, text);

        // 49.8%: the shares of one whole reach at least 100.5, and 127.2万 / 258.3万 is at most 49.274%.
        Assert.Equal(
            [AuditFindingKind.SharesDisagreeWithHundred, AuditFindingKind.SharesDisagreeWithParts],
            Findings(Read("年末全市户籍人口258.3万人，其中男性131.2万人，占50.8%；女性127.2万人，占49.8%。")));
    }

    [Fact]
    public void Read_CountAndItsShareOfTheCases_IsOfTheCountThenTheCases()
    {
        const string text = "全市共受理案件1000件，其中刑事案件320件，占32.0%。";
        var reading = Read(text);
        var share = Share(reading).Claim;
        Assert.Equal([reading.Claims[1].Claim.Id, reading.Claims[0].Claim.Id], share.Of);
        Assert.Equal("public-security.criminal-cases", share.Subjects.Single().IndicatorCode);
        Assert.Empty(Findings(reading));
        AssertPrintsBack(reading, text);

        var wrong = Read("全市共受理案件1000件，其中刑事案件320件，占33.0%。");
        var finding = Assert.Single(ClaimAudits.Run(wrong.Claims.Select(c => c.Claim)));
        Assert.Equal(AuditFindingKind.SharesDisagreeWithParts, finding.Kind);
        Assert.Equal(wrong.Claims.Select(c => c.Claim.Id).Skip(1).Take(1).Concat([wrong.Claims[0].Claim.Id, wrong.Claims[2].Claim.Id]), finding.ClaimIds);
        Assert.Equal("320件 / 1000件 lies in [32%, 32%], which does not meet 33.0% = [32.95%, 33.05%]", finding.Arithmetic);
    }

    [Fact]
    public void Read_ShareWithoutItsPartCount_IsOfTheTotalAlone()
    {
        const string text = "全市共受理案件1000件，其中刑事案件占比32.0%，民事案件占比50.0%。";
        var reading = Read(text);
        Assert.Equal(3, reading.Claims.Count);
        var cases = reading.Claims[0].Claim.Id;
        Assert.All(reading.Claims.Skip(1), c => Assert.Equal([cases], c.Claim.Of));
        Assert.All(reading.Claims.Skip(1), c => Assert.Equal("占比", c.Claim.Predicate));
        Assert.Empty(Findings(reading));
        AssertPrintsBack(reading, text);

        // A share of 1,000 cases is a whole k / 1000: 32.05% is none.
        Assert.Equal([AuditFindingKind.RateNotAttainable], Findings(Read("全市共受理案件1000件，其中刑事案件占比32.05%。")));
    }

    [Fact]
    public void Read_ShareInTenthsOfTheWholeItNames_IsOfThePartThenTheTotal()
    {
        const string text = "全市共受理案件1000件，其中刑事案件320件，占全部案件的三成。";
        var reading = Read(text);
        var share = Share(reading);
        var figure = share.Claim.Figures.Single();
        Assert.Equal(FigureUnitKind.Tenths, figure.Unit.Kind);
        Assert.Equal("三成", share.FigureSpans[0].In(text).ToString());
        Assert.Equal("占全部案件的", share.Claim.Predicate);
        Assert.Equal([reading.Claims[1].Claim.Id, reading.Claims[0].Claim.Id], share.Claim.Of);
        Assert.Empty(Findings(reading));   // 32% is inside 三成 = [25%, 35%]
        AssertPrintsBack(reading, text);

        Assert.Equal([AuditFindingKind.SharesDisagreeWithParts], Findings(Read("全市共受理案件1000件，其中刑事案件400件，占全部案件的三成。")));
        var alone = Read("全市共受理案件1000件，其中刑事案件占全部案件的三成。");
        Assert.Equal([alone.Claims[0].Claim.Id], Share(alone).Claim.Of);
        Assert.Equal("刑事案件", Share(alone).Claim.Subjects.Single().Text);
        Assert.Equal([AuditFindingKind.RateNotAttainable], Findings(Read("全市共受理案件2件，其中刑事案件占全部案件的三成。")));   // 0, ½, 1
    }

    [Theory]
    [InlineData("全市共受理案件1000件，其中刑事案件320件，占全市的32.0%。")]        // the region its total's clause writes
    [InlineData("年末全市户籍人口258.3万人，其中，男性131.2万人，占户籍人口总数的50.8%。")]  // the total's subject, with 总数
    public void Read_ShareOfTheWholeItNames_IsOfThePartThenTheTotal(string text)
    {
        var reading = Read(text);
        Assert.Equal([reading.Claims[1].Claim.Id, reading.Claims[0].Claim.Id], Share(reading).Claim.Of);
        Assert.Empty(Findings(reading));
        AssertPrintsBack(reading, text);
    }

    [Fact]
    public void Read_SharesOfAKnownWholeWithNoTotal_AreOneStructureAgainstHundred()
    {
        const string text = "男性占50.8%，女性占49.2%。";
        var reading = Read(text);
        var shares = Assert.Single(reading.Claims);
        Assert.Equal(ClaimKind.Structure, shares.Claim.Kind);
        Assert.Empty(shares.Claim.Of);
        Assert.Equal(text.TrimEnd('。'), shares.Span.In(text).ToString());
        Assert.Equal(["男性", "女性"], shares.SubjectSpans.Select(s => s.In(text).ToString()));
        Assert.Empty(Findings(reading));
        AssertPrintsBack(reading, text);

        Assert.Equal([AuditFindingKind.SharesDisagreeWithHundred], Findings(Read("男性占50.8%，女性占49.8%。")));   // at least 100.5
        Assert.Equal([AuditFindingKind.SharesDisagreeWithHundred], Findings(Read("城镇人口占比60.3%，乡村人口占比39.9%。")));
        var list = Single("男性、女性分别占50.8%、49.2%。").Claim;
        Assert.Equal(ClaimKind.Structure, list.Kind);
        Assert.True(list.Respectively);
        Assert.Equal("男性、女性分别占50.8%、49.2%", list.ToString("zh", null));
    }

    [Fact]
    public void Read_SharesOfAKnownWholeAfterQizhong_AreOfTheTotal()
    {
        var reading = Read("年末全市户籍人口258.3万人，其中男性占50.8%，女性占49.2%；城镇人口占60.1%，乡村人口占39.9%。");
        Assert.Equal(3, reading.Claims.Count);
        Assert.Equal([reading.Claims[0].Claim.Id], reading.Claims[1].Claim.Of);
        Assert.Equal(ClaimKind.Structure, reading.Claims[2].Claim.Kind);
        Assert.Empty(reading.Claims[2].Claim.Of);   // after the ；: another whole, not a part of the total
        Assert.Empty(Findings(reading));
    }

    [Fact]
    public void Read_PartsOfAKnownWholeWithTheirSharesAndNoTotal_AreOfTheParts()
    {
        const string text = "男性131.2万人，占50.8%；女性127.2万人，占49.2%。";
        var reading = Read(text);
        Assert.Equal(3, reading.Claims.Count);
        Assert.Equal([reading.Claims[0].Claim.Id, reading.Claims[2].Claim.Id], reading.Claims[1].Claim.Of);
        Assert.Empty(Findings(reading));
        AssertPrintsBack(reading, text);

        // 131.2万 of 131.2万 + 127.2万 is at most 50.7933%.
        Assert.Equal([AuditFindingKind.SharesDisagreeWithParts], Findings(Read("男性131.2万人，占51.8%；女性127.2万人，占48.2%。")));
    }

    [Theory]
    [InlineData("全市共受理案件1000件，办结980件，其中刑事案件320件，占33.0%。")]          // two candidate totals
    [InlineData("全市共受理案件1000件，其中刑事案件320人，占33.0%。")]                  // the part in another unit
    [InlineData("全市共受理案件1000件，其中刑事案件320件，占全省的33.0%。")]            // a share of another whole
    [InlineData("全市共受理案件1000件，刑事案件320件，占33.0%。")]                      // no 其中: not certainly a part
    [InlineData("全市共受理案件1000件。其中刑事案件320件，占33.0%。")]                  // the total in another sentence
    [InlineData("全市共受理案件1000件，其中刑事案件320件；城镇人口占比33.0%。")]        // after the ；, with no part count
    [InlineData("全市共受理案件1000件，其中刑事案件320件，民事案件占比33.05%。")]       // after a part, with no part count
    public void Read_ShareWithADoubtfulTotal_IsOfNothing(string text)
    {
        var reading = Read(text);
        Assert.Empty(Share(reading).Claim.Of);
        Assert.Empty(Findings(reading));
    }

    [Theory]
    [InlineData("盗窃、命案、“两抢”分别占34.4%、41.0%、20.0%。")]        // not a known whole: shares of what the text does not say
    [InlineData("刑事案件占50.8%，民事案件占49.8%。")]
    [InlineData("男性占全省的50.8%，女性占全省的49.8%。")]               // of a whole the text does not print
    [InlineData("男性占50.8%，城镇人口占49.8%。")]
    public void Read_SharesThatAreNotOfAKnownWhole_AreNotAuditedAgainstHundred(string text)
    {
        var reading = Read(text);
        Assert.DoesNotContain(reading.Claims, c => c.Claim.Kind == ClaimKind.Structure);
        Assert.All(reading.Claims, c => Assert.Empty(c.Claim.Of));
        Assert.Empty(Findings(reading));
    }

    [Fact]
    public void Read_ShareWithRespectivelyButNoKnownWhole_IsALevelListThatPrintsBack()
    {
        const string text = "盗窃、命案、“两抢”分别占34.4%、41.0%、24.6%。";
        var claim = Single(text).Claim;
        Assert.Equal(ClaimKind.Level, claim.Kind);
        Assert.True(claim.Respectively);
        Assert.Equal("占", claim.Predicate);
        Assert.Equal("public-security.robberies-and-snatchings", claim.Subjects[2].IndicatorCode);
        AssertPrintsBack(Read(text), text);
    }

    [Fact]
    public void Read_MessyShares_SameClaimsAsClean()
    {
        var clean = Read("年末全市户籍人口258.3万人，其中男性131.2万人，占50.8%；女性127.2万人，占49.2%。");
        const string messy = "年末全市户籍人口２５８．３萬人, 其中男性131.2 萬人, 佔50.8％; 女性127.2萬人[1], 佔49.2 %.";
        var reading = Read(messy);
        Assert.Equal(clean.Claims.Select(c => Key(c.Claim)), reading.Claims.Select(c => Key(c.Claim)));
        Assert.Equal(clean.Claims.Select(c => c.Claim.Of.Count), reading.Claims.Select(c => c.Claim.Of.Count));
        Assert.Equal("50.8％", reading.Claims[2].FigureSpans[0].In(messy).ToString());
    }

    [Fact]
    public void Read_ShareWithNoSubjectBeforeIt_DiagnosesNoSubjectAndGivesNoClaim()
    {
        var reading = Read("占50.8%。");
        Assert.Empty(reading.Claims);
        Assert.Equal(TextDiagnosticKind.MissingSubject, Assert.Single(reading.Diagnostics).Kind);
    }

    [Fact]
    public void Read_Shares_PrintInEnglishAsWhatTheyAccountFor()
    {
        var reading = Read("全市共受理案件1000件，其中刑事案件320件，占全部案件的三成。男性、女性分别占50.8%、49.2%。");
        Assert.Equal("Criminal cases accounted for 3 tenths", reading.Claims[2].Claim.ToString("en", null));
        Assert.Equal("男性 and 女性 accounted for 50.8% and 49.2% respectively", reading.Claims[3].Claim.ToString("en", null));
        Assert.Equal("Criminal cases numbered 320", reading.Claims[1].Claim.ToString("en", null));
    }

    [Fact]
    public void Read_TenthsOutsideAShare_AreAWordNotAFigure()
    {
        Assert.Empty(Read("三成以上企业实现增长。").Claims);
        Assert.Empty(Read("全市七成群众参与志愿服务。").Claims);
    }
}
