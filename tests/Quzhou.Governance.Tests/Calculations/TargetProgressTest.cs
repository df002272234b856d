using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Periods;
using Quzhou.Governance.Quantities;
using Xunit;

namespace Quzhou.Governance.Tests.Calculations;

public partial class TargetProgressTest
{
    private static readonly FiveYearPlan Fourteenth = FiveYearPlan.FromOrdinal(14);

    private static PlanTarget Accidents => PlanTarget.AtMost(Fourteenth, InterviewIndicators.ProductionSafetyAccidents, 159, 100, TargetCommitment.Binding);

    [Fact]
    public void ProgressAt_CeilingHalfwayWith130_IsBehind()
    {
        // 159 → at most 100; by 2023-06 (30 of 60 months) down to 130: 29 of 59 = 49.15% < 50%.
        var progress = Accidents.ProgressAt(130, new YearMonth(2023, 6));
        Assert.Equal(30, progress.MonthsElapsed);
        Assert.Equal(30, progress.MonthsRemaining);
        Assert.Equal(0.5m, progress.ElapsedShare);
        Assert.Equal(50m, progress.ToElapsedPercent(0));
        Assert.Equal(49.15m, progress.ToAchievedPercent(2));
        Assert.Equal(29m / 59m, progress.AchievedShare);
        Assert.Equal(130m, progress.Current);
        Assert.False(progress.IsOnTrack);
        Assert.False(progress.IsTargetMet);
        Assert.True(progress.IsDefined);
        Assert.Equal("achieved 49.15% in 50.00% of the time (30 of 60 months): behind", progress.ToString());

        // (100 / 130)^(12/30) − 1: −9.96% a year for the remaining 2½ years.
        var needed = progress.RequiredAnnualGrowth!.Value;
        Assert.Equal(-9.96m, needed.ToPercent(2));
        Assert.Equal(-0.0996265936752927m, Math.Round(needed.Rate, 16));
        Assert.Equal(3, needed.Years);
    }

    [Fact]
    public void ProgressAt_CeilingHalfwayWith129_IsOnTrack()
    {
        var progress = Accidents.ProgressAt(129, new YearMonth(2023, 6));
        Assert.Equal(50.85m, progress.ToAchievedPercent(2));
        Assert.True(progress.IsOnTrack);
        Assert.EndsWith(": on track", progress.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ProgressAt_BeyondTheTarget_ShareAboveHundredPercentNotClamped()
    {
        var progress = Accidents.ProgressAt(90, new YearMonth(2022, 12));
        Assert.Equal(116.95m, progress.ToAchievedPercent(2));
        Assert.True(progress.IsTargetMet);
        Assert.True(progress.IsOnTrack);
        Assert.True(progress.RequiredAnnualGrowth!.Value.Rate > 0); // it may rise again and still meet the ceiling
    }

    [Fact]
    public void ProgressAt_MovingAway_ShareNegative()
    {
        var progress = Accidents.ProgressAt(170, new YearMonth(2021, 12));
        Assert.Equal(-18.64m, progress.ToAchievedPercent(2));
        Assert.False(progress.IsOnTrack);
    }

    [Fact]
    public void ProgressAt_RateTarget95To98_OnTrackAtTheBoundary()
    {
        // 2023 in full: 36 of 60 months = 60%; 96.8% is 1.8 of 3 points = 60%: exactly on track.
        var target = PlanTarget.AtLeast(Fourteenth, InterviewIndicators.LocalDisputeResolutionRate, new Percentage(95m), new Percentage(98m), TargetCommitment.Expected);
        var onTrack = target.ProgressAt(new Percentage(96.8m), new YearMonth(2023, 12));
        Assert.Equal(0.6m, onTrack.AchievedShare);
        Assert.Equal(0.6m, onTrack.ElapsedShare);
        Assert.True(onTrack.IsOnTrack);
        Assert.Equal(0.62m, onTrack.RequiredAnnualGrowth!.Value.ToPercent(2)); // (98 / 96.8)^(1/2) − 1
        Assert.Equal(2, onTrack.RequiredAnnualGrowth!.Value.Years);

        var behind = target.ProgressAt(new Percentage(96.7m), new YearMonth(2023, 12));
        Assert.False(behind.IsOnTrack);
        Assert.Equal(56.67m, behind.ToAchievedPercent(2));
    }

    [Fact]
    public void ProgressAt_GrowthFivePercent_CompoundShare()
    {
        // 3,200,000 growing 5% a year: 3,704,400 after three years, 60% of the compound growth.
        var target = PlanTarget.AverageAnnualGrowth(Fourteenth, InterviewIndicators.LegalServices, 3_200_000, 0.05m, TargetCommitment.Expected);
        var exact = target.ProgressAt(3_704_400, new YearMonth(2023, 12));
        Assert.True(exact.IsOnTrack);
        Assert.Equal(60m, exact.ToAchievedPercent(18));
        Assert.False(exact.IsTargetMet);
        Assert.Equal(5m, exact.RequiredAnnualGrowth!.Value.ToPercent(18));

        var short1 = target.ProgressAt(3_704_399, new YearMonth(2023, 12));
        Assert.False(short1.IsOnTrack);
        Assert.True(short1.AchievedShare < 0.6m);

        // Linear would say (3,704,400 − 3,200,000) / (4,084,101 − 3,200,000) = 57.05%; compound says 60%.
        Assert.Equal(57.05m, Math.Round((3_704_400m - 3_200_000m) / (4_084_101m - 3_200_000m) * 100m, 2));
        Assert.True(target.ProgressAt(4_084_101, new YearMonth(2025, 12)).IsTargetMet);
    }

    [Fact]
    public void ProgressAt_GrowthMidYear_ComparesWithFractionalYears()
    {
        // 18 months at 5% a year: 3,200,000 × 1.05^1.5 = 3,442,975.457…, so 3,442,975 is behind and 3,442,976 on track.
        var target = PlanTarget.AverageAnnualGrowth(Fourteenth, InterviewIndicators.LegalServices, 3_200_000, 0.05m, TargetCommitment.Expected);
        Assert.False(target.ProgressAt(3_442_975, new YearMonth(2022, 6)).IsOnTrack);
        Assert.True(target.ProgressAt(3_442_976, new YearMonth(2022, 6)).IsOnTrack);
        Assert.Equal(30.00m, target.ProgressAt(3_442_976, new YearMonth(2022, 6)).ToAchievedPercent(2));
    }

    [Fact]
    public void ProgressAt_FallingGrowthTarget_OnTrackWhenLowEnough()
    {
        var target = PlanTarget.AverageAnnualGrowth(Fourteenth, InterviewIndicators.Thefts, 10_000, -0.1m, TargetCommitment.Expected);
        Assert.Equal(5_904.9m, target.TargetValue);
        Assert.True(target.ProgressAt(8_100, new YearMonth(2022, 12)).IsOnTrack);
        Assert.False(target.ProgressAt(8_101, new YearMonth(2022, 12)).IsOnTrack);
        Assert.Equal(40m, target.ProgressAt(8_100, new YearMonth(2022, 12)).ToAchievedPercent(10));
    }

    [Fact]
    public void ProgressAt_ZeroGrowthTarget_HoldIsOnTrackWithoutShare()
    {
        var target = PlanTarget.AverageAnnualGrowth(Fourteenth, InterviewIndicators.LegalServices, 500, 0m, TargetCommitment.Expected);
        var progress = target.ProgressAt(500, new YearMonth(2022, 12));
        Assert.Equal(UndefinedReason.ZeroDenominator, progress.Reason);
        Assert.True(progress.IsOnTrack);
        Assert.False(target.ProgressAt(499, new YearMonth(2022, 12)).IsOnTrack);
    }

    [Fact]
    public void ProgressAt_GrowthDownToZero_ShareUndefinedZeroCurrent()
    {
        var target = PlanTarget.AverageAnnualGrowth(Fourteenth, InterviewIndicators.LegalServices, 500, 0.05m, TargetCommitment.Expected);
        var progress = target.ProgressAt(0, new YearMonth(2022, 12));
        Assert.Equal(UndefinedReason.ZeroCurrent, progress.Reason);
        Assert.False(progress.IsDefined);
        Assert.Null(progress.ToAchievedPercent(2));
        Assert.Throws<InvalidOperationException>(() => progress.AchievedShare);
        Assert.False(progress.IsOnTrack);
        Assert.Equal(UndefinedReason.ZeroCurrent, progress.RequiredAnnualGrowth!.Value.Reason);
        Assert.StartsWith("share undefined (ZeroCurrent)", progress.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ProgressAt_ZeroBase_LevelIsLinearFromNothing()
    {
        var target = PlanTarget.AtLeast(Fourteenth, InterviewIndicators.SocialOrganisations, 0, 40, TargetCommitment.Expected);
        var progress = target.ProgressAt(20, new YearMonth(2023, 6));
        Assert.Equal(0.5m, progress.AchievedShare);
        Assert.True(progress.IsOnTrack);

        var none = target.ProgressAt(0, new YearMonth(2023, 6));
        Assert.Equal(0m, none.AchievedShare);
        Assert.Equal(UndefinedReason.ZeroCurrent, none.RequiredAnnualGrowth!.Value.Reason);
    }

    [Fact]
    public void ProgressAt_HoldAtZero_ZeroDenominatorButJudged()
    {
        // 较大及以上生产安全事故 “0”: base 0, at most 0.
        var target = PlanTarget.AtMost(Fourteenth, InterviewIndicators.MajorProductionSafetyAccidents, 0, 0, TargetCommitment.Binding);
        var held = target.ProgressAt(0, new YearMonth(2025, 10));
        Assert.Equal(UndefinedReason.ZeroDenominator, held.Reason);
        Assert.True(held.IsOnTrack);
        Assert.True(held.IsTargetMet);
        var broken = target.ProgressAt(1, new YearMonth(2025, 10));
        Assert.False(broken.IsOnTrack);
        Assert.Equal(-100m, broken.RequiredAnnualGrowth!.Value.ToPercent(0));
    }

    [Fact]
    public void ProgressAt_PlanOver_NoRequiredGrowth()
    {
        var progress = Accidents.ProgressAt(99, new YearMonth(2025, 12));
        Assert.Equal(60, progress.MonthsElapsed);
        Assert.Equal(0, progress.MonthsRemaining);
        Assert.Null(progress.RequiredAnnualGrowth);
        Assert.True(progress.IsTargetMet);
    }

    [Fact]
    public void ProgressAt_Cumulative_TotalAgainstTime()
    {
        var target = PlanTarget.Cumulative(Fourteenth, InterviewIndicators.LegalServices, 5000, TargetCommitment.Expected);
        var progress = target.ProgressAt(3000, new YearMonth(2023, 6));
        Assert.Equal(0.6m, progress.AchievedShare);
        Assert.True(progress.IsOnTrack);
        Assert.False(progress.IsTargetMet);
        Assert.Null(progress.RequiredAnnualGrowth);
        Assert.False(target.ProgressAt(2499, new YearMonth(2023, 6)).IsOnTrack);
        Assert.Equal(1.2m, target.ProgressAt(6000, new YearMonth(2025, 12)).AchievedShare);
    }

    [Fact]
    public void NoDataYet_IsUndefinedEmptySpan()
    {
        var progress = Accidents.NoDataYet();
        Assert.Equal(UndefinedReason.EmptySpan, progress.Reason);
        Assert.Equal(0, progress.MonthsElapsed);
        Assert.Null(progress.Current);
        Assert.Null(progress.IsOnTrack);
        Assert.Null(progress.IsTargetMet);
        Assert.Null(progress.RequiredAnnualGrowth);
        Assert.Equal("share undefined (EmptySpan) in 0.00% of the time (0 of 60 months): undetermined", progress.ToString());
    }

    [Fact]
    public void Percent_DecimalsOutOfRange_Throws()
    {
        var progress = Accidents.ProgressAt(130, new YearMonth(2023, 6));
        Assert.Throws<ArgumentOutOfRangeException>(() => progress.ToAchievedPercent(21));
        Assert.Throws<ArgumentOutOfRangeException>(() => progress.ToElapsedPercent(-1));
    }

    [Fact]
    public void Equals_SameInputs_Equal()
    {
        var a = Accidents.ProgressAt(130, new YearMonth(2023, 6));
        var b = Accidents.ProgressAt(130, new YearMonth(2023, 6));
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, Accidents.ProgressAt(130, new YearMonth(2023, 7)));
        Assert.False(a.Equals((object?)null));
    }

    [Property]
    public Property LevelProgress_IsLinear_HalfwayIsHalf()
    {
        var gen = Gen.Choose(0, 1_000_000).SelectMany(b => Gen.Choose(1, 500_000).SelectMany(k => Gen.Elements(true, false).Select(up => (b, k, up))));
        return Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var (b, k, up) = c;
            var baseValue = up ? b : b + (2L * k);
            var targetValue = up ? b + (2L * k) : b;
            var target = up
                ? PlanTarget.AtLeast(Fourteenth, InterviewIndicators.SocialOrganisations, baseValue, targetValue, TargetCommitment.Expected)
                : PlanTarget.AtMost(Fourteenth, InterviewIndicators.SocialOrganisations, baseValue, targetValue, TargetCommitment.Expected);
            var half = target.ProgressAt(b + k, new YearMonth(2023, 6));
            var quarter = target.ProgressAt(up ? b + (k / 2) : b + (2L * k) - (k / 2), new YearMonth(2023, 6));
            return half.AchievedShare == 0.5m && half.IsOnTrack == true
                && (k % 2 != 0 || (quarter.AchievedShare == 0.25m && quarter.IsOnTrack == false));
        });
    }

    [Property]
    public Property GrowingAtTheTargetRate_IsExactlyOnTrack()
    {
        // g = n/1000 and base = k·10¹⁵ make base·(1 + g)^t a whole number for t ≤ 5.
        var gen = Gen.Choose(-200, 500).Where(n => n != 0).SelectMany(n => Gen.Choose(1, 9).SelectMany(k => Gen.Choose(1, 5).Select(t => (n, k, t))));
        return Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var (n, k, t) = c;
            var rate = n / 1000m;
            var baseValue = k * 1_000_000_000_000_000L;
            var target = PlanTarget.AverageAnnualGrowth(Fourteenth, InterviewIndicators.LegalServices, baseValue, rate, TargetCommitment.Binding);
            var level = baseValue * DecimalPower(1m + rate, t);
            var month = new YearMonth(2020 + t, 12);
            var exact = target.ProgressAt((long)level, month);
            var worse = target.ProgressAt((long)level - Math.Sign(n), month);
            var share = exact.AchievedShare;
            return level == decimal.Truncate(level)
                && exact.IsOnTrack == true && worse.IsOnTrack == false
                && Math.Abs(share - (t / 5m)) <= 1e-20m
                && (t < 5 || exact.IsTargetMet == true);
        });
    }

    [Property]
    public Property RequiredGrowth_OverTheRemainingYears_ReachesTheTarget()
    {
        var gen = Gen.Choose(0, 1_000_000).SelectMany(t => Gen.Choose(1, 10_000_000).SelectMany(c => Gen.Choose(2021, 2024).Select(y => (t, c, y))));
        return Prop.ForAll(gen.ToArbitrary(), x =>
        {
            var (targetValue, current, year) = x;
            var target = PlanTarget.AtMost(Fourteenth, InterviewIndicators.Thefts, 1_000_001, targetValue, TargetCommitment.Binding);
            var needed = target.ProgressAt(current, new YearMonth(year, 12)).RequiredAnnualGrowth!.Value;
            var years = 2025 - year;
            var reached = current * DecimalPower(1m + needed.Rate, years);
            return needed.Years == years
                && (targetValue == 0 ? reached == 0 : Math.Abs((reached / targetValue) - 1m) <= 1e-10m);
        });
    }

    private static decimal DecimalPower(decimal value, int exponent)
    {
        decimal result = 1;
        for (var i = 0; i < exponent; i++)
        {
            result *= value;
        }

        return result;
    }
}
