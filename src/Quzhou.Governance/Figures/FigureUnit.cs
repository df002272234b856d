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
    public const long MaxPopulationBase = FigureGrammar.MaxPopulationBase;

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
    public long PopulationBase => Kind == FigureUnitKind.PerPopulation ? FigureGrammar.ParsePopulationBase(Text.AsSpan()) : 0;

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
        Preconditions.CheckArgument(FigureGrammar.IsCounterWord(word.AsSpan()), nameof(word), "Expected a counting word of 1–16 letters that reads as no other unit, magnitude or qualifier, but was \"{0}\".", word);
        return new(FigureUnitKind.Counter, FigureGrammar.InternCounter(word.AsSpan()) ?? FigureGrammar.Folded(word.AsSpan()));
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
        Preconditions.CheckArgument(FigureGrammar.IsCounterWord(counter.AsSpan()), nameof(counter), "Expected a counting word, but was \"{0}\".", counter);
        Preconditions.CheckArgument(FigureGrammar.IsCounterWord(population.AsSpan()), nameof(population), "Expected a counting word, but was \"{0}\".", population);
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
        return new(FigureUnitKind.PerPopulation, FigureGrammar.InternPerPopulation(whole.AsSpan()) ?? FigureGrammar.Folded(whole.AsSpan()));
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

    /// <summary>Whether a counting word names a measure rather than things counted: it ends in a unit of money, length,
    /// mass, area, volume, power, time or score (元, 千米, 吨, 亩, 千瓦时, 小时, 分).</summary>
    private static bool IsMeasureWord(string word) =>
        word.Length > 0 && word[word.Length - 1] is '元' or '米' or '克' or '吨' or '亩' or '顷' or '升' or '瓦' or '时' or '钟' or '秒' or '斤' or '里' or '度' or '分';
}
