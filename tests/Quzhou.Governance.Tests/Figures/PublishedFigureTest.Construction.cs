using System;
using Quzhou.Governance.Figures;
using Xunit;

namespace Quzhou.Governance.Tests.Figures;

public partial class PublishedFigureTest
{
    [Fact]
    public void Default_IsBareExactZero()
    {
        var figure = default(PublishedFigure);
        Assert.Equal(PublishedFigure.Parse("0"), figure);
        Assert.Equal("0", figure.ToString());
        Assert.Equal(FigureUnit.None, figure.Unit);
    }

    [Fact]
    public void Equals_PrecisionDiffers_NotEqual()
    {
        var a = PublishedFigure.Parse("97.10%");
        var b = PublishedFigure.Parse("97.1%");
        Assert.NotEqual(a, b);
        Assert.True(a != b);
        Assert.False(a == b);
        Assert.False(a.Equals((object)b));
        Assert.True(a.Equals((object)PublishedFigure.Parse("97.10%")));
        Assert.Equal(a.GetHashCode(), PublishedFigure.Parse("97.10%").GetHashCode());
    }

    [Fact]
    public void Equals_EveryPart_Matters()
    {
        var figure = PublishedFigure.Parse("增加1360余人");
        Assert.NotEqual(figure, PublishedFigure.Parse("增长1360余人"));
        Assert.NotEqual(figure, PublishedFigure.Parse("增加1360多人"));
        Assert.NotEqual(figure, PublishedFigure.Parse("增加1360余次"));
        Assert.NotEqual(figure, PublishedFigure.Parse("增加1360万余人"));
        Assert.NotEqual(figure, PublishedFigure.Parse("增加一千三百六十余人"));
    }

    [Fact]
    public void Constructor_Parts_AreKept()
    {
        var figure = new PublishedFigure(19m, FigureUnit.Counter("次"), FigureQualifier.Odd, Magnitude.TenThousand);
        Assert.Equal(PublishedFigure.Parse("19万余次"), figure);
        Assert.Equal(PublishedFigure.Parse("下降三成"), new PublishedFigure(3m, FigureUnit.Tenths, direction: FigureDirection.Decline, numerals: NumeralStyle.Chinese));
    }

    [Fact]
    public void Constructor_ChineseWholeTenThousands_TakesMagnitude()
    {
        var figure = new PublishedFigure(190000m, FigureUnit.None, numerals: NumeralStyle.Chinese);
        Assert.Equal(Magnitude.TenThousand, figure.Magnitude);
        Assert.Equal(19m, figure.Value);
        Assert.Equal("十九万", figure.ToString());
        Assert.Equal(Magnitude.One, new PublishedFigure(350000000m, FigureUnit.None, numerals: NumeralStyle.Chinese).Magnitude);
        Assert.Equal(Magnitude.Trillion, new PublishedFigure(3_000_000_000_000m, FigureUnit.None, numerals: NumeralStyle.Chinese).Magnitude);
    }

    [Fact]
    public void Constructor_NegativeZero_PrintsZero()
    {
        Assert.Equal("0.0%", new PublishedFigure(-0.0m, FigureUnit.Percent).ToString());
    }

    [Fact]
    public void Constructor_BadParts_ThrowNamingArgument()
    {
        Assert.Equal("value", Assert.Throws<ArgumentException>(() => new PublishedFigure(-1m, FigureUnit.Percent, direction: FigureDirection.Decline)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentException>(() => new PublishedFigure(1.5m, FigureUnit.Tenths, numerals: NumeralStyle.Chinese)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentException>(() => new PublishedFigure(-1m, FigureUnit.Tenths, numerals: NumeralStyle.Chinese)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentException>(() => new PublishedFigure(10000m, FigureUnit.None, magnitude: Magnitude.TenThousand, numerals: NumeralStyle.Chinese)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentException>(() => new PublishedFigure(-1m, FigureUnit.Doublings)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentException>(() => new PublishedFigure(decimal.MaxValue, FigureUnit.None, magnitude: Magnitude.TenThousand)).ParamName);
        Assert.Equal("direction", Assert.Throws<ArgumentException>(() => new PublishedFigure(1m, FigureUnit.Doublings, direction: FigureDirection.Growth)).ParamName);
        Assert.Equal("magnitude", Assert.Throws<ArgumentException>(() => new PublishedFigure(1m, FigureUnit.None, magnitude: (Magnitude)3)).ParamName);
        Assert.Equal("qualifier", Assert.Throws<ArgumentOutOfRangeException>(() => new PublishedFigure(1m, FigureUnit.None, (FigureQualifier)10)).ParamName);
        Assert.Equal("direction", Assert.Throws<ArgumentOutOfRangeException>(() => new PublishedFigure(1m, FigureUnit.None, direction: (FigureDirection)9)).ParamName);
        Assert.Equal("numerals", Assert.Throws<ArgumentOutOfRangeException>(() => new PublishedFigure(1m, FigureUnit.None, numerals: (NumeralStyle)2)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => new PublishedFigure(0.000000000000000000001m, FigureUnit.None)).ParamName);
    }

    [Fact]
    public void FromValueAndFromChange_BadArguments_NameTheirOwnParameters()
    {
        Assert.Equal("exactValue", Assert.Throws<ArgumentException>(() => PublishedFigure.FromValue(decimal.MaxValue, 0, FigureUnit.None)).ParamName);
        Assert.Equal("magnitude", Assert.Throws<ArgumentException>(() => PublishedFigure.FromValue(1m, 0, FigureUnit.None, (Magnitude)99)).ParamName);
        Assert.Equal("exactChange", Assert.Throws<ArgumentException>(() => PublishedFigure.FromChange(decimal.MaxValue, 0, FigureUnit.Percent)).ParamName);
    }
}
