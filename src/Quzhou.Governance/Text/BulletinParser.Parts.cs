using System;
using System.Collections.Generic;
using Quzhou.Governance.Claims;
using Quzhou.Governance.Figures;

namespace Quzhou.Governance.Text;

/// <summary>
/// Claims that are of other claims (<see cref="Claim.Of"/>), linked where a sentence ends: a rate of the number of cases
/// the sentence counts (共回访企业1000家，企业满意率97.18%), a total of its parts (户籍人口258.3万人，其中，男性…，女性…) and a
/// difference of two levels (…增长5.1%，…增长6.3%，农村居民收入增速快于城镇居民1.3个百分点), and shares of parts
/// (BulletinParser.Shares.cs). A doubtful pairing gives no link:
/// a second count in the sentence, parts that are not a known whole (其中 may list some parts only), levels that do not
/// name the difference's two subjects once each.
/// </summary>
internal sealed partial class BulletinParser
{
    /// <summary>The words of a clause that counts the cases a rate is of: 调查1000户, 共回访企业1000家, 受理…461件.</summary>
    private static readonly string[] CaseWords = ["调查", "回访", "访问", "走访", "抽样", "抽查", "受理", "测评", "问卷"];

    /// <summary>The words of a difference between two subjects, the minuend's first (快于, 高于) or the subtrahend's.</summary>
    private static readonly string[] ComparisonWords = ["快于", "高于", "慢于", "低于"];

    /// <summary>Parts that make a whole (男性 and 女性): only these are linked to the total before 其中.</summary>
    private static readonly string[][] Partitions = [["男", "女"], ["城镇", "乡村"], ["城镇", "农村"], ["城市", "农村"]];

    private int sentenceFirstClaim;

    /// <summary>The index of the sentence's level of the year before (…，上年为95.1%), or −1.</summary>
    private int earlierYearLevel = -1;

    /// <summary>The subject words of a level of the year before the sentence's: 上年 or 去年 alone.</summary>
    private static readonly string[] EarlierYearWords = ["上年", "去年"];

    /// <summary>
    /// Whether the words [<paramref name="start"/>, <paramref name="end"/>) before a level are 上年 or 去年 alone, right
    /// after a level of one subject in the same sentence (今年满意率为97.2%，上年为95.1%): the level is of that subject
    /// the year before, and the subjects are left for the clause to take from the claim before it.
    /// </summary>
    private bool IsEarlierYearLevel(int start, int end)
    {
        Trim(ref start, ref end);
        if (claims.Count == sentenceFirstClaim || BulletinWords.At(text.Chars.Slice(0, end), start, EarlierYearWords) is not { } word || start + word.Length != end)
        {
            return false;
        }

        var before = claims[claims.Count - 1].Claim;
        return before.Kind == ClaimKind.Level && before.SubjectCount == 1 && before.FigureCount == 1 && lastSubjects is not null;
    }

    /// <summary>
    /// A clause the general constructs leave unread that the pairings need: a bare rate (企业满意率97.18%) after the
    /// sentence's count of cases is a level; a figure in 个百分点 after 快于/高于/慢于/低于 and its object is a difference
    /// with an unstated base (its levels are linked when the sentence ends).
    /// </summary>
    private bool TryPairedConstruct(int head, int headEnd, PublishedFigure figure, int count, ref int subjectEnd, out ClaimKind kind, out ClaimBase claimBase, out string? predicate)
    {
        var s = text.Chars;
        kind = ClaimKind.Level;
        claimBase = ClaimBase.None;
        predicate = null;
        if (TryShareConstruct(head, headEnd, figure, ref subjectEnd, out predicate))
        {
            return true;
        }

        if (count != 1 || figure.Direction != FigureDirection.None || headEnd <= head)
        {
            return false;
        }

        if (figure.Unit.Kind == FigureUnitKind.Percent && s[headEnd - 1] == '率' && CasesClaim() >= 0)
        {
            return true;
        }

        if (figure.Unit.Kind is FigureUnitKind.PercentagePoints or FigureUnitKind.PermillePoints)
        {
            foreach (var word in ComparisonWords)
            {
                var at = IndexOf(s, head, headEnd, word);
                if (at > head && at + word.Length < headEnd)
                {
                    kind = ClaimKind.PercentagePointChange;
                    claimBase = ClaimBase.Unstated;
                    predicate = text.Slice(at, headEnd);
                    subjectEnd = Math.Min(subjectEnd, at);
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Links the claims of the sentence that ended at <paramref name="end"/>.</summary>
    private void LinkSentence(int start, int end)
    {
        if (claims.Count - sentenceFirstClaim < 2)
        {
            // A list of shares alone (男性、女性分别占50.8%、49.2%) may still be the shares of one whole.
            LinkShares(start, end);
            return;
        }

        LinkRates();
        LinkParts(start, end);
        LinkDifferences();
        LinkYearOnYearDifference();
        LinkShares(start, end);
    }

    /// <summary>
    /// 今年满意率为97.2%，上年为95.1%，提高2.1个百分点: the change in 个百分点 right after the level of the year before
    /// is of the level before that (the minuend), then of the year before's (the subtrahend), all of one subject.
    /// </summary>
    private void LinkYearOnYearDifference()
    {
        var i = earlierYearLevel + 1;
        if (earlierYearLevel - 1 < sentenceFirstClaim || i >= claims.Count)
        {
            return;
        }

        var difference = claims[i].Claim;
        var current = claims[earlierYearLevel - 1].Claim;
        var earlier = claims[earlierYearLevel].Claim;
        if (difference.Kind == ClaimKind.PercentagePointChange && difference.Of.Count == 0 && difference.Base.Kind == ClaimBaseKind.PreviousYear
            && difference.SubjectCount == 1 && difference.SubjectArray[0].SameSubjectAs(current.SubjectArray[0]) && earlier.SubjectArray[0].SameSubjectAs(current.SubjectArray[0]))
        {
            Link(i, [current.Id, earlier.Id]);
        }
    }

    /// <summary>The index of the sentence's one count of cases (a whole count in a clause with 调查, 回访…), or -1 when
    /// there is none or the sentence holds another count.</summary>
    private int CasesClaim()
    {
        var found = -1;
        for (var i = sentenceFirstClaim; i < claims.Count; i++)
        {
            var claim = claims[i].Claim;
            if (claim.Kind != ClaimKind.Count)
            {
                continue;
            }

            var figures = claim.FigureArray;
            if (found >= 0 || figures.Length != 1 || !figures[0].IsExactCount || figures[0].Value < 1m)
            {
                return -1;
            }

            if (!HasCaseWord(claims[i].Span.In(original)))
            {
                return -1;
            }

            found = i;
        }

        return found;
    }

    private static bool HasCaseWord(ReadOnlySpan<char> clause)
    {
        foreach (var word in CaseWords)
        {
            if (clause.IndexOf(word.AsSpan(), StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private void LinkRates()
    {
        var cases = CasesClaim();
        if (cases < 0)
        {
            return;
        }

        string[]? of = null;
        for (var i = cases + 1; i < claims.Count; i++)
        {
            var claim = claims[i].Claim;
            if (claim.Kind == ClaimKind.Level && claim.Of.Count == 0 && AllPercent(claim.FigureArray) && AllRates(claim.SubjectArray))
            {
                Link(i, of ??= [claims[cases].Claim.Id]);
            }
        }
    }

    private static bool AllPercent(PublishedFigure[] figures)
    {
        foreach (var figure in figures)
        {
            if (figure.Unit.Kind != FigureUnitKind.Percent)
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllRates(ClaimSubject[] subjects)
    {
        foreach (var subject in subjects)
        {
            if (subject.Text[subject.Text.Length - 1] != '率')
            {
                return false;
            }
        }

        return true;
    }

    private void LinkParts(int start, int end)
    {
        var at = IndexOf(text.Chars, start, end, "其中");
        if (at < 0)
        {
            return;
        }

        var word = text.ToSource(at, at + 2);
        var total = -1;
        var partCount = 0;
        for (var i = sentenceFirstClaim; i < claims.Count; i++)
        {
            var span = claims[i].Span;
            if (span.End <= word.Start)
            {
                total = i;
            }
            else if (span.Start >= word.Start)
            {
                // 其中男性131.2万人 (the clause starts with 其中) is a part; 占50.8% after it is the part's share, not one.
                partCount += IsShareClaim(claims[i].Claim) ? 0 : 1;
            }
            else
            {
                return;
            }
        }

        if (total < 0 || partCount == 0)
        {
            return;
        }

        var whole = claims[total].Claim;
        var wholeFigures = whole.FigureArray;
        if (whole.Kind is not (ClaimKind.Level or ClaimKind.Count) || whole.SubjectCount != 1 || wholeFigures.Length != 1 || wholeFigures[0].Unit.Kind is FigureUnitKind.Percent or FigureUnitKind.Permille)
        {
            return;
        }

        // The parts' names (without a region word) must be a known whole, each of its words starting exactly one name.
        var unit = wholeFigures[0].Unit.Text;
        var names = 0;
        for (var i = sentenceFirstClaim; i < claims.Count; i++)
        {
            if (!IsPart(i, word))
            {
                continue;
            }

            var part = claims[i].Claim;
            if (part.Kind is not (ClaimKind.Level or ClaimKind.Count) || part.FigureCount != part.SubjectCount || !AllIn(part.FigureArray, unit))
            {
                return;
            }

            names += part.SubjectCount;
        }

        foreach (var partition in Partitions)
        {
            if (partition.Length == names && IsPartition(partition, word))
            {
                var of = new string[partCount];
                var n = 0;
                for (var i = sentenceFirstClaim; i < claims.Count; i++)
                {
                    if (IsPart(i, word))
                    {
                        of[n++] = claims[i].Claim.Id;
                    }
                }

                Link(total, of);
                return;
            }
        }
    }

    /// <summary>Whether claim <paramref name="index"/> of the sentence comes after 其中 (a part).</summary>
    private bool IsPart(int index, SourceSpan word) => claims[index].Span.Start >= word.Start && !IsShareClaim(claims[index].Claim);

    private static bool AllIn(PublishedFigure[] figures, string? unit)
    {
        foreach (var figure in figures)
        {
            if (figure.Unit.Text != unit)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether each word of <paramref name="partition"/> starts exactly one part's name (its subject without
    /// a region word).</summary>
    private bool IsPartition(string[] partition, SourceSpan word)
    {
        foreach (var w in partition)
        {
            var starting = 0;
            for (var i = sentenceFirstClaim; i < claims.Count; i++)
            {
                if (!IsPart(i, word))
                {
                    continue;
                }

                foreach (var subject in claims[i].Claim.SubjectArray)
                {
                    starting += Stripped(subject).StartsWith(w.AsSpan(), StringComparison.Ordinal) ? 1 : 0;
                }
            }

            if (starting != 1)
            {
                return false;
            }
        }

        return true;
    }

    private void LinkDifferences()
    {
        for (var i = sentenceFirstClaim; i < claims.Count; i++)
        {
            var difference = claims[i].Claim;
            if (difference.Kind != ClaimKind.PercentagePointChange || difference.Of.Count > 0 || difference.SubjectCount != 1
                || difference.Predicate is not { } p || ComparisonWordOf(p) is not { } word)
            {
                continue;
            }

            var target = p.AsSpan(word.Length);
            var subject = Stripped(difference.SubjectArray[0]);
            var subtrahend = -1;
            var minuend = -1;
            for (var j = sentenceFirstClaim; j < i; j++)
            {
                var level = claims[j].Claim;
                var levelFigures = level.FigureArray;
                if (level.SubjectCount != 1 || levelFigures.Length != 1 || levelFigures[0].Unit.Kind != FigureUnitKind.Percent)
                {
                    continue;
                }

                var name = Stripped(level.SubjectArray[0]);
                var isTarget = target.Length >= 2 && name.StartsWith(target, StringComparison.Ordinal);
                var isSubject = !isTarget && subject.Length >= 2 && name.Length >= 2 && name.Slice(0, 2).SequenceEqual(subject.Slice(0, 2));
                if (isTarget)
                {
                    subtrahend = subtrahend == -1 ? j : -2;
                }
                else if (isSubject)
                {
                    minuend = minuend == -1 ? j : -2;
                }
            }

            if (subtrahend < 0 || minuend < 0)
            {
                continue;
            }

            var a = claims[minuend].Claim;
            var b = claims[subtrahend].Claim;
            if (a.Kind != b.Kind || a.Base != b.Base)
            {
                continue;
            }

            var first = word is "快于" or "高于";
            Link(i, first ? [a.Id, b.Id] : [b.Id, a.Id]);
        }
    }

    /// <summary>The comparison word (快于…) <paramref name="predicate"/> starts with, or null.</summary>
    private static string? ComparisonWordOf(string predicate)
    {
        foreach (var word in ComparisonWords)
        {
            if (predicate.StartsWith(word, StringComparison.Ordinal))
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>A subject's words without the region word (全市…) they start with.</summary>
    private static ReadOnlySpan<char> Stripped(ClaimSubject subject) => subject.Text.AsSpan(RegionLength(subject.Text.AsSpan()));

    /// <summary>Claim <paramref name="index"/>, of the claims <paramref name="of"/> (a new claim, its spans and texts shared).</summary>
    private void Link(int index, string[] of)
    {
        var read = claims[index];
        claims[index] = read.With(read.Claim.WithOf(of));
    }
}
