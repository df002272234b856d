using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Quzhou.Governance.Figures;
using Quzhou.Governance.Parsing;
using Quzhou.Governance.Periods;
using Quzhou.Governance.Periods.Text;
using Quzhou.Governance.Quantities;

namespace Quzhou.Governance.Tests.Parsing;

/// <summary>Every reader of the library, fed hostile text: it never throws, and a failure's position lies in the
/// text and its message stays short.</summary>
public class ReadersRobustnessTest
{
    private const string Alphabet =
        "0123456789.,-+/ %‰‱年月日季度上下半前第一二两三四五六七八九十百千万亿零〇萬億拾佰仟壹贰兩餘個點約增長減少京兆垓"
        + "余多以左右约近超过突破增长下降翻番倍成个分点人次起元十四五计划规划“”\"『』以来截至底PMQSAYDW-ｐＡ７．％／\u3000\uD83D\uDE00\uD800";

    private static Gen<string> HostileTexts =>
        Gen.Choose(0, 24).SelectMany(length => Gen.ArrayOf(Gen.Elements(Alphabet.ToCharArray()), length)).Select(chars => new string(chars));

    private static readonly Func<string, ParseError?>[] Readers =
    {
        s => ErrorOf(PublishedFigure.Read(s)),
        s => ErrorOf(PublishedFigure.Read(s.AsSpan())),
        s => ErrorOf(ChineseNumerals.Parse(s)),
        s => ErrorOf(CalendarPeriodText.Parse(s)),
        s => ErrorOf(CalendarPeriodText.Parse(s, PeriodReadingContext.ForYear(2025))),
        s => ErrorOf(CalendarPeriodText.ParseCode(s)),
        s => ErrorOf(CalendarPeriodText.ParseChinese(s, PeriodReadingContext.ForYear(2025))),
        s => ErrorOf(FiveYearPlan.Read(s)),
        s => ErrorOf(PlanReference.Read(s)),
        s => ErrorOf(Percentage.Read(s)),
        s => ErrorOf(PercentagePoints.Read(s)),
        s => ErrorOf(RelativeChange.Read(s)),
        s => ErrorOf(Count.Read(s)),
        s => ErrorOf(CountChange.Read(s)),
        s => ErrorOf(Amount.Read(s)),
        s => ErrorOf(Ratio.Read(s)),
        s => ErrorOf(PopulationRate.Read(s)),
    };

    [Property(MaxTest = 1000)]
    public Property Readers_HostileText_NeverThrowAndReportAPositionInTheText() =>
        Prop.ForAll(HostileTexts.ToArbitrary(), text => Readers.All(read =>
        {
            var error = read(text);
            return error is null || (error.Position >= 0 && error.Position <= text.Length && error.Message.Length < 400);
        }));

    private static ParseError? ErrorOf<T>(ParseResult<T> result)
    {
        if (result.Success)
        {
            _ = result.Value?.ToString();
            return null;
        }

        return result.Error;
    }
}
