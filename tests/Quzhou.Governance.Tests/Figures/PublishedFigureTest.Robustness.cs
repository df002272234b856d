using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Quzhou.Governance.Figures;
using Xunit;

namespace Quzhou.Governance.Tests.Figures;

public partial class PublishedFigureTest
{
    private const string Alphabet = "0123456789.,  -+%‰/万亿千百十一二两三九零余多以上下左右约近超过突破增长下降提升减少翻番倍成个百分点千分点人次起元x７．％／\u3000";

    [Property(MaxTest = 2000)]
    public Property Read_AnyText_NeverThrows() =>
        Prop.ForAll(
            Gen.Choose(0, 14).SelectMany(length => Gen.ArrayOf(Gen.Elements(Alphabet.ToCharArray()), length)).Select(chars => new string(chars)).ToArbitrary(),
            text =>
            {
                var result = PublishedFigure.Read(text);
                if (!result.Success)
                {
                    return result.Error.Position >= 0 && result.Error.Position <= text.Length;
                }

                // Whatever reads also yields its intervals and prints something that reads back the same.
                var figure = result.Value;
                _ = figure.Interval;
                _ = figure.GetSignedInterval();
                // A figure in Chinese numerals prints in the plain form (一十九 as 十九), so it need only read again.
                var again = PublishedFigure.Read(figure.ToString());
                return figure.Numerals == NumeralStyle.Chinese ? again.Success : again.Success && again.Value == figure;
            });

    [Theory]
    [InlineData("三 三")]
    [InlineData("零\u3000零成起")]
    [InlineData("千\u3000百成以百分元")]
    [InlineData("一\u3000十成零")]
    [InlineData("1360 分点")]
    public void Read_NumeralWhereACountingWordShouldBe_Fails(string text)
    {
        // Found by Read_AnyText_NeverThrows: these read with a "counting word" made of numerals and printed as
        // text that no longer reads.
        Assert.False(PublishedFigure.Read(text).Success);
    }

    [Theory]
    [InlineData("5千克", "千克")]
    [InlineData("1000千米", "千米")]
    [InlineData("95.5分", "分")]
    public void Read_MeasureWordStartingWithANumeral_KeepsTheWord(string text, string counter)
    {
        var figure = PublishedFigure.Parse(text);
        Assert.Equal(FigureUnitKind.Counter, figure.Unit.Kind);
        Assert.Equal(counter, figure.Unit.Text);
        Assert.Equal(figure, PublishedFigure.Parse(figure.ToString()));
    }

    [Fact]
    public void Interval_LargestFigures_DoNotOverflow()
    {
        var largest = PublishedFigure.Parse("9999999999999999万亿余");
        Assert.Equal("(9999999999999999000000000000, 10000000000000000000000000000)", largest.Interval.ToString());
        Assert.True(PublishedFigure.Parse("约9999999999999999999999999999").Interval.Upper > 0m);
        Assert.False(PublishedFigure.Read("10000000000000000万亿").Success);
        Assert.Equal("value", Assert.Throws<ArgumentException>(() => new PublishedFigure(10_000_000_000_000_000m, FigureUnit.None, magnitude: Magnitude.Trillion)).ParamName);
    }

    [Fact]
    public void Read_ChineseAboveTenThousandBeforeMagnitude_Fails()
    {
        var result = PublishedFigure.Read("两万五万");
        Assert.False(result.Success);
        Assert.Equal(3, result.Error.Position);
    }
}
