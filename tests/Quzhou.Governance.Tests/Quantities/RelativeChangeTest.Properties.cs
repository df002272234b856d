using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Quzhou.Governance.Quantities;

namespace Quzhou.Governance.Tests.Quantities;

public partial class RelativeChangeTest
{
    private static Gen<long> WideLongs() =>
        Gen.OneOf(
            Gen.Choose(0, 1000).Select(i => (long)i),
            Gen.Choose(0, int.MaxValue).Select(i => (long)i),
            Gen.Choose(0, int.MaxValue).Two().Select(t => ((long)t.Item1 << 31) | (long)t.Item2));

    private static Arbitrary<RelativeChange> DefinedChanges() =>
        Gen.Zip(WideLongs(), WideLongs().Select(b => b == 0 ? 1 : b))
            .Select(t => RelativeChange.Between(t.Item1, t.Item2))
            .ToArbitrary();

    [Property]
    public Property ApplyToBase_GivesCurrent() =>
        Prop.ForAll(
            Gen.Zip(WideLongs(), WideLongs().Select(b => b == 0 ? 1 : b)).ToArbitrary(),
            t => RelativeChange.Between(t.Item1, t.Item2).ApplyTo(new Count(t.Item2)) == new Count(t.Item1));

    [Property]
    public Property CrossMultipliedComparison_AgreesWithExactRationals() =>
        Prop.ForAll(DefinedChanges(), DefinedChanges(), (a, b) =>
        {
            var reference = (new BigInteger(a.Current) * b.Base).CompareTo(new BigInteger(b.Current) * a.Base);
            return System.Math.Sign(a.CompareTo(b)) == reference && (a < b) == (reference < 0) && (a == b) == (reference == 0);
        });

    [Property]
    public Property Ordering_AgreesWithEquality() =>
        Prop.ForAll(
            Gen.Zip(Gen.Choose(0, 12), Gen.Choose(1, 12)).Select(t => RelativeChange.Between(t.Item1, t.Item2)).ToArbitrary(),
            Gen.Zip(Gen.Choose(0, 12), Gen.Choose(1, 12)).Select(t => RelativeChange.Between(t.Item1, t.Item2)).ToArbitrary(),
            (a, b) => (a.CompareTo(b) == 0) == a.Equals(b) && (!a.Equals(b) || a.GetHashCode() == b.GetHashCode()));

    private static Arbitrary<RelativeChange> ChangesWithUndefined() =>
        Gen.OneOf(
            Gen.Zip(Gen.Choose(0, 12), Gen.Choose(0, 12)).Select(t => RelativeChange.Between(t.Item1, t.Item2)),
            Gen.Choose(-1000, 1000).Select(i => RelativeChange.FromPercent(i / 10m)),
            Gen.Constant(default(RelativeChange)),
            Gen.Constant(RelativeChange.Undefined))
            .ToArbitrary();

    [Property]
    public Property CompareTo_IsTotalOrderConsistentWithEquals_UndefinedFirst() =>
        Prop.ForAll(ChangesWithUndefined(), ChangesWithUndefined(), ChangesWithUndefined(), (a, b, c) =>
            OrderLaws.Hold(a, b, c) && (a.IsDefined || !b.IsDefined || a.CompareTo(b) < 0));

    [Property]
    public Property Difference_AgreesWithDecimalArithmetic() =>
        Prop.ForAll(DefinedChanges(), DefinedChanges(), (a, b) => (a - b).Value == a.Value - b.Value);

    [Property]
    public Property Round_AgreesWithBigIntegerReference() =>
        Prop.ForAll(DefinedChanges(), Gen.Choose(0, 6).ToArbitrary(), (change, decimals) =>
            change.ToPercent(decimals) == ReferenceRound(change.Current - change.Base, change.Base, decimals));

    [Property]
    public Property PublishedPercent_RoundTripsThroughValue() =>
        Prop.ForAll(
            Gen.Choose(-10_000, 1_000_000).Select(i => i / 100m).ToArbitrary(),
            percent => RelativeChange.FromPercent(percent).Value == percent &&
                RelativeChange.FromPercent(percent).ToPercent(2) == Rounding.HalfAwayFromZero(percent, 2));

    /// <summary>numerator/denominator in percent, rounded half away from zero, with big integers only.</summary>
    internal static decimal ReferenceRound(long numerator, long denominator, int decimals)
    {
        var scaled = new BigInteger(numerator) * BigInteger.Pow(10, decimals + 2);
        var quotient = BigInteger.DivRem(BigInteger.Abs(scaled), denominator, out var remainder);
        if (remainder * 2 >= denominator)
        {
            quotient += 1;
        }

        var result = (decimal)quotient / (decimal)BigInteger.Pow(10, decimals);
        result = Rounding.HalfAwayFromZero(result, decimals);
        return scaled.Sign < 0 ? -result : result;
    }
}
