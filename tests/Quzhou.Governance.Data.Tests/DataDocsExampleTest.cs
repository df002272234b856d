using System;
using System.IO;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Data.Tests;

/// <summary>The code of docs/data.md, “from a CSV to a year-on-year table in ten lines”, run as written.</summary>
public class DataDocsExampleTest
{
    [Fact]
    public void YearOnYearTable_FromTheLongExample_PrintsEachMonth()
    {
        var output = new StringWriter();
        var path = Path.Combine(AppContext.BaseDirectory, "examples", "quzhou-long.csv");

        // docs/data.md: from here
        var data = DataSetCsv.Load(path);
        var fraud = data.GetSeries(InterviewIndicators.TelecomFraudCases, RegionCode.Quzhou);
        var table = Changes.YearOnYear(fraud);
        for (var period = table.Start; period <= table.End; period = period.PlusPeriods(1))
        {
            var change = table[period];
            output.WriteLine(change.IsDefined
                ? $"{period}  {change.Current,4} vs {change.Base,4}  {change.ToPercent(1),6}%"
                : $"{period}  {change.Reason}");
        }

        // docs/data.md: to here
        var lines = output.ToString().Split(new[] { Environment.NewLine }, StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("2025-09    41 vs   52   -21.2%", lines);
        Assert.Contains("2025-10    45 vs   48    -6.3%", lines);
    }
}
