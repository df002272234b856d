using Quzhou.Governance.Figures;
using Xunit;

namespace Quzhou.Governance.Tests.Figures;

/// <summary>The interval of a signed figure at zero: a qualifier's bounds mirrored or not, the size interval clipped at
/// zero (an end at 0, open or closed, and an interval wholly below it), the step of the last non-zero digit, and the
/// direction <see cref="PublishedFigure.FromChange"/> gives a change of exactly 0.</summary>
public partial class PublishedFigureTest
{
    [Theory]
    [InlineData("0余人", "(0, 1)")]
    [InlineData("0%以上", "[0, +∞)")]
    [InlineData("0%以下", "(−∞, 0]")]
    [InlineData("超过0%", "(0, +∞)")]
    [InlineData("近0%", "[-1, 0)")]
    [InlineData("-5%以上", "(−∞, -5]")]
    [InlineData("-5%以下", "[-5, +∞)")]
    [InlineData("-5余", "(-6, -5)")]
    [InlineData("-0.5%", "[-0.55, -0.45]")]
    public void Interval_ZeroAndNegativeFigures_MirrorOnlyBelowZero(string text, string expected)
    {
        Assert.Equal(expected, PublishedFigure.Parse(text).Interval.ToString());
    }

    [Fact]
    public void Interval_ZeroWithAQualifier_IsNotMirrored()
    {
        var odd = new PublishedFigure(0m, FigureUnit.Counter("人"), FigureQualifier.Odd);
        Assert.Equal("(0, 1)", odd.Interval.ToString());
        Assert.True(odd.IsConsistentWith(0.5m));
        Assert.False(odd.IsConsistentWith(-0.5m));
        Assert.True(new PublishedFigure(0m, FigureUnit.Percent, FigureQualifier.AtLeast).IsConsistentWith(3, 4));
        Assert.False(new PublishedFigure(0m, FigureUnit.Percent, FigureQualifier.AtLeast).IsConsistentWith(-3, 4));
    }

    [Theory]
    [InlineData("增长超过0%", "(0, +∞)")]
    [InlineData("下降超过0%", "(−∞, 0)")]
    [InlineData("增长0%以上", "[0, +∞)")]
    [InlineData("下降5%以上", "(−∞, -5]")]
    [InlineData("增长0%以下", "[0, 0]")]
    [InlineData("下降0%以下", "[0, 0]")]
    [InlineData("增长近1%", "[0, 1)")]
    [InlineData("下降近1%", "(-1, 0]")]
    [InlineData("增长约0.1%", "[0.0, 0.2]")]
    public void GetSignedInterval_EndAtZero_KeepsItsInclusion(string text, string expected)
    {
        Assert.Equal(expected, PublishedFigure.Parse(text).GetSignedInterval().ToString());
    }

    [Fact]
    public void GetSignedInterval_ExceedingZero_ExcludesZero()
    {
        var figure = PublishedFigure.Parse("增长超过0%");
        Assert.False(figure.IsConsistentWith(0m));
        Assert.False(figure.IsConsistentWith(0, 5));
        Assert.True(figure.IsConsistentWith(1, 1_000_000));
        Assert.True(PublishedFigure.Parse("增长0%以上").IsConsistentWith(0m));
        Assert.True(PublishedFigure.Parse("增长0%以下").IsConsistentWith(0, 5));
    }

    [Fact]
    public void GetSignedInterval_UpperEndOpenAtZero_IsEmpty()
    {
        // 低于: an upper end at the number, open. 增长低于0% leaves nothing at or above zero.
        var below = QualifierPolicy.Default.With(FigureQualifier.AtMost, new QualifierRule(null, false, 0m, false));
        var rise = PublishedFigure.Parse("增长0%以下");
        Assert.Equal("(0, 0)", rise.GetSignedInterval(below).ToString());
        Assert.True(rise.GetSignedInterval(below).IsEmpty);
        Assert.False(rise.IsConsistentWith(0m, below));
        Assert.Equal("(0, 0)", PublishedFigure.Parse("下降0%以下").GetSignedInterval(below).ToString());
        Assert.Equal("[0, 5)", PublishedFigure.Parse("增长5%以下").GetSignedInterval(below).ToString());
    }

    [Fact]
    public void GetSignedInterval_LowerEndOpenAtZero_IsEmptyWithBothEndsOpen()
    {
        // (x, x]: only the upper end included. At x = 0 nothing is left, and the empty interval is (0, 0).
        var halfOpen = QualifierPolicy.Default.With(FigureQualifier.Exact, new QualifierRule(0m, false, 0m, true));
        Assert.Equal("(0, 0]", PublishedFigure.Parse("0%").GetInterval(halfOpen).ToString());
        Assert.Equal("(0, 0)", PublishedFigure.Parse("增长0%").GetSignedInterval(halfOpen).ToString());
        Assert.Equal("(0, 0)", PublishedFigure.Parse("下降0%").GetSignedInterval(halfOpen).ToString());
        Assert.Equal(new FigureInterval(0m, false, 0m, false), PublishedFigure.Parse("增长0%").GetSignedInterval(halfOpen));
        var closed = QualifierPolicy.Default.With(FigureQualifier.Exact, new QualifierRule(0m, true, 0m, true));
        Assert.Equal("[0, 0]", PublishedFigure.Parse("增长0%").GetSignedInterval(closed).ToString());
        Assert.Equal("[0.5, 0.5]", PublishedFigure.Parse("增长0.5%").GetSignedInterval(closed).ToString());
    }

    [Fact]
    public void GetSignedInterval_WhollyBelowZero_IsEmptyAtZero()
    {
        var belowZero = QualifierPolicy.Default.With(FigureQualifier.Exact, new QualifierRule(-100m, true, -50m, true));
        Assert.Equal("[-99, -49]", PublishedFigure.Parse("1%").GetInterval(belowZero).ToString());
        Assert.Equal("(0, 0)", PublishedFigure.Parse("增长1%").GetSignedInterval(belowZero).ToString());
        Assert.Equal("(0, 0)", PublishedFigure.Parse("下降1%").GetSignedInterval(belowZero).ToString());
        Assert.False(PublishedFigure.Parse("增长1%").IsAttainableWithDenominator(7, belowZero));
    }

    [Fact]
    public void GetSignedInterval_NoEnds_IsClippedAtZeroAndSigned()
    {
        var any = QualifierPolicy.Default.With(FigureQualifier.Exact, default);
        Assert.Equal("(−∞, +∞)", PublishedFigure.Parse("3%").GetInterval(any).ToString());
        Assert.Equal("[0, +∞)", PublishedFigure.Parse("增长3%").GetSignedInterval(any).ToString());
        Assert.Equal("(−∞, 0]", PublishedFigure.Parse("下降3%").GetSignedInterval(any).ToString());
    }

    [Fact]
    public void NonzeroDigitStep_TrailingZerosAfterThePoint_CountInTheirPlace()
    {
        // 13.60余: the last non-zero digit is the 6 of tenths.
        var figure = new PublishedFigure(13.60m, FigureUnit.Counter("人"), FigureQualifier.Odd);
        Assert.Equal(0.1m, figure.NonzeroDigitStep);
        Assert.Equal("0.1", figure.NonzeroDigitStep.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(figure.IsConsistentWith(13.65m));
        Assert.False(figure.IsConsistentWith(13.72m));
        Assert.Equal(100m, new PublishedFigure(-1300m, FigureUnit.None, FigureQualifier.Odd).NonzeroDigitStep);
        Assert.Equal(0.01m, PublishedFigure.Parse("0.00余").NonzeroDigitStep);
        Assert.Equal(1m, PublishedFigure.Parse("0余").NonzeroDigitStep);
        Assert.Equal(10000m, PublishedFigure.Parse("1.0万余").NonzeroDigitStep);
    }

    [Fact]
    public void Step_AtEachMagnitude_IsOneLastDigit()
    {
        Assert.Equal(1m, PublishedFigure.Parse("5").Step);
        Assert.Equal("1", PublishedFigure.Parse("5").Step.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(100_000_000m, PublishedFigure.Parse("3亿").Step);
        Assert.Equal(1_000_000_000_000m, PublishedFigure.Parse("3万亿").Step);
        Assert.Equal(1_000_000m, PublishedFigure.Parse("3.00亿").Step);
        Assert.Equal(1m, PublishedFigure.Parse("3.0000万").Step);
        Assert.Equal(0.1m, PublishedFigure.Parse("3.00000万").Step);
        Assert.Equal(0.00000000000000000001m, new PublishedFigure(0.00000000000000000001m, FigureUnit.None).Step);
    }

    [Fact]
    public void SignedValue_EachMagnitude_IsExpanded()
    {
        Assert.Equal(5m, PublishedFigure.Parse("5").SignedValue);
        Assert.Equal("5.0", PublishedFigure.Parse("5.0").SignedValue.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(300_000_000m, PublishedFigure.Parse("3亿").SignedValue);
        Assert.Equal(-3_000_000_000_000m, PublishedFigure.Parse("下降3万亿").SignedValue);
    }

    [Theory]
    [InlineData("0", "增长0.0%")]
    [InlineData("0.00", "增长0.0%")]
    [InlineData("0.04", "增长0.0%")]
    [InlineData("-0.04", "下降0.0%")]
    [InlineData("0.05", "增长0.1%")]
    [InlineData("-0.05", "下降0.1%")]
    public void FromChange_ExactlyZero_IsAnIncreaseWord(string change, string expected)
    {
        // A change of exactly 0 takes the word of increase; anything below 0 the word of decrease, even when it
        // rounds to 0.0.
        var exact = decimal.Parse(change, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, PublishedFigure.FromChange(exact, 1, FigureUnit.Percent).ToString());
    }

    [Fact]
    public void FromChange_ZeroWithOtherWords_TakesTheIncrease()
    {
        Assert.Equal(FigureDirection.Addition, PublishedFigure.FromChange(0m, 0, FigureUnit.Counter("人"), FigureDirection.Addition, FigureDirection.Reduction).Direction);
        Assert.Equal(FigureDirection.Reduction, PublishedFigure.FromChange(-1m, 0, FigureUnit.Counter("人"), FigureDirection.Addition, FigureDirection.Reduction).Direction);
        Assert.Equal(FigureDirection.Lowering, PublishedFigure.FromChange(-0.001m, 0, FigureUnit.Percent, FigureDirection.Lift, FigureDirection.Lowering).Direction);
    }
}
