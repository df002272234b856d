using System;
using System.IO;
using System.Linq;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Data;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.ExampleData.Tests;

/// <summary>
/// The bundled example's illustrative plan targets (examples/review/quzhou-targets.csv): the committed file is the
/// generator's output, says it is illustrative, loads through <see cref="PlanTargetsCsv"/>, and on the bundled data
/// shows the mix it is built for — met, on track, behind.
/// </summary>
public class InterviewExampleTargetsTest
{
    private static string CommittedPath => Path.Combine(AppContext.BaseDirectory, "examples", "review", "quzhou-targets.csv");

    [Fact]
    public void Generator_Output_EqualsTheCommittedFile() => InterviewExampleDataTest.AssertCommitted(CommittedPath, InterviewExampleTargets.ToCsv());

    [Fact]
    public void CommittedFile_BeginsWithANoteThatTheTargetsAreIllustrative()
    {
        var first = File.ReadLines(CommittedPath).First().TrimStart('\uFEFF');
        Assert.StartsWith("# Illustrative targets", first, StringComparison.Ordinal);
        Assert.Contains("not the city's published plan", first, StringComparison.Ordinal);
        Assert.Contains("示意性目标", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_CommittedFile_EqualsTheBuiltTargets()
    {
        var loaded = PlanTargetsCsv.Load(CommittedPath);
        Assert.Equal(InterviewExampleTargets.Build(), loaded);
        Assert.All(loaded, t => Assert.Equal(14, t.Plan.Ordinal));
    }

    [Theory]
    [InlineData("participation.social-organisations", 58, true, true)]
    [InlineData("public-security.online-service-rate", 58, true, true)]
    [InlineData("legal-services.services", 58, true, false)]
    [InlineData("public-security.criminal-cases", 48, true, false)]
    [InlineData("legal-services.stations", 58, false, false)]
    [InlineData("road-traffic.deaths", 48, false, false)]
    public void Progress_OnTheBundledData_ShowsTheMixItIsBuiltFor(string code, int months, bool onTrack, bool met)
    {
        var data = InterviewExampleData.Build();
        var target = InterviewExampleTargets.Build().Single(t => t.Indicator.Code == code).Target;
        var progress = target.Indicator switch
        {
            RateIndicator rate => PlanTargets.Progress(target, data.GetRateSeries(rate, RegionCode.Quzhou)),
            QuantityIndicator flow when target.Kind != PlanTargetKind.Cumulative && flow.MeasureKind == MeasureKind.Flow =>
                PlanTargets.Progress(target, Yearly(data.GetSeries(flow, RegionCode.Quzhou))),
            QuantityIndicator quantity => PlanTargets.Progress(target, data.GetSeries(quantity, RegionCode.Quzhou)),
            _ => throw new InvalidOperationException(code),
        };
        Assert.Equal(months, progress.MonthsElapsed);
        Assert.Equal(onTrack, progress.IsOnTrack);
        Assert.Equal(met, progress.IsTargetMet);
    }

    /// <summary>A flow's whole years (its level is a year's total): 2016–2024 of the data through 2025-10.</summary>
    private static IndicatorSeries Yearly(IndicatorSeries monthly)
    {
        var yearly = Rollups.ToFrequency(monthly, Frequency.Year);
        return yearly.Slice(yearly.Start, yearly.End.Previous());
    }
}
