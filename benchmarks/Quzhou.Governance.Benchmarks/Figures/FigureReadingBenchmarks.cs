using System;
using System.Globalization;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Quzhou.Governance.Figures;

namespace Quzhou.Governance.Benchmarks.Figures;

/// <summary>
/// Reading one published figure: the library's reader against the <see cref="Regex"/> a user would write
/// (baseline) and a bare hand loop that reads only the number and the words it knows.
/// </summary>
[MemoryDiagnoser]
public class FigureReadingBenchmarks
{
    private static readonly Regex FigurePattern = new(
        @"^(?<direction>增长|提高|提升|上升|增加|下降|减少|降低)?(?<number>\d+(?:\.\d+)?)(?<magnitude>万亿|万|亿)?(?<odd>余|多)?(?<unit>%|‰|个百分点|[\p{IsCJKUnifiedIdeographs}]+)?(?<suffix>以上|以下|左右)?$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>The figure read.</summary>
    [Params("72.96%", "19万余次", "下降31.3%")]
    public string Text { get; set; } = string.Empty;

    /// <summary>The code a user would write without the library: a regular expression and decimal.Parse.</summary>
    /// <returns>The signed value with its magnitude, or 0 when the text did not match.</returns>
    [Benchmark(Baseline = true)]
    public decimal RegexAndDecimalParse()
    {
        var match = FigurePattern.Match(Text);
        if (!match.Success)
        {
            return 0m;
        }

        var value = decimal.Parse(match.Groups["number"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        switch (match.Groups["magnitude"].Value)
        {
            case "万":
                value *= 10_000m;
                break;
            case "亿":
                value *= 100_000_000m;
                break;
            case "万亿":
                value *= 1_000_000_000_000m;
                break;
        }

        var direction = match.Groups["direction"].Value;
        return direction is "下降" or "减少" or "降低" ? -value : value;
    }

    /// <summary>A bare hand loop over the characters: digits, a point, 万, a minus for 下降; nothing checked.</summary>
    /// <returns>The signed value with its magnitude.</returns>
    [Benchmark]
    public decimal HandLoop()
    {
        var text = Text.AsSpan();
        var negative = text.StartsWith("下降".AsSpan(), StringComparison.Ordinal);
        long mantissa = 0;
        var scale = -1;
        long multiplier = 1;
        foreach (var c in text)
        {
            if (c >= '0' && c <= '9')
            {
                mantissa = (mantissa * 10) + (c - '0');
                if (scale >= 0)
                {
                    scale++;
                }
            }
            else if (c == '.')
            {
                scale = 0;
            }
            else if (c == '万')
            {
                multiplier = 10_000;
            }
        }

        var value = new decimal(mantissa) / (scale > 0 ? (decimal)Math.Pow(10, scale) : 1m) * multiplier;
        return negative ? -value : value;
    }

    /// <summary>The library: every part read and checked, the figure returned, nothing allocated.</summary>
    /// <returns>The figure's signed value.</returns>
    [Benchmark]
    public decimal LibraryTryParseSpan()
    {
        return PublishedFigure.TryParse(Text.AsSpan(), out var figure) ? figure.SignedValue : 0m;
    }

    /// <summary>The library's <c>ParseResult</c> reader.</summary>
    /// <returns>The figure read.</returns>
    [Benchmark]
    public PublishedFigure LibraryRead() => PublishedFigure.Read(Text).Value;

    /// <summary>The library writing the figure back (for the cost of a round trip).</summary>
    /// <returns>The text written.</returns>
    [Benchmark]
    public string LibraryReadAndFormat() => PublishedFigure.Read(Text).Value.ToString();
}
