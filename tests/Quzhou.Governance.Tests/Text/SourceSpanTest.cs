using System;
using Quzhou.Governance.Text;
using Xunit;

namespace Quzhou.Governance.Tests.Text;

public sealed class SourceSpanTest
{
    [Fact]
    public void Equality_StartAndLength_Compared()
    {
        TestHelper.TestEquality(new SourceSpan(3, 4), new SourceSpan(3, 4), new SourceSpan(3, 5), new SourceSpan(4, 4), default);
    }

    [Fact]
    public void FromBounds_StartAndEnd_GivesLength()
    {
        var span = SourceSpan.FromBounds(2, 7);
        Assert.Equal(2, span.Start);
        Assert.Equal(5, span.Length);
        Assert.Equal(7, span.End);
        Assert.Equal("[2..7)", span.ToString());
    }

    [Fact]
    public void Constructor_NegativeStart_Throws()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new SourceSpan(-1, 2));
        Assert.Equal("start", exception.ParamName);
    }

    [Fact]
    public void In_Text_GivesTheChars()
    {
        Assert.Equal("下降", new SourceSpan(2, 2).In("同比下降6.67%").ToString());
    }

    [Fact]
    public void Contains_InnerAndOuter_Answers()
    {
        var outer = new SourceSpan(2, 10);
        Assert.True(outer.Contains(new SourceSpan(2, 10)));
        Assert.True(outer.Contains(new SourceSpan(5, 3)));
        Assert.False(outer.Contains(new SourceSpan(1, 3)));
        Assert.False(outer.Contains(new SourceSpan(10, 3)));
    }
}
