using System.Globalization;
using NodaTime;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Quantities;
using Xunit;

namespace Quzhou.Governance.Tests.Calculations;

/// <summary>Progress towards a plan target in Chinese words.</summary>
public partial class TargetProgressTest
{
    [Fact]
    public void ToString_Chinese_SaysShareTimeAndPace()
    {
        var progress = Accidents.ProgressAt(130, new YearMonth(2023, 6));
        Assert.Equal("已完成49.15%，时间进度50.00%（60个月中的30个月）：进度滞后", progress.ToString("zh", null));
        Assert.Equal(progress.ToString("zh", null), progress.ToString(null, CultureInfo.GetCultureInfo("zh-CN")));
        Assert.Equal(progress.ToString(), progress.ToString("G", null));
        Assert.EndsWith("：进度达标", Accidents.ProgressAt(100, new YearMonth(2023, 6)).ToString("zh", null), System.StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_ChineseUndefined_SaysTheTrueReason()
    {
        var target = PlanTarget.AverageAnnualGrowth(Fourteenth, InterviewIndicators.LegalServices, 500, 0.05m, TargetCommitment.Expected);
        Assert.StartsWith("完成比例无法计算（本期值为0）", target.ProgressAt(0, new YearMonth(2022, 12)).ToString("zh", null), System.StringComparison.Ordinal);
        Assert.Equal("完成比例无法计算（时段内无数据期），时间进度0.00%（60个月中的0个月）：进度无法判定", Accidents.NoDataYet().ToString("zh", null));
        Assert.Equal(UndefinedReason.EmptySpan, Accidents.NoDataYet().Reason);
    }
}
