using System;
using Quzhou.Governance.Figures;
using Quzhou.Governance.Parsing;
using Quzhou.Governance.Periods.Text;
using Xunit;

namespace Quzhou.Governance.Tests.Parsing;

public class ParseErrorTest
{
    [Fact]
    public void Message_ShortText_QuotesItWhole()
    {
        var error = new ParseError("2025-Q5", 6, "a quarter number 1–4");
        Assert.Equal("Expected a quarter number 1–4 at position 6 in \"2025-Q5\", found \"5\".", error.Message);
    }

    [Fact]
    public void Message_VeryLongText_QuotesABoundedWindowAroundThePosition()
    {
        var text = new string('1', 600_000) + "x" + new string('2', 600_000);
        var error = new ParseError(text, 600_000, "a digit");
        Assert.Equal(600_000, error.Position);
        Assert.Equal(
            "Expected a digit at position 600000 in \"…" + new string('1', 30) + "x" + new string('2', 29) + "…\", found \"x2222222\".",
            error.Message);
    }

    [Fact]
    public void Read_FigureAfterAMillionSpaces_ReportsThePositionInAShortMessage()
    {
        var text = new string(' ', 1_000_000) + "x";
        var result = PublishedFigure.Read(text);
        Assert.False(result.Success);
        Assert.Equal(1_000_000, result.Error.Position);
        Assert.True(result.Error.Message.Length < 200, result.Error.Message.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.StartsWith("Expected a number such as 72.96 or 三 at position 1000000 in \"…", result.Error.Message, StringComparison.Ordinal);
        var thrown = Assert.Throws<UnparsableValueException>(() => PublishedFigure.Parse(text));
        Assert.True(thrown.Message.Length < 200);
    }

    [Fact]
    public void Read_PeriodWithAVeryLongTail_QuotesTheStartOnly()
    {
        var text = "2025-Q5" + new string('x', 1_000_000);
        var error = CalendarPeriodText.ParseCode(text).Error;
        Assert.True(error.Message.Length < 200);
        Assert.Equal(6, error.Position);
        Assert.Contains("in \"2025-Q5" + new string('x', 29) + "…\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Message_WindowEdgeInsideASurrogatePair_KeepsThePairWhole()
    {
        var text = new string('a', 29) + "\U0001F600" + new string('b', 40);
        var error = new ParseError(text, 60, "x");
        Assert.Contains("\"…\U0001F600", error.Message, StringComparison.Ordinal);
    }
}
