using System;
using System.Globalization;
#if NET7_0_OR_GREATER
using System.Numerics;
#endif

namespace Quzhou.Governance.Figures;

/// <summary>
/// The interval one qualifier stands for, as offsets from the printed number x in <em>steps</em> (one step
/// of the last printed digit, at the magnitude: 1 for 1360, 0.01 for 72.96, 10⁴ for 19万): 余 is
/// (x + 0 steps, x + 1 step), 以上 is [x + 0 steps, +∞). Immutable.
/// </summary>
/// <remarks>The default value is (−∞, +∞): every value, which no qualifier means; build rules with the constructor.</remarks>
public readonly struct QualifierRule : IEquatable<QualifierRule>, IFormattable
#if NET7_0_OR_GREATER
    , IEqualityOperators<QualifierRule, QualifierRule, bool>
#endif
{
    private readonly FigureInterval offsets;

    /// <summary>Creates a rule.</summary>
    /// <param name="lowerSteps">The lower end as steps from x (−0.5 for exact), or null for no lower end.</param>
    /// <param name="includesLower">Whether the lower end is accepted.</param>
    /// <param name="upperSteps">The upper end as steps from x (0.5 for exact), or null for no upper end.</param>
    /// <param name="includesUpper">Whether the upper end is accepted.</param>
    /// <param name="stepsFromLastNonzeroDigit">Whether a step is one unit of the last <em>non-zero</em> printed digit
    /// rather than of the last printed digit: 余 and 多 attach to the last place named, so “1360余” counts in tens
    /// (1360 and less than ten more: 1361…1369) while the exact “1360” counts in ones.</param>
    /// <exception cref="ArgumentException">The lower offset is above the upper one, or an offset has more than
    /// four decimals or lies outside ±100 steps.</exception>
    public QualifierRule(decimal? lowerSteps, bool includesLower, decimal? upperSteps, bool includesUpper, bool stepsFromLastNonzeroDigit = false)
    {
        StepsFromLastNonzeroDigit = stepsFromLastNonzeroDigit;
        CheckSteps(lowerSteps, nameof(lowerSteps));
        CheckSteps(upperSteps, nameof(upperSteps));
        offsets = new FigureInterval(lowerSteps, includesLower, upperSteps, includesUpper);
    }

    /// <summary>The lower end in steps from the printed number, or null for none.</summary>
    public decimal? LowerSteps => offsets.Lower;

    /// <summary>Whether the lower end is accepted.</summary>
    public bool IncludesLower => offsets.IncludesLower;

    /// <summary>The upper end in steps from the printed number, or null for none.</summary>
    public decimal? UpperSteps => offsets.Upper;

    /// <summary>Whether the upper end is accepted.</summary>
    public bool IncludesUpper => offsets.IncludesUpper;

    /// <summary>Whether a step is one unit of the last non-zero printed digit (10 for 1360余) rather than of the
    /// last printed digit (1 for 1360).</summary>
    public bool StepsFromLastNonzeroDigit { get; }

    /// <summary>Compares offsets and their inclusion.</summary>
    /// <param name="left">The first rule.</param>
    /// <param name="right">The second rule.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(QualifierRule left, QualifierRule right) => left.Equals(right);

    /// <summary>Compares offsets and their inclusion.</summary>
    /// <param name="left">The first rule.</param>
    /// <param name="right">The second rule.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(QualifierRule left, QualifierRule right) => !left.Equals(right);

    /// <summary>Compares offsets and their inclusion.</summary>
    /// <param name="other">The other rule.</param>
    /// <returns>Whether they are equal.</returns>
    [Pure]
    public bool Equals(QualifierRule other) => offsets.Equals(other.offsets) && StepsFromLastNonzeroDigit == other.StepsFromLastNonzeroDigit;

    /// <inheritdoc />
    [Pure]
    public override bool Equals(object? obj) => obj is QualifierRule other && Equals(other);

    /// <inheritdoc />
    [Pure]
    public override int GetHashCode() => HashCodes.Combine(offsets.GetHashCode(), StepsFromLastNonzeroDigit ? 1 : 0);

    /// <summary>The rule with x for the printed number and u for one step: <c>[x − 0.5u, x + 0.5u]</c>, or
    /// <c>(x, x + 1u), u at the last non-zero digit</c>.</summary>
    /// <returns>The text.</returns>
    [Pure]
    public override string ToString()
    {
        static string End(decimal? steps, string infinity) => steps switch
        {
            null => infinity,
            0m => "x",
            > 0m => "x + " + steps.Value.ToString(CultureInfo.InvariantCulture) + "u",
            _ => "x − " + (-steps.Value).ToString(CultureInfo.InvariantCulture) + "u",
        };

        return (LowerSteps is null ? "(" : IncludesLower ? "[" : "(") + End(LowerSteps, "−∞") + ", "
            + End(UpperSteps, "+∞") + (UpperSteps is null ? ")" : IncludesUpper ? "]" : ")")
            + (StepsFromLastNonzeroDigit ? ", u at the last non-zero digit" : string.Empty);
    }

    /// <summary>
    /// The rule as an interval (<c>null</c>, <c>""</c> or <c>"G"</c>: <c>[x − 0.5u, x + 0.5u]</c>, as
    /// <see cref="ToString()"/>) or in words, in Chinese (<c>"zh"</c>) or English (<c>"en"</c>), built from the
    /// offsets so that a changed rule is described as it is:
    /// </summary>
    /// <remarks>
    /// <list type="table">
    /// <listheader><term>rule</term><description>"en" / "zh"</description></listheader>
    /// <item><term>exact</term><description>at least half a step below the number, at most half a step above the number (a step is one unit of the last printed digit) /
    /// 不低于该数减半个单位，不高于该数加半个单位（单位为末位数字的一个单位）</description></item>
    /// <item><term>余</term><description>more than the number, less than one step above the number (a step is one unit of the last non-zero digit) /
    /// 高于该数，低于该数加1个单位（单位为末位非零数字的一个单位）</description></item>
    /// <item><term>以上</term><description>at least the number / 不低于该数</description></item>
    /// <item><term>超过</term><description>more than the number / 高于该数</description></item>
    /// </list>
    /// <para>The default value (no end) is "any value" / "任意值".</para>
    /// </remarks>
    /// <param name="format">null, "", "G", "zh" or "en".</param>
    /// <param name="formatProvider">Ignored: the numbers of the words are written with invariant digits.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is unknown.</exception>
    [Pure]
    public string ToString(string? format, IFormatProvider? formatProvider) => format switch
    {
        null or "" or "G" => ToString(),
        "zh" => Describe(chinese: true),
        "en" => Describe(chinese: false),
        _ => throw new FormatException(string.Format(CultureInfo.InvariantCulture, "Unknown QualifierRule format \"{0}\"; use G, zh or en.", format)),
    };

    /// <summary>The interval for a printed number <paramref name="x"/> ≥ 0 and one step <paramref name="step"/>.</summary>
    internal FigureInterval Apply(decimal x, decimal step) => new(
        offsets.Lower is { } l ? x + (l * step) : null,
        offsets.IncludesLower,
        offsets.Upper is { } u ? x + (u * step) : null,
        offsets.IncludesUpper);

    private string Describe(bool chinese)
    {
        var lower = LowerSteps is { } l ? (chinese ? (IncludesLower ? "不低于" : "高于") : (IncludesLower ? "at least " : "more than ")) + Place(l, chinese) : null;
        var upper = UpperSteps is { } u ? (chinese ? (IncludesUpper ? "不高于" : "低于") : (IncludesUpper ? "at most " : "less than ")) + Place(u, chinese) : null;
        var text = lower is null ? upper : upper is null ? lower : lower + (chinese ? "，" : ", ") + upper;
        if (text is null)
        {
            return chinese ? "任意值" : "any value";
        }

        if (LowerSteps is not (null or 0m) || UpperSteps is not (null or 0m))
        {
            text += chinese
                ? (StepsFromLastNonzeroDigit ? "（单位为末位非零数字的一个单位）" : "（单位为末位数字的一个单位）")
                : (StepsFromLastNonzeroDigit ? " (a step is one unit of the last non-zero digit)" : " (a step is one unit of the last printed digit)");
        }

        return text;
    }

    private static string Place(decimal steps, bool chinese)
    {
        if (steps == 0m)
        {
            return chinese ? "该数" : "the number";
        }

        var size = Math.Abs(steps);
        if (chinese)
        {
            return (steps > 0m ? "该数加" : "该数减") + (size == 0.5m ? "半" : size.ToString("0.####", CultureInfo.InvariantCulture)) + "个单位";
        }

        var amount = size switch
        {
            0.5m => "half a step",
            1m => "one step",
            _ => size.ToString("0.####", CultureInfo.InvariantCulture) + " steps",
        };
        return amount + (steps > 0m ? " above the number" : " below the number");
    }

    private static void CheckSteps(decimal? steps, string paramName)
    {
        if (steps is { } s && (s < -100m || s > 100m || Quantities.Rounding.Scale(s) > 4))
        {
            Preconditions.ThrowArgument(paramName, string.Format(CultureInfo.InvariantCulture, "Expected an offset from −100 to 100 steps with at most four decimals, but was {0}.", s));
        }
    }
}
