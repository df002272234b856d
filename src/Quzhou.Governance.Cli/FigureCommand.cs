using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.IO;
using Quzhou.Governance.Figures;

namespace Quzhou.Governance.Cli;

/// <summary><c>qzgov figure &lt;text&gt;</c>: explains a published figure — value, precision, qualifier, interval.</summary>
/// <remarks>Everything is checked before anything is printed: a bad <c>--denominator</c>, or one given for a
/// figure that is not a fraction, is one message on stderr and exit 2, with nothing on stdout.</remarks>
internal static class FigureCommand
{
    internal static Command Create(TextWriter output, TextWriter error)
    {
        var text = new Argument<string>("text") { Description = "A published figure: 72.96%, 下降31.3%, 11.53个百分点, 19万余次, 1360余人, 97%以上, 0.46起/10万人." };
        var denominator = new Option<long?>("--denominator")
        {
            Description = "A number of responses or cases, 1 or more: says whether the figure, a fraction such as a percentage, can come from that many at all (97.18% from 1000: no).",
            CustomParser = ParseDenominator,
        };
        var command = new Command("figure", "Explains a published figure.") { text, denominator };
        command.SetAction(parsed => Run(parsed.GetValue(text) ?? string.Empty, parsed.GetValue(denominator), output, error));
        return command;
    }

    internal static int Run(string text, long? denominator, TextWriter output, TextWriter error)
    {
        if (!TryExplain(text, denominator, out var explanation, out var message))
        {
            error.WriteLine(message);
            return Program.BadInput;
        }

        output.Write(explanation);
        return Program.Success;
    }

    /// <summary>Explains <paramref name="text"/>, or says in one line why it cannot; writes nothing itself.</summary>
    internal static bool TryExplain(string text, long? denominator, out string explanation, out string message)
    {
        explanation = string.Empty;
        message = string.Empty;
        var result = PublishedFigure.Read(text);
        if (!result.Success)
        {
            message = Messages.Describe(result.Error);
            return false;
        }

        var figure = result.Value;
        var inv = CultureInfo.InvariantCulture;
        if (denominator is not null && !figure.Unit.IsFraction)
        {
            message = string.Format(
                inv,
                "--denominator does not apply to {0}: a figure in {1} is not a fraction that a numerator and a denominator could give.",
                figure.ToString(null, inv),
                figure.Unit.Kind == FigureUnitKind.None ? "no unit" : figure.Unit.Text);
            return false;
        }

        var output = new StringWriter(inv);
        output.WriteLine(PeriodCommand.Line("input", text));
        output.WriteLine(PeriodCommand.Line("figure", figure.ToString(null, inv)));
        output.WriteLine(PeriodCommand.Line("value", string.Format(inv, "{0}{1}", figure.Value.ToString(inv), MagnitudeText(figure.Magnitude))));
        output.WriteLine(PeriodCommand.Line("precision", string.Format(inv, "{0} decimal{1}; one step of the last digit is {2}", figure.Decimals, figure.Decimals == 1 ? string.Empty : "s", figure.Step.ToString(inv))));
        output.WriteLine(PeriodCommand.Line("unit", UnitText(figure.Unit)));
        if (figure.Direction != FigureDirection.None)
        {
            output.WriteLine(PeriodCommand.Line("direction", figure.IsDecrease ? "a decrease (the number is unsigned)" : "an increase"));
        }

        if (figure.IsExactCount)
        {
            // A whole count is exactly that many: the rule of a bare number (± half a step) does not apply.
            output.WriteLine(PeriodCommand.Line("qualifier", "Exact: a whole count, exactly that many (nothing was rounded)"));
            output.WriteLine(PeriodCommand.Line("in Chinese", "整数计数，恰为该数（未经修约）"));
            output.WriteLine(PeriodCommand.Line("true value", figure.GetSignedInterval().ToString() + " (a whole count)"));
        }
        else
        {
            var rule = QualifierPolicy.Default[figure.Qualifier];
            output.WriteLine(PeriodCommand.Line("qualifier", string.Format(inv, "{0}: {1}", figure.Qualifier, rule.ToString("en", inv))));
            output.WriteLine(PeriodCommand.Line("in Chinese", rule.ToString("zh", inv)));
            output.WriteLine(PeriodCommand.Line("true value", figure.GetSignedInterval().ToString() + " (QualifierPolicy.Default: " + rule.ToString() + ")"));
        }
        if (denominator is long n)
        {
            var attainable = figure.IsAttainableWithDenominator(n);
            output.WriteLine(PeriodCommand.Line(
                "attainable",
                string.Format(inv, attainable ? "yes: some whole number out of {0} rounds to it" : "no: no whole number out of {0} rounds to it", n)));
        }

        explanation = output.ToString();
        return true;
    }

    private static long? ParseDenominator(ArgumentResult result)
    {
        var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (long.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1)
        {
            return n;
        }

        result.AddError(string.Format(
            CultureInfo.InvariantCulture,
            "--denominator: expected a whole number of responses or cases from 1 to {0} in digits, found \"{1}\".",
            long.MaxValue,
            Messages.Window(token, 0)));
        return null;
    }

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
}
