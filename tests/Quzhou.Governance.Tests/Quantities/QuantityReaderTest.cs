using System;
using System.Globalization;
using Quzhou.Governance.Parsing;
using Quzhou.Governance.Quantities;
using Xunit;

namespace Quzhou.Governance.Tests.Quantities;

/// <summary>The quantity types read through the figure grammar.</summary>
public class QuantityReaderTest
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    [Theory]
    [InlineData("72.96%", "72.96")]
    [InlineData("97.10%", "97.10")]
    [InlineData("７２．９６％", "72.96")]
    [InlineData("100%", "100")]
    public void Percentage_Read_KeepsPrintedValue(string text, string expected)
    {
        var value = Percentage.Parse(text);
        Assert.Equal(Percentage.FromPercent(decimal.Parse(expected, Invariant)), value);
        Assert.Equal(expected + "%", value.ToString());
    }

    [Theory]
    [InlineData("11.53个百分点", "11.53")]
    [InlineData("提高1.2个百分点", "1.2")]
    [InlineData("下降1.2个百分点", "-1.2")]
    [InlineData("-1.2个百分点", "-1.2")]
    [InlineData("11.53 pp", "11.53")]
    [InlineData("-1.2 pp", "-1.2")]
    [InlineData("+1.2 pp", "1.2")]
    public void PercentagePoints_Read_IsSigned(string text, string expected)
    {
        Assert.Equal(new PercentagePoints(decimal.Parse(expected, Invariant)), PercentagePoints.Parse(text));
    }

    [Theory]
    [InlineData("下降31.3%", "-31.3")]
    [InlineData("-31.3%", "-31.3")]
    [InlineData("+6.47%", "6.47")]
    [InlineData("增长6.47%", "6.47")]
    [InlineData("提升11.53%", "11.53")]
    [InlineData("0%", "0")]
    [InlineData("持平", "0")]
    public void RelativeChange_ReadPercent_IsFromPercent(string text, string percent)
    {
        Assert.Equal(RelativeChange.FromPercent(decimal.Parse(percent, Invariant)), RelativeChange.Parse(text));
    }

    [Fact]
    public void RelativeChange_ReadMultiples_AreExact()
    {
        Assert.Equal(RelativeChange.FromTimesIncrease(1.3m), RelativeChange.Parse("增长1.3倍"));
        Assert.Equal(RelativeChange.FromTenths(-3m), RelativeChange.Parse("下降三成"));
        Assert.Equal(RelativeChange.FromDoublings(1), RelativeChange.Parse("翻一番"));
        Assert.Equal(RelativeChange.FromDoublings(2), RelativeChange.Parse("翻两番"));
    }

    [Fact]
    public void Count_Read_Forms()
    {
        Assert.Equal(new Count(4282), Count.Parse("4282个"));
        Assert.Equal(new Count(4282), Count.Parse("4,282"));
        Assert.Equal(new Count(190000), Count.Parse("19万"));
        Assert.Equal(new Count(13600), Count.Parse("1.36万"));
        Assert.Equal(new Count(1360), Count.Parse("一千三百六十"));
        Assert.Equal(new Count(0), Count.Parse("0"));
    }

    [Fact]
    public void CountChange_Read_Forms()
    {
        Assert.Equal(new CountChange(1360), CountChange.Parse("增加1360人"));
        Assert.Equal(new CountChange(-25), CountChange.Parse("减少25"));
        Assert.Equal(new CountChange(1360), CountChange.Parse("+1360"));
        Assert.Equal(new CountChange(-25), CountChange.Parse("-25"));
        Assert.Equal(new CountChange(13600), CountChange.Parse("增加1.36万"));
        Assert.Equal(new CountChange(0), CountChange.Parse("持平"));
    }

    [Fact]
    public void Amount_Read_Forms()
    {
        Assert.Equal(Amount.FromFen(123456789), Amount.Parse("1234567.89"));
        Assert.Equal(Amount.FromFen(123456789), Amount.Parse("1234567.89元"));
        Assert.Equal(Amount.FromYuan(1234500m), Amount.Parse("123.45万元"));
        Assert.Equal(Amount.FromYuan(123000000m), Amount.Parse("1.23亿元"));
    }

    [Fact]
    public void Ratio_Read_IsExactPrintedFraction()
    {
        var ratio = Ratio.Parse("97.18%");
        Assert.Equal(9718, ratio.Numerator);
        Assert.Equal(10000, ratio.Denominator);
    }

    [Theory]
    [InlineData("6.77%", PopulationBase.PerHundred)]
    [InlineData("6.77‰", PopulationBase.PerThousand)]
    [InlineData("6.77‱", PopulationBase.PerTenThousand)]
    [InlineData("6.77/万人", PopulationBase.PerTenThousand)]
    [InlineData("6.77/10万人", PopulationBase.PerHundredThousand)]
    [InlineData("6.77起/10万人", PopulationBase.PerHundredThousand)]
    [InlineData("6.77 per 100,000", PopulationBase.PerHundredThousand)]
    public void PopulationRate_Read_Bases(string text, PopulationBase per)
    {
        Assert.Equal(PopulationRate.FromPublished(6.77m, per), PopulationRate.Parse(text));
    }

    [Fact]
    public void Quantities_OwnText_ReadsBack()
    {
        var values = new object[]
        {
            Percentage.FromPercent(72.96m), new PercentagePoints(-1.2m), RelativeChange.FromPercent(-31.3m),
            RelativeChange.FromPercent(6.47m), new Count(4282), new CountChange(-25), new CountChange(1360),
            Amount.FromFen(123456789), PopulationRate.FromPublished(0.46m, PopulationBase.PerHundredThousand),
            PopulationRate.FromPublished(6.77m, PopulationBase.PerThousand), PopulationRate.FromPublished(1.2m, PopulationBase.PerTenThousand),
        };
        foreach (var value in values)
        {
            foreach (var format in new[] { "G", "zh" })
            {
                var text = ((IFormattable)value).ToString(format, Invariant);
                object read = value switch
                {
                    Percentage => Percentage.Parse(text),
                    PercentagePoints => PercentagePoints.Parse(text),
                    RelativeChange => RelativeChange.Parse(text),
                    Count => Count.Parse(text),
                    CountChange => CountChange.Parse(text),
                    Amount => Amount.Parse(text),
                    _ => PopulationRate.Parse(text),
                };
                Assert.True(value.Equals(read), text);
            }
        }
    }

    [Theory]
    [InlineData("97%以上", 0)]
    [InlineData("下降31.3%", 0)]
    [InlineData("72.96个百分点", 0)]
    [InlineData("72.96x", 5)]
    [InlineData("19万余次", 0)]
    public void Percentage_BadText_ReportsPosition(string text, int position)
    {
        var result = Percentage.Read(text);
        Assert.False(result.Success);
        Assert.Equal(position, result.Error.Position);
        Assert.False(Percentage.TryParse(text, out _));
        Assert.Throws<UnparsableValueException>(() => Percentage.Parse(text));
    }

    [Fact]
    public void Readers_BadText_ReportWhatWasExpected()
    {
        Assert.Equal("an exact whole count such as 4282个 or 19万", Count.Read("-3").Error.Expected);
        Assert.Equal("an exact whole count such as 4282个 or 19万", Count.Read("1.5").Error.Expected);
        Assert.Equal("an amount of whole 分 (at most two decimals of 元)", Amount.Read("1.234元").Error.Expected);
        Assert.Equal("an unsigned number after +", CountChange.Read("+增加3").Error.Expected);
        Assert.Equal(1, CountChange.Read("+x").Error.Position);
        Assert.Equal("a number before pp", PercentagePoints.Read("3% pp").Error.Expected);
        Assert.Equal(9, PopulationRate.Read("6.77 per 7").Error.Position);
        Assert.Equal("a non-negative number before the rate's base", PopulationRate.Read("-6.77‱").Error.Expected);
        Assert.False(RelativeChange.Read("下降1.3倍").Success);
        Assert.False(RelativeChange.Read("下降200%").Success);
        Assert.False(Ratio.Read("-5%").Success);
        Assert.False(PopulationRate.Read("5起/3人").Success);
        Assert.False(Percentage.TryParse((string?)null, out _));
        Assert.True(Percentage.TryParse("72.96%".AsSpan(), out var percentage));
        Assert.Equal(Percentage.FromPercent(72.96m), percentage);
        Assert.Equal(Percentage.FromPercent(72.96m), Percentage.Read("72.96%".AsSpan()).Value);
        Assert.Equal("72.96x", Percentage.Read("72.96x".AsSpan()).Error.Text);
    }

#if !LIBRARY_NETSTANDARD
    [Fact]
    public void SpanParsable_Quantities_ReadThroughInterfaces()
    {
        Assert.Equal(Percentage.FromPercent(72.96m), Via<Percentage>("72.96%"));
        Assert.Equal(new PercentagePoints(11.53m), Via<PercentagePoints>("11.53个百分点"));
        Assert.Equal(RelativeChange.FromPercent(-31.3m), Via<RelativeChange>("下降31.3%"));
        Assert.Equal(new Count(4282), Via<Count>("4282个"));
        Assert.Equal(new CountChange(1360), Via<CountChange>("增加1360"));
        Assert.Equal(Amount.FromFen(100), Via<Amount>("1元"));
        Assert.Equal(9718, Via<Ratio>("97.18%").Numerator);
        Assert.Equal(PopulationRate.FromPublished(6.77m, PopulationBase.PerThousand), Via<PopulationRate>("6.77‰"));
    }

    private static T Via<T>(string text) where T : ISpanParsable<T>
    {
        Assert.True(T.TryParse(text, Invariant, out var fromString));
        Assert.True(T.TryParse(text.AsSpan(), Invariant, out var fromSpan));
        Assert.Equal(fromString, fromSpan);
        Assert.Equal(fromString, T.Parse(text.AsSpan(), Invariant));
        return T.Parse(text, Invariant);
    }
#endif

    [Theory]
    [InlineData("翻56番")]
    [InlineData("翻五十六番")]
    [InlineData("翻一番")]
    public void RelativeChange_ReadDoublings_PrintsTextThatReadsBack(string text)
    {
        var change = RelativeChange.Parse(text);
        Assert.Equal(change, RelativeChange.Parse(change.ToString()));
        Assert.Equal(change, RelativeChange.Parse(change.ToString("zh", Invariant)));
    }

    [Theory]
    [InlineData("翻57番")]
    [InlineData("翻62番")]
    public void RelativeChange_ReadDoublingsPastWhatPrintsExactly_Fails(string text)
    {
        var result = RelativeChange.Read(text);
        Assert.False(result.Success);
        Assert.Contains("56", result.Error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void RelativeChange_PublishedZeroWithDecimals_PrintsItsDecimalsInChinese()
    {
        var change = RelativeChange.Parse("0.0%");
        Assert.Equal("增长0.0%", change.ToString("zh", Invariant));
        Assert.Equal(1, RelativeChange.Parse(change.ToString("zh", Invariant)).PublishedDecimals);
        Assert.Equal("持平", RelativeChange.Parse("0%").ToString("zh", Invariant));
        Assert.Equal("持平", RelativeChange.Parse("持平").ToString("zh", Invariant));
    }

    [Theory]
    [InlineData("0.1234567890123456%")]
    [InlineData("0.12345678901234‰")]
    [InlineData("0.12345678901234/万人")]
    public void PopulationRate_ReadMoreDecimalsThanItPrints_Fails(string text)
    {
        var result = PopulationRate.Read(text);
        Assert.False(result.Success);
        Assert.Contains("13 decimals", result.Error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void PopulationRate_ReadThirteenDecimals_PrintsAndReadsBack()
    {
        var rate = PopulationRate.Parse("0.1234567890123%");
        Assert.Equal("0.1234567890123%", rate.ToString());
        Assert.Equal(rate, PopulationRate.Parse(rate.ToString()));
    }
}
