using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NodaTime;
using Quzhou.Governance.Claims;
using Quzhou.Governance.Figures;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Periods;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.Tests.Text;

/// <summary>
/// The passages of Text/Passages/, each in the style of a provincial or national statistical bulletin, with what they
/// state (the claims, built by hand) and what the audits that need no data must find in them: for each audit, a
/// consistent passage that a naive exact check would flag, and a genuine impossibility; and the same passages again in
/// messy text (full-width digits, traditional forms, ASCII punctuation, footnote markers, line breaks inside a
/// sentence, glyph noise) with the same claims and findings.
/// </summary>
internal static class BulletinPassages
{
    /// <summary>The publication date the passages are read with (their bulletins for 2024 appear in spring 2025).</summary>
    public static readonly LocalDate Published = new(2025, 3, 1);

    private static readonly CalendarPeriod Year2024 = CalendarPeriod.ForYear(2024);

    /// <summary>Every passage, clean and messy.</summary>
    public static IReadOnlyList<BulletinPassage> All { get; } = Create();

    /// <summary>The folder beside the test assembly the passages are copied to.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Text", "Passages");

    /// <summary>The passage named <paramref name="file"/>.</summary>
    public static BulletinPassage Get(string file) => All.Single(p => p.File == file);

    /// <summary>The names of the passages, for theories.</summary>
    public static IEnumerable<object[]> Files() => All.Select(p => new object[] { p.File });

    /// <summary>The names of the consistent passages, for theories.</summary>
    public static IEnumerable<object[]> ConsistentFiles() => All.Where(p => p.Finding is null).Select(p => new object[] { p.File });

    private static List<BulletinPassage> Create()
    {
        var list = new List<BulletinPassage>();

        // Attainable rates: 448/461 prints 97.18% (a naive 97.18% × 461 = 448.0098 is not whole); no k/1000 does.
        list.Add(new("rate-attainable.txt", null, Audit.Rate, [Count("cases", "企业诉求", "461件"), Level("on-time", "按时办结率", "100%").WithOf(["cases"]), Level("satisfaction", "回访满意率", "97.18%").WithOf(["cases"])]));
        list.Add(new("rate-not-attainable.txt", AuditFindingKind.RateNotAttainable, Audit.Rate, [Count("cases", "企业", "1000家"), Level("satisfaction", "企业满意率", "97.18%").WithOf(["cases"])]));

        // Parts and a total: 131.2万 + 127.2万 = 258.4万 against 258.3万 is consistent within rounding ([258.3, 258.5]
        // meets [258.25, 258.35]); 131.2万 + 127.4万 reaches at least 258.5万.
        list.Add(new("parts-total-consistent.txt", null, Audit.PartsAndTotal, [Level("total", "户籍人口", "258.3万人").WithOf(["parts"]), Parts("parts", ["男性", "女性"], ["131.2万人", "127.2万人"])]));
        list.Add(new("parts-total-impossible.txt", AuditFindingKind.PartsDisagreeWithTotal, Audit.PartsAndTotal, [Level("total", "户籍人口", "258.3万人").WithOf(["parts"]), Parts("parts", ["男性", "女性"], ["131.2万人", "127.4万人"])]));

        // Shares of one whole: 2.8 + 41.1 + 56.2 = 100.1 is consistent ([99.95, 100.25]); 2.8:41.1:56.3 is at least 100.05.
        list.Add(new("shares-consistent.txt", null, Audit.Shares, [Structure("structure", "三次产业结构", "2.8", "41.1", "56.2")]));
        list.Add(new("shares-impossible.txt", AuditFindingKind.SharesDisagreeWithHundred, Audit.Shares, [Structure("structure", "三次产业结构", "2.8", "41.1", "56.3")]));

        // A share against its part over the printed total: 131.2万 of 258.3万 can print as 50.8% (131.15万 / 258.35万 =
        // 50.7645% up to 131.25万 / 258.25万 = 50.8228%) though 131.2 / 258.3 is 50.7937%, and 127.2万 as 49.2%; the shares
        // of 男/女 (a known whole) are one structure, of the parts and the total. 320 of 1000 cases is exactly 32%, not 33.0%.
        list.Add(new("shares-of-total-consistent.txt", null, Audit.ShareOfTotal, [Level("total", "户籍人口", "258.3万人").WithOf(["male", "female"]), Level("male", "男性", "131.2万人"), Shares("shares", ["男性", "女性"], ["50.8%", "49.2%"]).WithOf(["male", "female", "total"]), Level("female", "女性", "127.2万人")]));
        list.Add(new("shares-of-total-impossible.txt", AuditFindingKind.SharesDisagreeWithParts, Audit.ShareOfTotal, [Count("cases", "受理各类案件", "1000件"), Count("criminal", "刑事案件", "320件"), Share("share", "刑事案件", "33.0%").WithOf(["criminal", "cases"])]));

        // A difference of printed rates against a printed difference: 6.3 − 5.1 lies in [1.1, 1.3], which 1.3个百分点
        // ([1.25, 1.35]) meets though the exact difference is 1.2; 1.4个百分点 ([1.35, 1.45]) does not.
        list.Add(new("difference-consistent.txt", null, Audit.Difference, [Growth("urban", "城镇居民人均可支配收入", "增长5.1%"), Growth("rural", "农村居民人均可支配收入", "增长6.3%"), Points("gap", "农村居民收入增速", "快于城镇居民", "1.3个百分点").WithOf(["rural", "urban"])]));
        list.Add(new("difference-impossible.txt", AuditFindingKind.DifferenceDisagrees, Audit.Difference, [Growth("urban", "城镇居民人均可支配收入", "增长5.1%"), Growth("rural", "农村居民人均可支配收入", "增长6.3%"), Points("gap", "农村居民收入增速", "快于城镇居民", "1.4个百分点").WithOf(["rural", "urban"])]));

        // A change from a printed whole count: 6起 “下降33.3%” fits a base of 9 (a naive 6 / 0.667 = 8.9955 is not whole);
        // 5起 “下降30%” fits none (a base of 7 gives −28.57%, 8 gives −37.5%).
        list.Add(new("change-from-count-consistent.txt", null, Audit.ChangeFromCount, [MajorAccidents("count", "6起"), MajorAccidentsChange("change", "下降33.3%")]));
        list.Add(new("change-from-count-impossible.txt", AuditFindingKind.ChangeNotAttainable, Audit.ChangeFromCount, [MajorAccidents("count", "5起"), MajorAccidentsChange("change", "下降30%")]));

        // 个百分点 on a count: a rate may rise in points (and a count's rate of change may), a count may not.
        list.Add(new("points-on-count-consistent.txt", null, Audit.PointsOnCount, [RateUp("closure", "3.2个百分点"), CrimeChange("crimes", "下降12.4%")]));
        list.Add(new("points-on-count-impossible.txt", AuditFindingKind.PointsOnCount, Audit.PointsOnCount, [CrimePoints("crimes", "下降3.2个百分点")]));

        // Claims that disagree: 24个月 to 2024-10 and 26个月 to 2024-12 both start in 2022-11 (a naive check sees two
        // lengths for one streak); 24个月 to 2024-10 and 24个月 to 2024-12 start two months apart.
        list.Add(new("streaks-consistent.txt", null, Audit.Streaks, [FraudStreak("first", "24个月", 2022, 11, 2024, 10), FraudStreak("second", "26个月", 2022, 11, 2024, 12)]));
        list.Add(new("streaks-disagree.txt", AuditFindingKind.StreakStartsDisagree, Audit.Streaks, [FraudStreak("first", "24个月", 2022, 11, 2024, 10), FraudStreak("second", "24个月", 2023, 1, 2024, 12)]));

        // The same in messy text: the same claims, the same findings.
        foreach (var (messy, clean) in new[]
        {
            ("messy-rate-not-attainable.txt", "rate-not-attainable.txt"),
            ("messy-parts-total-impossible.txt", "parts-total-impossible.txt"),
            ("messy-difference-consistent.txt", "difference-consistent.txt"),
            ("messy-change-from-count-impossible.txt", "change-from-count-impossible.txt"),
            ("messy-streaks-disagree.txt", "streaks-disagree.txt"),
        })
        {
            var of = list.Single(p => p.File == clean);
            list.Add(of with { File = messy, CleanFile = clean });
        }

        return list;
    }

    private static Claim Claim(string id, ClaimKind kind, ClaimSubject[] subjects, string[] figures, ClaimBase @base, CalendarPeriod? period = null, string? predicate = null) =>
        new(id, kind, subjects, figures.Select(PublishedFigure.Parse), @base, RegionCode.Quzhou, Published, period ?? Year2024, respectively: false, predicate: predicate);

    private static Claim Count(string id, string subject, string figure) =>
        Claim(id, ClaimKind.Count, [new ClaimSubject(subject)], [figure], ClaimBase.None);

    private static Claim Parts(string id, string[] subjects, string[] figures) =>
        Claim(id, ClaimKind.Level, subjects.Select(s => new ClaimSubject(s)).ToArray(), figures, ClaimBase.None);

    private static Claim Level(string id, string subject, string figure) =>
        Claim(id, ClaimKind.Level, [new ClaimSubject(subject)], [figure], ClaimBase.None);

    private static Claim Structure(string id, string subject, params string[] shares) =>
        Claim(id, ClaimKind.Structure, [new ClaimSubject(subject)], shares, ClaimBase.None);

    private static Claim Share(string id, string subject, string figure) =>
        Claim(id, ClaimKind.Level, [new ClaimSubject(subject)], [figure], ClaimBase.None, predicate: "占");

    private static Claim Shares(string id, string[] subjects, string[] figures) =>
        Claim(id, ClaimKind.Structure, subjects.Select(s => new ClaimSubject(s)).ToArray(), figures, ClaimBase.None, predicate: "占");

    private static Claim Growth(string id, string subject, string figure) =>
        Claim(id, ClaimKind.RelativeChange, [new ClaimSubject(subject)], [figure], ClaimBase.PreviousYear);

    private static Claim Points(string id, string subject, string predicate, string figure) =>
        Claim(id, ClaimKind.PercentagePointChange, [new ClaimSubject(subject)], [figure], ClaimBase.Unstated, predicate: predicate);

    private static Claim MajorAccidents(string id, string figure) =>
        Claim(id, ClaimKind.Count, [ClaimSubject.For(InterviewIndicators.MajorProductionSafetyAccidents, "较大及以上生产安全事故")], [figure], ClaimBase.None);

    private static Claim MajorAccidentsChange(string id, string figure) =>
        Claim(id, ClaimKind.RelativeChange, [ClaimSubject.For(InterviewIndicators.MajorProductionSafetyAccidents, "较大及以上生产安全事故")], [figure], ClaimBase.YearOnYear);

    private static Claim RateUp(string id, string figure) =>
        Claim(id, ClaimKind.PercentagePointChange, [ClaimSubject.For(InterviewIndicators.EnforcementClosureRate, "实际执结率")], ["提高" + figure], ClaimBase.PreviousYear);

    private static Claim CrimeChange(string id, string figure) =>
        Claim(id, ClaimKind.RelativeChange, [ClaimSubject.For(InterviewIndicators.CriminalCases, "刑事案件")], [figure], ClaimBase.YearOnYear);

    private static Claim CrimePoints(string id, string figure) =>
        Claim(id, ClaimKind.PercentagePointChange, [ClaimSubject.For(InterviewIndicators.CriminalCases, "刑事案件")], [figure], ClaimBase.YearOnYear);

    private static Claim FraudStreak(string id, string figure, int fromYear, int fromMonth, int toYear, int toMonth) =>
        Claim(
            id,
            ClaimKind.Streak,
            [ClaimSubject.For(InterviewIndicators.TelecomFraudCases, "电信网络诈骗发案数")],
            [figure],
            ClaimBase.None,
            CalendarPeriod.ForMonths(new YearMonth(fromYear, fromMonth), new YearMonth(toYear, toMonth)),
            predicate: "同比下降");
}

/// <summary>Which audit a passage is about.</summary>
internal enum Audit
{
    /// <summary>A printed rate against the printed number of cases.</summary>
    Rate,

    /// <summary>Printed parts against their printed total.</summary>
    PartsAndTotal,

    /// <summary>Printed shares of one whole against 100.</summary>
    Shares,

    /// <summary>A printed share against its printed part over the printed total.</summary>
    ShareOfTotal,

    /// <summary>A printed difference against the difference of two printed rates.</summary>
    Difference,

    /// <summary>A printed change against a printed whole count.</summary>
    ChangeFromCount,

    /// <summary>个百分点 on a count.</summary>
    PointsOnCount,

    /// <summary>Two statements of one streak.</summary>
    Streaks,
}

/// <summary>A passage: its file, the audit it is about, the finding expected (null for a consistent passage) and the
/// claims it states, in the order of the text, each linked to the claims it is of (<see cref="Claim.Of"/>) as the reader links them.</summary>
internal sealed record BulletinPassage(string File, AuditFindingKind? Finding, Audit Audit, IReadOnlyList<Claim> Claims)
{
    /// <summary>For a messy passage, the clean passage with the same claims; null for a clean one.</summary>
    public string? CleanFile { get; init; }

    /// <summary>The text of the passage, as a file on disk (UTF-8 without a byte-order mark).</summary>
    public string Text => System.IO.File.ReadAllText(System.IO.Path.Combine(BulletinPassages.Folder, File));

    /// <inheritdoc />
    public override string ToString() => File;
}
