using System;
using System.Linq;
using System.Text;
using Quzhou.Governance.Series;
using Quzhou.Governance.Text;
using Xunit;

namespace Quzhou.Governance.Tests.Text;

// What reading allocates: something per claim (the claim, its spans and subject words), nothing per char of text.
// Counted with the thread's allocated bytes, not timed.
public sealed partial class BulletinReaderTest
{
    // A paragraph with no figure in it: neither claim nor diagnostic, only chars to read.
    private const string Prose = "各地坚持和发展新时代“枫桥经验”，深入推进平安建设，持续完善社会治理体系，着力提升群众的获得感、幸福感和安全感。";

    [Fact]
    public void Read_LongProseWithoutFigures_AllocatesNothingPerChar()
    {
        var reader = new BulletinReader();
        var shortText = Repeat(Prose, 1_000);
        var longText = Repeat(Prose, 20_000);
        Assert.Empty(reader.Read(longText, Published, RegionCode.Quzhou).Claims);

        var few = AllocatedBy(() => reader.Read(shortText, Published, RegionCode.Quzhou));
        var many = AllocatedBy(() => reader.Read(longText, Published, RegionCode.Quzhou));

        // Twenty times the text, a few hundred bytes more at most (the reading and its empty lists): well under
        // one byte per thousand chars, where a per-char cost would add megabytes.
        Assert.True(many - few < 1_024, $"{longText.Length - shortText.Length} more chars allocated {many - few} more bytes");
    }

    [Fact]
    public void Read_SameClaimsInLongerText_AllocatesPerClaimNotPerChar()
    {
        var reader = new BulletinReader(options: new BulletinReaderOptions(BulletinPassages.Published, RegionCode.Quzhou));
        var clean = string.Join("\n", BulletinPassages.All.Where(p => !p.File.StartsWith("messy-", StringComparison.Ordinal)).Select(p => p.Text));

        // The same passages with a long paragraph of prose after each line: the same claims, ten times the chars.
        var padded = string.Join("\n", clean.Split('\n').Select(line => line + "\n" + Repeat(Prose, 20)));
        var claims = reader.Read(clean).Claims.Count;
        Assert.True(claims > 10);
        Assert.Equal(claims, reader.Read(padded).Claims.Count);
        Assert.True(padded.Length > 10 * clean.Length);

        var plain = AllocatedBy(() => reader.Read(clean));
        var longer = AllocatedBy(() => reader.Read(padded));

        // Per claim (its claim, figures, spans, subject words and id) a bounded number of bytes; the prose adds none.
        Assert.True(plain / claims < 1_500, $"{plain / claims} bytes per claim");
        Assert.True(longer - plain < 4_096, $"{padded.Length - clean.Length} more chars of prose allocated {longer - plain} more bytes");
    }

    private static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();

    /// <summary>The bytes <paramref name="read"/> allocates on this thread, after one read to warm it up.</summary>
    private static long AllocatedBy(Func<BulletinReading> read)
    {
        read();
        var before = GC.GetAllocatedBytesForCurrentThread();
        read();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
