using System;
using System.Globalization;

namespace Quzhou.Governance.Figures;

/// <summary>
/// The interval one qualifier stands for, as offsets from the printed number x in <em>steps</em> (one step
/// of the last printed digit, at the magnitude: 1 for 1360, 0.01 for 72.96, 10⁴ for 19万): 余 is
/// (x + 0 steps, x + 1 step), 以上 is [x + 0 steps, +∞). Immutable.
/// </summary>
/// <remarks>The default value is (−∞, +∞): every value, which no qualifier means; build rules with the constructor.</remarks>
public readonly struct QualifierRule : IEquatable<QualifierRule>
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
    public bool Equals(QualifierRule other) => offsets.Equals(other.offsets) && StepsFromLastNonzeroDigit == other.StepsFromLastNonzeroDigit;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is QualifierRule other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCodes.Combine(offsets.GetHashCode(), StepsFromLastNonzeroDigit ? 1 : 0);

    /// <summary>The rule with x for the printed number and u for one step: <c>[x − 0.5u, x + 0.5u]</c>, or
    /// <c>(x, x + 1u), u at the last non-zero digit</c>.</summary>
    /// <returns>The text.</returns>
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

    /// <summary>The interval for a printed number <paramref name="x"/> ≥ 0 and one step <paramref name="step"/>.</summary>
    internal FigureInterval Apply(decimal x, decimal step) => new(
        offsets.Lower is { } l ? x + (l * step) : null,
        offsets.IncludesLower,
        offsets.Upper is { } u ? x + (u * step) : null,
        offsets.IncludesUpper);

    private static void CheckSteps(decimal? steps, string paramName)
    {
        if (steps is { } s && (s < -100m || s > 100m || Quantities.Rounding.Scale(s) > 4))
        {
            Preconditions.ThrowArgument(paramName, string.Format(CultureInfo.InvariantCulture, "Expected an offset from −100 to 100 steps with at most four decimals, but was {0}.", s));
        }
    }
}
