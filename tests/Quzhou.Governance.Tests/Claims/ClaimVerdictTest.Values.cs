using System.Linq;
using Quzhou.Governance.Claims;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Periods;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Claims;

/// <summary>A verdict's value as printed (<see cref="ClaimVerdict.FormatValue"/>) in each unit and both languages: what
/// is printed whole, the unit's words, the decider in brackets.</summary>
public class ClaimVerdictValuesTest
{
    private static Claim Of(ClaimKind kind, string figure) =>
        InterviewClaims.Claim("claim", kind, [new ClaimSubject("分项")], [figure], kind is ClaimKind.Level or ClaimKind.Count ? ClaimBase.None : ClaimBase.YearOnYear);

    [Theory]
    [InlineData(ClaimKind.Level, "97%", "97", "97%（97.00）", "97% (97.00)")]
    [InlineData(ClaimKind.Level, "971.8‰", "971.8", "971.8‰（971.800）", "971.8‰ (971.800)")]
    [InlineData(ClaimKind.PercentagePointChange, "提高1.5个千分点", "1.5", "1.5个千分点（1.500）", "1.5 permille points (1.500)")]
    [InlineData(ClaimKind.PercentagePointChange, "提高1.5个百分点", "1.5", "1.5个百分点（1.500）", "1.5 percentage points (1.500)")]
    [InlineData(ClaimKind.Multiple, "增长1.5倍", "1.5", "1.5倍（1.500）", "1.5 times (1.500)")]
    [InlineData(ClaimKind.Multiple, "增长2倍", "2", "2倍（2.00）", "2 times (2.00)")]
    [InlineData(ClaimKind.Multiple, "增长3成", "3", "3成（3.00）", "3 tenths (3.00)")]
    [InlineData(ClaimKind.Level, "2.8", "2.85", "2.9（2.850）", "2.9 (2.850)")]
    [InlineData(ClaimKind.Count, "1725个", "1725", "1725", "1725")]
    [InlineData(ClaimKind.Count, "1725个", "1725.5", "1726（1725.50）", "1726 (1725.50)")]
    [InlineData(ClaimKind.Multiple, "翻一番", "2.1", "×2.10", "×2.10")]
    public void FormatValue_EachUnit_BothLanguages(ClaimKind kind, string figure, string value, string chinese, string english)
    {
        var verdict = ClaimVerdict.Holds(Of(kind, figure), 0, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), null);
        Assert.Equal(chinese, verdict.FormatValue("zh", null));
        Assert.Equal(english, verdict.FormatValue("en", null));
    }

    [Fact]
    public void FormatValue_TwentyDecimals_PrintedAtEighteenAndTheDeciderAtTwenty()
    {
        var verdict = ClaimVerdict.Holds(Of(ClaimKind.Level, "0.00000000000000000001"), 0, 0.00000000000000000001m, null);
        Assert.Equal("0.000000000000000000 (0.00000000000000000001)", verdict.FormatValue("en", null));
    }

    [Fact]
    public void FormatValue_DoublingChecked_ShowsTheFactorsFraction()
    {
        var builder = IndicatorSeries.CreateBuilder(InterviewIndicators.Thefts, Frequency.Month);
        for (var p = SeriesPeriod.Month(2016, 1); p <= SeriesPeriod.Month(2025, 10); p = p.Next())
        {
            builder.Add(p, p.Year <= 2020 ? 100 : 210);
        }

        var data = DataSet.CreateBuilder().AddSeries(RegionCode.Quzhou, builder.Build()).Build();
        var claim = InterviewClaims.Claim("thefts", ClaimKind.Multiple, [InterviewClaims.Subject(InterviewIndicators.Thefts, "盗窃案件")], ["翻一番"], ClaimBase.AgainstPlanSameSpan(FiveYearPlan.FromOrdinal(13)));
        var verdict = ClaimChecker.Check(claim, data).Single();
        Assert.Equal("×2.10（12180/5800）", verdict.FormatValue("zh", null));
        Assert.Equal("×2.10 (12180/5800)", verdict.FormatValue("en", null));
    }
}
