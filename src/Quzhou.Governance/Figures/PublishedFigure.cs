using System;
using Quzhou.Governance.Parsing;
using Quzhou.Governance.Quantities;
#if NET7_0_OR_GREATER
using System.Numerics;
#endif

namespace Quzhou.Governance.Figures;

/// <summary>
/// A figure as a bulletin prints it: the number with its printed precision (97.10% keeps two decimals),
/// its magnitude (19万), qualifier (余, 以上, 约…), unit (%, 个百分点, 人, 起/10万人…) and direction word
/// (下降31.3%), each kept as written so the figure prints back the same. It stands for an interval of true
/// values (<see cref="Interval"/>), against which data are checked (<see cref="IsConsistentWith(decimal, QualifierPolicy?)"/>).
/// </summary>
/// <remarks>
/// <para>Equality is structural: 97.10% and 97.1% are different figures (their precision differs), 三成 and
/// 3成 too (they print differently). Figures have no order: 约3000人 is neither above nor below 3000余人.</para>
/// <para>The default value is the bare exact number 0, as in 生产安全事故“0”发生.</para>
/// <para>A struct of 40 bytes: the decimal, the unit (a kind and its shared text) and four one-byte words.</para>
/// </remarks>
public readonly partial struct PublishedFigure : IEquatable<PublishedFigure>
#if NET7_0_OR_GREATER
    , IEqualityOperators<PublishedFigure, PublishedFigure, bool>
#endif
{
    /// <summary>The most decimals a figure may print.</summary>
    public const int MaxDecimals = 20;

    /// <summary>The largest size of a figure's value with its magnitude applied: 10²⁸ − 1 (28 digits).</summary>
    private const decimal MaxExpanded = FigureGrammar.MaxExpanded;

    private readonly decimal value;
    private readonly FigureUnit unit;
    private readonly Magnitude magnitude;
    private readonly FigureQualifier qualifier;
    private readonly FigureDirection direction;
    private readonly NumeralStyle numerals;

    /// <summary>Creates a figure from its printed parts.</summary>
    /// <param name="value">The number as printed, with its precision as the decimal's scale (97.10m prints two
    /// decimals), before the magnitude word (19 for 19万); unsigned when a direction word is given.</param>
    /// <param name="unit">The unit printed after it.</param>
    /// <param name="qualifier">The qualifier word, or exact.</param>
    /// <param name="magnitude">The magnitude word.</param>
    /// <param name="direction">The direction word printed before it, or none.</param>
    /// <param name="numerals">How the number is written. Chinese numerals need a whole, non-negative value, below
    /// 10000 before a magnitude word; a whole count of 万, 亿 or 万亿 below 10000 given without one takes it, as
    /// reading does (190000 in Chinese numerals is 十九万: 19 with <see cref="Magnitude.TenThousand"/>).</param>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is not defined, or <paramref name="value"/> has
    /// more than <see cref="MaxDecimals"/> decimals.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> with its magnitude has more than 28 digits; or
    /// <paramref name="value"/> is negative with a direction word, or not
    /// whole and non-negative in Chinese numerals; or the unit is 番 (written 翻…番) with a direction word.</exception>
    public PublishedFigure(
        decimal value,
        FigureUnit unit,
        FigureQualifier qualifier = FigureQualifier.Exact,
        Magnitude magnitude = Magnitude.One,
        FigureDirection direction = FigureDirection.None,
        NumeralStyle numerals = NumeralStyle.Arabic)
    {
        Preconditions.CheckArgumentRange(nameof(qualifier), (int)qualifier, 0, (int)FigureQualifier.Breaking);
        Preconditions.CheckArgumentRange(nameof(direction), (int)direction, 0, (int)FigureDirection.Lowering);
        Preconditions.CheckArgumentRange(nameof(numerals), (int)numerals, 0, (int)NumeralStyle.Chinese);
        CheckMagnitude(magnitude, nameof(magnitude));
        Preconditions.CheckArgumentRange(nameof(value), Rounding.Scale(value), 0, MaxDecimals);
        Preconditions.CheckArgument(Math.Abs(value) <= MaxForMagnitude(magnitude), nameof(value), "The value {0} is too large to carry its magnitude.", value);
        Preconditions.CheckArgument(direction == FigureDirection.None || value >= 0, nameof(value), "A value after a direction word is unsigned, but was {0}.", value);
        Preconditions.CheckArgument(
            numerals == NumeralStyle.Arabic || (value >= 0 && value <= long.MaxValue && Rounding.Scale(value) == 0),
            nameof(value),
            "Chinese numerals write whole non-negative numbers, but the value was {0}.",
            value);
        Preconditions.CheckArgument(
            unit.Kind != FigureUnitKind.Doublings || direction == FigureDirection.None,
            nameof(direction),
            "A number of doublings is written 翻…番, without a direction word, but the direction was {0}.",
            direction);
        Preconditions.CheckArgument(
            unit.Kind != FigureUnitKind.Doublings || value >= 0,
            nameof(value),
            "A number of doublings is not negative, but was {0}.",
            value);
        if (numerals == NumeralStyle.Chinese)
        {
            // 十九万 is always read as 19 × 10⁴: a whole count of 万, 亿 or 万亿 below 10⁴ takes its magnitude word.
            Preconditions.CheckArgument(magnitude == Magnitude.One || value < 10000m, nameof(value), "A Chinese numeral before a magnitude word is below 10000, but was {0}.", value);
            if (magnitude == Magnitude.One && value > 0m)
            {
                foreach (var candidate in new[] { Magnitude.Trillion, Magnitude.HundredMillion, Magnitude.TenThousand })
                {
                    var divisor = Rounding.Pow10(MagnitudeExponent(candidate));
                    if (decimal.Remainder(value, divisor) == 0m && value / divisor < 10000m)
                    {
                        value = decimal.Truncate(value / divisor);
                        magnitude = candidate;
                        break;
                    }
                }
            }
        }

        this.value = value == 0m && decimal.GetBits(value)[3] < 0 ? decimal.Negate(value) : value;
        this.unit = unit;
        this.qualifier = qualifier;
        this.magnitude = magnitude;
        this.direction = direction;
        this.numerals = numerals;
    }

    // Trusted: the reader has checked every part.
    private PublishedFigure(decimal value, FigureUnit unit, FigureQualifier qualifier, Magnitude magnitude, FigureDirection direction, NumeralStyle numerals, bool trusted)
    {
        _ = trusted;
        this.value = value;
        this.unit = unit;
        this.qualifier = qualifier;
        this.magnitude = magnitude;
        this.direction = direction;
        this.numerals = numerals;
    }

    /// <summary>The number as printed, before the magnitude word: 72.96m, 19m for 19万, 31.3m for 下降31.3%
    /// (unsigned after a direction word). Its scale is the printed precision.</summary>
    public decimal Value => value;

    /// <summary>How many decimals the number is printed with: 2 for 72.96% and 97.10%, 0 for 1360.</summary>
    public int Decimals => Rounding.Scale(value);

    /// <summary>The magnitude word: <see cref="Magnitude.TenThousand"/> for 19万.</summary>
    public Magnitude Magnitude => magnitude;

    /// <summary>The qualifier word.</summary>
    public FigureQualifier Qualifier => qualifier;

    /// <summary>The unit as printed.</summary>
    public FigureUnit Unit => unit;

    /// <summary>The direction word printed before the number, or none.</summary>
    public FigureDirection Direction => direction;

    /// <summary>How the number is written.</summary>
    public NumeralStyle Numerals => numerals;

    /// <summary>Whether a direction word marks a decrease (下降, 减少, 降低).</summary>
    public bool IsDecrease => FigureWords.IsDecrease(direction);

    /// <summary>
    /// The value the figure prints, with the magnitude applied and the direction as a sign: 190000 for
    /// 19万余次, −31.3 for 下降31.3% (in the unit's own terms: percent units for %).
    /// </summary>
    public decimal SignedValue
    {
        get
        {
            var expanded = Expand(value, magnitude);
            return IsDecrease ? -expanded : expanded;
        }
    }

    /// <summary>One step of the last printed digit, at the magnitude: 0.01 for 72.96%, 1 for 1360人, 10000 for 19万.</summary>
    public decimal Step => StepOf(Decimals, magnitude);

    /// <summary>One step of the last non-zero printed digit, at the magnitude: 10 for 1360余人, 10000 for 19万余次,
    /// 0.01 for 72.96%; the same as <see cref="Step"/> for 0.</summary>
    public decimal NonzeroDigitStep
    {
        get
        {
            var step = Step;
            if (value == 0m)
            {
                return step;
            }

            // The digits as a whole number (72.96 → 7296), then its trailing zeros.
            var digits = Math.Abs(value) * Rounding.Pow10(Decimals);
            while (decimal.Remainder(digits, 10m) == 0m)
            {
                digits /= 10m;
                step *= 10m;
            }

            return step / 1.0000000000000000000000000000m; // drops the trailing zeros the multiplications left
        }
    }

    /// <summary>
    /// The interval of true values the figure stands for under the <see cref="QualifierPolicy.Default"/>
    /// policy, in the figure's absolute terms (190000 for 19万; percent units for %), of the size of the
    /// change when there is a direction word (下降31.3% → [31.25, 31.35]).
    /// </summary>
    public FigureInterval Interval => GetInterval(null);

    /// <summary>Compares every printed part, the precision included.</summary>
    /// <param name="left">The first figure.</param>
    /// <param name="right">The second figure.</param>
    /// <returns>Whether they are the same figure.</returns>
    public static bool operator ==(PublishedFigure left, PublishedFigure right) => left.Equals(right);

    /// <summary>Compares every printed part, the precision included.</summary>
    /// <param name="left">The first figure.</param>
    /// <param name="right">The second figure.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(PublishedFigure left, PublishedFigure right) => !left.Equals(right);

    /// <summary>
    /// The exact figure an exact value prints as, rounded 四舍五入 (<see cref="Rounding.HalfAwayFromZero(decimal, int)"/>):
    /// <c>FromValue(72.9604m, 2, FigureUnit.Percent)</c> is 72.96%, <c>FromValue(193456, 0, FigureUnit.Counter("次"), Magnitude.TenThousand)</c> is 19万次.
    /// </summary>
    /// <param name="exactValue">The exact value in absolute terms (193456, not 19.3456), in the unit's own terms.</param>
    /// <param name="decimals">Decimals to print at the magnitude, 0 to <see cref="MaxDecimals"/>.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="magnitude">The magnitude word.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="magnitude"/> is not defined, or the rounded value has more than 28 digits.</exception>
    [Pure]
    public static PublishedFigure FromValue(decimal exactValue, int decimals, FigureUnit unit, Magnitude magnitude = Magnitude.One)
    {
        Preconditions.CheckArgumentRange(nameof(decimals), decimals, 0, MaxDecimals);
        CheckMagnitude(magnitude, nameof(magnitude));
        var printed = Rounding.HalfAwayFromZero(exactValue / Rounding.Pow10(MagnitudeExponent(magnitude)), decimals);
        CheckPrintable(printed, magnitude, nameof(exactValue), exactValue);
        return new PublishedFigure(printed, unit, magnitude: magnitude);
    }

    /// <summary>
    /// The exact figure a signed change prints as, with a direction word for its sign and the size rounded
    /// 四舍五入: <c>FromChange(-31.2954m, 1, FigureUnit.Percent)</c> is 下降31.3%.
    /// </summary>
    /// <param name="exactChange">The exact signed change, in the unit's own terms.</param>
    /// <param name="decimals">Decimals to print, 0 to <see cref="MaxDecimals"/>.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="increase">The word for an increase (also used when the change is zero).</param>
    /// <param name="decrease">The word for a decrease.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentException"><paramref name="increase"/> or <paramref name="decrease"/> is not a word of that direction.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is out of range.</exception>
    [Pure]
    public static PublishedFigure FromChange(
        decimal exactChange,
        int decimals,
        FigureUnit unit,
        FigureDirection increase = FigureDirection.Growth,
        FigureDirection decrease = FigureDirection.Decline)
    {
        Preconditions.CheckArgument(increase != FigureDirection.None && increase <= FigureDirection.Addition, nameof(increase), "Expected a word of increase, but was {0}.", increase);
        Preconditions.CheckArgument(FigureWords.IsDecrease(decrease), nameof(decrease), "Expected a word of decrease, but was {0}.", decrease);
        Preconditions.CheckArgumentRange(nameof(decimals), decimals, 0, MaxDecimals);
        var size = Rounding.HalfAwayFromZero(Math.Abs(exactChange), decimals);
        CheckPrintable(size, Magnitude.One, nameof(exactChange), exactChange);
        return new PublishedFigure(size, unit, direction: exactChange < 0 ? decrease : increase);
    }

    /// <summary>
    /// The interval of true values the figure stands for under <paramref name="policy"/>, in the figure's
    /// absolute terms, of the size of the change when there is a direction word. A negative figure without a
    /// direction word mirrors the rule: qualifiers speak of size (−5余 is (−6, −5)). A whole count with no
    /// qualifier and no magnitude word (58个月, 4282个, 增加1360人, “0”: no unit or a counting word that is not a
    /// measure word such as 元 or 千米) is exact under any policy: [58, 58]; a qualifier (1360余人) or a magnitude
    /// (19万次) widens it as for any figure.
    /// </summary>
    /// <param name="policy">The qualifier policy; null for <see cref="QualifierPolicy.Default"/>.</param>
    /// <returns>The interval.</returns>
    [Pure]
    public FigureInterval GetInterval(QualifierPolicy? policy = null)
    {
        if (IsExactCount)
        {
            // 58个月 is 58 months, not anything from 57.5 to 58.5: a whole count is exact as printed.
            return new FigureInterval(value, true, value, true);
        }

        var rule = (policy ?? QualifierPolicy.Default)[qualifier];
        var x = Expand(Math.Abs(value), magnitude);
        var interval = rule.Apply(x, rule.StepsFromLastNonzeroDigit ? NonzeroDigitStep : Step);
        return value < 0 ? Mirror(interval) : interval;
    }

    /// <summary>
    /// The interval of signed true values the figure allows: <see cref="GetInterval"/> with the direction as a
    /// sign, so 下降31.3% is [−31.35, −31.25] and 增长0.0% is [0, 0.05] (an increase is not negative).
    /// </summary>
    /// <param name="policy">The qualifier policy; null for <see cref="QualifierPolicy.Default"/>.</param>
    /// <returns>The interval.</returns>
    [Pure]
    public FigureInterval GetSignedInterval(QualifierPolicy? policy = null)
    {
        var interval = GetInterval(policy);
        if (direction == FigureDirection.None)
        {
            return interval;
        }

        // The size interval, clipped at zero, then given the direction's sign.
        var lower = interval.Lower;
        var includesLower = interval.IncludesLower;
        if (lower is null || lower.Value < 0m)
        {
            lower = 0m;
            includesLower = true;
        }

        var upper = interval.Upper;
        if (upper is { } u && (u < lower.Value || (u == lower.Value && !(interval.IncludesUpper && includesLower))))
        {
            // Nothing of the size interval is at or above zero: an empty interval at zero.
            return new FigureInterval(0m, false, 0m, false);
        }

        var clipped = new FigureInterval(lower, includesLower, upper, interval.IncludesUpper);
        return IsDecrease ? Mirror(clipped) : clipped;
    }

    /// <summary>
    /// Whether the exact value <paramref name="exact"/> prints as this figure under <paramref name="policy"/>:
    /// whether it lies in <see cref="GetSignedInterval"/>. Give it in the figure's absolute, signed terms:
    /// 72.9604 for 72.96%, −31.2954 for 下降31.3%, 193456 for 19万余次.
    /// </summary>
    /// <param name="exact">The exact signed value.</param>
    /// <param name="policy">The qualifier policy; null for <see cref="QualifierPolicy.Default"/>.</param>
    /// <returns>Whether the figure follows from it.</returns>
    [Pure]
    public bool IsConsistentWith(decimal exact, QualifierPolicy? policy) => GetSignedInterval(policy).Contains(exact);

    /// <summary>Whether the exact value <paramref name="exact"/> prints as this figure under the default qualifier
    /// policy (see <see cref="IsConsistentWith(decimal, QualifierPolicy?)"/>).</summary>
    /// <param name="exact">The exact signed value.</param>
    /// <returns>Whether the figure follows from it.</returns>
    [Pure]
    public bool IsConsistentWith(decimal exact) => IsConsistentWith(exact, null);

    /// <summary>
    /// Whether the exact fraction <paramref name="numerator"/> / <paramref name="denominator"/> prints as this
    /// figure: the fraction is put in the unit's terms (× 100 for % and 个百分点, × 1000 for ‰, × 10 for 成,
    /// × the population base for 起/10万人) and compared with <see cref="GetSignedInterval"/> by
    /// cross-multiplication, without division or rounding. Does 72.96% follow from 6,737 of 9,233? Does
    /// 下降31.3% follow from a change of −313 on 1,000?
    /// </summary>
    /// <param name="numerator">The numerator (signed for a change).</param>
    /// <param name="denominator">The denominator; zero makes the fraction undefined, which no figure follows from.</param>
    /// <param name="policy">The qualifier policy; null for <see cref="QualifierPolicy.Default"/>.</param>
    /// <returns>Whether the figure follows from it; false for a zero denominator.</returns>
    [Pure]
    public bool IsConsistentWith(long numerator, long denominator, QualifierPolicy? policy) =>
        GetSignedInterval(policy).Contains(numerator, denominator, unit.FractionScale);

    /// <summary>Whether the exact fraction <paramref name="numerator"/> / <paramref name="denominator"/> prints as
    /// this figure under the default qualifier policy (see <see cref="IsConsistentWith(long, long, QualifierPolicy?)"/>).</summary>
    /// <param name="numerator">The numerator (signed for a change).</param>
    /// <param name="denominator">The denominator; zero makes the fraction undefined, which no figure follows from.</param>
    /// <returns>Whether the figure follows from it; false for a zero denominator.</returns>
    [Pure]
    public bool IsConsistentWith(long numerator, long denominator) => IsConsistentWith(numerator, denominator, null);

    /// <summary>
    /// Whether any whole numerator k makes k / <paramref name="denominator"/> print as this figure (compared as
    /// <see cref="IsConsistentWith(long, long, QualifierPolicy?)"/> does). Can a satisfaction rate of 97.18%
    /// come from 1,000 responses at all? No: 971/1000 and 972/1000 are 97.1% and 97.2%.
    /// </summary>
    /// <param name="denominator">The denominator, positive.</param>
    /// <param name="policy">The qualifier policy; null for <see cref="QualifierPolicy.Default"/>.</param>
    /// <returns>Whether such a numerator exists. Any whole numerator counts, negative ones too (a change may
    /// be negative): for a share, whose numerator lies in 0…n, check the figure's interval is not below zero.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="denominator"/> is not positive.</exception>
    [Pure]
    public bool IsAttainableWithDenominator(long denominator, QualifierPolicy? policy = null)
    {
        Preconditions.CheckArgumentRange(nameof(denominator), denominator, 1, long.MaxValue);
        return GetSignedInterval(policy).HasFractionWithDenominator(denominator, unit.FractionScale);
    }

    /// <summary>Compares every printed part, the precision included (97.10% ≠ 97.1%).</summary>
    /// <param name="other">The other figure.</param>
    /// <returns>Whether they are the same figure.</returns>
    [Pure]
    public bool Equals(PublishedFigure other) =>
        value == other.value && Decimals == other.Decimals && unit == other.unit && magnitude == other.magnitude
        && qualifier == other.qualifier && direction == other.direction && numerals == other.numerals;

    /// <inheritdoc />
    [Pure]
    public override bool Equals(object? obj) => obj is PublishedFigure other && Equals(other);

    /// <inheritdoc />
    [Pure]
    public override int GetHashCode() => HashCodes.Combine(HashCodes.Combine(value.GetHashCode(), Decimals, unit.GetHashCode()), (int)magnitude | ((int)qualifier << 8) | ((int)direction << 16) | ((int)numerals << 24));

    /// <summary>
    /// Whether the figure is a whole count printed with no qualifier and no magnitude word (58个月, 4282个, “0”):
    /// exactly that many, under any <see cref="QualifierPolicy"/>, so its interval is the one number.
    /// </summary>
    public bool IsExactCount => qualifier == FigureQualifier.Exact && magnitude == Magnitude.One && Decimals == 0 && unit.IsCount;

    internal static PublishedFigure CreateTrusted(decimal value, FigureUnit unit, FigureQualifier qualifier, Magnitude magnitude, FigureDirection direction, NumeralStyle numerals) =>
        new(value, unit, qualifier, magnitude, direction, numerals, trusted: true);

    internal static int MagnitudeExponent(Magnitude magnitude) => (int)magnitude;

    /// <summary>The largest printed number that can carry <paramref name="magnitude"/> in a decimal.</summary>
    /// <remarks>The value with its magnitude stays below 10²⁸, so every interval end (at most 100 steps away) fits in a decimal.</remarks>
    internal static decimal MaxForMagnitude(Magnitude magnitude) => FigureGrammar.MaxForExponent(MagnitudeExponent(magnitude));

    private static void CheckMagnitude(Magnitude magnitude, string paramName) =>
        Preconditions.CheckArgument(
            magnitude is Magnitude.One or Magnitude.TenThousand or Magnitude.HundredMillion or Magnitude.Trillion,
            paramName,
            "Expected a magnitude of 10⁰, 10⁴, 10⁸ or 10¹², but was {0}.",
            (int)magnitude);

    private static void CheckPrintable(decimal printed, Magnitude magnitude, string paramName, decimal argument) =>
        Preconditions.CheckArgument(Math.Abs(printed) <= MaxForMagnitude(magnitude), paramName, "The value {0} is too large to print as a figure (at most 28 digits).", argument);

    private static decimal Expand(decimal printed, Magnitude magnitude) =>
        magnitude == Magnitude.One ? printed : printed * Rounding.Pow10(MagnitudeExponent(magnitude));

    private static decimal StepOf(int decimals, Magnitude magnitude)
    {
        var exponent = MagnitudeExponent(magnitude) - decimals;
        return exponent >= 0 ? Rounding.Pow10(exponent) : new decimal(1, 0, 0, false, (byte)-exponent);
    }

    private static FigureInterval Mirror(FigureInterval interval) =>
        new(-interval.Upper, interval.IncludesUpper, -interval.Lower, interval.IncludesLower);
}
