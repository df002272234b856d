using System;
using System.Globalization;
using Quzhou.Governance.Parsing;
#if NET7_0_OR_GREATER
using System.Numerics;
#endif

namespace Quzhou.Governance.Quantities;

/// <summary>
/// A rate of events per population: 命案率 0.46 起/10万人, 出生率 6.77‰. Kept exactly as events /
/// population with the <see cref="PopulationBase"/> it is expressed per.
/// </summary>
/// <remarks>
/// <para>A rate made from data (<see cref="Of(long, long, PopulationBase)"/>) remembers its events and
/// population; a rate made from a published figure (<see cref="FromPublished"/>: 0.46 per 10⁵) is the exact
/// fraction 46 / 10⁷ and keeps the figure's printed decimals for text.</para>
/// <para><b>Undefined:</b> a rate over a population of zero has no value (<see cref="IsDefined"/> false,
/// <see cref="Reason"/> <see cref="Quantities.UndefinedReason.ZeroPopulation"/>); <see cref="Value"/>,
/// <see cref="Round"/> and the ordering operators throw <see cref="InvalidOperationException"/>;
/// <see cref="CompareTo(PopulationRate)"/> is a total order for sorting, undefined rates first.</para>
/// <para>Equality and order are by the rate per person, whatever the base: 6.77‰ equals 0.677%. The
/// default value is the undefined rate 0 / 0 per hundred.</para>
/// </remarks>
public readonly partial struct PopulationRate : IEquatable<PopulationRate>, IComparable<PopulationRate>, IComparable, IFormattable
#if NET7_0_OR_GREATER
    , ISpanFormattable
    , IComparisonOperators<PopulationRate, PopulationRate, bool>
#endif
{
    /// <summary>Places shown by default for a rate computed from data.</summary>
    public const int DefaultDecimals = 2;

    private const int MaxDecimals = 13;

    private readonly long events;
    private readonly long population;
    private readonly int perCode;

    // Printed decimals + 1 for a published figure; 0 for a rate computed from data.
    private readonly int decimalsPlusOne;

    private PopulationRate(long events, long population, PopulationBase per, int decimalsPlusOne)
    {
        this.events = events;
        this.population = population;
        perCode = BaseExponent(per) - 2;
        this.decimalsPlusOne = decimalsPlusOne;
    }

    /// <summary>The undefined rate (over a population of zero, per hundred); also the default value.</summary>
    public static PopulationRate Undefined => default;

    /// <summary>The number of events (for a published rate, the numerator of its exact fraction).</summary>
    public long Events => events;

    /// <summary>The population (for a published rate, the denominator of its exact fraction); zero when undefined.</summary>
    public long Population => population;

    /// <summary>The number of people the rate is expressed per.</summary>
    public PopulationBase Per => (PopulationBase)(int)WideArithmetic.Pow10(perCode + 2);

    /// <summary>Whether the rate has a value (the population is not zero).</summary>
    public bool IsDefined => population != 0;

    /// <summary>Why the rate has no value, or <see cref="Quantities.UndefinedReason.None"/>.</summary>
    public UndefinedReason Reason => population != 0 ? UndefinedReason.None : UndefinedReason.ZeroPopulation;

    /// <summary>The decimals of the published figure this rate was made from, or null for a rate computed from data.</summary>
    public int? PublishedDecimals => decimalsPlusOne == 0 ? null : decimalsPlusOne - 1;

    /// <summary>The rate per <see cref="Per"/> people, with a decimal's full precision: 6.77 for 6.77‰.</summary>
    /// <exception cref="InvalidOperationException">The rate is undefined.</exception>
    public decimal Value
    {
        get
        {
            EnsureDefined();
            return WideArithmetic.Quotient(events, population, perCode + 2);
        }
    }

    /// <summary>The rate of <paramref name="events"/> over <paramref name="population"/> people, expressed per <paramref name="per"/>.</summary>
    /// <param name="events">The number of events, zero or more.</param>
    /// <param name="population">The population, zero or more (zero gives the undefined rate).</param>
    /// <param name="per">The base to express the rate per.</param>
    /// <returns>The exact rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative, or <paramref name="per"/> is not a defined base.</exception>
    [Pure]
    public static PopulationRate Of(long events, long population, PopulationBase per)
    {
        Preconditions.CheckArgumentRange(nameof(events), events, 0L, long.MaxValue);
        Preconditions.CheckArgumentRange(nameof(population), population, 0L, long.MaxValue);
        return new(events, population, per, 0);
    }

    /// <summary>The rate of a count of events over a population.</summary>
    /// <param name="events">The events (命案 cases, births).</param>
    /// <param name="population">The population, zero or more.</param>
    /// <param name="per">The base to express the rate per.</param>
    /// <returns>The exact rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="population"/> is negative, or <paramref name="per"/> is not a defined base.</exception>
    [Pure]
    public static PopulationRate Of(Count events, long population, PopulationBase per) => Of(events.Value, population, per);

    /// <summary>A published rate: <c>FromPublished(0.46m, PopulationBase.PerHundredThousand)</c> is 0.46起/10万人.</summary>
    /// <param name="value">The rate per <paramref name="per"/> people, zero or more.</param>
    /// <param name="per">The base it is expressed per.</param>
    /// <returns>The exact rate, keeping the figure's decimals for text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative, has more than 13 decimals or too many digits, or <paramref name="per"/> is not a defined base.</exception>
    [Pure]
    public static PopulationRate FromPublished(decimal value, PopulationBase per)
    {
        var exponent = BaseExponent(per);
        // At most MaxDecimals: what is made here must print (ToString writes up to 13 decimals) and read back.
        if (!WideArithmetic.TryDecompose(value, out var mantissa, out var scale) || mantissa < 0 || scale > MaxDecimals || scale + exponent > 18)
        {
            Preconditions.ThrowArgumentOutOfRange(nameof(value), value, 0m, 1_000_000_000_000m);
        }

        return new(mantissa, (long)WideArithmetic.Pow10(scale + exponent), per, scale + 1);
    }

    /// <summary>Whether two rates are equal per person (two undefined rates are equal).</summary>
    public static bool operator ==(PopulationRate left, PopulationRate right) => left.Equals(right);

    /// <summary>Whether two rates differ per person.</summary>
    public static bool operator !=(PopulationRate left, PopulationRate right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is the lower rate.</summary>
    /// <exception cref="InvalidOperationException">A rate is undefined.</exception>
    public static bool operator <(PopulationRate left, PopulationRate right) => CompareDefined(left, right) < 0;

    /// <summary>Whether <paramref name="left"/> is lower or equal.</summary>
    /// <exception cref="InvalidOperationException">A rate is undefined.</exception>
    public static bool operator <=(PopulationRate left, PopulationRate right) => CompareDefined(left, right) <= 0;

    /// <summary>Whether <paramref name="left"/> is the higher rate.</summary>
    /// <exception cref="InvalidOperationException">A rate is undefined.</exception>
    public static bool operator >(PopulationRate left, PopulationRate right) => CompareDefined(left, right) > 0;

    /// <summary>Whether <paramref name="left"/> is higher or equal.</summary>
    /// <exception cref="InvalidOperationException">A rate is undefined.</exception>
    public static bool operator >=(PopulationRate left, PopulationRate right) => CompareDefined(left, right) >= 0;

    /// <summary>The same rate expressed per another base: 6.77‰ per hundred is 0.677%.</summary>
    /// <param name="per">The new base.</param>
    /// <returns>The rate with the same events and population (a published rate keeps no printed decimals).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="per"/> is not a defined base.</exception>
    [Pure]
    public PopulationRate ToBase(PopulationBase per) => new(events, population, per, 0);

    /// <summary>Gets the rate per <see cref="Per"/> people when it is defined.</summary>
    /// <param name="value">The rate, or 0 when undefined.</param>
    /// <returns>Whether the rate is defined.</returns>
    public bool TryGetValue(out decimal value)
    {
        if (population == 0)
        {
            value = 0m;
            return false;
        }

        value = Value;
        return true;
    }

    /// <summary>The rate per <see cref="Per"/> people, full precision (same as <see cref="Value"/>).</summary>
    /// <returns>The rate.</returns>
    /// <exception cref="InvalidOperationException">The rate is undefined.</exception>
    [Pure]
    public decimal ToDecimal() => Value;

    /// <summary>The rate per <see cref="Per"/> people rounded half away from zero (四舍五入), exactly from the fraction.</summary>
    /// <param name="decimals">Places, 0 to 13.</param>
    /// <returns>The rounded rate, written with exactly that many places.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0…13.</exception>
    /// <exception cref="InvalidOperationException">The rate is undefined.</exception>
    [Pure]
    public decimal Round(int decimals)
    {
        Preconditions.CheckArgumentRange(nameof(decimals), decimals, 0, MaxDecimals);
        EnsureDefined();
        return WideArithmetic.RoundedQuotient(events, population, decimals + perCode + 2, decimals);
    }

    /// <inheritdoc />
    [Pure]
    public bool Equals(PopulationRate other)
    {
        if (population == 0 || other.population == 0)
        {
            return population == other.population;
        }

        return WideArithmetic.CompareProducts(events, other.population, other.events, population) == 0;
    }

    /// <inheritdoc />
    [Pure]
    public override bool Equals(object? obj) => obj is PopulationRate other && Equals(other);

    /// <inheritdoc />
    [Pure]
    public override int GetHashCode() => population == 0 ? 0 : WideArithmetic.FractionHash(events, population);

    /// <summary>
    /// Compares two rates per person, exactly (cross-multiplication), in a total order consistent with
    /// <see cref="Equals(PopulationRate)"/>: undefined rates (the default value among them) sort first and compare
    /// equal to each other, so a list holding one sorts. The ordering operators stay strict and throw for an undefined rate.
    /// </summary>
    /// <param name="other">The other rate.</param>
    /// <returns>Negative, zero or positive as this rate is lower, equal or higher (undefined is lowest).</returns>
    [Pure]
    public int CompareTo(PopulationRate other)
    {
        if (population == 0 || other.population == 0)
        {
            return (population != 0 ? 1 : 0) - (other.population != 0 ? 1 : 0);
        }

        return WideArithmetic.CompareProducts(events, other.population, other.events, population);
    }

    private static int CompareDefined(PopulationRate left, PopulationRate right)
    {
        if (left.population == 0 || right.population == 0)
        {
            Preconditions.ThrowInvalidOperation("A rate over a zero population is undefined and has no order; test IsDefined first.");
        }

        return left.CompareTo(right);
    }

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        PopulationRate other => CompareTo(other),
        _ => throw new ArgumentException("Object must be of type PopulationRate.", nameof(obj)),
    };

    /// <summary>The rate, invariant: “6.77‰”, “0.46 per 100,000”.</summary>
    /// <returns>The text.</returns>
    [Pure]
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>
    /// The rate as text. Per 100: “6.77%”; per 1,000: “6.77‰”; per 10,000: <c>G</c> “1.2‱”, <c>zh</c>
    /// “1.2/万人”; per 100,000: <c>G</c> “0.46 per 100,000”, <c>zh</c> “0.46/10万人”. A published rate keeps
    /// its decimals, a computed one shows <see cref="DefaultDecimals"/>; <c>F3</c>/<c>zh3</c> round exactly
    /// (四舍五入). Undefined: “undefined (zero population)” / “无法计算（人口为0）”.
    /// </summary>
    /// <param name="format">The format, or null for <c>G</c>.</param>
    /// <param name="formatProvider">A zh culture makes <c>zh</c> the default.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is not one of the documented ones.</exception>
    [Pure]
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        Span<char> buffer = stackalloc char[QuantityText.MaxLength];
        var writer = new SpanWriter(buffer);
        Write(ref writer, QuantityFormat.Parse(format, formatProvider), null);
        return writer.ToString();
    }

    /// <summary>The rate in Chinese with its event word: “0.46起/10万人”, “1.2起/万人”, “6.77‰”.</summary>
    /// <param name="unit">The event word (起, 人, 件…), used with per 10,000 and per 100,000.</param>
    /// <param name="format">A format as for <see cref="ToString(string?, IFormatProvider?)"/> (places only).</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    [Pure]
    public string ToStringWithUnit(string unit, string? format = null)
    {
        Preconditions.CheckNotNull(unit, nameof(unit));
        Span<char> buffer = stackalloc char[QuantityText.MaxLength];
        var writer = new SpanWriter(buffer);
        Write(ref writer, QuantityFormat.Parse(format, CultureInfo.InvariantCulture), unit);
        return writer.ToString();
    }

    /// <summary>Writes the rate into <paramref name="destination"/>, without allocating on net10.0.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written (0 when the text did not fit).</param>
    /// <param name="format">The format, as for <see cref="ToString(string?, IFormatProvider?)"/>.</param>
    /// <param name="provider">A zh culture makes <c>zh</c> the default.</param>
    /// <returns>Whether the text fitted.</returns>
    /// <exception cref="FormatException">The format is not one of the documented ones.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var writer = new SpanWriter(destination);
        Write(ref writer, QuantityFormat.Parse(format, provider), null);
        return writer.TryComplete(out charsWritten);
    }

    private static int BaseExponent(PopulationBase per)
    {
        switch (per)
        {
            case PopulationBase.PerHundred:
                return 2;
            case PopulationBase.PerThousand:
                return 3;
            case PopulationBase.PerTenThousand:
                return 4;
            case PopulationBase.PerHundredThousand:
                return 5;
            default:
                Preconditions.ThrowArgumentOutOfRange(nameof(per), (int)per, 100, 100_000);
                return 0;
        }
    }

    private void Write(ref SpanWriter writer, QuantityFormat spec, string? unit)
    {
        var chinese = spec.Chinese || unit is not null;
        if (population == 0)
        {
            writer.Append(UndefinedReasonWords.For(UndefinedReason.ZeroPopulation, chinese));
            return;
        }

        var decimals = spec.Decimals != QuantityFormat.DefaultDecimals
            ? spec.Decimals
            : decimalsPlusOne == 0 ? DefaultDecimals : decimalsPlusOne - 1;
        if (decimals > MaxDecimals)
        {
            throw new FormatException("A rate per population is written with at most 13 decimals.");
        }

        writer.Append(Round(decimals));
        switch (perCode)
        {
            case 0:
                writer.Append('%');
                break;
            case 1:
                writer.Append('‰');
                break;
            case 2 when chinese:
                writer.Append(unit ?? string.Empty);
                writer.Append("/万人");
                break;
            case 2:
                writer.Append('‱');
                break;
            default:
                if (chinese)
                {
                    writer.Append(unit ?? string.Empty);
                    writer.Append("/10万人");
                }
                else
                {
                    writer.Append(" per 100,000");
                }

                break;
        }
    }

    private void EnsureDefined()
    {
        if (population == 0)
        {
            Preconditions.ThrowInvalidOperation("The rate is undefined: the population is zero.");
        }
    }
}
