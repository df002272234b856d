using System;
using Quzhou.Governance.Parsing;
#if NET7_0_OR_GREATER
using System.Numerics;
#endif

namespace Quzhou.Governance.Figures;

/// <summary>
/// The unit a figure is printed with, kept as written: %, ‰, 个百分点 (or 百分点), 千分点, 倍, 成, 番, a counting
/// word (人, 次, 起, 个, 个月…) or a count per population (起/10万人). Immutable.
/// </summary>
/// <remarks>The default value is <see cref="None"/>: a bare number.</remarks>
public readonly struct FigureUnit : IEquatable<FigureUnit>
#if NET7_0_OR_GREATER
    , IEqualityOperators<FigureUnit, FigureUnit, bool>
#endif
{
    /// <summary>The largest population a per-population unit may be counted per (10⁹).</summary>
    public const long MaxPopulationBase = 1_000_000_000;

    private const int MaxWordLength = 16;

    private readonly string? text;

    internal FigureUnit(FigureUnitKind kind, string text)
    {
        Kind = kind;
        this.text = text;
    }

    /// <summary>No unit: a bare number such as “0”.</summary>
    public static FigureUnit None => default;

    /// <summary>%.</summary>
    public static FigureUnit Percent => new(FigureUnitKind.Percent, "%");

    /// <summary>‰.</summary>
    public static FigureUnit Permille => new(FigureUnitKind.Permille, "‰");

    /// <summary>个百分点, percentage points.</summary>
    public static FigureUnit PercentagePoints => new(FigureUnitKind.PercentagePoints, FigureWords.PercentagePointsLong);

    /// <summary>千分点, per-mille points.</summary>
    public static FigureUnit PermillePoints => new(FigureUnitKind.PermillePoints, FigureWords.PermillePoints);

    /// <summary>倍, times.</summary>
    public static FigureUnit Times => new(FigureUnitKind.Times, "倍");

    /// <summary>成, tenths.</summary>
    public static FigureUnit Tenths => new(FigureUnitKind.Tenths, "成");

    /// <summary>番, doublings (printed as 翻…番).</summary>
    public static FigureUnit Doublings => new(FigureUnitKind.Doublings, "番");

    /// <summary>The kind of unit.</summary>
    public FigureUnitKind Kind { get; }

    /// <summary>The unit as printed: "%", "个百分点", "人次", "起/10万人"; empty for <see cref="None"/>.</summary>
    public string Text => text ?? string.Empty;

    /// <summary>
    /// For <see cref="FigureUnitKind.PerPopulation"/>, how many people the count is per (100000 for
    /// 起/10万人); 0 for every other kind.
    /// </summary>
    public long PopulationBase => Kind == FigureUnitKind.PerPopulation ? ParsePopulationBase(Text.AsSpan()) : 0;

    /// <summary>
    /// Whether a figure in this unit is a fraction — a share, a rate, a change relative to a base, a count per
    /// population — so that a numerator and a denominator can give it and
    /// <see cref="PublishedFigure.IsAttainableWithDenominator"/> asks something meaningful: true for %, ‰,
    /// 个百分点, 千分点, 成, 倍 and per-population units; false for a counting word (1360余人 is a count, not a
    /// fraction), 番 and a bare number.
    /// </summary>
    public bool IsFraction => Kind is FigureUnitKind.Percent or FigureUnitKind.Permille or FigureUnitKind.PercentagePoints
        or FigureUnitKind.PermillePoints or FigureUnitKind.Tenths or FigureUnitKind.Times or FigureUnitKind.PerPopulation;

    /// <summary>
    /// What an exact fraction is multiplied by to be in this unit: 100 for % and 个百分点, 1000 for ‰ and
    /// 千分点, 10 for 成, the population base for a per-population unit, 1 otherwise.
    /// </summary>
    internal long FractionScale => Kind switch
    {
        FigureUnitKind.Percent or FigureUnitKind.PercentagePoints => 100,
        FigureUnitKind.Permille or FigureUnitKind.PermillePoints => 1000,
        FigureUnitKind.Tenths => 10,
        FigureUnitKind.PerPopulation => PopulationBase,
        _ => 1,
    };

    /// <summary>Compares two units by kind and text.</summary>
    /// <param name="left">The first unit.</param>
    /// <param name="right">The second unit.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(FigureUnit left, FigureUnit right) => left.Equals(right);

    /// <summary>Compares two units by kind and text.</summary>
    /// <param name="left">The first unit.</param>
    /// <param name="right">The second unit.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(FigureUnit left, FigureUnit right) => !left.Equals(right);

    /// <summary>A counting word such as 人, 次, 起, 个, 件, 元, 个月 or 人次.</summary>
    /// <param name="word">Letters outside ASCII only (no digits, Latin letters, spaces or symbols), at most 16 of them, that do not read as
    /// another unit, magnitude or qualifier (倍, 成, 番, 百分点, 万…, 余…, 多…, …以上).</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="word"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="word"/> is not a counting word.</exception>
    public static FigureUnit Counter(string word)
    {
        Preconditions.CheckNotNull(word, nameof(word));
        Preconditions.CheckArgument(IsCounterWord(word.AsSpan()), nameof(word), "Expected a counting word of 1–16 letters that reads as no other unit, magnitude or qualifier, but was \"{0}\".", word);
        return new(FigureUnitKind.Counter, FigureWords.InternCounter(word.AsSpan()) ?? word);
    }

    /// <summary>A count per population: <c>PerPopulation("起", 100000, "人")</c> is 起/10万人.</summary>
    /// <param name="counter">What is counted (起, 人, 件): a counting word.</param>
    /// <param name="populationBase">How many of the population the count is per, 1 to <see cref="MaxPopulationBase"/>;
    /// a multiple of 10⁴ is written with 万 (10万), anything else in digits.</param>
    /// <param name="population">The population's counting word (人, 户).</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counter"/> or <paramref name="population"/> is null.</exception>
    /// <exception cref="ArgumentException">A word is not a counting word.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="populationBase"/> is out of range.</exception>
    public static FigureUnit PerPopulation(string counter, long populationBase, string population)
    {
        Preconditions.CheckNotNull(counter, nameof(counter));
        Preconditions.CheckNotNull(population, nameof(population));
        Preconditions.CheckArgument(IsCounterWord(counter.AsSpan()), nameof(counter), "Expected a counting word, but was \"{0}\".", counter);
        Preconditions.CheckArgument(IsCounterWord(population.AsSpan()), nameof(population), "Expected a counting word, but was \"{0}\".", population);
        Preconditions.CheckArgumentRange(nameof(populationBase), populationBase, 1, MaxPopulationBase);
        string baseText;
        if (populationBase % 10000 == 0)
        {
            var tenThousands = populationBase / 10000;
            baseText = tenThousands == 1 ? "万" : tenThousands.ToString(System.Globalization.CultureInfo.InvariantCulture) + "万";
        }
        else
        {
            baseText = populationBase.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var whole = counter + "/" + baseText + population;
        return new(FigureUnitKind.PerPopulation, FigureWords.InternPerPopulation(whole.AsSpan()) ?? whole);
    }

    /// <summary>Compares kind and text.</summary>
    /// <param name="other">The other unit.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(FigureUnit other) => Kind == other.Kind && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FigureUnit other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCodes.Combine((int)Kind, StringComparer.Ordinal.GetHashCode(Text));

    /// <summary>The unit as printed.</summary>
    /// <returns><see cref="Text"/>.</returns>
    public override string ToString() => Text;

    /// <summary>Measure words that start with a numeral character: 千米, 千克, 千瓦(时), 千公里.</summary>
    private static bool StartsWithMeasureWord(ReadOnlySpan<char> word) =>
        word.Length >= 2 && word[0] == '千' && word[1] is '米' or '克' or '瓦' or '公';

    /// <summary>Whether the whole span is a counting word (letters, no reserved prefix or word).</summary>
    internal static bool IsCounterWord(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || word.Length > MaxWordLength)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!IsWordLetter(c))
            {
                return false;
            }
        }

        var first = word[0];
        if (first is '余' or '多' or '万' or '亿' or '倍' or '成' or '番' or '%' or '‰')
        {
            return false;
        }

        // Numerals belong to the number, never to a counting word: “三 三” is not 3 of a unit called 三, and
        // “一千 百…” would print as the number 一千百. Only the measure words that start with 千 are kept.
        foreach (var c in word)
        {
            if (ChineseNumerals.DigitValue(c) >= 0 || c is '万' or '亿')
            {
                return false;
            }
        }

        if (ChineseNumerals.UnitValue(first) > 0 && !StartsWithMeasureWord(word))
        {
            return false;
        }

        // “…百” + “分点” would print as 百分点.
        if (word.Length >= 2 && first == '分' && word[1] == '点')
        {
            return false;
        }

        if (FigureWords.StartsWith(word, FigureWords.PercentagePointsLong) || FigureWords.StartsWith(word, FigureWords.PercentagePointsShort)
            || FigureWords.StartsWith(word, FigureWords.PermillePoints))
        {
            return false;
        }

        for (var i = 0; i < word.Length - 1; i++)
        {
            if (FigureWords.SuffixQualifierAt(word, i) != FigureQualifier.Exact)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A letter of a counting word: a letter outside ASCII (人, 次, 个).</summary>
    internal static bool IsWordLetter(char c) => c > '\u007F' && char.IsLetter(c);

    /// <summary>The population base written after the '/' of a per-population unit's text.</summary>
    internal static long ParsePopulationBase(ReadOnlySpan<char> text)
    {
        var slash = text.IndexOf('/');
        if (slash < 0)
        {
            return 0;
        }

        var i = slash + 1;
        long digits = 0;
        var hasDigits = false;
        while (i < text.Length && text[i] >= '0' && text[i] <= '9')
        {
            digits = checked((digits * 10) + (text[i] - '0'));
            hasDigits = true;
            i++;
        }

        long multiplier = 1;
        while (i < text.Length)
        {
            var unit = text[i] switch
            {
                '十' => 10,
                '百' => 100,
                '千' => 1000,
                '万' => 10000,
                '亿' => 100000000,
                _ => 0,
            };
            if (unit == 0)
            {
                break;
            }

            multiplier = checked(multiplier * unit);
            i++;
        }

        return checked((hasDigits ? digits : 1) * multiplier);
    }
}
