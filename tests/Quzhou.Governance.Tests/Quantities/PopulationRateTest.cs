using System;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Quzhou.Governance.Quantities;
using Xunit;

namespace Quzhou.Governance.Tests.Quantities;

public class PopulationRateTest
{
    [Fact]
    public void Of_BirthRate_6Point77PerThousand()
    {
        var rate = PopulationRate.Of(new Count(15_368), 2_270_000, PopulationBase.PerThousand);
        Assert.Equal("6.77‰", rate.ToString());
        Assert.Equal("6.77‰", rate.ToString("zh", null));
        Assert.Equal(6.77m, rate.Round(2));
        Assert.Equal(PopulationBase.PerThousand, rate.Per);
        Assert.Equal(15_368L, rate.Events);
        Assert.Equal(2_270_000L, rate.Population);
        Assert.Null(rate.PublishedDecimals);
    }

    [Fact]
    public void Of_HomicideRate_0Point46Per100000()
    {
        var rate = PopulationRate.Of(10, 2_170_000, PopulationBase.PerHundredThousand);
        Assert.Equal("0.46 per 100,000", rate.ToString());
        Assert.Equal("0.46/10万人", rate.ToString("zh", null));
        Assert.Equal("0.46起/10万人", rate.ToStringWithUnit("起"));
        Assert.Equal("0.461起/10万人", rate.ToStringWithUnit("起", "F3"));
        Assert.Equal("0.46/10万人", rate.ToString(null, new CultureInfo("zh-CN")));
    }

    [Fact]
    public void FromPublished_KeepsDecimalsAndIsExact()
    {
        var published = PopulationRate.FromPublished(0.46m, PopulationBase.PerHundredThousand);
        Assert.Equal("0.46起/10万人", published.ToStringWithUnit("起"));
        Assert.Equal(0.46m, published.Value);
        Assert.Equal(2, published.PublishedDecimals);
        Assert.Equal(PopulationRate.FromPublished(6.770m, PopulationBase.PerThousand), PopulationRate.FromPublished(6.77m, PopulationBase.PerThousand));
        Assert.Equal("6.770‰", PopulationRate.FromPublished(6.770m, PopulationBase.PerThousand).ToString());
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => PopulationRate.FromPublished(-1m, PopulationBase.PerThousand)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => PopulationRate.FromPublished(0.00000000000001m, PopulationBase.PerHundredThousand)).ParamName);
    }

    [Fact]
    public void Bases_PrintTheirUnits()
    {
        Assert.Equal("1.20%", PopulationRate.Of(12, 1000, PopulationBase.PerHundred).ToString());
        Assert.Equal("120.00‱", PopulationRate.Of(12, 1000, PopulationBase.PerTenThousand).ToString());
        Assert.Equal("120.00/万人", PopulationRate.Of(12, 1000, PopulationBase.PerTenThousand).ToString("zh", null));
        Assert.Equal("120.00起/万人", PopulationRate.Of(12, 1000, PopulationBase.PerTenThousand).ToStringWithUnit("起"));
    }

    [Fact]
    public void Equality_IsPerPerson_AcrossBases()
    {
        var perThousand = PopulationRate.FromPublished(6.77m, PopulationBase.PerThousand);
        var perHundred = perThousand.ToBase(PopulationBase.PerHundred);
        Assert.Equal(perThousand, perHundred);
        TestHelper.TestEquality(perThousand, perHundred, PopulationRate.FromPublished(6.78m, PopulationBase.PerThousand), PopulationRate.FromPublished(6.77m, PopulationBase.PerHundred));
        Assert.Equal(0.677m, perHundred.Value);
        Assert.Equal(PopulationBase.PerHundred, perHundred.Per);
    }

    [Fact]
    public void Comparison_CrossMultiplied()
    {
        var low = PopulationRate.Of(10, 2_170_000, PopulationBase.PerHundredThousand);
        var high = PopulationRate.Of(11, 2_170_000, PopulationBase.PerHundredThousand);
        TestHelper.TestOrdering(low, PopulationRate.Of(20, 4_340_000, PopulationBase.PerThousand), high);
        Assert.False(low.Equals((object)1));
    }

    [Fact]
    public void ZeroPopulation_IsUndefinedValue()
    {
        var rate = PopulationRate.Of(3, 0, PopulationBase.PerThousand);
        Assert.False(rate.IsDefined);
        Assert.Equal(UndefinedReason.ZeroPopulation, rate.Reason);
        Assert.Equal(default, rate);
        Assert.Equal(PopulationRate.Undefined, rate);
        Assert.False(rate.TryGetValue(out _));
        Assert.Throws<InvalidOperationException>(() => rate.Value);
        Assert.Throws<InvalidOperationException>(() => rate.ToDecimal());
        Assert.Throws<InvalidOperationException>(() => rate.Round(2));
        Assert.Throws<InvalidOperationException>(() => rate < PopulationRate.Of(1, 1, PopulationBase.PerThousand));
        Assert.Equal("undefined (zero population)", rate.ToString());
        Assert.Equal("无法计算（人口为0）", rate.ToStringWithUnit("起"));
    }

    [Fact]
    public void Of_InvalidArguments_ThrowNamingArgument()
    {
        Assert.Equal("events", Assert.Throws<ArgumentOutOfRangeException>(() => PopulationRate.Of(-1, 10, PopulationBase.PerThousand)).ParamName);
        Assert.Equal("population", Assert.Throws<ArgumentOutOfRangeException>(() => PopulationRate.Of(1, -10, PopulationBase.PerThousand)).ParamName);
        Assert.Equal("per", Assert.Throws<ArgumentOutOfRangeException>(() => PopulationRate.Of(1, 10, (PopulationBase)7)).ParamName);
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => PopulationRate.Of(1, 10, PopulationBase.PerThousand).Round(14)).ParamName);
        Assert.Throws<ArgumentNullException>(() => PopulationRate.Of(1, 10, PopulationBase.PerThousand).ToStringWithUnit(null!));
        Assert.Throws<FormatException>(() => PopulationRate.Of(1, 10, PopulationBase.PerThousand).ToString("F14", null));
    }

    [Fact]
    public void TryGetValue_Defined_GivesFullPrecision()
    {
        Assert.True(PopulationRate.Of(1, 3, PopulationBase.PerThousand).TryGetValue(out var value));
        Assert.Equal(333.33333333333333333333333333m, value);
        Span<char> buffer = stackalloc char[32];
        Assert.True(PopulationRate.Of(1, 3, PopulationBase.PerThousand).TryFormat(buffer, out var written, "F1".AsSpan(), null));
        Assert.Equal("333.3‰", buffer.Slice(0, written).ToString());
        Assert.False(PopulationRate.Of(1, 3, PopulationBase.PerThousand).TryFormat(buffer.Slice(0, 3), out written, "F1".AsSpan(), null));
        Assert.Equal(0, written);
    }

    private static Arbitrary<PopulationRate> RatesWithUndefined() =>
        Gen.OneOf(
            Gen.Zip(Gen.Zip(Gen.Choose(0, 12), Gen.Choose(0, 12)), Gen.Elements(PopulationBase.PerHundred, PopulationBase.PerThousand, PopulationBase.PerHundredThousand))
                .Select(t => PopulationRate.Of(t.Item1.Item1, t.Item1.Item2, t.Item2)),
            Gen.Constant(default(PopulationRate)),
            Gen.Constant(PopulationRate.Undefined))
            .ToArbitrary();

    [Property]
    public Property CompareTo_IsTotalOrderConsistentWithEquals_UndefinedFirst() =>
        Prop.ForAll(RatesWithUndefined(), RatesWithUndefined(), RatesWithUndefined(), (a, b, c) =>
            OrderLaws.Hold(a, b, c) && (a.IsDefined || !b.IsDefined || a.CompareTo(b) < 0));

    [Fact]
    public void CompareTo_Undefined_SortsFirstButOperatorsThrow()
    {
        var undefined = PopulationRate.Of(3, 0, PopulationBase.PerThousand);
        var birth = PopulationRate.Of(677, 100_000, PopulationBase.PerThousand);
        Assert.True(undefined.CompareTo(birth) < 0);
        Assert.Equal(0, undefined.CompareTo(default));
        Assert.Throws<InvalidOperationException>(() => undefined < birth);
    }
}
