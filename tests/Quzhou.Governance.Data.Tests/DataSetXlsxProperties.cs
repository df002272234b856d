using System.IO;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Indicators;

namespace Quzhou.Governance.Data.Tests;

/// <summary>Laws: any data set saved as a workbook, in either layout, loads back equal (the generators of the CSV laws).</summary>
public class DataSetXlsxProperties
{
    [Property(MaxTest = 60)]
    public Property Long_SaveThenLoad_IsEqual() => Prop.ForAll(DataSetCsvProperties.DataSetGen.ToArbitrary(), data => RoundTrip(data, DataSetLayout.Long).Equals(data));

    [Property(MaxTest = 60)]
    public Property LongWithPublishedForms_SaveThenLoad_IsEqual() => Prop.ForAll(DataSetCsvProperties.FormsDataSetGen.ToArbitrary(), data => RoundTrip(data, DataSetLayout.Long).Equals(data));

    [Property(MaxTest = 60)]
    public Property Wide_SaveThenLoad_IsEqual() => Prop.ForAll(DataSetCsvProperties.DataSetGen.ToArbitrary(), data => RoundTrip(data, DataSetLayout.Wide).Equals(data));

    private static DataSet RoundTrip(DataSet data, DataSetLayout layout)
    {
        using var stream = new MemoryStream();
        DataSetXlsx.Write(data, stream, layout);
        stream.Position = 0;
        return DataSetXlsx.Read(stream, "generated.xlsx", IndicatorCatalog.Interview);
    }
}
