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

    /// <summary>
    /// Whether a whole number in this unit counts things, so that it is exact as printed: no unit (生产安全事故“0”发生)
    /// or a counting word (58个月, 4282个社会组织, 7大指引), but not a measure word, whose whole number may be rounded
    /// (1360元, 5千米, 95分, 3小时: the word ends in 元 米 克 吨 亩 顷 升 瓦 时 钟 秒 斤 里 度 or 分).
    /// </summary>
    internal bool IsCount => Kind == FigureUnitKind.None || (Kind == FigureUnitKind.Counter && !IsMeasureWord(Text));

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

    /// <summary>A counting word such as 人, 次, 起, 个, 件, 元, 个月 or 人次 (or the noun counted, 大指引); traditional forms
    /// are kept in their simplified form (個月 is 个月), as reading does.</summary>
    /// <param name="word">Letters outside ASCII only (no digits, Latin letters, spaces or symbols), at most 16 of them, that do not read as
    /// another unit, magnitude or qualifier (倍, 成, 番, 百分点, 万…, 余…, 多…, …以上).</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="word"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="word"/> is not a counting word.</exception>
    [Pure]
    public static FigureUnit Counter(string word)
    {
        Preconditions.CheckNotNull(word, nameof(word));
        Preconditions.CheckArgument(IsCounterWord(word.AsSpan()), nameof(word), "Expected a counting word of 1–16 letters that reads as no other unit, magnitude or qualifier, but was \"{0}\".", word);
        return new(FigureUnitKind.Counter, FigureWords.InternCounter(word.AsSpan()) ?? Folded(word.AsSpan()));
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
    [Pure]
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
        return new(FigureUnitKind.PerPopulation, FigureWords.InternPerPopulation(whole.AsSpan()) ?? Folded(whole.AsSpan()));
    }

    /// <summary>Compares kind and text.</summary>
    /// <param name="other">The other unit.</param>
    /// <returns>Whether they are equal.</returns>
    [Pure]
    public bool Equals(FigureUnit other) => Kind == other.Kind && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc />
    [Pure]
    public override bool Equals(object? obj) => obj is FigureUnit other && Equals(other);

    /// <inheritdoc />
    [Pure]
    public override int GetHashCode() => HashCodes.Combine((int)Kind, StringComparer.Ordinal.GetHashCode(Text));

    /// <summary>The unit as printed.</summary>
    /// <returns><see cref="Text"/>.</returns>
    [Pure]
    public override string ToString() => Text;

    /// <summary>Measure words that start with a numeral character or a large unit: 千米, 千克, 千瓦(时), 千公里, 兆瓦.</summary>
    internal static bool StartsWithMeasureWord(ReadOnlySpan<char> word) =>
        NumberReader.StartsWithMeasureWord(word) || (word.Length >= 2 && word[0] == '兆' && word[1] == '瓦');

    /// <summary>Whether a counting word names a measure rather than things counted: it ends in a unit of money, length,
    /// mass, area, volume, power, time or score (元, 千米, 吨, 亩, 千瓦时, 小时, 分).</summary>
    private static bool IsMeasureWord(string word) =>
        word.Length > 0 && word[word.Length - 1] is '元' or '米' or '克' or '吨' or '亩' or '顷' or '升' or '瓦' or '时' or '钟' or '秒' or '斤' or '里' or '度' or '分';

    /// <summary>The text folded (<see cref="CharFolding.Fold"/>): 個月 → 个月, 起/萬人 → 起/万人.</summary>
    internal static string Folded(ReadOnlySpan<char> text)
    {
        var chars = new char[text.Length];
        for (var k = 0; k < text.Length; k++)
        {
            chars[k] = CharFolding.Fold(text[k]);
        }

        return new string(chars);
    }

    /// <summary>
    /// Reads the population of a per-population unit at the start of <paramref name="text"/> (after its '/'):
    /// digits with an optional 万 or 亿 (1000, 10万), a Chinese numeral (十万, 百万, 千, 拾萬), 万 or 亿 alone, or
    /// nothing (次/人: per person, a population of 1).
    /// </summary>
    /// <param name="text">The text after the '/'.</param>
    /// <param name="populationBase">The population, 1 to <see cref="MaxPopulationBase"/>; 0 when none could be read.</param>
    /// <param name="length">How many characters the population took (its counting word follows).</param>
    /// <returns>Whether a population of 1 to <see cref="MaxPopulationBase"/> was read; false for 0, for more, and
    /// for a numeral that overflows.</returns>
    internal static bool TryReadPopulationBase(ReadOnlySpan<char> text, out long populationBase, out int length)
    {
        populationBase = 0;
        length = 0;
        long value = 0;
        var i = 0;
        var takesMagnitude = true;
        if (text.Length > 0 && CharFolding.IsDigit(text[0]))
        {
            while (i < text.Length && CharFolding.IsDigit(text[i]))
            {
                if (i == 10)
                {
                    return false;
                }

                value = (value * 10) + (CharFolding.Fold(text[i]) - '0');
                i++;
            }
        }
        else
        {
            i = ChineseNumerals.Scan(text, out value, out var overflowAt);
            if (overflowAt >= 0)
            {
                return false;
            }

            // 十万 has its 万 already; only 万 or 亿 alone (万人) is one of that unit.
            takesMagnitude = i == 0;
            value = i == 0 ? 1 : value;
        }

        if (takesMagnitude && i < text.Length)
        {
            var unit = CharFolding.Fold(text[i]);
            if (unit is '万' or '亿')
            {
                value *= unit == '万' ? 10_000 : 100_000_000;
                i++;
            }
        }

        length = i;
        if (value < 1 || value > MaxPopulationBase)
        {
            return false;
        }

        populationBase = value;
        return true;
    }

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

        var first = CharFolding.Fold(word[0]);
        if (first is '余' or '多' or '万' or '亿' or '倍' or '成' or '番' or '%' or '‰')
        {
            return false;
        }

        // Numerals belong to the number, never to a counting word: “三 三” is not 3 of a unit called 三, and
        // “一千 百…” would print as the number 一千百. Only the measure words that start with 千 are kept.
        foreach (var c in word)
        {
            if (ChineseNumerals.DigitValue(c) >= 0 || ChineseNumerals.UnitValue(c) >= 10000)
            {
                return false;
            }
        }

        if ((ChineseNumerals.UnitValue(first) > 0 || ChineseNumerals.IsUnreadLargeUnit(first)) && !StartsWithMeasureWord(word))
        {
            return false;
        }

        // A word with 分点 is a points unit (百分点, 千分点) or one the library does not know (万分点, 人百分点): never
        // a counting word, which would hide its scale.
        if (FigureWords.ContainsPoints(word))
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

    /// <summary>A letter of a counting word: a letter outside ASCII once folded (人, 次, 个; not ｐ, which folds to p).</summary>
    internal static bool IsWordLetter(char c)
    {
        var f = CharFolding.Fold(c);
        return f > '\u007F' && char.IsLetter(f);
    }

    /// <summary>The population base written after the '/' of a per-population unit's text (read as
    /// <see cref="TryReadPopulationBase"/> does).</summary>
    internal static long ParsePopulationBase(ReadOnlySpan<char> text)
    {
        var slash = text.IndexOf('/');
        return slash >= 0 && TryReadPopulationBase(text.Slice(slash + 1), out var populationBase, out _) ? populationBase : 0;
    }
}
