using System;
using System.Collections.Generic;
using Quzhou.Governance.Claims;
using Quzhou.Governance.Figures;

namespace Quzhou.Governance.Text;

/// <summary>
/// Shares of parts (男性131.2万人，占50.8%; 其中刑事案件占比32.0%; 占全部案件的三成), read as levels with the share word as
/// their predicate and linked where a sentence ends: a share to its part and the total before 其中, or to the total
/// alone; the shares of every part of a known whole (男/女, 城镇/乡村…) in one sentence become one structure of several
/// subjects, of their parts and total when printed. A doubtful pairing gives no link (see docs/text.md).
/// </summary>
internal sealed partial class BulletinParser
{
    /// <summary>The most chars between 占 and 的 that name a share's whole (占全部案件的, 占全市的).</summary>
    private const int MaxWholeLength = 16;

    /// <summary>Words a share's whole starts with that say “all of” (占全部案件的), dropped before it is compared with the
    /// total's subject.</summary>
    private static readonly string[] WholeLeads = ["全部", "所有", "全", "总"];

    /// <summary>Words a share's whole ends with that say “the total of” (占户籍人口总数的).</summary>
    private static readonly string[] WholeTrails = ["总数", "总量", "总额", "总和", "总计", "合计"];

    /// <summary>
    /// A share: a figure in %, ‰ or 成 right after 占 (男性占50.8%, …，占50.8%) or after 占…的 (占全部案件的三成, 占全市的52.3%)
    /// is a level of the words before 占 (or of the clause before's subject) with the share word as its predicate; 占比
    /// is a level verb already.
    /// </summary>
    private bool TryShareConstruct(int head, int headEnd, PublishedFigure figure, ref int subjectEnd, out string? predicate)
    {
        predicate = null;
        if (figure.Direction != FigureDirection.None || figure.Unit.Kind is not (FigureUnitKind.Percent or FigureUnitKind.Permille or FigureUnitKind.Tenths) || headEnd <= head)
        {
            return false;
        }

        var s = text.Chars;
        var at = ShareWordStart(s, head, headEnd);
        if (at < 0)
        {
            return false;
        }

        predicate = strings.Get(s.Slice(at, headEnd - at));
        subjectEnd = Math.Min(subjectEnd, at);
        return true;
    }

    /// <summary>Where the share word ending at <paramref name="end"/> starts (占, 占比, 占…的), or −1.</summary>
    private static int ShareWordStart(ReadOnlySpan<char> s, int start, int end)
    {
        if (end - 1 < start)
        {
            return -1;
        }

        if (s[end - 1] == '占')
        {
            return end - 1;
        }

        if (end - 2 >= start && s[end - 2] == '占' && s[end - 1] == '比')
        {
            return end - 2;
        }

        if (s[end - 1] != '的')
        {
            return -1;
        }

        for (var i = end - 3; i >= start && i >= end - 2 - MaxWholeLength; i--)
        {
            if (s[i] == '占')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether a Chinese numeral with 成 that starts at <paramref name="from"/> (after its qualifier) follows a
    /// share word (占三成, 占全部案件的三成): a share, where 三成 elsewhere is a word.</summary>
    private static bool IsShareTenths(ReadOnlySpan<char> s, int start, int from, int numeralEnd, int end) =>
        numeralEnd < end && s[numeralEnd] == '成' && ShareWordStart(s, start, from) >= 0;

    /// <summary>Whether a claim is a share as the reader reads it: a level whose predicate is a share word (占, 占比,
    /// 占…的) and whose every figure is in %, ‰ or 成, one per subject.</summary>
    private static bool IsShareClaim(Claim claim)
    {
        if (claim.Kind != ClaimKind.Level || claim.Predicate is not { Length: > 0 } p || p[0] != '占' || claim.FigureCount != claim.SubjectCount)
        {
            return false;
        }

        foreach (var figure in claim.FigureArray)
        {
            if (figure.Direction != FigureDirection.None || figure.Unit.Kind is not (FigureUnitKind.Percent or FigureUnitKind.Permille or FigureUnitKind.Tenths))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a claim can be a part or a total: a level or count of one subject with one figure of things or
    /// amounts (not a share, a rate, points or a multiple).</summary>
    private static bool IsAmountClaim(Claim claim) =>
        claim.Kind is ClaimKind.Level or ClaimKind.Count && claim.SubjectCount == 1 && claim.FigureCount == 1
        && claim.FigureArray[0].Unit.Kind is FigureUnitKind.None or FigureUnitKind.Counter && !IsShareClaim(claim);

    /// <summary>The words naming a share's whole: 全市 of 占全市的; empty for 占 and 占比.</summary>
    private static ReadOnlySpan<char> ShareWhole(string predicate) =>
        predicate.Length > 2 && predicate[predicate.Length - 1] == '的' ? predicate.AsSpan(1, predicate.Length - 2) : default;

    /// <summary>
    /// Links the shares of the sentence [<paramref name="start"/>, <paramref name="end"/>): each run of shares of every
    /// part of a known whole becomes one structure (<see cref="MergeWhole"/>), a list of them too
    /// (<see cref="LinkShareList"/>); any other share is of its part and the total before 其中, or of the total alone.
    /// </summary>
    private void LinkShares(int start, int end)
    {
        var any = false;
        for (var i = sentenceFirstClaim; i < claims.Count && !any; i++)
        {
            any = IsShareClaim(claims[i].Claim) && claims[i].Claim.Of.Count == 0;
        }

        if (!any)
        {
            return;
        }

        var scope = ShareScope(start, end);
        var singles = new List<int>();
        for (var i = sentenceFirstClaim; i < claims.Count; i++)
        {
            var claim = claims[i].Claim;
            if (!IsShareClaim(claim) || claim.Of.Count > 0)
            {
                continue;
            }

            if (claim.SubjectCount == 1)
            {
                singles.Add(i);
            }
            else
            {
                LinkShareList(i, scope);
            }
        }

        // Runs of shares that are a known whole, left to right; merged from the last, so that the earlier indices hold.
        List<(int From, int Count, string[] Of)>? wholes = null;
        for (var k = 0; k < singles.Count;)
        {
            if (WholeAt(singles, k, scope, out var count, out var of))
            {
                (wholes ??= new()).Add((k, count, of));
                k += count;
                continue;
            }

            var i = singles[k];
            var part = PartOf(i);
            if (ShareOfTotal(i, part, scope))
            {
                Link(i, part >= 0 ? [claims[part].Claim.Id, claims[scope.Total].Claim.Id] : [claims[scope.Total].Claim.Id]);
            }

            k++;
        }

        for (var w = (wholes?.Count ?? 0) - 1; w >= 0; w--)
        {
            var (from, count, of) = wholes![w];
            MergeWhole(singles, from, count, of);
        }
    }

    /// <summary>
    /// The 其中 of a sentence and the claims it governs: the one amount before it (the total, or −1), where it is, the
    /// first claim after it, and where the first ；after it ends its run (a share or part after that, or a share without
    /// a part count that is not the first claim after 其中, is not taken for a part of the total).
    /// </summary>
    private (int Total, SourceSpan Word, int FirstAfter, int RunEnd) ShareScope(int start, int end)
    {
        var s = text.Chars;
        var at = IndexOf(s, start, end, "其中");
        if (at < 0)
        {
            return (-1, default, -1, -1);
        }

        var word = text.ToSource(at, at + 2);
        var semicolon = s.Slice(at, end - at).IndexOf(';');
        var runEnd = text.ToSource(semicolon < 0 ? end : at + semicolon, semicolon < 0 ? end : at + semicolon).Start;
        var firstAfter = -1;
        for (var i = sentenceFirstClaim; i < claims.Count && firstAfter < 0; i++)
        {
            firstAfter = claims[i].Span.Start >= word.Start ? i : -1;
        }

        return (TotalBefore(word), word, firstAfter, runEnd);
    }

    /// <summary>Whether the share at <paramref name="share"/> (with its part, or −1) is of the sentence's total: the part
    /// in the run of 其中; or, when no part is printed, the share in the run of 其中 with only shares without a part
    /// before it there (其中刑事案件占比32.0%，民事案件占比50.0%); and the total fits (<see cref="TotalFits"/>).</summary>
    private bool ShareOfTotal(int share, int part, (int Total, SourceSpan Word, int FirstAfter, int RunEnd) scope)
    {
        if (scope.Total < 0 || scope.FirstAfter < 0)
        {
            return false;
        }

        var first = part >= 0 ? part : share;
        if (claims[first].Span.Start < scope.Word.Start || claims[first].Span.Start >= scope.RunEnd)
        {
            return false;
        }

        for (var i = scope.FirstAfter; i < share && part < 0; i++)
        {
            if (!IsShareClaim(claims[i].Claim) || PartOf(i) >= 0)
            {
                return false;
            }
        }

        return TotalFits(scope.Total, share, part);
    }

    /// <summary>男性、女性分别占50.8%、49.2%: a list of shares of every part of a known whole, in %, is a structure (the
    /// shares of one whole); any list of shares right after 其中 is of the total before it when it names it.</summary>
    private void LinkShareList(int index, (int Total, SourceSpan Word, int FirstAfter, int RunEnd) scope)
    {
        var read = claims[index];
        var claim = read.Claim;
        var fits = ShareOfTotal(index, -1, scope);
        var whole = ShareWhole(claim.Predicate!).Length == 0 || fits;
        var structure = whole && IsKnownWhole(claim.SubjectArray) && AllPercent(claim.FigureArray);

        // 分别 before the share word (分别占), which the list's own reading looks for right before the figures only.
        var respectively = claim.Respectively || FoldedIndexOf(read.Span.In(original), "分别".AsSpan()) >= 0;
        if (structure || respectively != claim.Respectively)
        {
            claim = Claim.Owning(claim.Id, 1, structure ? ClaimKind.Structure : claim.Kind, claim.SubjectArray, claim.FigureArray, ClaimBase.None, region, published, claim.Period, respectively, claim.Predicate);
        }

        if (fits)
        {
            claim = claim.WithOf([claims[scope.Total].Claim.Id]);
        }

        if (!ReferenceEquals(claim, read.Claim))
        {
            claims[index] = read.With(claim);
        }
    }

    /// <summary>
    /// Whether the shares from <paramref name="k"/> of <paramref name="singles"/> start a run that is one per part of a
    /// known whole (男性占50.8%，女性占49.2%, or 男性131.2万人，占50.8%；女性127.2万人，占49.2%): in %, the same whole named
    /// (or none), each right after its part or none with one, nothing else between them. <paramref name="of"/> is then
    /// what their structure is of: the parts (in the shares' order) when printed, then the total before 其中 when the
    /// run is its (the first part in the run of 其中, or the first share the first claim after it, and the total fits).
    /// A run that names a whole (占全省的…) that is not the total is not one: its shares need not add up to 100.
    /// </summary>
    private bool WholeAt(List<int> singles, int k, (int Total, SourceSpan Word, int FirstAfter, int RunEnd) scope, out int count, out string[] of)
    {
        count = 0;
        of = Array.Empty<string>();
        foreach (var partition in Partitions)
        {
            var n = partition.Length;
            if (k + n > singles.Count)
            {
                continue;
            }

            var subjects = new ClaimSubject[n];
            for (var m = 0; m < n; m++)
            {
                subjects[m] = claims[singles[k + m]].Claim.SubjectArray[0];
            }

            if (!IsKnownWhole(subjects))
            {
                continue;
            }

            var named = ShareWhole(claims[singles[k]].Claim.Predicate!);
            var parts = new int[n];
            var withParts = 0;
            var run = true;
            for (var m = 0; m < n && run; m++)
            {
                var i = singles[k + m];
                parts[m] = PartOf(i);
                withParts += parts[m] >= 0 ? 1 : 0;
                run = claims[i].Claim.FigureArray[0].Unit.Kind == FigureUnitKind.Percent
                    && ShareWhole(claims[i].Claim.Predicate!).SequenceEqual(named)
                    && (m == 0 || i == singles[k + m - 1] + (parts[m] >= 0 ? 2 : 1));
            }

            if (!run || (withParts != 0 && withParts != n))
            {
                continue;
            }

            var first = singles[k];
            var withTotal = ShareOfTotal(first, parts[0], scope);
            for (var m = 1; m < n && withTotal; m++)
            {
                withTotal = TotalFits(scope.Total, singles[k + m], parts[m]);
            }

            if (!withTotal && named.Length > 0)
            {
                continue;
            }

            of = new string[(withParts == n ? n : 0) + (withTotal ? 1 : 0)];
            for (var m = 0; m < n && withParts == n; m++)
            {
                of[m] = claims[parts[m]].Claim.Id;
            }

            if (withTotal)
            {
                of[of.Length - 1] = claims[scope.Total].Claim.Id;
            }

            count = n;
            return true;
        }

        return false;
    }

    /// <summary>The shares <paramref name="count"/> from <paramref name="from"/> of <paramref name="singles"/> (a run
    /// <see cref="WholeAt"/> found) as one structure of several subjects in place of the first, of <paramref name="of"/>;
    /// its span runs from the first share to the last.</summary>
    private void MergeWhole(List<int> singles, int from, int count, string[] of)
    {
        var subjects = new ClaimSubject[count];
        var figures = new PublishedFigure[count];
        var texts = new string[count];
        var spans = new SourceSpan[2 * count];
        for (var m = 0; m < count; m++)
        {
            var read = claims[singles[from + m]];
            subjects[m] = read.Claim.SubjectArray[0];
            figures[m] = read.Claim.FigureArray[0];
            texts[m] = read.SubjectTexts[0];
            spans[m] = read.FigureSpans[0];
            spans[count + m] = read.SubjectSpans[0];
        }

        var head = claims[singles[from]];
        var first = head.Claim;
        var structure = Claim.Owning(first.Id, 1, ClaimKind.Structure, subjects, figures, ClaimBase.None, region, published, first.Period, false, first.Predicate);
        if (of.Length > 0)
        {
            structure = structure.WithOf(of);
        }

        var span = SourceSpan.FromBounds(head.Span.Start, claims[singles[from + count - 1]].Span.End);
        var merged = new ReadClaim(structure, span, new ArraySegment<SourceSpan>(spans, 0, count), texts, new ArraySegment<SourceSpan>(spans, count, count), head.InheritsPeriod);
        for (var m = count - 1; m >= 1; m--)
        {
            ForgetId(claims[singles[from + m]].Claim);
            claims.RemoveAt(singles[from + m]);
        }

        claims[singles[from]] = merged;
    }

    /// <summary>Gives back the id number of a claim that is dropped (merged into a structure) when it is the last of its stem.</summary>
    private void ForgetId(Claim claim)
    {
        var stem = IdStem(claim.SubjectArray[0]);
        if (ids.TryGetValue(stem, out var n) && string.Equals(claim.Id, n == 1 ? stem : stem + "#" + n.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))
        {
            ids[stem] = n - 1;
        }
    }

    /// <summary>The part of the share at <paramref name="index"/>: the claim right before it in the sentence, an amount
    /// of the same one subject (男性131.2万人，占50.8%), or −1.</summary>
    private int PartOf(int index)
    {
        var j = index - 1;
        if (j < sentenceFirstClaim)
        {
            return -1;
        }

        var part = claims[j].Claim;
        var share = claims[index].Claim;
        return IsAmountClaim(part) && share.SubjectCount == 1 && part.SubjectArray[0].SameSubjectAs(share.SubjectArray[0]) ? j : -1;
    }

    /// <summary>The one claim of an amount before 其中 (<paramref name="word"/>) in the sentence, or −1: none, two (a share
    /// with two candidate totals is of neither), or a claim across 其中.</summary>
    private int TotalBefore(SourceSpan word)
    {
        var found = -1;
        for (var i = sentenceFirstClaim; i < claims.Count; i++)
        {
            var span = claims[i].Span;
            if (span.Start >= word.Start)
            {
                continue;
            }

            if (span.End > word.Start)
            {
                return -1;
            }

            if (IsAmountClaim(claims[i].Claim))
            {
                if (found >= 0)
                {
                    return -1;
                }

                found = i;
            }
        }

        return found;
    }

    /// <summary>Whether the share at <paramref name="share"/> (and its part, or −1) can be of the total at
    /// <paramref name="total"/>: the part in the total's unit, and the whole the share names (占全市的, 占全部案件的) the
    /// total's.</summary>
    private bool TotalFits(int total, int share, int part)
    {
        if (total < 0)
        {
            return false;
        }

        var whole = claims[total].Claim.FigureArray[0].Unit;
        if (part >= 0 && claims[part].Claim.FigureArray[0].Unit != whole)
        {
            return false;
        }

        return NamesTotal(ShareWhole(claims[share].Claim.Predicate!), total);
    }

    /// <summary>
    /// Whether the words of a share's whole name the total's: none (占, 占比); a region word its clause writes (占全市的 after
    /// 全市共受理案件…); or its subject's ending, with 全部, 所有, 全 or 总 before and 总数… after dropped (占全部案件的 of
    /// 受理案件, 占户籍人口总数的 of 户籍人口).
    /// </summary>
    private bool NamesTotal(ReadOnlySpan<char> whole, int total)
    {
        if (whole.Length == 0)
        {
            return true;
        }

        var read = claims[total];
        foreach (var place in BulletinWords.Regions)
        {
            if (whole.SequenceEqual(place.AsSpan()))
            {
                return FoldedIndexOf(read.Span.In(original), whole) >= 0;
            }
        }

        var subject = Stripped(read.Claim.SubjectArray[0]);
        if (subject.EndsWith(whole, StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var lead in WholeLeads)
        {
            if (whole.Length > lead.Length && whole.StartsWith(lead.AsSpan(), StringComparison.Ordinal))
            {
                whole = whole.Slice(lead.Length);
                break;
            }
        }

        foreach (var trail in WholeTrails)
        {
            if (whole.Length > trail.Length && whole.EndsWith(trail.AsSpan(), StringComparison.Ordinal))
            {
                whole = whole.Slice(0, whole.Length - trail.Length);
                break;
            }
        }

        return whole.Length >= 2 && subject.EndsWith(whole, StringComparison.Ordinal);
    }

    /// <summary>Where <paramref name="word"/> (folded) is in <paramref name="written"/> with each char folded, or −1.</summary>
    private static int FoldedIndexOf(ReadOnlySpan<char> written, ReadOnlySpan<char> word)
    {
        for (var i = 0; i + word.Length <= written.Length; i++)
        {
            var k = 0;
            while (k < word.Length && NormalizedText.Fold(written[i + k]) == word[k])
            {
                k++;
            }

            if (k == word.Length)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether the subjects' names (without a region word) are a known whole: each word of one of the
    /// <see cref="Partitions"/> starts exactly one of them, and there are no others.</summary>
    private static bool IsKnownWhole(ClaimSubject[] subjects)
    {
        foreach (var partition in Partitions)
        {
            if (partition.Length != subjects.Length)
            {
                continue;
            }

            var each = true;
            foreach (var w in partition)
            {
                var starting = 0;
                foreach (var subject in subjects)
                {
                    starting += Stripped(subject).StartsWith(w.AsSpan(), StringComparison.Ordinal) ? 1 : 0;
                }

                each &= starting == 1;
            }

            if (each)
            {
                return true;
            }
        }

        return false;
    }
}
