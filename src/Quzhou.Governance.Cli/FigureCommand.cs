using System.CommandLine;
using System.Globalization;
using System.IO;
using Quzhou.Governance.Figures;

namespace Quzhou.Governance.Cli;

/// <summary><c>qzgov figure &lt;text&gt;</c>: explains a published figure — value, precision, qualifier, interval.</summary>
internal static class FigureCommand
{
    internal static Command Create(TextWriter output, TextWriter error)
    {
        var text = new Argument<string>("text") { Description = "A published figure: 72.96%, 下降31.3%, 11.53个百分点, 19万余次, 1360余人, 97%以上, 0.46起/10万人." };
        var denominator = new Option<long?>("--denominator") { Description = "A number of responses or cases: says whether the figure can come from that many at all (97.18% from 1000: no)." };
        var command = new Command("figure", "Explains a published figure.") { text, denominator };
        command.SetAction(parsed => Explain(parsed.GetValue(text) ?? string.Empty, parsed.GetValue(denominator), output, error));
        return command;
    }

    internal static int Explain(string text, long? denominator, TextWriter output, TextWriter error)
    {
        var result = PublishedFigure.Read(text);
        if (!result.Success)
        {
            error.WriteLine(result.Error.Message);
            return Program.BadInput;
        }

        var figure = result.Value;
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(PeriodCommand.Line("input", text));
        output.WriteLine(PeriodCommand.Line("figure", figure.ToString(null, inv)));
        output.WriteLine(PeriodCommand.Line("value", string.Format(inv, "{0}{1}", figure.Value.ToString(inv), MagnitudeText(figure.Magnitude))));
        output.WriteLine(PeriodCommand.Line("precision", string.Format(inv, "{0} decimal{1}; one step of the last digit is {2}", figure.Decimals, figure.Decimals == 1 ? string.Empty : "s", figure.Step.ToString(inv))));
        output.WriteLine(PeriodCommand.Line("unit", UnitText(figure.Unit)));
        if (figure.Direction != FigureDirection.None)
        {
            output.WriteLine(PeriodCommand.Line("direction", figure.IsDecrease ? "a decrease (the number is unsigned)" : "an increase"));
        }

        output.WriteLine(PeriodCommand.Line("qualifier", QualifierText(figure.Qualifier)));
        output.WriteLine(PeriodCommand.Line("true value", figure.GetSignedInterval().ToString() + IntervalNote(figure)));
        if (denominator is long n)
        {
            if (n <= 0)
            {
                error.WriteLine(string.Format(inv, "--denominator must be positive; was {0}.", n));
                return Program.BadInput;
            }

            var attainable = figure.IsAttainableWithDenominator(n);
            output.WriteLine(PeriodCommand.Line(
                "attainable",
                string.Format(inv, attainable ? "yes: some whole number out of {0} rounds to it" : "no: no whole number out of {0} rounds to it", n)));
        }

        return Program.Success;
    }

    private static string IntervalNote(PublishedFigure figure) => figure.Qualifier switch
    {
        FigureQualifier.Exact => " (四舍五入 at the printed precision; at an exact tie either neighbour is accepted)",
        _ => " (the default qualifier policy)",
    };

    private static string MagnitudeText(Magnitude magnitude) => magnitude switch
    {
        Magnitude.TenThousand => " × 10⁴ (万)",
        Magnitude.HundredMillion => " × 10⁸ (亿)",
        Magnitude.Trillion => " × 10¹² (万亿)",
        _ => string.Empty,
    };

    private static string UnitText(FigureUnit unit) => unit.Kind switch
    {
        FigureUnitKind.None => "none (a bare number)",
        FigureUnitKind.Percent => "% (a percentage, or a relative change when a direction is written)",
        FigureUnitKind.Permille => "‰ (per thousand)",
        FigureUnitKind.PercentagePoints => "个百分点 (percentage points: a difference of two rates)",
        FigureUnitKind.PermillePoints => "千分点 (per-thousand points)",
        FigureUnitKind.Times => "倍 (times: 增长1.3倍 is +130%)",
        FigureUnitKind.Tenths => "成 (tenths: 下降三成 is −30%)",
        FigureUnitKind.Doublings => "番 (doublings: 翻一番 is ×2)",
        FigureUnitKind.Counter => unit.Text + " (a counting word: a count or an amount)",
        FigureUnitKind.PerPopulation => unit.Text + " (a rate per population)",
        _ => unit.Text,
    };

    private static string QualifierText(FigureQualifier qualifier) => qualifier switch
    {
        FigureQualifier.Exact => "none: exact, rounded 四舍五入",
        FigureQualifier.Odd => "余: more than the number, less than the next step of its last non-zero digit",
        FigureQualifier.More => "多: read like 余",
        FigureQualifier.AtLeast => "以上: at least the number (the number itself included)",
        FigureQualifier.AtMost => "以下: at most the number (the number itself included)",
        FigureQualifier.Nearly => "近: nearly, within one step below the number",
        FigureQualifier.About => "约: about, within one step either side",
        FigureQualifier.Around => "左右: about, within one step either side",
        FigureQualifier.Exceeding => "超过: more than the number",
        FigureQualifier.Breaking => "突破: more than the number",
        _ => qualifier.ToString(),
    };
}
