using System.Globalization;
using System.Text.RegularExpressions;

namespace Quzhou.Governance.Benchmarks.Text;

/// <summary>The figures-only reader: one compiled <see cref="Regex"/> per phrase pattern a bulletin prints a figure in,
/// counting the figures and summing their printed values (the baseline of <see cref="BulletinReadingBenchmarks"/> and
/// the reference column of <see cref="BulletinClaimsBenchmarks"/>).</summary>
internal static class FigureRegexCounter
{
    // One compiled pattern per phrase a bulletin prints a figure in, its number (each share of a structure) in group n.
    private static readonly Regex[] Patterns =
    [
        new(@"(?:满意率|办结率)(?:达)?(?<n>\d+(?:\.\d+)?)%", RegexOptions.Compiled | RegexOptions.CultureInvariant),
        new(@"(?:同比|比上年)(?:增长|下降|提高|减少)(?<n>\d+(?:\.\d+)?)%", RegexOptions.Compiled | RegexOptions.CultureInvariant),
        new(@"(?:提高|下降|快于城镇居民)(?<n>\d+(?:\.\d+)?)个百分点", RegexOptions.Compiled | RegexOptions.CultureInvariant),
        new(@"(?<![\d.])(?<n>\d+(?:\.\d+)?)万?(?:件|家|起|人)(?!次)", RegexOptions.Compiled | RegexOptions.CultureInvariant),
        new(@"(?<n>\d+(?:\.\d+)?)(?:亿元|万元)", RegexOptions.Compiled | RegexOptions.CultureInvariant),
        new(@"连续(?<n>\d+)个月", RegexOptions.Compiled | RegexOptions.CultureInvariant),
        new(@"结构为(?<n>\d+(?:\.\d+)?)(?::(?<n>\d+(?:\.\d+)?))+", RegexOptions.Compiled | RegexOptions.CultureInvariant),
    ];

    /// <summary>Every pattern over <paramref name="text"/>, each number matched parsed.</summary>
    /// <param name="text">Bulletin text.</param>
    /// <returns>How many figures were found and the sum of their printed values.</returns>
    internal static (int Figures, decimal Sum) Count(string text)
    {
        var figures = 0;
        var sum = 0m;
        foreach (var pattern in Patterns)
        {
            for (var match = pattern.Match(text); match.Success; match = match.NextMatch())
            {
                // A structure is one match with one number per share.
                foreach (Capture number in match.Groups["n"].Captures)
                {
                    figures++;
                    sum += decimal.Parse(number.ValueSpan, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
                }
            }
        }

        return (figures, sum);
    }
}
