using System;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Quzhou.Governance.Quantities;
using Xunit;

namespace Quzhou.Governance.Tests.Quantities;

public class PercentageTest
{
    [Fact]
    public void Equality_ByValue_IgnoresScale()
    {
        var a = new Percentage(97.10m);
        var b = new Percentage(97.1m);
        Assert.Equal(a, b);
        TestHelper.TestOrdering(a, b, new Percentage(97.11m));
    }

    [Fact]
    public void ToString_KeepsScale()
    {
        Assert.Equal("97.10%", new Percentage(97.10m).ToString());
        Assert.Equal("97.1%", new Percentage(97.1m).ToString());
        Assert.Equal(2, new Percentage(97.10m).Decimals);
        Assert.Equal("72.96%", new Percentage(72.96m).ToString("zh", null));
        Assert.Equal("100%", Percentage.OneHundred.ToString());
        Assert.Equal("0%", default(Percentage).ToString());
    }

    [Theory]
    [InlineData("72.955", "F2", "72.96%")]
    [InlineData("72.955", "P2", "72.96%")]
    [InlineData("97.1", "P2", "97.10%")]
    [InlineData("97.184", "zh2", "97.18%")]
    [InlineData("97.5", "F0", "98%")]
    [InlineData("97.5", "F", "97.50%")]
    public void ToString_Precision_RoundsHalfAwayFromZero(string value, string format, string expected) =>
        Assert.Equal(expected, new Percentage(decimal.Parse(value, CultureInfo.InvariantCulture)).ToString(format, CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("X")]
    [InlineData("F99")]
    [InlineData("Gx")]
    [InlineData("zhx")]
    public void ToString_UnknownFormat_Throws(string format) =>
        Assert.Throws<FormatException>(() => new Percentage(1m).ToString(format, CultureInfo.InvariantCulture));

    [Fact]
    public void Subtract_TwoLevels_GivesPoints()
    {
        // 化解率 98.5% against 97%: 1.5 个百分点.
        PercentagePoints points = new Percentage(98.5m) - new Percentage(97m);
        Assert.Equal(new PercentagePoints(1.5m), points);
        Assert.Equal(points, Percentage.Subtract(new Percentage(98.5m), new Percentage(97m)));
        Assert.Equal(points, new Percentage(98.5m).Minus(new Percentage(97m)));
    }

    [Fact]
    public void AddPoints_Level_MovesLevel()
    {
        var level = new Percentage(80m);
        var points = new PercentagePoints(11.53m);
        Assert.Equal(new Percentage(91.53m), level + points);
        Assert.Equal(new Percentage(91.53m), Percentage.Add(level, points));
        Assert.Equal(new Percentage(91.53m), level.Plus(points));
        Assert.Equal(new Percentage(68.47m), level - points);
        Assert.Equal(new Percentage(68.47m), Percentage.Subtract(level, points));
        Assert.Equal(new Percentage(68.47m), level.Minus(points));
    }

    [Fact]
    public void Interview_11Point53PointsAgainst11Point53PercentOfBase_Differ()
    {
        // 实际执结率较“十三五”提升11.53%: as points or as a relative change of the old rate.
        var baseRate = new Percentage(80m);
        var asPoints = baseRate + new PercentagePoints(11.53m);
        var asRelative = RelativeChange.FromPercent(11.53m).ApplyTo(baseRate);
        Assert.Equal(new Percentage(91.53m), asPoints);
        Assert.Equal(new Percentage(89.224m), asRelative);
        Assert.NotEqual(asPoints, asRelative);
        Assert.Equal(11.53m, asRelative.RelativeTo(baseRate).ToPercent(2));
    }

    [Fact]
    public void Addition_OfTwoPercentages_DoesNotExist()
    {
        var additions = typeof(Percentage).GetMethods()
            .Where(m => m.Name == "op_Addition" && m.GetParameters().All(p => p.ParameterType == typeof(Percentage)));
        Assert.Empty(additions);
    }

    [Fact]
    public void Comparison_FollowsValues()
    {
        TestHelper.TestOrdering(new Percentage(97m), new Percentage(97.00m), new Percentage(97.18m), new Percentage(100m));
    }

    [Fact]
    public void Factories_AndFraction()
    {
        Assert.Equal(new Percentage(97.18m), Percentage.FromPercent(97.18m));
        Assert.Equal(new Percentage(97.18m), Percentage.FromFraction(0.9718m));
        Assert.Equal(0.9718m, new Percentage(97.18m).Fraction);
        Assert.Equal(97.18m, new Percentage(97.18m).Value);
        Assert.Equal(Percentage.Zero, default);
    }

    [Fact]
    public void Round_Decimals_RoundsAndKeepsScale()
    {
        Assert.Equal("97.18%", new Percentage(97.184m).Round(2).ToString());
        Assert.Equal("97.10%", new Percentage(97.1m).Round(2).ToString());
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Percentage(1m).Round(-1));
        Assert.Equal("decimals", ex.ParamName);
    }

    [Fact]
    public void TryFormat_Fits_Writes()
    {
        Span<char> buffer = stackalloc char[16];
        Assert.True(new Percentage(72.96m).TryFormat(buffer, out var written, default, null));
        Assert.Equal("72.96%", buffer.Slice(0, written).ToString());
    }

    private static Arbitrary<Percentage> Percentages() =>
        Gen.Choose(-1_000_000, 1_000_000).Select(i => new Percentage(i / 100m)).ToArbitrary();

    [Property]
    public Property DifferencePlusBase_IsOriginal() =>
        Prop.ForAll(Percentages(), Percentages(), (a, b) => (a - b) + b == a);

    [Property]
    public Property Ordering_AgreesWithEquality() =>
        Prop.ForAll(Percentages(), Percentages(), (a, b) => (a.CompareTo(b) == 0) == (a == b));

    [Property]
    public Property Equality_IgnoresScale() =>
        Prop.ForAll(Percentages(), a => new Percentage(Rounding.HalfAwayFromZero(a.Value, 4)) == a);
}
