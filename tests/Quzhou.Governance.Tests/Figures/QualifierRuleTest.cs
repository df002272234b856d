using System;
using Quzhou.Governance.Figures;
using Xunit;

namespace Quzhou.Governance.Tests.Figures;

public class QualifierRuleTest
{
    [Theory]
    [InlineData(FigureQualifier.Exact, "at least half a step below the number, at most half a step above the number (a step is one unit of the last printed digit)")]
    [InlineData(FigureQualifier.Odd, "more than the number, less than one step above the number (a step is one unit of the last non-zero digit)")]
    [InlineData(FigureQualifier.More, "more than the number, less than one step above the number (a step is one unit of the last non-zero digit)")]
    [InlineData(FigureQualifier.AtLeast, "at least the number")]
    [InlineData(FigureQualifier.AtMost, "at most the number")]
    [InlineData(FigureQualifier.Nearly, "at least one step below the number, less than the number (a step is one unit of the last printed digit)")]
    [InlineData(FigureQualifier.About, "at least one step below the number, at most one step above the number (a step is one unit of the last printed digit)")]
    [InlineData(FigureQualifier.Exceeding, "more than the number")]
    public void ToString_English_DescribesDefaultRuleInWords(FigureQualifier qualifier, string expected)
    {
        Assert.Equal(expected, QualifierPolicy.Default[qualifier].ToString("en", null));
    }

    [Theory]
    [InlineData(FigureQualifier.Exact, "不低于该数减半个单位，不高于该数加半个单位（单位为末位数字的一个单位）")]
    [InlineData(FigureQualifier.Odd, "高于该数，低于该数加1个单位（单位为末位非零数字的一个单位）")]
    [InlineData(FigureQualifier.AtLeast, "不低于该数")]
    [InlineData(FigureQualifier.AtMost, "不高于该数")]
    [InlineData(FigureQualifier.Nearly, "不低于该数减1个单位，低于该数（单位为末位数字的一个单位）")]
    [InlineData(FigureQualifier.Around, "不低于该数减1个单位，不高于该数加1个单位（单位为末位数字的一个单位）")]
    [InlineData(FigureQualifier.Breaking, "高于该数")]
    public void ToString_Chinese_DescribesDefaultRuleInWords(FigureQualifier qualifier, string expected)
    {
        Assert.Equal(expected, QualifierPolicy.Default[qualifier].ToString("zh", null));
    }

    [Fact]
    public void ToString_ChangedRule_DescribesItsOwnOffsets()
    {
        var truncation = new QualifierRule(0m, true, 1m, false);
        Assert.Equal("at least the number, less than one step above the number (a step is one unit of the last printed digit)", truncation.ToString("en", null));
        var wide = new QualifierRule(-2.50m, true, 2.5m, true);
        Assert.Equal("at least 2.5 steps below the number, at most 2.5 steps above the number (a step is one unit of the last printed digit)", wide.ToString("en", null));
        Assert.Equal("不低于该数减2.5个单位，不高于该数加2.5个单位（单位为末位数字的一个单位）", wide.ToString("zh", null));
    }

    [Fact]
    public void ToString_DefaultValue_IsAnyValue()
    {
        Assert.Equal("any value", default(QualifierRule).ToString("en", null));
        Assert.Equal("任意值", default(QualifierRule).ToString("zh", null));
        Assert.Equal("(−∞, +∞)", default(QualifierRule).ToString("G", null));
    }

    [Fact]
    public void ToString_GeneralOrNullFormat_IsTheInterval()
    {
        var rule = QualifierPolicy.Default[FigureQualifier.Odd];
        Assert.Equal(rule.ToString(), rule.ToString(null, null));
        Assert.Equal(rule.ToString(), rule.ToString("G", null));
        Assert.Equal(rule.ToString(), rule.ToString(string.Empty, null));
    }

    [Fact]
    public void ToString_UnknownFormat_Throws()
    {
        Assert.Throws<FormatException>(() => QualifierPolicy.Default[FigureQualifier.Exact].ToString("X", null));
    }
}
