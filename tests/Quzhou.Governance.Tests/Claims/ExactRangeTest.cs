using System;
using System.Numerics;
using Quzhou.Governance.Claims;
using Quzhou.Governance.Figures;
using Xunit;

namespace Quzhou.Governance.Tests.Claims;

/// <summary>The exact ranges the audits add, subtract and meet: each end open, closed or missing, whole numbers on
/// either side of zero, and their text.</summary>
public class ExactRangeTest
{
    private static ExactRange R(decimal? lower, bool includesLower, decimal? upper, bool includesUpper) =>
        ExactRange.Of(new FigureInterval(lower, includesLower, upper, includesUpper));

    private static ExactRange Closed(decimal lower, decimal upper) => R(lower, true, upper, true);

    [Fact]
    public void IsEmpty_OnlyAPointWithAnOpenEndOrEndsTheWrongWayRound()
    {
        Assert.False(R(1m, false, 2m, false).IsEmpty);
        Assert.False(Closed(2m, 2m).IsEmpty);
        Assert.True(R(2m, true, 2m, false).IsEmpty);
        Assert.True(R(2m, false, 2m, true).IsEmpty);
        Assert.True(R(1.45m, true, 1.55m, true).WholeNumbers().IsEmpty);   // [2, 1]
        Assert.False(R(null, false, 2m, false).IsEmpty);
    }

    [Fact]
    public void IsBounded_BothEnds()
    {
        Assert.True(Closed(1m, 2m).IsBounded);
        Assert.False(R(1m, true, null, false).IsBounded);
        Assert.False(R(null, false, 1m, true).IsBounded);
    }

    [Fact]
    public void Closed_IncludesBothEnds()
    {
        var range = ExactRange.Closed(BigInteger.One, 2 * ExactRange.One);
        Assert.True(range.IncludesLower);
        Assert.True(range.IncludesUpper);
        Assert.Equal("[0.0000000000000000000000000001, 2]", range.ToString());
    }

    [Theory]
    [InlineData(1.45, true, 1.55, true, "[2, 1]")]
    [InlineData(1.5, true, 2.5, true, "[2, 2]")]
    [InlineData(10, false, 20, false, "[11, 19]")]
    [InlineData(10, true, 20, false, "[10, 19]")]
    [InlineData(10, false, 20, true, "[11, 20]")]
    [InlineData(-0.5, true, 0.5, true, "[0, 0]")]
    [InlineData(-1.5, false, -0.5, false, "[−1, −1]")]
    [InlineData(-2, false, -1, true, "[−1, −1]")]
    [InlineData(-2, true, -1, false, "[−2, −2]")]
    public void WholeNumbers_EachEnd(double lower, bool includesLower, double upper, bool includesUpper, string expected) =>
        Assert.Equal(expected, R((decimal)lower, includesLower, (decimal)upper, includesUpper).WholeNumbers().ToString());

    [Fact]
    public void WholeNumbers_MissingEnd_StaysMissingAndOpen()
    {
        var below = R(null, false, 1.5m, true).WholeNumbers();
        Assert.Equal("(−∞, 1]", below.ToString());
        Assert.False(below.IncludesLower);
        var above = R(1.5m, true, null, false).WholeNumbers();
        Assert.Equal("[2, +∞)", above.ToString());
        Assert.False(above.IncludesUpper);
    }

    [Fact]
    public void Plus_EndsAddAndStayIncludedOnlyWhenBothAre()
    {
        Assert.Equal("(4, 6)", R(1m, true, 2m, false).Plus(R(3m, false, 4m, true)).ToString());
        Assert.Equal("[4, 6]", Closed(1m, 2m).Plus(Closed(3m, 4m)).ToString());
        Assert.Equal("(−∞, 6]", R(null, false, 2m, true).Plus(Closed(3m, 4m)).ToString());
        Assert.Equal("(−∞, 6]", Closed(3m, 4m).Plus(R(null, false, 2m, true)).ToString());
        Assert.Equal("[4, +∞)", R(1m, true, null, false).Plus(Closed(3m, 4m)).ToString());
        Assert.Equal("[4, +∞)", Closed(3m, 4m).Plus(R(1m, true, null, false)).ToString());
    }

    [Fact]
    public void Minus_LowerMinusTheOthersUpper()
    {
        Assert.Equal("(3, 5)", Closed(5m, 6m).Minus(R(1m, false, 2m, false)).ToString());
        Assert.Equal("(3, 5)", R(5m, false, 6m, false).Minus(Closed(1m, 2m)).ToString());
        Assert.Equal("[3, 5]", Closed(5m, 6m).Minus(Closed(1m, 2m)).ToString());
        Assert.Equal("(−∞, 5]", R(null, false, 6m, true).Minus(Closed(1m, 2m)).ToString());
        Assert.Equal("[4, +∞)", Closed(5m, 6m).Minus(R(null, false, 1m, true)).ToString());
        Assert.Equal("[3, +∞)", R(5m, true, null, false).Minus(Closed(1m, 2m)).ToString());
        Assert.Equal("(−∞, 5]", Closed(5m, 6m).Minus(R(1m, true, null, false)).ToString());
        Assert.Equal("[−1.5, 0]", Closed(0.5m, 1m).Minus(Closed(1m, 2m)).ToString());
    }

    [Fact]
    public void Intersects_EqualEnds_MeetOnlyWhenBothInclude()
    {
        var point = Closed(1m, 1m);
        Assert.False(R(1m, false, 2m, false).Intersects(point));   // (1, 2) and [1, 1]
        Assert.False(point.Intersects(R(1m, false, 2m, false)));
        Assert.False(R(0m, true, 1m, false).Intersects(point));    // [0, 1) and [1, 1]
        Assert.False(point.Intersects(R(0m, true, 1m, false)));
        Assert.True(Closed(0m, 1m).Intersects(point));
        Assert.True(point.Intersects(Closed(1m, 2m)));
        Assert.True(R(1m, true, 2m, false).Intersects(R(1m, true, 3m, true)));
        Assert.True(R(1m, false, 2m, true).Intersects(R(0m, true, 2m, true)));
        Assert.False(R(1m, false, 2m, false).Intersects(R(0m, true, 1m, true)));
        Assert.False(R(0m, true, 1m, true).Intersects(R(1m, false, 2m, false)));
        Assert.False(R(0m, true, 1m, false).Intersects(R(1m, true, 2m, true)));
    }

    [Fact]
    public void Intersects_EmptyOrUnbounded()
    {
        var empty = R(1.45m, true, 1.55m, true).WholeNumbers();
        Assert.False(empty.Intersects(R(null, false, null, false)));
        Assert.False(R(null, false, null, false).Intersects(empty));
        Assert.False(empty.Intersects(empty));
        Assert.True(R(null, false, 1m, true).Intersects(R(1m, true, null, false)));
        Assert.False(R(null, false, 1m, false).Intersects(R(1m, true, null, false)));
        Assert.True(R(null, false, 5m, true).Intersects(Closed(1m, 2m)));
        Assert.True(Closed(1m, 2m).Intersects(R(null, false, 5m, true)));
        Assert.False(Closed(6m, 7m).Intersects(R(null, false, 5m, true)));
        Assert.False(R(null, false, 5m, true).Intersects(Closed(6m, 7m)));
    }

    [Fact]
    public void Format_SignZeroAndFraction()
    {
        Assert.Equal("0", ExactRange.Format(BigInteger.Zero));
        Assert.Equal("−1.5", ExactRange.Format(-15 * ExactRange.One / 10));
        Assert.Equal("−0.0000000000000000000000000001", ExactRange.Format(BigInteger.MinusOne));
        Assert.Equal("12", ExactRange.Format(12 * ExactRange.One));
        Assert.Equal("[0, 0]", ExactRange.Point(BigInteger.Zero).ToString());
        Assert.Equal("(−∞, +∞)", R(null, false, null, false).ToString());
        Assert.Equal("(1, 2)", R(1m, false, 2m, false).ToString());
    }
}
