using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Quantities;

namespace Quzhou.Governance.Tests.Calculations;

/// <summary>Points and relative changes of rates are rounded exactly from the parts (big-integer brute force).</summary>
public partial class RateComparisonTest
{
    [Property]
    public Property ToPercentagePoints_AnyParts_IsTheExactFractionRoundedHalfAwayFromZero()
    {
        var part = Gen.Choose(1, 3000).SelectMany(d => Gen.Choose(0, d).Select(n => ((long)n, (long)d)));
        return Prop.ForAll(part.ToArbitrary(), part.ToArbitrary(), Gen.Choose(0, 4).ToArbitrary(), (current, @base, decimals) =>
        {
            var comparison = Rates.Compare(Rate(current.Item1, current.Item2), Rate(@base.Item1, @base.Item2));
            var n = ((new BigInteger(current.Item1) * @base.Item2) - (new BigInteger(@base.Item1) * current.Item2)) * 100;
            var points = comparison.ToPercentagePoints(decimals)!.Value;
            var pointsFit = comparison.Readings(points, decimals).HasFlag(RateChangeReadings.PercentagePoints);
            var expected = Reference(n, new BigInteger(current.Item2) * @base.Item2, decimals);
            if (@base.Item1 == 0)
            {
                return points == expected && pointsFit && comparison.ToRelativePercent(decimals) is null;
            }

            var relative = comparison.ToRelativePercent(decimals)!.Value;
            return points == expected && pointsFit
                && relative == Reference(n, new BigInteger(current.Item2) * @base.Item1, decimals)
                && comparison.Readings(relative, decimals).HasFlag(RateChangeReadings.Relative)
                && Rounding.Scale(points) == decimals;
        });
    }

    [Property]
    public Property Readings_ExactFigure_SameAsTheValueAndDecimals()
    {
        var part = Gen.Choose(1, 3000).SelectMany(d => Gen.Choose(0, d).Select(n => ((long)n, (long)d)));
        return Prop.ForAll(part.ToArbitrary(), part.ToArbitrary(), Gen.Choose(0, 3).SelectMany(d => Gen.Choose(-2, 2).Select(o => (d, o))).ToArbitrary(), (current, @base, printing) =>
        {
            var (decimals, offset) = printing;
            var comparison = Rates.Compare(Rate(current.Item1, current.Item2), Rate(@base.Item1, @base.Item2));
            var claimed = comparison.ToPercentagePoints(decimals)!.Value + (offset * new decimal(1, 0, 0, false, (byte)decimals));
            var figure = Governance.Figures.PublishedFigure.FromChange(claimed, decimals, Governance.Figures.FigureUnit.Percent);
            // A change printed as 0 at its precision carries a direction word (增长0%), and an increase is not negative:
            // the figure's own reading is stricter there than the bare value's (which also takes −0.29 as 0), by design.
            return claimed == 0m || Governance.Claims.ClaimChecker.RateReadings(comparison, figure, null) == comparison.Readings(figure.SignedValue, figure.Decimals);
        });
    }

    private static decimal Reference(BigInteger n, BigInteger d, int decimals)
    {
        // Round half away from zero: floor(|n|·10^k / d + 1/2), by doubling.
        var twice = (BigInteger.Abs(n) * BigInteger.Pow(10, decimals) * 2) + d;
        var magnitude = (decimal)(twice / (2 * d)) / Rounding.Pow10(decimals);
        return n.Sign < 0 ? -magnitude : magnitude;
    }
}
