using System;
using Quzhou.Governance.Figures;
using Xunit;

namespace Quzhou.Governance.Tests.Figures;

/// <summary>Edges Stryker found untested in Figures (run of 2026-12-02 on d807abf): the words of the units' and the
/// format's exceptions, and hash codes that tell apart figures differing in one printed part only.</summary>
public class FigureEdgesTest
{
    [Fact]
    public void Units_BadWords_ThrowNamingTheArgumentAndTheWord()
    {
        Assert.Equal("‰", FigureUnit.Permille.Text);
        var counter = Assert.Throws<ArgumentException>(() => FigureUnit.Counter("%"));
        Assert.Equal("word", counter.ParamName);
        Assert.StartsWith("Expected a counting word of 1–16 letters that reads as no other unit, magnitude or qualifier, but was \"%\".", counter.Message, StringComparison.Ordinal);
        var events = Assert.Throws<ArgumentException>(() => FigureUnit.PerPopulation("%", 10000, "人"));
        Assert.Equal("counter", events.ParamName);
        Assert.StartsWith("Expected a counting word, but was \"%\".", events.Message, StringComparison.Ordinal);
        var people = Assert.Throws<ArgumentException>(() => FigureUnit.PerPopulation("起", 10000, "%"));
        Assert.Equal("population", people.ParamName);
        Assert.StartsWith("Expected a counting word, but was \"%\".", people.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_UnknownFormat_ThrowsNamingIt()
    {
        var ex = Assert.Throws<FormatException>(() => PublishedFigure.Parse("5个").ToString("x", null));
        Assert.StartsWith("A published figure's format is \"G\", \"zh\" or \"A\", but was \"x\"", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetHashCode_FiguresDifferingInOnePart_Differ()
    {
        // The same printed number with another magnitude, qualifier, direction word or numerals.
        Assert.NotEqual(PublishedFigure.Parse("19万次").GetHashCode(), PublishedFigure.Parse("19次").GetHashCode());
        Assert.NotEqual(PublishedFigure.Parse("19万余次").GetHashCode(), PublishedFigure.Parse("19万次").GetHashCode());
        Assert.NotEqual(PublishedFigure.Parse("增加3人").GetHashCode(), PublishedFigure.Parse("3人").GetHashCode());
        Assert.NotEqual(PublishedFigure.Parse("三人").GetHashCode(), PublishedFigure.Parse("3人").GetHashCode());
    }
}
