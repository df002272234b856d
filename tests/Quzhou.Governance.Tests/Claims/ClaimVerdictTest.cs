using System;
using System.Globalization;
using Quzhou.Governance.Claims;
using Quzhou.Governance.Figures;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Periods;
using Quzhou.Governance.Quantities;
using Xunit;

namespace Quzhou.Governance.Tests.Claims;

/// <summary>Every <see cref="ClaimVerdictKind"/> made by its factory and printed in both languages, each branch of the
/// sentence (with and without a value, a period, a printed figure), and the factories' argument checks.</summary>
public class ClaimVerdictTest
{
    private static readonly CalendarPeriod Year = CalendarPeriod.ForYear(2025);

    private static Claim Stations => InterviewClaims.Claim("stations", ClaimKind.Count, [InterviewClaims.Subject(InterviewIndicators.LegalServiceStations, "站点")], ["1725个"], ClaimBase.None);

    private static Claim RateChange(string figure) => InterviewClaims.Claim("rate", ClaimKind.RelativeChange, [InterviewClaims.Subject(InterviewIndicators.EnforcementClosureRate, "执结率")], [figure], ClaimBase.AgainstPlanSameSpan(FiveYearPlan.FromOrdinal(13)));

    private static Claim Pair => InterviewClaims.Claim("pair", ClaimKind.Count, [InterviewClaims.Subject(InterviewIndicators.LegalServiceStations, "站点"), InterviewClaims.Subject(InterviewIndicators.LegalServices, "服务")], ["1725个", "19万余次"], ClaimBase.None);

    [Fact]
    public void Holds_ValueAndPeriod_SaysBoth()
    {
        var verdict = ClaimVerdict.Holds(Stations, 0, 1725m, Year);
        Assert.Equal(ClaimVerdictKind.Holds, verdict.Kind);
        Assert.Equal(1725m, verdict.Value);
        Assert.Equal(Year, verdict.Period);
        Assert.Null(verdict.Printed);
        Assert.Null(verdict.RevisedValue);
        Assert.Empty(verdict.Readings);
        Assert.Empty(verdict.Missing);
        Assert.Equal(UndefinedReason.None, verdict.Reason);
        Assert.Equal("stations", verdict.ClaimId);
        Assert.Equal("站点 1725个：成立（重算值1725，2025年）", verdict.ToString("zh", null));
        Assert.Equal("站点 1725个: holds (recomputed 1725 over 2025)", verdict.ToString("en", null));
        Assert.Equal("1725", verdict.FormatValue("zh", null));
    }

    [Fact]
    public void Holds_NoValue_SaysThePeriodOrNothing()
    {
        // A threshold held has no value: the sentence names the period, or ends at the verdict.
        Assert.Equal("站点 1725个：成立（2025年）", ClaimVerdict.Holds(Stations, 0, null, Year).ToString("zh", null));
        Assert.Equal("站点 1725个: holds (over 2025)", ClaimVerdict.Holds(Stations, 0, null, Year).ToString("en", null));
        Assert.Equal("站点 1725个：成立", ClaimVerdict.Holds(Stations, 0, null, null).ToString("zh", null));
        Assert.Equal("站点 1725个: holds", ClaimVerdict.Holds(Stations, 0, null, null).ToString("en", null));
        Assert.Equal("站点 1725个：成立（重算值1725）", ClaimVerdict.Holds(Stations, 0, 1725m, null).ToString("zh", null));
        Assert.Equal("站点 1725个: holds (recomputed 1725)", ClaimVerdict.Holds(Stations, 0, 1725m, null).ToString("en", null));
        Assert.Equal("—", ClaimVerdict.Holds(Stations, 0, null, Year).FormatValue("en", null));
    }

    [Fact]
    public void Contradicted_EachPartPresentOrNot_SaysWhatThereIs()
    {
        var printed = PublishedFigure.Parse("1731个");
        var full = ClaimVerdict.Contradicted(Stations, 0, 1731m, printed, Year);
        Assert.Equal(ClaimVerdictKind.Contradicted, full.Kind);
        Assert.Equal(printed, full.Printed);
        Assert.Equal(1731m, full.Value);
        Assert.Equal("站点 1725个：不成立：重算值1731，按公布精度为1731个，2025年", full.ToString("zh", null));
        Assert.Equal("站点 1725个: contradicted: the data give 1731, which prints as 1731个 over 2025", full.ToString("en", null));
        var unprinted = ClaimVerdict.Contradicted(Stations, 0, 1731m, null, null);
        Assert.Equal("站点 1725个：不成立：重算值1731", unprinted.ToString("zh", null));
        Assert.Equal("站点 1725个: contradicted: the data give 1731", unprinted.ToString("en", null));
        var bare = ClaimVerdict.Contradicted(Stations, 0, null, null, Year);
        Assert.Equal("站点 1725个：不成立，2025年", bare.ToString("zh", null));
        Assert.Equal("站点 1725个: contradicted over 2025", bare.ToString("en", null));
        Assert.Equal("站点 1725个：不成立", ClaimVerdict.Contradicted(Stations, 0, null, null, null).ToString("zh", null));
    }

    [Fact]
    public void Ambiguous_NoReadingFits_SaysSo()
    {
        var readings = new[]
        {
            new ClaimReading(ClaimReadingKind.WholePlan, Year, 1700m, false),
            new ClaimReading(ClaimReadingKind.SameSpan, Year, 1690m, false),
        };
        var verdict = ClaimVerdict.Ambiguous(Stations, 0, readings);
        Assert.Equal(ClaimVerdictKind.Ambiguous, verdict.Kind);
        Assert.Equal(readings, verdict.Readings);
        Assert.Null(verdict.Value);
        Assert.Null(verdict.Period);
        Assert.Equal("站点 1725个：有歧义：各种理解均不相符", verdict.ToString("zh", null));
        Assert.Equal("站点 1725个: ambiguous: no reading fits", verdict.ToString("en", null));
    }

    [Fact]
    public void Ambiguous_SeveralFit_ListsEachInItsWords()
    {
        var readings = new[]
        {
            new ClaimReading(ClaimReadingKind.LatestYearAgainstYearsBefore, Year, 1725m, true),
            new ClaimReading(ClaimReadingKind.RecentYearsAgainstPrecedingYears, Year, 1725m, true),
            new ClaimReading(ClaimReadingKind.DifferenceFromPreviousYear, Year, 1600m, false),
        };
        var verdict = ClaimVerdict.Ambiguous(Stations, 0, readings);
        Assert.Equal("站点 1725个：有歧义：最近一年与若干年前相比计为1725；近几年与此前同样年数相比计为1725，相符", verdict.ToString("zh", null));
        Assert.Equal("站点 1725个: ambiguous: the latest year against the year that many years before: 1725; the last years against as many before them: 1725 fit", verdict.ToString("en", null));
        var others = new[]
        {
            new ClaimReading(ClaimReadingKind.DifferenceFromPreviousYear, Year, 1725m, true),
            new ClaimReading(ClaimReadingKind.TotalOfPeriod, Year, 1725m, true),
            new ClaimReading(ClaimReadingKind.AsWorded, Year, 1725m, true),
        };
        var more = ClaimVerdict.Ambiguous(Stations, 0, others);
        Assert.Equal("站点 1725个：有歧义：与上年之差计为1725；本期合计计为1725；按字面计为1725，相符", more.ToString("zh", null));
        Assert.Equal("站点 1725个: ambiguous: the difference from the previous year: 1725; the period's total: 1725; as worded: 1725 fit", more.ToString("en", null));
    }

    [Fact]
    public void Ambiguous_RateChangeInPercent_SummarisesEachMeasure()
    {
        var claim = RateChange("提升11.53%");
        ClaimReading Points(bool fits) => new(ClaimReadingKind.SameSpan, ClaimReadingKind.PercentagePoints, Year, 11.53m, fits);
        ClaimReading Relative(bool fits) => new(ClaimReadingKind.SameSpan, ClaimReadingKind.RelativeChange, Year, 19.22m, fits);

        var relativeOnly = ClaimVerdict.Ambiguous(claim, 0, [Points(false), Relative(true)]);
        Assert.Equal("执结率 提升11.53%：有歧义：按百分比成立，按百分点不成立；与上一规划同期相比按相对变化计为19.22%（19.2200），相符", relativeOnly.ToString("zh", null));
        Assert.Equal("执结率 提升11.53%: ambiguous: 11.53 percent, not percentage points; against the same span of the previous plan as a relative change: 19.22% (19.2200) fits", relativeOnly.ToString("en", null));

        var both = ClaimVerdict.Ambiguous(claim, 0, [Points(true), Relative(true)]);
        Assert.Equal("执结率 提升11.53%：有歧义：按百分点和按百分比均成立；与上一规划同期相比按百分点计为11.53个百分点（11.5300）；与上一规划同期相比按相对变化计为19.22%（19.2200），相符", both.ToString("zh", null));
        Assert.Equal("执结率 提升11.53%: ambiguous: both 11.53 percentage points and 11.53 percent fit; against the same span of the previous plan as percentage points: 11.53 percentage points (11.5300); against the same span of the previous plan as a relative change: 19.22% (19.2200) fit", both.ToString("en", null));

        var neither = ClaimVerdict.Ambiguous(claim, 0, [Points(false), Relative(false)]);
        Assert.Equal("执结率 提升11.53%：有歧义：按百分点和按百分比均不成立；各种理解均不相符", neither.ToString("zh", null));
        Assert.Equal("执结率 提升11.53%: ambiguous: neither 11.53 percentage points nor 11.53 percent fits; no reading fits", neither.ToString("en", null));

        // A reading of the measure alone (as worded) is named by its measure; points of a ‰ figure are 个千分点.
        var permille = ClaimVerdict.Ambiguous(RateChange("提升115.3‰"), 0, [new ClaimReading(ClaimReadingKind.AsWorded, ClaimReadingKind.PercentagePoints, Year, 115.3m, true), new ClaimReading(ClaimReadingKind.AsWorded, ClaimReadingKind.RelativeChange, Year, 192.2m, false)]);
        Assert.Equal("执结率 提升115.3‰：有歧义：按百分点成立，按百分比不成立；按百分点计为115.3个千分点（115.300），相符", permille.ToString("zh", null));
    }

    [Fact]
    public void Undefined_Reason_SaysWhyAndWhen()
    {
        var verdict = ClaimVerdict.Undefined(Stations, 0, UndefinedReason.ZeroBase, Year);
        Assert.Equal(ClaimVerdictKind.Undefined, verdict.Kind);
        Assert.Equal(UndefinedReason.ZeroBase, verdict.Reason);
        Assert.Equal(Year, verdict.Period);
        Assert.Null(verdict.Value);
        Assert.Equal("站点 1725个：无法计算（基数为0），2025年", verdict.ToString("zh", null));
        Assert.Equal("站点 1725个: " + UndefinedReason.ZeroBase.Describe(CultureInfo.InvariantCulture) + " over 2025", verdict.ToString("en", null));
        Assert.Equal("站点 1725个：无法计算（基数为0）", ClaimVerdict.Undefined(Stations, 0, UndefinedReason.ZeroBase, null).ToString("zh", null));
    }

    [Fact]
    public void Unverifiable_SeveralMissing_ListsThemAll()
    {
        var verdict = ClaimVerdict.Unverifiable(Stations, 0, ["站点数", "2016-01/2020-10"]);
        Assert.Equal(ClaimVerdictKind.Unverifiable, verdict.Kind);
        Assert.Equal(new[] { "站点数", "2016-01/2020-10" }, verdict.Missing);
        Assert.Null(verdict.Value);
        Assert.Equal("站点 1725个：无法核验：缺少站点数、2016-01/2020-10", verdict.ToString("zh", null));
        Assert.Equal("站点 1725个: unverifiable: missing 站点数, 2016-01/2020-10", verdict.ToString("en", null));
    }

    [Fact]
    public void HoldsOnEarlierVintageOnly_BothValuesOrNone_SaysEach()
    {
        var verdict = ClaimVerdict.HoldsOnEarlierVintageOnly(Stations, 0, 1725m, 1731m, Year);
        Assert.Equal(ClaimVerdictKind.HoldsOnEarlierVintageOnly, verdict.Kind);
        Assert.Equal(1725m, verdict.Value);
        Assert.Equal(1731m, verdict.RevisedValue);
        Assert.Equal(Year, verdict.Period);
        Assert.Equal("站点 1725个：仅与初次公布数据相符（初次1725，修订后1731）", verdict.ToString("zh", null));
        Assert.Equal("站点 1725个: holds on the data as first published (1725) but not as revised (1731)", verdict.ToString("en", null));
        var none = ClaimVerdict.HoldsOnEarlierVintageOnly(Stations, 0, null, null, null);
        Assert.Equal("站点 1725个：仅与初次公布数据相符（初次—，修订后—）", none.ToString("zh", null));
        Assert.Equal("站点 1725个: holds on the data as first published (—) but not as revised (—)", none.ToString("en", null));
    }

    [Fact]
    public void ToString_Formats_PickTheLanguage()
    {
        var verdict = ClaimVerdict.Holds(Stations, 0, null, null);
        Assert.Equal(verdict.ToString("en", null), verdict.ToString());
        Assert.Equal("站点 1725个：成立", verdict.ToString("G", CultureInfo.GetCultureInfo("zh-CN")));
        Assert.Equal("站点 1725个：成立", verdict.ToString(null, CultureInfo.GetCultureInfo("zh-CN")));
        Assert.Equal("站点 1725个: holds", verdict.ToString("", CultureInfo.InvariantCulture));
        Assert.Throws<FormatException>(() => verdict.ToString("x", null));
        Assert.Throws<FormatException>(() => verdict.FormatValue("x", null));
        Assert.Throws<FormatException>(() => ClaimVerdict.Holds(Stations, 0, 1725m, null).FormatValue("x", null));
    }

    [Fact]
    public void Factories_SecondSubject_TakeItsFigure()
    {
        var verdict = ClaimVerdict.Holds(Pair, 1, 191_400m, null);
        Assert.Equal(1, verdict.SubjectIndex);
        Assert.Equal("服务", verdict.Subject.Text);
        Assert.Equal(PublishedFigure.Parse("19万余次"), verdict.Figure);
    }

    [Fact]
    public void Factories_BadArguments_ThrowNamingTheArgument()
    {
        var one = new[] { new ClaimReading(ClaimReadingKind.WholePlan, Year, 1m, true) };
        var ambiguous = Assert.Throws<ArgumentException>(() => ClaimVerdict.Ambiguous(Stations, 0, one));
        Assert.Equal("readings", ambiguous.ParamName);
        Assert.Contains("had 1", ambiguous.Message, StringComparison.Ordinal);
        Assert.Equal("readings", Assert.Throws<ArgumentNullException>(() => ClaimVerdict.Ambiguous(Stations, 0, null!)).ParamName);
        var undefined = Assert.Throws<ArgumentException>(() => ClaimVerdict.Undefined(Stations, 0, UndefinedReason.None, null));
        Assert.Equal("reason", undefined.ParamName);
        Assert.Contains("None", undefined.Message, StringComparison.Ordinal);
        Assert.Equal("missing", Assert.Throws<ArgumentException>(() => ClaimVerdict.Unverifiable(Stations, 0, Array.Empty<string>())).ParamName);
        Assert.Equal("missing", Assert.Throws<ArgumentException>(() => ClaimVerdict.Unverifiable(Stations, 0, ["a", ""])).ParamName);
        Assert.Equal("missing", Assert.Throws<ArgumentNullException>(() => ClaimVerdict.Unverifiable(Stations, 0, null!)).ParamName);
        Assert.Equal("claim", Assert.Throws<ArgumentNullException>(() => ClaimVerdict.Holds(null!, 0, null, null)).ParamName);
        Assert.Equal("index", Assert.Throws<ArgumentOutOfRangeException>(() => ClaimVerdict.Holds(Stations, 1, null, null)).ParamName);
        Assert.Equal("index", Assert.Throws<ArgumentOutOfRangeException>(() => ClaimVerdict.Contradicted(Stations, -1, null, null, null)).ParamName);
        Assert.Equal("a", Assert.Single(ClaimVerdict.Unverifiable(Stations, 0, ["a"]).Missing));
        Assert.Equal(2, ClaimVerdict.Ambiguous(Stations, 0, [one[0], one[0]]).Readings.Count);
    }
}
