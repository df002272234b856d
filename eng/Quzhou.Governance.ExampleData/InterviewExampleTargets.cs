using System.Collections.Generic;
using System.IO;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Data;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Periods;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.ExampleData;

/// <summary>
/// Illustrative 十四五 (2021–2025) targets for a few of the interview's indicators in 衢州市, beside the bundled
/// example data (examples/review/quzhou-targets.csv). They are not the city's published plan: each base is the
/// example data's 2020 value, each target chosen so that the review shows a mix on the data through 2025-10 —
/// targets already met, targets on track (时间过半、任务过半) and targets behind the time elapsed.
/// </summary>
public static class InterviewExampleTargets
{
    /// <summary>The note the file begins with (a <c>#</c> line, not read as a target).</summary>
    public const string Note = "# Illustrative targets for the bundled example — not the city's published plan (示意性目标，并非衢州市公布的规划目标); bases are the example data's 2020 values.";

    /// <summary>The targets, in the file's order.</summary>
    /// <returns>Six targets of the 14th Five-Year Plan in 330800.</returns>
    public static IReadOnlyList<DataSetTarget> Build()
    {
        var plan = FiveYearPlan.FromOrdinal(14);
        var region = RegionCode.Quzhou;
        return
        [
            // Met: 4,282 organisations at 2025-10 against 4,000.
            new(region, PlanTarget.AtLeast(plan, InterviewIndicators.SocialOrganisations, 2742, 4000, TargetCommitment.Expected)),
            // Met: 100% online in 2025-10 against 95%.
            new(region, PlanTarget.AtLeast(plan, InterviewIndicators.OnlineServiceRate, new Percentage(83.56m), new Percentage(95m), TargetCommitment.Binding)),
            // On track: 193,456 services of 200,000 (96.73%) in 58 of 60 months (96.67%).
            new(region, PlanTarget.Cumulative(plan, InterviewIndicators.LegalServices, 200_000, TargetCommitment.Expected)),
            // On track: 11,028 cases in 2024, 99.4% of the way from 15,622 to 11,000, in 48 of 60 months.
            new(region, PlanTarget.AtMost(plan, InterviewIndicators.CriminalCases, 15_622, 11_000, TargetCommitment.Expected)),
            // Behind: 1,725 stations at 2025-10, 88.9% of the way from 1,123 to 1,800, in 58 of 60 months.
            new(region, PlanTarget.AtLeast(plan, InterviewIndicators.LegalServiceStations, 1123, 1800, TargetCommitment.Expected)),
            // Behind: 235 deaths in 2024, 74.5% of the way from 337 to 200, in 48 of 60 months.
            new(region, PlanTarget.AtMost(plan, InterviewIndicators.RoadTrafficDeaths, 337, 200, TargetCommitment.Binding)),
        ];
    }

    /// <summary>The targets file: the note, then the targets as <see cref="PlanTargetsCsv.Write"/> writes them.</summary>
    /// <returns>The text of examples/review/quzhou-targets.csv (without its byte-order mark).</returns>
    public static string ToCsv()
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        writer.Write(Note);
        writer.Write("\r\n");
        PlanTargetsCsv.Write(Build(), writer);
        return writer.ToString();
    }
}
