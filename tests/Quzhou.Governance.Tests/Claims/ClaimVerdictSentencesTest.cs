using System;
using System.Globalization;
using NodaTime;
using Quzhou.Governance.Claims;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Periods;
using Xunit;

namespace Quzhou.Governance.Tests.Claims;

/// <summary>The verdict sentences' parts that the interview's figures do not reach: a month's period in ISO form, a
/// plan's whole-span reading that fits, readings of mixed measures, a points figure on the earlier vintage only, the
/// culture-free <see cref="ClaimVerdict.ToString()"/>, and the words of the argument checks.</summary>
public class ClaimVerdictSentencesTest
{
    private static readonly CalendarPeriod October = CalendarPeriod.ForMonth(new YearMonth(2025, 10));

    private static Claim Sites => InterviewClaims.Claim("sites", ClaimKind.Count, [InterviewClaims.Subject(InterviewIndicators.LegalServiceStations, "站点")], ["1725个"], ClaimBase.None);

    private static Claim ClosureChange(ClaimKind kind, string figure) =>
        InterviewClaims.Claim("closure", kind, [InterviewClaims.Subject(InterviewIndicators.EnforcementClosureRate, "执结率")], [figure], ClaimBase.AgainstPlan(FiveYearPlan.FromOrdinal(13)));

    [Fact]
    public void English_MonthPeriod_IsWrittenInIsoForm()
    {
        Assert.Equal("站点 1725个: holds (recomputed 1725 over 2025-10)", ClaimVerdict.Holds(Sites, 0, 1725m, October).ToString("en", null));
        Assert.Equal("站点 1725个: holds (over 2025-10)", ClaimVerdict.Holds(Sites, 0, null, October).ToString("en", null));
        Assert.Equal("站点 1725个: contradicted: the data give 1731 over 2025-10", ClaimVerdict.Contradicted(Sites, 0, 1731m, null, October).ToString("en", null));
        Assert.Equal("站点 1725个：成立（重算值1725，2025年10月）", ClaimVerdict.Holds(Sites, 0, 1725m, October).ToString("zh", null));
    }

    [Fact]
    public void Ambiguous_WholePlanReadingFits_NamedInEachLanguage()
    {
        var readings = new[] { new ClaimReading(ClaimReadingKind.WholePlan, October, 1725m, true), new ClaimReading(ClaimReadingKind.SameSpan, October, 1700m, false) };
        var verdict = ClaimVerdict.Ambiguous(Sites, 0, readings);
        Assert.Equal("站点 1725个：有歧义：与上一规划全期相比计为1725，相符", verdict.ToString("zh", null));
        Assert.Equal("站点 1725个: ambiguous: against the whole previous plan: 1725 fits", verdict.ToString("en", null));
    }

    [Fact]
    public void Ambiguous_OneReadingInPointsAndOneAsWorded_StillSummarisesTheMeasures()
    {
        // Only some readings carry a measure: the summary is still given (none of the measured readings fits).
        var readings = new[]
        {
            new ClaimReading(ClaimReadingKind.WholePlan, ClaimReadingKind.AsWorded, October, 11.53m, true),
            new ClaimReading(ClaimReadingKind.SameSpan, ClaimReadingKind.PercentagePoints, October, 9m, false),
        };
        var verdict = ClaimVerdict.Ambiguous(ClosureChange(ClaimKind.RelativeChange, "提升11.53%"), 0, readings);
        Assert.Equal("执结率 提升11.53%：有歧义：按百分点和按百分比均不成立；与上一规划全期相比计为11.53%（11.5300），相符", verdict.ToString("zh", null));
        Assert.Equal("执结率 提升11.53%: ambiguous: neither 11.53 percentage points nor 11.53 percent fits; against the whole previous plan: 11.53% (11.5300) fits", verdict.ToString("en", null));
    }

    [Fact]
    public void HoldsOnEarlierVintageOnly_PointsFigure_EachValueInTheSentencesLanguage()
    {
        var verdict = ClaimVerdict.HoldsOnEarlierVintageOnly(ClosureChange(ClaimKind.PercentagePointChange, "提升11.5个百分点"), 0, 11.53m, 11.2m, null);
        Assert.Equal("执结率 提升11.5个百分点：仅与初次公布数据相符（初次11.5个百分点（11.530），修订后11.2个百分点（11.200））", verdict.ToString("zh", null));
        Assert.Equal("执结率 提升11.5个百分点: holds on the data as first published (11.5 percentage points (11.530)) but not as revised (11.2 percentage points (11.200))", verdict.ToString("en", null));
    }

    [Fact]
    public void ToString_NoFormat_IsEnglishWhateverTheCurrentCulture()
    {
        var verdict = ClaimVerdict.Holds(Sites, 0, 1725m, October);
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("zh-CN");
            Assert.Equal("站点 1725个: holds (recomputed 1725 over 2025-10)", verdict.ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Factories_IndexOutsideTheSubjects_SayTheRange()
    {
        var above = Assert.Throws<ArgumentOutOfRangeException>(() => ClaimVerdict.Holds(Sites, 1, null, null));
        Assert.Equal("index", above.ParamName);
        Assert.Equal(1, above.ActualValue);
        Assert.StartsWith("Value should be in range [0-0]", above.Message, StringComparison.Ordinal);
        var below = Assert.Throws<ArgumentOutOfRangeException>(() => ClaimVerdict.HoldsOnEarlierVintageOnly(Sites, -1, null, null, null));
        Assert.Equal(-1, below.ActualValue);
        Assert.StartsWith("Value should be in range [0-0]", below.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unverifiable_NothingNamed_SaysSo()
    {
        var error = Assert.Throws<ArgumentException>(() => ClaimVerdict.Unverifiable(Sites, 0, [string.Empty]));
        Assert.Equal("missing", error.ParamName);
        Assert.StartsWith("An unverifiable claim names what is missing.", error.Message, StringComparison.Ordinal);
    }
}
