using System;
using System.Collections.Generic;
using NodaTime;
using Quzhou.Governance.Claims;
using Quzhou.Governance.Figures;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Parsing;
using Quzhou.Governance.Periods;
using Quzhou.Governance.Periods.Text;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.Text;

/// <summary>
/// One reading of one text: lines (paragraphs and headings), sentences (。！？), clauses (，；： outside quotes,
/// brackets and book titles, never inside a number) and in each clause the figures, the base, the subjects and the
/// construct they make. See docs/text.md.
/// </summary>
internal sealed partial class BulletinParser
{
    private const int MaxPeriodLength = 24;
    private const int HeadingLength = 40;

    /// <summary>The longest block of spans (32 KB, below the large-object heap).</summary>
    private const int MaxSpanBlockLength = 4096;
    private readonly IndicatorCatalog catalog;
    private readonly LocalDate published;
    private readonly RegionCode region;
    private readonly NormalizedText text;
    private readonly string original;
    private readonly List<ReadClaim> claims = new();
    private readonly List<TextDiagnostic> diagnostics = new();

    // The block the claims' spans are written into (ReserveSpans) and how much of it is handed out.
    private SourceSpan[] spanBlock = Array.Empty<SourceSpan>();
    private int spanBlockUsed;
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly List<FigureHit> figures = new();
    private readonly List<BaseHit> bases = new();
    private CalendarPeriod? titlePeriod;
    private CalendarPeriod? paragraphPeriod;
    private CalendarPeriod? sentencePeriod;
    private readonly List<PublishedFigure> figureList = new();
    private readonly List<ClaimSubject> subjects = new();
    private readonly List<string> subjectTexts = new();
    private readonly List<SourceSpan> subjectSpans = new();
    private readonly List<(int Start, int End)> parts = new();
    private readonly List<(int Start, int End)> words = new();
    private ClaimSubject[]? lastSubjects;

    // What claims of one reading share: the strings (subjects, texts as written, predicates) and the arrays of subjects,
    // figures and texts, each made once however often the text repeats them.
    private readonly StringPool strings = new();
    private readonly SharedArrays<ClaimSubject> subjectArrays = new();
    private readonly SharedArrays<PublishedFigure> figureArrays = new();
    private readonly SharedArrays<string> textArrays = new();
    private readonly Dictionary<string, Indicator?> resolved = new(StringComparer.Ordinal);

    private BulletinParser(string original, NormalizedText text, IndicatorCatalog catalog, LocalDate published, RegionCode region)
    {
        this.original = original;
        this.text = text;
        this.catalog = catalog;
        this.published = published;
        this.region = region;
    }

    internal static BulletinReading Read(string original, IndicatorCatalog catalog, LocalDate published, RegionCode region)
    {
        using var normalized = NormalizedText.Create(original);
        var parser = new BulletinParser(original, normalized, catalog, published, region);
        parser.Run();
        return BulletinReading.Of(original, parser.claims, parser.diagnostics);
    }

    private void Run()
    {
        var s = text.Chars;
        var lineStart = 0;
        while (lineStart < s.Length)
        {
            var lineEnd = s.Slice(lineStart).IndexOf('\n');
            lineEnd = lineEnd < 0 ? s.Length : lineStart + lineEnd;
            ReadLine(lineStart, lineEnd);
            lineStart = lineEnd + 1;
        }

        ResolveUnstatedBases();
    }

    private void ReadLine(int start, int end)
    {
        var s = text.Chars;
        paragraphPeriod = null;
        var before = claims.Count;
        CalendarPeriod? firstStated = null;
        var i = LineMarks.Next(s, start, end);
        var depth = 0;
        var sentenceStart = start;
        while (i <= end)
        {
            var atEnd = i == end;
            if (!atEnd)
            {
                var c = s[i];
                if (c == '\u201C')
                {
                    depth++;
                }
                else if (c == '\u201D' && depth > 0)
                {
                    depth--;
                }
            }

            if (atEnd || (depth == 0 && s[i] is '。' or '!' or '?'))
            {
                if (i > sentenceStart)
                {
                    sentencePeriod = null;
                    lastSubjects = null;
                    sentenceFirstClaim = claims.Count;
                    earlierYearLevel = -1;
                    ReadSentence(sentenceStart, i);
                    LinkSentence(sentenceStart, i);
                    if (sentencePeriod is { } stated)
                    {
                        paragraphPeriod = stated;
                        firstStated ??= stated;
                    }
                }

                sentenceStart = i + 1;
            }

            i = atEnd ? end + 1 : LineMarks.Next(s, i + 1, end);
        }

        // A heading: a short line with no sentence's end that states a period and holds no claim gives its period
        // to what follows (“2025年1—10月全市经济运行情况”).
        if (claims.Count == before && firstStated is { } heading && end - start <= HeadingLength
            && s.Slice(start, end - start).IndexOfAny('。', '!', '?') < 0)
        {
            titlePeriod = heading;
        }
    }

    private void ReadSentence(int start, int end)
    {
        var s = text.Chars;
        var clauseStart = start;
        var depth = 0;
        for (var i = SentenceMarks.Next(s, start, end); i <= end; i = i < end ? SentenceMarks.Next(s, i + 1, end) : end + 1)
        {
            if (i < end)
            {
                var c = s[i];
                if (c is '\u201C' or '(' or '《' or '[')
                {
                    depth++;
                    continue;
                }

                if (c is '\u201D' or ')' or '》' or ']')
                {
                    depth = Math.Max(0, depth - 1);
                    continue;
                }

                if (depth > 0 || !IsClauseBreak(s, i, end))
                {
                    continue;
                }
            }

            if (i > clauseStart)
            {
                ReadClause(clauseStart, i);
            }

            clauseStart = i + 1;
        }
    }

    /// <summary>The chars <see cref="ReadLine"/> acts on (quotation marks, a sentence's end); it passes over the rest.</summary>
    private static readonly CharSet LineMarks = new("\u201C\u201D。!?");

    /// <summary>The chars <see cref="ReadSentence"/> acts on (brackets, a clause's break); it passes over the rest.</summary>
    private static readonly CharSet SentenceMarks = new("\u201C(《[\u201D)》];:,");

    private static bool IsClauseBreak(ReadOnlySpan<char> s, int i, int end)
    {
        var c = s[i];
        if (c == ';')
        {
            return true;
        }

        var betweenDigits = i > 0 && i + 1 < end && BulletinWords.IsDigit(s[i - 1]) && BulletinWords.IsDigit(s[i + 1]);
        if (c == ':')
        {
            return !betweenDigits;
        }

        if (c == ',')
        {
            // 1,360: a comma with three digits after it inside a number is a thousands separator.
            var thousands = betweenDigits && i + 3 < end + 1 && i + 3 <= end - 0
                && i + 3 < s.Length && BulletinWords.IsDigit(s[i + 2]) && BulletinWords.IsDigit(s[i + 3])
                && (i + 4 >= end || !BulletinWords.IsDigit(s[i + 4]));
            return !thousands;
        }

        return false;
    }

    private void ReadClause(int start, int end)
    {
        var s = text.Chars;
        var pos = start;
        FindBases(start, end);
        if (!StartsBase(pos) && TryPeriodAt(pos, end, out var period, out var periodLength))
        {
            sentencePeriod = period;
            pos += periodLength;
        }

        if (TryZeroCount(pos, end))
        {
            return;
        }

        figures.Clear();
        if (!FindFigures(pos, end))
        {
            return;
        }

        if (figures.Count == 0)
        {
            TryFlat(pos, end);
            return;
        }

        // A figure alone is a panel's big number, except the change right after a level of the year before
        // (今年…为97.2%，上年为95.1%，提高2.1个百分点).
        if (IsHeadline(pos, end) && !(earlierYearLevel >= 0 && earlierYearLevel == claims.Count - 1))
        {
            return;
        }

        var head = pos;
        var g = 0;
        while (g < figures.Count)
        {
            var last = g;
            var structure = false;
            while (last + 1 < figures.Count && IsListGap(s, figures[last].End, figures[last + 1].Start, out var colon))
            {
                structure |= colon;
                last++;
            }

            var next = last + 1 < figures.Count ? figures[last + 1].Start : end;
            var tailEnd = last + 1 < figures.Count ? TailEnd(figures[last].End, next) : end;
            ReadGroup(head, g, last, tailEnd, structure);
            head = tailEnd;
            while (head < end && s[head] is '、' or '和' or '及' or '与')
            {
                head++;
            }

            g = last + 1;
        }
    }

    /// <summary>The end of a group's words after its last figure: up to the next 、 before the next figure.</summary>
    private int TailEnd(int from, int next)
    {
        var s = text.Chars;
        for (var i = from; i < next; i++)
        {
            if (s[i] == '、')
            {
                return i;
            }
        }

        return from;
    }

    private static bool IsListGap(ReadOnlySpan<char> s, int from, int to, out bool colon)
    {
        colon = false;
        var gap = s.Slice(from, to - from);
        if (gap.Length == 1 && gap[0] == ':')
        {
            colon = true;
            return true;
        }

        return gap.Length == 1 && gap[0] is '、' or '和' or '及' or '与' || (gap.Length == 2 && gap[0] == '以' && gap[1] == '及');
    }

    private bool IsHeadline(int start, int end)
    {
        // A panel's big number (“72.96% ↓”, “100%”): the clause is figures and symbols only.
        var s = text.Chars;
        var f = 0;
        for (var i = start; i < end; i++)
        {
            if (f < figures.Count && i == figures[f].Start)
            {
                i = figures[f].End - 1;
                f++;
                continue;
            }

            if (FigureGrammar.IsWordLetter(s[i]) || char.IsLetterOrDigit(s[i]))
            {
                return false;
            }
        }

        return true;
    }

    private void ReadGroup(int head, int first, int last, int tailEnd, bool structure)
    {
        var s = text.Chars;
        var f0 = figures[first];
        var groupEnd = figures[last].End;
        var count = last - first + 1;
        var headEnd = f0.Start;
        var respectively = false;
        var b = FindBaseIn(head, headEnd);
        var subjectEnd = b is { } found && found.Start > head ? found.Start : headEnd;
        var subjectStart = b is { } atStart && atStart.Start <= head ? atStart.End : head;
        if (b is { } after && after.End <= headEnd && after.Start > head)
        {
            subjectEnd = after.Start;
        }

        // 分别 before the figures (after the base, or right after the subjects).
        var between = b is { } bb && bb.Start > head ? bb.End : subjectEnd;
        if (BulletinWords.Is(s, headEnd - 2, "分别") || IndexOf(s, between, headEnd, "分别") >= 0)
        {
            respectively = count > 1;
            if (b is null)
            {
                subjectEnd = Math.Min(subjectEnd, IndexOf(s, head, headEnd, "分别"));
            }
        }

        var claimBase = b?.Base ?? ClaimBase.Unstated;
        var unit = f0.Figure.Unit.Kind;
        var hasDirection = f0.Figure.Direction != FigureDirection.None || unit == FigureUnitKind.Doublings;
        ClaimKind kind;
        string? predicate = null;
        var predicateStart = -1;
        var predicateEnd = -1;

        var streakWord = BulletinWords.EndingAt(s, head, headEnd, StreakWords);
        var counter = f0.Figure.Unit.Kind == FigureUnitKind.Counter ? f0.Figure.Unit.Text : null;
        if (streakWord is not null && counter is not null && Array.IndexOf(BulletinWords.TimeCounters, counter) >= 0 && !hasDirection)
        {
            kind = ClaimKind.Streak;
            subjectEnd = Math.Min(subjectEnd, headEnd - streakWord.Length);
            predicateStart = groupEnd;
            predicateEnd = tailEnd;
            claimBase = ClaimBase.None;
        }
        else if (hasDirection)
        {
            kind = unit switch
            {
                FigureUnitKind.Percent or FigureUnitKind.Permille => ClaimKind.RelativeChange,
                FigureUnitKind.PercentagePoints or FigureUnitKind.PermillePoints => ClaimKind.PercentagePointChange,
                FigureUnitKind.Times or FigureUnitKind.Tenths or FigureUnitKind.Doublings => ClaimKind.Multiple,
                _ => ClaimKind.AbsoluteChange,
            };
            if (b is null && count == 1 && unit is FigureUnitKind.PercentagePoints or FigureUnitKind.PermillePoints && earlierYearLevel >= 0 && earlierYearLevel == claims.Count - 1)
            {
                // 今年满意率为97.2%，上年为95.1%，提高2.1个百分点: the change is against the year just printed.
                claimBase = ClaimBase.PreviousYear;
            }
            else if (b is null)
            {
                Diagnose(TextDiagnosticKind.MissingBase, head, groupEnd, "变化未写明比较基期（同比、比上年……），按“基期未写明”读取", "the change states no base (同比, 比上年…); read with an unstated base");
            }
        }
        else if (structure)
        {
            kind = ClaimKind.Structure;
            var word = BulletinWords.EndingAt(s, head, headEnd, BulletinWords.StructureWords);
            if (word is not null)
            {
                subjectEnd = Math.Min(subjectEnd, headEnd - word.Length);
                predicate = word == "结构为" ? null : word;
            }

            claimBase = ClaimBase.None;
        }
        else if (f0.Figure.Qualifier is FigureQualifier.AtLeast or FigureQualifier.AtMost or FigureQualifier.Exceeding or FigureQualifier.Breaking
            && BulletinWords.EndingAt(s, head, headEnd, BulletinWords.ThresholdVerbs) is { } threshold)
        {
            kind = ClaimKind.ThresholdHeld;
            subjectEnd = Math.Min(subjectEnd, headEnd - threshold.Length);
            predicate = threshold == "保持在" ? null : threshold;
            claimBase = ClaimBase.None;
        }
        else if (IndexOf(s, head, headEnd, "累计") is var total && total >= 0)
        {
            kind = ClaimKind.CumulativeTotal;
            subjectStart = total + 2;
            subjectEnd = TrimVerb(subjectStart, subjectEnd);
            claimBase = ClaimBase.None;
        }
        else if (BulletinWords.Is(s, headEnd - 3, "目标的") && IndexOf(s, head, headEnd, "完成") is var done && done >= 0 && unit == FigureUnitKind.Percent)
        {
            kind = ClaimKind.PlanProgress;
            subjectEnd = Math.Min(subjectEnd, done);
            claimBase = ClaimBase.None;
        }
        else if (counter is not null && f0.Figure.Numerals == NumeralStyle.Arabic && f0.Figure.Decimals == 0
            && Array.IndexOf(BulletinWords.TimeCounters, counter) < 0 && Array.IndexOf(BulletinWords.MeasureCounters, counter) < 0
            && BulletinWords.EndingAt(s, head, TrimEndAdverbs(head, headEnd), BulletinWords.LevelVerbs) is null)
        {
            kind = ClaimKind.Count;
            claimBase = ClaimBase.None;
            var a = subjectStart;
            var e = subjectEnd;
            Trim(ref a, ref e);
            var onlyRegion = a >= e || BulletinWords.At(s, a, BulletinWords.Regions) is { } r && a + r.Length >= e;
            if (tailEnd > groupEnd && !onlyRegion)
            {
                // 建成1725个公共法律服务站点: the verb before, the subject after.
                predicate = strings.Get(text.Chars.Slice(a, e - a));
                predicateStart = a;
                predicateEnd = e;
                subjectStart = groupEnd;
                subjectEnd = tailEnd;
            }
            else if (tailEnd > groupEnd)
            {
                // 全市4282个社会组织参与到平安建设当中: the subject the catalog knows after the figure, then the predicate.
                subjectStart = groupEnd;
                subjectEnd = KnownPrefixEnd(groupEnd, tailEnd);
                if (subjectEnd < tailEnd)
                {
                    predicateStart = subjectEnd;
                    predicateEnd = tailEnd;
                }
            }
        }
        else if (!hasDirection && BulletinWords.EndingAt(s, head, TrimEndAdverbs(head, headEnd), BulletinWords.LevelVerbs) is { } verb)
        {
            kind = ClaimKind.Level;
            subjectEnd = Math.Min(subjectEnd, TrimEndAdverbs(head, headEnd) - verb.Length);
            predicate = verb is "达" or "达到" ? null : verb;
            claimBase = ClaimBase.None;
        }
        else if (!hasDirection && counter is not null && Array.IndexOf(BulletinWords.TimeCounters, counter) < 0 && subjectEnd > subjectStart)
        {
            // 全市实现地区生产总值1523.6亿元, 城镇新增就业3.2万人: an amount or a count that is not whole is a level.
            kind = ClaimKind.Level;
            claimBase = ClaimBase.None;
        }
        else if (TryPairedConstruct(head, headEnd, f0.Figure, count, ref subjectEnd, out kind, out claimBase, out predicate))
        {
            // a bare rate after its count of cases, a difference of two levels (BulletinParser.Parts.cs)
        }
        else
        {
            return; // a number the text mentions in passing (一批, 三个环节…): no claim
        }

        if (predicate is null && predicateStart >= 0 && predicateEnd > predicateStart)
        {
            predicate = strings.Get(text.Chars.Slice(predicateStart, predicateEnd - predicateStart));
        }

        // The subjects go into lists the parser reuses; the claim and its reading copy them into arrays of their own.
        var subjects = this.subjects;
        var subjectTexts = this.subjectTexts;
        var subjectSpans = this.subjectSpans;
        subjects.Clear();
        subjectTexts.Clear();
        subjectSpans.Clear();
        var earlierYear = kind == ClaimKind.Level && count == 1 && IsEarlierYearLevel(subjectStart, subjectEnd);
        if (!earlierYear)
        {
            ReadSubjects(subjectStart, subjectEnd, count, subjects, subjectTexts, subjectSpans);
        }

        if (kind == ClaimKind.Streak && predicate is not null && subjects.Count == 1 && !subjects[0].HasIndicator
            && (FindOne(predicate) ?? catalog.FindOne(predicate.AsSpan(), "次数".AsSpan())) is { } doneBy)
        {
            // 衢州连续3年在全省反诈工作会议上作经验交流: what the region did names the indicator.
            subjects[0] = ClaimSubject.For(doneBy, subjects[0].Text);
        }

        if (subjects.Count == 0 && lastSubjects is not null && lastSubjects.Length == count && !(kind == ClaimKind.Streak && predicate is not null))
        {
            // 全市实现地区生产总值1523.6亿元，比上年增长5.8%: the clause goes on about the subject before it.
            // One by one, not AddRange: Array.Copy of structs that hold references is the slow path of the runtime.
            foreach (var subject in lastSubjects)
            {
                subjects.Add(subject);
                subjectTexts.Add(string.Empty);
                subjectSpans.Add(text.ToSource(head, head));
            }
        }

        if (subjects.Count == 0)
        {
            if (kind == ClaimKind.Streak && predicate is not null)
            {
                // 连续3年在全省反诈工作会议上作经验交流: the region did it.
                var name = region.ShortName ?? region.ToString();
                var indicator = FindOne(predicate) ?? catalog.FindOne(predicate.AsSpan(), "次数".AsSpan());
                subjects.Add(indicator is null ? new ClaimSubject(name) : ClaimSubject.For(indicator, name));
                subjectTexts.Add(string.Empty);
                subjectSpans.Add(text.ToSource(head, head));
            }
            else
            {
                Diagnose(TextDiagnosticKind.MissingSubject, head, groupEnd, "数字前没有可读的主语", "no subject before the figure");
                return;
            }
        }

        if (count > 1 && subjects.Count != count && !(count > 1 && kind == ClaimKind.Structure && subjects.Count == 1))
        {
            Diagnose(TextDiagnosticKind.UnpairedList, head, groupEnd, "主语与数字个数不一致，无法配对", "the subjects and the figures do not pair up");
            return;
        }

        var spanStart = Math.Min(head, subjectStart);
        var spanEnd = Math.Max(groupEnd, Math.Max(subjectEnd, predicateEnd));
        var period = sentencePeriod ?? paragraphPeriod ?? titlePeriod;
        var inherits = sentencePeriod is null && period is not null;
        var figureList = this.figureList;
        figureList.Clear();
        var spanAt = ReserveSpans(count + subjectSpans.Count, out var spans);
        var direction = f0.Figure.Direction;
        for (var k = first; k <= last; k++)
        {
            var figure = figures[k].Figure;
            if (figure.Direction == FigureDirection.None && direction != FigureDirection.None && k > first)
            {
                figure = new PublishedFigure(figure.Value, figure.Unit, figure.Qualifier, figure.Magnitude, direction, figure.Numerals);
            }

            figureList.Add(figure);
            spans[spanAt + k - first] = text.ToSource(figures[k].Start, figures[k].End);
        }

        for (var k = 0; k < subjectSpans.Count; k++)
        {
            spans[spanAt + count + k] = subjectSpans[k];
        }

        if (earlierYear)
        {
            period = period?.YearEarlier();
            earlierYearLevel = claims.Count;
        }

        if (kind == ClaimKind.Streak && period is { } stated && count == 1)
        {
            period = StreakSpan(stated, figureList[0]);
        }

        try
        {
            var stem = IdStem(subjects[0]);
            var claim = Claim.Owning(stem, NextIdNumber(stem), kind, subjectArrays.Get(subjects), figureArrays.Get(figureList), claimBase, region, published, period, respectively && count > 1, predicate);
            claims.Add(ReadClaim.InBlock(claim, text.ToSource(spanStart, spanEnd), spans, spanAt, textArrays.Get(subjectTexts), inherits));
            lastSubjects = claim.SubjectArray;
        }
        catch (ArgumentException exception)
        {
            Diagnose(TextDiagnosticKind.UnreadableFigure, head, groupEnd, "数字与其句式不符：" + exception.Message, "the figure does not fit its construct: " + exception.Message);
        }
    }

    private static readonly string[] StreakWords = ["连续", "持续"];

    /// <summary>
    /// <paramref name="count"/> places for a claim's spans in the reading's current block of spans (a new block when
    /// it is full: twice the last, up to <see cref="MaxSpanBlockLength"/>), so that the claims share a few arrays
    /// instead of holding one each; returns where they start. Read claims never change their spans, and a place
    /// is handed out once.
    /// </summary>
    private int ReserveSpans(int count, out SourceSpan[] block)
    {
        if (spanBlock.Length - spanBlockUsed < count)
        {
            spanBlock = new SourceSpan[Math.Max(count, Math.Min(MaxSpanBlockLength, Math.Max(16, spanBlock.Length * 2)))];
            spanBlockUsed = 0;
        }

        block = spanBlock;
        var start = spanBlockUsed;
        spanBlockUsed += count;
        return start;
    }

    /// <summary>
    /// The span a streak covers: 截至2024年10月，…连续24个月 states when the streak ends, and it covers the 24 months up
    /// to then (2022-11/2024-10), not the year to date the date alone would mean; 连续3年 to 2025 covers 2023—2025. A
    /// stated period that does not end at a month's (or, for years, a year's) end, or a count that is not whole, is
    /// kept as stated (the audits then say whether it fits).
    /// </summary>
    private static CalendarPeriod StreakSpan(CalendarPeriod stated, PublishedFigure figure)
    {
        var count = figure.Value;
        if (count < 1m || count > 1200m || decimal.Truncate(count) != count || !stated.IsWholeMonths)
        {
            return stated;
        }

        var end = stated.End;
        var n = (int)count;
        switch (figure.Unit.Text)
        {
            case "个月" when (end.Year * 12) + end.Month - n >= 12:
                // The first month is on or after January of year 1 (the calendar's first): 2年…58个月 is kept as stated.
                var last = new YearMonth(end.Year, end.Month);
                return CalendarPeriod.ForMonths(last.PlusMonths(1 - n), last);
            case "年" when end.Month == 12 && end.Year - n >= 0:
                return CalendarPeriod.RecentYears(n, end.Year);
            default:
                return stated;
        }
    }

    private void ReadSubjects(int start, int end, int figureCount, List<ClaimSubject> subjects, List<string> texts, List<SourceSpan> spans)
    {
        var s = text.Chars;
        Trim(ref start, ref end);
        if (start >= end)
        {
            return;
        }

        var parts = this.parts;
        parts.Clear();
        Split(start, end, '、', parts);
        if (parts.Count < figureCount)
        {
            var split = words;
            split.Clear();
            foreach (var part in parts)
            {
                SplitWords(part.Start, part.End, split);
            }

            parts = split;
        }

        var previousStart = -1;
        var previousEnd = -1;
        foreach (var (partStart, partEnd) in parts)
        {
            var a = partStart;
            var e = partEnd;
            Trim(ref a, ref e);
            if (a >= e)
            {
                continue;
            }

            var written = strings.Get(s.Slice(a, e - a));
            var keyStart = a + RegionLength(s.Slice(a, e - a));
            Indicator? indicator;
            if (previousStart >= 0)
            {
                indicator = Resolve(s.Slice(keyStart, e - keyStart), s.Slice(previousStart, previousEnd - previousStart), true);
            }
            else if (!resolved.TryGetValue(written, out indicator))
            {
                // A subject on its own resolves by its words alone: once per reading for each words.
                indicator = Resolve(s.Slice(keyStart, e - keyStart), default, false);
                resolved.Add(written, indicator);
            }

            subjects.Add(indicator is null ? new ClaimSubject(written) : ClaimSubject.For(indicator, written));
            var source = text.ToSource(a, e);
            var asWritten = source.In(original);
            texts.Add(asWritten.SequenceEqual(written.AsSpan()) ? written : strings.Get(asWritten));
            spans.Add(source);
            previousStart = keyStart;
            previousEnd = e;
        }
    }

    private void Split(int start, int end, char separator, List<(int Start, int End)> parts)
    {
        var s = text.Chars;
        var depth = 0;
        var partStart = start;
        for (var i = start; i <= end; i++)
        {
            if (i < end)
            {
                if (s[i] == '\u201C')
                {
                    depth++;
                }
                else if (s[i] == '\u201D' && depth > 0)
                {
                    depth--;
                }

                if (depth > 0 || s[i] != separator)
                {
                    continue;
                }
            }

            parts.Add((partStart, i));
            partStart = i + 1;
        }
    }

    private void SplitWords(int start, int end, List<(int Start, int End)> parts)
    {
        var s = text.Chars;
        var partStart = start;
        var depth = 0;
        for (var i = start; i < end; i++)
        {
            if (s[i] == '\u201C')
            {
                depth++;
            }
            else if (s[i] == '\u201D' && depth > 0)
            {
                depth--;
            }

            if (depth == 0 && i > partStart && s[i] is '和' or '及' or '与')
            {
                parts.Add((partStart, i));
                partStart = i + 1;
            }
        }

        parts.Add((partStart, end));
    }

    private void Trim(ref int start, ref int end)
    {
        var s = text.Chars;
        var changed = true;
        while (changed && start < end)
        {
            changed = false;
            if (BulletinWords.At(s.Slice(0, end), start, BulletinWords.Leads) is { } lead && start + lead.Length < end)
            {
                start += lead.Length;
                changed = true;
            }

            // 全市实现地区生产总值: a region word, then a lead word.
            if (BulletinWords.At(s.Slice(0, end), start, BulletinWords.Regions) is { } place
                && BulletinWords.At(s.Slice(0, end), start + place.Length, BulletinWords.Leads) is { } placeLead
                && start + place.Length + placeLead.Length < end)
            {
                start += place.Length + placeLead.Length;
                changed = true;
            }

            if (BulletinWords.EndingAt(s, start, end, BulletinWords.Trails) is { } trail && end - trail.Length > start)
            {
                end -= trail.Length;
                changed = true;
            }

            if (BulletinWords.EndingAt(s, start, end, RespectivelyWord) is { } both && end - both.Length > start)
            {
                end -= both.Length;
                changed = true;
            }
        }

        while (start < end && s[start] is ' ' or '、' or ':')
        {
            start++;
        }

        while (end > start && s[end - 1] is ' ' or '、')
        {
            end--;
        }
    }

    private static readonly string[] RespectivelyWord = ["分别"];

    private int TrimEndAdverbs(int start, int end)
    {
        var s = text.Chars;
        if (end - 1 > start && s[end - 1] == '了')
        {
            end--;
        }

        return end;
    }

    private int TrimVerb(int start, int end)
    {
        var s = text.Chars;
        var verb = BulletinWords.EndingAt(s, start, end, BulletinWords.LevelVerbs);
        return verb is not null && end - verb.Length > start ? end - verb.Length : end;
    }

    /// <summary>The length of the region word (全市…) <paramref name="written"/> starts with, dropped when it is looked
    /// up; 0 when there is none or nothing would be left but one char.</summary>
    private static int RegionLength(ReadOnlySpan<char> written)
    {
        foreach (var word in BulletinWords.Regions)
        {
            if (written.Length > word.Length + 1 && written.StartsWith(word.AsSpan(), StringComparison.Ordinal))
            {
                return word.Length;
            }
        }

        return 0;
    }

    /// <summary>The subject's indicator: its words; the stem of the subject before it with these words
    /// (未成年人犯罪案件、人数 → 未成年人犯罪人数); the longest ending the catalog knows (地方道路交通事故死亡人数 →
    /// 道路交通事故死亡人数); or none. Looked up over spans: no string per stem or ending.</summary>
    private Indicator? Resolve(ReadOnlySpan<char> key, ReadOnlySpan<char> previousKey, bool hasPrevious)
    {
        if (catalog.FindOne(key) is { } exact)
        {
            return exact;
        }

        if (hasPrevious)
        {
            for (var k = previousKey.Length - 1; k >= 2; k--)
            {
                if (catalog.FindOne(previousKey.Slice(0, k), key) is { } stemmed)
                {
                    return stemmed;
                }
            }
        }

        var folded = FoldedLength(key);
        for (var k = 1; k <= key.Length - 3; k++)
        {
            // An ending longer (folded) than the catalog's longest key names nothing: skip it without a lookup.
            folded -= IndicatorCatalog.CountsInKey(key[k - 1]) ? 1 : 0;
            if (folded <= catalog.LongestKeyLength && catalog.FindOne(key.Slice(k)) is { } ending)
            {
                return ending;
            }
        }

        return null;
    }

    private Indicator? FindOne(string key) => catalog.FindOne(key.AsSpan());

    /// <summary>The end of the longest subject the catalog knows from <paramref name="start"/>, or <paramref name="end"/>.</summary>
    private int KnownPrefixEnd(int start, int end)
    {
        var s = text.Chars;
        var folded = FoldedLength(s.Slice(start, end - start));
        for (var e = end; e > start + 1; e--)
        {
            // A prefix longer (folded) than the catalog's longest key names nothing: skip it without a lookup.
            if (folded <= catalog.LongestKeyLength && catalog.FindOne(s.Slice(start, e - start)) is not null)
            {
                return e;
            }

            folded -= IndicatorCatalog.CountsInKey(s[e - 1]) ? 1 : 0;
        }

        return end;
    }

    /// <summary>The length <paramref name="chars"/> would have as a catalog key (quotation marks and white space left out).</summary>
    private static int FoldedLength(ReadOnlySpan<char> chars)
    {
        var n = 0;
        foreach (var c in chars)
        {
            n += IndicatorCatalog.CountsInKey(c) ? 1 : 0;
        }

        return n;
    }

    /// <summary>The stem of a claim's id: its first subject's indicator code, or its words.</summary>
    private static string IdStem(ClaimSubject subject) => subject.IndicatorCode ?? subject.Text;

    /// <summary>The number of the next claim of <paramref name="stem"/> (1 for the first; stem#n after, which the claim
    /// writes out only when its id is asked for).</summary>
    private int NextIdNumber(string stem)
    {
        var n = ids.TryGetValue(stem, out var seen) ? seen + 1 : 1;
        ids[stem] = n;
        return n;
    }

    private static int IndexOf(ReadOnlySpan<char> s, int start, int end, string word)
    {
        if (end <= start)
        {
            return -1;
        }

        var at = s.Slice(start, end - start).IndexOf(word.AsSpan());
        return at < 0 ? -1 : start + at;
    }

    private void Diagnose(TextDiagnosticKind kind, int start, int end, string chinese, string english) =>
        diagnostics.Add(new TextDiagnostic(kind, text.ToSource(start, Math.Max(start, end)), chinese, english));
}
