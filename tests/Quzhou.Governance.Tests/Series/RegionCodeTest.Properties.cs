using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Series;

public partial class RegionCodeTest
{
    private static Gen<RegionCode> ListedGen => Gen.Choose(0, RegionTable.Count - 1).Select(RegionTable.CodeAt);

    [Property(MaxTest = 2000)]
    public Property FindByName_OfListedCode_ContainsIt() => Prop.ForAll(
        ListedGen.ToArbitrary(),
        code => RegionCode.FindByName(code.Name!).Contains(code)
            && RegionCode.FindByName(code.ShortName!).Contains(code)
            && RegionCode.FindByName(code.Name!, code.Province).Contains(code)
            && (code.Parent is not RegionCode parent || RegionCode.FindByName(code.ShortName!, parent).Contains(code)));

    [Property(MaxTest = 2000)]
    public Property Parent_OfCounty_IsItsCityOrElseItsProvince() => Prop.ForAll(
        ListedGen.Where(c => c.Level == RegionLevel.County).ToArbitrary(),
        county =>
        {
            var city = county.City;
            var expected = city.IsListed && city.Kind != RegionKind.Block ? city : county.Province;
            return county.Parent == expected && expected.Kind == RegionKind.Division && county.IsWithin(expected);
        });

    [Property(MaxTest = 1000)]
    public Property Parent_OfCity_IsItsProvince() => Prop.ForAll(
        ListedGen.Where(c => c.Level == RegionLevel.City).ToArbitrary(),
        city => city.Parent == city.Province && city.Province.Kind == RegionKind.Division);

    [Fact]
    public void Table_EveryCode_SortedNamedAndInsideAListedProvince()
    {
        var codes = Enumerable.Range(0, RegionTable.Count).Select(RegionTable.CodeAt).ToArray();
        Assert.Equal(3348, codes.Length);
        Assert.Equal(codes.OrderBy(c => c.Value), codes);
        Assert.Equal(codes.Length, codes.Distinct().Count());
        Assert.All(codes, c => Assert.True(c.Province.IsListed, c.ToString()));
        Assert.All(codes, c => Assert.StartsWith(c.ShortName!, c.Name!, System.StringComparison.Ordinal));
        Assert.All(codes, c => Assert.Contains(c, RegionCode.FindByName(c.Name!)));
        Assert.Equal(31, codes.Count(c => c.Level == RegionLevel.Province));
        Assert.Equal(124, codes.Count(c => c.Kind == RegionKind.StatisticsOnly));
        Assert.All(codes.Where(c => c.Kind == RegionKind.StatisticsOnly), c => Assert.Equal(7, c.Value / 10 % 10));
        Assert.Equal(9, codes.Count(c => c.Kind == RegionKind.Block));
    }
}
