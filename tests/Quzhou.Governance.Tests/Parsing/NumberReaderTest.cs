using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Quzhou.Governance.Figures;
using Xunit;

namespace Quzhou.Governance.Tests.Parsing;

/// <summary>
/// The internal NumberReader, exercised through the bare-number figures it reads (the test assembly cannot see
/// internals until the signing key in InternalsVisibleTo is fixed).
/// </summary>
public class NumberReaderTest
{
    [Theory]
    [InlineData("0", "0")]
    [InlineData("007", "7")]
    [InlineData("72.96", "72.96")]
    [InlineData("97.10", "97.10")]
    [InlineData("７２．９６", "72.96")]
    [InlineData("1,360", "1360")]
    [InlineData("1 360", "1360")]
    [InlineData("1\u3000360", "1360")]
    [InlineData("1,234,567", "1234567")]
    [InlineData("1 234 567.25", "1234567.25")]
    [InlineData("1234567890123456789012345678", "1234567890123456789012345678")]
    [InlineData("0.00000000000000000001", "0.00000000000000000001")]
    [InlineData("三", "3")]
    [InlineData("两", "2")]
    [InlineData("十", "10")]
    [InlineData("一千三百六十", "1360")]
    [InlineData("一千零五", "1005")]
    [InlineData("二〇二五", "2025")]
    [InlineData("三亿五千万", "350000000")]
    public void Read_Number_KeepsValueAndScale(string text, string expected)
    {
        var figure = PublishedFigure.Parse(text);
        Assert.Equal(expected, figure.Value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(Magnitude.One, figure.Magnitude);
    }

    [Theory]
    [InlineData("十九万", 19, Magnitude.TenThousand)]
    [InlineData("一千三百六十万", 1360, Magnitude.TenThousand)]
    [InlineData("十亿", 10, Magnitude.HundredMillion)]
    [InlineData("一万亿", 1, Magnitude.Trillion)]
    public void Read_ChineseNumeralEndingInMagnitude_SplitsIt(string text, long value, Magnitude magnitude)
    {
        var figure = PublishedFigure.Parse(text);
        Assert.Equal(value, figure.Value);
        Assert.Equal(magnitude, figure.Magnitude);
    }

    [Theory]
    [InlineData("1,36", 1)]
    [InlineData("1,3600", 1)]
    [InlineData("1, 360", 1)]
    [InlineData("1,360 000", 6)]
    [InlineData("1234,567", 4)]
    [InlineData("12.", 3)]
    [InlineData("12.x", 3)]
    [InlineData("12345678901234567890123456789", 28)]
    public void Read_BadNumber_StopsAtPosition(string text, int position)
    {
        var result = PublishedFigure.Read(text);
        Assert.False(result.Success);
        Assert.Equal(position, result.Error.Position);
    }

    [Fact]
    public void Read_ChineseBeforePoints_StopsBeforeTheUnit()
    {
        var figure = PublishedFigure.Parse("三千分点");
        Assert.Equal(3m, figure.Value);
        Assert.Equal(FigureUnitKind.PermillePoints, figure.Unit.Kind);
        Assert.Equal(FigureUnitKind.PercentagePoints, PublishedFigure.Parse("五百分点").Unit.Kind);
    }

    [Property]
    public Property Read_InvariantDecimalText_GivesSameDecimal() =>
        Prop.ForAll(
            Gen.Choose(0, int.MaxValue).Zip(Gen.Choose(0, 9), (mantissa, scale) => new decimal(mantissa, 0, 0, false, (byte)scale)).ToArbitrary(),
            value =>
            {
                var read = PublishedFigure.Parse(value.ToString(CultureInfo.InvariantCulture)).Value;
                return read == value && read.ToString(CultureInfo.InvariantCulture) == value.ToString(CultureInfo.InvariantCulture);
            });

    [Property]
    public Property Read_GroupedText_GivesSameNumber() =>
        Prop.ForAll(
            Gen.Choose(0, int.MaxValue).ToArbitrary(),
            value => PublishedFigure.Parse(value.ToString("N0", CultureInfo.InvariantCulture)).Value == value
                && PublishedFigure.Parse(value.ToString("N0", CultureInfo.InvariantCulture).Replace(',', ' ')).Value == value);

    [Property]
    public Property Read_ChineseNumeral_GivesItsValue() =>
        Prop.ForAll(
            Gen.Choose(0, 9999).ToArbitrary(),
            value => PublishedFigure.Parse(Quzhou.Governance.Parsing.ChineseNumerals.Format(value)).Value == value);
}
