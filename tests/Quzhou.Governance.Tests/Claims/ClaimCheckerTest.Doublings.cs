using System.Linq;
using Quzhou.Governance.Claims;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Figures;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Claims;

/// <summary>翻番 at its edges: the qualifiers it checks (以上 from exactly 2ⁿ with no upper end, 超过 and 突破 strictly
/// above 2ⁿ) and the words of those it does not, more than 60 doublings, a reading whose base span has a gap beside
/// one that fits, and amounts (in 分, which may be negative) whose base or current total is below zero.</summary>
public partial class ClaimCheckerTest
{
    private static Claim Doubling(PublishedFigure figure, ClaimBase? @base = null) =>
        new("thefts", ClaimKind.Multiple, [InterviewClaims.Subject(InterviewIndicators.Thefts, "盗窃案件")], [figure], @base ?? ClaimBase.AgainstPlanSameSpan(Thirteenth), RegionCode.Quzhou, InterviewClaims.Published, null, false, null, null);

    private static ClaimVerdict CheckDoubling(PublishedFigure figure, DataSet data) => ClaimChecker.Check(Doubling(figure), data).Single();

    [Fact]
    public void Check_DoublingAtLeast_FromExactlyTwiceWithNoUpperEnd()
    {
        var atLeast = PublishedFigure.Parse("翻一番以上");
        Assert.Equal(ClaimVerdictKind.Holds, CheckDoubling(atLeast, TheftsDoubling(100, 200)).Kind);
        Assert.Equal(ClaimVerdictKind.Contradicted, CheckDoubling(atLeast, TheftsDoubling(100, 199)).Kind);
        var far = CheckDoubling(atLeast, TheftsDoubling(100, 500));
        Assert.Equal(ClaimVerdictKind.Holds, far.Kind);
        Assert.Equal(5m, far.Value);
        Assert.Equal(ClaimVerdictKind.Contradicted, CheckDoubling(PublishedFigure.Parse("翻一番"), TheftsDoubling(100, 500)).Kind);
    }

    [Theory]
    [InlineData(FigureQualifier.Exceeding)]
    [InlineData(FigureQualifier.Breaking)]
    public void Check_DoublingExceeding_StrictlyMoreThanTwice(FigureQualifier qualifier)
    {
        // 超过/突破 翻一番 (the reader does not write these, a caller may): more than 2×, with no upper end.
        var figure = new PublishedFigure(1m, FigureUnit.Doublings, qualifier);
        Assert.Equal(ClaimVerdictKind.Contradicted, CheckDoubling(figure, TheftsDoubling(100, 200)).Kind);
        Assert.Equal(ClaimVerdictKind.Holds, CheckDoubling(figure, TheftsDoubling(100, 201)).Kind);
        Assert.Equal(ClaimVerdictKind.Holds, CheckDoubling(figure, TheftsDoubling(100, 500)).Kind);
    }

    [Theory]
    [InlineData(61, FigureQualifier.Exact)]
    [InlineData(1, FigureQualifier.Nearly)]
    [InlineData(1, FigureQualifier.AtMost)]
    public void Check_DoublingNotCheckable_UnverifiableNamingWhatIsChecked(int doublings, FigureQualifier qualifier)
    {
        var figure = new PublishedFigure(doublings, FigureUnit.Doublings, qualifier);
        var verdict = CheckDoubling(figure, TheftsDoubling(100, 200));
        Assert.Equal(ClaimVerdictKind.Unverifiable, verdict.Kind);
        Assert.Equal(["a check of " + figure + " (翻番 is checked as a whole number of doublings, exact or with 以上, 超过, 突破)"], verdict.Missing);
    }

    [Fact]
    public void Check_DoublingAgainstARunningPlan_TheReadingWithAGapDoesNotFit()
    {
        // 较“十三五” while the 14th runs: the whole 13th plan (2016-01/2020-12, with 2020-12 missing) and its same span
        // (2016-01/2020-10): the first is undefined and does not fit, the second doubles.
        var builder = IndicatorSeries.CreateBuilder(InterviewIndicators.Thefts, Frequency.Month);
        for (var p = First; p <= Last; p = p.Next())
        {
            if (p != M(2020, 12))
            {
                builder.Add(p, p.Year <= 2020 ? 100 : 210);
            }
        }

        var data = DataSet.CreateBuilder().AddSeries(RegionCode.Quzhou, builder.Build()).Build();
        var verdict = ClaimChecker.Check(Doubling(PublishedFigure.Parse("翻一番"), ClaimBase.AgainstPlan(Thirteenth)), data).Single();
        Assert.Equal(ClaimVerdictKind.Ambiguous, verdict.Kind);
        Assert.Equal(new[] { ClaimReadingKind.WholePlan, ClaimReadingKind.SameSpan }, verdict.Readings.Select(r => r.Kind));
        Assert.Equal(new[] { false, true }, verdict.Readings.Select(r => r.Fits));
        Assert.Equal(new[] { 0m, 2.1m }, verdict.Readings.Select(r => r.Value));
    }

    /// <summary>Telecom-fraud losses (an amount in 分) of <paramref name="before"/> a month to 2020 and
    /// <paramref name="after"/> from 2021.</summary>
    private static DataSet LossesDoubling(long before, long after) =>
        DataSet.CreateBuilder().AddSeries(RegionCode.Quzhou, Monthly(InterviewIndicators.TelecomFraudLosses, p => p.Year <= 2020 ? before : after)).Build();

    [Theory]
    [InlineData(-100L, 50L)]
    [InlineData(100L, -50L)]
    [InlineData(-100L, -300L)]
    public void Check_DoublingOfANegativeAmount_Undefined(long before, long after)
    {
        // A negative base or current total has no doubling: undefined (not computed), whatever the qualifier.
        foreach (var text in new[] { "翻一番", "翻一番以上" })
        {
            var claim = new Claim("losses", ClaimKind.Multiple, [InterviewClaims.Subject(InterviewIndicators.TelecomFraudLosses, "损失数")], [PublishedFigure.Parse(text)], ClaimBase.AgainstPlanSameSpan(Thirteenth), RegionCode.Quzhou, InterviewClaims.Published, null, false, null, null);
            var verdict = ClaimChecker.Check(claim, LossesDoubling(before, after)).Single();
            Assert.Equal(ClaimVerdictKind.Undefined, verdict.Kind);
            Assert.Equal(UndefinedReason.NotComputed, verdict.Reason);
            Assert.Null(verdict.Value);
        }
    }
}
