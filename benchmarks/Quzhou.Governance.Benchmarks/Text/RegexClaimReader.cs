using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using Quzhou.Governance.Claims;
using Quzhou.Governance.Figures;
using Quzhou.Governance.Indicators;

namespace Quzhou.Governance.Benchmarks.Text;

/// <summary>
/// The claim reader a user would write without the library: lines, sentences and clauses split by regular
/// expressions, then one compiled <see cref="Regex"/> per phrase pattern over each clause (a structure, a streak, a
/// list, a 个百分点 difference, a change with its base and direction word, a rate, an amount, a count with its unit),
/// a period pattern at a clause's start (2024年, 2024年1—10月, 截至2024年10月) that the paragraph and, from a short
/// heading, the lines after inherit, and subjects looked up in a <see cref="Dictionary{TKey, TValue}"/> of the
/// catalog's Chinese names and aliases (the words, then their longest ending). Each claim becomes a
/// <see cref="ClaimRecord"/>, the form the library's claims are projected to. It reads only what the patterns
/// match: no normalisation of full-width digits or traditional forms, no quotes or brackets around clause marks, no
/// links, spans or diagnostics.
/// </summary>
internal sealed class RegexClaimReader
{
    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant;
    // Digits are [0-9]: \d would match full-width and other Unicode digits, which int.Parse and decimal.Parse refuse.
    private const string Number = @"[0-9]+(?:\.[0-9]+)?";
    private const RegexOptions FromTheEnd = Options | RegexOptions.RightToLeft;
    private const string Subject = @"(?<s>[^0-9.]*)";
    private const string Bases = @"同比|环比|与上年同期相比|[比较](?:上年|去年)同期|[比较](?:上年|去年)|[比较]“?十[一二三四五六七八九]五”?(?:同期)?|[比较][0-9]{4}年|近(?:[0-9]{1,3}|[一二三四五六七八九十]+)年来?";
    private const string Directions = "增长|下降|提高|提升|上升|增加|减少|降低";
    private const string Counters = "人次|件|起|人|家|户|个|名|项|次|所|条|座|处|辆|宗|场|套|台|例|位";
    private const string ListUnits = "%|‰|个百分点|(?:万|亿)?元|万?(?:" + Counters + ")";
    private const int HeadingLength = 40;

    private static readonly Regex Lines = new(@"\r?\n", Options);
    private static readonly Regex Sentences = new(@"[。！？!?]", Options);
    private static readonly Regex Clauses = new(@"[，；;]|(?<![0-9]),|,(?![0-9]{3})|(?<![0-9])[:：]|[:：](?![0-9])", Options);

    // 2024年, 2024年10月, 2024年1—10月, 截至2024年10月(底): a period at the start of a clause.
    private static readonly Regex Period = new(@"^(?:截至(?<y>[0-9]{4})年(?<m2>[0-9]{1,2})月[底末]?|(?<y>[0-9]{4})年(?:(?<m>[0-9]{1,2})(?:[—–\-~至](?<m2>[0-9]{1,2}))?月)?)", Options);

    // One pattern per phrase, each over the whole clause after its period, matched from the end (one attempt per clause,
    // not one per start): the subject is what no digit interrupts before the phrase. Right to left, repeated captures
    // come last first.
    private static readonly Regex Structure = new(Subject + @"(?:结构为|比例为|之比为|比为)(?<n>" + Number + ")(?::(?<n>" + Number + "))+$", FromTheEnd);
    private static readonly Regex Streak = new(Subject + @"(?:连续|持续)(?<n>[0-9]+)(?<u>个月|年)[^0-9]*$", FromTheEnd);
    private static readonly Regex List = new(Subject + "(?<b>" + Bases + ")?(?:分别)?(?<b2>" + Bases + ")?(?<d>" + Directions + ")?(?<v>达到|达|为)?(?<n>" + Number + ")(?<u>" + ListUnits + ")(?:(?:以及|、|和|及|与)(?<n>" + Number + ")(?<u>" + ListUnits + "))+$", FromTheEnd);
    private static readonly Regex Difference = new(Subject + "(?:快于|高于|慢于|低于)[^0-9.]+?(?<n>" + Number + ")个百分点$", FromTheEnd);
    private static readonly Regex Change = new(Subject + "(?<b>" + Bases + ")?(?<d>" + Directions + ")(?<n>" + Number + ")(?<u>%|‰|个百分点|万?(?:" + Counters + "))$", FromTheEnd);
    private static readonly Regex Rate = new(Subject + "(?<v>达到|达|为|升至|降至|提高到|提高至|提升至|提升到|占比)?(?<n>" + Number + ")(?<u>%|‰)$", FromTheEnd);
    private static readonly Regex Amount = new(Subject + "(?<v>达到|达|为|升至|降至|提高到|提高至|提升至|提升到)?(?<n>" + Number + ")(?<u>(?:万|亿)?元)$", FromTheEnd);
    private static readonly Regex CountOf = new(Subject + "(?<v>达到|达|为|升至|降至|提高到|提高至|提升至|提升到)?(?<n>" + Number + ")(?<u>万?(?:" + Counters + "))$", FromTheEnd);

    // A subject without the words around it: a lead (共, 其中…, or 全市共) before, an adverb (已, 均…) or 分别 after.
    private static readonly Regex Trim = new(@"^(?:(?:全市|全省|全国|全县|全区|本市|我市|市)?(?:与此同时|截至目前|比如|例如|同时|其中|此外|另外|实现了|实现|推动|促进|使得|全年|当年|今年|目前|已经|并且|并|且|而|仅|使|如|共|其)(?=.))*(?<core>.+?)(?:已经|已|就|都|也|均|还|则|仍|又|共|了|合计|总计|分别)*$", Options);
    private static readonly Regex Region = new("^(?:全市|全省|全国|全县|全区|本市|我市|市)", Options);
    private static readonly Regex Conjunction = new("(?<=.)(?:和|及|与)", Options);
    private static readonly Regex Quotes = new("[“”\"‘’「」\\s]", Options);
    private static readonly Regex CaseWords = new("调查|回访|访问|走访|抽样|抽查|受理|测评|问卷", Options);

    private static readonly Dictionary<string, FigureDirection> DirectionWords = new(StringComparer.Ordinal)
    {
        ["增长"] = FigureDirection.Growth, ["提高"] = FigureDirection.Raise, ["提升"] = FigureDirection.Lift, ["上升"] = FigureDirection.Rise,
        ["增加"] = FigureDirection.Addition, ["下降"] = FigureDirection.Decline, ["减少"] = FigureDirection.Reduction, ["降低"] = FigureDirection.Lowering,
    };

    private readonly Dictionary<string, string?> indicators = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> resolved = new(StringComparer.Ordinal);

    /// <summary>Builds the dictionary of subjects: each indicator's Chinese name and aliases (quotation marks and
    /// white space left out) to its code; a name two indicators share names neither.</summary>
    /// <param name="catalog">The catalog whose names and aliases the subjects are looked up in.</param>
    internal RegexClaimReader(IndicatorCatalog catalog)
    {
        foreach (var indicator in catalog.Indicators)
        {
            Add(indicator.ChineseName, indicator.Code);
            foreach (var alias in catalog.AliasesOf(indicator))
            {
                Add(alias, indicator.Code);
            }
        }
    }

    /// <summary>Reads the claims of <paramref name="text"/> in document order.</summary>
    /// <param name="text">Bulletin text.</param>
    /// <returns>One record per claim.</returns>
    internal List<ClaimRecord> Read(string text)
    {
        var records = new List<ClaimRecord>();
        (LocalDate Start, LocalDate End)? title = null;
        foreach (var line in Lines.Split(text))
        {
            (LocalDate Start, LocalDate End)? paragraph = null;
            (LocalDate Start, LocalDate End)? firstStated = null;
            var before = records.Count;
            foreach (var sentence in Sentences.Split(line))
            {
                var state = default(SentenceState);
                foreach (var clause in Clauses.Split(sentence))
                {
                    ReadClause(clause, records, ref state, paragraph ?? title);
                }

                if (state.Period is { } stated)
                {
                    paragraph = stated;
                    firstStated ??= stated;
                }
            }

            // A short heading that states a period and holds no claim gives it to the lines after it.
            if (records.Count == before && firstStated is not null && line.Length <= HeadingLength && line.IndexOfAny(['。', '！', '？', '!', '?']) < 0)
            {
                title = firstStated;
            }
        }

        return records;
    }

    private void ReadClause(string clause, List<ClaimRecord> records, ref SentenceState state, (LocalDate Start, LocalDate End)? inherited)
    {
        var rest = clause;
        var period = Period.Match(clause);
        if (period.Success)
        {
            state.Period = PeriodOf(period);
            rest = clause.Substring(period.Length);
        }

        if (rest.Length == 0)
        {
            return;
        }

        var claimPeriod = state.Period ?? inherited;
        var inherits = state.Period is null && claimPeriod is not null;
        Match match;
        ClaimKind kind;
        var claimBase = ClaimBaseKind.None;
        if ((match = Structure.Match(rest)).Success)
        {
            kind = ClaimKind.Structure;
        }
        else if ((match = Streak.Match(rest)).Success)
        {
            kind = ClaimKind.Streak;
            if (claimPeriod is { } stated)
            {
                claimPeriod = StreakSpan(stated, int.Parse(match.Groups["n"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture), match.Groups["u"].Value);
            }
        }
        else if ((match = List.Match(rest)).Success || (match = Change.Match(rest)).Success)
        {
            var direction = match.Groups["d"];
            var unit = InOrder(match.Groups["u"].Captures)[0].Value;
            var stated = match.Groups["b"].Success ? match.Groups["b"] : match.Groups["b2"];
            if (direction.Success)
            {
                kind = unit switch
                {
                    "%" or "‰" => ClaimKind.RelativeChange,
                    "个百分点" => ClaimKind.PercentagePointChange,
                    _ => ClaimKind.AbsoluteChange,
                };
                claimBase = stated.Success ? BaseOf(stated.Value) : ClaimBaseKind.Unstated;
            }
            else if (stated.Success || (unit is "%" or "‰" && !match.Groups["v"].Success))
            {
                return; // a base with no change, or rates without a verb: not a phrase this reader knows
            }
            else
            {
                kind = LevelOrCount(InOrder(match.Groups["n"].Captures)[0].Value, unit, match.Groups["v"].Success);
            }
        }
        else if ((match = Difference.Match(rest)).Success && match.Groups["s"].Length > 0)
        {
            kind = ClaimKind.PercentagePointChange;
            claimBase = ClaimBaseKind.Unstated;
        }
        else if ((match = Rate.Match(rest)).Success
            && (match.Groups["v"].Success || (match.Groups["s"].Value.EndsWith('率') && state.CasesCounted == 1)))
        {
            kind = ClaimKind.Level;
        }
        else if ((match = Amount.Match(rest)).Success && (match.Groups["v"].Success || match.Groups["s"].Length > 0))
        {
            kind = ClaimKind.Level;
        }
        else if ((match = CountOf.Match(rest)).Success && (match.Groups["v"].Success || match.Groups["s"].Length > 0 || !match.Groups["n"].Value.Contains('.', StringComparison.Ordinal)))
        {
            kind = LevelOrCount(match.Groups["n"].Value, match.Groups["u"].Value, match.Groups["v"].Success);
        }
        else
        {
            return;
        }

        var numbers = InOrder(match.Groups["n"].Captures);
        var units = InOrder(match.Groups["u"].Captures);
        var figures = new RecordFigure[numbers.Length];
        var firstDirection = match.Groups["d"].Success ? DirectionWords[match.Groups["d"].Value] : FigureDirection.None;
        for (var i = 0; i < figures.Length; i++)
        {
            var number = numbers[i].Value;
            var point = number.IndexOf('.', StringComparison.Ordinal);
            var figureUnit = kind == ClaimKind.Structure ? string.Empty : kind == ClaimKind.PercentagePointChange && units.Length == 0 ? "个百分点" : units[Math.Min(i, units.Length - 1)].Value;
            figures[i] = new RecordFigure(decimal.Parse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture), point < 0 ? 0 : number.Length - point - 1, figureUnit, firstDirection);
        }

        var subjects = Subjects(match.Groups["s"].Value, figures.Length);
        if (subjects.Count == 0)
        {
            // The clause goes on about the subject before it in the sentence (…2125.1亿元，比上年增长6.2%).
            if (state.LastSubjects is null || state.LastSubjects.Count != figures.Length || kind == ClaimKind.Streak)
            {
                return;
            }

            subjects = state.LastSubjects;
        }
        else if (figures.Length > 1 && subjects.Count != figures.Length && kind != ClaimKind.Structure)
        {
            return; // the subjects and the figures do not pair up
        }

        if (kind == ClaimKind.Count)
        {
            state.CasesCounted += figures.Length == 1 && figures[0].Decimals == 0 && !figures[0].Unit.StartsWith('万') && figures[0].Value >= 1m && CaseWords.IsMatch(match.Value) ? 1 : 2;
        }

        state.LastSubjects = subjects;
        records.Add(new ClaimRecord(kind, subjects, figures, claimBase, claimPeriod?.Start, claimPeriod?.End, inherits));
    }

    /// <summary>The captures of a group in the order of the text (a right-to-left match records them last first).</summary>
    private static Capture[] InOrder(CaptureCollection captures)
    {
        var ordered = new Capture[captures.Count];
        for (var i = 0; i < ordered.Length; i++)
        {
            ordered[i] = captures[ordered.Length - 1 - i];
        }

        return ordered;
    }

    private static ClaimKind LevelOrCount(string number, string unit, bool verb) =>
        !verb && !unit.EndsWith('元') && !number.Contains('.', StringComparison.Ordinal) ? ClaimKind.Count : ClaimKind.Level;

    private List<string> Subjects(string written, int figureCount)
    {
        var subjects = new List<string>();
        written = Trimmed(written);
        var parts = new List<string>(written.Split('、'));
        if (parts.Count < figureCount)
        {
            parts = [];
            foreach (var part in written.Split('、'))
            {
                parts.AddRange(Conjunction.Split(part));
            }
        }

        string? previous = null;
        foreach (var part in parts)
        {
            var trimmed = Trimmed(part);
            if (trimmed.Length == 0)
            {
                continue;
            }

            var region = Region.Match(trimmed);
            var key = region.Success && trimmed.Length > region.Length + 1 ? trimmed.Substring(region.Length) : trimmed;
            subjects.Add(Resolve(trimmed, key, previous));
            previous = key;
        }

        return subjects;
    }

    private static string Trimmed(string part)
    {
        var match = Trim.Match(part);
        var core = match.Success ? match.Groups["core"].Value : part;
        return core.TrimStart(' ', '、', ':').TrimEnd(' ', '、');
    }

    /// <summary>The indicator code of a subject (its words, the stem of the subject before it with these words, the
    /// longest ending of three chars or more the dictionary knows), or the subject's words.</summary>
    private string Resolve(string written, string key, string? previous)
    {
        if (previous is null && resolved.TryGetValue(written, out var known))
        {
            return known;
        }

        var code = Lookup(key);
        for (var k = (previous?.Length ?? 0) - 1; code is null && k >= 2; k--)
        {
            code = Lookup(string.Concat(previous!.AsSpan(0, k), key));
        }

        for (var k = 1; code is null && k <= key.Length - 3; k++)
        {
            code = Lookup(key.Substring(k));
        }

        code ??= written;
        if (previous is null)
        {
            resolved[written] = code;
        }

        return code;
    }

    private string? Lookup(string key) => indicators.TryGetValue(Quotes.Replace(key, string.Empty), out var code) ? code : null;

    private void Add(string name, string code)
    {
        var key = Quotes.Replace(name, string.Empty);
        indicators[key] = indicators.TryGetValue(key, out var existing) && existing != code ? null : code;
    }

    private static ClaimBaseKind BaseOf(string word) => word switch
    {
        "同比" => ClaimBaseKind.YearOnYear,
        "环比" => ClaimBaseKind.PeriodOnPeriod,
        _ when word.StartsWith('近') => ClaimBaseKind.RecentYears,
        _ when word.Contains('五', StringComparison.Ordinal) => word.EndsWith("同期", StringComparison.Ordinal) ? ClaimBaseKind.PlanSameSpan : ClaimBaseKind.Plan,
        _ when word.Contains("同期", StringComparison.Ordinal) => ClaimBaseKind.PreviousYearSamePeriod,
        _ when word.EndsWith('年') && char.IsAsciiDigit(word[1]) => ClaimBaseKind.Year,
        _ => ClaimBaseKind.PreviousYear,
    };

    private static (LocalDate Start, LocalDate End) PeriodOf(Match period)
    {
        var year = int.Parse(period.Groups["y"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        var first = period.Groups["m"].Success ? int.Parse(period.Groups["m"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture) : 1;
        var last = period.Groups["m2"].Success ? int.Parse(period.Groups["m2"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture) : period.Groups["m"].Success ? first : 12;
        var end = new YearMonth(year, last);
        return (new LocalDate(year, first, 1), end.OnDayOfMonth(end.Calendar.GetDaysInMonth(year, last)));
    }

    /// <summary>The months or years a streak covers up to the end of the period stated (连续24个月 to 2024-10 is
    /// 2022-11/2024-10; 连续3年 to the end of 2025 is 2023—2025).</summary>
    private static (LocalDate Start, LocalDate End) StreakSpan((LocalDate Start, LocalDate End) stated, int count, string unit)
    {
        var end = stated.End;
        if (count < 1 || count > 1200)
        {
            return stated;
        }

        if (unit == "个月" && (end.Year * 12) + end.Month - count >= 12)
        {
            return (new LocalDate(end.Year, end.Month, 1).PlusMonths(1 - count), end);
        }

        return unit == "年" && end.Month == 12 && end.Year - count >= 0 ? (new LocalDate(end.Year - count + 1, 1, 1), end) : stated;
    }

    /// <summary>What a sentence's clauses pass on: its period, the last claim's subjects, how many counts it made
    /// (a whole count of cases, 共回访企业1000家, counts 1; any other count 2, so a bare rate after it is not read).</summary>
    private struct SentenceState
    {
        internal (LocalDate Start, LocalDate End)? Period { get; set; }

        internal List<string>? LastSubjects { get; set; }

        internal int CasesCounted { get; set; }
    }
}
