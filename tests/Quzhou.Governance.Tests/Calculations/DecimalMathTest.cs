using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Quzhou.Governance.Calculations;
using Xunit;

namespace Quzhou.Governance.Tests.Calculations;

public class DecimalMathTest
{
    [Fact]
    public void Ln_KnownValues_To25Digits()
    {
        Assert.Equal(0m, DecimalMath.Ln(1m));
        Assert.Equal(0.6931471805599453094172321m, Math.Round(DecimalMath.Ln(2m), 25));
        Assert.Equal(2.3025850929940456840179915m, Math.Round(DecimalMath.Ln(10m), 25));
        Assert.Equal(-0.1053605156578263012275010m, Math.Round(DecimalMath.Ln(0.9m), 25));
        Assert.Equal(43.6682723752765544932m, Math.Round(DecimalMath.Ln(long.MaxValue), 19));
    }

    [Fact]
    public void Pow_WholeExponents_Exact()
    {
        Assert.Equal(1m, DecimalMath.Pow(7m, 0));
        Assert.Equal(1.2762815625m, DecimalMath.Pow(1.05m, 5));
        Assert.Equal(0.59049m, DecimalMath.Pow(0.9m, 5));
    }

    [Property]
    public Property Ln_OfAProduct_IsTheSumOfLogs()
    {
        var gen = Gen.Choose(1, 1_000_000).SelectMany(a => Gen.Choose(1, 1_000_000).Select(b => (a, b)));
        return Prop.ForAll(gen.ToArbitrary(), x =>
        {
            var (a, b) = x;
            var a1 = a / 1000m;
            var b1 = b / 1000m;
            return Math.Abs(DecimalMath.Ln(a1 * b1) - DecimalMath.Ln(a1) - DecimalMath.Ln(b1)) <= 1e-24m;
        });
    }
}
