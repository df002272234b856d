using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Quzhou.Governance.Claims;
using Quzhou.Governance.Figures;

namespace Quzhou.Governance.Tests.Claims;

public partial class ClaimAuditsTest
{
    private static readonly FigureQualifier[] RateQualifiers =
    [
        FigureQualifier.Exact, FigureQualifier.Exact, FigureQualifier.Exact, FigureQualifier.AtLeast, FigureQualifier.AtMost,
        FigureQualifier.Odd, FigureQualifier.Nearly, FigureQualifier.About, FigureQualifier.Exceeding,
    ];

    private static Gen<PublishedFigure> Rates =>
        from mantissa in Gen.Choose(0, 10_500)
        from decimals in Gen.Choose(0, 3)
        from qualifier in Gen.Elements(RateQualifiers)
        from unit in Gen.Elements(FigureUnit.Percent, FigureUnit.Percent, FigureUnit.Permille)
        select new PublishedFigure(new decimal(mantissa, 0, 0, false, (byte)decimals), unit, qualifier);

    [Property(MaxTest = 300)]
    public Property IsRateAttainable_AgreesWithBruteForceOverSmallDenominators() =>
        Prop.ForAll(Rates.ToArbitrary(), Gen.Choose(1, 120).ToArbitrary(), (rate, cases) =>
            ClaimAudits.IsRateAttainable(rate, cases) == Enumerable.Range(0, cases + 1).Any(k => rate.IsConsistentWith(k, cases)));

    [Property(MaxTest = 100)]
    public Property SmallestDenominators_AreTheBruteForceList() =>
        Prop.ForAll(Rates.ToArbitrary(), rate =>
        {
            var brute = Enumerable.Range(1, 60).Where(n => Enumerable.Range(0, n + 1).Any(k => rate.IsConsistentWith(k, n))).Take(4).Select(n => (long)n);
            return ClaimAudits.SmallestDenominators(rate, 4, maxDenominator: 60).SequenceEqual(brute);
        });

    [Property(MaxTest = 300)]
    public Property PartsCanSumTo_RoundedTruePartition_NeverFlagged() =>
        Prop.ForAll(
            Gen.ListOf(Gen.Choose(0, 5_000_000)).Where(l => l.Count is > 0 and <= 8).ToArbitrary(),
            Gen.Choose(0, 7).ToArbitrary(),
            (parts, style) =>
            {
                // A true partition of whole counts (or of amounts in thousandths), each part and the total rounded
                // 四舍五入 on its own, at a precision and magnitude chosen per figure. A bare whole number is a count
                // (exact), so bare amounts keep at least one decimal.
                var rounding = new Random(style * 7919 + parts.Count);
                PublishedFigure Round(long value) => style switch
                {
                    0 => PublishedFigure.FromValue(value, 0, FigureUnit.Counter("人")),
                    1 => PublishedFigure.FromValue(value, rounding.Next(0, 3), FigureUnit.Counter("人"), Magnitude.TenThousand),
                    2 => PublishedFigure.FromValue(value / 1000m, rounding.Next(1, 4), FigureUnit.None),
                    3 => PublishedFigure.FromValue(value / 1000m, rounding.Next(0, 2), FigureUnit.Counter("元"), Magnitude.TenThousand),
                    _ => PublishedFigure.FromValue(value, rounding.Next(0, 2), FigureUnit.Counter("次"), rounding.Next(2) == 0 ? Magnitude.One : Magnitude.TenThousand),
                };

                var printed = parts.Select(p => Round(p)).ToList();
                var total = Round(parts.Sum(p => (long)p));
                return ClaimAudits.PartsCanSumTo(printed, total).Label(string.Join(" + ", printed) + " = " + total);
            });

    [Property(MaxTest = 300)]
    public Property Shares_RoundedTruePartition_NeverFlagged() =>
        Prop.ForAll(
            Gen.ListOf(Gen.Choose(0, 100_000)).Where(l => l.Count is > 0 and <= 8 && l.Sum() > 0).ToArbitrary(),
            Gen.Choose(0, 3).ToArbitrary(),
            (parts, decimals) =>
            {
                long total = parts.Sum();
                var shares = parts.Select(p => PublishedFigure.FromValue(p * 100m / total, decimals, FigureUnit.Percent)).ToList();
                var counts = parts.Select(p => PublishedFigure.FromValue(p, 0, FigureUnit.Counter("起"))).ToList();
                var structure = parts.Select(p => PublishedFigure.FromValue(p * 100m / total, decimals, FigureUnit.None)).ToList();
                return ClaimAudits.SharesCanSumToHundred(shares)
                    && ClaimAudits.SharesCanSumToHundred(structure)
                    && ClaimAudits.FirstShareNotFittingParts(shares, counts) == -1;
            });
}
