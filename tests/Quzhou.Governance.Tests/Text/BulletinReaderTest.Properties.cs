using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Quzhou.Governance.Claims;
using Quzhou.Governance.Figures;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Periods;
using Quzhou.Governance.Periods.Text;
using Quzhou.Governance.Series;
using Quzhou.Governance.Text;

namespace Quzhou.Governance.Tests.Text;

// The reader's laws: it never throws; every number a claim reports is in its span (持平's 0.0 is the word); a printed claim reads back as
// itself; shuffling sentences changes no claim that does not inherit its period.
public sealed partial class BulletinReaderTest
{
    private static readonly string BulletinChars = "0123456789０１２３４５.．,，、。；：:!?！？“”‘’\"()（）《》[]①*%％‰万亿萬億余多个人次起件年月日季度上半前三十四五以来截至底同比环比比较上年同期分别增长下降提高提升增加减少降低了达保持在以上以下连续持续累计建成完成目标的结构为翻番倍成近约超过突破持平基本与去全市刑事案件命案死亡人数满意率占其中男女性受理\n \u3000\u200B\uFEFF\uE000";

    private static readonly string[] SentenceTexts =
    {
        "全市规上工业增加值同比增长6.2%", "地区生产总值比上年增长5.8%", "刑事案件、命案较“十三五”同期分别下降31.3%、17.5%",
        "矛盾纠纷就地化解率保持在97%以上", "跨域矛盾纠纷化解率达98.5%", "建成1725个公共法律服务站点", "三次产业结构为2.8:41.1:56.1",
        "电信网络诈骗发案数、损失数持续58个月保持“双下降”", "累计提供各类法律服务19万余次", "近五年省际边界警情下降23.6%",
        "前三季度，全市进出口总额同比下降3.1%", "居民收入比2012年翻一番", "增速提高1.2个百分点", "全市刑事案件与上年持平",
        "年末全市户籍人口258.3万人，其中男性131.2万人，占50.8%；女性127.2万人，占49.2%", "男性占50.8%，女性占49.2%",
        "全市共受理案件1000件，其中刑事案件320件，占全部案件的三成", "其中刑事案件占比32.0%",
    };

    private static Gen<string> BulletinTexts =>
        Gen.OneOf(
            ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty),
            Gen.ArrayOf(Gen.Elements(BulletinChars.ToCharArray())).Select(cs => new string(cs)),
            Gen.ArrayOf(Gen.OneOf(Gen.Elements(SentenceTexts), Gen.Elements(BulletinChars.Select(c => c.ToString()).ToArray()))).Select(parts => string.Concat(parts)));

    [Property(MaxTest = 1000)]
    public Property Read_AnyText_NeverThrowsAndKeepsEverySpanInTheText() =>
        Prop.ForAll(BulletinTexts.ToArbitrary(), text =>
        {
            var reading = Read(text);
            return reading.Claims.All(c => c.Span.End <= text.Length && c.FigureSpans.All(c.Span.Contains) && c.SubjectSpans.All(s => s.End <= text.Length))
                && reading.Diagnostics.All(d => d.Span.End <= text.Length);
        });

    [Property(MaxTest = 1000)]
    public Property Read_AnyText_EveryReportedNumberIsInItsSpan() =>
        Prop.ForAll(BulletinTexts.ToArbitrary(), text =>
        {
            foreach (var read in Read(text).Claims)
            {
                var span = Digits(read.Span.In(text).ToString());
                // 持平 prints 0.0 without a number: its figure's span is the word itself.
                var flat = read.Claim.Predicate == "持平" && read.FigureSpans.All(f => f.In(text).SequenceEqual("持平".AsSpan()));
                foreach (var figure in read.Claim.Figures)
                {
                    if (!flat && figure.Numerals == NumeralStyle.Arabic && !span.Contains(Digits(figure.ToString()), StringComparison.Ordinal))
                    {
                        throw new InvalidOperationException($"{figure} is not in \"{read.Span.In(text).ToString()}\" of \"{text}\"");
                    }
                }
            }

            return true;
        });

    /// <summary>The digits and decimal points of a text, full-width folded, spaces and grouping dropped.</summary>
    private static string Digits(string text) =>
        new(text.Select(c => c >= '０' && c <= '９' ? (char)(c - '０' + '0') : c == '．' ? '.' : c == '％' ? '%' : c)
            .Where(c => (c >= '0' && c <= '9') || c == '.' || c == ':' || c == '、' || c == '和' || c == '%').ToArray());

    private static readonly string[] BulletinTrails = { "已", "就", "都", "也", "均", "还", "则", "仍", "又", "共", "了" };

    private static readonly string[] BulletinLeads = { "比如", "例如", "同时", "其中", "实现", "推动", "全年", "今年", "目前", "并", "且", "而", "仅", "使", "如", "共", "其", "市", "全" };

    private static readonly Indicator[] Printable = IndicatorCatalog.Interview.Indicators
        .Where(i => !"及和与比较同近累计连续持续达为保持在完成结构".Any(i.ChineseName.Contains))
        .Where(i => !BulletinTrails.Any(t => i.ChineseName.EndsWith(t, StringComparison.Ordinal)) && !BulletinLeads.Any(l => i.ChineseName.StartsWith(l, StringComparison.Ordinal)))
        .ToArray();

    private static readonly string[] PeriodCodes = { "", "", "2024", "2025-Q3", "2025-01/2025-10", "2025-S1" };

    private static Gen<Claim> PrintableClaims =>
        from count in Gen.Choose(1, 3)
        from seed in Gen.Choose(0, int.MaxValue)
        let random = new Random(seed)
        let picks = Printable.OrderBy(_ => random.Next()).Take(count).ToArray()
        from kind in Gen.Elements(ClaimKind.RelativeChange, ClaimKind.PercentagePointChange, ClaimKind.Level, ClaimKind.ThresholdHeld)
        from values in Gen.ArrayOf(Gen.Choose(1, 9999), count)
        from decimals in Gen.Choose(0, 2)
        from down in Gen.Elements(true, false)
        from baseIndex in Gen.Choose(0, 5)
        from respectively in Gen.Elements(true, false)
        from periodCode in Gen.Elements(PeriodCodes)
        select MakeClaim(picks, kind, values, decimals, down, baseIndex, respectively, periodCode);

    private static Claim MakeClaim(Indicator[] picks, ClaimKind kind, int[] values, int decimals, bool down, int baseIndex, bool respectively, string periodCode)
    {
        var subjects = kind is ClaimKind.Level or ClaimKind.ThresholdHeld ? picks.Take(1).ToArray() : picks;
        var direction = down ? "下降" : "增长";
        var figures = values.Take(subjects.Length).Select(v =>
        {
            var number = (v / (decimals == 0 ? 1m : decimals == 1 ? 10m : 100m)).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            return PublishedFigure.Parse(kind switch
            {
                ClaimKind.RelativeChange => direction + number + "%",
                ClaimKind.PercentagePointChange => direction + number + "个百分点",
                ClaimKind.ThresholdHeld => number + "%以上",
                _ => number + "%",
            });
        }).ToArray();
        var isChange = kind is ClaimKind.RelativeChange or ClaimKind.PercentagePointChange;
        var @base = !isChange ? ClaimBase.None : baseIndex switch
        {
            0 => ClaimBase.YearOnYear,
            1 => ClaimBase.PeriodOnPeriod,
            2 => ClaimBase.PreviousYear,
            3 => ClaimBase.PreviousYearSamePeriod,
            4 => ClaimBase.AgainstPlanSameSpan(FiveYearPlan.FromOrdinal(13)),
            _ => ClaimBase.AgainstYear(2012),
        };
        var period = periodCode.Length == 0 ? (CalendarPeriod?)null : CalendarPeriodText.ReadCode(periodCode).Value;
        return new Claim(
            subjects[0].Code,
            kind,
            subjects.Select(i => ClaimSubject.For(i)),
            figures,
            @base,
            RegionCode.Quzhou,
            Published,
            period,
            respectively && figures.Length > 1);
    }

    [Property(MaxTest = 500)]
    public Property Read_PrintedClaim_ReadsBackAsTheSameClaim() =>
        Prop.ForAll(PrintableClaims.ToArbitrary(), claim =>
        {
            var printed = claim.ToString("zh", null) + "。";
            var reading = Read(printed);
            if (reading.Claims.Count != 1 || Key(reading.Claims[0].Claim) != Key(claim) || !reading.Claims[0].Claim.Subjects.SequenceEqual(claim.Subjects))
            {
                throw new InvalidOperationException($"\"{printed}\" read as " + string.Join(" | ", reading.Claims.Select(c => Key(c.Claim))) + " instead of " + Key(claim));
            }

            return true;
        });

    [Property(MaxTest = 300)]
    public Property Read_ShuffledSentences_ChangeNoClaimThatDoesNotInheritItsPeriod() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Elements(SentenceTexts)).Select(a => a.Take(8).ToArray()).ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (sentences, seed) =>
        {
            var random = new Random(seed);
            var shuffled = sentences.OrderBy(_ => random.Next()).ToArray();
            // A claim whose sentence states its period reads the same in any order; every other claim differs at
            // most in the period it inherits from the sentences before it.
            static List<string> Own(string[] parts) =>
                Read(string.Join("。", parts) + "。").Claims.Where(c => c.Claim.Period is not null && !c.InheritsPeriod).Select(c => Key(c.Claim)).OrderBy(k => k, StringComparer.Ordinal).ToList();
            static List<string> All(string[] parts) =>
                Read(string.Join("。", parts) + "。").Claims.Select(c => Key(c.Claim, withPeriod: false)).OrderBy(k => k, StringComparer.Ordinal).ToList();
            return Own(sentences).SequenceEqual(Own(shuffled)) && All(sentences).SequenceEqual(All(shuffled));
        });
}
