using System;
using System.Globalization;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Quzhou.Governance.Figures;
using Quzhou.Governance.Quantities;

namespace Quzhou.Governance.Tests.Figures;

public partial class PublishedFigureTest
{
    private static readonly FigureUnit[] Units =
    {
        FigureUnit.None, FigureUnit.Percent, FigureUnit.Permille, FigureUnit.PercentagePoints, FigureUnit.PermillePoints,
        FigureUnit.Times, FigureUnit.Tenths, FigureUnit.Counter("人"), FigureUnit.Counter("次"), FigureUnit.Counter("个月"),
        FigureUnit.Counter("人次"), FigureUnit.Counter("起"), FigureUnit.PerPopulation("起", 100000, "人"),
        FigureUnit.PerPopulation("件", 1000, "户"), FigureUnit.Doublings,
    };

    private static Gen<decimal> Printed(int maxDecimals) =>
        from mantissa in Gen.Choose(-2_000_000, 2_000_000)
        from scale in Gen.Choose(0, maxDecimals)
        select new decimal(Math.Abs(mantissa), 0, 0, mantissa < 0, (byte)scale);

    private static Gen<PublishedFigure> Figures =>
        from raw in Printed(4)
        from unit in Gen.Elements(Units)
        from qualifier in Gen.Choose(0, 9)
        from magnitude in Gen.Elements(Magnitude.One, Magnitude.One, Magnitude.TenThousand, Magnitude.HundredMillion, Magnitude.Trillion)
        from direction in Gen.Choose(0, 8)
        from chinese in Gen.Elements(false, false, true)
        select Build(raw, unit, (FigureQualifier)qualifier, magnitude, (FigureDirection)direction, chinese);

    private static PublishedFigure Build(decimal raw, FigureUnit unit, FigureQualifier qualifier, Magnitude magnitude, FigureDirection direction, bool chinese)
    {
        if (unit.Kind == FigureUnitKind.Doublings)
        {
            direction = FigureDirection.None;
        }

        var value = direction != FigureDirection.None || unit.Kind == FigureUnitKind.Doublings ? Math.Abs(raw) : raw;
        if (chinese)
        {
            value = decimal.Truncate(Math.Abs(value));
            if (magnitude != Magnitude.One)
            {
                value %= 10000m;
            }
        }

        return new PublishedFigure(value, unit, qualifier, magnitude, direction, chinese ? NumeralStyle.Chinese : NumeralStyle.Arabic);
    }

    [Property]
    public Property Figure_RoundTripsThroughText_InvariantAndChinese() =>
        Prop.ForAll(Figures.ToArbitrary(), figure =>
            PublishedFigure.Parse(figure.ToString(null, CultureInfo.InvariantCulture)) == figure
            && PublishedFigure.Parse(figure.ToString(null, CultureInfo.GetCultureInfo("zh-CN"))) == figure
            && PublishedFigure.Parse(figure.ToString()).ToString() == figure.ToString());

    [Property]
    public Property ExactInterval_HoldsExactlyTheValuesThatPrintAsIt() =>
        Prop.ForAll(
            Printed(3).ToArbitrary(),
            Gen.Choose(-12_000, 12_000).ToArbitrary(),
            Gen.Elements(Magnitude.One, Magnitude.TenThousand).ToArbitrary(),
            (printed, offset, magnitude) =>
            {
                var figure = new PublishedFigure(printed, FigureUnit.Percent, magnitude: magnitude);
                var exponent = (int)magnitude;
                var x = printed * Pow10(exponent);
                var v = x + (figure.Step * offset / 10000m);
                var isTie = Math.Abs(v - x) == figure.Step / 2;
                var printsAsIt = Rounding.HalfAwayFromZero(v / Pow10(exponent), figure.Decimals) == printed;
                return figure.Interval.Contains(v) == (printsAsIt || isTie);
            });

    [Property]
    public Property ConsistencyByCrossMultiplication_AgreesWithBigIntegerReference() =>
        Prop.ForAll(
            Figures.ToArbitrary(),
            Longs.ToArbitrary(),
            Longs.ToArbitrary(),
            (figure, numerator, denominator) =>
                figure.IsConsistentWith(numerator, denominator) == Reference(figure.GetSignedInterval(), numerator, denominator, Scale(figure.Unit)));

    [Property]
    public Property ConsistencyNearTheFigure_AgreesWithBigIntegerReference() =>
        Prop.ForAll(
            Figures.ToArbitrary(),
            Gen.Choose(1, 1_000_000).ToArbitrary(),
            Gen.Choose(-50, 50).ToArbitrary(),
            (figure, denominator, nudge) =>
            {
                // A numerator whose fraction lands next to the figure, so the ends of the interval are exercised.
                var target = figure.SignedValue / Scale(figure.Unit) * denominator;
                if (Math.Abs(target) > 1e15m)
                {
                    return true;
                }

                var numerator = (long)decimal.Round(target) + nudge;
                return figure.IsConsistentWith(numerator, denominator) == Reference(figure.GetSignedInterval(), numerator, denominator, Scale(figure.Unit));
            });

    [Property]
    public Property AttainabilityWithDenominator_AgreesWithBruteForceOverNumerators() =>
        Prop.ForAll(
            Gen.Choose(0, 9900).Zip(Gen.Choose(0, 2), (hundredths, decimals) => Rounding.HalfAwayFromZero(hundredths / 100m, decimals)).ToArbitrary(),
            Gen.Elements(FigureQualifier.Exact, FigureQualifier.Odd, FigureQualifier.More, FigureQualifier.AtLeast, FigureQualifier.AtMost, FigureQualifier.Nearly, FigureQualifier.About, FigureQualifier.Exceeding).ToArbitrary(),
            Gen.Choose(1, 1500).ToArbitrary(),
            (printed, qualifier, denominator) =>
            {
                var figure = new PublishedFigure(printed, FigureUnit.Percent, qualifier);
                var brute = false;
                // Any whole numerator counts (a change may be negative, a ratio may pass 100%); the printed values
                // stay below 100, so −n … 2n covers every numerator whose fraction could lie in the interval.
                for (long k = -denominator; k <= 2 * denominator && !brute; k++)
                {
                    brute = Reference(figure.GetSignedInterval(), k, denominator, 100);
                }

                return figure.IsAttainableWithDenominator(denominator) == brute;
            });

    private static Gen<long> Longs =>
        Gen.OneOf(
            Gen.Choose(-10_000, 10_000).Select(i => (long)i),
            from high in Gen.Choose(int.MinValue, int.MaxValue)
            from low in Gen.Choose(int.MinValue, int.MaxValue)
            select ((long)high << 32) | unchecked((uint)low),
            Gen.Elements(0L, 1L, -1L, long.MaxValue, long.MinValue, long.MaxValue - 1, long.MinValue + 1));

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }

    private static long Scale(FigureUnit unit) => unit.Kind switch
    {
        FigureUnitKind.Percent or FigureUnitKind.PercentagePoints => 100,
        FigureUnitKind.Permille or FigureUnitKind.PermillePoints => 1000,
        FigureUnitKind.Tenths => 10,
        FigureUnitKind.PerPopulation => unit.PopulationBase,
        _ => 1,
    };

    /// <summary>numerator × scale / denominator inside the interval, decided with BigInteger.</summary>
    private static bool Reference(FigureInterval interval, long numerator, long denominator, long scale)
    {
        if (denominator == 0)
        {
            return false;
        }

        var n = (BigInteger)numerator * scale;
        var d = (BigInteger)denominator;
        if (d.Sign < 0)
        {
            n = -n;
            d = -d;
        }

        if (interval.Lower is { } lower)
        {
            var c = CompareFraction(n, d, lower);
            if (c < 0 || (c == 0 && !interval.IncludesLower))
            {
                return false;
            }
        }

        if (interval.Upper is { } upper)
        {
            var c = CompareFraction(n, d, upper);
            if (c > 0 || (c == 0 && !interval.IncludesUpper))
            {
                return false;
            }
        }

        return true;
    }

    private static int CompareFraction(BigInteger numerator, BigInteger denominator, decimal bound)
    {
        var bits = decimal.GetBits(bound);
        var mantissa = ((BigInteger)unchecked((uint)bits[2]) << 64) | ((BigInteger)unchecked((uint)bits[1]) << 32) | unchecked((uint)bits[0]);
        if (bits[3] < 0)
        {
            mantissa = -mantissa;
        }

        var power = BigInteger.Pow(10, (bits[3] >> 16) & 0xFF);
        return (numerator * power).CompareTo(mantissa * denominator);
    }
}
