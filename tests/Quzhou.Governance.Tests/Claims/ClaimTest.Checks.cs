using System;
using System.Collections.Generic;
using System.Linq;
using Quzhou.Governance.Claims;
using Quzhou.Governance.Figures;
using Quzhou.Governance.Periods;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Claims;

/// <summary>The constructor's checks with their parameter names and words, the figure each kind expects, and the
/// members a claim computes from its arrays.</summary>
public partial class ClaimTest
{
    private static readonly ClaimSubject[] OneSubject = [new ClaimSubject("分项")];

    private static Claim New(ClaimKind kind, IEnumerable<ClaimSubject> subjects, IEnumerable<PublishedFigure> figures, ClaimBase? @base = null, bool respectively = false, string? predicate = null, string? englishPredicate = null, string id = "x") =>
        new(id, kind, subjects, figures, @base ?? ClaimBase.None, RegionCode.Quzhou, InterviewClaims.Published, null, respectively, predicate, englishPredicate);

    private static void ThrowsWithWords(string paramName, string message, Func<object> action)
    {
        var e = Assert.Throws<ArgumentException>(action);
        Assert.Equal(paramName, e.ParamName);
        Assert.Equal(message + " (Parameter '" + paramName + "')", e.Message);
    }

    [Theory]
    [InlineData(ClaimKind.RelativeChange, "下降3个百分点", "a change in % or ‰ (下降6.67%)")]
    [InlineData(ClaimKind.PercentagePointChange, "下降3%", "a change in 个百分点 or 千分点 (提高1.2个百分点)")]
    [InlineData(ClaimKind.AbsoluteChange, "下降3%", "a change of a count or amount (增加1360余人)")]
    [InlineData(ClaimKind.Multiple, "下降3%", "a multiple in 倍, 成 or 番 (增长1.3倍, 下降三成, 翻一番)")]
    [InlineData(ClaimKind.Streak, "58.0个月", "a whole count of periods without a direction word (58个月, 3年)")]
    [InlineData(ClaimKind.Streak, "0个月", "a whole count of periods without a direction word (58个月, 3年)")]
    [InlineData(ClaimKind.ThresholdHeld, "97%", "a bound: 以上, 以下, 超过 or 突破 (97%以上)")]
    [InlineData(ClaimKind.Count, "1725.5个", "a whole count without a direction word (1725个, “0”)")]
    [InlineData(ClaimKind.Count, "增加5个", "a whole count without a direction word (1725个, “0”)")]
    [InlineData(ClaimKind.PlanProgress, "49人", "a share of the target in % without a direction word (49.15%)")]
    [InlineData(ClaimKind.Structure, "增加2.8", "a share, a bare number or in %, without a direction word (2.8, 41.1%)")]
    [InlineData(ClaimKind.Level, "下降97%", "a figure without a direction word")]
    public void Constructor_FigureNotOfTheKind_SaysWhatTheKindExpects(ClaimKind kind, string figure, string expected)
    {
        var isChange = kind is ClaimKind.RelativeChange or ClaimKind.PercentagePointChange or ClaimKind.AbsoluteChange or ClaimKind.Multiple;
        ThrowsWithWords(
            "figures",
            "The figure " + figure + " does not fit a claim of kind " + kind + ": expected " + expected + ".",
            () => New(kind, OneSubject, [PublishedFigure.Parse(figure)], isChange ? ClaimBase.YearOnYear : ClaimBase.None));
    }

    [Fact]
    public void Constructor_EachCheck_NamedWithItsWords()
    {
        var two = new[] { new ClaimSubject("甲"), new ClaimSubject("乙") };
        var three = new[] { PublishedFigure.Parse("1人"), PublishedFigure.Parse("2人"), PublishedFigure.Parse("3人") };
        ThrowsWithWords("subjects", "A claim has at least one subject.", () => New(ClaimKind.Level, [], [three[0]]));
        ThrowsWithWords("subjects", "A claim's subjects are named (none is the default value).", () => New(ClaimKind.Level, [new ClaimSubject("甲"), default], [three[0]]));
        ThrowsWithWords("figures", "A claim has one figure per subject or one shared by all, but had 3 figures.", () => New(ClaimKind.Level, two, three));
        ThrowsWithWords("figures", "A claim has one figure per subject or one shared by all, but had 3 figures.", () => New(ClaimKind.Structure, two, [PublishedFigure.Parse("2.8"), PublishedFigure.Parse("41.1"), PublishedFigure.Parse("56.1")]));
        Assert.Equal(3, New(ClaimKind.Structure, OneSubject, [PublishedFigure.Parse("2.8"), PublishedFigure.Parse("41.1"), PublishedFigure.Parse("56.1")]).Figures.Count);
        ThrowsWithWords("respectively", "分别 pairs several figures with their subjects, but the claim has one figure.", () => New(ClaimKind.Level, two, [three[0]], respectively: true));
        ThrowsWithWords("base", "A change has a stated or unstated base and any other claim none, but the base was YearOnYear.", () => New(ClaimKind.Level, OneSubject, [three[0]], ClaimBase.YearOnYear));
        ThrowsWithWords("id", "A claim's id is not empty.", () => New(ClaimKind.Level, OneSubject, [three[0]], id: string.Empty));
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => New(ClaimKind.Level, OneSubject, [three[0]], id: null!)).ParamName);
        Assert.Equal("subjects", Assert.Throws<ArgumentNullException>(() => New(ClaimKind.Level, null!, [three[0]])).ParamName);
        Assert.Equal("figures", Assert.Throws<ArgumentNullException>(() => New(ClaimKind.Level, OneSubject, null!)).ParamName);
    }

    [Fact]
    public void Constructor_ListsAndSequences_Copied()
    {
        var subjects = new List<ClaimSubject> { new("甲"), new("乙") };
        var figures = new List<PublishedFigure> { PublishedFigure.Parse("1人"), PublishedFigure.Parse("2人") };
        var fromLists = New(ClaimKind.Level, subjects, figures);
        var fromSequences = New(ClaimKind.Level, subjects.Select(s => s), figures.Select(f => f));
        subjects[0] = new ClaimSubject("丙");
        figures.Clear();
        Assert.Equal(["甲", "乙"], fromLists.Subjects.Select(s => s.Text));
        Assert.Equal(["1人", "2人"], fromLists.Figures.Select(f => f.ToString()));
        Assert.Equal(fromLists, fromSequences);
    }

    [Fact]
    public void Constructor_EmptyPredicates_AreNone()
    {
        var claim = New(ClaimKind.Level, OneSubject, [PublishedFigure.Parse("97%")], predicate: string.Empty, englishPredicate: string.Empty);
        Assert.Null(claim.Predicate);
        Assert.Null(claim.EnglishPredicate);
        var given = New(ClaimKind.Level, OneSubject, [PublishedFigure.Parse("97%")], predicate: "为", englishPredicate: "was");
        Assert.Equal("为", given.Predicate);
        Assert.Equal("was", given.EnglishPredicate);
    }

    [Fact]
    public void SubjectsAndFigures_TheSameViewEachTime()
    {
        var claim = InterviewClaims.Crimes;
        Assert.Same(claim.Subjects, claim.Subjects);
        Assert.Same(claim.Figures, claim.Figures);
    }

    [Fact]
    public void IsShared_OnlyOneFigureForSeveralSubjects()
    {
        Assert.False(New(ClaimKind.Level, OneSubject, [PublishedFigure.Parse("97%")]).IsShared);
        Assert.True(New(ClaimKind.Level, [new ClaimSubject("甲"), new ClaimSubject("乙")], [PublishedFigure.Parse("97%")]).IsShared);
        Assert.False(New(ClaimKind.Level, [new ClaimSubject("甲"), new ClaimSubject("乙")], [PublishedFigure.Parse("97%"), PublishedFigure.Parse("98%")]).IsShared);
    }

    [Fact]
    public void FigureOf_IndexOutsideTheSubjects_Throws()
    {
        var shared = New(ClaimKind.Level, [new ClaimSubject("甲"), new ClaimSubject("乙")], [PublishedFigure.Parse("97%")]);
        Assert.Equal("97%", shared.FigureOf(1).ToString());
        Assert.Equal("index", Assert.Throws<ArgumentOutOfRangeException>(() => shared.FigureOf(2)).ParamName);
        Assert.Equal("index", Assert.Throws<ArgumentOutOfRangeException>(() => shared.FigureOf(-1)).ParamName);
        var paired = New(ClaimKind.Level, [new ClaimSubject("甲"), new ClaimSubject("乙")], [PublishedFigure.Parse("97%"), PublishedFigure.Parse("98%")]);
        Assert.Equal("98%", paired.FigureOf(1).ToString());
        Assert.Equal("index", Assert.Throws<ArgumentOutOfRangeException>(() => paired.FigureOf(2)).ParamName);
    }

    [Fact]
    public void WithOf_EmptyId_NamedWithItsPlace() =>
        ThrowsWithWords("ids", "A link names a claim's id, but the id at 1 was null or empty.", () => InterviewClaims.Satisfaction.WithOf(["a", string.Empty]));

    [Fact]
    public void GetHashCode_SubjectsAndFiguresCount()
    {
        var claim = New(ClaimKind.Level, [new ClaimSubject("甲")], [PublishedFigure.Parse("97%")]);
        Assert.Equal(claim.GetHashCode(), New(ClaimKind.Level, [new ClaimSubject("甲")], [PublishedFigure.Parse("97%")]).GetHashCode());
        Assert.NotEqual(claim.GetHashCode(), New(ClaimKind.Level, [new ClaimSubject("乙")], [PublishedFigure.Parse("97%")]).GetHashCode());
        Assert.NotEqual(claim.GetHashCode(), New(ClaimKind.Level, [new ClaimSubject("甲")], [PublishedFigure.Parse("98%")]).GetHashCode());
    }
}
