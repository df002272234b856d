using Quzhou.Governance.Claims;
using Quzhou.Governance.Figures;

namespace Quzhou.Governance.Text;

/// <summary>持平, a change with no figure: 全市刑事案件发案数与上年持平, 同比持平.</summary>
internal sealed partial class BulletinParser
{
    /// <summary>The word of no change, read as a change that prints 0.0 (see <see cref="TryFlat"/>).</summary>
    private const string FlatWord = ClaimWriter.FlatWord;

    /// <summary>Hedges before 持平 (基本持平: about level): the clause says no figure to check, and gives no claim.</summary>
    private static readonly string[] FlatHedges = ["基本", "大体", "大致", "总体", "略有"];

    /// <summary>
    /// A clause without figures that ends in 持平, its base right before it (与上年持平, 同比持平) or leading the clause (近五年…持平), or none (an unstated
    /// base, QT0002): a change of a printed 0.0 — 0.0% of a count or amount (<see cref="ClaimKind.RelativeChange"/>),
    /// 0.0个百分点 of a rate (subjects ending in 率, <see cref="ClaimKind.PercentagePointChange"/>) — with the predicate
    /// 持平, one figure shared by its subjects (发案数、损失数均与上年持平). Statistical bulletins print changes at one
    /// decimal and write 持平 where the change prints 0.0, so it holds when the change rounds to zero at one decimal,
    /// not only when the level equals the base's. A hedge (基本持平) or a base elsewhere in the clause gives no claim.
    /// </summary>
    private void TryFlat(int start, int end)
    {
        var s = text.Chars;
        var at = end - FlatWord.Length;
        if (at <= start || !BulletinWords.Is(s, at, FlatWord) || BulletinWords.EndingAt(s, start, at, FlatHedges) is not null)
        {
            return;
        }

        // The base stands right before 持平 (与上年持平) or leads the clause (近五年…持平, as the claims printer writes it).
        BaseHit? found = null;
        var subjectStart = start;
        var subjectEnd = at;
        foreach (var hit in bases)
        {
            if (found is not null || hit.Start < start || hit.End > at)
            {
                return; // a second base, or one the clause does not hold
            }

            if (hit.End == at)
            {
                subjectEnd = hit.Start;
            }
            else if (hit.Start == start)
            {
                subjectStart = hit.End;
            }
            else
            {
                return; // a base that does not stand before 持平: of what?
            }

            found = hit;
        }

        var subjects = this.subjects;
        var subjectTexts = this.subjectTexts;
        var subjectSpans = this.subjectSpans;
        subjects.Clear();
        subjectTexts.Clear();
        subjectSpans.Clear();
        ReadSubjects(subjectStart, subjectEnd, 1, subjects, subjectTexts, subjectSpans);
        if (subjects.Count == 0 && lastSubjects is not null)
        {
            // 全市实现地区生产总值1523.6亿元，与上年持平: the clause goes on about the subject before it.
            foreach (var subject in lastSubjects)
            {
                subjects.Add(subject);
                subjectTexts.Add(string.Empty);
                subjectSpans.Add(text.ToSource(start, start));
            }
        }

        if (subjects.Count == 0)
        {
            Diagnose(TextDiagnosticKind.MissingSubject, start, end, "“持平”前没有可读的主语", "no subject before 持平");
            return;
        }

        if (found is null)
        {
            Diagnose(TextDiagnosticKind.MissingBase, start, end, "变化未写明比较基期（同比、比上年……），按“基期未写明”读取", "the change states no base (同比, 比上年…); read with an unstated base");
        }

        var rates = true;
        foreach (var subject in subjects)
        {
            rates &= subject.Text[subject.Text.Length - 1] == '率';
        }

        var figure = new PublishedFigure(0.0m, rates ? FigureUnit.PercentagePoints : FigureUnit.Percent);
        var kind = rates ? ClaimKind.PercentagePointChange : ClaimKind.RelativeChange;
        var period = sentencePeriod ?? paragraphPeriod ?? titlePeriod;
        var stem = IdStem(subjects[0]);
        var claim = Claim.Owning(stem, NextIdNumber(stem), kind, subjects.ToArray(), [figure], found?.Base ?? ClaimBase.Unstated, region, published, period, predicate: FlatWord);
        claims.Add(new ReadClaim(claim, text.ToSource(start, end), [text.ToSource(at, end)], subjectTexts.ToArray(), subjectSpans.ToArray(), sentencePeriod is null && period is not null));
        lastSubjects = claim.SubjectArray;
    }
}
