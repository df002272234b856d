using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using Quzhou.Governance.Parsing;

namespace Quzhou.Governance.Indicators;

/// <summary>
/// The indicators a data set or a team uses: each with its code, both names and the aliases bulletins and
/// files write for it (“两抢”案件 for 两抢案件数, 电诈 for 电信网络诈骗发案数), so that a subject written in a
/// file or a sentence finds its indicator. Immutable: <see cref="With(Indicator, string[])"/> and
/// <see cref="WithAliases(string, string[])"/> return a new catalog, so a team starts from
/// <see cref="Interview"/> (or <see cref="Empty"/>) and adds its own.
/// </summary>
/// <remarks>
/// Text is matched after folding full-width forms to ASCII, dropping quotation marks (“ ” " ‘ ’ 「 」…) and
/// white space, and ignoring the case of Latin letters: “两抢”案件, "两抢"案件 and 两抢案件 are one key. A key may
/// belong to several indicators (an alias two teams use differently); <see cref="Find(string)"/> then
/// returns every candidate and <see cref="Read(string)"/> refuses the text as ambiguous.
/// </remarks>
public sealed class IndicatorCatalog
{
    private static readonly string[] NoAliases = Array.Empty<string>();

    // Sorted by code (ordinal); the aliases of each indicator in the order added; the folded key of every code,
    // name and alias to the codes it names (sorted, no duplicates).
    private readonly SortedDictionary<string, Entry> entries;
    private readonly Dictionary<string, List<string>> keys;

    // The same keys by a hash of their folded chars, each with the one indicator it names (null when it names
    // several), so that a span of text finds its indicator without a string (FindOne).
    private readonly Dictionary<int, (string Key, Indicator? One)[]> spanKeys;

    private IndicatorCatalog(SortedDictionary<string, Entry> entries)
    {
        this.entries = entries;
        keys = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var entry in entries.Values)
        {
            AddKey(entry.Indicator.Code, entry.Indicator.Code);
            AddKey(entry.Indicator.ChineseName, entry.Indicator.Code);
            AddKey(entry.Indicator.EnglishName, entry.Indicator.Code);
            foreach (var alias in entry.Aliases)
            {
                AddKey(alias, entry.Indicator.Code);
            }
        }

        spanKeys = new Dictionary<int, (string Key, Indicator? One)[]>();
        foreach (var pair in keys)
        {
            var one = pair.Value.Count == 1 ? entries[pair.Value[0]].Indicator : null;
            var hash = HashOf(pair.Key.AsSpan());
            spanKeys[hash] = spanKeys.TryGetValue(hash, out var same) ? [.. same, (pair.Key, one)] : [(pair.Key, one)];
        }
    }

    /// <summary>A catalog with no indicator.</summary>
    public static IndicatorCatalog Empty { get; } = new(new SortedDictionary<string, Entry>(StringComparer.Ordinal));

    /// <summary>
    /// The interview's indicators (<see cref="InterviewIndicators.All"/>) with the aliases bulletins write for
    /// them: 两抢案件 and 两抢 for “两抢”案件数, 电诈 and 电诈案件 for 电信网络诈骗发案数, 刑事案件 for 刑事案件数, 命案
    /// for 命案数, and the like (see <see cref="AliasesOf(Indicator)"/>).
    /// </summary>
    public static IndicatorCatalog Interview { get; } = CreateInterview();

    /// <summary>The number of indicators.</summary>
    public int Count => entries.Count;

    /// <summary>Adds <paramref name="indicator"/> with <paramref name="aliases"/>, or adds the aliases to an equal
    /// indicator already in the catalog.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="aliases">Other names files and bulletins write for it (not empty or white space).</param>
    /// <returns>A new catalog; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/>, <paramref name="aliases"/> or an alias is null.</exception>
    /// <exception cref="ArgumentException">Another indicator with the same code is in the catalog (naming
    /// <paramref name="indicator"/> and the code), or an alias is empty once folded (naming <paramref name="aliases"/>).</exception>
    public IndicatorCatalog With(Indicator indicator, params string[] aliases)
    {
        Preconditions.CheckNotNull(indicator, nameof(indicator));
        CheckAliases(aliases);
        if (entries.TryGetValue(indicator.Code, out var existing) && !existing.Indicator.Equals(indicator))
        {
            Preconditions.ThrowArgument(nameof(indicator), "The catalog already holds another indicator with the code " + indicator.Code + " (" + existing.Indicator.ToString() + ").");
        }

        var copy = new SortedDictionary<string, Entry>(entries, StringComparer.Ordinal);
        copy[indicator.Code] = new Entry(indicator, Concat(existing?.Aliases ?? NoAliases, aliases));
        return new IndicatorCatalog(copy);
    }

    /// <summary>Adds aliases to the indicator with <paramref name="code"/>.</summary>
    /// <param name="code">The indicator's code.</param>
    /// <param name="aliases">Other names for it (not empty or white space).</param>
    /// <returns>A new catalog; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/>, <paramref name="aliases"/> or an alias is null.</exception>
    /// <exception cref="ArgumentException">No indicator has the code (naming <paramref name="code"/>), or an alias
    /// is empty once folded.</exception>
    public IndicatorCatalog WithAliases(string code, params string[] aliases)
    {
        Preconditions.CheckNotNull(code, nameof(code));
        if (!entries.TryGetValue(code, out var entry))
        {
            Preconditions.ThrowArgument(nameof(code), "The catalog has no indicator with the code " + code + ".");
        }

        return With(entry!.Indicator, aliases);
    }

    /// <summary>Whether an indicator with <paramref name="code"/> is in the catalog (ordinal comparison).</summary>
    /// <param name="code">The code.</param>
    /// <returns>Whether it is there.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public bool Contains(string code) => entries.ContainsKey(Preconditions.CheckNotNull(code, nameof(code)));

    /// <summary>Gets the indicator with <paramref name="code"/> (ordinal comparison).</summary>
    /// <param name="code">The code, such as <c>telecom-fraud.cases</c>.</param>
    /// <param name="indicator">The indicator, or null when none has the code.</param>
    /// <returns>Whether one was found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public bool TryGet(string code, [NotNullWhen(true)] out Indicator? indicator)
    {
        if (entries.TryGetValue(Preconditions.CheckNotNull(code, nameof(code)), out var entry))
        {
            indicator = entry.Indicator;
            return true;
        }

        indicator = null;
        return false;
    }

    /// <summary>The indicator with <paramref name="code"/> (ordinal comparison).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The indicator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No indicator has the code.</exception>
    public Indicator Get(string code) =>
        TryGet(code, out var indicator) ? indicator : throw new KeyNotFoundException("The catalog has no indicator with the code " + code + ".");

    /// <summary>The aliases of <paramref name="indicator"/> in the order they were added; empty when it has none
    /// or is not in the catalog.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The aliases.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    public IReadOnlyList<string> AliasesOf(Indicator indicator)
    {
        Preconditions.CheckNotNull(indicator, nameof(indicator));
        return entries.TryGetValue(indicator.Code, out var entry) && entry.Indicator.Equals(indicator) ? entry.Aliases : NoAliases;
    }

    /// <summary>
    /// The indicators whose code, Chinese name, English name or an alias is <paramref name="text"/> (folded as
    /// the remarks of the type say), in code order: one for “两抢”案件, none for a subject the catalog does not
    /// know, several for an alias more than one indicator has.
    /// </summary>
    /// <param name="text">A subject as written in a file or a sentence.</param>
    /// <returns>The candidates, possibly empty.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<Indicator> Find(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        if (!keys.TryGetValue(Fold(text), out var codes))
        {
            return Array.Empty<Indicator>();
        }

        var result = new Indicator[codes.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = entries[codes[i]].Indicator;
        }

        return result;
    }

    /// <summary>Reads the one indicator <paramref name="text"/> names, as <see cref="Find(string)"/> finds it.</summary>
    /// <param name="text">A code, name or alias.</param>
    /// <returns>The indicator, or an error at position 0 when the catalog knows no such subject or the text names
    /// several indicators (the error lists their codes).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ParseResult<Indicator> Read(string text)
    {
        var found = Find(text);
        if (found.Count == 1)
        {
            return ParseResult<Indicator>.ForValue(found[0]);
        }

        if (found.Count == 0)
        {
            return ParseResult<Indicator>.ForError(text, 0, "an indicator code, name or alias the catalog knows");
        }

        var codes = new StringBuilder();
        foreach (var indicator in found)
        {
            codes.Append(codes.Length == 0 ? string.Empty : " or ").Append(indicator.Code);
        }

        return ParseResult<Indicator>.ForError(text, 0, "a subject that names one indicator (this one names " + codes.ToString() + ")");
    }

    /// <summary>The indicators in code order (ordinal).</summary>
    public IReadOnlyList<Indicator> Indicators
    {
        get
        {
            var result = new List<Indicator>(entries.Count);
            foreach (var entry in entries.Values)
            {
                result.Add(entry.Indicator);
            }

            return result;
        }
    }

    /// <summary><c>25 indicators</c>.</summary>
    /// <returns>A string for diagnostics.</returns>
    public override string ToString() => Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " indicators";

    /// <summary>The length of the longest folded code, name or alias: a text whose folded length is greater names
    /// nothing (see <see cref="CountsInKey"/>).</summary>
    internal int LongestKeyLength { get; private set; }

    /// <summary>Whether <paramref name="c"/> is kept by <see cref="Fold"/> (quotation marks and white space are not),
    /// so a text's folded length is the number of its chars for which this holds.</summary>
    internal static bool CountsInKey(char c) => !(CharFolding.IsQuote(c) || CharFolding.IsSpace(c) || char.IsWhiteSpace(c));

    /// <summary>The one indicator whose key is <paramref name="text"/> folded (as <see cref="Find(string)"/> folds it),
    /// or null when none or several are: <c>Find(text)</c> when it holds one indicator, without a string.</summary>
    internal Indicator? FindOne(ReadOnlySpan<char> text) => FindOne(text, ReadOnlySpan<char>.Empty);

    /// <summary><see cref="FindOne(ReadOnlySpan{char})"/> of <paramref name="first"/> followed by
    /// <paramref name="second"/> (a stem and an ending), without joining them in a string.</summary>
    internal Indicator? FindOne(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        if (LongestKeyLength == 0)
        {
            return null;
        }

        Span<char> folded = LongestKeyLength <= MaxStackKey ? stackalloc char[LongestKeyLength] : new char[LongestKeyLength];

        var n = FoldInto(first, folded, 0);
        n = n < 0 ? n : FoldInto(second, folded, n);
        if (n <= 0)
        {
            return null;
        }

        var key = folded.Slice(0, n);
        if (spanKeys.TryGetValue(HashOf(key), out var candidates))
        {
            foreach (var candidate in candidates)
            {
                if (key.SequenceEqual(candidate.Key.AsSpan()))
                {
                    return candidate.One;
                }
            }
        }

        return null;
    }

    private const int MaxStackKey = 256;

    /// <summary>Folds <paramref name="text"/> into <paramref name="folded"/> from <paramref name="at"/>, as
    /// <see cref="Fold"/> does; the new length, or −1 when it does not fit (the text is longer than any key).</summary>
    private static int FoldInto(ReadOnlySpan<char> text, Span<char> folded, int at)
    {
        foreach (var raw in text)
        {
            if (!CountsInKey(raw))
            {
                continue;
            }

            if (at == folded.Length)
            {
                return -1;
            }

            var c = CharFolding.Fold(raw);
            folded[at++] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        return at;
    }

    /// <summary>FNV-1a over the chars of a folded key (the same in every process, unlike string hashes).</summary>
    private static int HashOf(ReadOnlySpan<char> key)
    {
        unchecked
        {
            var hash = (int)2166136261;
            foreach (var c in key)
            {
                hash = (hash ^ c) * 16777619;
            }

            return hash;
        }
    }

    /// <summary>The key <paramref name="text"/> is matched by: full-width folded, quotation marks and white space
    /// dropped, Latin letters in lower case.</summary>
    internal static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var raw in text)
        {
            if (!CountsInKey(raw))
            {
                continue;
            }

            var c = CharFolding.Fold(raw);
            builder.Append(c is >= 'A' and <= 'Z' ? (char)(c + 32) : c);
        }

        return builder.ToString();
    }

    private static void CheckAliases(string[] aliases)
    {
        Preconditions.CheckNotNull(aliases, nameof(aliases));
        foreach (var alias in aliases)
        {
            Preconditions.CheckNotNull(alias, nameof(aliases));
            Preconditions.CheckArgument(Fold(alias).Length > 0, nameof(aliases), "An alias must have a character other than quotation marks and white space, not \"{0}\".", alias);
        }
    }

    private static string[] Concat(string[] first, string[] second)
    {
        var result = new List<string>(first);
        foreach (var alias in second)
        {
            if (!result.Contains(alias))
            {
                result.Add(alias);
            }
        }

        return result.ToArray();
    }

    private static IndicatorCatalog CreateInterview()
    {
        var catalog = Empty;
        foreach (var indicator in InterviewIndicators.All)
        {
            catalog = catalog.With(indicator);
        }

        return catalog
            .WithAliases(InterviewIndicators.JuvenileCrimeCases.Code, "未成年人犯罪案件")
            .WithAliases(InterviewIndicators.JuvenileOffenders.Code, "未成年犯罪人数")
            .WithAliases(InterviewIndicators.ProductionSafetyAccidents.Code, "生产安全事故起数", "生产安全事故")
            .WithAliases(InterviewIndicators.ProductionSafetyDeaths.Code, "生产安全事故死亡")
            .WithAliases(InterviewIndicators.MajorProductionSafetyAccidents.Code, "较大生产安全事故", "较大以上生产安全事故", "生产安全事故“0”发生")
            .WithAliases(InterviewIndicators.CriminalCases.Code, "刑事案件", "刑事案件发案数")
            .WithAliases(InterviewIndicators.Homicides.Code, "命案", "命案发案数", "命案总量")
            .WithAliases(InterviewIndicators.Thefts.Code, "盗窃案件", "盗窃")
            .WithAliases(InterviewIndicators.RobberiesAndSnatchings.Code, "“两抢”案件", "两抢", "抢劫抢夺案件")
            .WithAliases(InterviewIndicators.RoadTrafficDeaths.Code, "道路交通事故死亡", "交通事故死亡人数")
            .WithAliases(InterviewIndicators.TelecomFraudCases.Code, "电诈", "电诈案件", "电诈发案数", "电信网络诈骗案件", "电信诈骗案件")
            .WithAliases(InterviewIndicators.TelecomFraudLosses.Code, "电诈损失", "电信网络诈骗损失", "电信诈骗损失")
            .WithAliases(InterviewIndicators.EnterpriseInspections.Code, "涉企检查")
            .WithAliases(InterviewIndicators.IndustryLegalGuides.Code, "重点产业风控法务指引", "风控法务指引")
            .WithAliases(InterviewIndicators.ProvincialAntiFraudConferenceTalks.Code, "全省反诈工作会议经验交流", "反诈经验交流", "在全省反诈工作会议上作经验交流")
            .WithAliases(InterviewIndicators.BorderIncidents.Code, "省际边界警情")
            .WithAliases(InterviewIndicators.LegalServiceStations.Code, "公共法律服务站点")
            .WithAliases(InterviewIndicators.LegalServices.Code, "提供各类法律服务", "提供法律服务")
            .WithAliases(InterviewIndicators.SocialOrganisations.Code, "社会组织", "参与平安建设的社会组织")
            .WithAliases(InterviewIndicators.InterProvincialWorkerInflow.Code, "从江西省流入的产业工人", "外省流入的产业工人")
            .WithAliases(InterviewIndicators.EnforcementClosureRate.Code, "执结率")
            .WithAliases(InterviewIndicators.OnlineServiceRate.Code, "一网通办率")
            .WithAliases(InterviewIndicators.LocalDisputeResolutionRate.Code, "就地化解率")
            .WithAliases(InterviewIndicators.CrossRegionDisputeResolutionRate.Code, "跨域纠纷化解率");
    }

    private void AddKey(string text, string code)
    {
        var key = Fold(text);
        if (key.Length == 0)
        {
            return;
        }

        if (!keys.TryGetValue(key, out var codes))
        {
            keys.Add(key, codes = new List<string>(1));
            LongestKeyLength = Math.Max(LongestKeyLength, key.Length);
        }

        if (!codes.Contains(code))
        {
            codes.Add(code);
            codes.Sort(StringComparer.Ordinal);
        }
    }

    private sealed class Entry
    {
        internal Entry(Indicator indicator, string[] aliases)
        {
            Indicator = indicator;
            Aliases = aliases;
        }

        internal Indicator Indicator { get; }

        internal string[] Aliases { get; }
    }
}
