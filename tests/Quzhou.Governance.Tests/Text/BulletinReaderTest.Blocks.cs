using System;
using System.Linq;
using Quzhou.Governance.Series;
using Quzhou.Governance.Text;
using Xunit;

namespace Quzhou.Governance.Tests.Text;

// The claims of one reading share a few arrays of spans (blocks of up to 4,096): every claim keeps its own spans across
// the blocks' ends.
public sealed partial class BulletinReaderTest
{
    [Fact]
    public void Read_ClaimsOverManyBlocksOfSpans_EachKeepsItsOwnSpans()
    {
        var reader = new BulletinReader(options: new BulletinReaderOptions(BulletinPassages.Published, RegionCode.Quzhou));
        var clean = string.Join("\n", BulletinPassages.All.Where(p => !p.File.StartsWith("messy-", StringComparison.Ordinal)).Select(p => p.Text));
        var once = reader.Read(clean).Claims;
        const int Times = 200;
        var text = string.Join("\n", Enumerable.Repeat(clean, Times));
        var many = reader.Read(text).Claims;

        Assert.Equal(once.Count * Times, many.Count);
        Assert.True(many.Sum(c => c.FigureSpans.Count + c.SubjectSpans.Count) > 3 * 4_096);
        for (var i = 0; i < many.Count; i++)
        {
            var first = once[i % once.Count];
            var read = many[i];
            Assert.Equal(first.Span.In(clean).ToString(), read.Span.In(text).ToString());
            Assert.Equal(first.FigureSpans.Select(s => s.In(clean).ToString()), read.FigureSpans.Select(s => s.In(text).ToString()));
            Assert.Equal(first.SubjectSpans.Select(s => s.In(clean).ToString()), read.SubjectSpans.Select(s => s.In(text).ToString()));
            Assert.Equal(first.SubjectTexts, read.SubjectTexts);
        }
    }
}
