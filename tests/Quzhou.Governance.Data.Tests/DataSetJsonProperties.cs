using System.IO;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Indicators;

namespace Quzhou.Governance.Data.Tests;

/// <summary>Laws: any data set saved as JSON, in either layout, loads back equal (the generators of the CSV laws).</summary>
public class DataSetJsonProperties
{
    [Property(MaxTest = 200)]
    public Property Long_SaveThenLoad_IsEqual() => Prop.ForAll(DataSetCsvProperties.DataSetGen.ToArbitrary(), data => RoundTrip(data, DataSetLayout.Long).Equals(data));

    [Property(MaxTest = 200)]
    public Property LongWithPublishedForms_SaveThenLoad_IsEqual() => Prop.ForAll(DataSetCsvProperties.FormsDataSetGen.ToArbitrary(), data => RoundTrip(data, DataSetLayout.Long).Equals(data));

    [Property(MaxTest = 200)]
    public Property Wide_SaveThenLoad_IsEqual() => Prop.ForAll(DataSetCsvProperties.DataSetGen.ToArbitrary(), data => RoundTrip(data, DataSetLayout.Wide).Equals(data));

    [Property(MaxTest = 100)]
    public Property AsOf_AfterRoundTrip_IsTheSame() => Prop.ForAll(
        DataSetCsvProperties.DataSetGen.ToArbitrary(),
        data => RoundTrip(data, DataSetLayout.Wide).AsOf(new LocalDate(2025, 12, 31)).Equals(data.AsOf(new LocalDate(2025, 12, 31))));

    private static DataSet RoundTrip(DataSet data, DataSetLayout layout)
    {
        using var stream = new MemoryStream();
        DataSetJson.Write(data, stream, layout);
        stream.Position = 0;
        return DataSetJson.Read(stream, "generated.json", IndicatorCatalog.Interview);
    }
}
