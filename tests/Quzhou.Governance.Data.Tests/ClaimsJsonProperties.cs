using System.IO;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Quzhou.Governance.Claims;
using Quzhou.Governance.Figures;
using Quzhou.Governance.Periods;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.Data.Tests;

/// <summary>Laws: any claim saved as JSON loads back equal (figures, subjects, kind, base, region, dates, period or none);
/// so does any set of claims linked to each other (<see cref="Claim.Of"/>).</summary>
public class ClaimsJsonProperties
{
    private static readonly (ClaimKind Kind, string[] Figures)[] Kinds =
    [
        (ClaimKind.Level, ["97.18%", "100%", "97.10%", "约3000人", "99.1%", "0.50‰"]),
        (ClaimKind.RelativeChange, ["下降6.67%", "增长12.50%", "提升11.53%", "上升3‰", "下降82.2%"]),
        (ClaimKind.PercentagePointChange, ["提高1.2个百分点", "下降0.50个百分点"]),
        (ClaimKind.AbsoluteChange, ["增加1360余人", "减少25起", "增加3.5万人"]),
        (ClaimKind.Multiple, ["增长1.3倍", "下降3成", "下降三成"]),
        (ClaimKind.Streak, ["58个月", "3年", "12个月"]),
        (ClaimKind.ThresholdHeld, ["97%以上", "5起以下", "90%以上"]),
        (ClaimKind.CumulativeTotal, ["19万余次", "1.2亿元", "3000余人"]),
        (ClaimKind.Count, ["1725个", "0", "7大", "4282个"]),
        (ClaimKind.PlanProgress, ["49.15%", "60%"]),
    ];

    private static readonly ClaimBase[] Bases =
    [
        ClaimBase.Unstated, ClaimBase.YearOnYear, ClaimBase.PeriodOnPeriod, ClaimBase.PreviousYear, ClaimBase.PreviousYearSamePeriod,
        ClaimBase.AgainstPlan(FiveYearPlan.FromOrdinal(13)), ClaimBase.AgainstPlanSameSpan(FiveYearPlan.FromOrdinal(13)),
        ClaimBase.AgainstYear(2012), ClaimBase.RecentYears(5),
    ];

    private static readonly ClaimSubject[] Subjects =
    [
        new("刑事案件", "public-security.criminal-cases", "Criminal cases"),
        new("命案总量", "public-security.homicides"),
        new("“两抢”案件"),
        new("满意率 \"quoted\" <script>alert(1)</script>", null, "rate\n& more"),
        new("人数", "juvenile-crime.offenders", "juvenile offenders"),
    ];

    private static readonly CalendarPeriod?[] Periods =
    [
        null, CalendarPeriod.ForYear(2024), CalendarPeriod.Parse("2021-01/2025-10"), CalendarPeriod.Parse("2025-Q3"),
        CalendarPeriod.Parse("2025-10"), CalendarPeriod.Parse("2025-10-05"), CalendarPeriod.Parse("2025-S1"),
    ];

    private static readonly RegionCode[] Regions = [RegionCode.Quzhou, RegionCode.FromValue(330802), RegionCode.FromValue(330000)];

    private static readonly string?[] Predicates = [null, "保持“双下降”", "建成", "a \"b\""];

    internal static Gen<Claim> ClaimGen =>
        from kind in Gen.Elements(Kinds)
        from count in Gen.Choose(1, 4)
        from subjects in Gen.Elements(Subjects).ArrayOf(count)
        from shared in Gen.Elements(true, false)
        from figures in Gen.Elements(kind.Figures).ArrayOf(shared ? 1 : count)
        from respectively in Gen.Elements(true, false)
        from @base in Gen.Elements(Bases)
        from region in Gen.Elements(Regions)
        from day in Gen.Choose(0, 3650)
        from period in Gen.Elements(Periods)
        from predicate in Gen.Elements(Predicates)
        from englishPredicate in Gen.Elements(Predicates)
        select new Claim(
            "claim-" + day.ToString(System.Globalization.CultureInfo.InvariantCulture),
            kind.Kind,
            subjects,
            figures.Select(PublishedFigure.Parse),
            kind.Kind is ClaimKind.RelativeChange or ClaimKind.PercentagePointChange or ClaimKind.AbsoluteChange or ClaimKind.Multiple ? @base : ClaimBase.None,
            region,
            new LocalDate(2016, 1, 1).PlusDays(day),
            period,
            respectively && figures.Length > 1,
            predicate,
            englishPredicate);

    /// <summary>Two to four claims with ids of their own, each of any of the others (a bit per other claim).</summary>
    internal static Gen<Claim[]> LinkedClaimsGen =>
        from count in Gen.Choose(2, 4)
        from claims in ClaimGen.ArrayOf(count)
        from links in Gen.Choose(0, 15).ArrayOf(count)
        select claims.Select((c, i) => Renamed(c, "c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithOf(Enumerable.Range(0, count).Where(j => j != i && (links[i] & (1 << j)) != 0).Select(j => "c" + j.ToString(System.Globalization.CultureInfo.InvariantCulture)))).ToArray();

    [Property(MaxTest = 200)]
    public Property LinkedClaims_SaveThenLoad_AreEqual() => Prop.ForAll(LinkedClaimsGen.ToArbitrary(), claims =>
    {
        using var stream = new MemoryStream();
        ClaimsJson.Write(claims, stream);
        stream.Position = 0;
        var back = ClaimsJson.Read(stream, "generated.json");
        return back.SequenceEqual(claims) && back.Zip(claims, (a, b) => a.Of.SequenceEqual(b.Of)).All(same => same);
    });

    private static Claim Renamed(Claim claim, string id) =>
        new(id, claim.Kind, claim.Subjects, claim.Figures, claim.Base, claim.Region, claim.Published, claim.Period, claim.Respectively, claim.Predicate, claim.EnglishPredicate);

    [Property(MaxTest = 300)]
    public Property Claim_SaveThenLoad_IsEqual() => Prop.ForAll(ClaimGen.ToArbitrary(), claim =>
    {
        using var stream = new MemoryStream();
        ClaimsJson.Write([claim], stream);
        stream.Position = 0;
        var back = ClaimsJson.Read(stream, "generated.json").Single();
        return back.Equals(claim) && back.ToString("zh", null) == claim.ToString("zh", null) && back.ToString("en", null) == claim.ToString("en", null);
    });
}
