using System.IO;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Periods;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.Data.Tests;

/// <summary>Laws: plan targets saved as a targets CSV, or in a data set's JSON, load back equal.</summary>
public class PlanTargetsProperties
{
    private static readonly QuantityIndicator[] Quantities =
    {
        InterviewIndicators.TelecomFraudCases,
        InterviewIndicators.TelecomFraudLosses,
        InterviewIndicators.LegalServiceStations,
    };

    private static readonly RegionCode[] Regions = { RegionCode.Quzhou, RegionCode.Huangshan, RegionCode.FromValue(330802) };

    private static Gen<PlanTarget> QuantityTargetGen =>
        from plan in Gen.Choose(13, 15)
        from indicator in Gen.Elements(Quantities)
        from kind in Gen.Choose(0, 3)
        from baseValue in Gen.Choose(1, int.MaxValue)
        from step in Gen.Choose(0, int.MaxValue)
        from rate in Gen.Choose(-9_900, 100_000)
        from commitment in Gen.Elements(TargetCommitment.Expected, TargetCommitment.Binding)
        select MakeQuantity(FiveYearPlan.FromOrdinal(plan), indicator, kind, baseValue, step, rate / 10_000m, commitment);

    private static Gen<PlanTarget> RateTargetGen =>
        from plan in Gen.Choose(13, 15)
        from low in Gen.Choose(0, 10_000)
        from high in Gen.Choose(0, 10_000)
        from decimals in Gen.Choose(0, 2)
        from atMost in Gen.Elements(false, true)
        from commitment in Gen.Elements(TargetCommitment.Expected, TargetCommitment.Binding)
        select MakeRate(FiveYearPlan.FromOrdinal(plan), low, high, decimals, atMost, commitment);

    private static Gen<DataSetTarget> TargetGen =>
        from region in Gen.Elements(Regions)
        from target in Gen.OneOf(QuantityTargetGen, RateTargetGen)
        select new DataSetTarget(region, target);

    /// <summary>Targets one per plan, indicator and region (a later one of the same key is dropped).</summary>
    private static Gen<DataSetTarget[]> TargetsGen =>
        TargetGen.ListOf().Select(list => list.GroupBy(t => (t.Plan, t.Key)).Select(g => g.First()).ToArray());

    [Property(MaxTest = 200)]
    public Property Csv_SaveThenLoad_IsEqual() => Prop.ForAll(
        TargetsGen.ToArbitrary(),
        targets =>
        {
            var writer = new StringWriter();
            PlanTargetsCsv.Write(targets, writer);
            return PlanTargetsCsv.Read(new StringReader(writer.ToString()), "generated-targets.csv", IndicatorCatalog.Interview).SequenceEqual(targets);
        });

    [Property(MaxTest = 100)]
    public Property Json_DataSetWithTargets_SaveThenLoadIsEqual() => SaveThenLoadIsEqual(
        DataSetJson.Write,
        bytes => DataSetJson.Read(new MemoryStream(bytes), "generated.json", IndicatorCatalog.Interview));

    [Property(MaxTest = 30)]
    public Property Xlsx_DataSetWithTargets_SaveThenLoadIsEqual() => SaveThenLoadIsEqual(
        DataSetXlsx.Write,
        bytes => DataSetXlsx.Read(new MemoryStream(bytes), "generated.xlsx", IndicatorCatalog.Interview));

    /// <summary>A data set with targets, written then read in one format, is equal with the same targets.</summary>
    private static Property SaveThenLoadIsEqual(System.Action<DataSet, Stream, DataSetLayout> write, System.Func<byte[], DataSet> read) => Prop.ForAll(
        DataSetCsvProperties.DataSetGen.ToArbitrary(),
        TargetsGen.ToArbitrary(),
        (data, targets) =>
        {
            var withTargets = data.WithTargets(targets);
            var stream = new MemoryStream();
            write(withTargets, stream, DataSetLayout.Long);
            var loaded = read(stream.ToArray());
            return loaded.Equals(withTargets) && loaded.Targets.SequenceEqual(withTargets.Targets);
        });

    private static PlanTarget MakeQuantity(FiveYearPlan plan, QuantityIndicator indicator, int kind, long baseValue, long step, decimal rate, TargetCommitment commitment) => kind switch
    {
        0 => PlanTarget.AtLeast(plan, indicator, baseValue, baseValue + step, commitment),
        1 => PlanTarget.AtMost(plan, indicator, baseValue, baseValue * (step % 101) / 100, commitment),
        2 when indicator.MeasureKind == MeasureKind.Flow => PlanTarget.Cumulative(plan, indicator, baseValue + step, commitment),
        _ => PlanTarget.AverageAnnualGrowth(plan, indicator, baseValue, rate, commitment),
    };

    private static PlanTarget MakeRate(FiveYearPlan plan, int low, int high, int decimals, bool atMost, TargetCommitment commitment)
    {
        var a = decimal.Round(System.Math.Min(low, high) / 100m, decimals, System.MidpointRounding.AwayFromZero);
        var b = decimal.Round(System.Math.Max(low, high) / 100m, decimals, System.MidpointRounding.AwayFromZero);
        var rate = InterviewIndicators.EnforcementClosureRate;
        return atMost
            ? PlanTarget.AtMost(plan, rate, new Percentage(b), new Percentage(a), commitment)
            : PlanTarget.AtLeast(plan, rate, new Percentage(a), new Percentage(b), commitment);
    }
}
