using System;
using System.Linq;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Quzhou.Governance.Claims;
using Quzhou.Governance.Figures;
using Xunit;

namespace Quzhou.Governance.Tests.Claims;

// A share against its part over the printed total (ShareCanBe, AuditShareOfTotal) and the links of claims of shares in Run.
public partial class ClaimAuditsTest
{
    private static Claim Amount(string id, string subject, string figure) =>
        InterviewClaims.Claim(id, ClaimKind.Level, [new ClaimSubject(subject)], [figure], ClaimBase.None);

    private static Claim ShareOf(string id, string subject, string figure) =>
        InterviewClaims.Claim(id, ClaimKind.Level, [new ClaimSubject(subject)], [figure], ClaimBase.None, predicate: "占");

    private static Claim SharesOf(string id, string[] subjects, params string[] figures) =>
        InterviewClaims.Claim(id, ClaimKind.Structure, subjects.Select(s => new ClaimSubject(s)).ToArray(), figures, ClaimBase.None, predicate: "占");

    [Fact]
    public void ShareCanBe_RoundedPartOfRoundedTotal_HoldsThoughTheExactRatioDoesNot()
    {
        // 131.2 / 258.3 is 50.7937%, not 50.8%: a naive exact check flags it; within the three roundings the share lies
        // in [131.15万 / 258.35万, 131.25万 / 258.25万] = [50.7645%, 50.8228%].
        Assert.NotEqual(50.8m, 131.2m / 258.3m * 100m);
        Assert.True(ClaimAudits.ShareCanBe(F("50.8%"), F("131.2万人"), F("258.3万人")));
        Assert.True(ClaimAudits.ShareCanBe(F("49.2%"), F("127.2万人"), F("258.3万人")));

        // Only at the rounding's edges: 50.76% (from 50.755%) and 50.82% (to 50.825%); one step further neither fits.
        Assert.True(ClaimAudits.ShareCanBe(F("50.76%"), F("131.2万人"), F("258.3万人")));
        Assert.False(ClaimAudits.ShareCanBe(F("50.75%"), F("131.2万人"), F("258.3万人")));
        Assert.True(ClaimAudits.ShareCanBe(F("50.82%"), F("131.2万人"), F("258.3万人")));
        Assert.False(ClaimAudits.ShareCanBe(F("50.83%"), F("131.2万人"), F("258.3万人")));
        Assert.False(ClaimAudits.ShareCanBe(F("49.8%"), F("127.2万人"), F("258.3万人")));
    }

    [Fact]
    public void ShareCanBe_WholeCounts_AreExact()
    {
        Assert.True(ClaimAudits.ShareCanBe(F("32.0%"), F("320件"), F("1000件")));
        Assert.True(ClaimAudits.ShareCanBe(F("32%"), F("320件"), F("1000件")));
        Assert.False(ClaimAudits.ShareCanBe(F("33.0%"), F("320件"), F("1000件")));
        Assert.False(ClaimAudits.ShareCanBe(F("32.05%"), F("320件"), F("1000件")));

        // 3205/10000 is exactly 32.05%: at the tie either neighbour is accepted, one further is not.
        Assert.True(ClaimAudits.ShareCanBe(F("32.1%"), F("3205件"), F("10000件")));
        Assert.True(ClaimAudits.ShareCanBe(F("32.0%"), F("3205件"), F("10000件")));
        Assert.False(ClaimAudits.ShareCanBe(F("32.2%"), F("3205件"), F("10000件")));

        // A part is at most its total: 100% of a part equal to it, never more.
        Assert.True(ClaimAudits.ShareCanBe(F("100%"), F("1000件"), F("1000件")));
        Assert.True(ClaimAudits.ShareCanBe(F("100.0%"), F("258.3万人"), F("258.3万人")));
        Assert.False(ClaimAudits.ShareCanBe(F("100%"), F("1200件"), F("1000件")));
    }

    [Fact]
    public void ShareCanBe_TenthsAndPermille_AreRoundedLikeAnyFigure()
    {
        Assert.True(ClaimAudits.ShareCanBe(F("三成"), F("320件"), F("1000件")));     // 三成 is [25%, 35%]
        Assert.False(ClaimAudits.ShareCanBe(F("三成"), F("400件"), F("1000件")));
        Assert.True(ClaimAudits.ShareCanBe(F("三成"), F("350件"), F("1000件")));     // 35% is the tie of 三成 and 四成
        Assert.True(ClaimAudits.ShareCanBe(F("四成"), F("350件"), F("1000件")));
        Assert.True(ClaimAudits.ShareCanBe(F("0.5‰"), F("1人"), F("2000人")));
        Assert.False(ClaimAudits.ShareCanBe(F("0.6‰"), F("1人"), F("2000人")));
    }

    [Fact]
    public void ShareCanBe_TotalWithoutAnUpperEndOrThatMayBeZero_IsNotJudged()
    {
        Assert.True(ClaimAudits.ShareCanBe(F("99%"), F("320件"), F("1000件以上")));
        Assert.True(ClaimAudits.ShareCanBe(F("99%"), F("0件"), F("0件")));
    }

    [Fact]
    public void ShareCanBe_NotAShareOrAChange_ThrowsNamingTheArgument()
    {
        Assert.Equal("share", Assert.Throws<ArgumentException>(() => ClaimAudits.ShareCanBe(F("320件"), F("320件"), F("1000件"))).ParamName);
        Assert.Equal("share", Assert.Throws<ArgumentException>(() => ClaimAudits.ShareCanBe(F("下降3%"), F("320件"), F("1000件"))).ParamName);
        Assert.Equal("share", Assert.Throws<ArgumentException>(() => ClaimAudits.ShareCanBe(F("3个百分点"), F("320件"), F("1000件"))).ParamName);
        Assert.Equal("part", Assert.Throws<ArgumentException>(() => ClaimAudits.ShareCanBe(F("32%"), F("增加320件"), F("1000件"))).ParamName);
        Assert.Equal("total", Assert.Throws<ArgumentException>(() => ClaimAudits.ShareCanBe(F("32%"), F("320件"), F("下降1000件"))).ParamName);
    }

    [Fact]
    public void AuditShareOfTotal_Impossible_NamesThePartTheTotalAndTheShare()
    {
        var finding = ClaimAudits.AuditShareOfTotal(ShareOf("share", "刑事案件", "33.0%"), 0, Amount("part", "刑事案件", "320件"), Amount("total", "受理案件", "1000件"));
        Assert.NotNull(finding);
        Assert.Equal(AuditFindingKind.SharesDisagreeWithParts, finding!.Kind);
        Assert.Equal(["part", "total", "share"], finding.ClaimIds);
        Assert.Equal("320件 / 1000件 lies in [32%, 32%], which does not meet 33.0% = [32.95%, 33.05%]", finding.Arithmetic);
        Assert.Equal("part, total, share: a printed share cannot be its part's share of the printed parts or total within their rounding: 320件 / 1000件 lies in [32%, 32%], which does not meet 33.0% = [32.95%, 33.05%].", finding.ToString());

        var rounded = ClaimAudits.AuditShareOfTotal(ShareOf("share", "女性", "49.8%"), 0, Amount("part", "女性", "127.2万人"), Amount("total", "户籍人口", "258.3万人"));
        Assert.Equal("127.2万人 / 258.3万人 lies in [49.2162%, 49.274%], which does not meet 49.8% = [49.75%, 49.85%]", rounded!.Arithmetic);
        var tenths = ClaimAudits.AuditShareOfTotal(ShareOf("share", "刑事案件", "三成"), 0, Amount("part", "刑事案件", "400件"), Amount("total", "受理案件", "1000件"));
        Assert.Equal("400件 / 1000件 lies in [40%, 40%], which does not meet 三成 = [25%, 35%]", tenths!.Arithmetic);
        var larger = ClaimAudits.AuditShareOfTotal(ShareOf("share", "刑事案件", "100%"), 0, Amount("part", "刑事案件", "1200件"), Amount("total", "受理案件", "1000件"));
        Assert.Equal("1200件 / 1000件 is more than 1: the part exceeds its total, which does not meet 100% = [99.5%, 100.5%]", larger!.Arithmetic);

        Assert.Null(ClaimAudits.AuditShareOfTotal(ShareOf("share", "刑事案件", "32.0%"), 0, Amount("part", "刑事案件", "320件"), Amount("total", "受理案件", "1000件")));
        Assert.Throws<ArgumentOutOfRangeException>(() => ClaimAudits.AuditShareOfTotal(ShareOf("share", "刑事案件", "32.0%"), 1, Amount("part", "刑事案件", "320件"), Amount("total", "受理案件", "1000件")));
        Assert.Throws<ArgumentNullException>(() => ClaimAudits.AuditShareOfTotal(null!, 0, Amount("part", "刑事案件", "320件"), Amount("total", "受理案件", "1000件")));
    }

    [Fact]
    public void Run_ShareOfItsPartAndTotal_FindsTheShareDisagrees()
    {
        Claim[] Claims(string share) => [Amount("total", "受理案件", "1000件"), Amount("part", "刑事案件", "320件"), ShareOf("share", "刑事案件", share).WithOf(["part", "total"])];
        var finding = Assert.Single(ClaimAudits.Run(Claims("33.0%")));
        Assert.Equal(AuditFindingKind.SharesDisagreeWithParts, finding.Kind);
        Assert.Equal(["part", "total", "share"], finding.ClaimIds);
        Assert.Empty(ClaimAudits.Run(Claims("32.0%")));
        Assert.Empty(ClaimAudits.Run(Claims("33.0%").Select(c => c.WithOf([]))));   // unlinked: nothing to judge
    }

    [Fact]
    public void Run_StructureOfThePartsAndTheTotal_AuditsEveryShareAndTheHundred()
    {
        Claim[] Claims(string male, string female) =>
        [
            Amount("total", "户籍人口", "258.3万人").WithOf(["male", "female"]), Amount("male", "男性", "131.2万人"),
            SharesOf("shares", ["男性", "女性"], male, female).WithOf(["male", "female", "total"]), Amount("female", "女性", "127.2万人"),
        ];
        Assert.Empty(ClaimAudits.Run(Claims("50.8%", "49.2%")));
        Assert.Equal([AuditFindingKind.SharesDisagreeWithParts], ClaimAudits.Run(Claims("50.9%", "49.1%")).Select(f => f.Kind));   // 50.9 is above 50.8228
        Assert.Equal(
            [AuditFindingKind.SharesDisagreeWithHundred, AuditFindingKind.SharesDisagreeWithParts],
            ClaimAudits.Run(Claims("50.8%", "49.8%")).Select(f => f.Kind));
        Assert.Equal(["female", "total", "shares"], ClaimAudits.Run(Claims("50.8%", "49.8%"))[1].ClaimIds);
    }

    [Fact]
    public void Run_StructureOfThePartsAlone_ChecksEachShareAgainstTheirSum()
    {
        Claim[] Claims(string male, string female) =>
            [Amount("male", "男性", "131.2万人"), SharesOf("shares", ["男性", "女性"], male, female).WithOf(["male", "female"]), Amount("female", "女性", "127.2万人")];
        Assert.Empty(ClaimAudits.Run(Claims("50.8%", "49.2%")));
        var finding = Assert.Single(ClaimAudits.Run(Claims("51.8%", "48.2%")));
        Assert.Equal(AuditFindingKind.SharesDisagreeWithParts, finding.Kind);
        Assert.Equal(["male", "female", "shares"], finding.ClaimIds);
        Assert.StartsWith("the share 51.8% of 131.2万人 in 131.2万人 + 127.2万人 can only be in [50.7546%, 50.7933%]", finding.Arithmetic, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ShareOfTheTotalAlone_IsAShareOfItsCases()
    {
        Assert.Equal([AuditFindingKind.RateNotAttainable], ClaimAudits.Run([Amount("cases", "受理案件", "1000件"), ShareOf("share", "刑事案件", "32.05%").WithOf(["cases"])]).Select(f => f.Kind));
        Assert.Empty(ClaimAudits.Run([Amount("cases", "受理案件", "1000件"), ShareOf("share", "刑事案件", "32.0%").WithOf(["cases"])]));

        // 三成 of 2 cases: 0, ½ and 1 are all outside [25%, 35%]; of 3, ⅓ fits.
        var tenths = Assert.Single(ClaimAudits.Run([Amount("cases", "受理案件", "2件"), ShareOf("share", "刑事案件", "三成").WithOf(["cases"])]));
        Assert.Equal(AuditFindingKind.RateNotAttainable, tenths.Kind);
        Assert.Equal("三成 = [25%, 35%]; of 2 cases no whole k gives k / 2 in it", tenths.Arithmetic);
        Assert.Empty(ClaimAudits.Run([Amount("cases", "受理案件", "3件"), ShareOf("share", "刑事案件", "三成").WithOf(["cases"])]));
        Assert.Empty(ClaimAudits.Run([Amount("cases", "户籍人口", "258.3万人"), ShareOf("share", "男性", "三成").WithOf(["cases"])]));
    }

    [Fact]
    public void Run_LinksOfSharesOfNoKnownShape_NotJudged()
    {
        var total = Amount("total", "受理案件", "1000件");
        var part = Amount("part", "刑事案件", "320件");
        var rate = ShareOf("rate", "结案率", "97%");
        Assert.Empty(ClaimAudits.Run([total, part, rate, ShareOf("share", "刑事案件", "99.0%").WithOf(["part", "total", "rate"])]));   // three links for one share
        Assert.Empty(ClaimAudits.Run([total, rate, ShareOf("share", "刑事案件", "99.0%").WithOf(["rate", "total"])]));                 // a part that is a rate
        Assert.Empty(ClaimAudits.Run([total, SharesOf("shares", ["男性", "女性"], "50.8%", "49.2%").WithOf(["total", "part", "rate"])]));  // a rate for the total

        // Links read in their order: part then total, so the total before the part is a part larger than its total.
        Assert.Equal([AuditFindingKind.SharesDisagreeWithParts], ClaimAudits.Run([total, part, ShareOf("share", "刑事案件", "三成").WithOf(["total", "part"])]).Select(f => f.Kind));
    }

    [Property(MaxTest = 500)]
    public Property ShareCanBe_SharePrintedFromWholeCounts_FitsAndOneStepPastDoesNot() =>
        Prop.ForAll(
            (from total in Gen.Choose(1, 1_000_000)
             from part in Gen.Choose(0, total)
             from decimals in Gen.Elements(1, 2)
             select (part, total, decimals)).ToArbitrary(),
            c =>
            {
                var (part, total, decimals) = c;
                var p = PublishedFigure.FromValue(part, 0, FigureUnit.Counter("件"));
                var t = PublishedFigure.FromValue(total, 0, FigureUnit.Counter("件"));
                var printed = PublishedFigure.FromValue(part * 100m / total, decimals, FigureUnit.Percent);

                // Past the interval: on the side away from the exact share (part × 100 / total against the printed value,
                // compared as whole numbers), or above when below would be negative.
                var scale = BigInteger.Pow(10, decimals);
                var step = 1m / (decimal)scale;
                var exactAtOrAbove = (BigInteger)part * 100 * scale >= (BigInteger)(printed.Value * (decimal)scale) * total;
                var past = exactAtOrAbove && printed.Value - step >= 0m ? printed.Value - step : printed.Value + step;
                var neighbour = PublishedFigure.FromValue(past, decimals, FigureUnit.Percent);
                return (ClaimAudits.ShareCanBe(printed, p, t) && !ClaimAudits.ShareCanBe(neighbour, p, t))
                    .Label(part + " / " + total + " printed " + printed + ", past it " + neighbour);
            });
}
