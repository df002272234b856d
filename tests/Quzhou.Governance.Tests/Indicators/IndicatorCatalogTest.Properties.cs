using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Quzhou.Governance.Indicators;
using Xunit;

namespace Quzhou.Governance.Tests.Indicators;

// The span lookup the bulletin reader uses (no string per candidate) finds what the string lookup finds.
public partial class IndicatorCatalogTest
{
    // The interview's catalog with one alias two indicators share (盗窃), so that ambiguity is generated too.
    private static readonly IndicatorCatalog Shared = IndicatorCatalog.Interview.With(Pickpocketing, "盗窃", "扒窃");

    private static readonly string[] Keys = Shared.Indicators
        .SelectMany(i => new[] { i.Code, i.ChineseName, i.EnglishName }.Concat(Shared.AliasesOf(i)))
        .ToArray();

    // What a subject in text carries around a key: quotation marks, spaces, full-width forms, upper case.
    private static readonly string[] Noise = ["", "", "“", "”", "\"", " ", "\u3000", "全市", "地方", "Ａ", "X", "人数", "案件"];

    private static Gen<string> Subjects =>
        Gen.OneOf(
            Gen.Elements(Keys),
            from key in Gen.Elements(Keys)
            from before in Gen.Elements(Noise)
            from after in Gen.Elements(Noise)
            from inside in Gen.Choose(0, key.Length)
            from mark in Gen.Elements(Noise)
            from upper in ArbMap.Default.GeneratorFor<bool>()
            select before + (upper ? key.ToUpperInvariant() : key).Insert(inside, mark) + after,
            ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty));

    [Property(MaxTest = 2000)]
    public Property FindOne_AnySubjectSplitAnywhere_IsTheOneIndicatorFindGives() =>
        Prop.ForAll(Subjects.ToArbitrary(), ArbMap.Default.GeneratorFor<int>().ToArbitrary(), (subject, cut) =>
        {
            var found = Shared.Find(subject);
            var expected = found.Count == 1 ? found[0] : null;
            var at = subject.Length == 0 ? 0 : Math.Abs(cut % (subject.Length + 1));
            return ReferenceEquals(expected, Shared.FindOne(subject.AsSpan()))
                && ReferenceEquals(expected, Shared.FindOne(subject.AsSpan(0, at), subject.AsSpan(at)));
        });

    [Fact]
    public void FindOne_AliasOfTwoIndicatorsOrUnknown_IsNone()
    {
        Assert.Null(Shared.FindOne("盗窃".AsSpan()));
        Assert.Null(Shared.FindOne("扒窃人数".AsSpan()));
        Assert.Null(IndicatorCatalog.Empty.FindOne("命案".AsSpan()));
        Assert.Same(Pickpocketing, Shared.FindOne("“扒".AsSpan(), "窃”".AsSpan()));
    }
}
