using System;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Series;

public partial class RegionCodeTest
{
    [Fact]
    public void Levels_FollowTheDigits()
    {
        Assert.Equal(RegionLevel.City, RegionCode.Quzhou.Level);
        Assert.Equal(RegionCode.FromValue(330000), RegionCode.Quzhou.Province);
        Assert.Equal(RegionLevel.Province, RegionCode.Quzhou.Province.Level);
        var kecheng = RegionCode.FromValue(330802);
        Assert.Equal(RegionLevel.County, kecheng.Level);
        Assert.Equal(RegionCode.Quzhou, kecheng.City);
        Assert.True(kecheng.IsWithin(RegionCode.Quzhou));
        Assert.True(kecheng.IsWithin(RegionCode.FromValue(330000)));
        Assert.False(kecheng.IsWithin(RegionCode.Shangrao));
        Assert.False(RegionCode.Quzhou.IsWithin(kecheng));
        Assert.Equal("361100", RegionCode.Shangrao.ToString());
    }

    [Fact]
    public void FromValue_OutOfRange_ThrowsNamingArgument()
    {
        Assert.Equal("code", Assert.Throws<ArgumentOutOfRangeException>(() => RegionCode.FromValue(99)).ParamName);
        Assert.Throws<InvalidOperationException>(() => RegionCode.FromValue(330000).City);
        Assert.Throws<ArgumentException>(() => RegionCode.FromValue(330000).At(RegionLevel.County));
    }

    [Fact]
    public void Ordering_IsByCode()
    {
        TestHelper.TestOrdering(RegionCode.Quzhou, RegionCode.FromValue(330800), RegionCode.Huangshan, RegionCode.Nanping);
        Assert.True(RegionCode.Nanping > RegionCode.Huangshan);
    }
}
