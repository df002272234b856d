using System;
using System.Globalization;
using Quzhou.Governance.Figures;
using Quzhou.Governance.Parsing;
using Xunit;

namespace Quzhou.Governance.Tests.Parsing;

/// <summary>The figure grammar's plain token, which the figures and the quantities both read from.</summary>
public class FigureTokenReaderTest
{
    [Fact]
    public void TokenEnums_EachMember_HasTheValueOfItsFigureTwin()
    {
        AssertTwins<FigureTokenDirection, FigureDirection>();
        AssertTwins<FigureTokenQualifier, FigureQualifier>();
        AssertTwins<FigureTokenUnit, FigureUnitKind>();
    }

    [Fact]
    public void TryRead_UncommonCounter_LeavesItsTextInTheSource()
    {
        Assert.True(FigureTokenReader.TryRead("4282个社会组织".AsSpan(), out var token, out _, out _));
        Assert.Equal(FigureTokenUnit.Counter, token.Unit);
        Assert.Null(token.UnitText);
        Assert.Equal(4, token.UnitStart);
        Assert.Equal(5, token.UnitLength);
        Assert.Equal("个社会组织", token.UnitTextIn("4282个社会组织".AsSpan()));
    }

    [Fact]
    public void TryRead_CommonUnits_AreSharedStrings()
    {
        Assert.True(FigureTokenReader.TryRead("0.46起/10万人".AsSpan(), out var rate, out _, out _));
        Assert.Equal(FigureTokenUnit.PerPopulation, rate.Unit);
        Assert.Equal("起/10万人", rate.UnitText);
        Assert.Equal(100000, rate.PopulationBase);

        Assert.True(FigureTokenReader.TryRead("下降1.2百分点".AsSpan(), out var points, out _, out _));
        Assert.Equal(FigureTokenUnit.PercentagePoints, points.Unit);
        Assert.Equal("百分点", points.UnitText);
        Assert.True(points.IsDecrease);
    }

    [Fact]
    public void TryRead_MagnitudeAndQualifier_AreKeptAsWritten()
    {
        Assert.True(FigureTokenReader.TryRead("19万余次".AsSpan(), out var token, out _, out _));
        Assert.Equal(19m, token.Value);
        Assert.Equal(4, token.MagnitudeExponent);
        Assert.Equal(FigureTokenQualifier.Odd, token.Qualifier);
        Assert.Equal("次", token.UnitText);
    }

    [Fact]
    public void TryRead_BadText_ReportsThePositionAndWhatWasExpected()
    {
        Assert.False(FigureTokenReader.TryRead("72.96%以上左右".AsSpan(), out _, out var position, out var expected));
        Assert.Equal(8, position);
        Assert.Equal("the end of the figure", expected);
    }

    private static void AssertTwins<TToken, TFigure>()
        where TToken : struct, Enum
        where TFigure : struct, Enum
    {
        var tokenNames = Enum.GetNames<TToken>();
        Assert.Equal(Enum.GetNames<TFigure>(), tokenNames);
        foreach (var name in tokenNames)
        {
            Assert.Equal(
                Convert.ToInt32(Enum.Parse<TFigure>(name), CultureInfo.InvariantCulture),
                Convert.ToInt32(Enum.Parse<TToken>(name), CultureInfo.InvariantCulture));
        }
    }
}
