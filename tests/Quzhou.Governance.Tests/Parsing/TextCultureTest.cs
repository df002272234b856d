using System;
using System.Globalization;
using Quzhou.Governance.Parsing;
using Quzhou.Governance.Periods;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Parsing;

public class TextCultureTest
{
    [Theory]
    [InlineData("zh", true)]
    [InlineData("zh-CN", true)]
    [InlineData("zh-Hans", true)]
    [InlineData("zh-TW", true)]
    [InlineData("zh-HK", true)]
    [InlineData("en-US", false)]
    [InlineData("", false)]
    public void IsChinese_Culture_IsItsLanguage(string name, bool expected)
    {
        Assert.Equal(expected, TextCulture.IsChinese(CultureInfo.GetCultureInfo(name)));
    }

    [Fact]
    public void IsChinese_NullOrNotACulture_IsFalse()
    {
        Assert.False(TextCulture.IsChinese(null));
        Assert.False(TextCulture.IsChinese(NumberFormatInfo.InvariantInfo));
    }

    [Theory]
    [InlineData("zh-TW")]
    [InlineData("zh-Hans")]
    public void ToString_ChineseCultureWithoutFormat_EveryTypeWritesChinese(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        Assert.Equal("2025年第三季度", CalendarPeriod.ForQuarter(2025, 3).ToString(null, culture));
        Assert.Equal("2025年第三季度", SeriesPeriod.Quarter(2025, 3).ToString(null, culture));
        Assert.Equal("“十四五”", FiveYearPlan.FromOrdinal(14).ToString(null, culture));
        Assert.Equal("下降31.3%", RelativeChange.FromPercent(-31.3m).ToString(null, culture));
    }
}
