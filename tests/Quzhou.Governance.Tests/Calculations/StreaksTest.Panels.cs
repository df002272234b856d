using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Calculations;

/// <summary>Joint streaks over any number of panels, and the words of runs and streaks.</summary>
public partial class StreaksTest
{
    [Property]
    public Property YearOnYearDeclines_AnyNumberOfRegularPanels_EqualsSeries()
    {
        var gen = Gen.Choose(1, 4).SelectMany(k => Gen.Choose(1, 40).SelectMany(n =>
            Gen.ArrayOf(Gen.ArrayOf(Gen.Choose(0, 3).Select(x => (long)x), n), k)));
        return Prop.ForAll(gen.ToArbitrary(), rows =>
        {
            var start = M(2020, 1);
            var panels = rows.Select(r => SeriesPanel.FromValues(InterviewIndicators.Thefts, start, r.Length, r)).ToArray();
            var table = Streaks.YearOnYearDeclines(panels);
            var series = Streaks.YearOnYearDeclines(rows.Select(r => TestSeries.Monthly(InterviewIndicators.Thefts, start, r)).ToArray());
            return table.Count == 1 && table.SeriesCount == 1 && table[0] == series && table.Single() == series;
        });
    }

    [Fact]
    public void YearOnYearDeclines_ThreePanelsWithGap_EqualsSeries()
    {
        // 发案数、损失数、受害人数 “三下降”: a gap in one panel's series ends the joint run there.
        var (cases, losses) = DoubleDecline(lossGaps: new HashSet<SeriesPeriod> { M(2023, 3) });
        var victims = TestSeries.Build(InterviewIndicators.TelecomFraudCases, M(2019, 1), M(2025, 10), p => 900 - M(2019, 1).PeriodsUntil(p));
        var table = Streaks.YearOnYearDeclines(SeriesPanel.FromSeries(new[] { cases }), SeriesPanel.FromSeries(new[] { losses }), SeriesPanel.FromSeries(new[] { victims }));
        var series = Streaks.YearOnYearDeclines(cases, losses, victims);
        Assert.Equal(series, table[0]);
        Assert.Equal(RunEnd.MissingCurrent, series.Longest.EndedBy);
        Assert.Equal(UndefinedReason.MissingCurrent, series.Longest.Reason);
        Assert.Equal(M(2023, 3), series.Longest.EndedAt);
    }

    [Fact]
    public void YearOnYearDeclines_PanelArguments_NameThePanels()
    {
        var a = SeriesPanel.FromValues(InterviewIndicators.Thefts, M(2020, 1), 13, new long[13]);
        var b = SeriesPanel.FromValues(InterviewIndicators.Thefts, M(2020, 2), 13, new long[13]);
        Assert.Equal("panels", Assert.Throws<ArgumentNullException>(() => Streaks.YearOnYearDeclines((SeriesPanel[])null!)).ParamName);
        Assert.Equal("panels", Assert.Throws<ArgumentException>(() => Streaks.YearOnYearDeclines(Array.Empty<SeriesPanel>())).ParamName);
        Assert.Equal("panels", Assert.Throws<ArgumentException>(() => Streaks.YearOnYearDeclines(a, b)).ParamName);
        Assert.Equal("panels", Assert.Throws<ArgumentNullException>(() => Streaks.YearOnYearDeclines(a, null!)).ParamName);
        Assert.Equal("series", Assert.Throws<ArgumentOutOfRangeException>(() => Streaks.YearOnYearDeclines(a)[1]).ParamName);
    }

    [Fact]
    public void Run_ReasonOfEachEnd_IsTheUndefinedReason()
    {
        var (cases, losses) = DoubleDecline();
        var result = Streaks.YearOnYearDeclines(cases, losses);
        Assert.Equal(UndefinedReason.None, result.Current.Reason);
        Assert.Equal(UndefinedReason.NotComputed, default(Run).Reason);
        var statuses = new Dictionary<SeriesPeriod, ObservationStatus> { [M(2024, 5)] = ObservationStatus.BasisBreak };
        var (broken, _) = DoubleDecline(caseStatuses: statuses);
        var run = Streaks.YearOnYearDeclines(broken).Longest;
        Assert.Equal(RunEnd.BasisBreak, run.EndedBy);
        Assert.Equal(UndefinedReason.BasisBreak, run.Reason);
        var young = TestSeries.Monthly(InterviewIndicators.Thefts, M(2025, 1), 5, 4, 3);
        Assert.Equal(RunEnd.MissingBase, Streaks.YearOnYearDeclines(young).Current.EndedBy);
        Assert.Equal(UndefinedReason.MissingBase, Streaks.YearOnYearDeclines(young).Current.Reason);
    }

    [Fact]
    public void ToString_Chinese_SaysTheRunsInWords()
    {
        var zh = CultureInfo.GetCultureInfo("zh-CN");
        var (cases, losses) = DoubleDecline();
        var result = Streaks.YearOnYearDeclines(cases, losses);
        Assert.Equal("2021-01至2025-10，连续58期，持续至最新一期", result.Current.ToString("zh", null));
        Assert.Equal("最长：2021-01至2025-10，连续58期，持续至最新一期；当前：2021-01至2025-10，连续58期，持续至最新一期", result.ToString(null, zh));
        Assert.Equal(result.ToString(), result.ToString("G", null));
        Assert.Equal(result.Current.ToString(), result.Current.ToString(null, CultureInfo.InvariantCulture));
        var young = TestSeries.Monthly(InterviewIndicators.Thefts, M(2025, 1), 5, 4, 3);
        Assert.Equal("无（2025-03：下一期缺少基期数据）", Streaks.YearOnYearDeclines(young).Current.ToString("zh", null));
        Assert.Equal("未计算", default(Run).ToString("zh", null));
        Assert.Equal("最长：未计算；当前：未计算", default(Streak).ToString("zh", null));
    }
}
