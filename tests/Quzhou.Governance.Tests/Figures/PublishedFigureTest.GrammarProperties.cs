using System;
using System.Globalization;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Quzhou.Governance.Figures;
using Quzhou.Governance.Parsing;
using Quzhou.Governance.Quantities;
using Xunit;

namespace Quzhou.Governance.Tests.Figures;

// Round trips over figure TEXT built from the grammar — numbers (half- and full-width, grouped, Chinese,
// traditional and financial), magnitudes, qualifiers, units and direction words — not only over values:
// whatever reads prints, and what prints reads back equal.
public partial class PublishedFigureTest
{
    private static readonly string[] DirectionWords = { "", "", "增长", "提高", "提升", "上升", "增加", "下降", "减少", "降低", "增長", "減少" };
    private static readonly string[] PrefixWords = { "", "", "", "约", "約", "近", "超过", "超過", "突破" };
    private static readonly string[] MagnitudeWords = { "", "", "", "万", "亿", "万亿", "萬", "億", "萬億" };
    private static readonly string[] OddWords = { "", "", "", "余", "多", "餘" };
    private static readonly string[] SuffixWords = { "", "", "", "以上", "以下", "左右" };
    private static readonly string[] UnitWords =
    {
        "", "%", "％", "‰", "个百分点", "百分点", "个千分点", "千分点", "個百分點", "倍", "成", "人", "次", "个月", "個月", "起", "元",
        "人次", "大指引", "个社会组织", "起/10万人", "起/萬人", "起/拾万人", "件/千人", "人/百万人", "次/人", "千米", "兆瓦",
    };

    private static readonly string[] Spaces = { "", "", "", "", " ", "\u3000" };

    /// <summary>A number as bulletins print it: digits with decimals, full-width, grouped, or a Chinese numeral.</summary>
    private static Gen<(string Text, bool Chinese, long Whole)> NumberTexts =>
        Gen.OneOf(
            from whole in Gen.OneOf(Gen.Choose(0, 2_000_000), Gen.Choose(0, 70), Gen.Constant(0))
            from decimals in Gen.OneOf(Gen.Choose(0, 4), Gen.Choose(0, 20))
            from fraction in Gen.ArrayOf(Gen.Choose(0, 9), decimals)
            from style in Gen.Choose(0, 3)
            select (ArabicText(whole, fraction, style), false, (long)whole),
            from whole in Gen.OneOf(Gen.Choose(0, 12_000), Gen.Choose(0, int.MaxValue), Gen.Choose(0, 70))
            from style in Gen.Choose(0, 2)
            select (ChineseText(whole, style), true, (long)whole));

    private static Gen<string> FigureTexts =>
        Gen.OneOf(
            from direction in Gen.Elements(DirectionWords)
            from prefix in Gen.Elements(PrefixWords)
            from number in NumberTexts
            from magnitude in Gen.Elements(MagnitudeWords)
            from odd in Gen.Elements(OddWords)
            from unit in Gen.Elements(UnitWords)
            from suffix in Gen.Elements(SuffixWords)
            from gaps in Gen.ArrayOf(Gen.Elements(Spaces), 6)
            select direction + gaps[0] + prefix + gaps[1] + number.Text + magnitude + odd + gaps[2] + unit + gaps[3] + suffix + gaps[4],
            from number in NumberTexts
            from prefix in Gen.Elements(PrefixWords)
            from suffix in Gen.Elements(SuffixWords)
            select "翻" + prefix + number.Text + "番" + suffix);

    [Property(MaxTest = 3000)]
    public Property Read_TextFromTheGrammar_PrintsTextThatReadsBackEqual() =>
        Prop.ForAll(FigureTexts.ToArbitrary(), text =>
        {
            var result = PublishedFigure.Read(text);
            if (!result.Success)
            {
                return result.Error.Position >= 0 && result.Error.Position <= text.Length;
            }

            var figure = result.Value;
            var printed = figure.ToString();
            var again = PublishedFigure.Read(printed);
            var arabic = figure.ToString("A", null);
            var arabicAgain = PublishedFigure.Read(arabic);
            if (!again.Success || again.Value != figure || again.Value.ToString() != printed
                || !arabicAgain.Success || arabicAgain.Value.ToString("A", null) != arabic)
            {
                throw new InvalidOperationException($"\"{text}\" printed \"{printed}\" (A: \"{arabic}\"), which reads back as "
                    + (again.Success ? "\"" + again.Value + "\"" : again.Error.Message) + " / " + (arabicAgain.Success ? "\"" + arabicAgain.Value.ToString("A", null) + "\"" : arabicAgain.Error.Message));
            }

            return true;
        });

    [Property(MaxTest = 3000)]
    public Property ReadQuantity_TextFromTheGrammar_PrintsTextThatReadsBackEqual() =>
        Prop.ForAll(FigureTexts.ToArbitrary(), text =>
            RoundTrips<Percentage>(text, Percentage.Read, s => Percentage.Read(s))
            && RoundTrips<PercentagePoints>(text, PercentagePoints.Read, s => PercentagePoints.Read(s))
            && RoundTrips<RelativeChange>(text, RelativeChange.Read, s => RelativeChange.Read(s))
            && RoundTrips<Count>(text, Count.Read, s => Count.Read(s))
            && RoundTrips<CountChange>(text, CountChange.Read, s => CountChange.Read(s))
            && RoundTrips<Amount>(text, Amount.Read, s => Amount.Read(s))
            && RoundTrips<Ratio>(text, Ratio.Read, s => Ratio.Read(s), exact: false)
            && RoundTrips<PopulationRate>(text, PopulationRate.Read, s => PopulationRate.Read(s)));

    [Property(MaxTest = 500)]
    public Property Read_FigureTextWithTraditionalForms_ReadsAsItsSimplifiedTwin() =>
        Prop.ForAll(FigureTexts.ToArbitrary(), text =>
        {
            var simplified = new string(text.Select(c => c switch
            {
                '萬' => '万', '億' => '亿', '拾' => '十', '佰' => '百', '仟' => '千', '壹' => '一', '貳' => '二', '叁' => '三', '肆' => '四',
                '伍' => '五', '陆' => '六', '柒' => '七', '捌' => '八', '玖' => '九', '兩' => '两', '餘' => '余', '約' => '约', '過' => '过',
                '長' => '长', '減' => '减', '個' => '个', '點' => '点', _ => c,
            }).ToArray());
            var a = PublishedFigure.Read(text);
            var b = PublishedFigure.Read(simplified);
            return a.Success == b.Success && (!a.Success || a.Value == b.Value);
        });

    /// <summary>Whether what <paramref name="read"/> reads prints (G and zh) text that reads back equal and prints the
    /// same; without <paramref name="exact"/> (a ratio prints rounded to two decimals, keeping no printed precision)
    /// the printed text need only read back to a value that prints the same.</summary>
    private static bool RoundTrips<T>(string text, Func<string, ParseResult<T>> read, Func<string, ParseResult<T>> readAgain, bool exact = true)
        where T : IFormattable
    {
        var result = read(text);
        if (!result.Success)
        {
            return result.Error.Position >= 0 && result.Error.Position <= text.Length;
        }

        var value = result.Value;
        foreach (var format in new[] { "G", "zh" })
        {
            var printed = value.ToString(format, CultureInfo.InvariantCulture);
            var again = readAgain(printed);
            if (!again.Success || (exact && !again.Value.Equals(value)) || again.Value.ToString(format, CultureInfo.InvariantCulture) != printed)
            {
                throw new InvalidOperationException($"{typeof(T).Name} read from \"{text}\" printed ({format}) \"{printed}\", which reads back as " + (again.Success ? "\"" + again.Value.ToString(format, CultureInfo.InvariantCulture) + "\"" : again.Error.Message));
            }
        }

        return true;
    }

    private static string ArabicText(int whole, int[] fraction, int style)
    {
        var builder = new StringBuilder();
        var digits = whole.ToString(CultureInfo.InvariantCulture);
        if (style == 1 && digits.Length > 3)
        {
            digits = whole.ToString("N0", CultureInfo.InvariantCulture);
        }
        else if (style == 2 && digits.Length > 3)
        {
            digits = whole.ToString("N0", CultureInfo.InvariantCulture).Replace(',', ' ');
        }

        builder.Append(digits);
        if (fraction.Length > 0)
        {
            builder.Append('.').Append(string.Concat(fraction.Select(d => d.ToString(CultureInfo.InvariantCulture))));
        }

        var text = builder.ToString();
        return style == 3 ? new string(text.Select(c => c is >= '0' and <= '9' ? (char)(c + 0xFEE0) : c == '.' ? '．' : c).ToArray()) : text;
    }

    private static string ChineseText(long whole, int style)
    {
        var text = ChineseNumerals.Format(whole);
        return style switch
        {
            1 => new string(text.Select(c => c switch
            {
                '一' => '壹', '二' => '贰', '三' => '叁', '四' => '肆', '五' => '伍', '六' => '陆', '七' => '柒', '八' => '捌', '九' => '玖',
                '十' => '拾', '百' => '佰', '千' => '仟', '万' => '萬', '亿' => '億', _ => c,
            }).ToArray()),
            2 => text.Replace('二', '两').Replace('万', '萬'),
            _ => text,
        };
    }
}
