using System;
using System.Collections.Generic;
using System.Globalization;
using Quzhou.Governance.Figures;
using Quzhou.Governance.Parsing;
using Quzhou.Governance.Periods;
using Quzhou.Governance.Periods.Text;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.Fuzz;

/// <summary>Every public reader of the library, each with the laws it keeps.</summary>
internal static class Readers
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>The contexts a period phrase is read in: none, a year, an end (for “十四五”以来), a start.</summary>
    private static readonly PeriodReadingContext[] Contexts =
    [
        default,
        PeriodReadingContext.ForYear(2025),
        PeriodReadingContext.ThroughEndOf(CalendarPeriod.ForMonth(2025, 10)),
        new PeriodReadingContext { Start = new NodaTime.LocalDate(2021, 1, 1), Year = 2025 },
    ];

    /// <summary>All the checks, one per reader.</summary>
    internal static IReadOnlyList<ReaderCheck> All { get; } =
    [
        new("PublishedFigure.Read", PublishedFigureLaws),
        Quantity<Count>("Count.Read", Count.Read, (string t, out Count v) => Count.TryParse(t, out v), Count.Parse),
        Quantity<CountChange>("CountChange.Read", CountChange.Read, (string t, out CountChange v) => CountChange.TryParse(t, out v), CountChange.Parse),
        Quantity<Amount>("Amount.Read", Amount.Read, (string t, out Amount v) => Amount.TryParse(t, out v), Amount.Parse),
        Quantity<Percentage>("Percentage.Read", Percentage.Read, (string t, out Percentage v) => Percentage.TryParse(t, out v), Percentage.Parse),
        Quantity<PercentagePoints>("PercentagePoints.Read", PercentagePoints.Read, (string t, out PercentagePoints v) => PercentagePoints.TryParse(t, out v), PercentagePoints.Parse),
        Quantity<RelativeChange>("RelativeChange.Read", RelativeChange.Read, (string t, out RelativeChange v) => RelativeChange.TryParse(t, out v), RelativeChange.Parse),
        // A ratio prints at 2 decimals by default (a presentation): its exact round trip is at the decimals it was read with.
        Quantity<Ratio>("Ratio.Read", Ratio.Read, (string t, out Ratio v) => Ratio.TryParse(t, out v), Ratio.Parse, PrintedDecimals),
        Quantity<PopulationRate>("PopulationRate.Read", PopulationRate.Read, (string t, out PopulationRate v) => PopulationRate.TryParse(t, out v), PopulationRate.Parse),
        new("CalendarPeriodText.Read", CalendarPeriodLaws),
        new("CalendarPeriodText.ReadCode", CalendarPeriodCodeLaws),
        new("SeriesPeriod.Read", SeriesPeriodLaws),
        new("FiveYearPlan.Read", FiveYearPlanLaws),
        new("PlanReference.Read", PlanReferenceLaws),
        new("ChineseNumerals.Read", ChineseNumeralLaws),
    ];

    private delegate bool TryParser<T>(string text, out T value);

    private static ReaderCheck Quantity<T>(string name, Func<string, ParseResult<T>> read, TryParser<T> tryParse, Func<string, T> parse, Func<string, string?>? exactFormatOf = null)
        where T : IEquatable<T>, IFormattable
    {
        return new ReaderCheck(name, (input, log) =>
        {
            var result = read(input);
            var tried = tryParse(input, out var triedValue);
            if (!ReaderCheck.Settle(name, input, result, tried, log))
            {
                ParseThrowsUnparsable(name, input, () => parse(input), log);
                return;
            }

            var value = result.Value;
            if (!triedValue.Equals(value))
            {
                log.Report(name, "TryParse agrees with Read", input, $"Read gives {value}, TryParse {triedValue}");
            }

            var exactFormat = exactFormatOf?.Invoke(input);
            foreach (var culture in new[] { CultureInfo.InvariantCulture, Chinese })
            {
                var printed = value.ToString(exactFormat, culture);
                var again = read(printed);
                if (!again.Success || !again.Value.Equals(value))
                {
                    log.Report(name, "what reads prints and reads back equal", input, $"printed \"{printed}\" ({culture.Name}) reads as {(again.Success ? again.Value.ToString() : again.Error.Message)}");
                }
            }

            // The default text is a fixed point: it reads, and prints as itself.
            var shown = value.ToString(null, CultureInfo.InvariantCulture);
            var reread = read(shown);
            if (!reread.Success || reread.Value.ToString(null, CultureInfo.InvariantCulture) != shown)
            {
                log.Report(name, "what prints reads and prints the same", input, $"\"{shown}\" reads as {(reread.Success ? reread.Value.ToString() : reread.Error.Message)}");
            }
        });
    }

    /// <summary>The fixed-point format at as many decimals as the text printed: F3 for 97.185% (a quantity may
    /// carry a sign, +97.185%, that a published figure writes as a word).</summary>
    private static string? PrintedDecimals(string text) =>
        PublishedFigure.Read(text.TrimStart('+', '\uFF0B')).TryGetValue(out var figure) ? "F" + figure.Decimals.ToString(CultureInfo.InvariantCulture) : null;

    private static void PublishedFigureLaws(string input, FindingLog log)
    {
        const string name = "PublishedFigure.Read";
        var result = PublishedFigure.Read(input);
        var tried = PublishedFigure.TryParse(input, out var triedValue);
        if (!ReaderCheck.Settle(name, input, result, tried, log))
        {
            ParseThrowsUnparsable(name, input, () => PublishedFigure.Parse(input), log);
            return;
        }

        var figure = result.Value;
        if (triedValue != figure)
        {
            log.Report(name, "TryParse agrees with Read", input, $"Read gives {figure}, TryParse {triedValue}");
        }

        if (DigitEvidence.Explain(input, figure) is { } invented)
        {
            log.Report(name, "every number comes from the text", input, invented);
        }

        _ = figure.Interval;
        _ = figure.GetSignedInterval();
        foreach (var culture in new IFormatProvider[] { CultureInfo.InvariantCulture, Chinese })
        {
            var printed = figure.ToString(null, culture);
            var again = PublishedFigure.Read(printed);
            if (!again.Success)
            {
                log.Report(name, "what reads prints and reads back equal", input, $"printed \"{printed}\" is refused: {again.Error.Message}");
                continue;
            }

            // A figure in Chinese numerals prints in digits: all but the numeral style must come back.
            var back = again.Value;
            if (back.Value != figure.Value || back.Decimals != figure.Decimals || back.Magnitude != figure.Magnitude ||
                back.Qualifier != figure.Qualifier || back.Unit != figure.Unit || back.Direction != figure.Direction ||
                (figure.Numerals == NumeralStyle.Arabic && back != figure))
            {
                log.Report(name, "what reads prints and reads back equal", input, $"printed \"{printed}\" reads as \"{back}\" (value {back.Value}, {back.Decimals} decimals)");
            }
        }
    }

    private static void CalendarPeriodLaws(string input, FindingLog log)
    {
        const string name = "CalendarPeriodText.Read";
        foreach (var context in Contexts)
        {
            var result = CalendarPeriodText.Read(input, context);
            var tried = CalendarPeriodText.TryParse(input.AsSpan(), context, out var triedValue);
            if (!ReaderCheck.Settle(name, input, result, tried, log))
            {
                continue;
            }

            if (triedValue != result.Value)
            {
                log.Report(name, "TryParse agrees with Read", input, $"Parse gives {result.Value}, TryParse {triedValue}");
            }

            PeriodPrintsBack(name, input, result.Value, log);
        }
    }

    private static void CalendarPeriodCodeLaws(string input, FindingLog log)
    {
        const string name = "CalendarPeriodText.ReadCode";
        var result = CalendarPeriodText.ReadCode(input);
        if (ReaderCheck.Settle(name, input, result, result.Success, log))
        {
            PeriodPrintsBack(name, input, result.Value, log);
        }
    }

    private static void PeriodPrintsBack(string name, string input, CalendarPeriod period, FindingLog log)
    {
        foreach (var format in new[] { "S", "I", "D" })
        {
            var printed = period.ToString(format, null);
            var again = CalendarPeriodText.ReadCode(printed);
            if (!again.Success || again.Value != period)
            {
                log.Report(name, "what reads prints and reads back equal", input, $"{format}: \"{printed}\" reads as {(again.Success ? again.Value.ToString() : again.Error.Message)}");
            }
        }

        var chinese = period.ToString("zh", null);
        var read = CalendarPeriodText.Read(chinese);
        if (!read.Success || read.Value != period)
        {
            log.Report(name, "what reads prints and reads back equal", input, $"zh: \"{chinese}\" reads as {(read.Success ? read.Value.ToString() : read.Error.Message)}");
        }
    }

    private static void SeriesPeriodLaws(string input, FindingLog log)
    {
        const string name = "SeriesPeriod.Read";
        var result = SeriesPeriod.Read(input);
        var tried = SeriesPeriod.TryParse(input, out var triedValue);
        if (!ReaderCheck.Settle(name, input, result, tried, log))
        {
            ParseThrowsUnparsable(name, input, () => SeriesPeriod.Parse(input), log);
            return;
        }

        if (triedValue != result.Value)
        {
            log.Report(name, "TryParse agrees with Read", input, $"Read gives {result.Value}, TryParse {triedValue}");
        }

        foreach (var format in new[] { "S", "zh" })
        {
            var printed = result.Value.ToString(format, null);
            var again = SeriesPeriod.Read(printed);
            if (!again.Success || again.Value != result.Value)
            {
                log.Report(name, "what reads prints and reads back equal", input, $"{format}: \"{printed}\" reads as {(again.Success ? again.Value.ToString() : again.Error.Message)}");
            }
        }
    }

    private static void FiveYearPlanLaws(string input, FindingLog log)
    {
        const string name = "FiveYearPlan.Read";
        var result = FiveYearPlan.Read(input);
        var tried = FiveYearPlan.TryParse(input, out var triedValue);
        if (!ReaderCheck.Settle(name, input, result, tried, log))
        {
            ParseThrowsUnparsable(name, input, () => FiveYearPlan.Parse(input), log);
            return;
        }

        if (triedValue != result.Value)
        {
            log.Report(name, "TryParse agrees with Read", input, $"Read gives {result.Value}, TryParse {triedValue}");
        }

        foreach (var format in new[] { "E", "B", "J", "Q", "L" })
        {
            var printed = result.Value.ToString(format, null);
            var again = FiveYearPlan.Read(printed);
            if (!again.Success || again.Value != result.Value)
            {
                log.Report(name, "what reads prints and reads back equal", input, $"{format}: \"{printed}\" reads as {(again.Success ? again.Value.ToString() : again.Error.Message)}");
            }
        }
    }

    private static void PlanReferenceLaws(string input, FindingLog log)
    {
        const string name = "PlanReference.Read";
        var result = PlanReference.Read(input);
        var tried = PlanReference.TryParse(input, out var triedValue);
        if (!ReaderCheck.Settle(name, input, result, tried, log))
        {
            ParseThrowsUnparsable(name, input, () => PlanReference.Parse(input), log);
            return;
        }

        if (triedValue != result.Value)
        {
            log.Report(name, "TryParse agrees with Read", input, $"Read gives {result.Value}, TryParse {triedValue}");
        }

        var printed = result.Value.ToString();
        var again = PlanReference.Read(printed);
        if (!again.Success || again.Value != result.Value)
        {
            log.Report(name, "what reads prints and reads back equal", input, $"\"{printed}\" reads as {(again.Success ? again.Value.ToString() : again.Error.Message)}");
        }
    }

    private static void ChineseNumeralLaws(string input, FindingLog log)
    {
        const string name = "ChineseNumerals.Read";
        var result = ChineseNumerals.Read(input);
        var tried = ChineseNumerals.TryParse(input.AsSpan(), out var triedValue);
        if (!ReaderCheck.Settle(name, input, result, tried, log))
        {
            return;
        }

        if (triedValue != result.Value)
        {
            log.Report(name, "TryParse agrees with Read", input, $"Parse gives {result.Value}, TryParse {triedValue}");
        }

        var printed = ChineseNumerals.Format(result.Value);
        var again = ChineseNumerals.Read(printed);
        if (!again.Success || again.Value != result.Value)
        {
            log.Report(name, "what reads prints and reads back equal", input, $"\"{printed}\" reads as {(again.Success ? again.Value.ToString(CultureInfo.InvariantCulture) : again.Error.Message)}");
        }
    }

    private static void ParseThrowsUnparsable<T>(string name, string input, Func<T> parse, FindingLog log)
    {
        try
        {
            _ = parse();
            log.Report(name, "Parse throws when Read refuses", input, "Parse returned a value");
        }
        catch (UnparsableValueException)
        {
            // The one exception Parse may throw on bad text.
        }
        catch (Exception exception)
        {
            log.Report(name, "Parse throws when Read refuses", input, $"Parse threw {exception.GetType().Name} instead of UnparsableValueException");
        }
    }
}
