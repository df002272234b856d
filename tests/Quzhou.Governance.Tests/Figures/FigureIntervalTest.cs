using System;
using Quzhou.Governance.Figures;
using Xunit;

namespace Quzhou.Governance.Tests.Figures;

public class FigureIntervalTest
{
    [Fact]
    public void Default_IsEveryValue()
    {
        var interval = default(FigureInterval);
        Assert.Null(interval.Lower);
        Assert.Null(interval.Upper);
        Assert.False(interval.IsEmpty);
        Assert.True(interval.Contains(decimal.MinValue));
        Assert.True(interval.Contains(long.MinValue, 1));
        Assert.Equal("(−∞, +∞)", interval.ToString());
        Assert.True(interval.HasFractionWithDenominator(7));
    }

    [Fact]
    public void Contains_OpenAndClosedEnds()
    {
        var closed = new FigureInterval(1m, true, 2m, true);
        var open = new FigureInterval(1m, false, 2m, false);
        Assert.True(closed.Contains(1m));
        Assert.True(closed.Contains(2m));
        Assert.False(open.Contains(1m));
        Assert.False(open.Contains(2m));
        Assert.True(open.Contains(1.5m));
        Assert.True(closed.Contains(3, 2));
        Assert.False(open.Contains(2, 2));
        Assert.True(open.Contains(3, 2));
        Assert.False(open.Contains(3, 0));
    }

    [Fact]
    public void Constructor_LowerAboveUpper_ThrowsNamingLower()
    {
        Assert.Equal("lower", Assert.Throws<ArgumentException>(() => new FigureInterval(2m, true, 1m, true)).ParamName);
    }

    [Fact]
    public void Contains_ScaleOutOfRange_Throws()
    {
        Assert.Equal("scale", Assert.Throws<ArgumentOutOfRangeException>(() => new FigureInterval(1m, true, 2m, true).Contains(1, 1, 0)).ParamName);
        Assert.Equal("scale", Assert.Throws<ArgumentOutOfRangeException>(() => new FigureInterval(1m, true, 2m, true).HasFractionWithDenominator(1, 0)).ParamName);
        Assert.Equal("denominator", Assert.Throws<ArgumentOutOfRangeException>(() => new FigureInterval(1m, true, 2m, true).HasFractionWithDenominator(-1)).ParamName);
    }

    [Fact]
    public void IsEmpty_EqualEnds_DependsOnInclusion()
    {
        Assert.True(new FigureInterval(1m, false, 1m, true).IsEmpty);
        Assert.False(new FigureInterval(1m, true, 1m, true).IsEmpty);
        Assert.False(new FigureInterval(0.5m, true, 0.5m, true).HasFractionWithDenominator(3));
        Assert.True(new FigureInterval(0.5m, true, 0.5m, true).HasFractionWithDenominator(4));
        Assert.False(new FigureInterval(0.5m, false, 0.5m, false).HasFractionWithDenominator(4));
    }

    [Fact]
    public void HasFractionWithDenominator_HalfOpen()
    {
        Assert.True(new FigureInterval(null, false, 0.1m, true).HasFractionWithDenominator(3));
        Assert.True(new FigureInterval(0.34m, true, null, false).HasFractionWithDenominator(3));
        Assert.False(new FigureInterval(0.34m, true, 0.66m, false).HasFractionWithDenominator(3));
        Assert.True(new FigureInterval(0.34m, true, 0.67m, false).HasFractionWithDenominator(3));
        Assert.False(new FigureInterval(null, false, -1e28m, true).HasFractionWithDenominator(1));
    }

    [Fact]
    public void Equality_EndsAndInclusion()
    {
        var a = new FigureInterval(1m, true, null, true);
        Assert.Equal(a, new FigureInterval(1.0m, true, null, false));
        TestHelper.TestEquality(a, new FigureInterval(1m, true, null, false), new FigureInterval(1m, false, null, false));
        Assert.False(a.Equals((object)1m));
        Assert.Equal("[1, +∞)", a.ToString());
    }
}
