using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Quzhou.Governance.Claims;
using Quzhou.Governance.Figures;
using Quzhou.Governance.Indicators;
using Xunit;

namespace Quzhou.Governance.Tests.Text;

/// <summary>The passages' arithmetic: each audit finds in the claims a passage states exactly what the passage is
/// written to show, a naive exact check would flag every consistent one, and the files print every figure.</summary>
public class BulletinPassagesTest
{
    [Theory]
    [MemberData(nameof(BulletinPassages.Files), MemberType = typeof(BulletinPassages))]
    public void Audit_PassageClaims_FindWhatThePassageShows(string file)
    {
        var passage = BulletinPassages.Get(file);
        var findings = AuditOf(passage);
        if (passage.Finding is { } kind)
        {
            var finding = Assert.Single(findings);
            Assert.Equal(kind, finding.Kind);
        }
        else
        {
            Assert.Empty(findings);
        }
    }

    [Theory]
    [MemberData(nameof(BulletinPassages.Files), MemberType = typeof(BulletinPassages))]
    public void Run_PassageClaims_FindsWhatItPairsOnItsOwn(string file)
    {
        // ClaimAudits.Run pairs claims by kind, subject and period (structures, streaks, 个百分点 on counts and a count
        // beside its change) and by their links (a rate of its cases, a total of its parts, a difference of two levels).
        var passage = BulletinPassages.Get(file);
        var findings = ClaimAudits.Run(passage.Claims, InterviewIndicators.All);
        Assert.Equal(passage.Finding is { } kind ? [kind] : Array.Empty<AuditFindingKind>(), findings.Select(f => f.Kind).ToArray());
        var unlinked = passage.Claims.Select(c => c.WithOf([])).ToList();
        var paired = passage.Audit is Audit.Shares or Audit.Streaks or Audit.PointsOnCount or Audit.ChangeFromCount;
        Assert.Equal(paired ? findings.Count : 0, ClaimAudits.Run(unlinked, InterviewIndicators.All).Count);
    }

    [Theory]
    [MemberData(nameof(BulletinPassages.ConsistentFiles), MemberType = typeof(BulletinPassages))]
    public void NaiveExactCheck_ConsistentPassage_WouldFlagIt(string file)
    {
        // What the audits are for: each consistent passage fails the check a reader would do by hand on the printed
        // numbers taken as exact, and holds within the published precisions.
        var passage = BulletinPassages.Get(file);
        var figures = passage.Claims.SelectMany(c => c.Figures).ToList();
        var naiveFlags = passage.Audit switch
        {
            // 97.18% of 461 cases is 448.0098 cases, not a whole number.
            Audit.Rate => figures.Where(f => f.Unit.Kind == FigureUnitKind.Percent && f.Value != 100m).Any(f => f.Value * Cases(passage) / 100m % 1m != 0m),
            // 131.2 + 127.2 is 258.4, not 258.3.
            Audit.PartsAndTotal => passage.Claims[1].Figures.Sum(f => f.Value) != passage.Claims[0].Figures[0].Value,
            // 2.8 + 41.1 + 56.2 is 100.1, not 100.
            Audit.Shares => figures.Sum(f => f.Value) != 100m,
            // 131.2 / 258.3 is 50.7937%, not 50.8%.
            Audit.ShareOfTotal => SharesOfTotal(passage).Any(s => s.Part.Figures[0].Value / s.Total.Figures[0].Value * 100m != s.Shares.Figures[s.Index].Value),
            // 6.3 − 5.1 is 1.2, not 1.3.
            Audit.Difference => figures[1].Value - figures[0].Value != figures[2].Value,
            // 6 / (1 − 0.333) is 8.9955, not a whole base.
            Audit.ChangeFromCount => figures[0].Value / (1m - (figures[1].Value / 100m)) % 1m != 0m,
            // Any 个百分点 in a text about cases.
            Audit.PointsOnCount => figures.Any(f => f.Unit.Kind == FigureUnitKind.PercentagePoints),
            // One streak stated with two lengths.
            _ => figures.Select(f => f.Value).Distinct().Count() > 1,
        };
        Assert.True(naiveFlags, file);
        Assert.Empty(AuditOf(passage));
    }

    [Theory]
    [MemberData(nameof(BulletinPassages.Files), MemberType = typeof(BulletinPassages))]
    public void File_CleanPassage_PrintsEveryFigureAsTheClaimsPrinterDoes(string file)
    {
        var passage = BulletinPassages.Get(file);
        var text = passage.Text;
        Assert.False(string.IsNullOrWhiteSpace(text));
        if (passage.CleanFile is not null)
        {
            Assert.True(File.Exists(Path.Combine(BulletinPassages.Folder, passage.CleanFile)));
            return;
        }

        foreach (var figure in passage.Claims.SelectMany(c => c.Figures))
        {
            Assert.Contains(figure.ToString(), text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Passages_EveryAudit_HasAConsistentAndAnImpossiblePassage()
    {
        foreach (var audit in Enum.GetValues<Audit>())
        {
            Assert.Contains(BulletinPassages.All, p => p.Audit == audit && p.Finding is null);
            Assert.Contains(BulletinPassages.All, p => p.Audit == audit && p.Finding is not null);
        }

        var onDisk = Directory.GetFiles(BulletinPassages.Folder, "*.txt").Select(Path.GetFileName).Where(f => f != "diagnostics.txt").OrderBy(f => f, StringComparer.Ordinal);
        Assert.Equal(BulletinPassages.All.Select(p => p.File).OrderBy(f => f, StringComparer.Ordinal), onDisk);
    }

    /// <summary>The audit a passage is about, on the claims it states, with the pairing the passage makes.</summary>
    internal static IReadOnlyList<AuditFinding> AuditOf(BulletinPassage passage)
    {
        var claims = passage.Claims;
        var findings = new List<AuditFinding?>();
        switch (passage.Audit)
        {
            case Audit.Rate:
                var cases = Cases(passage);
                findings.AddRange(claims.Where(c => c.Kind == ClaimKind.Level).Select(c => ClaimAudits.AuditRate(c, 0, cases)));
                break;
            case Audit.PartsAndTotal:
                findings.Add(ClaimAudits.AuditPartsAndTotal(claims[1], claims[0]));
                break;
            case Audit.Shares:
                findings.Add(ClaimAudits.AuditShares(claims[0]));
                break;
            case Audit.ShareOfTotal:
                findings.AddRange(SharesOfTotal(passage).Select(s => ClaimAudits.AuditShareOfTotal(s.Shares, s.Index, s.Part, s.Total)));
                break;
            case Audit.Difference:
                findings.Add(ClaimAudits.AuditDifference(claims[1], claims[0], claims[2]));
                break;
            case Audit.ChangeFromCount:
                findings.Add(ClaimAudits.AuditChangeFromCount(claims[0], 0, claims[1], 0));
                break;
            case Audit.PointsOnCount:
                findings.AddRange(claims.Select(c => ClaimAudits.AuditPointsOnCount(c, InterviewIndicators.All)));
                break;
            default:
                findings.AddRange(claims.Select(ClaimAudits.AuditStreak));
                findings.Add(ClaimAudits.AuditStreakStarts(claims[0], claims[1]));
                break;
        }

        return findings.Where(f => f is not null).Select(f => f!).ToList();
    }

    private static long Cases(BulletinPassage passage) => passage.Claims[0].Figures[0].ToCount().Value;

    /// <summary>Each share of a passage's claims of shares (in %) that links its parts then its total, with its part
    /// and the total.</summary>
    private static IEnumerable<(Claim Shares, int Index, Claim Part, Claim Total)> SharesOfTotal(BulletinPassage passage)
    {
        Claim ById(string id) => passage.Claims.Single(c => c.Id == id);
        foreach (var shares in passage.Claims.Where(c => c.Figures.All(f => f.Unit.Kind == FigureUnitKind.Percent) && c.Of.Count == c.Figures.Count + 1))
        {
            for (var i = 0; i < shares.Figures.Count; i++)
            {
                yield return (shares, i, ById(shares.Of[i]), ById(shares.Of[shares.Figures.Count]));
            }
        }
    }
}
