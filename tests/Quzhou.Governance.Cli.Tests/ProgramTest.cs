using System;
using System.IO;
using Xunit;

namespace Quzhou.Governance.Cli.Tests;

public partial class ProgramTest
{
    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = Program.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Period_InterviewRange_ExplainsMonthsPlanAndSameSpan()
    {
        var (code, output, _) = Run("period", "2021年1月至2025年10月");
        Assert.Equal(Program.Success, code);
        Assert.Contains("2021-01/2025-10 (month range, 58 months", output, StringComparison.Ordinal);
        Assert.Contains("14th Five-Year Plan", output, StringComparison.Ordinal);
        Assert.Contains("2016-01/2020-10 (较“十三五”同期", output, StringComparison.Ordinal);
        Assert.Contains("2021-01-01/P58M", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Period_SameSpanReferenceWithEnd_GivesPreviousPlanSpan()
    {
        var (code, output, _) = Run("period", "“十三五”同期", "--end", "2025-10");
        Assert.Equal(Program.Success, code);
        Assert.Contains("2016-01/2020-10", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Period_BadCode_ExitsTwoWithPosition()
    {
        var (code, _, error) = Run("period", "2025-Q5");
        Assert.Equal(Program.BadInput, code);
        Assert.Contains("position", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Figure_OddMagnitude_ExplainsInterval()
    {
        var (code, output, _) = Run("figure", "19万余次");
        Assert.Equal(Program.Success, code);
        Assert.Contains("(190000, 200000)", output, StringComparison.Ordinal);
        Assert.Contains("余", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("58个月")]
    public void Figure_WholeCount_SaysExactlyThatManyNotHalfAStep(string text)
    {
        // The interval of a whole count is the one number: the words of a bare number's rule (± half a step) would contradict it.
        var (code, output, _) = Run("figure", text);
        Assert.Equal(Program.Success, code);
        Assert.Contains("a whole count", output, StringComparison.Ordinal);
        Assert.DoesNotContain("half a step", output, StringComparison.Ordinal);
        Assert.DoesNotContain("0.5u", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Figure_WithDenominator_SaysWhetherAttainable()
    {
        var (code, output, _) = Run("figure", "97.18%", "--denominator", "1000");
        Assert.Equal(Program.Success, code);
        Assert.Contains("attainable:   no", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Figure_NotAFigure_ExitsTwo()
    {
        var (code, output, error) = Run("figure", "abc");
        Assert.Equal(Program.BadInput, code);
        Assert.Equal(string.Empty, output);
        Assert.NotEqual(string.Empty, error);
    }

    [Fact]
    public void Explain_BundledExample_ExplainsEveryItem()
    {
        var (code, output, error) = Run("explain", Path.Combine(AppContext.BaseDirectory, "examples", "quzhou-interview.txt"));
        Assert.Equal(string.Empty, error);
        Assert.Equal(Program.Success, code);
        Assert.Contains("19万余次", output, StringComparison.Ordinal);
        Assert.Contains("97%以上", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_MissingFile_ExitsTwo()
    {
        var (code, _, error) = Run("explain", "no-such-file.txt");
        Assert.Equal(Program.BadInput, code);
        Assert.Contains("No such file", error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownCommand_ExitsTwo()
    {
        var (code, _, error) = Run("bogus");
        Assert.Equal(Program.BadInput, code);
        Assert.Contains("bogus", error, StringComparison.Ordinal);
    }
}
