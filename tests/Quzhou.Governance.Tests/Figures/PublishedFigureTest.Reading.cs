using System;
using System.Globalization;
using Quzhou.Governance.Figures;
using Quzhou.Governance.Parsing;
using Xunit;

namespace Quzhou.Governance.Tests.Figures;

public partial class PublishedFigureTest
{
    // text, value, decimals, magnitude exponent, qualifier, unit kind, unit text, direction
    public static TheoryData<string, string, int, int, FigureQualifier, FigureUnitKind, string, FigureDirection> InterviewFigures => new()
    {
        { "72.96%", "72.96", 2, 0, FigureQualifier.Exact, FigureUnitKind.Percent, "%", FigureDirection.None },
        { "69.11%", "69.11", 2, 0, FigureQualifier.Exact, FigureUnitKind.Percent, "%", FigureDirection.None },
        { "下降6.67%", "6.67", 2, 0, FigureQualifier.Exact, FigureUnitKind.Percent, "%", FigureDirection.Decline },
        { "13.53%", "13.53", 2, 0, FigureQualifier.Exact, FigureUnitKind.Percent, "%", FigureDirection.None },
        { "下降31.3%", "31.3", 1, 0, FigureQualifier.Exact, FigureUnitKind.Percent, "%", FigureDirection.Decline },
        { "17.5%", "17.5", 1, 0, FigureQualifier.Exact, FigureUnitKind.Percent, "%", FigureDirection.None },
        { "9.2%", "9.2", 1, 0, FigureQualifier.Exact, FigureUnitKind.Percent, "%", FigureDirection.None },
        { "82.2%", "82.2", 1, 0, FigureQualifier.Exact, FigureUnitKind.Percent, "%", FigureDirection.None },
        { "下降30.4%", "30.4", 1, 0, FigureQualifier.Exact, FigureUnitKind.Percent, "%", FigureDirection.Decline },
        { "提升11.53%", "11.53", 2, 0, FigureQualifier.Exact, FigureUnitKind.Percent, "%", FigureDirection.Lift },
        { "6.47%", "6.47", 2, 0, FigureQualifier.Exact, FigureUnitKind.Percent, "%", FigureDirection.None },
        { "58个月", "58", 0, 0, FigureQualifier.Exact, FigureUnitKind.Counter, "个月", FigureDirection.None },
        { "3年", "3", 0, 0, FigureQualifier.Exact, FigureUnitKind.Counter, "年", FigureDirection.None },
        { "100%", "100", 0, 0, FigureQualifier.Exact, FigureUnitKind.Percent, "%", FigureDirection.None },
        { "97.18%", "97.18", 2, 0, FigureQualifier.Exact, FigureUnitKind.Percent, "%", FigureDirection.None },
        { "下降54.3%", "54.3", 1, 0, FigureQualifier.Exact, FigureUnitKind.Percent, "%", FigureDirection.Decline },
        { "7大", "7", 0, 0, FigureQualifier.Exact, FigureUnitKind.Counter, "大", FigureDirection.None },
        { "增加1360余人", "1360", 0, 0, FigureQualifier.Odd, FigureUnitKind.Counter, "人", FigureDirection.Addition },
        { "下降23.6%", "23.6", 1, 0, FigureQualifier.Exact, FigureUnitKind.Percent, "%", FigureDirection.Decline },
        { "98.5%", "98.5", 1, 0, FigureQualifier.Exact, FigureUnitKind.Percent, "%", FigureDirection.None },
        { "97%以上", "97", 0, 0, FigureQualifier.AtLeast, FigureUnitKind.Percent, "%", FigureDirection.None },
        { "4282个", "4282", 0, 0, FigureQualifier.Exact, FigureUnitKind.Counter, "个", FigureDirection.None },
        { "1725个", "1725", 0, 0, FigureQualifier.Exact, FigureUnitKind.Counter, "个", FigureDirection.None },
        { "19万余次", "19", 0, 4, FigureQualifier.Odd, FigureUnitKind.Counter, "次", FigureDirection.None },
        { "99.1%", "99.1", 1, 0, FigureQualifier.Exact, FigureUnitKind.Percent, "%", FigureDirection.None },
        { "0", "0", 0, 0, FigureQualifier.Exact, FigureUnitKind.None, "", FigureDirection.None },
    };

    public static TheoryData<string, string, int, int, FigureQualifier, FigureUnitKind, string, FigureDirection> OtherForms => new()
    {
        { "11.53个百分点", "11.53", 2, 0, FigureQualifier.Exact, FigureUnitKind.PercentagePoints, "个百分点", FigureDirection.None },
        { "提高1.2百分点", "1.2", 1, 0, FigureQualifier.Exact, FigureUnitKind.PercentagePoints, "百分点", FigureDirection.Raise },
        { "1360多人", "1360", 0, 0, FigureQualifier.More, FigureUnitKind.Counter, "人", FigureDirection.None },
        { "6.77‰", "6.77", 2, 0, FigureQualifier.Exact, FigureUnitKind.Permille, "‰", FigureDirection.None },
        { "0.46起/10万人", "0.46", 2, 0, FigureQualifier.Exact, FigureUnitKind.PerPopulation, "起/10万人", FigureDirection.None },
        { "增长1.3倍", "1.3", 1, 0, FigureQualifier.Exact, FigureUnitKind.Times, "倍", FigureDirection.Growth },
        { "下降三成", "3", 0, 0, FigureQualifier.Exact, FigureUnitKind.Tenths, "成", FigureDirection.Decline },
        { "翻一番", "1", 0, 0, FigureQualifier.Exact, FigureUnitKind.Doublings, "番", FigureDirection.None },
        { "约3000人", "3000", 0, 0, FigureQualifier.About, FigureUnitKind.Counter, "人", FigureDirection.None },
        { "3000人左右", "3000", 0, 0, FigureQualifier.Around, FigureUnitKind.Counter, "人", FigureDirection.None },
        { "近2万", "2", 0, 4, FigureQualifier.Nearly, FigureUnitKind.None, "", FigureDirection.None },
        { "超过100万", "100", 0, 4, FigureQualifier.Exceeding, FigureUnitKind.None, "", FigureDirection.None },
        { "突破1亿元", "1", 0, 8, FigureQualifier.Breaking, FigureUnitKind.Counter, "元", FigureDirection.None },
        { "3万亿元", "3", 0, 12, FigureQualifier.Exact, FigureUnitKind.Counter, "元", FigureDirection.None },
        { "5%以下", "5", 0, 0, FigureQualifier.AtMost, FigureUnitKind.Percent, "%", FigureDirection.None },
        { "７２．９６％", "72.96", 2, 0, FigureQualifier.Exact, FigureUnitKind.Percent, "%", FigureDirection.None },
        { "1 360", "1360", 0, 0, FigureQualifier.Exact, FigureUnitKind.None, "", FigureDirection.None },
        { "1,360人", "1360", 0, 0, FigureQualifier.Exact, FigureUnitKind.Counter, "人", FigureDirection.None },
        { "1，234，567.5元", "1234567.5", 1, 0, FigureQualifier.Exact, FigureUnitKind.Counter, "元", FigureDirection.None },
        { "三", "3", 0, 0, FigureQualifier.Exact, FigureUnitKind.None, "", FigureDirection.None },
        { "十九万", "19", 0, 4, FigureQualifier.Exact, FigureUnitKind.None, "", FigureDirection.None },
        { "十九万余次", "19", 0, 4, FigureQualifier.Odd, FigureUnitKind.Counter, "次", FigureDirection.None },
        { "一千三百六十", "1360", 0, 0, FigureQualifier.Exact, FigureUnitKind.None, "", FigureDirection.None },
        { "97.10%", "97.10", 2, 0, FigureQualifier.Exact, FigureUnitKind.Percent, "%", FigureDirection.None },
        { "-5%", "-5", 0, 0, FigureQualifier.Exact, FigureUnitKind.Percent, "%", FigureDirection.None },
        { " 提高 1.2 个百分点 ", "1.2", 1, 0, FigureQualifier.Exact, FigureUnitKind.PercentagePoints, "个百分点", FigureDirection.Raise },
        { "减少12件", "12", 0, 0, FigureQualifier.Exact, FigureUnitKind.Counter, "件", FigureDirection.Reduction },
        { "降低0.5个百分点", "0.5", 1, 0, FigureQualifier.Exact, FigureUnitKind.PercentagePoints, "个百分点", FigureDirection.Lowering },
        { "上升2千分点", "2", 0, 0, FigureQualifier.Exact, FigureUnitKind.PermillePoints, "千分点", FigureDirection.Rise },
        { "12人次", "12", 0, 0, FigureQualifier.Exact, FigureUnitKind.Counter, "人次", FigureDirection.None },
        { "2.1起/万人", "2.1", 1, 0, FigureQualifier.Exact, FigureUnitKind.PerPopulation, "起/万人", FigureDirection.None },
    };

    [Theory]
    [MemberData(nameof(InterviewFigures))]
    [MemberData(nameof(OtherForms))]
    public void Read_PublishedText_GivesEveryPart(string text, string value, int decimals, int magnitude, FigureQualifier qualifier, FigureUnitKind unitKind, string unitText, FigureDirection direction)
    {
        var result = PublishedFigure.Read(text);

        Assert.True(result.Success, result.ToString());
        var figure = result.Value;
        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), figure.Value);
        Assert.Equal(decimals, figure.Decimals);
        Assert.Equal((Magnitude)magnitude, figure.Magnitude);
        Assert.Equal(qualifier, figure.Qualifier);
        Assert.Equal(unitKind, figure.Unit.Kind);
        Assert.Equal(unitText, figure.Unit.Text);
        Assert.Equal(direction, figure.Direction);
    }

    [Fact]
    public void Read_SpanOverload_AgreesWithString()
    {
        Assert.Equal(PublishedFigure.Parse("19万余次"), PublishedFigure.Read("19万余次".AsSpan()).Value);
        Assert.Equal(PublishedFigure.Parse("19万余次"), PublishedFigure.Parse("19万余次".AsSpan()));
    }

    [Fact]
    public void Read_ChineseNumerals_AreMarkedChinese()
    {
        Assert.Equal(NumeralStyle.Chinese, PublishedFigure.Parse("下降三成").Numerals);
        Assert.Equal(NumeralStyle.Arabic, PublishedFigure.Parse("下降3成").Numerals);
        Assert.NotEqual(PublishedFigure.Parse("下降三成"), PublishedFigure.Parse("下降3成"));
    }

    [Fact]
    public void Read_PerPopulation_KnowsItsBase()
    {
        Assert.Equal(100000, PublishedFigure.Parse("0.46起/10万人").Unit.PopulationBase);
        Assert.Equal(10000, PublishedFigure.Parse("2.1起/万人").Unit.PopulationBase);
        Assert.Equal(1000, PublishedFigure.Parse("3人/1000人").Unit.PopulationBase);
        Assert.Equal(1000000, PublishedFigure.Parse("3起/百万人").Unit.PopulationBase);
        Assert.Equal(0, PublishedFigure.Parse("3人").Unit.PopulationBase);
    }

    [Fact]
    public void Read_FullWidthPerPopulation_FoldsUnitText()
    {
        Assert.Equal("起/10万人", PublishedFigure.Parse("０．４６起／１０万人").Unit.Text);
    }

    [Fact]
    public void Read_CommonUnits_ShareTheirText()
    {
        Assert.Same(PublishedFigure.Parse("3次").Unit.Text, PublishedFigure.Parse("4次").Unit.Text);
        Assert.Same(PublishedFigure.Parse("0.46起/10万人").Unit.Text, PublishedFigure.Parse("0.5起/10万人").Unit.Text);
    }

    [Theory]
    [InlineData("", 0, "a figure such as 72.96%, 19万余次 or 下降31.3%")]
    [InlineData("   ", 3, "a figure such as 72.96%, 19万余次 or 下降31.3%")]
    [InlineData("%", 0, "a number such as 72.96 or 三")]
    [InlineData("下降", 2, "a number")]
    [InlineData("下降%", 2, "a number such as 72.96 or 三")]
    [InlineData("约", 1, "a number")]
    [InlineData("72.%", 3, "a digit after the decimal point")]
    [InlineData("72.96%%", 6, "the end of the figure")]
    [InlineData("72.96%abc", 6, "the end of the figure")]
    [InlineData("72.96x", 5, "the end of the figure")]
    [InlineData("翻一倍", 2, "番 (翻…番 counts doublings)")]
    [InlineData("翻一", 2, "番 (翻…番 counts doublings)")]
    [InlineData("一番", 1, "a unit; a number of 番 is written 翻…番")]
    [InlineData("约3000余人", 5, "a unit or counting word (人, 次, 个…)")]
    [InlineData("约3000人左右", 6, "the end of the figure (a figure has one qualifier)")]
    [InlineData("1360余人以上", 6, "the end of the figure (a figure has one qualifier)")]
    [InlineData("-三成", 1, "a number in Arabic digits after the minus sign")]
    [InlineData("下降-3%", 2, "a number such as 72.96 or 三")]
    [InlineData("0.46起/", 6, "the population's counting word, such as 人")]
    [InlineData("0.46起/10万", 9, "the population's counting word, such as 人")]
    [InlineData("0.46起/0人", 6, "a population of 1 to 10⁹, such as 10万人")]
    [InlineData("0.46起/100亿人", 6, "a population of 1 to 10⁹, such as 10万人")]
    [InlineData("12345678901234567890123456789", 28, "a number of at most 28 digits")]
    [InlineData("0.123456789012345678901", 22, "a number of at most 20 decimals")]
    [InlineData("9999999999999999999999999999万亿", 0, "a number small enough to carry its magnitude")]
    [InlineData("1,36人", 1, "the end of the figure")]
    [InlineData("1,360 000", 6, "the end of the figure")]
    public void Read_BadText_ReportsPositionAndExpected(string text, int position, string expected)
    {
        var result = PublishedFigure.Read(text);

        Assert.False(result.Success);
        Assert.Equal(position, result.Error.Position);
        Assert.Equal(expected, result.Error.Expected);
        Assert.Equal(text, result.Error.Text);
    }

    [Fact]
    public void Read_BadSpan_CopiesTextOnlyIntoError()
    {
        var result = PublishedFigure.Read("72.96x".AsSpan());
        Assert.Equal("72.96x", result.Error.Text);
        Assert.Equal(5, result.Error.Position);
    }

    [Fact]
    public void Parse_BadText_ThrowsWithPosition()
    {
        var ex = Assert.Throws<UnparsableValueException>(() => PublishedFigure.Parse("72.96x"));
        Assert.Equal(5, ex.Error.Position);
        Assert.Throws<UnparsableValueException>(() => PublishedFigure.Parse("x".AsSpan()));
    }

    [Fact]
    public void Read_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => PublishedFigure.Read((string)null!));
        Assert.Throws<ArgumentNullException>(() => PublishedFigure.Parse((string)null!));
    }

    [Fact]
    public void TryParse_GoodAndBadText_ReportsSuccess()
    {
        Assert.True(PublishedFigure.TryParse("97%以上", out var figure));
        Assert.Equal(FigureQualifier.AtLeast, figure.Qualifier);
        Assert.False(PublishedFigure.TryParse("97%以上x", out figure));
        Assert.Equal(default, figure);
        Assert.False(PublishedFigure.TryParse((string?)null, out _));
        Assert.True(PublishedFigure.TryParse("19万余次".AsSpan(), out figure));
        Assert.False(PublishedFigure.TryParse("万".AsSpan(), out _));
    }

#if !LIBRARY_NETSTANDARD
    [Fact]
    public void SpanParsable_StaticMembers_ReadFigures()
    {
        Assert.Equal(PublishedFigure.Parse("72.96%"), ParseVia<PublishedFigure>("72.96%"));
        Assert.Equal(PublishedFigure.Parse("72.96%"), ParseSpanVia<PublishedFigure>("72.96%"));
        Assert.True(TryParseVia<PublishedFigure>("19万余次", out var figure));
        Assert.Equal(FigureQualifier.Odd, figure.Qualifier);
        Assert.False(TryParseVia<PublishedFigure>(null, out _));
        Assert.True(TryParseSpanVia<PublishedFigure>("1360余人", out figure));
        Assert.False(TryParseSpanVia<PublishedFigure>("余人", out _));
    }

    private static T ParseVia<T>(string text) where T : IParsable<T> => T.Parse(text, CultureInfo.InvariantCulture);

    private static T ParseSpanVia<T>(string text) where T : ISpanParsable<T> => T.Parse(text.AsSpan(), CultureInfo.InvariantCulture);

    private static bool TryParseVia<T>(string? text, out T result) where T : IParsable<T> => T.TryParse(text, CultureInfo.InvariantCulture, out result!);

    private static bool TryParseSpanVia<T>(string text, out T result) where T : ISpanParsable<T> => T.TryParse(text.AsSpan(), CultureInfo.InvariantCulture, out result!);
#endif
}
