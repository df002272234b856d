using System;
using Quzhou.Governance.Figures;
using Xunit;

namespace Quzhou.Governance.Tests.Figures;

/// <summary><see cref="QualifierRule"/> at its edges: offsets at ±100 steps and four decimals (accepted) and one past
/// (refused, with the words), the interval and the words of rules that are not the default ones (an end missing, open
/// or closed, above or below the number), the format's exception, equality and hash codes.</summary>
public class QualifierRuleEdgesTest
{
    [Fact]
    public void Constructor_OffsetsAtTheirLimits_AreAccepted()
    {
        var widest = new QualifierRule(-100m, true, 100m, true);
        Assert.Equal(-100m, widest.LowerSteps);
        Assert.Equal(100m, widest.UpperSteps);
        Assert.Equal(0.1234m, new QualifierRule(-0.1234m, true, 0.1234m, true).UpperSteps);
        Assert.Equal(100.0000m, new QualifierRule(null, false, 100.0000m, true).UpperSteps);
        Assert.Equal(-100.0000m, new QualifierRule(-100.0000m, false, null, false).LowerSteps);
    }

    [Theory]
    [InlineData("-100.0001", "lowerSteps")]
    [InlineData("100.0001", "lowerSteps")]
    [InlineData("0.12345", "lowerSteps")]
    [InlineData("100.00000", "lowerSteps")]
    [InlineData("-100.0001", "upperSteps")]
    [InlineData("100.0001", "upperSteps")]
    [InlineData("-0.00001", "upperSteps")]
    public void Constructor_OffsetPastItsLimits_ThrowsNamingItAndItsValue(string offset, string parameter)
    {
        var steps = decimal.Parse(offset, System.Globalization.CultureInfo.InvariantCulture);
        var ex = Assert.Throws<ArgumentException>(() => parameter == "lowerSteps"
            ? new QualifierRule(steps, true, null, false)
            : new QualifierRule(null, false, steps, true));
        Assert.Equal(parameter, ex.ParamName);
        Assert.StartsWith("Expected an offset from −100 to 100 steps with at most four decimals, but was " + offset + ".", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, false, null, false, false, "(−∞, +∞)")]
    [InlineData(null, true, null, true, false, "(−∞, +∞)")]
    [InlineData("0", true, null, true, false, "[x, +∞)")]
    [InlineData("0", false, null, false, true, "(x, +∞), u at the last non-zero digit")]
    [InlineData(null, true, "0", false, false, "(−∞, x)")]
    [InlineData("-2.5", true, "0", true, false, "[x − 2.5u, x]")]
    [InlineData("1", false, "2", false, false, "(x + 1u, x + 2u)")]
    [InlineData("-3", false, "-1", true, false, "(x − 3u, x − 1u]")]
    public void ToString_General_WritesEachEnd(string? lower, bool includesLower, string? upper, bool includesUpper, bool nonzero, string expected)
    {
        var rule = new QualifierRule(Parse(lower), includesLower, Parse(upper), includesUpper, nonzero);
        Assert.Equal(expected, rule.ToString());
        Assert.Equal(expected, rule.ToString("G", null));
    }

    [Theory]
    [InlineData("0", true, null, false, true, "at least the number", "不低于该数")]
    [InlineData(null, false, "0", false, false, "less than the number", "低于该数")]
    [InlineData(null, false, "0.5", true, false, "at most half a step above the number (a step is one unit of the last printed digit)", "不高于该数加半个单位（单位为末位数字的一个单位）")]
    [InlineData("1", false, null, false, false, "more than one step above the number (a step is one unit of the last printed digit)", "高于该数加1个单位（单位为末位数字的一个单位）")]
    [InlineData("-1", true, null, false, true, "at least one step below the number (a step is one unit of the last non-zero digit)", "不低于该数减1个单位（单位为末位非零数字的一个单位）")]
    [InlineData(null, false, "-0.5", false, false, "less than half a step below the number (a step is one unit of the last printed digit)", "低于该数减半个单位（单位为末位数字的一个单位）")]
    [InlineData("0.1234", true, "2", true, false, "at least 0.1234 steps above the number, at most 2 steps above the number (a step is one unit of the last printed digit)", "不低于该数加0.1234个单位，不高于该数加2个单位（单位为末位数字的一个单位）")]
    [InlineData("-1.50", false, "0", true, false, "more than 1.5 steps below the number, at most the number (a step is one unit of the last printed digit)", "高于该数减1.5个单位，不高于该数（单位为末位数字的一个单位）")]
    [InlineData("0", false, "0", true, true, "more than the number, at most the number", "高于该数，不高于该数")]
    public void ToString_Words_DescribeEachEnd(string? lower, bool includesLower, string? upper, bool includesUpper, bool nonzero, string english, string chinese)
    {
        var rule = new QualifierRule(Parse(lower), includesLower, Parse(upper), includesUpper, nonzero);
        Assert.Equal(english, rule.ToString("en", null));
        Assert.Equal(chinese, rule.ToString("zh", null));
    }

    [Fact]
    public void ToString_UnknownFormat_SaysTheFormats()
    {
        var ex = Assert.Throws<FormatException>(() => QualifierPolicy.Default[FigureQualifier.Odd].ToString("Z", null));
        Assert.Equal("Unknown QualifierRule format \"Z\"; use G, zh or en.", ex.Message);
    }

    [Fact]
    public void Equality_StepsFromTheLastNonzeroDigit_Matters()
    {
        var ones = new QualifierRule(0m, false, 1m, false);
        var tens = new QualifierRule(0m, false, 1m, false, stepsFromLastNonzeroDigit: true);
        Assert.NotEqual(ones, tens);
        Assert.False(ones == tens);
        Assert.True(ones != tens);
        Assert.Equal(tens, QualifierPolicy.Default[FigureQualifier.Odd]);
        Assert.True(tens.Equals((object)QualifierPolicy.Default[FigureQualifier.More]));
        Assert.False(tens.Equals((object)1m));
        Assert.NotEqual(ones.GetHashCode(), tens.GetHashCode());
        Assert.NotEqual(ones.GetHashCode(), new QualifierRule(0m, false, 2m, false).GetHashCode());
        Assert.NotEqual(ones.GetHashCode(), new QualifierRule(0m, true, 1m, false).GetHashCode());
        Assert.Equal(ones.GetHashCode(), new QualifierRule(0.0m, false, 1.00m, false).GetHashCode());
    }

    private static decimal? Parse(string? text) =>
        text is null ? null : decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
